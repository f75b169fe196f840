/**
 * DynamoDB Scans and PartiQL statements in Python: boto3 clients (`client.scan`, `get_paginator('scan')`,
 * `execute_statement`), boto3 resources (`Table(…).scan`) and PynamoDB models (`Model.scan`). A `scan`
 * counts only when boto3/PynamoDB, DynamoDB's own parameter names or the receiver's name tie it to
 * DynamoDB: HappyBase, Redis `scan` and others do not.
 */
import type { Node } from 'web-tree-sitter';
import type { DataOperation, KeyOperator } from '../model.ts';
import {
  argumentsOf,
  constantString,
  enclosing,
  nameField,
  readsPages,
  SCAN_PARAMETERS,
  scanDetection,
  ScopedNames,
  tableReference,
  type Detection,
  type DetectedAccess,
  type FileDetector,
  type LanguageDetector,
  type ScopeNamer,
  type ValueReader,
} from './syntax.ts';
import { environmentVariable, formatted, stringValue } from './python-strings.ts';
import { statementText } from './templates.ts';
import {
  batchHandling,
  requestAccess,
  withTables,
  throughNames,
  scanWithAccess,
  queryPaging,
  detected,
  type LocatedKeyTerm,
  type MapEntry,
  type RequestFields,
} from './request-facts.ts';
import {
  attributeClass,
  conditionReferences,
  metaValue,
  modelAttributes,
  rangeCondition,
  type ModelAttribute,
} from './pynamodb.ts';

const BOTO3 = 'boto3';
const PYNAMODB = 'pynamodb';

/** Modules whose presence ties a file to AWS's Python SDK. */
const AWS_SDK_MODULE = /^(boto3|aioboto3|botocore|aiobotocore|mypy_boto3_dynamodb|types_boto3_dynamodb)\b/;

/** A receiver named like a DynamoDB client or table, for values the file cannot trace (parameters). */
const CLIENT_NAME = /dynamo|ddb/i;
const TABLE_NAME = /dynamo|ddb|table/i;

type Handle =
  | { readonly kind: 'module'; readonly name: string }
  | { readonly kind: 'client' }
  | { readonly kind: 'resource' }
  | { readonly kind: 'table'; readonly name?: Node }
  | { readonly kind: 'paginator'; readonly call: Node; readonly operation: 'Scan' | 'Query' }
  | { readonly kind: 'model'; readonly table?: Node }
  /** An instance of a PynamoDB model (`Order(…)`, a parameter annotated `Order`): its item methods. */
  | { readonly kind: 'item'; readonly model: string }
  /** A value whose origin the file shows and which is not DynamoDB's (a Redis client, a dict, a backend). */
  | { readonly kind: 'other' };

const OTHER: Handle = { kind: 'other' };

/** boto3 method → the operation it runs (Scan, PartiQL and paginators are handled on their own). */
const OPERATIONS: Readonly<Record<string, DataOperation>> = {
  query: 'Query',
  get_item: 'GetItem',
  put_item: 'PutItem',
  update_item: 'UpdateItem',
  delete_item: 'DeleteItem',
  batch_get_item: 'BatchGetItem',
  batch_write_item: 'BatchWriteItem',
  transact_get_items: 'TransactGetItems',
  transact_write_items: 'TransactWriteItems',
};

/** A PynamoDB item's methods → operations. */
const ITEM_OPERATIONS: Readonly<Record<string, DataOperation>> = {
  save: 'PutItem',
  update: 'UpdateItem',
  delete: 'DeleteItem',
  refresh: 'GetItem',
};

/** What a boto3 `Table` resource can run on its own table. */
const TABLE_METHODS = new Set(['query', 'get_item', 'put_item', 'update_item', 'delete_item']);
/** What a boto3 service resource runs (the tables are the keys of `RequestItems`). */
const RESOURCE_METHODS = new Set(['batch_get_item', 'batch_write_item']);

/** Request parameters only DynamoDB's API takes: one ties an untraceable receiver's call to DynamoDB. */
const DYNAMODB_PARAMETERS = new Set([
  'TableName',
  'KeyConditionExpression',
  'UpdateExpression',
  'RequestItems',
  'TransactItems',
]);

/** boto3's condition builders: `Key('pk').eq(v)` methods → key operators. */
const KEY_METHODS: Readonly<Record<string, KeyOperator>> = {
  eq: '=',
  lt: '<',
  lte: '<=',
  gt: '>',
  gte: '>=',
  between: 'BETWEEN',
  begins_with: 'begins_with',
};
const CONDITIONS_MODULE = 'boto3.dynamodb.conditions';

const SCOPES: Readonly<Record<string, ScopeNamer>> = {
  function_definition: nameField,
  class_definition: nameField,
};

const FUNCTIONS = new Set(['function_definition', 'module']);

const PATTERNS = [
  ...[
    'import_statement',
    'import_from_statement',
    'assignment',
    'class_definition',
    'function_definition',
  ].map((type) => ({
    type,
    pattern: `(${type}) @declaration`,
  })),
  {
    type: 'call',
    pattern: `(call
      function: (attribute attribute: (identifier) @_method)
      (#any-of? @_method "scan" "get_paginator" "paginate" "execute_statement" "query" "get_item" "put_item"
        "update_item" "delete_item" "batch_get_item" "batch_write_item" "transact_get_items"
        "transact_write_items" "batch_writer" "batch_write" "save" "update" "delete" "refresh" "get")) @candidate`,
  },
  // `paginate(client.scan, TableName=…)`: the Scan method handed to a helper that calls it.
  {
    type: 'call',
    pattern: `(call
      arguments: (argument_list (attribute attribute: (identifier) @_method) @candidate)
      (#eq? @_method "scan"))`,
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

/** `cls.table` and `self.table` name one attribute of the instance (or its class). */
function memberName(node: Node): string {
  return node.text.replace(/^cls\./, 'self.');
}

class PyFile implements FileDetector {
  /** `get_paginator('scan')` calls whose paginator pages somewhere: reported where it pages. */
  private readonly paging = new Set<number>();

  private readonly bindings = new ScopedNames<Node>(FUNCTIONS, (name) => name.startsWith('self.'));
  /** `kwargs["ExclusiveStartKey"] = …`: the dictionary's name → the assignment. */
  private readonly items = new ScopedNames<Node>(FUNCTIONS);
  private readonly imports = new Map<string, string>();
  private readonly models = new Map<string, Node | undefined>();
  /** PynamoDB model and index classes by name: their bodies declare keys and indexes. */
  private readonly modelClasses = new Map<string, Node>();
  private readonly functions = new Map<string, Node[]>();
  private readonly classes = new Map<string, Node>();
  /**
   * Every call in the file by the name it calls (`f` for `f(…)`, `self.f(…)`, `obj.f(…)`), read once when a
   * parameter's arguments are looked for: each lookup then costs the calls of that name, not of the file.
   */
  private callsByName: Map<string, Node[]> | undefined;
  /**
   * A parameter's handle per function, name, depth and the functions being resolved: every use of a parameter
   * asks the same question (a file of n copies of a function would otherwise resolve n² arguments).
   */
  private readonly parameters = new Map<string, Handle | undefined>();
  /** What calls pass to a parameter, by callee names, parameter, depth and the functions being resolved. */
  private readonly passed = new Map<string, Handle | undefined>();
  /** Functions whose returns are being resolved: a recursive helper ends the search. */
  private readonly resolving = new Set<number>();
  /** A function's returned values, by node id: each definition is searched once, however often it is called. */
  private readonly returned = new Map<number, Node[]>();
  private readonly returnedHandles = new Map<readonly Node[], Handle | undefined>();
  private readonly resolved = new Map<string, Handle | undefined>();
  private readonly splats = new Map<number, [string, Node][]>();
  private readonly itemEntries = new Map<number, [string, Node] | undefined>();

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
      if (!left || !right) return;
      if (left.type === 'identifier' || left.type === 'attribute')
        this.bindings.set(memberName(left), right, node);
      else if (left.type === 'subscript' && left.childForFieldName('value')?.type === 'identifier')
        this.items.set(left.childForFieldName('value')?.text ?? '', node, node);
    } else if (node.type === 'class_definition') {
      const name = node.childForFieldName('name')?.text;
      const bases = argumentsOf(node.childForFieldName('superclasses'));
      if (!name) return;
      if (bases.some((base) => this.isPynamoModel(base))) {
        this.models.set(name, metaTableName(node));
        this.modelClasses.set(name, node);
      } else this.classes.set(name, node);
    } else if (node.type === 'function_definition') {
      const name = node.childForFieldName('name')?.text;
      if (name) this.functions.set(name, [...(this.functions.get(name) ?? []), node]);
    }
  }

  /** A PynamoDB `Model` base class, or a same-file subclass of one. */
  private isPynamoModel(base: Node): boolean {
    const imported = this.imports.get(base.text.split('.')[0] ?? '');
    if (imported?.startsWith('pynamodb')) return true;
    return this.models.has(base.text);
  }

  /**
   * What an expression is, remembered per node, depth and the functions being resolved (everything the
   * answer depends on): a name bound n times whose values use names bound n times would otherwise cost
   * n to the power of the depth.
   */
  private resolve(node: Node | null | undefined, depth = 0): Handle | undefined {
    if (!node || depth > 12) return undefined;
    const key = `${node.id}:${depth}:${[...this.resolving].join(',')}`;
    if (this.resolved.has(key)) return this.resolved.get(key);
    const handle = this.resolveUncached(node, depth);
    this.resolved.set(key, handle);
    return handle;
  }

  private resolveUncached(node: Node, depth: number): Handle | undefined {
    switch (node.type) {
      case 'identifier':
      case 'attribute':
        return this.resolveName(node, depth);
      case 'parenthesized_expression':
      case 'await':
        return this.resolve(node.namedChildren[0], depth + 1);
      case 'call':
        return this.resolveCall(node, depth);
      case 'subscript': {
        // `dynamodb_backends[account][region]`: an item of something the file shows is not DynamoDB.
        const value = this.resolve(node.childForFieldName('value'), depth + 1);
        return value?.kind === 'other' || (value?.kind === 'module' && !AWS_SDK_MODULE.test(value.name))
          ? OTHER
          : undefined;
      }
      case 'string':
      case 'integer':
      case 'float':
      case 'dictionary':
      case 'list':
      case 'tuple':
      case 'set':
      case 'none':
      case 'true':
      case 'false':
      case 'list_comprehension':
      case 'dictionary_comprehension':
        return OTHER;
      default:
        return undefined;
    }
  }

  private resolveName(node: Node, depth: number): Handle | undefined {
    const name = memberName(node);
    if (this.models.has(name)) {
      const table = this.models.get(name);
      return { kind: 'model', ...(table ? { table } : {}) };
    }
    const bound = this.bindings.all(name, node);
    if (bound.length) return this.firstOf(bound.map((value) => () => this.resolve(value, depth + 1)));
    const imported = this.imports.get(name);
    if (imported) return { kind: 'module', name: imported };
    if (name.startsWith('self.')) {
      // A `@property` of the class: what it returns.
      const accessor = this.functions.get(name.slice('self.'.length));
      return accessor ? this.returnedBy(accessor, depth) : undefined;
    }
    if (node.type === 'identifier') return this.parameter(node, depth);
    return undefined;
  }

  /** The first DynamoDB handle among lazily resolved candidates; `other` only when every one is. */
  private firstOf(candidates: readonly (() => Handle | undefined)[]): Handle | undefined {
    let allOther = candidates.length > 0;
    for (const candidate of candidates) {
      const handle = candidate();
      if (handle && handle.kind !== 'other') return handle;
      if (!handle) allOther = false;
    }
    return allOther ? OTHER : undefined;
  }

  private resolveCall(node: Node, depth: number): Handle | undefined {
    const callee = node.childForFieldName('function');
    const args = argumentsOf(node.childForFieldName('arguments'));
    const first = args[0] ? stringValue(args[0]) : undefined;
    if (callee?.type === 'identifier') {
      const imported = this.imports.get(callee.text);
      // `from boto3 import client` … `client("dynamodb")`
      if (imported && /^boto3\.(client|resource)$/.test(imported) && first === 'dynamodb')
        return { kind: imported.endsWith('client') ? 'client' : 'resource' };
      const functions = this.functions.get(callee.text);
      if (functions) return this.returnedBy(functions, depth);
      if (this.classes.has(callee.text)) return OTHER;
      if (this.modelClasses.has(callee.text)) return { kind: 'item', model: callee.text };
      if (imported && !AWS_SDK_MODULE.test(imported) && !imported.startsWith(PYNAMODB)) return OTHER;
      return undefined;
    }
    if (callee?.type !== 'attribute') return undefined;
    const method = callee.childForFieldName('attribute')?.text;
    const object = callee.childForFieldName('object');
    // boto3.client('dynamodb'), session.client('dynamodb', region_name=…)
    if ((method === 'client' || method === 'resource') && first === 'dynamodb')
      return { kind: method === 'client' ? 'client' : 'resource' };
    if (object && /^(self|cls)$/.test(object.text) && method && this.functions.has(method))
      return this.returnedBy(this.functions.get(method) ?? [], depth);
    const receiver = this.resolve(object, depth + 1);
    // Order.get(…) loads an item.
    if (receiver?.kind === 'model' && method === 'get' && object && this.modelClasses.has(object.text))
      return { kind: 'item', model: object.text };
    if (
      method === 'Table' &&
      (receiver?.kind === 'resource' || (receiver?.kind !== 'other' && this.usesBoto3()))
    ) {
      const name = args.find((a) => a.type !== 'keyword_argument') ?? keyword(args, 'name');
      return { kind: 'table', ...(name ? { name } : {}) };
    }
    // A resource's create_table returns the new Table (a client's returns a description).
    if (
      method === 'create_table' &&
      (receiver?.kind === 'resource' ||
        (receiver === undefined && this.usesBoto3() && keyword(args, 'KeySchema') !== undefined))
    ) {
      const name = keyword(args, 'TableName');
      return { kind: 'table', ...(name ? { name } : {}) };
    }
    if (
      method === 'get_paginator' &&
      (first === 'scan' || first === 'query') &&
      this.isClient(object, receiver)
    )
      return { kind: 'paginator', call: node, operation: first === 'scan' ? 'Scan' : 'Query' };
    if (receiver?.kind === 'other') return OTHER;
    if (
      receiver?.kind === 'module' &&
      !AWS_SDK_MODULE.test(receiver.name) &&
      !receiver.name.startsWith(PYNAMODB)
    )
      return OTHER;
    return undefined;
  }

  /**
   * What a same-file function returns, over all its `return` statements. Remembered per name when no
   * other resolution is under way (so no recursion guard shaped the answer): a file calling a function
   * n times with n definitions of its name would otherwise resolve n² returns.
   */
  private returnedBy(functions: readonly Node[], depth: number): Handle | undefined {
    const outermost = this.resolving.size === 0;
    if (outermost && this.returnedHandles.has(functions)) return this.returnedHandles.get(functions);
    const handle = this.returnedByUncached(functions, depth);
    if (outermost) this.returnedHandles.set(functions, handle);
    return handle;
  }

  private returnedByUncached(functions: readonly Node[], depth: number): Handle | undefined {
    const candidates = functions.flatMap((fn) => {
      if (this.resolving.has(fn.id)) return [];
      let values = this.returned.get(fn.id);
      if (!values) {
        values = returnsOf(fn);
        this.returned.set(fn.id, values);
      }
      return values.map((value) => () => {
        this.resolving.add(fn.id);
        try {
          return this.resolve(value, depth + 1);
        } finally {
          this.resolving.delete(fn.id);
        }
      });
    });
    return this.firstOf(candidates);
  }

  /**
   * A function parameter: its type annotation, its default, or what the file's calls of the function
   * pass (`Store(boto3.resource("dynamodb").Table("orders"))` for `__init__(self, table)`).
   */
  private parameter(node: Node, depth: number): Handle | undefined {
    const fn = enclosing(node, FUNCTION_DEFINITIONS);
    if (!fn) return undefined;
    const key = `${fn.id}:${node.text}:${depth}:${[...this.resolving].join(',')}`;
    if (this.parameters.has(key)) return this.parameters.get(key);
    const handle = this.parameterUncached(fn, node, depth);
    this.parameters.set(key, handle);
    return handle;
  }

  private parameterUncached(fn: Node, node: Node, depth: number): Handle | undefined {
    const parameters = argumentsOf(fn.childForFieldName('parameters'));
    const index = parameters.findIndex((p) => parameterName(p) === node.text);
    const declared = parameters[index];
    if (!declared) return undefined;
    const annotation = declared.childForFieldName('type')?.text ?? '';
    if (/\bDynamoDBClient\b/.test(annotation)) return { kind: 'client' };
    if (/\bDynamoDBServiceResource\b/.test(annotation)) return { kind: 'resource' };
    if (/\bTable\b/.test(annotation) && this.usesBoto3()) return { kind: 'table' };
    if (this.modelClasses.has(annotation)) return { kind: 'item', model: annotation };
    const fallback = declared.childForFieldName('value');
    const name = fn.childForFieldName('name')?.text ?? '';
    const method = enclosing(fn, FUNCTION_OR_CLASS)?.type === 'class_definition';
    const position = method ? index - 1 : index;
    const callees = new Set([name]);
    if (method && name === '__init__') {
      const owner = enclosing(fn, FUNCTION_OR_CLASS)?.childForFieldName('name')?.text;
      if (owner) callees.add(owner);
    }
    const found = this.passedTo(node, callees, position, depth);
    if (found && found.kind !== 'other') return found;
    return fallback ? this.resolve(fallback, depth + 1) : found;
  }

  /**
   * What the file's calls of `callees` pass as the parameter named by `parameter` (by keyword, or at
   * `position`). Remembered by callee names rather than by definition: n definitions of one name share the
   * same n calls, which would otherwise be looked through n² times.
   */
  private passedTo(
    parameter: Node,
    callees: ReadonlySet<string>,
    position: number,
    depth: number,
  ): Handle | undefined {
    const key = `${[...callees].join(',')}:${parameter.text}:${position}:${depth}:${[...this.resolving].join(',')}`;
    if (this.passed.has(key)) return this.passed.get(key);
    const passed = this.callsOf(parameter, callees).flatMap((call) => {
      const args = argumentsOf(call.childForFieldName('arguments'));
      const value =
        keyword(args, parameter.text) ?? args.filter((a) => a.type !== 'keyword_argument')[position];
      return value ? [() => this.resolve(value, depth + 1)] : [];
    });
    const found = this.firstOf(passed);
    this.passed.set(key, found);
    return found;
  }

  /** Calls in the file of a function or class named in `callees` (`f(…)`, `self.f(…)`, `obj.f(…)`). */
  private callsOf(anywhere: Node, callees: ReadonlySet<string>): Node[] {
    if (!this.callsByName) {
      this.callsByName = new Map();
      for (const call of anywhere.tree.rootNode.descendantsOfType('call')) {
        const callee = call.childForFieldName('function');
        const name =
          callee?.type === 'attribute' ? callee.childForFieldName('attribute')?.text : callee?.text;
        if (name === undefined) continue;
        const calls = this.callsByName.get(name);
        if (calls) calls.push(call);
        else this.callsByName.set(name, [call]);
      }
    }
    const byName = this.callsByName;
    // In file order, as one pass over the file's calls would list them.
    return [...callees].flatMap((name) => byName.get(name) ?? []).sort((a, b) => a.startIndex - b.startIndex);
  }

  private usesBoto3(): boolean {
    return [...this.imports.values()].some((module) => AWS_SDK_MODULE.test(module));
  }

  /**
   * A DynamoDB client by its origin; a receiver the file cannot trace (a parameter nobody in the file
   * passes, an attribute set elsewhere) by its name, and only in a file that uses the AWS SDK.
   */
  private isClient(receiver: Node | null, handle: Handle | undefined): boolean {
    if (handle?.kind === 'client') return true;
    if (handle && !(handle.kind === 'module' && !AWS_SDK_MODULE.test(handle.name))) return false;
    return this.usesBoto3() && CLIENT_NAME.test(lastName(receiver));
  }

  /** A boto3 Table by its origin, or (untraceable, in a file using the AWS SDK) by its name. */
  private isTable(receiver: Node | null, handle: Handle | undefined): boolean {
    if (handle?.kind === 'table') return true;
    if (handle && !(handle.kind === 'module' && !AWS_SDK_MODULE.test(handle.name))) return false;
    return this.usesBoto3() && TABLE_NAME.test(lastName(receiver));
  }

  /** A paginator is reported where it pages (with its arguments), or where it is made if it never does. */
  finish(found: Detection[]): Detection[] {
    return found.filter((d) => !(this.paging.has(d.node.id) && isPaginatorFactory(d.node)));
  }

  detect(node: Node): Detection | readonly Detection[] | undefined {
    if (node.type === 'attribute') return this.scanReference(node);
    const found = this.call(node);
    if (found?.madeBy) this.paging.add(found.madeBy.id);
    return found?.detection;
  }

  private call(node: Node): { detection: Detection | readonly Detection[]; madeBy?: Node } | undefined {
    const callee = node.childForFieldName('function');
    const method = callee?.childForFieldName('attribute')?.text;
    const receiverNode = callee?.childForFieldName('object') ?? null;
    // PynamoDB's `Order.get(…)`: a class's `get`, not every dictionary's.
    if (method === 'get' && !(receiverNode?.type === 'identifier' && /^[A-Z]/.test(receiverNode.text)))
      return undefined;
    const receiver = this.resolve(receiverNode);
    const args = argumentsOf(node.childForFieldName('arguments'));
    const keys = this.keywordNames(args);
    switch (method) {
      case 'scan': {
        if (receiver?.kind === 'model') return { detection: this.pynamoScan(node, receiver.table, args) };
        if (receiver?.kind === 'table') return { detection: this.sdkScan(node, args, receiver.name) };
        if (receiver?.kind === 'other') return undefined;
        if (this.isClient(receiverNode, receiver))
          return { detection: this.sdkScan(node, args, this.keyword(args, 'TableName')) };
        if (
          keys.some((k) => SCAN_PARAMETERS.has(k)) &&
          (receiver === undefined || receiver.kind === 'module')
        )
          return { detection: this.sdkScan(node, args, this.keyword(args, 'TableName')) };
        if (this.isTable(receiverNode, receiver)) return { detection: this.sdkScan(node, args, undefined) };
        const model =
          receiverNode && receiver?.kind === 'module'
            ? importedClass(receiverNode, receiver.name)
            : undefined;
        // `from models.order import OrderModel` … `OrderModel.scan()`: a PynamoDB scan if another file
        // declares that model, which only the whole scan knows.
        if (model)
          return {
            detection: { ...this.pynamoScan(node, undefined, args), entity: model, entityRequired: true },
          };
        return undefined;
      }
      case 'get_paginator': {
        const paginator = this.resolve(node);
        if (paginator?.kind !== 'paginator') return undefined;
        const made =
          paginator.operation === 'Scan'
            ? this.sdkScan(node, [], undefined)
            : this.query(node, [], undefined);
        return { detection: { ...made, paginated: true } };
      }
      case 'paginate': {
        if (receiver?.kind !== 'paginator') return undefined;
        const table = this.keyword(args, 'TableName');
        const made =
          receiver.operation === 'Scan' ? this.sdkScan(node, args, table) : this.query(node, args, table);
        return { detection: { ...made, paginated: true }, madeBy: receiver.call };
      }
      case 'execute_statement': {
        if (receiver?.kind === 'other') return undefined;
        if (!this.isClient(receiverNode, receiver) && !keys.includes('Statement')) return undefined;
        const statement = this.keyword(args, 'Statement');
        const text = statement ? statementText(this.values, statement) : undefined;
        return text === undefined
          ? undefined
          : { detection: { node, operation: 'ExecuteStatement', library: BOTO3, statement: text } };
      }
      default: {
        const detection = method
          ? this.operationCall(node, method, receiverNode, receiver, args, keys)
          : undefined;
        return detection ? { detection } : undefined;
      }
    }
  }

  /** Any other data-plane call: boto3 clients, resources and tables, PynamoDB models and indexes. */
  private operationCall(
    node: Node,
    method: string,
    receiverNode: Node | null,
    receiver: Handle | undefined,
    args: Node[],
    keys: readonly string[],
  ): Detection | readonly Detection[] | undefined {
    if (receiver?.kind === 'model') return this.pynamoCall(node, method, receiverNode, undefined, args);
    if (receiver?.kind === 'item') return this.pynamoItemCall(node, method, receiver.model, args);
    const index = receiverNode ? this.pynamoIndex(receiverNode) : undefined;
    if (index) return this.pynamoCall(node, method, index.model, index, args);
    if (method === 'batch_writer') {
      // The resource's batch writer resends what DynamoDB leaves unprocessed on its own.
      if (receiver?.kind !== 'table' && !(receiver === undefined && this.isTable(receiverNode, receiver)))
        return undefined;
      const table = receiver?.kind === 'table' ? receiver.name : undefined;
      return {
        node,
        operation: 'BatchWriteItem',
        library: BOTO3,
        unprocessedHandled: true,
        ...(table ? { table: tableReference(this.values, table) } : {}),
      };
    }
    const operation = OPERATIONS[method];
    if (!operation) return undefined;
    if (receiver?.kind === 'table')
      return TABLE_METHODS.has(method) ? this.request(node, operation, args, receiver.name) : undefined;
    if (receiver?.kind === 'resource')
      return RESOURCE_METHODS.has(method) ? this.request(node, operation, args, undefined) : undefined;
    if (receiver?.kind === 'other' || receiver?.kind === 'paginator') return undefined;
    if (
      this.isClient(receiverNode, receiver) ||
      (keys.some((k) => DYNAMODB_PARAMETERS.has(k)) && (receiver === undefined || receiver.kind === 'module'))
    )
      return this.request(node, operation, args, this.keyword(args, 'TableName'));
    if (TABLE_METHODS.has(method) && this.isTable(receiverNode, receiver))
      return this.request(node, operation, args, undefined);
    return undefined;
  }

  /** A low-level request (client, resource or table): its table(s) and access facts. */
  private request(node: Node, operation: DataOperation, args: Node[], table: Node | undefined): Detection[] {
    const fields = this.fields(args);
    const found: Detection = {
      node,
      operation,
      library: BOTO3,
      ...requestAccess(operation, fields, this.opaqueSplat(args)),
      ...batchHandling(operation, node),
      ...(operation === 'Query' &&
        queryPaging(
          node,
          { request: args.find((a) => a.type === 'dictionary_splat') },
          this.values,
          FUNCTIONS,
        )),
    };
    return withTables(found, fields, this.values, table);
  }

  private query(node: Node, args: Node[], table: Node | undefined): Detection {
    return this.request(node, 'Query', args, table)[0] ?? { node, operation: 'Query', library: BOTO3 };
  }

  /** A `**kwargs` whose dictionary the file does not build here: it may carry any field. */
  private opaqueSplat(args: readonly Node[]): Node | undefined {
    return args.find((a) => {
      const dictionary = a.type === 'dictionary_splat' ? a.namedChildren[0] : undefined;
      if (!dictionary) return false;
      const bound =
        dictionary.type === 'identifier' ? this.bindings.get(dictionary.text, dictionary) : undefined;
      const built =
        bound?.type === 'dictionary' ||
        (bound?.type === 'call' && bound.childForFieldName('function')?.text === 'dict');
      return !built;
    });
  }

  /** boto3 keyword arguments (written out or in a `**kwargs` dictionary) as request fields. */
  private fields(args: readonly Node[]): RequestFields {
    return {
      field: (name) => this.keyword(args, name),
      string: (node) => constantString(this.values, node),
      entries: (node) => this.dictionaryEntries(node),
      boolean: (node) => this.booleanValue(node),
      keyBuilder: (node) => this.keyBuilder(node),
      filterBuilder: (node) => this.filterBuilder(node),
    };
  }

  /** A dictionary literal's entries (or a name bound to one); undefined when it unpacks another. */
  private dictionaryEntries(node: Node): MapEntry[] | undefined {
    return throughNames(node, this.values, (literal) => this.dictionaryLiteral(literal));
  }

  private dictionaryLiteral(node: Node): MapEntry[] | undefined {
    if (node.type !== 'dictionary') return undefined;
    const entries: MapEntry[] = [];
    for (const pair of argumentsOf(node)) {
      const key = pair.type === 'pair' ? pair.childForFieldName('key') : null;
      const value = pair.childForFieldName('value');
      if (!key || !value) return undefined;
      entries.push({ key, value });
    }
    return entries;
  }

  private booleanValue(node: Node): boolean | undefined {
    return throughNames(node, this.values, (n) =>
      n.type === 'true' || n.type === 'false' ? n.type === 'true' : undefined,
    );
  }

  /** boto3's `Key('pk').eq(v) & Key('sk').begins_with(p)`, or a name bound to one. */
  private keyBuilder(node: Node, hops = 0): LocatedKeyTerm[] | undefined {
    if (hops > 8) return undefined;
    switch (node.type) {
      case 'parenthesized_expression':
        return node.namedChildren[0] ? this.keyBuilder(node.namedChildren[0], hops + 1) : undefined;
      case 'identifier': {
        const bound = this.bindings.get(node.text, node);
        return bound ? this.keyBuilder(bound, hops + 1) : undefined;
      }
      case 'binary_operator': {
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        if (node.childForFieldName('operator')?.text !== '&' || !left || !right) return undefined;
        const both = [this.keyBuilder(left, hops + 1), this.keyBuilder(right, hops + 1)];
        return both[0] && both[1] ? [...both[0], ...both[1]] : undefined;
      }
      case 'call': {
        const callee = node.childForFieldName('function');
        const operator = KEY_METHODS[callee?.childForFieldName('attribute')?.text ?? ''];
        const subject = callee?.childForFieldName('object');
        const attribute = subject ? this.conditionSubject(subject, 'Key') : undefined;
        return operator && subject && attribute !== undefined
          ? [{ attribute, operator, node: subject }]
          : undefined;
      }
      default:
        return undefined;
    }
  }

  /** The attributes boto3's `Attr('status').eq(s) & ~Attr('deleted').exists()` reads. */
  private filterBuilder(node: Node, hops = 0): string[] | undefined {
    if (hops > 8) return undefined;
    switch (node.type) {
      case 'parenthesized_expression':
      case 'unary_operator':
        return node.namedChildren[0] ? this.filterBuilder(node.namedChildren[0], hops + 1) : undefined;
      case 'identifier': {
        const bound = this.bindings.get(node.text, node);
        return bound ? this.filterBuilder(bound, hops + 1) : undefined;
      }
      case 'binary_operator': {
        const operator = node.childForFieldName('operator')?.text;
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        if ((operator !== '&' && operator !== '|') || !left || !right) return undefined;
        const both = [this.filterBuilder(left, hops + 1), this.filterBuilder(right, hops + 1)];
        return both[0] && both[1] ? [...new Set([...both[0], ...both[1]])] : undefined;
      }
      case 'call': {
        // `Attr('a').eq(v)`, `Attr('a').size().gt(3)`: the Attr call at the chain's start.
        let subject = node.childForFieldName('function')?.childForFieldName('object');
        while (subject?.type === 'call' && subject.childForFieldName('function')?.type === 'attribute')
          subject = subject.childForFieldName('function')?.childForFieldName('object');
        const attribute = subject
          ? (this.conditionSubject(subject, 'Attr') ?? this.conditionSubject(subject, 'Key'))
          : undefined;
        return attribute !== undefined ? [attribute] : undefined;
      }
      default:
        return undefined;
    }
  }

  /** `Key('pk')` / `Attr('status')` from boto3's conditions module → the attribute name, when literal. */
  private conditionSubject(node: Node, builder: 'Key' | 'Attr'): string | undefined {
    if (node.type !== 'call') return undefined;
    const callee = node.childForFieldName('function');
    const [head = '', ...rest] = callee?.text.split('.') ?? [];
    const imported = this.imports.get(head);
    if (!imported || [imported, ...rest].join('.') !== `${CONDITIONS_MODULE}.${builder}`) return undefined;
    const name = argumentsOf(node.childForFieldName('arguments'))[0];
    return name ? constantString(this.values, name) : undefined;
  }

  /** `Order.by_customer` where the model declares `by_customer = ByCustomerIndex()`. */
  private pynamoIndex(receiver: Node): { model: Node; index: Node } | undefined {
    if (receiver.type !== 'attribute') return undefined;
    const model = receiver.childForFieldName('object');
    const attribute = receiver.childForFieldName('attribute')?.text;
    const modelClass = model && this.modelClasses.get(model.text);
    const indexClass = modelClass && attribute ? attributeClass(modelClass, attribute) : undefined;
    const index = indexClass ? this.modelClasses.get(indexClass) : undefined;
    return model && index ? { model, index } : undefined;
  }

  /**
   * A PynamoDB item's own calls: `save()` (PutItem, writing the model's attributes), `update(actions=[…])`
   * (the attributes its actions target), `delete()`, `refresh()` (GetItem).
   */
  private pynamoItemCall(node: Node, method: string, model: string, args: Node[]): Detection | undefined {
    const operation = ITEM_OPERATIONS[method];
    const modelClass = this.modelClasses.get(model);
    if (!operation || !modelClass) return undefined;
    const table = this.models.get(model);
    const attributes = modelAttributes(modelClass, (name) => this.modelClasses.has(name));
    const written =
      operation === 'PutItem'
        ? [...attributes.values()].map((a) => a.name)
        : operation === 'UpdateItem'
          ? this.updateActions(keyword(args, 'actions') ?? args[0], attributes)
          : undefined;
    return {
      node,
      operation,
      library: PYNAMODB,
      ...(table ? { table: tableReference(this.values, table) } : {}),
      ...(written && { writtenAttributes: written }),
      ...(operation === 'GetItem' && this.pynamoConsistentRead(args)),
    };
  }

  /** `[Order.status.set(s), Order.visits.add(1)]`: the attributes the actions target, when all are written out. */
  private updateActions(
    actions: Node | undefined,
    attributes: ReadonlyMap<string, ModelAttribute>,
  ): string[] | undefined {
    const list = actions && throughNames(actions, this.values, (n) => (n.type === 'list' ? n : undefined));
    if (!list) return undefined;
    const names = argumentsOf(list).map((action) => {
      const subject =
        action.type === 'call'
          ? action.childForFieldName('function')?.childForFieldName('object')
          : undefined;
      const attribute =
        subject?.type === 'attribute' ? subject.childForFieldName('attribute')?.text : undefined;
      return attribute === undefined ? undefined : (attributes.get(attribute)?.name ?? attribute);
    });
    return names.every((n) => n !== undefined) ? [...new Set(names)] : undefined;
  }

  /** PynamoDB `Model.query`, `Model.get`, `Model.batch_write()`, `Model.index.query`. */
  private pynamoCall(
    node: Node,
    method: string,
    modelNode: Node | null,
    index: { model: Node; index: Node } | undefined,
    args: Node[],
  ): Detection | undefined {
    const modelClass = modelNode ? this.modelClasses.get(modelNode.text) : undefined;
    const table = this.models.get(modelNode?.text ?? '');
    const base = { node, library: PYNAMODB, ...(table ? { table: tableReference(this.values, table) } : {}) };
    if (method === 'batch_write' && !index)
      return { ...base, operation: 'BatchWriteItem', unprocessedHandled: true };
    if (method === 'get' && !index)
      return { ...base, operation: 'GetItem', ...this.pynamoConsistentRead(args) };
    if (method !== 'query' || !modelClass) return undefined;
    const attributeName = (reference: Node): string | undefined => {
      const owner = reference.type === 'attribute' ? reference.childForFieldName('object')?.text : undefined;
      const name = reference.childForFieldName('attribute')?.text;
      const declared = owner ? this.modelClasses.get(owner) : undefined;
      return declared && name ? (modelAttributes(declared).get(name)?.name ?? name) : undefined;
    };
    return {
      ...base,
      operation: 'Query',
      paginated: true,
      ...this.pynamoQuery(node, index?.index ?? modelClass, args, attributeName),
      ...(index && { index: this.pynamoIndexName(index.index) }),
    };
  }

  private pynamoQuery(
    node: Node,
    keyed: Node,
    args: Node[],
    attributeName: (reference: Node) => string | undefined,
  ): DetectedAccess {
    const positional = args.filter((a) => a.type !== 'keyword_argument');
    const hashValue = positional[0] ?? keyword(args, 'hash_key');
    const range = positional[1] ?? keyword(args, 'range_key_condition');
    const hash = [...modelAttributes(keyed).values()].find((a: ModelAttribute) => a.hashKey);
    const rangeTerm = range ? rangeCondition(range, attributeName) : undefined;
    const keyNode = hashValue ?? node;
    const keyCondition =
      hash && (!range || rangeTerm)
        ? {
            node: keyNode,
            value: [
              { attribute: hash.name, operator: '=' as const, node: keyNode },
              ...(rangeTerm ? [rangeTerm] : []),
            ],
          }
        : {
            node: keyNode,
            reason: hash ? 'computed at run time' : 'the hash key is declared in another class',
          };
    const filterNode = keyword(args, 'filter_condition');
    return {
      keyCondition,
      ...(filterNode && { filter: detected(filterNode, conditionReferences(filterNode, attributeName)) }),
      ...this.pynamoConsistentRead(args),
    };
  }

  private pynamoConsistentRead(args: Node[]): DetectedAccess {
    const node = keyword(args, 'consistent_read');
    return node ? { consistentRead: detected(node, this.booleanValue(node)) } : {};
  }

  /** An index class's `Meta.index_name`, when literal; anything else is left unknown. */
  private pynamoIndexName(index: Node): DetectedAccess['index'] {
    const name = metaValue(index, 'index_name');
    const value = name ? constantString(this.values, name) : undefined;
    return value !== undefined && name
      ? { node: name, value }
      : { node: name ?? index, reason: 'the index name is not a literal in its Meta class' };
  }

  /**
   * `paginate(client.scan, TableName="orders")`: the helper calls the Scan; whether it pages is read
   * from the helper when the file defines it, and unknown otherwise.
   */
  private scanReference(node: Node): Detection | undefined {
    const receiverNode = node.childForFieldName('object');
    const receiver = this.resolve(receiverNode);
    const table = receiver?.kind === 'table';
    if (!table && !this.isClient(receiverNode, receiver)) return undefined;
    const call = node.parent?.parent;
    if (call?.type !== 'call') return undefined;
    const args = argumentsOf(call.childForFieldName('arguments'));
    const callee = call.childForFieldName('function');
    const helperName =
      callee?.type === 'attribute' ? callee.childForFieldName('attribute')?.text : callee?.text;
    const helper = helperName ? this.functions.get(helperName)?.[0] : undefined;
    const tableNode = receiver?.kind === 'table' ? receiver.name : this.keyword(args, 'TableName');
    const segments = this.keyword(args, 'TotalSegments');
    const scan = scanDetection(
      call,
      BOTO3,
      { table: tableNode, segments, paginated: true },
      this.values,
      FUNCTIONS,
    );
    const { paginated: _assumed, ...withoutPaging } = scan;
    return helper ? { ...withoutPaging, paginated: readsPages(helper) } : withoutPaging;
  }

  /** Keyword names a call passes, with those of `**kwargs` dictionaries built in the file. */
  private keywordNames(args: readonly Node[]): string[] {
    return args.flatMap((a) => {
      if (a.type === 'keyword_argument') return [a.childForFieldName('name')?.text ?? ''];
      return a.type === 'dictionary_splat' ? this.splatEntries(a).map(([key]) => key) : [];
    });
  }

  /** A keyword argument's value, written out or carried in a `**kwargs` dictionary built in the file. */
  private keyword(args: readonly Node[], name: string): Node | undefined {
    const direct = keyword(args, name);
    if (direct) return direct;
    for (const splat of args.filter((a) => a.type === 'dictionary_splat')) {
      const entry = this.splatEntries(splat).find(([key]) => key === name);
      if (entry) return entry[1];
    }
    return undefined;
  }

  /** `**kwargs`: the keys and values of `kwargs = {…}` and of `kwargs["Key"] = …` before the call. */
  /**
   * The literal entries a `**params` request passes, remembered per splat (a request's fields each look it
   * up) and per item assignment (every request of a function sees the same `params['X'] = …` lines).
   */
  private splatEntries(splat: Node): [string, Node][] {
    let entries = this.splats.get(splat.id);
    if (!entries) {
      entries = this.splatEntriesUncached(splat);
      this.splats.set(splat.id, entries);
    }
    return entries;
  }

  private itemEntry(assignment: Node): [string, Node] | undefined {
    if (this.itemEntries.has(assignment.id)) return this.itemEntries.get(assignment.id);
    const target = assignment.childForFieldName('left');
    const key = target?.childForFieldName('subscript');
    const value = assignment.childForFieldName('right');
    const text = key ? stringValue(key) : undefined;
    const entry: [string, Node] | undefined = text !== undefined && value ? [text, value] : undefined;
    this.itemEntries.set(assignment.id, entry);
    return entry;
  }

  private splatEntriesUncached(splat: Node): [string, Node][] {
    const dictionary = splat.namedChildren[0];
    if (dictionary?.type !== 'identifier') return [];
    const entries: [string, Node][] = [];
    const literal = this.bindings.get(dictionary.text, dictionary);
    if (literal?.type === 'dictionary') {
      for (const pair of literal.namedChildren) {
        const key = pair.type === 'pair' ? pair.childForFieldName('key') : null;
        const value = pair.childForFieldName('value');
        const text = key ? stringValue(key) : undefined;
        if (text !== undefined && value) entries.push([text, value]);
      }
    } else if (literal?.type === 'call' && literal.childForFieldName('function')?.text === 'dict') {
      for (const [key, value] of argumentsOf(literal.childForFieldName('arguments')).flatMap((a) =>
        a.type === 'keyword_argument' ? [[a.childForFieldName('name'), a.childForFieldName('value')]] : [],
      ))
        if (key && value) entries.push([key.text, value]);
    }
    for (const assignment of this.items.all(dictionary.text, dictionary)) {
      const entry = this.itemEntry(assignment);
      if (entry) entries.push(entry);
    }
    return entries;
  }

  private sdkScan(node: Node, args: Node[], table: Node | undefined): Detection {
    const segments = this.keyword(args, 'TotalSegments');
    const request = args.find((a) => a.type === 'dictionary_splat');
    const facts = { table, segments, request };
    const fields = this.fields(args);
    return scanWithAccess(node, BOTO3, facts, this.values, FUNCTIONS, fields, this.opaqueSplat(args));
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
        ? this.bindings.get(memberName(node), node)
        : undefined,
    preferred: (node) =>
      node.type === 'boolean_operator' ? (node.childForFieldName('left') ?? undefined) : undefined,
    template: formatted,
    concatenation: (node) => {
      if (node.type === 'concatenated_string') return node.namedChildren;
      const operator = node.type === 'binary_operator' ? node.childForFieldName('operator')?.text : undefined;
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      return operator === '+' && left && right ? [left, right] : undefined;
    },
  };
}

const FUNCTION_DEFINITIONS = new Set(['function_definition']);
const FUNCTION_OR_CLASS = new Set(['function_definition', 'class_definition']);

/** `table`, `self.table` → `table`. */
function lastName(node: Node | null): string {
  if (!node) return '';
  return node.type === 'attribute' ? (node.childForFieldName('attribute')?.text ?? '') : node.text;
}

/** `OrderModel` imported `from models.order import OrderModel` (as any alias): the class's own name. */
function importedClass(receiver: Node, imported: string): string | undefined {
  if (receiver.type !== 'identifier' || AWS_SDK_MODULE.test(imported) || imported.startsWith(PYNAMODB))
    return undefined;
  const name = imported.split('.').at(-1) ?? '';
  return imported.includes('.') && /^[A-Z]\w*$/.test(name) ? name : undefined;
}

function parameterName(parameter: Node): string | undefined {
  if (parameter.type === 'identifier') return parameter.text;
  const name = parameter.childForFieldName('name') ?? parameter.namedChildren[0];
  return name?.type === 'identifier' ? name.text : undefined;
}

/** The values of a function's `return` statements, not counting those of functions nested in it. */
function returnsOf(fn: Node): Node[] {
  return fn
    .descendantsOfType('return_statement')
    .filter((r) => enclosing(r, FUNCTION_DEFINITIONS)?.equals(fn))
    .flatMap((r) => {
      const value = r.namedChildren[0];
      return value ? [value] : [];
    });
}

function keyword(args: readonly Node[], name: string): Node | undefined {
  const found = args.find((a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === name);
  return found?.childForFieldName('value') ?? undefined;
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
