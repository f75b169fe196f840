/**
 * DynamoDB Scans and PartiQL statements in C#: the low-level client (`ScanAsync`/`Scan`, its
 * `Paginators.Scan`), the document model (`Table.Scan`) and the object persistence model
 * (`DynamoDBContext.ScanAsync`/`Scan`/`FromScanAsync`), `ExecuteStatementAsync`. A call counts only in
 * a file that uses `Amazon.DynamoDBv2` and when the receiver's declared type or the request's type is a
 * DynamoDB one.
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
import { parseKeyCondition } from './expressions.ts';
import {
  argumentsOf,
  constantString,
  joinStringParts,
  nameField,
  ScopedNames,
  tableReference,
  unescapeSequence,
  type DetectedAccess,
  type Detection,
  type FileDetector,
  type LanguageDetector,
  type ScopeNamer,
  type TemplatePart,
  type ValueReader,
} from './syntax.ts';
import { braceParts, plusOperands, statementText } from './templates.ts';

const LIBRARY = 'aws-sdk-net';

type Role = 'client' | 'context' | 'table' | 'request' | 'paginators' | 'config';

const TYPES: Readonly<Record<string, Role>> = {
  IAmazonDynamoDB: 'client',
  AmazonDynamoDBClient: 'client',
  DynamoDBContext: 'context',
  IDynamoDBContext: 'context',
  Table: 'table',
  ITable: 'table',
  ScanRequest: 'request',
  ScanOperationConfig: 'request',
  ScanConfig: 'request',
  ExecuteStatementRequest: 'request',
  QueryRequest: 'request',
  QueryOperationConfig: 'request',
  GetItemRequest: 'request',
  PutItemRequest: 'request',
  UpdateItemRequest: 'request',
  DeleteItemRequest: 'request',
  BatchGetItemRequest: 'request',
  BatchWriteItemRequest: 'request',
  TransactGetItemsRequest: 'request',
  TransactWriteItemsRequest: 'request',
  // DynamoDBContext's per-call settings: `IndexName`, `ConsistentRead`.
  DynamoDBOperationConfig: 'config',
  QueryConfig: 'config',
  LoadConfig: 'config',
};

/** Low-level client operations (each also `…Async`). */
const CLIENT_OPERATIONS: Readonly<Record<string, DataOperation>> = {
  Query: 'Query',
  GetItem: 'GetItem',
  PutItem: 'PutItem',
  UpdateItem: 'UpdateItem',
  DeleteItem: 'DeleteItem',
  BatchGetItem: 'BatchGetItem',
  BatchWriteItem: 'BatchWriteItem',
  TransactGetItems: 'TransactGetItems',
  TransactWriteItems: 'TransactWriteItems',
};

/** The document model's `Table` methods. */
const TABLE_OPERATIONS: Readonly<Record<string, DataOperation>> = {
  Query: 'Query',
  GetItem: 'GetItem',
  PutItem: 'PutItem',
  UpdateItem: 'UpdateItem',
  DeleteItem: 'DeleteItem',
};

/** `DynamoDBContext` methods; its batches resend what DynamoDB leaves unprocessed on their own. */
const CONTEXT_OPERATIONS: Readonly<Record<string, DataOperation>> = {
  Load: 'GetItem',
  Query: 'Query',
  FromQuery: 'Query',
  Save: 'PutItem',
  Delete: 'DeleteItem',
  CreateBatchGet: 'BatchGetItem',
  CreateBatchWrite: 'BatchWriteItem',
  CreateTransactGet: 'TransactGetItems',
  CreateTransactWrite: 'TransactWriteItems',
};

const SCAN_METHODS = new Set(['Scan', 'ScanAsync', 'FromScan', 'FromScanAsync']);

const SCOPES: Readonly<Record<string, ScopeNamer>> = {
  method_declaration: nameField,
  constructor_declaration: nameField,
  local_function_statement: nameField,
  class_declaration: nameField,
  record_declaration: nameField,
};

const FUNCTIONS = new Set([
  'method_declaration',
  'constructor_declaration',
  'local_function_statement',
  'lambda_expression',
  'compilation_unit',
]);

const METHODS = new Set([
  ...SCAN_METHODS,
  'ExecuteStatement',
  'ExecuteStatementAsync',
  ...[...new Set([...Object.keys(CLIENT_OPERATIONS), ...Object.keys(CONTEXT_OPERATIONS)])].flatMap((m) => [
    m,
    `${m}Async`,
  ]),
]);

/**
 * Single-node patterns: C#'s grammar is large, and a pattern with fields or predicates costs tens of
 * milliseconds to compile; the method name is checked on the captured calls instead.
 */
const PATTERNS = [
  ...[
    'using_directive',
    'variable_declaration',
    'parameter',
    'property_declaration',
    'class_declaration',
    'assignment_expression',
  ].map((type) => ({
    type,
    pattern: `(${type}) @declaration`,
  })),
  { type: 'invocation_expression', pattern: '(invocation_expression) @candidate' },
];

export const csharpDetector: LanguageDetector = {
  patterns: PATTERNS,
  scopes: SCOPES,
  forFile(declarations) {
    const usesDynamoDb = declarations.some(
      (d) => d.type === 'using_directive' && d.text.includes('Amazon.DynamoDBv2'),
    );
    return usesDynamoDb ? new CSharpFile(declarations) : undefined;
  },
};

interface Declared {
  readonly type?: string;
  readonly value?: Node;
}

class CSharpFile implements FileDetector {
  private readonly bindings = new ScopedNames<Declared>(FUNCTIONS);
  /** `request.IndexName = "byCustomer"` after the request is made: `request.IndexName` → the value. */
  private readonly members = new ScopedNames<Node>(FUNCTIONS);
  /** `[DynamoDBTable("orders")] class Order`: mapped class → the table name's expression. */
  private readonly mapped = new Map<string, Node>();

  constructor(declarations: readonly Node[]) {
    for (const declaration of declarations) {
      if (declaration.type === 'using_directive') continue;
      if (declaration.type === 'assignment_expression') {
        this.assignMember(declaration);
        continue;
      }
      if (declaration.type === 'class_declaration') {
        const name = declaration.childForFieldName('name')?.text;
        const table = mappedTable(declaration);
        if (name && table) this.mapped.set(name, table);
        continue;
      }
      const type = baseType(declaration.childForFieldName('type'));
      const declarators =
        declaration.type === 'variable_declaration'
          ? declaration.namedChildren.filter((c) => c.type === 'variable_declarator')
          : [declaration];
      for (const declarator of declarators) {
        const name = declarator.childForFieldName('name')?.text;
        const value = declarator.type === 'variable_declarator' ? declaratorValue(declarator) : undefined;
        if (name)
          this.bindings.set(
            name,
            { ...(type && type !== 'var' ? { type } : {}), ...(value ? { value } : {}) },
            declarator,
          );
      }
    }
  }

  private roleOf(node: Node | null | undefined, depth = 0): { role: Role; type: string } | undefined {
    if (!node || depth > 8) return undefined;
    switch (node.type) {
      case 'identifier':
      case 'member_access_expression': {
        // `this._db`, `_db`, and static uses (`Table.LoadTable`) all end in a name.
        const name =
          node.type === 'member_access_expression' ? node.childForFieldName('name')?.text : node.text;
        if (node.type === 'member_access_expression' && name === 'Paginators') {
          const owner = this.roleOf(node.childForFieldName('expression'), depth + 1);
          return owner?.role === 'client' ? { role: 'paginators', type: 'Paginators' } : undefined;
        }
        const declared = name ? this.bindings.get(name, node) : undefined;
        if (declared?.type) return known(declared.type);
        if (declared?.value) return this.roleOf(declared.value, depth + 1);
        return name ? known(name) : undefined;
      }
      case 'object_creation_expression':
        return known(baseType(node.childForFieldName('type')) ?? '');
      case 'await_expression':
      case 'parenthesized_expression':
        return this.roleOf(node.namedChildren[0], depth + 1);
      case 'invocation_expression': {
        const callee = node.childForFieldName('function');
        const method = callee?.childForFieldName('name')?.text;
        const owner = this.roleOf(callee?.childForFieldName('expression'), depth + 1);
        // Table.LoadTable(client, "orders"), context.GetTargetTable<T>()
        if (method === 'LoadTable' || method === 'TryLoadTable')
          return owner?.role === 'table' ? owner : undefined;
        if (
          callee?.childForFieldName('name')?.type === 'generic_name' &&
          callee.text.includes('GetTargetTable')
        )
          return { role: 'table', type: 'Table' };
        return undefined;
      }
      default:
        return undefined;
    }
  }

  detect(node: Node): Detection | readonly Detection[] | undefined {
    const callee = node.childForFieldName('function');
    const name = callee?.childForFieldName('name');
    const method = (name?.type === 'generic_name' ? name.namedChildren[0]?.text : name?.text) ?? '';
    if (!METHODS.has(method)) return undefined;
    const receiverNode = callee?.childForFieldName('expression');
    const receiver = this.roleOf(receiverNode);
    const args = argumentsOf(node.childForFieldName('arguments')).map((a) =>
      a.type === 'argument' ? (a.namedChildren.at(-1) ?? a) : a,
    );
    const request = args.find((a) => this.roleOf(a)?.role === 'request');
    const initializer = request ? this.initializer(request) : new Map<string, Node>();
    if (method.startsWith('ExecuteStatement')) {
      if (receiver?.role !== 'client' && !request) return undefined;
      const statement = initializer.get('Statement');
      const text = statement ? statementText(this.values, statement) : undefined;
      return text === undefined
        ? undefined
        : { node, operation: 'ExecuteStatement', library: LIBRARY, statement: text };
    }
    const role = receiver?.role;
    if (!SCAN_METHODS.has(method)) {
      const base = method.replace(/Async$/, '');
      if (role === 'context') return this.contextOperation(node, base, name, args);
      if (role === 'table') return this.tableOperation(node, base, receiverNode, args, request);
      return this.clientOperation(node, base, role, args, request, initializer);
    }
    if (role === 'context') {
      // DynamoDBContext: AsyncSearch / IEnumerable results page through the table as they are read.
      // ScanAsync<Order>(…) reads the table Order's [DynamoDBTable] attribute names.
      const entity = name?.type === 'generic_name' ? typeArguments(name)[0] : undefined;
      const table = entity ? this.mapped.get(entity) : undefined;
      return {
        node,
        operation: 'Scan',
        library: `${LIBRARY} (DynamoDBContext)`,
        paginated: true,
        ...(table ? { table: tableReference(this.values, table) } : entity ? { entity } : {}),
      };
    }
    if (role === 'table') {
      const table = this.loadedTableName(receiverNode);
      return this.scan(node, `${LIBRARY} (Table)`, initializer, table, true);
    }
    if (role === 'paginators') return this.scan(node, LIBRARY, initializer, undefined, true);
    if (role !== 'client' && !request) return undefined;
    // ScanAsync("orders", conditions) names the table first.
    const first = args[0];
    const table = !request && first && first.type !== 'object_creation_expression' ? first : undefined;
    return this.scan(node, LIBRARY, initializer, table, undefined, request);
  }

  private scan(
    node: Node,
    library: string,
    initializer: ReadonlyMap<string, Node>,
    table: Node | undefined,
    paginated: boolean | undefined,
    request?: Node,
  ): Detection {
    const tableNode = initializer.get('TableName') ?? table;
    const segments = initializer.get('TotalSegments');
    const facts = { table: tableNode, segments, paginated, request };
    const fields = this.fields(initializer, request);
    return scanWithAccess(node, library, facts, this.values, FUNCTIONS, fields, this.opaque(request));
  }

  /** The low-level client (and its `Paginators`): a request object's facts; one row per batch table. */
  private clientOperation(
    node: Node,
    base: string,
    role: Role | undefined,
    args: Node[],
    request: Node | undefined,
    initializer: ReadonlyMap<string, Node>,
  ): Detection | readonly Detection[] | undefined {
    const operation = CLIENT_OPERATIONS[base];
    if (!operation || (role !== 'client' && role !== 'paginators' && !request)) return undefined;
    const requestType = request ? this.roleOf(request)?.type : undefined;
    if (requestType !== undefined && requestType !== `${operation}Request`) return undefined;
    const fields = this.fields(initializer, request);
    const found: Detection = {
      node,
      operation,
      library: LIBRARY,
      ...requestAccess(operation, fields, this.opaque(request)),
      ...batchHandling(operation, node, role === 'paginators'),
      ...(operation === 'Query' &&
        queryPaging(
          node,
          { request, paginated: role === 'paginators' || undefined },
          this.values,
          FUNCTIONS,
        )),
    };
    // GetItemAsync("orders", key) names the table first.
    const first = args[0];
    const table =
      fields.field('TableName') ??
      (!request && first && first.type !== 'object_creation_expression' ? first : undefined);
    return withTables(found, fields, this.values, table);
  }

  /** The document model's `Table`: a `QueryOperationConfig`, or `Query(hashKey, filter)`. */
  private tableOperation(
    node: Node,
    base: string,
    receiverNode: Node | null | undefined,
    args: Node[],
    request: Node | undefined,
  ): Detection | undefined {
    const operation = TABLE_OPERATIONS[base];
    if (!operation) return undefined;
    const table = this.loadedTableName(receiverNode);
    const config = request ? this.initializer(request) : undefined;
    return {
      node,
      operation,
      library: `${LIBRARY} (Table)`,
      ...(table ? { table: tableReference(this.values, table) } : {}),
      ...(operation === 'Query' ? this.queryConfig(node, config, request) : {}),
      ...(operation === 'Query' && { paginated: true }),
    };
  }

  /**
   * A `QueryOperationConfig`: `IndexName`, `KeyExpression` (an `Expression` with its statement and
   * names), `FilterExpression`, `ConsistentRead`, `Select`. Without one (`Query(hashKey, filter)`), the
   * key attribute comes from the table's description at run time.
   */
  private queryConfig(
    node: Node,
    config: ReadonlyMap<string, Node> | undefined,
    request: Node | undefined,
  ): DetectedAccess {
    if (!config || !request)
      return { keyCondition: { node, reason: 'the key attribute is read from the table at run time' } };
    const fields = this.fields(config, request);
    const access = requestAccess('Query', fields, this.opaque(request));
    const keyExpression = config.get('KeyExpression');
    // A QueryFilter's conditions on key attributes become key conditions: then the expression is not all.
    const filter = config.get('Filter');
    if (filter)
      return { ...access, keyCondition: { node: filter, reason: 'key terms may come from the QueryFilter' } };
    if (!keyExpression) return access;
    const expression = this.initializer(keyExpression);
    const statement = expression.get('ExpressionStatement');
    const text = statement ? constantString(this.values, statement) : undefined;
    const map = expression.get('ExpressionAttributeNames');
    const names = attributeNames(map && this.dictionaryEntries(map), (n) => constantString(this.values, n));
    const terms = text !== undefined ? parseKeyCondition(text, names) : undefined;
    return { ...access, keyCondition: detected(keyExpression, terms) };
  }

  /**
   * `DynamoDBContext`: the mapped class's table, the index and consistency its operation config sets.
   * Key attributes come from the class's `[DynamoDBHashKey]`/`[DynamoDBRangeKey]`, not the call.
   */
  private contextOperation(
    node: Node,
    base: string,
    name: Node | null | undefined,
    args: Node[],
  ): Detection | undefined {
    const operation = CONTEXT_OPERATIONS[base];
    if (!operation) return undefined;
    const entity = name?.type === 'generic_name' ? typeArguments(name)[0] : this.declaredType(args[0]);
    const table = entity ? this.mapped.get(entity) : undefined;
    const config = args.find((a) => {
      const role = this.roleOf(a)?.role;
      return role === 'config' || role === 'request';
    });
    const settings = config ? this.initializer(config) : new Map<string, Node>();
    const fields = this.fields(settings, config);
    const index = fields.field('IndexName');
    const consistent = fields.field('ConsistentRead');
    const batch = operation === 'BatchGetItem' || operation === 'BatchWriteItem';
    const query = operation === 'Query';
    return {
      node,
      operation,
      library: `${LIBRARY} (DynamoDBContext)`,
      ...(table ? { table: tableReference(this.values, table) } : entity ? { entity } : {}),
      ...(query && { keyCondition: { node, reason: 'key attributes come from the mapped class' } }),
      ...(query && index && { index: detected(index, constantString(this.values, index)) }),
      ...(consistent && { consistentRead: detected(consistent, this.booleanValue(consistent)) }),
      ...(batch && { unprocessedHandled: true }),
      ...(query && { paginated: true }),
    };
  }

  /** The declared type of a variable passed (`SaveAsync(order)` with `Order order`). */
  private declaredType(node: Node | undefined): string | undefined {
    return node?.type === 'identifier' ? this.bindings.get(node.text, node)?.type : undefined;
  }

  private opaque(request: Node | undefined): Node | undefined {
    return opaqueName(request, this.values);
  }

  /** An object initializer's assignments as request fields. */
  private assignMember(assignment: Node): void {
    const left = assignment.childForFieldName('left');
    const right = assignment.childForFieldName('right');
    const owner = left?.type === 'member_access_expression' ? left.childForFieldName('expression') : null;
    const member = left?.childForFieldName('name')?.text;
    if (owner?.type === 'identifier' && member && right)
      this.members.set(`${owner.text}.${member}`, right, assignment);
  }

  /** A request's fields: its object initializer, then what is assigned to the variable holding it. */
  private fields(initializer: ReadonlyMap<string, Node>, request?: Node): RequestFields {
    const assigned = (name: string): Node | undefined =>
      request?.type === 'identifier' ? this.members.get(`${request.text}.${name}`, request) : undefined;
    return {
      field: (name) => initializer.get(name) ?? assigned(name),
      string: (node) => constantString(this.values, node) ?? enumConstant(node),
      entries: (node) => this.dictionaryEntries(node),
      boolean: (node) => this.booleanValue(node),
    };
  }

  /** `new Dictionary<string, string> { { "#c", "customerId" }, ["#t"] = "createdAt" }`, or a name bound to one. */
  private dictionaryEntries(node: Node): MapEntry[] | undefined {
    return throughNames(node, this.values, (literal) => this.dictionaryLiteral(literal));
  }

  private dictionaryLiteral(node: Node): MapEntry[] | undefined {
    const init =
      node.type === 'object_creation_expression'
        ? node.childForFieldName('initializer')
        : node.type === 'initializer_expression'
          ? node
          : undefined;
    if (!init) return undefined;
    const entries: MapEntry[] = [];
    for (const element of init.namedChildren) {
      if (element.type === 'initializer_expression') {
        const [key, value] = element.namedChildren;
        if (!key || !value || element.namedChildren.length !== 2) return undefined;
        entries.push({ key, value });
      } else if (element.type === 'assignment_expression') {
        const left = element.childForFieldName('left');
        const key =
          left?.type === 'element_binding_expression'
            ? left.namedChildren[0]?.namedChildren.at(-1)
            : undefined;
        const value = element.childForFieldName('right');
        if (!key || !value) return undefined;
        entries.push({ key, value });
      } else return undefined;
    }
    return entries;
  }

  private booleanValue(node: Node): boolean | undefined {
    return throughNames(node, this.values, (n) =>
      n.type === 'boolean_literal' ? n.text === 'true' : undefined,
    );
  }

  /** `new ScanRequest { TableName = …, TotalSegments = 4 }` (or a variable holding one) → its assignments. */
  private initializer(node: Node, depth = 0): Map<string, Node> {
    const values = new Map<string, Node>();
    if (node.type === 'identifier' && depth < 4) {
      const value = this.bindings.get(node.text, node)?.value;
      return value ? this.initializer(value, depth + 1) : values;
    }
    const init =
      node.type === 'object_creation_expression' ? node.childForFieldName('initializer') : undefined;
    for (const assignment of init?.namedChildren ?? []) {
      if (assignment.type !== 'assignment_expression') continue;
      const left = assignment.childForFieldName('left')?.text;
      const right = assignment.childForFieldName('right');
      if (left && right) values.set(left, right);
    }
    return values;
  }

  /** `Table.LoadTable(client, "orders")` bound to the receiver → "orders". */
  private loadedTableName(receiver: Node | null | undefined, depth = 0): Node | undefined {
    if (!receiver || depth > 4) return undefined;
    if (receiver.type === 'identifier')
      return this.loadedTableName(this.bindings.get(receiver.text, receiver)?.value, depth + 1);
    if (receiver.type === 'member_access_expression')
      return this.loadedTableName(
        this.bindings.get(receiver.childForFieldName('name')?.text ?? '', receiver)?.value,
        depth + 1,
      );
    if (receiver.type !== 'invocation_expression') return undefined;
    const args = argumentsOf(receiver.childForFieldName('arguments')).map((a) => a.namedChildren.at(-1) ?? a);
    return args[1];
  }

  private readonly values: ValueReader = {
    literal: stringValue,
    environment: (node) =>
      node.type === 'invocation_expression' &&
      node.childForFieldName('function')?.text === 'Environment.GetEnvironmentVariable'
        ? stringValue(argumentsOf(node.childForFieldName('arguments'))[0]?.namedChildren.at(-1))
        : undefined,
    // A constant or static field, also through its class: `TableName`, `Tables.Orders`.
    bound: (node) => {
      const name = node.type === 'member_access_expression' ? node.childForFieldName('name') : node;
      return name?.type === 'identifier' ? this.bindings.get(name.text, node)?.value : undefined;
    },
    // `Environment.GetEnvironmentVariable("X") ?? string.Empty`: the variable, not the fallback.
    preferred: (node) =>
      node.type === 'binary_expression' && node.childForFieldName('operator')?.text === '??'
        ? (node.childForFieldName('left') ?? undefined)
        : undefined,
    template: (node) => {
      if (node.type === 'interpolated_string_expression')
        return node.namedChildren.flatMap((part): TemplatePart[] => {
          if (part.type === 'string_content') return [part.text];
          if (part.type === 'escape_sequence') return [unescapeSequence(part.text)];
          const expression =
            part.type === 'interpolation'
              ? part.namedChildren.find((c) => c.type !== 'interpolation_brace')
              : undefined;
          return expression ? [expression] : [];
        });
      // string.Format("SELECT * FROM {0}", table)
      if (
        node.type !== 'invocation_expression' ||
        !/^[sS]tring\.Format$/.test(node.childForFieldName('function')?.text ?? '')
      )
        return undefined;
      const [format, ...args] = argumentsOf(node.childForFieldName('arguments')).map(
        (a) => a.namedChildren.at(-1) ?? a,
      );
      const text = format ? stringValue(format) : undefined;
      return text === undefined ? undefined : braceParts(text, args);
    },
    concatenation: plusOperands,
  };
}

/** `[DynamoDBTable("orders")]` (or `[DynamoDBTable("orders", true)]`) on a class → `"orders"`. */
function mappedTable(declaration: Node): Node | undefined {
  for (const list of declaration.namedChildren.filter((c) => c.type === 'attribute_list')) {
    for (const attribute of list.namedChildren) {
      const name = attribute.childForFieldName('name')?.text ?? attribute.namedChildren[0]?.text;
      if (name !== 'DynamoDBTable' && name !== 'DynamoDBTableAttribute') continue;
      const argument = attribute.descendantsOfType('attribute_argument')[0];
      return argument?.namedChildren.at(-1) ?? undefined;
    }
  }
  return undefined;
}

/** `ScanAsync<Order>` → `['Order']`. */
function typeArguments(generic: Node): string[] {
  const list = generic.namedChildren.find((c) => c.type === 'type_argument_list');
  return list ? list.namedChildren.map((t) => baseType(t) ?? t.text) : [];
}

function known(type: string): { role: Role; type: string } | undefined {
  const role = TYPES[type];
  return role ? { role, type } : undefined;
}

function declaratorValue(declarator: Node): Node | undefined {
  const children = declarator.namedChildren;
  const last = children.at(-1);
  return last && !last.equals(declarator.childForFieldName('name') ?? last) ? last : undefined;
}

function baseType(node: Node | null | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'implicit_type') return 'var';
  if (node.type === 'generic_name') return node.namedChildren[0]?.text;
  if (node.type === 'qualified_name') return baseType(node.childForFieldName('name'));
  if (node.type === 'nullable_type') return baseType(node.namedChildren[0]);
  return node.text;
}

/** `Select.COUNT`: an SDK constant, written as its name. */
function enumConstant(node: Node): string | undefined {
  if (node.type !== 'member_access_expression' || node.childForFieldName('expression')?.text !== 'Select')
    return undefined;
  return node.childForFieldName('name')?.text;
}

const CSHARP_TEXT = new Set(['string_literal_content']);

function stringValue(node: Node | null | undefined): string | undefined {
  if (node?.type === 'string_literal') return joinStringParts(node.namedChildren, CSHARP_TEXT);
  if (node?.type === 'verbatim_string_literal') return node.text.slice(2, -1).replace(/""/g, '"');
  return undefined;
}
