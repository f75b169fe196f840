/**
 * YAML front end: `yaml`'s document AST (which keeps byte ranges) → `SourceNode`, with every
 * CloudFormation short-form intrinsic tag registered so `!Ref X` parses without warnings.
 */
import type { Alias } from 'yaml';
import {
  isAlias,
  isMap,
  isNode,
  isScalar,
  isSeq,
  parseDocument,
  visit,
  type Document,
  type Node,
  type Tags,
  type YAMLError,
} from 'yaml';
import type { Location } from '../model.ts';
import {
  LineIndex,
  MAX_SOURCE_NESTING,
  SourceLimitError,
  SourceSyntaxError,
  detached,
  intrinsicNameForTag,
  mapFromEntries,
  nestedTooDeeply,
  type MapEntry,
  type ParsedSource,
  type SourceNode,
} from './source-tree.ts';

const SHORT_FORM_TAGS = [
  'Ref',
  'Condition',
  'And',
  'Base64',
  'Cidr',
  'Equals',
  'FindInMap',
  'ForEach',
  'GetAtt',
  'GetAZs',
  'If',
  'ImportValue',
  'Join',
  'Length',
  'Not',
  'Or',
  'Select',
  'Split',
  'Sub',
  'ToJsonString',
  'Transform',
];

/** The tag's node is kept as-is; the converter below reads `node.tag`. */
const CLOUDFORMATION_TAGS: Tags = SHORT_FORM_TAGS.flatMap((name) => [
  { tag: `!${name}`, resolve: (value: string) => value },
  { tag: `!${name}`, collection: 'seq' as const, resolve: (value: unknown) => value },
  { tag: `!${name}`, collection: 'map' as const, resolve: (value: unknown) => value },
]) as Tags;

/**
 * Nodes that aliases may add to a file once expanded; beyond this the file is skipped. Counting expanded
 * nodes rather than aliases catches both many small aliases and a few aliases of a huge anchor
 * ("billion laughs"), while a template sharing one property map among thousands of tables still loads.
 */
export const MAX_ALIAS_NODES = 1_000_000;

export function parseYamlSource(text: string, file: string): ParsedSource {
  const tooDeep = flowNestingBeyond(text, FLOW_NESTING_BEFORE_PARSE);
  if (tooDeep !== undefined) throw nestedTooDeeply(new LineIndex(text).location(file, tooDeep, tooDeep + 1));
  const doc = parse(text);
  const error = doc.errors[0];
  const mayAlias = text.includes('*');
  if (!error) return convertDocument(doc, new LineIndex(text), file, mayAlias);
  // The parser reports its own stack overflow as an error: the document is nested too deeply.
  if (/call stack/i.test(error.message)) {
    throw nestedTooDeeply(new LineIndex(text).location(file, error.pos[0], error.pos[1]));
  }
  const lenient = isUnderIndentedFlow(error) ? reindentFlowCollections(text) : undefined;
  if (lenient) return convertDocument(lenient.doc, lenient.lines, file, mayAlias);
  throw new SourceSyntaxError(
    `YAML: ${firstLine(error.message)}`,
    new LineIndex(text).location(file, error.pos[0], error.pos[1]),
  );
}

/**
 * Bracket depth past which a file is not handed to the parser at all: `yaml`'s parser slows down on thousands
 * of nested flow collections (5 MB of 18,000 nested `{` took it 5 s of CPU before it gave up). Twice the depth
 * the converter accepts, so a bracket miscounted in a plain scalar never rejects a file the parser would read.
 */
const FLOW_NESTING_BEFORE_PARSE = 2 * MAX_SOURCE_NESTING;

/**
 * The offset of the first flow-collection opener deeper than `limit`, by one pass over the characters that
 * skips quoted scalars and comments; undefined when none is. An approximation (brackets in plain or block
 * scalars count too) that only needs to be right about documents nested far beyond what is read anyway.
 */
export function flowNestingBeyond(text: string, limit: number): number | undefined {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quote !== undefined) {
      if (c === '\\' && quote === '"') i += 1;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t' || text[i - 1] === '\n')) {
      const end = text.indexOf('\n', i);
      if (end < 0) break;
      i = end;
    } else if (c === '{' || c === '[') {
      depth += 1;
      if (depth > limit) return i;
    } else if ((c === '}' || c === ']') && depth > 0) depth -= 1;
  }
  return undefined;
}

function parse(text: string): Document {
  return parseDocument(text, {
    customTags: CLOUDFORMATION_TAGS,
    prettyErrors: false,
    // A repeated key is not an error: the last one wins, as in CloudFormation (see `mapFromEntries`).
    uniqueKeys: false,
    // Tags of other tools (e.g. `!Secret`) must not fail the parse; their values are read as written.
    logLevel: 'silent',
  });
}

/** `mayAlias`: the text has a `*` (an alias is written `*name`); without one the tree is not walked for aliases. */
function convertDocument(doc: Document, lines: LineIndex, file: string, mayAlias: boolean): ParsedSource {
  const targets = mayAlias ? aliasTargets(doc) : new Map<Alias, Node>();
  const converter = new YamlConverter(targets, lines, file);
  return { root: doc.contents ? converter.convert(doc.contents) : undefined, lines };
}

/** Lines of a flow collection re-indented per file, at most; beyond that the file stays a parse error. */
const MAX_REINDENTED_LINES = 50;
/** Characters all re-indenting attempts of a file may parse again: a large file gets fewer attempts. */
const REINDENT_BUDGET_CHARS = 4 * 1024 * 1024;

function isUnderIndentedFlow(error: YAMLError): boolean {
  return error.code === 'BAD_INDENT' && /^Flow (map|sequence) in block collection/.test(error.message);
}

/**
 * YAML requires the lines of a multi-line flow collection (`[{ … }]`) to be indented deeper than the key
 * that holds it; CloudFormation's parser, like PyYAML, also accepts a closing `}]` at the key's own
 * indentation. Such lines are indented until the document parses; positions on them are mapped back.
 */
function reindentFlowCollections(text: string): { doc: Document; lines: LineIndex } | undefined {
  const added = new Map<number, number>();
  let current = text;
  const attempts = Math.min(
    MAX_REINDENTED_LINES,
    Math.floor(REINDENT_BUDGET_CHARS / Math.max(1, text.length)),
  );
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    const lines = new LineIndex(current);
    const doc = parse(current);
    const error = doc.errors[0];
    if (!error) return { doc, lines: new ShiftedLineIndex(current, added) };
    if (!isUnderIndentedFlow(error)) return undefined;
    const line = lines.position(error.pos[0]).line;
    const start = lines.offsetOfLine(line);
    current = `${current.slice(0, start)}  ${current.slice(start)}`;
    added.set(line, (added.get(line) ?? 0) + 2);
  }
  return undefined;
}

/** Positions in a re-indented text, reported at their columns in the text as written. */
class ShiftedLineIndex extends LineIndex {
  constructor(
    text: string,
    private readonly added: ReadonlyMap<number, number>,
  ) {
    super(text);
  }

  override position(offset: number): { line: number; column: number } {
    const at = super.position(offset);
    const shift = this.added.get(at.line) ?? 0;
    return { line: at.line, column: Math.max(1, at.column - shift) };
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

/**
 * Each alias's anchored node, found in one document-order pass: an alias names the closest anchor before
 * it (anchors may be redefined). `Alias.resolve` walks the whole document per alias, which is quadratic.
 */
function aliasTargets(doc: Document): Map<Alias, Node> {
  const anchors = new Map<string, Node>();
  const targets = new Map<Alias, Node>();
  visit(doc, (_key, node) => {
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (target) targets.set(node, target);
    } else if (isNode(node) && node.anchor) {
      anchors.set(node.anchor, node);
    }
  });
  return targets;
}

class YamlConverter {
  /** Anchored nodes converted once and shared by every alias: the result is a DAG, not a copy per alias. */
  private readonly anchored = new Map<Node, SourceNode>();
  /** Anchored nodes being converted, to refuse an alias inside its own anchor. */
  private readonly converting = new Set<Node>();
  private readonly sizes = new WeakMap<SourceNode, number>();
  private aliasNodes = 0;
  private depth = 0;

  constructor(
    private readonly targets: ReadonlyMap<Alias, Node>,
    private readonly lines: LineIndex,
    private readonly file: string,
  ) {}

  convert(node: Node): SourceNode {
    if (this.depth >= MAX_SOURCE_NESTING) throw nestedTooDeeply(this.locate(node));
    this.depth += 1;
    try {
      return this.convertShared(node);
    } finally {
      this.depth -= 1;
    }
  }

  private convertShared(node: Node): SourceNode {
    if (isAlias(node)) return this.convertAlias(node);
    if (!node.anchor) return this.convertNode(node);
    const done = this.anchored.get(node);
    if (done) return done;
    this.converting.add(node);
    const converted = this.convertNode(node);
    this.converting.delete(node);
    this.anchored.set(node, converted);
    return converted;
  }

  private convertNode(node: Node): SourceNode {
    const location = this.locate(node);
    const tag = node.tag;
    if (tag && tag.startsWith('!') && !tag.startsWith('!!')) {
      const name = tag.slice(1);
      if (SHORT_FORM_TAGS.includes(name)) {
        return {
          kind: 'intrinsic',
          name: intrinsicNameForTag(name),
          argument: this.convertUntagged(node, location),
          location,
        };
      }
    }
    return this.convertUntagged(node, location);
  }

  private convertUntagged(node: Node, location: Location): SourceNode {
    if (isMap(node)) {
      const entries: MapEntry[] = [];
      for (const pair of node.items) {
        const keyNode = pair.key as Node | null;
        const key = detached(keyNode && isScalar(keyNode) ? String(keyNode.value) : String(keyNode ?? ''));
        const keyLocation = keyNode ? this.locate(keyNode) : location;
        const valueNode = pair.value as Node | null;
        const value: SourceNode = valueNode
          ? this.convert(valueNode)
          : { kind: 'scalar', value: null, location: keyLocation };
        entries.push({
          key,
          keyLocation,
          value,
          location: { ...keyLocation, endLine: value.location.endLine, endColumn: value.location.endColumn },
        });
      }
      return mapFromEntries(entries, location);
    }
    if (isSeq(node)) {
      return { kind: 'seq', items: node.items.map((item) => this.convert(item as Node)), location };
    }
    if (isScalar(node)) {
      const value = node.value;
      const scalar =
        typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null
          ? value
          : String(value);
      return { kind: 'scalar', value: detached(scalar), location };
    }
    return { kind: 'scalar', value: null, location };
  }

  private convertAlias(alias: Alias): SourceNode {
    const target = this.targets.get(alias);
    if (!target) return { kind: 'scalar', value: null, location: this.locate(alias) };
    if (this.converting.has(target)) {
      throw new SourceLimitError(
        `the YAML alias *${alias.source} is inside its own anchor (a recursive document)`,
        this.locate(alias),
      );
    }
    const converted = this.convert(target);
    this.aliasNodes += this.size(converted);
    if (this.aliasNodes > MAX_ALIAS_NODES) {
      throw new SourceLimitError(
        `YAML aliases expand to more than ${MAX_ALIAS_NODES.toLocaleString('en-US')} nodes (excessive aliases, e.g. a "billion laughs" document)`,
        this.locate(alias),
      );
    }
    return converted;
  }

  /** Nodes in `node` once every shared subtree is counted as often as it appears; memoized, so linear. */
  private size(node: SourceNode): number {
    const cached = this.sizes.get(node);
    if (cached !== undefined) return cached;
    let total = 1;
    if (node.kind === 'map') for (const e of node.entries) total += this.size(e.value);
    else if (node.kind === 'seq') for (const item of node.items) total += this.size(item);
    else if (node.kind === 'intrinsic') total += this.size(node.argument);
    this.sizes.set(node, total);
    return total;
  }

  private locate(node: Node): Location {
    const range = node.range;
    if (!range) return { file: this.file, line: 1, column: 1, endLine: 1, endColumn: 1 };
    return this.lines.location(this.file, range[0], range[1]);
  }
}
