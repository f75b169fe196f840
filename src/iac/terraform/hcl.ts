/**
 * Native HCL front end: the tree-sitter Terraform grammar's syntax tree → `Body`/`Expression` with exact
 * positions. A file with syntax errors yields the first error's position instead of a tree.
 */
import type { Node, Parser } from 'web-tree-sitter';
import { locationOf } from '../../parsers/tree-sitter.ts';
import { fileStart, type Location } from '../../model.ts';
import {
  MAX_PARSED_BRACKET_DEPTH,
  MAX_PARSE_MS,
  bracketsNestedBeyond,
  createParser,
  parseWithin,
} from '../../parsers/tree-sitter.ts';
import { SourceLimitError, nestedTooDeeply } from '../source-tree.ts';
import { rewriteIntegerExponents } from './numbers.ts';
import type { Attribute, Block, Body, ConfigFile, Expression, ObjectEntry, TraversalStep } from './tree.ts';

export interface SyntaxProblem {
  readonly message: string;
  readonly location: Location;
  /** The file is valid but too costly to read (slow to parse, nested too deeply): skipped, not an error. */
  readonly skipped?: boolean;
}

/** Blocks and expressions nested deeper than this are not read: the reader recurses once per level. */
export const MAX_HCL_NESTING = 256;

let parser: Promise<Parser> | undefined;

/** One parser for the process: parsing is synchronous, so calls never interleave. */
export function hclParser(): Promise<Parser> {
  parser ??= createParser('terraform');
  return parser;
}

export function parseHcl(parser: Parser, source: string, file: string): ConfigFile | SyntaxProblem {
  let text = source;
  let numbers: ReadonlyMap<number, number> = new Map();
  if (bracketsNestedBeyond(text, MAX_PARSED_BRACKET_DEPTH)) {
    return { message: nestedTooDeeply(fileStart(file)).message, location: fileStart(file), skipped: true };
  }
  let tree = parseWithin(parser, text);
  if (!tree) return tooSlow(file);
  if (tree.rootNode.hasError && /\d[eE][+-]?\d/.test(text)) {
    // Integer literals with an exponent trip the grammar: retry with them rewritten, keep the first error
    // if that does not help.
    const rewrite = rewriteIntegerExponents(text);
    const retried = rewrite.numbers.size ? parseWithin(parser, rewrite.text) : null;
    if (retried && !retried.rootNode.hasError) {
      tree.delete();
      tree = retried;
      ({ text, numbers } = rewrite);
    } else {
      retried?.delete();
    }
  }
  try {
    const root = tree.rootNode;
    if (root.hasError) return syntaxProblem(root, file);
    const reader = new HclReader(text, file, numbers);
    const bodyNode = root.namedChildren.find((c) => c?.type === 'body');
    // Comments matter only for suppressions: most files have none, and the text says so before the tree.
    const comments = text.includes('dynalint-ignore')
      ? root
          .descendantsOfType('comment')
          .flatMap((c) => (c ? [{ text: c.text, location: locationOf(c, file) }] : []))
      : [];
    return {
      file,
      body: bodyNode ? reader.body(bodyNode) : emptyBody(locationOf(root, file)),
      comments,
    };
  } catch (error) {
    if (error instanceof SourceLimitError) {
      return { message: error.message, location: error.location, skipped: true };
    }
    throw error;
  } finally {
    tree.delete();
  }
}

function tooSlow(file: string): SyntaxProblem {
  return {
    message: `parsing took longer than ${MAX_PARSE_MS / 1000} s`,
    location: fileLocation(file),
    skipped: true,
  };
}

function fileLocation(file: string): Location {
  return { file, line: 1, column: 1, endLine: 1, endColumn: 1 };
}

function emptyBody(location: Location): Body {
  return { attributes: [], blocks: [], location, syntax: 'native' };
}

/** The first ERROR or MISSING node in document order: where the parser gave up. */
function syntaxProblem(root: Node, file: string): SyntaxProblem {
  const cursor = root.walk();
  try {
    for (;;) {
      const node = cursor.currentNode;
      if (node.isMissing) {
        return { message: `HCL: missing "${node.type}"`, location: locationOf(node, file) };
      }
      if (node.isError) {
        const text = node.text.split('\n')[0]?.trim().slice(0, 40) ?? '';
        return {
          message: text ? `HCL: unexpected "${text}"` : 'HCL: syntax error',
          location: locationOf(node, file),
        };
      }
      if (node.hasError && cursor.gotoFirstChild()) continue;
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) return { message: 'HCL: syntax error', location: locationOf(root, file) };
      }
    }
  } finally {
    cursor.delete();
  }
}

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

/** HCL string escapes, and `$${`/`%%{` (literal `${`/`%{` in templates); heredocs keep backslashes. */
export function unescapeHcl(text: string, heredoc = false): string {
  if (heredoc) return text.replace(/([$%])\1\{/g, '$1{');
  return text.replace(
    /\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|(.))|([$%])\4\{/g,
    (match, u4: string, u8: string, single: string, marker: string) => {
      if (marker) return `${marker}{`;
      if (u4 || u8) return String.fromCodePoint(parseInt(u4 || u8, 16));
      return ESCAPES[single] ?? match;
    },
  );
}

class HclReader {
  private depth = 0;

  constructor(
    private readonly text: string,
    private readonly file: string,
    /** Literals rewritten before parsing (`1e3`), by offset. */
    private readonly numbers: ReadonlyMap<number, number>,
  ) {}

  private at(node: Node): Location {
    return locationOf(node, this.file);
  }

  body(node: Node): Body {
    const attributes: Attribute[] = [];
    const blocks: Block[] = [];
    for (const child of node.namedChildren) {
      if (child?.type === 'attribute') attributes.push(this.attribute(child));
      else if (child?.type === 'block') blocks.push(this.block(child));
    }
    return { attributes, blocks, location: this.at(node), syntax: 'native' };
  }

  private attribute(node: Node): Attribute {
    const name = node.namedChildren.find((c) => c?.type === 'identifier');
    const value = node.namedChildren.find((c) => c?.type === 'expression');
    return {
      name: name?.text ?? '',
      value: value ? this.expression(value) : this.opaque('nothing', node),
      location: this.at(node),
    };
  }

  /** Runs `read` one level deeper; past `MAX_HCL_NESTING` the whole file is skipped. */
  private nested<T>(node: Node, read: () => T): T {
    if (this.depth >= MAX_HCL_NESTING) {
      throw new SourceLimitError(
        `blocks or expressions nested more than ${MAX_HCL_NESTING} levels deep`,
        this.at(node),
      );
    }
    this.depth += 1;
    try {
      return read();
    } finally {
      this.depth -= 1;
    }
  }

  private block(node: Node): Block {
    return this.nested(node, () => this.blockAt(node));
  }

  private blockAt(node: Node): Block {
    let type = '';
    const labels: string[] = [];
    let body: Body | undefined;
    for (const child of node.namedChildren) {
      if (!child) continue;
      if (child.type === 'identifier') {
        if (type) labels.push(child.text);
        else type = child.text;
      } else if (child.type === 'string_lit') {
        labels.push(this.stringLiteral(child));
      } else if (child.type === 'body') {
        body = this.body(child);
      }
    }
    return { type, labels, body: body ?? emptyBody(this.at(node)), location: this.at(node) };
  }

  /** `expression` nodes wrap one value node, optionally followed by traversal steps (`.x`, `[0]`, splats). */
  expression(node: Node): Expression {
    return this.sequence(
      node.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment'),
      node,
    );
  }

  /** A value node and the traversal steps after it; `whole` spans them (an expression or an operand). */
  private sequence(children: readonly Node[], whole: Node): Expression {
    const node = whole;
    const [first, ...steps] = children;
    if (!first) return this.opaque('an empty expression', node);
    if (steps.length === 0) return this.value(first);
    if (first.type !== 'variable_expr') return this.opaque('an expression with indexes', node);
    const traversal: TraversalStep[] = [];
    for (const step of steps) {
      if (step.type === 'get_attr') {
        const name = step.namedChildren.find((c) => c?.type === 'identifier');
        traversal.push({ kind: 'attribute', name: name?.text ?? '' });
      } else if (step.type === 'index') {
        const index = step.namedChildren[0];
        const key = index?.namedChildren.find((c) => c?.type === 'expression');
        if (index?.type === 'legacy_index') {
          const digits = index.text.replace(/^\./, '');
          traversal.push({
            kind: 'index',
            key: { kind: 'literal', value: Number(digits), location: this.at(index) },
          });
        } else if (key) {
          traversal.push({ kind: 'index', key: this.expression(key) });
        } else {
          return this.opaque('an index expression', node);
        }
      } else {
        return this.opaque(`a ${step.type.replace(/_/g, ' ')}`, node);
      }
    }
    const location =
      whole.namedChildren.length === children.length
        ? this.at(node)
        : this.span(first, children.at(-1) ?? first);
    return { kind: 'traversal', root: first.text, steps: traversal, location };
  }

  private span(from: Node, to: Node): Location {
    const start = this.at(from);
    const end = this.at(to);
    return { ...start, endLine: end.endLine, endColumn: end.endColumn };
  }

  /** Every kind of expression is read through here (operands too), so it counts the nesting. */
  private value(node: Node): Expression {
    return this.nested(node, () => this.valueAt(node));
  }

  private valueAt(node: Node): Expression {
    switch (node.type) {
      case 'expression':
        return this.expression(node);
      case 'literal_value':
        return this.literal(node);
      case 'collection_value': {
        const collection = node.namedChildren[0];
        if (collection?.type === 'tuple') return this.tuple(collection);
        if (collection?.type === 'object') return this.object(collection);
        return this.opaque('a collection', node);
      }
      case 'template_expr': {
        const template = node.namedChildren[0];
        return template ? this.template(template) : this.opaque('a template', node);
      }
      case 'variable_expr':
        return { kind: 'traversal', root: node.text, steps: [], location: this.at(node) };
      case 'function_call': {
        const name = node.namedChildren.find((c) => c?.type === 'identifier')?.text ?? '';
        const args = node.namedChildren
          .find((c) => c?.type === 'function_arguments')
          ?.namedChildren.filter((c): c is Node => c?.type === 'expression')
          .map((c) => this.expression(c));
        return { kind: 'call', name, args: args ?? [], location: this.at(node) };
      }
      case 'conditional': {
        const [condition, whenTrue, whenFalse] = node.namedChildren.filter(
          (c): c is Node => c?.type === 'expression',
        );
        if (!condition || !whenTrue || !whenFalse) return this.opaque('a conditional expression', node);
        return {
          kind: 'conditional',
          condition: this.expression(condition),
          whenTrue: this.expression(whenTrue),
          whenFalse: this.expression(whenFalse),
          location: this.at(node),
        };
      }
      case 'for_expr':
        return this.opaque('a for expression', node);
      case 'operation':
        return this.negativeNumber(node) ?? this.operation(node);
      default:
        return this.opaque(`a ${node.type.replace(/_/g, ' ')}`, node);
    }
  }

  /**
   * `unary_operation` (operator, operand) or `binary_operation` (left, operator, right). An operand that is
   * a traversal (`var.a.b != null`) is spread over several sibling nodes, so operands are split at the
   * operator token.
   */
  private operation(node: Node): Expression {
    const operation = node.namedChildren[0];
    if (!operation) return this.opaque('an operator expression', node);
    const children = operation.children.filter(
      (c): c is Node => c !== null && c.type !== 'comment' && c.type !== '(' && c.type !== ')',
    );
    const operatorAt = children.findIndex((c) => !c.isNamed);
    const operator = children[operatorAt];
    if (!operator) return this.opaque('an operator expression', node);
    const groups = [children.slice(0, operatorAt), children.slice(operatorAt + 1)].filter((g) => g.length);
    const operands = groups.map((group) => this.sequence(group, operation));
    const arity = operation.type === 'unary_operation' ? 1 : 2;
    if (operands.length !== arity) return this.opaque('an operator expression', node);
    return { kind: 'operation', operator: operator.type, operands, location: this.at(node) };
  }

  /** `-3`: HCL writes negative numbers as a unary minus on a literal. */
  private negativeNumber(node: Node): Expression | undefined {
    const unary = node.namedChildren[0];
    if (unary?.type !== 'unary_operation' || unary.child(0)?.type !== '-') return undefined;
    const operand = unary.namedChildren.find((c) => c?.type === 'literal_value');
    const number = operand?.namedChildren[0];
    if (number?.type !== 'numeric_lit') return undefined;
    return { kind: 'literal', value: -this.number(number), location: this.at(node) };
  }

  private number(node: Node): number {
    return this.numbers.get(node.startIndex) ?? Number(node.text);
  }

  private literal(node: Node): Expression {
    const child = node.namedChildren[0];
    const location = this.at(node);
    switch (child?.type) {
      case 'numeric_lit':
        return { kind: 'literal', value: this.number(child), location };
      case 'bool_lit':
        return { kind: 'literal', value: child.text === 'true', location };
      case 'null_lit':
        return { kind: 'literal', value: null, location };
      case 'string_lit':
        return { kind: 'literal', value: this.stringLiteral(child), location };
      default:
        return this.opaque('a literal', node);
    }
  }

  private stringLiteral(node: Node): string {
    const start = node.child(0);
    const end = node.child(node.childCount - 1);
    if (!start || !end || start === end) return '';
    return unescapeHcl(this.text.slice(start.endIndex, end.startIndex));
  }

  private tuple(node: Node): Expression {
    const items = node.namedChildren
      .filter((c): c is Node => c?.type === 'expression')
      .map((c) => this.expression(c));
    return { kind: 'tuple', items, location: this.at(node) };
  }

  private object(node: Node): Expression {
    const entries: ObjectEntry[] = [];
    for (const element of node.namedChildren) {
      if (element?.type !== 'object_elem') continue;
      const keyNode = element.childForFieldName('key');
      const valueNode = element.childForFieldName('val');
      if (!keyNode || !valueNode) continue;
      entries.push({
        key: this.objectKey(keyNode),
        keyLocation: this.at(keyNode),
        value: this.expression(valueNode),
        location: this.at(element),
      });
    }
    return { kind: 'object', entries, location: this.at(node) };
  }

  /** A bare name or a literal string; parenthesised or computed keys are not known statically. */
  private objectKey(node: Node): string | undefined {
    const key = this.expression(node);
    if (key.kind === 'literal' && typeof key.value === 'string') return key.value;
    if (key.kind === 'traversal' && key.steps.length === 0 && node.namedChildren.length === 1) {
      return key.root;
    }
    return undefined;
  }

  /** Quoted and heredoc templates: literal text between the delimiters, interpolations as expressions. */
  private template(node: Node): Expression {
    const heredoc = node.type === 'heredoc_template';
    const children = node.children.filter((c): c is Node => c !== null);
    if (children.some((c) => c.type === 'template_directive')) {
      return this.opaque('a template directive (%{ … })', node);
    }
    const opening = heredoc ? children.find((c) => c.type === 'heredoc_identifier') : children[0];
    const closing = children.at(-1);
    if (!opening || !closing) return this.opaque('a template', node);
    let from = heredoc ? this.text.indexOf('\n', opening.endIndex) + 1 : opening.endIndex;
    const to = heredoc ? this.text.lastIndexOf('\n', closing.startIndex) + 1 : closing.startIndex;
    const parts: (string | Expression)[] = [];
    for (const child of children) {
      if (child.type !== 'template_interpolation') continue;
      parts.push(this.text.slice(from, child.startIndex));
      const inner = child.namedChildren.find((c) => c?.type === 'expression');
      parts.push(inner ? this.expression(inner) : this.opaque('an interpolation', child));
      from = child.endIndex;
    }
    parts.push(this.text.slice(from, Math.max(from, to)));
    const strip = heredoc && node.text.startsWith('<<-') ? commonIndent(parts) : 0;
    // `<<-` strips indentation at line starts: the first part starts a line, later ones only after `\n`.
    const literal = (text: string, first: boolean): string =>
      unescapeHcl(
        strip ? text.replace(new RegExp(`(${first ? '^|' : ''}\\n)[ \\t]{0,${strip}}`, 'g'), '$1') : text,
        heredoc,
      );
    const cleaned = parts
      .map((p, i) => (typeof p === 'string' ? literal(p, i === 0) : p))
      .filter((p) => p !== '');
    const location = this.at(node);
    if (cleaned.length === 0) return { kind: 'literal', value: '', location };
    if (cleaned.length === 1 && typeof cleaned[0] === 'string') {
      return { kind: 'literal', value: cleaned[0], location };
    }
    return { kind: 'template', parts: cleaned, location };
  }

  private opaque(description: string, node: Node): Expression {
    return { kind: 'opaque', description, location: this.at(node) };
  }
}

/** The indentation `<<-` removes: the smallest of the non-blank lines. */
function commonIndent(parts: readonly (string | Expression)[]): number {
  const text = parts.map((p) => (typeof p === 'string' ? p : 'x')).join('');
  const indents = text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => /^[ \t]*/.exec(line)?.[0].length ?? 0);
  return indents.length ? Math.min(...indents) : 0;
}
