/**
 * PynamoDB models declared anywhere in the scanned Python: `class OrderModel(Model)` with
 * `class Meta: table_name = "orders"` (or `= os.environ["ORDERS_TABLE"]`). Handlers usually import the
 * model from another file (`from models.order import OrderModel`; `OrderModel.scan()`), so the class
 * is read from its own file's text as it is read — no second parse — and the models are known once
 * every file is read. A class is a model when its file imports pynamodb and it subclasses `Model`, or
 * when it subclasses another model (a shared base class in a third file).
 */
import type { Location } from '../model.ts';

export interface PythonClass {
  readonly name: string;
  readonly bases: readonly string[];
  /** Whether its file imports pynamodb (so a `Model` base is PynamoDB's). */
  readonly pynamodb: boolean;
  readonly table?: string;
  readonly tableVariable?: string;
  /** Where `table_name` is set, or the class name when its Meta sets none. */
  readonly location: Location;
}

/** Bytes a file declaring a model holds: other files are not searched. */
export const PYTHON_MODEL_MARKERS = [Buffer.from('table_name'), Buffer.from('pynamodb')];

const CLASS = /^([ \t]*)class[ \t]+(\w+)[ \t]*(?:\(([^)]*)\))?[ \t]*:/gm;
const TABLE_NAME = /^[ \t]+table_name[ \t]*(?::[^=\n]*)?=[ \t]*(.+)$/m;
const LITERAL = /^[rRuU]?(['"])([^'"\n]*)\1[ \t]*(?:#.*)?$/;
/** `os.environ["X"]`, `os.environ.get("X", …)`, `os.getenv("X", …)` (with or without `os.`). */
const ENVIRONMENT =
  /^(?:os\.)?(?:environ\s*\[\s*(['"])(\w+)\1\s*\]|(?:environ\.get|getenv)\(\s*(['"])(\w+)\3)/;

/** The classes of one Python file that may be (or be the base of) a PynamoDB model. */
export function pythonClasses(text: string, file: string): PythonClass[] {
  const pynamodb = text.includes('pynamodb');
  const found: PythonClass[] = [];
  for (const match of text.matchAll(CLASS)) {
    const [whole, indent = '', name, bases = ''] = match;
    if (!name || name === 'Meta') continue;
    const body = blockAfter(text, match.index + whole.length, indent.length);
    const meta = /^([ \t]+)class[ \t]+Meta\b[^:\n]*:/m.exec(body);
    const setting = meta
      ? TABLE_NAME.exec(blockAfter(body, meta.index + meta[0].length, meta[1]?.length ?? 0))
      : null;
    const value = setting?.[1]?.trim();
    const literal = value ? LITERAL.exec(value) : null;
    const environment = value && !literal ? ENVIRONMENT.exec(value) : null;
    const at =
      setting && value
        ? match.index + whole.length + (meta?.index ?? 0) + (meta?.[0].length ?? 0)
        : match.index + whole.indexOf(name);
    found.push({
      name,
      bases: bases
        .split(',')
        .map((base) => base.trim())
        .filter((base) => base && !base.includes('=')),
      pynamodb,
      ...(literal?.[2] !== undefined ? { table: literal[2] } : {}),
      ...(environment ? { tableVariable: environment[2] ?? environment[4] ?? '' } : {}),
      location: value && setting ? locate(text, value, at, file) : locate(text, name, at, file),
    });
  }
  return found;
}

/** The classes that are PynamoDB models, over every file's classes. */
export function pynamoModels(classes: readonly PythonClass[]): PythonClass[] {
  const models = new Set<PythonClass>();
  const names = new Set<string>();
  for (let changed = true; changed;) {
    changed = false;
    for (const candidate of classes) {
      if (models.has(candidate)) continue;
      const model = candidate.bases.some(
        (base) =>
          (candidate.pynamodb && /^(?:[\w.]*\.)?Model$/.test(base)) ||
          names.has(base.split('.').at(-1) ?? base),
      );
      if (!model) continue;
      models.add(candidate);
      names.add(candidate.name);
      changed = true;
    }
  }
  return classes.filter((c) => models.has(c));
}

/** The text of the block that starts after `from` (lines indented deeper than `indent`). */
function blockAfter(text: string, from: number, indent: number): string {
  const rest = text.slice(from);
  const lines = rest.split('\n');
  let length = lines[0]?.length ?? 0;
  for (const line of lines.slice(1)) {
    const content = line.trimStart();
    if (content && !content.startsWith('#') && line.length - content.length <= indent) break;
    length += line.length + 1;
  }
  return rest.slice(0, length);
}

/** The location of the first `needle` at or after `from`. */
function locate(text: string, needle: string, from: number, file: string): Location {
  const found = text.indexOf(needle, from);
  const at = found < 0 ? from : found;
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  return { file, line, column, endLine: line, endColumn: column + needle.length };
}
