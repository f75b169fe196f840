/** JSON front end: `jsonc-parser`'s offset-carrying tree → `SourceNode`. */
import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import type { Location } from '../model.ts';
import {
  LineIndex,
  MAX_SOURCE_NESTING,
  SourceSyntaxError,
  detached,
  mapFromEntries,
  nestedTooDeeply,
  type MapEntry,
  type ParsedSource,
  type SourceNode,
} from './source-tree.ts';

export function parseJsonSource(text: string, file: string): ParsedSource {
  const lines = new LineIndex(text);
  const errors: ParseError[] = [];
  const tree = parseDeep(text, errors, lines, file);
  const error = errors[0];
  if (error) {
    throw new SourceSyntaxError(
      `JSON: ${describeJsonError(printParseErrorCode(error.error))}`,
      lines.location(file, error.offset, error.offset + Math.max(1, error.length)),
    );
  }
  return { root: tree ? convert(tree, lines, file, 0) : undefined, lines };
}

/** The parser recurses per nesting level: a stack overflow means the document is nested too deeply. */
function parseDeep(text: string, errors: ParseError[], lines: LineIndex, file: string): JsonNode | undefined {
  try {
    return parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  } catch (error) {
    if (error instanceof RangeError) throw nestedTooDeeply(lines.location(file, 0, 1));
    throw error;
  }
}

function describeJsonError(code: string): string {
  // jsonc-parser names errors in PascalCase (`CommaExpected`); spell them out for people.
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function convert(node: JsonNode, lines: LineIndex, file: string, depth: number): SourceNode {
  const location = locate(node, lines, file);
  if (depth > MAX_SOURCE_NESTING) throw nestedTooDeeply(location);
  switch (node.type) {
    case 'object': {
      const entries: MapEntry[] = [];
      for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (!keyNode) continue;
        const keyLocation = locate(keyNode, lines, file);
        const value: SourceNode = valueNode
          ? convert(valueNode, lines, file, depth + 1)
          : { kind: 'scalar', value: null, location: keyLocation };
        entries.push({
          key: detached(String(keyNode.value)),
          keyLocation,
          value,
          location: locate(property, lines, file),
        });
      }
      return mapFromEntries(entries, location);
    }
    case 'array':
      return {
        kind: 'seq',
        items: (node.children ?? []).map((c) => convert(c, lines, file, depth + 1)),
        location,
      };
    case 'string':
    case 'number':
    case 'boolean':
      return { kind: 'scalar', value: detached(node.value as string | number | boolean), location };
    default:
      return { kind: 'scalar', value: null, location };
  }
}

function locate(node: JsonNode, lines: LineIndex, file: string): Location {
  return lines.location(file, node.offset, node.offset + node.length);
}

/** JSON when the name says so or the first meaningful character opens an object. */
export function isJsonText(name: string, text: string): boolean {
  if (name.toLowerCase().endsWith('.json')) return true;
  const first = /\S/.exec(text);
  return first?.[0] === '{';
}
