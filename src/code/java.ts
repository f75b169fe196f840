/**
 * DynamoDB Scans and PartiQL statements in Java: SDK v1 (`AmazonDynamoDB.scan(ScanRequest)`, the
 * document API's `Table.scan`, `DynamoDBMapper.scan/parallelScan/scanPage`) and SDK v2
 * (`DynamoDbClient.scan/scanPaginator`, the enhanced client's `DynamoDbTable.scan()`), `executeStatement`.
 * A call counts only when the receiver's declared type or the request's type is one of the DynamoDB
 * SDKs' (imported from their packages): `java.util.Scanner` and other `scan` methods do not.
 */
import type { Node } from 'web-tree-sitter';
import type { DataOperation } from '../model.ts';
import {
  batchHandling,
  requestAccess,
  attributeNames,
  detected,
  throughNames,
  scanWithAccess,
  queryPaging,
  opaqueName,
  withTables,
  type MapEntry,
  type RequestFields,
} from './request-facts.ts';
import { conditionAttributes } from './expressions.ts';
import {
  argumentsOf,
  constantString,
  enclosing,
  integerLiteral,
  joinStringParts,
  nameField,
  readsPages,
  ScopedNames,
  tableReference,
  type DetectedAccess,
  type Detection,
  type FileDetector,
  type LanguageDetector,
  type ScopeNamer,
  type ValueReader,
} from './syntax.ts';
import { plusOperands, printfParts, statementText } from './templates.ts';

const PACKAGES: readonly [string, string][] = [
  ['com.amazonaws.services.dynamodbv2', 'aws-sdk-java'],
  ['software.amazon.awssdk.services.dynamodb', 'aws-sdk-java-v2'],
  ['software.amazon.awssdk.enhanced.dynamodb', 'aws-sdk-java-v2-enhanced'],
];

type Role =
  'client' | 'mapper' | 'enhanced-client' | 'enhanced-table' | 'document' | 'document-table' | 'request';

const TYPES: Readonly<Record<string, Role>> = {
  AmazonDynamoDB: 'client',
  AmazonDynamoDBClient: 'client',
  AmazonDynamoDBAsync: 'client',
  AmazonDynamoDBAsyncClient: 'client',
  DynamoDbClient: 'client',
  DynamoDbAsyncClient: 'client',
  DynamoDBMapper: 'mapper',
  IDynamoDBMapper: 'mapper',
  DynamoDbEnhancedClient: 'enhanced-client',
  DynamoDbEnhancedAsyncClient: 'enhanced-client',
  DynamoDbTable: 'enhanced-table',
  DynamoDbAsyncTable: 'enhanced-table',
  DynamoDbIndex: 'enhanced-table',
  DynamoDbAsyncIndex: 'enhanced-table',
  DynamoDB: 'document',
  Table: 'document-table',
  Index: 'document-table',
  ScanRequest: 'request',
  ScanEnhancedRequest: 'request',
  DynamoDBScanExpression: 'request',
  ScanSpec: 'request',
  ExecuteStatementRequest: 'request',
  QueryRequest: 'request',
  QueryEnhancedRequest: 'request',
  QuerySpec: 'request',
  DynamoDBQueryExpression: 'request',
  GetItemRequest: 'request',
  PutItemRequest: 'request',
  UpdateItemRequest: 'request',
  DeleteItemRequest: 'request',
  BatchGetItemRequest: 'request',
  BatchWriteItemRequest: 'request',
  TransactGetItemsRequest: 'request',
  TransactWriteItemsRequest: 'request',
};

const SCAN_METHODS = new Set(['scan', 'scanPaginator', 'parallelScan', 'scanPage']);

/** Low-level client methods (v1 and v2) → operations; `…Paginator` variants page. */
const CLIENT_OPERATIONS: Readonly<Record<string, DataOperation>> = {
  getItem: 'GetItem',
  query: 'Query',
  queryPaginator: 'Query',
  putItem: 'PutItem',
  updateItem: 'UpdateItem',
  deleteItem: 'DeleteItem',
  batchGetItem: 'BatchGetItem',
  batchGetItemPaginator: 'BatchGetItem',
  batchWriteItem: 'BatchWriteItem',
  transactGetItems: 'TransactGetItems',
  transactWriteItems: 'TransactWriteItems',
};

/** The enhanced client's and the document API's table methods. */
const TABLE_OPERATIONS: Readonly<Record<string, DataOperation>> = {
  getItem: 'GetItem',
  query: 'Query',
  putItem: 'PutItem',
  updateItem: 'UpdateItem',
  deleteItem: 'DeleteItem',
};

/**
 * DynamoDBMapper methods. Its batch methods resend what DynamoDB leaves unprocessed (batchLoad through
 * its retry strategy), so they never drop items silently.
 */
const MAPPER_OPERATIONS: Readonly<Record<string, DataOperation>> = {
  load: 'GetItem',
  query: 'Query',
  queryPage: 'Query',
  save: 'PutItem',
  delete: 'DeleteItem',
  batchLoad: 'BatchGetItem',
  batchSave: 'BatchWriteItem',
  batchWrite: 'BatchWriteItem',
  batchDelete: 'BatchWriteItem',
  transactionLoad: 'TransactGetItems',
  transactionWrite: 'TransactWriteItems',
};

/** The enhanced client's batch and transaction methods (on the client, not a table). */
const ENHANCED_CLIENT_OPERATIONS: Readonly<Record<string, DataOperation>> = {
  batchGetItem: 'BatchGetItem',
  batchWriteItem: 'BatchWriteItem',
  transactGetItems: 'TransactGetItems',
  transactWriteItems: 'TransactWriteItems',
};

/** Request builder setters that differ from the API's field names (the document API's `withNameMap`). */
const FIELD_ALIASES: Readonly<Record<string, readonly string[]>> = {
  ExpressionAttributeNames: ['expressionAttributeNames', 'withExpressionAttributeNames', 'withNameMap'],
  FilterExpression: ['filterExpression', 'withFilterExpression'],
};

const SCOPES: Readonly<Record<string, ScopeNamer>> = {
  method_declaration: nameField,
  constructor_declaration: nameField,
  class_declaration: nameField,
  record_declaration: nameField,
  enum_declaration: nameField,
};

const FUNCTIONS = new Set(['method_declaration', 'constructor_declaration', 'lambda_expression', 'program']);

const PATTERNS = [
  ...[
    'import_declaration',
    'field_declaration',
    'local_variable_declaration',
    'formal_parameter',
    'class_declaration',
  ].map((type) => ({ type, pattern: `(${type}) @declaration` })),
  // `request.setIndexName("byCustomer");`, `query.withHashKeyValues(key);`: a setter run as a statement.
  {
    type: 'expression_statement',
    pattern: `(expression_statement (method_invocation
      object: (identifier)
      name: (identifier) @_setter
      (#match? @_setter "^(set|with)[A-Z]"))) @declaration`,
  },
  {
    type: 'method_invocation',
    pattern: `(method_invocation
      name: (identifier) @_method
      (#any-of? @_method "scan" "scanPaginator" "parallelScan" "scanPage" "executeStatement" "getItem" "query"
        "queryPaginator" "putItem" "updateItem" "deleteItem" "batchGetItem" "batchGetItemPaginator"
        "batchWriteItem" "transactGetItems" "transactWriteItems" "load" "queryPage" "save" "delete"
        "batchLoad" "batchSave" "batchWrite" "batchDelete" "transactionLoad" "transactionWrite")) @candidate`,
  },
];

export const javaDetector: LanguageDetector = {
  patterns: PATTERNS,
  scopes: SCOPES,
  forFile(declarations) {
    const file = new JavaFile(declarations);
    return file.types.size ? file : undefined;
  },
};

interface Declared {
  readonly type?: string;
  readonly value?: Node;
  /** The method's parameter this name is. */
  readonly parameter?: Node;
}

interface Typed {
  readonly role: Role;
  readonly library: string;
  readonly type: string;
}

class JavaFile implements FileDetector {
  /** Simple type name → SDK, for the DynamoDB types this file can name. */
  readonly types = new Map<string, string>();
  private readonly bindings = new ScopedNames<Declared>(FUNCTIONS);
  /**
   * Method invocations by name, and what the invocations of a method pass at a parameter's position, each
   * made once per file: every statement parameter asked it, and a file of n copies of a method asked n times.
   */
  private invocations: Map<string, Node[]> | undefined;
  private readonly passed = new Map<string, { call: Node; value: Node }[]>();
  /**
   * Setter statements as builder fields, by node id: every request of a scope reads all of the scope's
   * setters, and each read of a node is a call into WebAssembly.
   */
  private readonly setterFields = new Map<number, readonly [string, Node | undefined]>();
  /** `@DynamoDBTable(tableName = "orders") class Order`: mapped class → the table name's expression. */
  private readonly mapped = new Map<string, Node>();
  /** Setter statements by the name of the request they set (`request.setIndexName(…)`). */
  private readonly setters = new ScopedNames<Node>(FUNCTIONS);

  constructor(declarations: readonly Node[]) {
    for (const declaration of declarations.filter((d) => d.type === 'import_declaration')) {
      const name = declaration.namedChildren.find((c) => c.type === 'scoped_identifier')?.text ?? '';
      const library = PACKAGES.find(([prefix]) => name.startsWith(prefix))?.[1];
      if (!library) continue;
      const wildcard = declaration.namedChildren.some((c) => c.type === 'asterisk');
      if (wildcard) {
        for (const type of Object.keys(TYPES)) if (!this.types.has(type)) this.types.set(type, library);
      } else {
        const simple = name.slice(name.lastIndexOf('.') + 1);
        if (TYPES[simple]) this.types.set(simple, library);
      }
    }
    if (this.types.size === 0) return;
    for (const node of declarations) {
      if (node.type === 'import_declaration') continue;
      if (node.type === 'expression_statement') {
        const call = node.namedChildren[0];
        const object = call?.childForFieldName('object');
        if (call && object) this.setters.set(object.text, call, node);
        continue;
      }
      if (node.type === 'class_declaration') {
        const name = node.childForFieldName('name')?.text;
        const table = mappedTable(node);
        if (name && table) this.mapped.set(name, table);
        continue;
      }
      const type = baseType(node.childForFieldName('type'));
      const declarators = node.type === 'formal_parameter' ? [node] : node.childrenForFieldName('declarator');
      for (const declarator of declarators) {
        const name = declarator.childForFieldName('name')?.text;
        const value = declarator.childForFieldName('value') ?? undefined;
        if (name)
          this.bindings.set(
            name,
            {
              ...(type && type !== 'var' ? { type } : {}),
              ...(value ? { value } : {}),
              ...(node.type === 'formal_parameter' ? { parameter: node } : {}),
            },
            declarator,
          );
      }
    }
  }

  /** The DynamoDB type an expression has, from declarations, constructors, builders and factories. */
  private typeOf(node: Node | null | undefined, depth = 0): Typed | undefined {
    if (!node || depth > 8) return undefined;
    switch (node.type) {
      case 'identifier':
      case 'field_access': {
        const name = node.type === 'field_access' ? node.childForFieldName('field')?.text : node.text;
        const declared = name ? this.bindings.get(name, node) : undefined;
        if (declared?.type) return this.known(declared.type);
        if (node.type === 'identifier' && !declared) return this.known(node.text);
        return this.typeOf(declared?.value, depth + 1);
      }
      case 'object_creation_expression':
        return this.known(baseType(node.childForFieldName('type')) ?? '');
      case 'parenthesized_expression':
      case 'cast_expression':
        return this.typeOf(node.childForFieldName('value') ?? node.namedChildren.at(-1), depth + 1);
      case 'method_invocation': {
        const method = node.childForFieldName('name')?.text;
        const object = this.typeOf(node.childForFieldName('object'), depth + 1);
        if (!object) return undefined;
        // enhancedClient.table("orders", schema) → DynamoDbTable; dynamoDB.getTable("orders") → Table
        if (object.role === 'enhanced-client' && method === 'table')
          return { ...object, role: 'enhanced-table', type: 'DynamoDbTable' };
        if (object.role === 'document' && method === 'getTable')
          return { ...object, role: 'document-table', type: 'Table' };
        // Builders and factories keep the type they start from: ScanRequest.builder()…build(), DynamoDbClient.create()
        return object;
      }
      default:
        return undefined;
    }
  }

  private known(type: string): Typed | undefined {
    const library = this.types.get(type);
    const role = TYPES[type];
    return library && role ? { role, library, type } : undefined;
  }

  detect(node: Node): Detection | readonly Detection[] | undefined {
    const method = node.childForFieldName('name')?.text ?? '';
    const receiver = this.typeOf(node.childForFieldName('object'));
    const args = argumentsOf(node.childForFieldName('arguments'));
    const request = args
      .map((a) => ({ node: a, typed: this.typeOf(a) }))
      .find((a) => a.typed?.role === 'request');
    const chain = request ? this.builderCalls(request.node) : new Map(args.flatMap((a) => lambdaCalls(a)));
    const role = receiver?.role;
    if (method === 'executeStatement') {
      if (role !== 'client' && request?.typed?.type !== 'ExecuteStatementRequest') return undefined;
      const statement = chain.get('statement') ?? chain.get('withStatement');
      const library = receiver?.library ?? request?.typed?.library ?? 'aws-sdk-java-v2';
      const passed = statement ? this.passedIn(statement) : undefined;
      if (passed) {
        // A helper running the statement its callers pass: each SELECT is reported where it is passed.
        return passed.flatMap(({ call, value }) => {
          const text = statementText(this.values, value);
          return text === undefined
            ? []
            : [{ node: call, operation: 'ExecuteStatement' as const, library, statement: text }];
        });
      }
      const text = statement ? statementText(this.values, statement) : undefined;
      return text === undefined
        ? undefined
        : { node, operation: 'ExecuteStatement', library, statement: text };
    }
    if (!SCAN_METHODS.has(method)) return this.operation(node, method, receiver, args, request, chain);
    if (role === 'mapper' || request?.typed?.type === 'DynamoDBScanExpression') {
      const parallel = method === 'parallelScan';
      const total = parallel ? integerLiteral(args[2]?.text) : undefined;
      // mapper.scan(Order.class, …) reads the table Order's @DynamoDBTable names.
      const entity = args[0]?.type === 'class_literal' ? baseType(args[0].namedChildren[0]) : undefined;
      const table = entity ? this.mapped.get(entity) : undefined;
      return {
        node,
        operation: parallel ? 'ParallelScan' : 'Scan',
        library: 'aws-sdk-java (DynamoDBMapper)',
        ...(table ? { table: tableReference(this.values, table) } : entity ? { entity } : {}),
        ...(total !== undefined ? { totalSegments: total } : {}),
        // scan() and parallelScan() return lists that load every page lazily; scanPage() reads one.
        paginated: method === 'scanPage' ? readsPages(enclosing(node, FUNCTIONS) ?? node) : true,
      };
    }
    if (role === 'enhanced-table' || role === 'document-table') {
      const tableNode = this.tableOfReceiver(node.childForFieldName('object'));
      return this.scan(node, receiver?.library ?? 'aws-sdk-java-v2-enhanced', chain, tableNode, true);
    }
    if (role !== 'client' && !request) return undefined;
    // A request handed to something that is not an SDK client: the class's own `scan(request)` helper,
    // or a field declared as another type (`DynamoDbDelegate delegate`). The SDK call is inside it.
    if (!receiver && this.declaredElsewhere(node.childForFieldName('object'))) return undefined;
    const library = receiver?.library ?? request?.typed?.library ?? 'aws-sdk-java-v2';
    // v1's scan(String tableName, …) overloads name the table first.
    const tableArgument = !request && args[0] && this.isStringLike(args[0]) ? args[0] : undefined;
    return this.scan(
      node,
      library,
      chain,
      tableArgument,
      method === 'scanPaginator' ? true : undefined,
      request?.node,
    );
  }

  private scan(
    node: Node,
    library: string,
    chain: ReadonlyMap<string, Node>,
    table: Node | undefined,
    paginated: boolean | undefined,
    request?: Node,
  ): Detection {
    const tableNode =
      chain.get('tableName') ?? chain.get('withTableName') ?? chain.get('<constructor>') ?? table;
    const segments = chain.get('totalSegments') ?? chain.get('withTotalSegments');
    const facts = { table: tableNode, segments, paginated, request };
    const fields = this.fields(this.withStatements(chain, request));
    return scanWithAccess(node, library, facts, this.values, FUNCTIONS, fields, this.opaque(request));
  }

  /** Every data-plane call other than a Scan or a PartiQL statement. */
  private operation(
    node: Node,
    method: string,
    receiver: Typed | undefined,
    args: Node[],
    request: { node: Node; typed: Typed | undefined } | undefined,
    chain: ReadonlyMap<string, Node>,
  ): Detection | readonly Detection[] | undefined {
    const role = receiver?.role;
    const receiverNode = node.childForFieldName('object');
    if (role === 'mapper') return this.mapperOperation(node, method, args, request, chain);
    if (role === 'enhanced-table' || role === 'document-table') {
      const operation = TABLE_OPERATIONS[method];
      if (!operation) return undefined;
      const table = this.tableOfReceiver(receiverNode);
      const library = receiver?.library ?? 'aws-sdk-java-v2-enhanced';
      const index = this.indexOfReceiver(receiverNode);
      return {
        node,
        operation,
        library,
        ...(table ? { table: tableReference(this.values, table) } : {}),
        ...(role === 'enhanced-table'
          ? this.enhancedAccess(operation, args, chain)
          : this.documentAccess(operation, args, chain)),
        ...(index && { index: detected(index, constantString(this.values, index)) }),
        // Both return iterables that fetch every page as they are read (PageIterable, ItemCollection).
        ...(operation === 'Query' && { paginated: true }),
      };
    }
    if (role === 'enhanced-client') {
      const operation = ENHANCED_CLIENT_OPERATIONS[method];
      return operation
        ? { node, operation, library: receiver?.library ?? '', ...batchHandling(operation, node) }
        : undefined;
    }
    const operation = CLIENT_OPERATIONS[method];
    if (!operation || (role !== 'client' && !request)) return undefined;
    if (request && request.typed?.type !== `${operation}Request`) return undefined;
    if (!receiver && this.declaredElsewhere(receiverNode)) return undefined;
    const library = receiver?.library ?? request?.typed?.library ?? 'aws-sdk-java-v2';
    const fields = this.fields(this.withStatements(chain, request?.node));
    const found: Detection = {
      node,
      operation,
      library,
      ...requestAccess(operation, fields, this.opaque(request?.node)),
      ...batchHandling(operation, node, method.endsWith('Paginator')),
      ...(operation === 'Query' &&
        queryPaging(
          node,
          { request: request?.node, paginated: method.endsWith('Paginator') || undefined },
          this.values,
          FUNCTIONS,
        )),
    };
    // v1's getItem(String tableName, …) overloads name the table first.
    const first = args[0];
    const table =
      fields.field('TableName') ??
      chain.get('<constructor>') ??
      (!request && first && this.isStringLike(first) ? first : undefined);
    return withTables(found, fields, this.values, table);
  }

  private opaque(request: Node | undefined): Node | undefined {
    return opaqueName(request, this.values);
  }

  /**
   * A request's builder calls with the setters later statements run on the variable holding it
   * (`request.setIndexName(…)`, `query.withHashKeyValues(…)`), each under its `with…` name.
   */
  private withStatements(chain: ReadonlyMap<string, Node>, request: Node | undefined): Map<string, Node> {
    const calls = new Map(chain);
    if (request?.type !== 'identifier') return calls;
    for (const call of this.setters.all(request.text, request)) {
      const [key, value] = this.setterField(call);
      if (value && !calls.has(key)) calls.set(key, value);
    }
    return calls;
  }

  /** A setter statement as a builder field (`setIndexName(x)` → `withIndexName`, x), read once per statement. */
  private setterField(call: Node): readonly [string, Node | undefined] {
    let field = this.setterFields.get(call.id);
    if (!field) {
      const name = call.childForFieldName('name')?.text ?? '';
      field = [name.replace(/^set/, 'with'), argumentsOf(call.childForFieldName('arguments'))[0]];
      this.setterFields.set(call.id, field);
    }
    return field;
  }

  /** Builder setters (`indexName(…)`, v1's `withIndexName(…)`) as request fields. */
  private fields(chain: ReadonlyMap<string, Node>): RequestFields {
    return {
      field: (name) => {
        const setters = FIELD_ALIASES[name] ?? [lowerFirst(name), `with${name}`];
        for (const setter of setters) {
          const value = chain.get(setter);
          if (value) return value;
        }
        return undefined;
      },
      string: (node) => constantString(this.values, node) ?? enumConstant(node),
      entries: (node) => this.mapEntries(node),
      boolean: (node) => this.booleanValue(node),
      filterBuilder: (node) => this.expressionAttributes(node),
    };
  }

  /** `Map.of(k, v, …)`, `Map.ofEntries(Map.entry(k, v), …)`, the document API's `new NameMap().with(k, v)`. */
  private mapEntries(node: Node): MapEntry[] | undefined {
    return throughNames(node, this.values, (literal) => this.mapLiteral(literal));
  }

  private mapLiteral(node: Node): MapEntry[] | undefined {
    if (node.type === 'object_creation_expression') return [];
    if (node.type !== 'method_invocation') return undefined;
    const name = node.childForFieldName('name')?.text;
    const object = node.childForFieldName('object');
    const args = argumentsOf(node.childForFieldName('arguments'));
    if (name === 'of' && /^(Map|ImmutableMap)$/.test(object?.text ?? '') && args.length % 2 === 0)
      return args.flatMap((key, i) => {
        const value = args[i + 1];
        return i % 2 === 0 && value ? [{ key, value }] : [];
      });
    if (name === 'ofEntries' && object?.text === 'Map') {
      const entries = args.map((entry) => {
        const [key, value] =
          entry.type === 'method_invocation' && entry.childForFieldName('name')?.text === 'entry'
            ? argumentsOf(entry.childForFieldName('arguments'))
            : [];
        return key && value ? { key, value } : undefined;
      });
      return entries.every((e) => e !== undefined) ? entries : undefined;
    }
    // new NameMap().with("#c", "customerId").with(…)
    if (name === 'with' && object && args[0] && args[1]) {
      const before = this.mapLiteral(object);
      return before ? [...before, { key: args[0], value: args[1] }] : undefined;
    }
    return undefined;
  }

  private booleanValue(node: Node): boolean | undefined {
    return throughNames(node, this.values, (n) =>
      n.type === 'true' || n.type === 'false' ? n.type === 'true' : undefined,
    );
  }

  /** The enhanced client's `Expression.builder().expression("#s = :s").expressionNames(…)`: the attributes read. */
  private expressionAttributes(node: Node): string[] | undefined {
    const calls = this.builderCalls(node);
    const expression = calls.get('expression');
    const text = expression ? constantString(this.values, expression) : undefined;
    if (text === undefined) return undefined;
    const map = calls.get('expressionNames');
    const names = attributeNames(map && this.mapEntries(map), (n) => constantString(this.values, n));
    return conditionAttributes(text, names);
  }

  /**
   * The enhanced client: key attribute names come from the table schema (the bean's annotations), not
   * the call, so a query's key condition is unknown; its filter is an `Expression` the call may spell out.
   */
  private enhancedAccess(
    operation: DataOperation,
    args: Node[],
    chain: ReadonlyMap<string, Node>,
  ): DetectedAccess {
    if (operation !== 'Query' && operation !== 'GetItem') return {};
    const fields = this.fields(chain);
    const consistent = fields.field('ConsistentRead');
    const consistentRead = consistent && {
      consistentRead: detected(consistent, this.booleanValue(consistent)),
    };
    if (operation === 'GetItem') return { ...consistentRead };
    const filterNode = fields.field('FilterExpression');
    const conditional = chain.get('queryConditional') ?? args[0];
    return {
      ...(conditional && {
        keyCondition: { node: conditional, reason: 'key attributes come from the table schema' },
      }),
      ...(filterNode && { filter: detected(filterNode, this.expressionAttributes(filterNode)) }),
      ...consistentRead,
    };
  }

  /** The v1 document API: a `QuerySpec`, or `query("customerId", value)` naming the hash key. */
  private documentAccess(
    operation: DataOperation,
    args: Node[],
    chain: ReadonlyMap<string, Node>,
  ): DetectedAccess {
    const calls = this.withStatements(chain, args[0]);
    const hashKey = operation === 'Query' && args.length >= 2 ? args[0] : undefined;
    const attribute = hashKey ? constantString(this.values, hashKey) : undefined;
    if (hashKey && attribute !== undefined && args.length === 2)
      return { keyCondition: { node: hashKey, value: [{ attribute, operator: '=', node: hashKey }] } };
    if (hashKey) return { keyCondition: { node: hashKey, reason: 'computed at run time' } };
    return {
      ...requestAccess(operation, this.fields(calls), this.opaque(args[0])),
      ...(operation === 'Query' && this.addedKeyTerms(calls, ['withHashKey', 'withRangeKeyCondition'])),
    };
  }

  /**
   * Setters that put key terms into a query beside its key condition expression: the expression alone
   * is then not the whole condition, so it is unknown rather than read as complete.
   */
  private addedKeyTerms(chain: ReadonlyMap<string, Node>, setters: readonly string[]): DetectedAccess {
    const added = setters.map((setter) => chain.get(setter)).find((node) => node !== undefined);
    return added
      ? { keyCondition: { node: added, reason: 'key terms come from the mapped object or key attribute' } }
      : {};
  }

  /** DynamoDBMapper: the entity's table from its `@DynamoDBTable`, a query expression's facts; batches retry. */
  private mapperOperation(
    node: Node,
    method: string,
    args: Node[],
    request: { node: Node; typed: Typed | undefined } | undefined,
    chain: ReadonlyMap<string, Node>,
  ): Detection | undefined {
    const operation = MAPPER_OPERATIONS[method];
    if (!operation) return undefined;
    const first = args[0];
    const entity =
      first?.type === 'class_literal'
        ? baseType(first.namedChildren[0])
        : first?.type === 'identifier'
          ? this.bindings.get(first.text, first)?.type
          : undefined;
    const table = entity ? this.mapped.get(entity) : undefined;
    const batch = method.startsWith('batch');
    const query = operation === 'Query' && request?.typed?.type === 'DynamoDBQueryExpression';
    const calls = this.withStatements(chain, request?.node);
    const fields = this.fields(calls);
    const access = query ? requestAccess('Query', fields, this.opaque(request.node)) : {};
    // withHashKeyValues(object) adds the hash key condition from the mapped class to what the expression says.
    const keyCondition = query && this.addedKeyTerms(calls, ['withHashKeyValues', 'withRangeKeyConditions']);
    return {
      node,
      operation,
      library: 'aws-sdk-java (DynamoDBMapper)',
      ...(table ? { table: tableReference(this.values, table) } : entity && !batch ? { entity } : {}),
      ...access,
      ...keyCondition,
      ...(batch ? { unprocessedHandled: true } : {}),
      ...(operation === 'Query'
        ? { paginated: method === 'query' ? true : readsPages(enclosing(node, FUNCTIONS) ?? node) }
        : {}),
    };
  }

  /** The index a receiver was obtained with: `table.index("byCustomer")`, `table.getIndex("byCustomer")`. */
  private indexOfReceiver(receiver: Node | null, depth = 0): Node | undefined {
    if (!receiver || depth > 4) return undefined;
    if (receiver.type === 'identifier' || receiver.type === 'field_access') {
      const name =
        receiver.type === 'field_access' ? receiver.childForFieldName('field')?.text : receiver.text;
      return this.indexOfReceiver(
        name ? (this.bindings.get(name, receiver)?.value ?? null) : null,
        depth + 1,
      );
    }
    if (
      receiver.type === 'method_invocation' &&
      /^(index|getIndex)$/.test(receiver.childForFieldName('name')?.text ?? '')
    )
      return argumentsOf(receiver.childForFieldName('arguments'))[0];
    return undefined;
  }

  /**
   * When `value` is a parameter of its method: the file's calls of that method and what each passes
   * for it. Undefined when it is not a parameter.
   */
  private passedIn(value: Node): { call: Node; value: Node }[] | undefined {
    if (value.type !== 'identifier') return undefined;
    const parameter = this.bindings.get(value.text, value)?.parameter;
    const method = parameter?.parent?.parent;
    if (!parameter?.parent || method?.type !== 'method_declaration') return undefined;
    const index = argumentsOf(parameter.parent).findIndex((p) => p.equals(parameter));
    const name = method.childForFieldName('name')?.text;
    if (name === undefined) return [];
    const key = `${name}\u0000${index}`;
    let passed = this.passed.get(key);
    if (!passed) {
      passed = this.invocationsNamed(method.tree.rootNode, name).flatMap((call) => {
        const argument = argumentsOf(call.childForFieldName('arguments'))[index];
        return argument ? [{ call, value: argument }] : [];
      });
      this.passed.set(key, passed);
    }
    return passed;
  }

  /** The file's method invocations of one name, from an index of them all made on the first lookup. */
  private invocationsNamed(root: Node, name: string): readonly Node[] {
    if (!this.invocations) {
      const byName = new Map<string, Node[]>();
      for (const call of root.descendantsOfType('method_invocation')) {
        const called = call.childForFieldName('name')?.text;
        if (called === undefined) continue;
        const calls = byName.get(called);
        if (calls) calls.push(call);
        else byName.set(called, [call]);
      }
      this.invocations = byName;
    }
    return this.invocations.get(name) ?? [];
  }

  /** Builder and setter calls on a request, by method name → first argument (the request may be a variable). */
  private builderCalls(node: Node, depth = 0): Map<string, Node> {
    const calls = new Map<string, Node>();
    let at: Node | null | undefined = node;
    for (let steps = 0; at && steps < 64; steps += 1) {
      if (at.type === 'identifier' && depth < 4) {
        const value = this.bindings.get(at.text, at)?.value;
        for (const [k, v] of value ? this.builderCalls(value, depth + 1) : [])
          if (!calls.has(k)) calls.set(k, v);
        break;
      }
      if (at.type === 'object_creation_expression') {
        const first = argumentsOf(at.childForFieldName('arguments'))[0];
        if (first) calls.set('<constructor>', first);
        break;
      }
      if (at.type !== 'method_invocation') break;
      const name = at.childForFieldName('name')?.text;
      const first = argumentsOf(at.childForFieldName('arguments'))[0];
      if (name && first && !calls.has(name)) calls.set(name, first);
      at = at.childForFieldName('object');
    }
    return calls;
  }

  /** The table name an enhanced or document table was obtained with: `…table("orders", schema)`. */
  private tableOfReceiver(receiver: Node | null, depth = 0): Node | undefined {
    if (!receiver || depth > 4) return undefined;
    if (receiver.type === 'identifier' || receiver.type === 'field_access') {
      const name =
        receiver.type === 'field_access' ? receiver.childForFieldName('field')?.text : receiver.text;
      return this.tableOfReceiver(
        name ? (this.bindings.get(name, receiver)?.value ?? null) : null,
        depth + 1,
      );
    }
    if (receiver.type !== 'method_invocation') return undefined;
    const method = receiver.childForFieldName('name')?.text ?? '';
    if (/^(table|getTable)$/.test(method)) return argumentsOf(receiver.childForFieldName('arguments'))[0];
    // table.index("byCustomer"): the index's table.
    if (/^(index|getIndex)$/.test(method))
      return this.tableOfReceiver(receiver.childForFieldName('object'), depth + 1);
    return undefined;
  }

  /** No receiver (`scan(request)`), `this`/`super`, or a name declared with a type the SDKs do not have. */
  private declaredElsewhere(receiver: Node | null): boolean {
    if (!receiver || receiver.type === 'this' || receiver.type === 'super') return true;
    const name = receiver.type === 'field_access' ? receiver.childForFieldName('field')?.text : receiver.text;
    const type = name ? this.bindings.get(name, receiver)?.type : undefined;
    return type !== undefined && !TYPES[type];
  }

  private isStringLike(node: Node): boolean {
    if (node.type === 'string_literal') return true;
    if (node.type === 'identifier') return this.bindings.get(node.text, node)?.type === 'String';
    return node.type === 'method_invocation' && node.childForFieldName('name')?.text === 'getenv';
  }

  private readonly values: ValueReader = {
    literal: stringValue,
    environment: (node) =>
      node.type === 'method_invocation' &&
      node.childForFieldName('object')?.text === 'System' &&
      node.childForFieldName('name')?.text === 'getenv'
        ? stringValue(argumentsOf(node.childForFieldName('arguments'))[0])
        : undefined,
    // A constant, also through its class: `TABLE`, `Tables.ORDERS`.
    bound: (node) => {
      const name = node.type === 'field_access' ? node.childForFieldName('field') : node;
      return name?.type === 'identifier' ? this.bindings.get(name.text, node)?.value : undefined;
    },
    // String.format("SELECT * FROM %s", table), "SELECT * FROM %s".formatted(table)
    template: (node) => {
      if (node.type !== 'method_invocation') return undefined;
      const name = node.childForFieldName('name')?.text;
      const object = node.childForFieldName('object');
      const args = argumentsOf(node.childForFieldName('arguments'));
      if (name === 'format' && object?.text === 'String') {
        const [format, ...rest] = args;
        const text = format ? stringValue(format) : undefined;
        return text === undefined ? undefined : printfParts(text, rest);
      }
      const text = name === 'formatted' && object ? stringValue(object) : undefined;
      return text === undefined ? undefined : printfParts(text, args);
    },
    concatenation: plusOperands,
  };
}

/** `@DynamoDBTable(tableName = "orders")` on a class → `"orders"`. */
function mappedTable(declaration: Node): Node | undefined {
  const modifiers = declaration.namedChildren.find((c) => c.type === 'modifiers');
  for (const annotation of modifiers?.namedChildren ?? []) {
    if (annotation.type !== 'annotation' || annotation.childForFieldName('name')?.text !== 'DynamoDBTable')
      continue;
    const pair = annotation
      .descendantsOfType('element_value_pair')
      .find((p) => p.childForFieldName('key')?.text === 'tableName');
    return pair?.childForFieldName('value') ?? undefined;
  }
  return undefined;
}

/** `DynamoDbTable<Order>` → DynamoDbTable; `software.amazon…DynamoDbClient` → DynamoDbClient. */
function baseType(node: Node | null | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'generic_type') return baseType(node.namedChildren[0]);
  if (node.type === 'scoped_type_identifier') return node.text.slice(node.text.lastIndexOf('.') + 1);
  return node.text;
}

/** `client.scan(b -> b.tableName("orders").totalSegments(4))`: the builder calls inside the lambda. */
function lambdaCalls(node: Node): [string, Node][] {
  if (node.type !== 'lambda_expression') return [];
  return node.descendantsOfType('method_invocation').flatMap((call) => {
    const name = call.childForFieldName('name')?.text;
    const first = argumentsOf(call.childForFieldName('arguments'))[0];
    return name && first ? [[name, first] as [string, Node]] : [];
  });
}

/** `IndexName` → `indexName`: the v2 builder's setter. */
function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** `Select.COUNT`: an SDK enum constant, written as its name. */
function enumConstant(node: Node): string | undefined {
  if (node.type !== 'field_access' || node.childForFieldName('object')?.text !== 'Select') return undefined;
  return node.childForFieldName('field')?.text;
}

const JAVA_TEXT = new Set(['string_fragment', 'multiline_string_fragment']);

function stringValue(node: Node | null | undefined): string | undefined {
  if (node?.type !== 'string_literal') return undefined;
  return joinStringParts(node.namedChildren, JAVA_TEXT);
}
