/**
 * YAML front end: `yaml`'s document AST (which keeps byte ranges) → `SourceNode`, with every
 * CloudFormation short-form intrinsic tag registered so `!Ref X` parses without warnings.
 */
import type { Alias } from 'yaml';
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  type Document,
  type Node,
  type Tags,
  type YAMLError,
} from 'yaml';
import type { Location } from '../model.ts';
import {
  LineIndex,
  SourceLimitError,
  SourceSyntaxError,
  intrinsicNameForTag,
  mapFromEntries,
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

/** Alias expansions allowed per file; beyond this the file is skipped (billion-laughs input). */
export const MAX_ALIAS_EXPANSIONS = 10_000;

export function parseYamlSource(text: string, file: string): ParsedSource {
  const doc = parse(text);
  const error = doc.errors[0];
  if (!error) return convertDocument(doc, new LineIndex(text), file);
  const lenient = isUnderIndentedFlow(error) ? reindentFlowCollections(text) : undefined;
  if (lenient) return convertDocument(lenient.doc, lenient.lines, file);
  throw new SourceSyntaxError(
    `YAML: ${firstLine(error.message)}`,
    new LineIndex(text).location(file, error.pos[0], error.pos[1]),
  );
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

function convertDocument(doc: Document, lines: LineIndex, file: string): ParsedSource {
  const converter = new YamlConverter(doc, lines, file);
  return { root: doc.contents ? converter.convert(doc.contents) : undefined, lines };
}

/** Lines of a flow collection re-indented per file, at most; beyond that the file stays a parse error. */
const MAX_REINDENTED_LINES = 50;

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
  for (let attempt = 0; attempt < MAX_REINDENTED_LINES; attempt += 1) {
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

class YamlConverter {
  private aliasExpansions = 0;

  constructor(
    private readonly doc: Document,
    private readonly lines: LineIndex,
    private readonly file: string,
  ) {}

  convert(node: Node): SourceNode {
    if (isAlias(node)) return this.convertAlias(node);
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
        const key = keyNode && isScalar(keyNode) ? String(keyNode.value) : String(keyNode ?? '');
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
      return { kind: 'scalar', value: scalar, location };
    }
    return { kind: 'scalar', value: null, location };
  }

  private convertAlias(alias: Alias): SourceNode {
    this.aliasExpansions += 1;
    if (this.aliasExpansions > MAX_ALIAS_EXPANSIONS) {
      throw new SourceLimitError(
        `more than ${MAX_ALIAS_EXPANSIONS} YAML alias expansions (excessive aliases, e.g. a "billion laughs" document)`,
        this.locate(alias),
      );
    }
    const target = alias.resolve(this.doc);
    if (!target) return { kind: 'scalar', value: null, location: this.locate(alias) };
    return this.convert(target);
  }

  private locate(node: Node): Location {
    const range = node.range;
    if (!range) return { file: this.file, line: 1, column: 1, endLine: 1, endColumn: 1 };
    return this.lines.location(this.file, range[0], range[1]);
  }
}
