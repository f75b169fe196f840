/**
 * Mapped classes declared anywhere in the scanned code: `[DynamoDBTable("orders")] class Order` (.NET
 * object persistence model), `@DynamoDBTable(tableName = "orders") class Order` (Java DynamoDBMapper) and
 * PynamoDB models (`class Meta: table_name = …`). A data-model scan (`context.ScanAsync<Order>()`,
 * `mapper.scan(Order.class, …)`, `OrderModel.scan()`) names only the class, which usually lives in its
 * own file: the table name is read from there once every file is read.
 */
import { known, unknown, type CodeUse, type Location } from '../model.ts';
import { isBinary } from './prefilter.ts';
import { PYTHON_MODEL_MARKERS, pynamoModels, pythonClasses, type PythonClass } from './python-models.ts';

export interface MappedClass {
  readonly name: string;
  /** The table's name, when the class spells it. */
  readonly table?: string;
  /** The environment variable the class reads its table's name from (`os.environ["ORDERS_TABLE"]`). */
  readonly tableVariable?: string;
  /** Where the class names the table (the class itself when it names none). */
  readonly location: Location;
  /** The `CodeUse.language` of its code; a class only maps uses of its own language. */
  readonly language?: string;
}

/** Bytes every file declaring a mapped class holds: files without them are not searched. */
export const MAPPED_CLASS_MARKER = Buffer.from('DynamoDBTable');

const DECLARATIONS: Readonly<Record<string, RegExp>> = {
  csharp:
    /\[\s*(?:[\w.]*\.)?DynamoDBTable(?:Attribute)?\s*\(\s*@?"([^"\n]+)"[^\]\n]*\]\s*(?:\[[^\]\n]*\]\s*)*(?:(?:public|internal|private|protected|sealed|abstract|partial|static)\s+)*(?:class|record)\s+(\w+)/g,
  java: /@DynamoDBTable\s*\(\s*tableName\s*=\s*"([^"\n]+)"\s*\)\s*(?:@\w+(?:\([^)\n]*\))?\s*)*(?:(?:public|private|protected|static|final|abstract)\s+)*class\s+(\w+)/g,
};

/** The mapped classes a C# or Java file declares. */
export function mappedClasses(language: string, text: string, file: string): MappedClass[] {
  const pattern = DECLARATIONS[language];
  if (!pattern) return [];
  const found: MappedClass[] = [];
  for (const match of text.matchAll(pattern)) {
    const [whole, table, name] = match;
    if (!table || !name) continue;
    const at = match.index + whole.indexOf(table);
    const before = text.slice(0, at);
    const line = before.split('\n').length;
    const column = at - before.lastIndexOf('\n');
    found.push({
      name,
      table,
      location: { file, line, column, endLine: line, endColumn: column + table.length },
    });
  }
  return found;
}

/** The bytes hold what every declaration of a mapped class (or PynamoDB model) in `language` holds. */
export function mayDeclareMappedClass(language: string, bytes: Buffer): boolean {
  const markers = language === 'python' ? PYTHON_MODEL_MARKERS : [MAPPED_CLASS_MARKER];
  return markers.some((marker) => bytes.includes(marker));
}

/** Mapped classes gathered while files are read: `add` each file's bytes, then read `classes()`. */
export class MappedClassCollector {
  private readonly mapped: MappedClass[] = [];
  private readonly python: PythonClass[] = [];

  add(language: string, bytes: Buffer, file: string): void {
    if (!mayDeclareMappedClass(language, bytes) || isBinary(bytes)) return;
    const text = bytes.toString('utf8');
    if (language === 'python') this.python.push(...pythonClasses(text, file));
    else this.mapped.push(...mappedClasses(language, text, file));
  }

  /** Every mapped class; PynamoDB models are decided here, since a model's base may be in any file. */
  classes(): MappedClass[] {
    const models = pynamoModels(this.python).map(({ name, table, tableVariable, location }): MappedClass => ({
      name,
      ...(table !== undefined ? { table } : {}),
      ...(tableVariable !== undefined ? { tableVariable } : {}),
      location,
      language: 'python',
    }));
    return [...this.mapped, ...models];
  }
}

/**
 * Uses that name only a mapped class get the class's table, when the code declares exactly one table
 * for that class name (two same-named classes mapping different tables leave it unknown). A use that is
 * DynamoDB's only if its class is a mapped one (`OrderModel.scan()` on an imported class) is dropped
 * when no scanned file declares that class.
 */
export function withMappedTables(uses: readonly CodeUse[], classes: readonly MappedClass[]): CodeUse[] {
  return uses.flatMap((use) => {
    const entity = use.details?.entity;
    if (typeof entity !== 'string') return [use];
    const candidates = classes.filter(
      (c) => c.name === entity && (c.language === undefined || c.language === use.language),
    );
    let mapped = use;
    if (use.details?.entityRequired) {
      if (candidates.length === 0) return [];
      const { entityRequired: _required, ...details } = use.details;
      mapped = { ...use, details };
    }
    if (mapped.table) return [mapped];
    const tables = new Set(candidates.map((c) => c.table ?? `$${c.tableVariable ?? ''}`));
    const first = candidates[0];
    if (!first || tables.size !== 1) return [mapped];
    if (first.table !== undefined) return [{ ...mapped, table: known(first.table, first.location) }];
    if (first.tableVariable === undefined) return [mapped];
    const table = unknown(`read from the environment variable ${first.tableVariable}`, first.location);
    return [{ ...mapped, table, tableVariable: first.tableVariable }];
  });
}
