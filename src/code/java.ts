/**
 * DynamoDB Scans and PartiQL statements in Java: SDK v1 (`AmazonDynamoDB.scan(ScanRequest)`, the
 * document API's `Table.scan`, `DynamoDBMapper.scan/parallelScan/scanPage`) and SDK v2
 * (`DynamoDbClient.scan/scanPaginator`, the enhanced client's `DynamoDbTable.scan()`), `executeStatement`.
 * A call counts only when the receiver's declared type or the request's type is one of the DynamoDB
 * SDKs' (imported from their packages): `java.util.Scanner` and other `scan` methods do not.
 */
import type { Node } from 'web-tree-sitter';
import {
  argumentsOf,
  enclosing,
  integerLiteral,
  joinStringParts,
  nameField,
  readsPages,
  scanDetection,
  ScopedNames,
  tableReference,
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
  ScanRequest: 'request',
  ScanEnhancedRequest: 'request',
  DynamoDBScanExpression: 'request',
  ScanSpec: 'request',
  ExecuteStatementRequest: 'request',
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
  {
    type: 'method_invocation',
    pattern: `(method_invocation
      name: (identifier) @_method
      (#any-of? @_method "scan" "scanPaginator" "parallelScan" "scanPage" "executeStatement")) @candidate`,
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
  /** `@DynamoDBTable(tableName = "orders") class Order`: mapped class → the table name's expression. */
  private readonly mapped = new Map<string, Node>();

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
    return scanDetection(
      node,
      library,
      { table: tableNode, segments, paginated, request },
      this.values,
      FUNCTIONS,
    );
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
    const root = method.tree.rootNode;
    return root.descendantsOfType('method_invocation').flatMap((call) => {
      if (call.childForFieldName('name')?.text !== name) return [];
      const argument = argumentsOf(call.childForFieldName('arguments'))[index];
      return argument ? [{ call, value: argument }] : [];
    });
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
    if (
      receiver.type === 'method_invocation' &&
      /^(table|getTable)$/.test(receiver.childForFieldName('name')?.text ?? '')
    )
      return argumentsOf(receiver.childForFieldName('arguments'))[0];
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

const JAVA_TEXT = new Set(['string_fragment', 'multiline_string_fragment']);

function stringValue(node: Node | null | undefined): string | undefined {
  if (node?.type !== 'string_literal') return undefined;
  return joinStringParts(node.namedChildren, JAVA_TEXT);
}
