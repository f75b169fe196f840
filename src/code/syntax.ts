/**
 * What every language detector shares: syntax-tree positions → `Location`s, the enclosing scope's name,
 * pagination evidence, and how a table reference becomes `CodeUse` fields.
 */
import { Query, type Language, type Node } from 'web-tree-sitter';
import { known, unknown, type CodeUse, type Location } from '../model.ts';

export type CodeLanguage = 'javascript' | 'typescript' | 'python' | 'go' | 'java' | 'csharp';

/** How the code names the table a call targets. */
export type TableRef =
  | { readonly kind: 'literal'; readonly value: string; readonly node: Node }
  | { readonly kind: 'env'; readonly variable: string; readonly node: Node }
  | { readonly kind: 'unknown'; readonly reason: string; readonly node: Node };

/** One DynamoDB call a detector confirmed, before the driver turns it into a `CodeUse`. */
export interface Detection {
  /** The call (or `new`) expression: where the finding points. */
  readonly node: Node;
  readonly operation: 'Scan' | 'ParallelScan' | 'ExecuteStatement';
  readonly library: string;
  readonly table?: TableRef;
  /** Segments of a parallel scan when the code says how many. */
  readonly totalSegments?: number;
  /** True when the code pages through results, false when it reads one page; absent when unknowable. */
  readonly paginated?: boolean;
  /** A PartiQL statement written as a literal. */
  readonly statement?: string;
}

export function locationOf(node: Node, file: string): Location {
  const start = node.startPosition;
  const end = node.endPosition;
  return {
    file,
    line: start.row + 1,
    column: start.column + 1,
    endLine: end.row + 1,
    endColumn: Math.max(1, end.column),
  };
}

/** Node types that open a named scope, and how to read the name; `undefined` when anonymous. */
export type ScopeNamer = (node: Node) => string | undefined;

export function scopeName(node: Node, namers: Readonly<Record<string, ScopeNamer>>): string {
  for (let at = node.parent; at; at = at.parent) {
    const namer = namers[at.type];
    const name = namer ? namer(at) : undefined;
    if (name) return name;
  }
  return '<module>';
}

/** The `name` field's text, the usual way a declaration names itself. */
export const nameField: ScopeNamer = (node) => node.childForFieldName('name')?.text;

/** The innermost node of one of `types` around `node` (the function that holds a call). */
export function enclosing(node: Node, types: ReadonlySet<string>): Node | undefined {
  for (let at = node.parent; at; at = at.parent) if (types.has(at.type)) return at;
  return undefined;
}

const PAGINATION_WORDS = new Set(['lastevaluatedkey', 'exclusivestartkey']);

/**
 * Whether a function reads `LastEvaluatedKey` or sets `ExclusiveStartKey` (in any language's spelling:
 * `lastEvaluatedKey()`, `withExclusiveStartKey`, `"LastEvaluatedKey"`): the mark of a paging loop.
 * Comments are not evidence.
 */
export function readsPages(scope: Node, extraWords: readonly string[] = []): boolean {
  const words = extraWords.length ? new Set([...PAGINATION_WORDS, ...extraWords]) : PAGINATION_WORDS;
  const cursor = scope.walk();
  try {
    for (;;) {
      const node = cursor.currentNode;
      if (node.childCount === 0 && !node.type.includes('comment')) {
        const word = node.text
          .replace(/^["'`]|["'`]$/g, '')
          .replace(/^(get|with|set)(?=[A-Z_])/, '')
          .replace(/_/g, '')
          .toLowerCase();
        if (words.has(word)) return true;
      }
      if (node.type.includes('comment') || !cursor.gotoFirstChild()) {
        while (!cursor.gotoNextSibling()) {
          if (!cursor.gotoParent()) return false;
        }
      }
    }
  } finally {
    cursor.delete();
  }
}

/** Table fields of a `CodeUse` for a reference: a literal is known, anything else unknown with a reason. */
export function tableFields(
  ref: TableRef | undefined,
  file: string,
): Pick<CodeUse, 'table' | 'tableVariable'> {
  if (!ref) return {};
  const location = locationOf(ref.node, file);
  switch (ref.kind) {
    case 'literal':
      return { table: known(ref.value, location) };
    case 'env':
      return {
        table: unknown(`read from the environment variable ${ref.variable}`, location),
        tableVariable: ref.variable,
      };
    case 'unknown':
      return { table: unknown(ref.reason, location) };
  }
}

/** Whole-number literal text (`4`, `4L`, `0x4`) → number; anything else undefined. */
export function integerLiteral(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text.replace(/[lLuU]+$/, '').replace(/_/g, ''));
  return Number.isInteger(value) ? value : undefined;
}

/** The named children of `node`, without comments. */
export function argumentsOf(node: Node | null | undefined): Node[] {
  return node ? node.namedChildren.filter((child) => !child.type.includes('comment')) : [];
}

/** Nodes one query pass collected: declarations to resolve names with, and candidate calls. */
export interface Captured {
  readonly declarations: Node[];
  readonly candidates: Node[];
}

const compiled = new WeakMap<Language, Map<string, Query>>();

/**
 * Runs one query over the tree: patterns whose node is captured `@declaration` or `@candidate`
 * (helper captures, used by predicates, start with `_`). Patterns about node types the grammar lacks
 * (`public_field_definition` in plain JavaScript) are left out. One walk of the tree per file.
 */
export function captureNodes(
  root: Node,
  patterns: readonly { readonly type: string; readonly pattern: string }[],
): Captured {
  const language = root.tree.language;
  const source = patterns
    .filter((p) => language.idForNodeType(p.type, true) !== null)
    .map((p) => p.pattern)
    .join('\n');
  let byLanguage = compiled.get(language);
  if (!byLanguage) {
    byLanguage = new Map();
    compiled.set(language, byLanguage);
  }
  let query = byLanguage.get(source);
  if (!query) {
    query = new Query(language, source);
    byLanguage.set(source, query);
  }
  const declarations: Node[] = [];
  const candidates: Node[] = [];
  for (const capture of query.captures(root)) {
    if (capture.name === 'declaration') declarations.push(capture.node);
    else if (capture.name === 'candidate') candidates.push(capture.node);
  }
  return { declarations, candidates };
}

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', '0': '\0' };

/** The character a string escape (`\"`, `\n`, `\\`) stands for; `\u…` and `\x…` forms are decoded too. */
export function unescapeSequence(sequence: string): string {
  const body = sequence.slice(1);
  const code = /^(?:u\{?([0-9a-fA-F]+)\}?|x([0-9a-fA-F]{2}))$/.exec(body);
  if (code) return String.fromCodePoint(parseInt(code[1] ?? code[2] ?? '0', 16));
  return ESCAPES[body] ?? body;
}

/** A string literal's value from its parts: text fragments as written, escape sequences decoded. */
export function joinStringParts(parts: readonly Node[], textTypes: ReadonlySet<string>): string {
  return parts
    .map((part) =>
      part.type === 'escape_sequence'
        ? unescapeSequence(part.text)
        : textTypes.has(part.type)
          ? part.text
          : '',
    )
    .join('');
}
