/**
 * DynamoDB Scans and PartiQL statements in Python: boto3 clients (`client.scan`, `get_paginator('scan')`,
 * `execute_statement`), boto3 resources (`Table(…).scan`) and PynamoDB models (`Model.scan`). A `scan`
 * counts only when boto3/PynamoDB, DynamoDB's own parameter names or the receiver's name tie it to
 * DynamoDB: HappyBase, Redis `scan` and others do not.
 */
import type { Node } from 'web-tree-sitter';
import {
  argumentsOf,
  constantString,
  nameField,
  SCAN_PARAMETERS,
  scanDetection,
  ScopedNames,
  unescapeSequence,
  type Detection,
  type FileDetector,
  type LanguageDetector,
  type ScopeNamer,
  type ValueReader,
} from './syntax.ts';

const BOTO3 = 'boto3';
const PYNAMODB = 'pynamodb';

const CLIENT_NAME = /dynamo|ddb/i;

type Handle =
  | { readonly kind: 'module'; readonly name: string }
  | { readonly kind: 'client' }
  | { readonly kind: 'resource' }
  | { readonly kind: 'table'; readonly name?: Node }
  | { readonly kind: 'paginator'; readonly call: Node }
  | { readonly kind: 'model'; readonly table?: Node };

const SCOPES: Readonly<Record<string, ScopeNamer>> = {
  function_definition: nameField,
  class_definition: nameField,
};

const FUNCTIONS = new Set(['function_definition', 'module']);

const PATTERNS = [
  ...['import_statement', 'import_from_statement', 'assignment', 'class_definition'].map((type) => ({
    type,
    pattern: `(${type}) @declaration`,
  })),
  {
    type: 'call',
    pattern: `(call
      function: (attribute attribute: (identifier) @_method)
      (#any-of? @_method "scan" "get_paginator" "paginate" "execute_statement")) @candidate`,
  },
];

export const pythonDetector: LanguageDetector = {
  patterns: PATTERNS,
  scopes: SCOPES,
  forFile: (declarations) => new PyFile(declarations),
};

function isPaginatorFactory(node: Node): boolean {
  return node.childForFieldName('function')?.childForFieldName('attribute')?.text === 'get_paginator';
}

class PyFile implements FileDetector {
  /** `get_paginator('scan')` calls whose paginator pages somewhere: reported where it pages. */
  private readonly paging = new Set<number>();

  private readonly bindings = new ScopedNames<Node>(FUNCTIONS, (name) => name.startsWith('self.'));
  private readonly imports = new Map<string, string>();
  private readonly models = new Map<string, Node | undefined>();

  constructor(declarations: readonly Node[]) {
    for (const node of declarations) this.declare(node);
  }

  private declare(node: Node): void {
    if (node.type === 'import_statement') {
      for (const name of node.childrenForFieldName('name')) {
        const dotted = name.type === 'aliased_import' ? name.childForFieldName('name') : name;
        const local =
          name.type === 'aliased_import' ? name.childForFieldName('alias')?.text : dotted?.text.split('.')[0];
        if (dotted && local) this.imports.set(local, dotted.text);
      }
    } else if (node.type === 'import_from_statement') {
      const module = node.childForFieldName('module_name')?.text ?? '';
      for (const name of node.childrenForFieldName('name')) {
        const imported = name.type === 'aliased_import' ? name.childForFieldName('name')?.text : name.text;
        const local = name.type === 'aliased_import' ? name.childForFieldName('alias')?.text : name.text;
        if (imported && local) this.imports.set(local, `${module}.${imported}`);
      }
    } else if (node.type === 'assignment') {
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      if (left && right && (left.type === 'identifier' || left.type === 'attribute'))
        this.bindings.set(left.text, right, node);
    } else if (node.type === 'class_definition') {
      const name = node.childForFieldName('name')?.text;
      const bases = argumentsOf(node.childForFieldName('superclasses'));
      if (name && bases.some((base) => this.isPynamoModel(base))) this.models.set(name, metaTableName(node));
    }
  }

  /** A PynamoDB `Model` base class, or a same-file subclass of one. */
  private isPynamoModel(base: Node): boolean {
    const imported = this.imports.get(base.text.split('.')[0] ?? '');
    if (imported?.startsWith('pynamodb')) return true;
    return this.models.has(base.text);
  }

  private resolve(node: Node | null | undefined, depth = 0): Handle | undefined {
    if (!node || depth > 8) return undefined;
    if (node.type === 'identifier' || node.type === 'attribute') {
      if (this.models.has(node.text)) {
        const table = this.models.get(node.text);
        return { kind: 'model', ...(table ? { table } : {}) };
      }
      const bound = this.bindings.get(node.text, node);
      if (bound) return this.resolve(bound, depth + 1);
      const imported = this.imports.get(node.text);
      if (imported) return { kind: 'module', name: imported };
      return undefined;
    }
    if (node.type === 'parenthesized_expression' || node.type === 'await')
      return this.resolve(node.namedChildren[0], depth + 1);
    if (node.type !== 'call') return undefined;
    const callee = node.childForFieldName('function');
    if (callee?.type !== 'attribute') return undefined;
    const method = callee.childForFieldName('attribute')?.text;
    const args = argumentsOf(node.childForFieldName('arguments'));
    const first = args[0] ? stringValue(args[0]) : undefined;
    // boto3.client('dynamodb'), session.client('dynamodb', region_name=…)
    if ((method === 'client' || method === 'resource') && first === 'dynamodb')
      return { kind: method === 'client' ? 'client' : 'resource' };
    const receiver = this.resolve(callee.childForFieldName('object'), depth + 1);
    if (method === 'Table' && (receiver?.kind === 'resource' || this.usesBoto3())) {
      const name = args.find((a) => a.type !== 'keyword_argument') ?? keyword(args, 'name');
      return { kind: 'table', ...(name ? { name } : {}) };
    }
    if (
      method === 'get_paginator' &&
      first === 'scan' &&
      this.isClient(callee.childForFieldName('object'), receiver)
    )
      return { kind: 'paginator', call: node };
    return undefined;
  }

  private usesBoto3(): boolean {
    return [...this.imports.values()].some((module) => module.startsWith(BOTO3));
  }

  private isClient(receiver: Node | null, handle: Handle | undefined): boolean {
    if (handle?.kind === 'client') return true;
    const name =
      receiver?.type === 'attribute' ? receiver.childForFieldName('attribute')?.text : receiver?.text;
    return name !== undefined && CLIENT_NAME.test(name);
  }

  /** A paginator is reported where it pages (with its arguments), or where it is made if it never does. */
  finish(found: Detection[]): Detection[] {
    return found.filter((d) => !(this.paging.has(d.node.id) && isPaginatorFactory(d.node)));
  }

  detect(node: Node): Detection | undefined {
    const found = this.call(node);
    if (found?.madeBy) this.paging.add(found.madeBy.id);
    return found?.detection;
  }

  private call(node: Node): { detection: Detection; madeBy?: Node } | undefined {
    const callee = node.childForFieldName('function');
    const method = callee?.childForFieldName('attribute')?.text;
    const receiverNode = callee?.childForFieldName('object') ?? null;
    const receiver = this.resolve(receiverNode);
    const args = argumentsOf(node.childForFieldName('arguments'));
    const keys = args.flatMap((a) =>
      a.type === 'keyword_argument' ? [a.childForFieldName('name')?.text ?? ''] : [],
    );
    switch (method) {
      case 'scan': {
        if (receiver?.kind === 'model') return { detection: this.pynamoScan(node, receiver.table, args) };
        if (receiver?.kind === 'table') return { detection: this.sdkScan(node, args, receiver.name) };
        if (this.isClient(receiverNode, receiver) || keys.some((k) => SCAN_PARAMETERS.has(k)))
          return { detection: this.sdkScan(node, args, keyword(args, 'TableName')) };
        return undefined;
      }
      case 'get_paginator':
        return this.resolve(node)?.kind === 'paginator'
          ? { detection: { ...this.sdkScan(node, [], undefined), paginated: true } }
          : undefined;
      case 'paginate':
        if (receiver?.kind !== 'paginator') return undefined;
        return {
          detection: { ...this.sdkScan(node, args, keyword(args, 'TableName')), paginated: true },
          madeBy: receiver.call,
        };
      case 'execute_statement': {
        if (!this.isClient(receiverNode, receiver) && !keys.includes('Statement')) return undefined;
        const statement = keyword(args, 'Statement');
        const text = statement ? constantString(this.values, statement) : undefined;
        return text === undefined
          ? undefined
          : { detection: { node, operation: 'ExecuteStatement', library: BOTO3, statement: text } };
      }
      default:
        return undefined;
    }
  }

  private sdkScan(node: Node, args: Node[], table: Node | undefined): Detection {
    const segments = keyword(args, 'TotalSegments');
    return scanDetection(node, BOTO3, { table, segments }, this.values, FUNCTIONS);
  }

  /** PynamoDB's `scan` pages through the table itself; `segment`/`total_segments` make it parallel. */
  private pynamoScan(node: Node, table: Node | undefined, args: Node[]): Detection {
    const segments = keyword(args, 'total_segments');
    return scanDetection(node, PYNAMODB, { table, segments, paginated: true }, this.values, FUNCTIONS);
  }

  private readonly values: ValueReader = {
    literal: stringValue,
    environment: environmentVariable,
    bound: (node) =>
      node.type === 'identifier' || node.type === 'attribute'
        ? this.bindings.get(node.text, node)
        : undefined,
    preferred: (node) =>
      node.type === 'boolean_operator' ? (node.childForFieldName('left') ?? undefined) : undefined,
  };
}

function keyword(args: readonly Node[], name: string): Node | undefined {
  const found = args.find((a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === name);
  return found?.childForFieldName('value') ?? undefined;
}

/** A plain string literal's text (no f-string interpolation), escapes decoded unless it is a raw string. */
function stringValue(node: Node): string | undefined {
  if (node.type !== 'string' || node.namedChildren.some((c) => c.type === 'interpolation')) return undefined;
  const raw = /^[a-zA-Z]*[rR]/.test(node.text);
  return node.namedChildren
    .filter((c) => c.type === 'string_content')
    .map((content) => (raw ? content.text : decodeEscapes(content)))
    .join('');
}

/** `string_content` holds its escapes as children, the plain text between them as its own text. */
function decodeEscapes(content: Node): string {
  const text = content.text;
  let decoded = '';
  let at = 0;
  for (const escape of content.namedChildren) {
    if (escape.type !== 'escape_sequence') continue;
    const start = escape.startIndex - content.startIndex;
    decoded += text.slice(at, start) + unescapeSequence(escape.text);
    at = start + escape.text.length;
  }
  return decoded + text.slice(at);
}

/** `os.environ['X']`, `os.environ.get('X')`, `os.getenv('X')` → X. */
function environmentVariable(node: Node): string | undefined {
  if (node.type === 'subscript' && node.childForFieldName('value')?.text.endsWith('environ')) {
    const key = node.childForFieldName('subscript');
    return key ? stringValue(key) : undefined;
  }
  if (node.type !== 'call') return undefined;
  const callee = node.childForFieldName('function')?.text ?? '';
  if (!/(^|\.)(environ\.get|getenv)$/.test(callee)) return undefined;
  const first = argumentsOf(node.childForFieldName('arguments'))[0];
  return first ? stringValue(first) : undefined;
}

/** `class Meta: table_name = '…'` inside a PynamoDB model. */
function metaTableName(model: Node): Node | undefined {
  const meta = model
    .childForFieldName('body')
    ?.namedChildren.find(
      (c) => c.type === 'class_definition' && c.childForFieldName('name')?.text === 'Meta',
    );
  for (const assignment of meta?.descendantsOfType('assignment') ?? []) {
    if (assignment.childForFieldName('left')?.text === 'table_name')
      return assignment.childForFieldName('right') ?? undefined;
  }
  return undefined;
}
