/**
 * Mapped classes declared anywhere in the scanned code: `[DynamoDBTable("orders")] class Order` (.NET
 * object persistence model) and `@DynamoDBTable(tableName = "orders") class Order` (Java DynamoDBMapper).
 * A data-model scan (`context.ScanAsync<Order>()`, `mapper.scan(Order.class, …)`) names only the class,
 * which usually lives in its own file: the table name is read from there once every file is read.
 */
import { known, type CodeUse, type Location } from '../model.ts';

export interface MappedClass {
  readonly name: string;
  readonly table: string;
  /** Where the attribute names the table. */
  readonly location: Location;
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

/**
 * Uses that name only a mapped class get the class's table, when the code declares exactly one table
 * for that class name (two same-named classes mapping different tables leave it unknown).
 */
export function withMappedTables(uses: readonly CodeUse[], classes: readonly MappedClass[]): CodeUse[] {
  if (classes.length === 0) return [...uses];
  return uses.map((use) => {
    const entity = use.details?.entity;
    if (use.table || typeof entity !== 'string') return use;
    const candidates = classes.filter((c) => c.name === entity);
    const tables = new Set(candidates.map((c) => c.table));
    const first = candidates[0];
    return first && tables.size === 1 ? { ...use, table: known(first.table, first.location) } : use;
  });
}
