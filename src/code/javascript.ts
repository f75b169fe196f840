/**
 * DynamoDB operations in JavaScript and TypeScript (ESM and CommonJS): AWS SDK v3 commands, paginators
 * and aggregated clients, SDK v2 clients and DocumentClient, Dynamoose, ElectroDB, dynamodb-toolbox and
 * OneTable. A call counts only when an import, a constructor, a type, the request's DynamoDB parameters
 * or the receiver's name ties it to DynamoDB: RxJS `scan`, Redis `scan`, `map.get` and other methods of
 * the same names do not. What each request says about the access pattern is read in
 * `javascript-requests.ts`.
 */
import type { Node } from 'web-tree-sitter';
import type { DataOperation } from '../model.ts';
import { computed, keyText, requestAccess, type RequestSource } from './javascript-requests.ts';
import {
  constantString,
  argumentsOf,
  enclosing,
  integerLiteral,
  joinStringParts,
  nameField,
  readsPages,
  SCAN_PARAMETERS,
  scanDetection,
  ScopedNames,
  tableReference,
  unescapeSequence,
  type Detection,
  type FileDetector,
  type LanguageDetector,
  type ScopeNamer,
  type TemplatePart,
  type ValueReader,
} from './syntax.ts';
import { batchHandling } from './request-facts.ts';
import { plusOperands, statementText } from './templates.ts';

const V3 = 'aws-sdk-js-v3';
const V2 = 'aws-sdk-js-v2';

/** The DynamoDB library a module specifier belongs to. */
function libraryOf(module: string): string | undefined {
  if (module.startsWith('@aws-sdk/client-dynamodb') || module.startsWith('@aws-sdk/lib-dynamodb')) return V3;
  if (module === 'aws-sdk' || module.startsWith('aws-sdk/')) return V2;
  if (module === 'dynamoose' || module.startsWith('dynamoose/')) return 'dynamoose';
  if (module === 'electrodb') return 'electrodb';
  if (module.startsWith('dynamodb-toolbox')) return 'dynamodb-toolbox';
  if (module.startsWith('dynamodb-onetable')) return 'dynamodb-onetable';
  return undefined;
}

/** Classes whose instances are DynamoDB clients with `scan`/`executeStatement` methods. */
const CLIENT_CLASSES = new Set([
  'DynamoDB',
  'DynamoDBClient',
  'DynamoDBDocument',
  'DynamoDBDocumentClient',
  'DocumentClient',
  'DynamoDB.DocumentClient',
]);

/** SDK v3 command classes (client-dynamodb and lib-dynamodb) → the operation they run. */
const SDK_COMMANDS: Readonly<Record<string, DataOperation>> = {
  GetItemCommand: 'GetItem',
  GetCommand: 'GetItem',
  PutItemCommand: 'PutItem',
  PutCommand: 'PutItem',
  UpdateItemCommand: 'UpdateItem',
  UpdateCommand: 'UpdateItem',
  DeleteItemCommand: 'DeleteItem',
  DeleteCommand: 'DeleteItem',
  QueryCommand: 'Query',
  ScanCommand: 'Scan',
  BatchGetItemCommand: 'BatchGetItem',
  BatchGetCommand: 'BatchGetItem',
  BatchWriteItemCommand: 'BatchWriteItem',
  BatchWriteCommand: 'BatchWriteItem',
  TransactGetItemsCommand: 'TransactGetItems',
  TransactGetCommand: 'TransactGetItems',
  TransactWriteItemsCommand: 'TransactWriteItems',
  TransactWriteCommand: 'TransactWriteItems',
  ExecuteStatementCommand: 'ExecuteStatement',
  BatchExecuteStatementCommand: 'BatchExecuteStatement',
  ExecuteTransactionCommand: 'ExecuteTransaction',
};

/** Client methods (low-level and document clients, SDK v2 and v3 aggregated) → the operation they run. */
const CLIENT_METHODS: Readonly<Record<string, DataOperation>> = {
  getItem: 'GetItem',
  get: 'GetItem',
  putItem: 'PutItem',
  put: 'PutItem',
  updateItem: 'UpdateItem',
  update: 'UpdateItem',
  deleteItem: 'DeleteItem',
  delete: 'DeleteItem',
  query: 'Query',
  scan: 'Scan',
  batchGetItem: 'BatchGetItem',
  batchGet: 'BatchGetItem',
  batchWriteItem: 'BatchWriteItem',
  batchWrite: 'BatchWriteItem',
  transactGetItems: 'TransactGetItems',
  transactGet: 'TransactGetItems',
  transactWriteItems: 'TransactWriteItems',
  transactWrite: 'TransactWriteItems',
  executeStatement: 'ExecuteStatement',
  batchExecuteStatement: 'BatchExecuteStatement',
  executeTransaction: 'ExecuteTransaction',
};

/** Method names other libraries share (`map.get`, `knex.update`): only a client or a DynamoDB request ties them. */
const COMMON_METHODS = new Set(['get', 'put', 'update', 'delete', 'query']);

/** Request parameters only DynamoDB requests take: any of them ties a call to DynamoDB. */
const REQUEST_PARAMETERS: ReadonlySet<string> = new Set([
  ...SCAN_PARAMETERS,
  'KeyConditionExpression',
  'KeyConditions',
  'IndexName',
  'UpdateExpression',
  'ConditionExpression',
  'RequestItems',
  'TransactItems',
]);

/** ORM model and entity methods (Dynamoose, dynamodb-toolbox v0, OneTable, ElectroDB) → the operation. */
const MODEL_METHODS: Readonly<Record<string, DataOperation>> = {
  get: 'GetItem',
  put: 'PutItem',
  create: 'PutItem',
  upsert: 'PutItem',
  update: 'UpdateItem',
  patch: 'UpdateItem',
  delete: 'DeleteItem',
  remove: 'DeleteItem',
  query: 'Query',
  find: 'Query',
  batchGet: 'BatchGetItem',
  batchPut: 'BatchWriteItem',
  batchDelete: 'BatchWriteItem',
  batchWrite: 'BatchWriteItem',
};

/** dynamodb-toolbox v1 commands built from a table or entity (`Table.build(QueryCommand)`). */
const TOOLBOX_COMMANDS: Readonly<Record<string, DataOperation>> = {
  ScanCommand: 'Scan',
  QueryCommand: 'Query',
  GetItemCommand: 'GetItem',
  PutItemCommand: 'PutItem',
  UpdateItemCommand: 'UpdateItem',
  DeleteItemCommand: 'DeleteItem',
  BatchGetCommand: 'BatchGetItem',
  BatchWriteCommand: 'BatchWriteItem',
};

/** A receiver named like a DynamoDB client (`ddb`, `dynamoDb`, `docClient`, `this.documentClient`). */
const CLIENT_NAME = /dynamo|ddb|doc(ument)?client/i;

type Binding =
  | { readonly kind: 'import'; readonly module: string; readonly name: string }
  | { readonly kind: 'value'; readonly node: Node }
  | { readonly kind: 'type'; readonly name: string };

/** What an expression is, as far as DynamoDB is concerned. */
type Handle =
  /** A module, or a named export reached through one (`AWS.DynamoDB`, `ScanCommand`). */
  | { readonly kind: 'export'; readonly library: string; readonly name: string }
  | { readonly kind: 'client'; readonly library: string }
  /** An ORM model or entity whose `scan` reads a table. */
  | { readonly kind: 'model'; readonly library: string };

const SCOPES: Readonly<Record<string, ScopeNamer>> = {
  function_declaration: nameField,
  generator_function_declaration: nameField,
  method_definition: nameField,
  class_declaration: nameField,
  function_expression: (node) => nameField(node) ?? declaredName(node),
  arrow_function: (node) => declaredName(node),
};

/** `const listOrders = async () => …` and `listOrders: function () …` name their function. */
function declaredName(node: Node): string | undefined {
  const parent = node.parent;
  if (parent?.type === 'variable_declarator') return parent.childForFieldName('name')?.text;
  if (parent?.type === 'pair') return parent.childForFieldName('key')?.text;
  if (parent?.type === 'assignment_expression') return parent.childForFieldName('left')?.text;
  return undefined;
}

const FUNCTIONS = new Set([
  'function_declaration',
  'generator_function_declaration',
  'method_definition',
  'function_expression',
  'arrow_function',
  'program',
]);

const PATTERNS = [
  ...[
    'import_statement',
    'variable_declarator',
    'assignment_expression',
    'public_field_definition',
    'field_definition',
    'required_parameter',
    'optional_parameter',
  ].map((type) => ({ type, pattern: `(${type}) @declaration` })),
  { type: 'new_expression', pattern: '(new_expression) @candidate' },
  {
    type: 'call_expression',
    pattern:
      '(call_expression function: (identifier) @_function (#match? @_function "[sS]can|[qQ]uery")) @candidate',
  },
  {
    type: 'call_expression',
    pattern: `(call_expression
      function: (member_expression property: (property_identifier) @_method)
      (#any-of? @_method ${[
        ...new Set([...Object.keys(CLIENT_METHODS), ...Object.keys(MODEL_METHODS), 'build', 'go', 'pages']),
      ]
        .map((method) => `"${method}"`)
        .join(' ')})) @candidate`,
  },
];

export const javascriptDetector: LanguageDetector = {
  patterns: PATTERNS,
  scopes: SCOPES,
  forFile: (declarations) => new JsFile(declarations),
};

class JsFile implements FileDetector, RequestSource {
  private readonly bindings = new ScopedNames<Binding>(FUNCTIONS, (name) => name.startsWith('this.'));
  /** The DynamoDB library the file imports (SDK v3 first), for calls tied only by their parameters. */
  private readonly fileLibrary: string | undefined;
  private readonly importedLibraries = new Set<string>();
  /** Names starting `Unprocessed` the file's code holds, collected once when a batch call asks. */

  constructor(declarations: readonly Node[]) {
    for (const node of declarations) this.declare(node);
    this.fileLibrary = [V3, V2, 'dynamoose', 'dynamodb-toolbox', 'dynamodb-onetable', 'electrodb'].find(
      (library) => this.importedLibraries.has(library),
    );
  }

  private bind(name: string, binding: Binding, declaration: Node): void {
    if (binding.kind === 'import') {
      const library = libraryOf(binding.module);
      if (library) this.importedLibraries.add(library);
    }
    this.bindings.set(name, binding, declaration);
  }

  private declare(node: Node): void {
    switch (node.type) {
      case 'import_statement':
        return this.declareImport(node);
      case 'variable_declarator': {
        const name = node.childForFieldName('name');
        const value = node.childForFieldName('value');
        const type = node.childForFieldName('type');
        if (name?.type === 'identifier' && type)
          this.bind(name.text, { kind: 'type', name: typeName(type) }, node);
        if (!value) return;
        const module = requiredModule(value);
        if (module !== undefined && name) return this.declareRequire(name, module);
        if (name?.type === 'identifier') this.bind(name.text, { kind: 'value', node: value }, node);
        return;
      }
      case 'assignment_expression': {
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        if (left && right && (left.type === 'identifier' || left.type === 'member_expression'))
          this.bind(left.text, { kind: 'value', node: right }, node);
        return;
      }
      case 'public_field_definition':
      case 'field_definition': {
        const name = node.childForFieldName('name') ?? node.childForFieldName('property');
        const value = node.childForFieldName('value');
        const type = node.childForFieldName('type');
        if (!name) return;
        if (value) this.bind(`this.${name.text}`, { kind: 'value', node: value }, node);
        else if (type) this.bind(`this.${name.text}`, { kind: 'type', name: typeName(type) }, node);
        return;
      }
      case 'required_parameter':
      case 'optional_parameter': {
        const pattern = node.childForFieldName('pattern');
        const type = node.childForFieldName('type');
        if (pattern?.type !== 'identifier' || !type) return;
        const binding: Binding = { kind: 'type', name: typeName(type) };
        this.bind(pattern.text, binding, node);
        // `constructor(private readonly client: DynamoDBClient)` also declares `this.client`.
        if (node.namedChildren.some((c) => c.type === 'accessibility_modifier' || c.type === 'readonly'))
          this.bind(`this.${pattern.text}`, binding, node);
        return;
      }
    }
  }

  private declareImport(node: Node): void {
    const module = stringValue(node.childForFieldName('source'));
    const clause = node.namedChildren.find((c) => c.type === 'import_clause');
    if (module === undefined || !clause) return;
    for (const part of clause.namedChildren) {
      if (part.type === 'identifier') this.bind(part.text, { kind: 'import', module, name: 'default' }, node);
      else if (part.type === 'namespace_import') {
        const local = part.namedChildren.find((c) => c.type === 'identifier');
        if (local) this.bind(local.text, { kind: 'import', module, name: '*' }, node);
      } else if (part.type === 'named_imports') {
        for (const specifier of part.namedChildren) {
          if (specifier.type !== 'import_specifier') continue;
          const imported = specifier.childForFieldName('name')?.text;
          const local = specifier.childForFieldName('alias')?.text ?? imported;
          if (imported && local) this.bind(local, { kind: 'import', module, name: imported }, node);
        }
      }
    }
  }

  /** `const AWS = require('aws-sdk')`, `const { ScanCommand: Scan } = require('@aws-sdk/client-dynamodb')`. */
  private declareRequire(node: Node, module: string): void {
    const name = node;
    if (name.type === 'identifier') return this.bind(name.text, { kind: 'import', module, name: '*' }, node);
    if (name.type !== 'object_pattern') return;
    for (const part of name.namedChildren) {
      if (part.type === 'shorthand_property_identifier_pattern')
        this.bind(part.text, { kind: 'import', module, name: part.text }, node);
      else if (part.type === 'pair_pattern') {
        const key = part.childForFieldName('key')?.text;
        const value = part.childForFieldName('value');
        if (key && value?.type === 'identifier')
          this.bind(value.text, { kind: 'import', module, name: key }, node);
      }
    }
  }

  /** What `node` is, following same-file bindings a few steps. */
  private resolve(node: Node | null | undefined, depth = 0): Handle | undefined {
    if (!node || depth > 8) return undefined;
    switch (node.type) {
      case 'identifier':
      case 'this':
        return this.resolveName(node, depth);
      case 'parenthesized_expression':
      case 'await_expression':
      case 'non_null_expression':
      case 'as_expression':
      case 'satisfies_expression':
        return this.resolve(node.namedChildren[0], depth + 1);
      case 'binary_expression':
        return this.resolve(node.childForFieldName('left'), depth + 1);
      case 'member_expression': {
        const own = this.bindings.has(node.text) ? this.resolveName(node, depth) : undefined;
        if (own) return own;
        const object = this.resolve(node.childForFieldName('object'), depth + 1);
        const property = node.childForFieldName('property')?.text ?? '';
        if (object?.kind !== 'export') return undefined;
        return {
          ...object,
          name: object.name === '*' || object.name === 'default' ? property : `${object.name}.${property}`,
        };
      }
      case 'new_expression': {
        const constructor = this.resolve(node.childForFieldName('constructor'), depth + 1);
        if (constructor?.kind !== 'export') return undefined;
        if (
          CLIENT_CLASSES.has(constructor.name) &&
          (constructor.library === V3 || constructor.library === V2)
        )
          return { kind: 'client', library: constructor.library };
        if (constructor.library === 'dynamodb-toolbox' || constructor.library === 'electrodb')
          return { kind: 'model', library: constructor.library };
        return undefined;
      }
      case 'call_expression': {
        const callee = node.childForFieldName('function');
        if (callee?.type !== 'member_expression') return undefined;
        const method = callee.childForFieldName('property')?.text;
        const object = this.resolve(callee.childForFieldName('object'), depth + 1);
        // DynamoDBDocument.from(client), DynamoDBDocumentClient.from(client)
        if (method === 'from' && object?.kind === 'export' && object.library === V3)
          return { kind: 'client', library: V3 };
        if (method === 'model' && object?.kind === 'export' && object.library === 'dynamoose')
          return { kind: 'model', library: 'dynamoose' };
        if (method === 'getModel' && (object || this.importedLibraries.has('dynamodb-onetable')))
          return { kind: 'model', library: 'dynamodb-onetable' };
        return undefined;
      }
      default:
        return undefined;
    }
  }

  private resolveName(node: Node, depth: number): Handle | undefined {
    const binding = this.bindings.get(node.text, node);
    if (!binding) return undefined;
    if (binding.kind === 'value') return this.resolve(binding.node, depth + 1);
    if (binding.kind === 'type') {
      if (CLIENT_CLASSES.has(binding.name) || binding.name.startsWith('DynamoDB'))
        return { kind: 'client', library: this.fileLibrary === V2 ? V2 : V3 };
      return undefined;
    }
    const library = libraryOf(binding.module);
    return library ? { kind: 'export', library, name: binding.name } : undefined;
  }

  detect(node: Node): Detection | readonly Detection[] | undefined {
    return node.type === 'new_expression' ? this.newExpression(node) : this.call(node);
  }

  private newExpression(node: Node): Detection | readonly Detection[] | undefined {
    const constructor = this.resolve(node.childForFieldName('constructor'));
    if (constructor?.kind !== 'export' || constructor.library !== V3) return undefined;
    const params = this.objectOf(argumentsOf(node.childForFieldName('arguments'))[0]);
    // `client.send(new ScanCommand(…))` issues the operation where `send` is called: the finding
    // points there, so a suppression comment above the statement covers it.
    const sent = sendingCall(node) ?? node;
    const operation = SDK_COMMANDS[constructor.name];
    return operation
      ? this.sdkOperation(sent, V3, operation, params, argumentsOf(node.childForFieldName('arguments'))[0])
      : undefined;
  }

  private call(node: Node): Detection | readonly Detection[] | undefined {
    const callee = node.childForFieldName('function');
    const args = argumentsOf(node.childForFieldName('arguments'));
    if (callee?.type === 'identifier') {
      const handle = this.resolve(callee);
      if (handle?.kind !== 'export' || handle.library !== V3) return undefined;
      const params = this.objectOf(args[1]);
      if (handle.name === 'paginateScan')
        return {
          ...this.sdkScan(node, V3, params, args[1]),
          ...requestAccess(this, params, 'Scan'),
          paginated: true,
        };
      if (handle.name === 'paginateQuery') return this.query(node, V3, params, args[1], true);
      return undefined;
    }
    if (callee?.type !== 'member_expression') return undefined;
    const method = callee.childForFieldName('property')?.text ?? '';
    const receiver = callee.childForFieldName('object');
    switch (method) {
      case 'build':
        return this.toolboxCommand(node, args);
      case 'go':
      case 'pages':
        return this.electroOperation(node, receiver, args);
      default:
        return this.method(node, method, receiver, args);
    }
  }

  /** A client's or a model's method: `ddb.query(params)`, `Order.get(key)`, `Model.scan().exec()`. */
  private method(
    node: Node,
    method: string,
    receiver: Node | null,
    args: Node[],
  ): Detection | readonly Detection[] | undefined {
    const handle = this.resolve(receiver);
    const modelOperation = MODEL_METHODS[method];
    if (handle?.kind === 'model') {
      if (method === 'scan') return this.modelScan(node, handle.library);
      // ElectroDB runs a request at its `.go()`, where `electroOperation` records it.
      if (handle.library === 'electrodb') return undefined;
      return modelOperation ? this.modelOperation(node, handle.library, modelOperation, args) : undefined;
    }
    const operation = CLIENT_METHODS[method];
    if (!operation) return undefined;
    const params = this.objectOf(args[0]);
    const library = this.clientLibrary(receiver, params, COMMON_METHODS.has(method) ? args[0] : undefined);
    if (library)
      return this.sdkOperation(node, chainHas(node, 'promise') ? V2 : library, operation, params, args[0]);
    // Dynamoose: `Model.scan(…)…exec()`, `Model.query(…)…exec()` in a file that uses Dynamoose.
    if (this.importedLibraries.has('dynamoose') && chainHas(node, 'exec')) {
      if (method === 'scan') return this.modelScan(node, 'dynamoose');
      if (method === 'query') return this.modelOperation(node, 'dynamoose', 'Query', args);
    }
    return undefined;
  }

  /**
   * The SDK a client method's receiver belongs to, if anything ties it to DynamoDB. For method names other
   * libraries share (`get`, `query`), a receiver named like a client also needs a request (`argument`)
   * that is not a plain string or number: `dynamoCache.get('key')` is not a GetItem.
   */
  private clientLibrary(
    receiver: Node | null,
    params: Node | undefined,
    argument?: Node,
  ): string | undefined {
    const handle = this.resolve(receiver);
    if (handle?.kind === 'client') return handle.library;
    if (this.madeElsewhere(receiver)) return undefined;
    const sdk = this.fileLibrary === V2 ? V2 : V3;
    if (params && objectKeys(params).some((key) => REQUEST_PARAMETERS.has(key))) return sdk;
    const name =
      receiver?.type === 'member_expression' ? receiver.childForFieldName('property')?.text : receiver?.text;
    if (!name || !CLIENT_NAME.test(name)) return undefined;
    if (argument && LITERALS.has(argument.type) && argument.type !== 'object') return undefined;
    return sdk;
  }

  /** One SDK request: a Scan, a Query, a single-item call, a batch or a transaction. */
  private sdkOperation(
    node: Node,
    library: string,
    operation: DataOperation,
    params: Node | undefined,
    request: Node | undefined,
  ): Detection | readonly Detection[] | undefined {
    switch (operation) {
      case 'Scan':
        return { ...this.sdkScan(node, library, params, request), ...requestAccess(this, params, 'Scan') };
      case 'Query':
        return this.query(node, library, params, request);
      case 'ExecuteStatement':
        return this.statement(node, library, params);
      case 'BatchGetItem':
      case 'BatchWriteItem':
        return this.batch(node, library, operation, params);
      case 'TransactGetItems':
      case 'TransactWriteItems':
        return this.transaction(node, library, operation, params);
      default:
        return this.singleRequest(node, library, operation, params);
    }
  }

  private query(
    node: Node,
    library: string,
    params: Node | undefined,
    request: Node | undefined,
    paginated?: boolean,
  ): Detection {
    const table = params ? this.property(params, 'TableName') : undefined;
    return {
      ...scanDetection(
        node,
        library,
        { operation: 'Query', table, request, paginated },
        this.values,
        FUNCTIONS,
      ),
      ...requestAccess(this, params, 'Query'),
    };
  }

  /** GetItem, PutItem, UpdateItem, DeleteItem (and the PartiQL batch and transaction calls, with no table). */
  private singleRequest(
    node: Node,
    library: string,
    operation: DataOperation,
    params: Node | undefined,
  ): Detection {
    const table = params ? this.property(params, 'TableName') : undefined;
    return {
      node,
      operation,
      library,
      ...(table ? { table: tableReference(this.values, table) } : {}),
      ...requestAccess(this, params, operation),
    };
  }

  /** One detection per table of `RequestItems` (`{ [ORDERS_TABLE]: [...] }`); one without a table otherwise. */
  private batch(
    node: Node,
    library: string,
    operation: DataOperation,
    params: Node | undefined,
  ): Detection[] {
    const base: Detection = { node, operation, library, ...batchHandling(operation, node) };
    const items = params && this.objectOf(this.property(params, 'RequestItems'));
    const tables = (items?.namedChildren ?? []).flatMap((entry) => {
      const key =
        entry.type === 'pair'
          ? entry.childForFieldName('key')
          : entry.type === 'shorthand_property_identifier'
            ? entry
            : null;
      if (!key) return [];
      const named =
        key.type === 'computed_property_name'
          ? unwrapped(key.namedChildren[0])
          : key.type === 'shorthand_property_identifier'
            ? key
            : undefined;
      const literal = named ? undefined : keyText(this, key);
      if (literal !== undefined)
        return [{ ...base, table: { kind: 'literal' as const, value: literal, node: key } }];
      return named ? [{ ...base, table: tableReference(this.values, named) }] : [];
    });
    return tables.length ? tables : [base];
  }

  /** One detection per literal element of `TransactItems` (`{ Put: { TableName, Item } }`). */
  private transaction(
    node: Node,
    library: string,
    operation: DataOperation,
    params: Node | undefined,
  ): Detection[] {
    const items = params ? this.arrayOf(this.property(params, 'TransactItems')) : undefined;
    const parts = (items?.namedChildren ?? []).flatMap((element) => {
      const item = this.objectOf(element);
      const entry = item?.namedChildren.find((c) => c.type === 'pair');
      const action = entry ? keyText(this, entry.childForFieldName('key')) : undefined;
      const request = this.objectOf(entry?.childForFieldName('value') ?? undefined);
      const table = request ? this.property(request, 'TableName') : undefined;
      if (!request || !table) return [];
      const written: DataOperation | undefined =
        action === 'Put' ? 'PutItem' : action === 'Update' ? 'UpdateItem' : undefined;
      return [
        {
          node,
          operation,
          library,
          table: tableReference(this.values, table),
          ...(written ? requestAccess(this, request, written) : {}),
        },
      ];
    });
    return parts.length ? parts : [{ node, operation, library }];
  }

  /** An array literal, directly or through a same-file binding. */
  private arrayOf(node: Node | undefined, depth = 0): Node | undefined {
    if (!node || depth > 4) return undefined;
    if (node.type === 'array') return node;
    const bound = this.values.bound(node);
    return bound ? this.arrayOf(bound, depth + 1) : undefined;
  }

  /**
   * An ORM call: Dynamoose (`Model.get`, `Model.query(…).using('byCustomer').exec()`), dynamodb-toolbox v0
   * (`Table.query(pk, { index })`) and OneTable (`Model.find(props, { index })`). Which index an ORM
   * query reads is known only when the call names it; Dynamoose picks one itself otherwise.
   */
  private modelOperation(node: Node, library: string, operation: DataOperation, args: Node[]): Detection {
    const detection: Detection = { node, operation, library };
    if (operation !== 'Query') return detection;
    if (library === 'dynamoose') {
      const using = chainCall(node, 'using');
      const name = argumentsOf(using?.childForFieldName('arguments'))[0];
      if (name) return { ...detection, index: this.stringValueOf(name) };
      return {
        ...detection,
        index: { node, reason: 'chosen by Dynamoose from the attributes the query names' },
      };
    }
    const options = this.objectOf(args[1]);
    const index = options ? this.property(options, 'index') : undefined;
    return index ? { ...detection, index: this.stringValueOf(index) } : detection;
  }

  private stringValueOf(node: Node): { node: Node; value?: string; reason?: string } {
    const value = constantString(this.values, node);
    return value !== undefined ? { node, value } : { node, reason: computed(node) };
  }

  /**
   * Whether the file shows the receiver is something other than a DynamoDB client: constructed from a
   * non-DynamoDB class (`new FakeDynamo()`), a literal, or declared with another type. Its name or the
   * parameters it is given then prove nothing. Values from calls and imports stay untraceable.
   */
  private madeElsewhere(receiver: Node | null, depth = 0): boolean {
    if (!receiver || depth > 4 || (receiver.type !== 'identifier' && receiver.type !== 'member_expression'))
      return false;
    const binding = this.bindings.get(receiver.text, receiver);
    if (binding?.kind === 'type')
      return !CLIENT_CLASSES.has(binding.name) && !binding.name.startsWith('DynamoDB');
    if (binding?.kind !== 'value') return false;
    let value = binding.node;
    while (value.type === 'parenthesized_expression' || value.type === 'await_expression')
      value = value.namedChildren[0] ?? value;
    if (value.type === 'identifier' || value.type === 'member_expression')
      return this.madeElsewhere(value, depth + 1);
    if (value.type === 'new_expression') {
      const made = this.resolve(value.childForFieldName('constructor'));
      return made === undefined && this.resolve(value) === undefined;
    }
    return LITERALS.has(value.type);
  }

  private sdkScan(node: Node, library: string, params: Node | undefined, request?: Node): Detection {
    const segments = params ? this.property(params, 'TotalSegments') : undefined;
    const table = params ? this.property(params, 'TableName') : undefined;
    return scanDetection(
      node,
      library,
      { table, segments: segments && this.numberConstant(segments), request },
      this.values,
      FUNCTIONS,
    );
  }

  private statement(node: Node, library: string, params: Node | undefined): Detection | undefined {
    const statement = params ? this.property(params, 'Statement') : undefined;
    const text = statement ? statementText(this.values, statement) : undefined;
    return text === undefined ? undefined : { node, operation: 'ExecuteStatement', library, statement: text };
  }

  /** Dynamoose `Model.scan()…exec()`, dynamodb-toolbox v0 `Table.scan()`, OneTable `Model.scan()`. */
  private modelScan(node: Node, library: string): Detection {
    const parallel = chainCall(node, 'parallel');
    const segments = parallel
      ? integerLiteral(argumentsOf(parallel.childForFieldName('arguments'))[0]?.text)
      : undefined;
    const paginated =
      library === 'dynamoose'
        ? chainHas(node, 'all') || readsPages(enclosing(node, FUNCTIONS) ?? node, ['lastkey', 'startat'])
        : undefined;
    return {
      node,
      operation: parallel ? 'ParallelScan' : 'Scan',
      library,
      ...(segments !== undefined ? { totalSegments: segments } : {}),
      ...(paginated !== undefined ? { paginated } : {}),
    };
  }

  /**
   * dynamodb-toolbox v1: `Table.build(ScanCommand)` (parallel with `.options({ totalSegments })`),
   * `Table.build(QueryCommand).query({ partition, index })`, `Entity.build(PutItemCommand)`.
   */
  private toolboxCommand(node: Node, args: Node[]): Detection | undefined {
    const command = this.resolve(args[0]);
    if (command?.kind !== 'export' || command.library !== 'dynamodb-toolbox') return undefined;
    const operation = TOOLBOX_COMMANDS[command.name];
    if (!operation) return undefined;
    if (operation === 'Query') {
      const query = this.objectOf(argumentsOf(chainCall(node, 'query')?.childForFieldName('arguments'))[0]);
      const index = query ? this.property(query, 'index') : undefined;
      return {
        node,
        operation,
        library: 'dynamodb-toolbox',
        ...(index ? { index: this.stringValueOf(index) } : {}),
      };
    }
    if (operation !== 'Scan') return { node, operation, library: 'dynamodb-toolbox' };
    const options = chainCall(node, 'options');
    const params = this.objectOf(argumentsOf(options?.childForFieldName('arguments'))[0]);
    const segments = params ? this.property(params, 'totalSegments') : undefined;
    return {
      node,
      operation: segments ? 'ParallelScan' : 'Scan',
      library: 'dynamodb-toolbox',
      ...totalSegments(segments),
    };
  }

  /**
   * ElectroDB: `entity.scan.go()`, `entity.scan.where(…).go({ pages: 'all' })`, and in a file that
   * imports ElectroDB `entity.query.byCustomer({…}).go()`, `entity.get({…}).go()`, `entity.put({…}).go()`.
   */
  private electroOperation(node: Node, receiver: Node | null, args: Node[]): Detection | undefined {
    let at = receiver;
    while (at?.type === 'call_expression')
      at = at.childForFieldName('function')?.childForFieldName('object') ?? null;
    const property = at?.type === 'member_expression' ? at.childForFieldName('property')?.text : undefined;
    if (property !== 'scan') return this.electroRequest(node, receiver);
    const options = this.objectOf(args[0]);
    return {
      node,
      operation: 'Scan',
      library: 'electrodb',
      ...(options && this.property(options, 'pages') ? { paginated: true } : {}),
    };
  }

  /** ElectroDB's other requests: the first method of the chain that names an operation. */
  private electroRequest(node: Node, receiver: Node | null): Detection | undefined {
    if (!this.importedLibraries.has('electrodb')) return undefined;
    const methods: Node[] = [];
    for (let at = receiver; at;) {
      if (at.type === 'call_expression') at = at.childForFieldName('function');
      else if (at.type === 'member_expression') {
        const property = at.childForFieldName('property');
        if (property) methods.unshift(property);
        at = at.childForFieldName('object');
      } else break;
    }
    const at = methods.findIndex((method) => MODEL_METHODS[method.text] !== undefined);
    const method = methods[at];
    const operation = method && MODEL_METHODS[method.text];
    if (!method || !operation) return undefined;
    if (operation !== 'Query') return { node, operation, library: 'electrodb' };
    const pattern = methods[at + 1]?.text ?? 'the access pattern';
    return {
      node,
      operation,
      library: 'electrodb',
      index: { node: method, reason: `the index of ${pattern}, set in the entity's schema` },
    };
  }

  /** An object literal, directly or through a same-file `const params = { … }`. */
  objectOf(node: Node | undefined, depth = 0): Node | undefined {
    if (!node || depth > 4) return undefined;
    if (node.type === 'object') return node;
    if (node.type === 'identifier') {
      const binding = this.bindings.get(node.text, node);
      return binding?.kind === 'value' ? this.objectOf(binding.node, depth + 1) : undefined;
    }
    if (
      node.type === 'parenthesized_expression' ||
      node.type === 'as_expression' ||
      node.type === 'satisfies_expression'
    )
      return this.objectOf(node.namedChildren[0], depth + 1);
    return undefined;
  }

  /** A property's value in an object literal, including properties spread in from same-file objects. */
  property(object: Node, key: string, depth = 0): Node | undefined {
    for (const entry of object.namedChildren) {
      if (entry.type === 'pair' && propertyKey(entry.childForFieldName('key')) === key)
        return entry.childForFieldName('value') ?? undefined;
      if (entry.type === 'shorthand_property_identifier' && entry.text === key) return entry;
      if (entry.type === 'spread_element' && depth < 4) {
        const spread = this.objectOf(entry.namedChildren[0]);
        const found = spread ? this.property(spread, key, depth + 1) : undefined;
        if (found) return found;
      }
    }
    return undefined;
  }

  /** A number literal, or a same-file const holding one (`TotalSegments: SEGMENTS`). */
  private numberConstant(node: Node, depth = 0): Node {
    if (node.type !== 'identifier' && node.type !== 'shorthand_property_identifier') return node;
    const binding = this.bindings.get(node.text, node);
    return binding?.kind === 'value' && depth < 4 ? this.numberConstant(binding.node, depth + 1) : node;
  }

  readonly values: ValueReader = {
    literal: stringValue,
    unwrap: (node) => unwrapped(node) ?? node,
    environment: environmentVariable,
    bound: (node) => {
      if (node.type !== 'identifier' && node.type !== 'shorthand_property_identifier') return undefined;
      const binding = this.bindings.get(node.text, node);
      return binding?.kind === 'value' ? binding.node : undefined;
    },
    preferred: (node) =>
      node.type === 'binary_expression' && node.childForFieldName('operator')?.text !== '+'
        ? (node.childForFieldName('left') ?? undefined)
        : undefined,
    // `${…}` substitutions: the text between them as written (escapes decoded), the expressions put in.
    template: (node) =>
      node.type === 'template_string'
        ? node.namedChildren.flatMap((part): TemplatePart[] => {
            if (part.type === 'string_fragment') return [part.text];
            if (part.type === 'escape_sequence') return [unescapeSequence(part.text)];
            const expression = part.type === 'template_substitution' ? part.namedChildren[0] : undefined;
            return expression ? [expression] : [];
          })
        : undefined,
    concatenation: plusOperands,
  };
}

const JS_TEXT = new Set(['string_fragment']);

/** Values that are plainly not clients. */
const LITERALS = new Set(['object', 'array', 'string', 'template_string', 'number', 'true', 'false', 'null']);

/** `TABLE!`, `(TABLE)`, `TABLE as string` → `TABLE`. */
function unwrapped(node: Node | undefined): Node | undefined {
  let at = node;
  while (
    at &&
    (at.type === 'non_null_expression' ||
      at.type === 'parenthesized_expression' ||
      at.type === 'as_expression')
  )
    at = at.namedChildren[0];
  return at;
}

/** The `x.send(…)` call a command is passed to directly, if any. */
function sendingCall(command: Node): Node | undefined {
  const call = command.parent?.type === 'arguments' ? command.parent.parent : undefined;
  const callee = call?.childForFieldName('function');
  return call?.type === 'call_expression' &&
    callee?.type === 'member_expression' &&
    callee.childForFieldName('property')?.text === 'send'
    ? call
    : undefined;
}

/** `require('x')` → 'x'. */
function requiredModule(node: Node): string | undefined {
  if (node.type !== 'call_expression' || node.childForFieldName('function')?.text !== 'require')
    return undefined;
  return stringValue(argumentsOf(node.childForFieldName('arguments'))[0]);
}

/** The text of a string literal or a template string without substitutions. */
function stringValue(node: Node | null | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'string') return joinStringParts(node.namedChildren, JS_TEXT);
  if (node.type === 'template_string' && !node.namedChildren.some((c) => c.type === 'template_substitution'))
    return joinStringParts(node.namedChildren, JS_TEXT);
  return undefined;
}

/** `process.env.NAME`, `process.env['NAME']` → NAME. */
function environmentVariable(node: Node): string | undefined {
  const object = node.childForFieldName('object');
  if (object?.text !== 'process.env') return undefined;
  if (node.type === 'member_expression') return node.childForFieldName('property')?.text;
  if (node.type === 'subscript_expression') return stringValue(node.childForFieldName('index'));
  return undefined;
}

function propertyKey(key: Node | null): string | undefined {
  if (!key) return undefined;
  return key.type === 'string' ? stringValue(key) : key.text;
}

function objectKeys(object: Node): string[] {
  return object.namedChildren.flatMap((entry) => {
    if (entry.type === 'pair') return [propertyKey(entry.childForFieldName('key')) ?? ''];
    if (entry.type === 'shorthand_property_identifier') return [entry.text];
    return [];
  });
}

/** A type annotation's base name: `: DynamoDBDocumentClient`, `: DynamoDB.DocumentClient`. */
function typeName(node: Node): string {
  return node.text.replace(/^:\s*/, '').replace(/<.*$/s, '').trim();
}

/** The call of `.method(…)` further along the chain `node` starts (`x.scan().parallel(4).exec()`). */
function chainCall(node: Node, method: string): Node | undefined {
  let at = node;
  for (;;) {
    const member = at.parent;
    if (member?.type !== 'member_expression' || !member.childForFieldName('object')?.equals(at))
      return undefined;
    const call = member.parent;
    if (call?.type !== 'call_expression' || !call.childForFieldName('function')?.equals(member))
      return undefined;
    if (member.childForFieldName('property')?.text === method) return call;
    at = call;
  }
}

function chainHas(node: Node, method: string): boolean {
  return chainCall(node, method) !== undefined;
}

function totalSegments(segments: Node | undefined): { totalSegments?: number } {
  const value = integerLiteral(segments?.text);
  return value !== undefined ? { totalSegments: value } : {};
}
