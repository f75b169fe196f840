/**
 * What every language detector shares: syntax-tree positions → `Location`s, the enclosing scope's name,
 * pagination evidence, and how a table reference becomes `CodeUse` fields.
 */
import { Query, type Language, type Node, type Tree } from 'web-tree-sitter';
import { known, unknown, type CodeUse, type DataOperation } from '../model.ts';
import type { KeyTerm } from './expressions.ts';
import { MAX_PARSE_MS, locationOf } from '../parsers/tree-sitter.ts';

/** How the code names the table a call targets. */
export type TableRef =
  | { readonly kind: 'literal'; readonly value: string; readonly node: Node }
  | { readonly kind: 'env'; readonly variable: string; readonly node: Node }
  | { readonly kind: 'unknown'; readonly reason: string; readonly node: Node };

/** A request value as a detector reads it: the node it is written at, and its value when literal. */
export interface DetectedValue<T> {
  readonly node: Node;
  /** Absent when computed at run time (then the fact is unknown, with `reason`). */
  readonly value?: T;
  readonly reason?: string;
}

/**
 * What a request says about the access pattern (`AccessFacts` before the driver gives them locations):
 * detectors fill what the call's request states literally; see `src/code/expressions.ts` for reading
 * expression strings with their `ExpressionAttributeNames`.
 */
export interface DetectedAccess {
  readonly index?: DetectedValue<string>;
  readonly keyCondition?: DetectedValue<readonly (KeyTerm & { readonly node?: Node })[]>;
  readonly filter?: DetectedValue<readonly string[]>;
  readonly select?: string;
  readonly consistentRead?: DetectedValue<boolean>;
  readonly unprocessedHandled?: boolean;
  readonly writtenAttributes?: readonly string[];
}

/** One DynamoDB call a detector confirmed, before the driver turns it into a `CodeUse`. */
export interface Detection extends DetectedAccess {
  /** The call (or `new`) expression: where the finding points. */
  readonly node: Node;
  readonly operation: DataOperation;
  readonly library: string;
  readonly table?: TableRef;
  /** Segments of a parallel scan when the code says how many. */
  readonly totalSegments?: number;
  /** True when the code pages through results, false when it reads one page; absent when unknowable. */
  readonly paginated?: boolean;
  /** A PartiQL statement written as a literal. */
  readonly statement?: string;
  /** The mapped class a data-model scan reads (`ScanAsync<Order>`), when its table is not named here. */
  readonly entity?: string;
  /** The call is DynamoDB's only if `entity` is a mapped class some scanned file declares. */
  readonly entityRequired?: boolean;
}

// Detectors import it from here; it lives with the parser so IaC loaders (HCL) share it.
export { locationOf };

/** Node types that open a named scope, and how to read the name; `undefined` when anonymous. */
export type ScopeNamer = (node: Node) => string | undefined;

/**
 * A node's parent, remembered per tree. tree-sitter finds a parent by descending from the root, so one
 * lookup costs the node's depth, and walking all ancestors of many deep nodes costs the square of it
 * per node; remembered, each node's parent is looked up once.
 */
export function parentOf(node: Node): Node | null {
  let parents = parentMemo.get(node.tree);
  if (!parents) {
    parents = new Map();
    parentMemo.set(node.tree, parents);
  }
  let parent = parents.get(node.id);
  if (parent === undefined) {
    parent = node.parent;
    parents.set(node.id, parent);
  }
  return parent;
}

const parentMemo = new WeakMap<Tree, Map<number, Node | null>>();

export function scopeName(node: Node, namers: Readonly<Record<string, ScopeNamer>>): string {
  for (let at = parentOf(node); at; at = parentOf(at)) {
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
  // Remembered per tree and type set for every node on the way up, so each ancestor is visited once.
  let byTree = enclosingMemo.get(node.tree);
  if (!byTree) {
    byTree = new Map();
    enclosingMemo.set(node.tree, byTree);
  }
  let found = byTree.get(types);
  if (!found) {
    found = new Map();
    byTree.set(types, found);
  }
  const path: number[] = [];
  let result: Node | undefined;
  for (let at = parentOf(node); at; at = parentOf(at)) {
    if (found.has(at.id)) {
      result = found.get(at.id);
      break;
    }
    if (types.has(at.type)) {
      result = at;
      break;
    }
    path.push(at.id);
  }
  // Every ancestor passed on the way shares the answer: its own enclosing node is the same one.
  for (const id of path) found.set(id, result);
  return result;
}

const enclosingMemo = new WeakMap<Tree, Map<ReadonlySet<string>, Map<number, Node | undefined>>>();

const PAGINATION_WORDS = new Set(['lastevaluatedkey', 'exclusivestartkey']);

/**
 * Whether a function reads `LastEvaluatedKey` or sets `ExclusiveStartKey` (in any language's spelling:
 * `lastEvaluatedKey()`, `withExclusiveStartKey`, `"LastEvaluatedKey"`): the mark of a paging loop.
 * Comments are not evidence.
 */
export function readsPages(scope: Node, extraWords: readonly string[] = []): boolean {
  // Every scan in a function asks about the same function: walk it once per file, not once per scan.
  let answers = pageAnswers.get(scope.tree);
  if (!answers) {
    answers = new Map();
    pageAnswers.set(scope.tree, answers);
  }
  const key = `${scope.id}:${extraWords.join(',')}`;
  let answer = answers.get(key);
  if (answer === undefined) {
    answer = walkForPages(scope, extraWords);
    answers.set(key, answer);
  }
  return answer;
}

/** `readsPages` answers per syntax tree, by scope node and extra words. */
const pageAnswers = new WeakMap<Tree, Map<string, boolean>>();

function walkForPages(scope: Node, extraWords: readonly string[]): boolean {
  const words = extraWords.length ? new Set([...PAGINATION_WORDS, ...extraWords]) : PAGINATION_WORDS;
  // Most functions never mention a paging word: the text says so before any node is visited.
  const folded = scope.text.replace(/_/g, '').toLowerCase();
  if (![...words].some((word) => folded.includes(word))) return false;
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

/**
 * Syntax deeper than this is not analysed. Finding a node's parent costs time proportional to its depth
 * in tree-sitter, and detectors walk up from every call and declaration, so a file nested thousands of
 * levels deep (generated or hostile) would cost the cube of its depth. Real code stays far below.
 */
export const MAX_SYNTAX_DEPTH = 256;

/**
 * Whether any node of the tree is deeper than `MAX_SYNTAX_DEPTH`. A subtree of `n` nodes is at most `n`
 * levels deep, and tree-sitter keeps each node's count of descendants, so only nodes whose subtree could
 * reach past the limit are opened: a few dozen per ordinary file instead of every node (each visit is a
 * call into the parser; walking every node cost about two thirds of parsing the file).
 */
export function nestedTooDeeply(root: Node, deadline = Infinity): boolean {
  const pending: [Node, number][] = [[root, 0]];
  let opened = 0;
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [node, depth] = next;
    if (depth > MAX_SYNTAX_DEPTH) return true;
    // The file's one budget covers this walk too (a pathological tree opens hundreds of thousands of nodes).
    if (++opened % 4096 === 0 && performance.now() > deadline) {
      throw new AnalysisLimitError(`parsing and querying took longer than ${MAX_PARSE_MS / 1000} s`);
    }
    // `descendantCount` counts the node itself: its deepest descendant is at most that many levels below it, less one.
    if (depth + node.descendantCount - 1 <= MAX_SYNTAX_DEPTH) continue;
    for (const child of node.children) pending.push([child, depth + 1]);
  }
  return false;
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

/** A query pattern and the node type it needs the grammar to have. */
export interface QueryPattern {
  readonly type: string;
  readonly pattern: string;
}

/** One file's name resolution, once its declarations are read: decides which candidate calls count. */
export interface FileDetector {
  /** Several detections when one call runs what its callers pass (a helper's statement parameter). */
  detect(candidate: Node): Detection | readonly Detection[] | undefined;
  /** A last look at everything found (to drop a detection another one supersedes). */
  finish?(found: Detection[]): Detection[];
}

/** What a language contributes: what to collect from the tree, how scopes are named, how calls are judged. */
export interface LanguageDetector {
  readonly patterns: readonly QueryPattern[];
  readonly scopes: Readonly<Record<string, ScopeNamer>>;
  /** The file's detector; undefined when nothing in the file can tie a call to DynamoDB. */
  forFile(declarations: readonly Node[]): FileDetector | undefined;
}

/** Runs a language detector over a tree: one query pass, then the file's judgement of each candidate. */
/** `deadline` (a `performance.now()` time) bounds the query: the file's parse and query share one budget. */
export function detect(root: Node, language: LanguageDetector, deadline?: number): Detection[] {
  const captured = captureNodes(root, language.patterns, deadline);
  const { declarations } = captured;
  // Calls inside a syntax error are not reported: leave them out before anything walks up from them
  // (a parse error can leave thousands of statements under one ERROR node, where each parent lookup
  // costs the node's position among them).
  const candidates = root.hasError ? outsideErrors(root, captured.candidates) : captured.candidates;
  if (candidates.length === 0) return [];
  const file = language.forFile(declarations);
  if (!file) return [];
  const found = candidates.flatMap((candidate) => file.detect(candidate) ?? []);
  return file.finish ? file.finish(found) : found;
}

/** `nodes` that lie outside every ERROR node of the tree, found by byte ranges. */
function outsideErrors(root: Node, nodes: readonly Node[]): Node[] {
  const ranges = root
    .descendantsOfType('ERROR')
    .map((e): [number, number] => [e.startIndex, e.endIndex])
    .sort((a, b) => a[0] - b[0]);
  // Merged into disjoint, sorted ranges, so one binary search answers for each node.
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return nodes.filter((node) => {
    let low = 0;
    let high = merged.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const [start, end] = merged[mid] as [number, number];
      if (node.startIndex < start) high = mid - 1;
      else if (node.startIndex >= end) low = mid + 1;
      else return node.endIndex > end;
    }
    return true;
  });
}

/** Analysing the file would cost more than allowed: it is skipped with a finding that says why. */
export class AnalysisLimitError extends Error {
  override readonly name = 'AnalysisLimitError';
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
  patterns: readonly QueryPattern[],
  deadline = performance.now() + MAX_PARSE_MS,
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
  // A query over a pathological tree (megabytes of error recovery) can run for minutes: it runs within the
  // file's budget, and running out of it skips the file.
  let cancelled = false;
  const captures = query.captures(root, {
    progressCallback: () => (cancelled ||= performance.now() > deadline),
  });
  if (cancelled)
    throw new AnalysisLimitError(`parsing and querying took longer than ${MAX_PARSE_MS / 1000} s`);
  for (const capture of captures) {
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

/** Request parameters only DynamoDB's Scan takes (JS objects, Python keyword arguments). */
export const SCAN_PARAMETERS: ReadonlySet<string> = new Set([
  'TableName',
  'FilterExpression',
  'ProjectionExpression',
  'ExclusiveStartKey',
  'Segment',
  'TotalSegments',
  'ExpressionAttributeNames',
  'ExpressionAttributeValues',
  'ScanFilter',
]);

/** A language's ways of writing values, for following a table name or statement to where it is known. */
export interface ValueReader {
  /** A string literal's value (escapes decoded). */
  literal(node: Node): string | undefined;
  /** `process.env.X`, `os.environ["X"]`, `os.Getenv("X")`, … → X. */
  environment(node: Node): string | undefined;
  /** What a name (a constant, a field) was bound to in this file. */
  bound(node: Node): Node | undefined;
  /** Wrappers around the value itself: `aws.String(x)`, `&x` → x. */
  unwrap?(node: Node): Node;
  /** The preferred side of a default: `process.env.X || 'dev'`, `os.getenv("X") or "dev"` → the left. */
  preferred?(node: Node): Node | undefined;
  /**
   * A string built by interpolation or formatting (`f"…{x}…"`, `` `…${x}…` ``, `fmt.Sprintf`,
   * `String.format`): its text as written, and the expressions put into it, in order.
   */
  template?(node: Node): readonly TemplatePart[] | undefined;
  /** String concatenation (`a + b`, adjacent literals): the operands, left to right. */
  concatenation?(node: Node): readonly Node[] | undefined;
}

/** A piece of a built string: text as written, or an expression whose value goes there. */
export type TemplatePart = string | Node;

export const MAX_HOPS = 4;

/** A string the source fixes: a literal, or a name bound to one in the same file. */
export function constantString(reader: ValueReader, node: Node, hops = 0): string | undefined {
  const inner = reader.unwrap?.(node) ?? node;
  const literal = reader.literal(inner);
  if (literal !== undefined || hops >= MAX_HOPS) return literal;
  const bound = reader.bound(inner);
  return bound ? constantString(reader, bound, hops + 1) : undefined;
}

/** How `node` names a table: a literal, an environment variable, or something known only at run time. */
export function tableReference(reader: ValueReader, node: Node, hops = 0): TableRef {
  const inner = reader.unwrap?.(node) ?? node;
  const literal = reader.literal(inner);
  if (literal !== undefined) return { kind: 'literal', value: literal, node };
  const variable = reader.environment(inner);
  if (variable) return { kind: 'env', variable, node };
  if (hops < MAX_HOPS) {
    const preferred = reader.preferred?.(inner);
    const ref = preferred ? tableReference(reader, preferred, hops + 1) : undefined;
    if (ref && ref.kind !== 'unknown') return { ...ref, node };
    const bound = reader.bound(inner);
    if (bound) return { ...tableReference(reader, bound, hops + 1), node };
  }
  const text = node.text.replace(/\s+/g, ' ');
  return {
    kind: 'unknown',
    reason: `computed at run time (${text.length > 60 ? `${text.slice(0, 57)}…` : text})`,
    node,
  };
}

/** What a request says about a scan (or a query), for `scanDetection`. */
export interface ScanFacts {
  /** `Query` for a query, which pages the same way; a Scan otherwise. */
  readonly operation?: 'Query';
  /** The expression naming the table. */
  readonly table?: Node | undefined;
  /** The `TotalSegments` value: its presence makes the scan parallel. */
  readonly segments?: Node | undefined;
  /** Known from the API (a paginator); otherwise read from the enclosing function. */
  readonly paginated?: boolean | undefined;
  /** The expression passing the request (`request`, `&input`, `**kwargs`): a parameter lets callers page. */
  readonly request?: Node | undefined;
}

/** A Scan, parallel Scan or Query, through a single-page API unless `facts.paginated` says otherwise. */
export function scanDetection(
  node: Node,
  library: string,
  facts: ScanFacts,
  values: ValueReader,
  functions: ReadonlySet<string>,
): Detection {
  const total = integerLiteral(facts.segments?.text);
  return {
    node,
    operation: facts.operation ?? (facts.segments ? 'ParallelScan' : 'Scan'),
    library,
    ...(facts.table ? { table: tableReference(values, facts.table) } : {}),
    ...(total !== undefined ? { totalSegments: total } : {}),
    ...pagination(node, facts, functions),
  };
}

/**
 * Whether a scan pages: known from the API, or read from its function. A function that reads no page
 * marker reads one page, unless paging is its caller's business: it takes the request from its caller
 * (who may set ExclusiveStartKey) or hands the whole result back (who may read LastEvaluatedKey). Then
 * the function alone cannot say, and pagination is unknown.
 */
function pagination(node: Node, facts: ScanFacts, functions: ReadonlySet<string>): { paginated?: boolean } {
  if (facts.paginated !== undefined) return { paginated: facts.paginated };
  const scope = enclosing(node, functions);
  if (readsPages(scope ?? node)) return { paginated: true };
  if (scope?.parent && (takesRequest(scope, facts.request) || returnsResult(node, scope))) return {};
  return { paginated: false };
}

/** Wrappers that pass a request on unchanged: `&input`, `**kwargs`, `*args`, `(request)`. */
const PASSING = new Set([
  'unary_expression',
  'pointer_expression',
  'dictionary_splat',
  'list_splat',
  'parenthesized_expression',
  'argument',
]);

function takesRequest(scope: Node, request: Node | undefined): boolean {
  let at = request;
  while (at && PASSING.has(at.type) && at.namedChildren.length > 0) at = at.namedChildren.at(-1);
  if (at?.type !== 'identifier') return false;
  const name = at.text;
  const parameters = scope.childForFieldName('parameters') ?? scope.childForFieldName('parameter');
  if (!parameters) return false;
  if (parameters.type === 'identifier') return parameters.text === name;
  return parameters.descendantsOfType('identifier').some((id) => id.text === name);
}

/** Expressions that hand a value on unchanged: `await x`, `(x)`, Go's `return out, err`. */
const HANDING_ON = new Set(['await_expression', 'await', 'parenthesized_expression', 'expression_list']);

/** Whether the call's whole result leaves the function: returned directly or through the variable it is assigned to. */
function returnsResult(call: Node, scope: Node): boolean {
  let at = call;
  while (at.parent && HANDING_ON.has(at.parent.type)) at = at.parent;
  const parent = at.parent;
  if (!parent) return false;
  if (parent.type === 'return_statement') return true;
  // `async () => client.send(…)`: a concise arrow function returns its body.
  if (parent.equals(scope) && scope.childForFieldName('body')?.equals(at)) return true;
  const holder = assignedName(parent, at);
  if (!holder) return false;
  return returnedNamesOf(scope).has(holder);
}

/**
 * The variables a function returns whole (`return result`, `return await out`, Go's `return out, err`),
 * from its own `return` statements (not nested functions'): computed once per function of each parsed
 * tree, so a function with n calls costs n lookups, not n walks over its returns.
 */
const returnedNames = new WeakMap<Tree, Map<number, ReadonlySet<string>>>();

function returnedNamesOf(scope: Node): ReadonlySet<string> {
  let byScope = returnedNames.get(scope.tree);
  if (!byScope) {
    byScope = new Map();
    returnedNames.set(scope.tree, byScope);
  }
  let names = byScope.get(scope.id);
  if (!names) {
    const found = new Set<string>();
    for (const statement of scope.descendantsOfType('return_statement')) {
      if (!enclosingSame(statement, scope)) continue;
      const pending = [...statement.namedChildren];
      for (let value = pending.pop(); value; value = pending.pop()) {
        if (value.type === 'identifier') found.add(value.text);
        else if (HANDING_ON.has(value.type)) pending.push(...argumentsOf(value));
      }
    }
    names = found;
    byScope.set(scope.id, names);
  }
  return names;
}

/** The name a value is assigned to in `parent` (`result = …`, `const result = …`, `result, err := …`). */
function assignedName(parent: Node, value: Node): string | undefined {
  const left =
    parent.childForFieldName('left') ??
    parent.childForFieldName('name') ??
    parent.childForFieldName('pattern');
  if (!left || left.equals(value)) return undefined;
  const right = parent.childForFieldName('right') ?? parent.childForFieldName('value');
  if (right && !right.equals(value)) return undefined;
  const first =
    left.type === 'expression_list' || left.type === 'pattern_list' ? left.namedChildren[0] : left;
  return first?.type === 'identifier' ? first.text : undefined;
}

/** Whether `node`'s nearest enclosing function-like ancestor is `scope` (not a nested function). */
function enclosingSame(node: Node, scope: Node): boolean {
  for (let at = node.parent; at; at = at.parent) {
    if (at.equals(scope)) return true;
    if (at.childForFieldName('parameters') && at.childForFieldName('body')) return false;
  }
  return false;
}

interface ScopedEntry<T> {
  readonly value: T;
  /** Where the declaration starts: entries of a scope are ordered by it. */
  readonly start: number;
}

/**
 * The declarations of one name in one scope: a function's byte range (offsets, not the node: each node property
 * read is a call into WebAssembly), or undefined for module (or class) level names.
 */
interface ScopeGroup<T> {
  readonly scope: { readonly start: number; readonly end: number } | undefined;
  /** The scope's start (-1 for module level), for ordering. */
  readonly start: number;
  readonly entries: ScopedEntry<T>[];
  sorted: boolean;
}

/** One name's declarations, grouped by scope; function scopes ordered by start for lookups, built lazily. */
interface NameScopes<T> {
  readonly groups: Map<number, ScopeGroup<T>>;
  functions?: { readonly groups: ScopeGroup<T>[]; readonly maxEndSoFar: number[] };
}

/**
 * Names declared in a file, with the function each belongs to: a lookup from a place sees the innermost
 * declaration whose function holds that place, the last one before it when there are several. So two
 * handlers that each build their own `params` resolve to their own. A lookup costs the logarithm of the
 * name's declarations, not their number: a file declaring one name thousands of times and reading it as
 * often stays linear.
 */
export class ScopedNames<T> {
  private readonly names = new Map<string, NameScopes<T>>();
  /**
   * Declarations not yet placed in their scope, by name, in declaration order: most names of a file are
   * never looked up, and finding a declaration's function walks up its ancestors, each step a call into
   * WebAssembly. A name's are placed when it is first looked up.
   */
  private readonly unplaced = new Map<string, { readonly value: T; readonly declaration: Node }[]>();

  /** `functions`: node types that open a scope; `fileWide`: names that are visible everywhere (`this.x`). */
  constructor(
    private readonly functions: ReadonlySet<string>,
    private readonly fileWide: (name: string) => boolean = () => false,
  ) {}

  set(name: string, value: T, declaration: Node): void {
    const list = this.unplaced.get(name);
    if (list) list.push({ value, declaration });
    else this.unplaced.set(name, [{ value, declaration }]);
  }

  private place(name: string, value: T, declaration: Node): void {
    const enclosingScope = this.fileWide(name) ? undefined : enclosing(declaration, this.functions);
    const scope =
      enclosingScope && parentOf(enclosingScope)
        ? { start: enclosingScope.startIndex, end: enclosingScope.endIndex }
        : undefined;
    let byName = this.names.get(name);
    if (!byName) {
      byName = { groups: new Map() };
      this.names.set(name, byName);
    }
    const key = scope ? scope.start : -1;
    let group = byName.groups.get(key);
    if (!group) {
      group = { scope, start: key, entries: [], sorted: true };
      byName.groups.set(key, group);
      byName.functions = undefined;
    }
    const start = declaration.startIndex;
    const last = group.entries[group.entries.length - 1];
    if (last && last.start > start) group.sorted = false;
    group.entries.push({ value, start });
  }

  has(name: string): boolean {
    return this.names.has(name) || this.unplaced.has(name);
  }

  /** Every value `name` may hold at `at`: the innermost scope's declarations, the nearest before `at` first. */
  all(name: string, at: Node): T[] {
    const place = at.startIndex;
    const group = this.innermost(name, place);
    if (!group) return [];
    const split = lastAtOrBefore(group.entries, place);
    const before = group.entries.slice(0, split + 1).reverse();
    return [...before, ...group.entries.slice(split + 1)].map((e) => e.value);
  }

  get(name: string, at: Node): T | undefined {
    const place = at.startIndex;
    const group = this.innermost(name, place);
    if (!group) return undefined;
    return group.entries[Math.max(0, lastAtOrBefore(group.entries, place))]?.value;
  }

  /** The declarations of `name` in the innermost scope that holds `place`, in order. */
  private innermost(name: string, place: number): ScopeGroup<T> | undefined {
    const unplaced = this.unplaced.get(name);
    if (unplaced) {
      this.unplaced.delete(name);
      for (const { value, declaration } of unplaced) this.place(name, value, declaration);
    }
    const byName = this.names.get(name);
    if (!byName) return undefined;
    if (!byName.functions) {
      const groups = [...byName.groups.values()]
        .filter((g) => g.scope !== undefined)
        .sort((a, b) => a.start - b.start);
      let maxEnd = -1;
      const maxEndSoFar = groups.map((g) => (maxEnd = Math.max(maxEnd, g.scope?.end ?? 0)));
      byName.functions = { groups, maxEndSoFar };
    }
    const { groups, maxEndSoFar } = byName.functions;
    // Scopes nest: of those starting at or before `place`, the latest that still holds it is the innermost.
    // Going back stops once no earlier scope reaches `place`.
    let found: ScopeGroup<T> | undefined;
    for (let i = lastAtOrBefore(groups, place); i >= 0 && (maxEndSoFar[i] as number) > place; i -= 1) {
      const scope = (groups[i] as ScopeGroup<T>).scope;
      if (scope && place < scope.end) {
        found = groups[i];
        break;
      }
    }
    const group = found ?? byName.groups.get(-1);
    if (group && !group.sorted) {
      group.entries.sort((a, b) => a.start - b.start);
      group.sorted = true;
    }
    return group;
  }
}

/** The index of the last entry starting at or before `place` (-1 when none does), by binary search. */
function lastAtOrBefore(entries: readonly { readonly start: number }[], place: number): number {
  let low = 0;
  let high = entries.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((entries[mid] as { start: number }).start <= place) low = mid + 1;
    else high = mid - 1;
  }
  return high;
}
