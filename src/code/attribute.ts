/**
 * Ties code uses to declared tables, once both are known: by the literal table name the code passes, by an
 * environment variable a deployed function binds to the table (`ORDERS_TABLE: !Ref OrdersTable`), or by an
 * environment variable named after the table (`ORDERS_TABLE` ↔ `OrdersTable`).
 *
 * A code file belongs to the nearest deployment unit that encloses it (the folder of a serverless.yml, a
 * SAM/CloudFormation template, a CDK app's cloud assembly, a Terraform root): only that unit's tables and
 * bindings can be its tables, so a sibling service's table is never blamed. Code outside every unit (an
 * `infra/` + `src/` layout) may match any unit's table; when several templates declare a match, the one
 * nearest the code file wins, and a tie is left unattributed rather than guessed.
 */
import path from 'node:path';
import { tableLabel, valueOf, type CodeUse, type EnvironmentBinding, type TableModel } from '../model.ts';
import { enclosingUnit, unitOf } from './units.ts';

/** Words that say "a table" rather than which one: `ORDERS_TABLE_NAME` and `OrdersTable` both mean orders. */
const GENERIC_WORDS = new Set(['table', 'tbl', 'name', 'arn', 'ddb', 'dynamo', 'dynamodb']);

export function attributeUses(
  uses: readonly CodeUse[],
  tables: readonly TableModel[],
  environment: readonly EnvironmentBinding[],
): CodeUse[] {
  const declared = firstOfEach(tables);
  const units = [
    ...new Set([
      ...declared.map((t) => unitOf(t.source.file)),
      ...environment.map((b) => unitOf(b.location.file)),
    ]),
  ];
  return uses.map((use) => {
    const unit = enclosingUnit(use.location.file, units);
    const match =
      unit === undefined
        ? attribute(use, declared, environment)
        : attribute(
            use,
            declared.filter((t) => unitOf(t.source.file) === unit),
            environment.filter((b) => unitOf(b.location.file) === unit),
          );
    return match ? { ...use, declaredTable: match } : use;
  });
}

/** One model per table: condition branches share an id and a file. */
function firstOfEach(tables: readonly TableModel[]): TableModel[] {
  const seen = new Set<string>();
  return tables.filter((table) => {
    const key = `${table.source.file}\u0000${table.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function attribute(
  use: CodeUse,
  tables: readonly TableModel[],
  environment: readonly EnvironmentBinding[],
): CodeUse['declaredTable'] {
  const name = valueOf(use.table);
  if (name !== undefined) {
    const byName = tables.filter((t) => valueOf(t.name) === name);
    const candidates = byName.length ? byName : tables.filter((t) => t.id === name);
    return pick(use, candidates, `TableName '${name}'`);
  }
  const variable = use.tableVariable;
  if (!variable) return undefined;
  const bound = environment.filter((b) => b.variable === variable);
  const boundTables = tables.filter((t) =>
    bound.some((b) => b.tableId === t.id && b.location.file === t.source.file),
  );
  if (boundTables.length) {
    const table = nearest(use, boundTables);
    const binding =
      table && bound.find((b) => b.tableId === table.id && b.location.file === table.source.file);
    return table && binding
      ? {
          id: table.id,
          file: table.source.file,
          via: `${variable}, bound to ${table.id} at ${binding.location.file}:${binding.location.line}`,
        }
      : undefined;
  }
  const wanted = words(variable);
  if (!wanted) return undefined;
  const named = tables.filter((t) => words(t.id) === wanted || words(valueOf(t.name) ?? '') === wanted);
  return pick(use, named, `${variable}, named after the table`);
}

function pick(use: CodeUse, candidates: readonly TableModel[], via: string): CodeUse['declaredTable'] {
  const table = nearest(use, candidates);
  return table ? { id: table.id, file: table.source.file, via } : undefined;
}

/** The candidate whose template shares the longest folder path with the code; none on a tie. */
function nearest(use: CodeUse, candidates: readonly TableModel[]): TableModel | undefined {
  if (candidates.length <= 1) return candidates[0];
  const codeFolders = path.posix.dirname(use.location.file).split('/');
  const scored = candidates.map((table) => {
    const folders = path.posix.dirname(table.source.file).split('/');
    let shared = 0;
    while (shared < folders.length && folders[shared] === codeFolders[shared]) shared += 1;
    return { table, shared };
  });
  scored.sort((a, b) => b.shared - a.shared);
  const [best, second] = scored;
  return best && (!second || best.shared > second.shared) ? best.table : undefined;
}

/** `ORDERS_TABLE`, `OrdersTable`, `orders-table-name` → `orders`; `''` when only generic words remain. */
function words(name: string): string {
  return name
    .replace(/[0-9A-F]{8}$/, '') // a CDK logical id's hash suffix
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word && !GENERIC_WORDS.has(word))
    .join(' ');
}

/** The declared table a use was attributed to (one model, whatever its condition branches). */
export function declaredTableOf(use: CodeUse, tables: readonly TableModel[]): TableModel | undefined {
  const ref = use.declaredTable;
  const table = ref && tables.find((t) => t.id === ref.id && t.source.file === ref.file);
  if (!table) return undefined;
  // A code finding concerns the table, not one branch of its template's conditions.
  const { variant: _variant, ...whole } = table;
  return whole;
}

/** How a message names the table a use reads: the declared table and where, or what the code says. */
export function targetLabel(use: CodeUse, table: TableModel | undefined): string {
  // The table's own location: for a CDK app mapped to source, the construct call rather than the template.
  if (table) return `${tableLabel(table)} (${table.location.file}:${table.location.line})`;
  const name = valueOf(use.table);
  if (name !== undefined) return `table '${name}'`;
  if (use.tableVariable) return `the table named by ${use.tableVariable}`;
  return 'a table';
}
