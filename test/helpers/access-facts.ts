/**
 * A code file's DynamoDB operations as the code scan records them, summarised to what access-pattern
 * tests compare: the operation, its line and table, and the access facts in plain values (`?` for a fact
 * the code computes at run time).
 */
import { readFile } from 'node:fs/promises';
import { analyzeFile } from '../../src/code/analyze.ts';
import { codeFileKind } from '../../src/code/languages.ts';
import type { CodeUse, Prop } from '../../src/model.ts';

export interface OperationSummary {
  readonly line: number;
  readonly operation: string;
  readonly library: string;
  readonly table?: string;
  readonly index?: string;
  /** `customerId =, createdAt begins_with` */
  readonly key?: string;
  readonly filter?: string;
  readonly select?: string;
  readonly consistentRead?: boolean | '?';
  readonly unprocessedHandled?: boolean;
  readonly written?: string;
  readonly paginated?: boolean;
}

function plain<T>(
  prop: Prop<T> | undefined,
  show: (value: T) => string | boolean,
): string | boolean | undefined {
  if (!prop) return undefined;
  return prop.known ? show(prop.value) : '?';
}

export function summarise(use: CodeUse): OperationSummary {
  const table = use.table?.known
    ? use.table.value
    : use.tableVariable
      ? `$${use.tableVariable}`
      : use.table && '?';
  const facts: Record<string, unknown> = {
    line: use.location.line,
    operation: use.operation,
    library: use.library,
    table,
    index: plain(use.index, (v) => v),
    key: plain(use.keyCondition, (terms) => terms.map((t) => `${t.attribute} ${t.operator}`).join(', ')),
    filter: plain(use.filter, (names) => names.join(', ')),
    select: use.select,
    consistentRead: plain(use.consistentRead, (v) => v),
    unprocessedHandled: use.unprocessedHandled,
    written: use.writtenAttributes?.join(', '),
    paginated: use.details?.paginated,
  };
  return Object.fromEntries(
    Object.entries(facts).filter(([, value]) => value !== undefined),
  ) as unknown as OperationSummary;
}

/** The summarised operations of one file, analysed through the code scan's per-file analysis. */
export async function operationsIn(file: string, display = file): Promise<OperationSummary[]> {
  const kind = codeFileKind(file);
  if (!kind) throw new Error(`${file} is not a code file the scan reads`);
  const analysis = await analyzeFile({
    display,
    text: await readFile(file, 'utf8'),
    language: kind.language,
    grammar: kind.grammar,
  });
  return analysis.uses.map(summarise);
}
