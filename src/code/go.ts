/**
 * DynamoDB Scans and PartiQL statements in Go: AWS SDK v1 (`Scan`, `ScanWithContext`, `ScanPages`,
 * `ScanPagesWithContext`) and v2 (`client.Scan`, `dynamodb.NewScanPaginator`), `ExecuteStatement`.
 * A call counts only when its input is the DynamoDB package's `ScanInput` (written in the call or bound
 * to a variable in the same file): `rows.Scan` (database/sql), `bufio.Scanner` and others do not.
 */
import type { Node } from 'web-tree-sitter';
import type { DataOperation, KeyOperator } from '../model.ts';
import {
  batchHandling,
  requestAccess,
  withTables,
  throughNames,
  scanWithAccess,
  queryPaging,
  type LocatedKeyTerm,
  type MapEntry,
  type RequestFields,
} from './request-facts.ts';
import {
  argumentsOf,
  constantString,
  nameField,
  ScopedNames,
  unescapeSequence,
  type Detection,
  type FileDetector,
  type LanguageDetector,
  type ScopeNamer,
  type ValueReader,
} from './syntax.ts';
import { plusOperands, printfParts, statementText } from './templates.ts';

const PACKAGES: Readonly<Record<string, string>> = {
  'github.com/aws/aws-sdk-go/service/dynamodb': 'aws-sdk-go',
  'github.com/aws/aws-sdk-go-v2/service/dynamodb': 'aws-sdk-go-v2',
};

const SCAN_METHODS = new Set(['Scan', 'ScanWithContext', 'ScanPages', 'ScanPagesWithContext']);
const STATEMENT_METHODS = new Set(['ExecuteStatement', 'ExecuteStatementWithContext']);

/** The other data-plane operations: each takes `<Operation>Input`, also as `…WithContext` and `…Pages` (v1). */
const OPERATIONS = new Set<DataOperation>([
  'GetItem',
  'Query',
  'PutItem',
  'UpdateItem',
  'DeleteItem',
  'BatchGetItem',
  'BatchWriteItem',
  'TransactGetItems',
  'TransactWriteItems',
]);

/** `QueryPagesWithContext` → `Query` (and whether it pages); undefined for other methods. */
function operationOf(method: string): { operation: DataOperation; pages: boolean } | undefined {
  const match = /^(\w+?)(Pages)?(WithContext)?$/.exec(method);
  const operation = match?.[1] as DataOperation | undefined;
  return operation && OPERATIONS.has(operation) ? { operation, pages: match?.[2] !== undefined } : undefined;
}

/** An update builder's steps, as package functions (`expression.Set`) and methods (`.Set`). */
const UPDATE_STEPS = new Set(['Set', 'Add', 'Remove', 'Delete']);

/** The SDKs' expression builder packages (v2 and v1). */
const EXPRESSION_PACKAGES = new Set([
  'github.com/aws/aws-sdk-go-v2/feature/dynamodb/expression',
  'github.com/aws/aws-sdk-go/service/dynamodb/expression',
]);

/** Key condition builder methods (`expression.Key("sk").BeginsWith(p)`) and functions (`expression.KeyEqual(k, v)`). */
const KEY_METHODS: Readonly<Record<string, KeyOperator>> = {
  Equal: '=',
  LessThan: '<',
  LessThanEqual: '<=',
  GreaterThan: '>',
  GreaterThanEqual: '>=',
  Between: 'BETWEEN',
  BeginsWith: 'begins_with',
};

const SCOPES: Readonly<Record<string, ScopeNamer>> = {
  function_declaration: nameField,
  method_declaration: nameField,
};

const FUNCTIONS = new Set(['function_declaration', 'method_declaration', 'func_literal', 'source_file']);

const PATTERNS = [
  ...[
    'import_spec',
    'short_var_declaration',
    'assignment_statement',
    'var_spec',
    'const_spec',
    'parameter_declaration',
  ].map((type) => ({
    type,
    pattern: `(${type}) @declaration`,
  })),
  {
    type: 'call_expression',
    pattern: `(call_expression
      function: (selector_expression field: (field_identifier) @_method)
      (#match? @_method "^(Scan|Query|GetItem|PutItem|UpdateItem|DeleteItem|BatchGetItem|BatchWriteItem|TransactGetItems|TransactWriteItems|ExecuteStatement)(Pages)?(WithContext)?$|^New(Scan|Query)Paginator$")) @candidate`,
  },
];

export const goDetector: LanguageDetector = {
  patterns: PATTERNS,
  scopes: SCOPES,
  forFile(declarations) {
    const file = new GoFile(declarations);
    return file.packages.size ? file : undefined;
  },
};

class GoFile implements FileDetector {
  /** Local package name → SDK, for the DynamoDB packages the file imports. */
  readonly packages = new Map<string, string>();
  /** Local names of the expression builder package. */
  private readonly expressions = new Set<string>();
  private readonly bindings = new ScopedNames<Node>(FUNCTIONS);

  constructor(declarations: readonly Node[]) {
    for (const spec of declarations.filter((d) => d.type === 'import_spec')) {
      const path = stringValue(spec.childForFieldName('path'));
      if (path && EXPRESSION_PACKAGES.has(path))
        this.expressions.add(spec.childForFieldName('name')?.text ?? 'expression');
      const library = path ? PACKAGES[path] : undefined;
      if (!library) continue;
      const alias = spec.childForFieldName('name')?.text;
      this.packages.set(alias ?? 'dynamodb', library);
    }
    if (this.packages.size === 0) return;
    for (const node of declarations) {
      if (node.type === 'import_spec') continue;
      if (node.type === 'parameter_declaration') {
        // `input *dynamodb.ScanInput`: the parameter stands for a request its caller builds.
        for (const name of node.childrenForFieldName('name')) this.bindings.set(name.text, node, node);
        continue;
      }
      const names = node.type.endsWith('spec')
        ? node.childrenForFieldName('name')
        : argumentsOf(node.childForFieldName('left'));
      const values = argumentsOf(
        node.type.endsWith('spec') ? node.childForFieldName('value') : node.childForFieldName('right'),
      );
      names.forEach((name, i) => {
        const value = values[i];
        if (value) this.bindings.set(name.text, value, node);
      });
    }
  }

  detect(node: Node): Detection | readonly Detection[] | undefined {
    const callee = node.childForFieldName('function');
    const method = callee?.childForFieldName('field')?.text ?? '';
    const args = argumentsOf(node.childForFieldName('arguments'));
    if (method === 'NewScanPaginator' || method === 'NewQueryPaginator') {
      const library = this.packages.get(callee?.childForFieldName('operand')?.text ?? '');
      if (!library) return undefined;
      if (method === 'NewQueryPaginator') {
        const input = this.input(args[1], 'QueryInput');
        return this.operation(node, 'Query', input?.body, input?.library ?? library, args[1]).map((d) => ({
          ...d,
          paginated: true,
        }));
      }
      const input = this.input(args[1], 'ScanInput');
      return { ...this.scan(node, input?.body, input?.library ?? library, args[1]), paginated: true };
    }
    const other = operationOf(method);
    for (const arg of args) {
      if (SCAN_METHODS.has(method)) {
        const input = this.input(arg, 'ScanInput');
        if (!input) continue;
        const scan = this.scan(node, input.body, input.library, arg);
        return method.startsWith('ScanPages') ? { ...scan, paginated: true } : scan;
      }
      if (STATEMENT_METHODS.has(method)) {
        const input = this.input(arg, 'ExecuteStatementInput');
        if (!input) continue;
        const statement = input.body ? this.field(input.body, 'Statement') : undefined;
        const text = statement ? statementText(this.values, statement) : undefined;
        return text === undefined
          ? undefined
          : { node, operation: 'ExecuteStatement', library: input.library, statement: text };
      }
      if (other) {
        const input = this.input(arg, `${other.operation}Input`);
        if (!input) continue;
        const found = this.operation(node, other.operation, input.body, input.library, arg, other.pages);
        return other.pages ? found.map((d) => ({ ...d, paginated: true })) : found;
      }
    }
    return undefined;
  }

  /** A request other than a Scan: its table(s) (one per `RequestItems` key for a batch) and access facts. */
  private operation(
    node: Node,
    operation: DataOperation,
    body: Node | undefined,
    library: string,
    request: Node | undefined,
    paged = false,
  ): Detection[] {
    const fields = this.fields(body, request);
    const found: Detection = {
      node,
      operation,
      library,
      ...requestAccess(operation, fields, body ? undefined : request),
      ...batchHandling(operation, node, paged),
      ...(operation === 'Query' && queryPaging(node, { request }, this.values, FUNCTIONS)),
    };
    const table = fields.field('TableName');
    return withTables(found, fields, this.values, table);
  }

  /** A request literal's fields; none when the request is a parameter (then `requestAccess` is told so). */
  private fields(body: Node | undefined, request?: Node): RequestFields {
    // `input.IndexName = aws.String("byCustomer")` after the literal sets a field too.
    const variable = request ? unwrap(request) : undefined;
    const assigned = (name: string): Node | undefined =>
      variable?.type === 'identifier' ? this.bindings.get(`${variable.text}.${name}`, variable) : undefined;
    return {
      field: (name) => (body ? this.field(body, name) : undefined) ?? assigned(name),
      string: (node) => constantString(this.values, node) ?? selectConstant(unwrap(node)),
      entries: (node) => this.mapEntries(node),
      boolean: (node) => {
        const inner = unwrap(node);
        return inner.type === 'true' ? true : inner.type === 'false' ? false : undefined;
      },
      keyBuilder: (node) => this.built(node, 'KeyCondition', 'WithKeyCondition', (c) => this.keyTerms(c)),
      filterBuilder: (node) => this.built(node, 'Filter', 'WithFilter', (c) => this.conditionNames(c)),
      updateBuilder: (node) => this.built(node, 'Update', 'WithUpdate', (u) => this.updateTargets(u)),
    };
  }

  /** `map[string]string{"#s": "status"}` (or a name bound to one): its keyed elements. */
  private mapEntries(node: Node): MapEntry[] | undefined {
    return throughNames(node, this.values, (literal) => this.mapLiteral(literal));
  }

  private mapLiteral(inner: Node): MapEntry[] | undefined {
    // A map literal, or a struct literal inside one (`{ComparisonOperator: …}`, its type elided).
    const body = inner.type === 'composite_literal' ? inner.childForFieldName('body') : inner;
    if (body?.type !== 'literal_value') return undefined;
    const entries: MapEntry[] = [];
    for (const element of body.namedChildren) {
      if (element.type === 'comment') continue;
      const [key, value] = element.type === 'keyed_element' ? element.namedChildren : [];
      if (!key || !value) return undefined;
      entries.push({ key: elementValue(key), value: elementValue(value) });
    }
    return entries;
  }

  /**
   * `expr.KeyCondition()` where `expr` is bound to `expression.NewBuilder().WithKeyCondition(c)….Build()`:
   * what `read` makes of `c`.
   */
  private built<T>(
    node: Node,
    accessor: string,
    builder: string,
    read: (condition: Node) => T | undefined,
  ): T | undefined {
    if (node.type !== 'call_expression') return undefined;
    const callee = node.childForFieldName('function');
    const expression = callee?.childForFieldName('operand');
    if (callee?.childForFieldName('field')?.text !== accessor || expression?.type !== 'identifier')
      return undefined;
    for (let at = this.values.bound(expression); at?.type === 'call_expression';) {
      const step = at.childForFieldName('function');
      const condition = argumentsOf(at.childForFieldName('arguments'))[0];
      if (step?.childForFieldName('field')?.text === builder && condition) return read(condition);
      at = step?.childForFieldName('operand') ?? undefined;
    }
    return undefined;
  }

  /** `pkg.Name(x)`/`pkg.Key(x)` and the like: the call's function when its operand is the expression package. */
  private builderFunction(node: Node): string | undefined {
    const callee = node.type === 'call_expression' ? node.childForFieldName('function') : undefined;
    const operand = callee?.childForFieldName('operand');
    return operand?.type === 'identifier' && this.expressions.has(operand.text)
      ? callee?.childForFieldName('field')?.text
      : undefined;
  }

  /** `expression.Key("pk").Equal(v).And(expression.Key("sk").BeginsWith(p))`, `KeyAnd`, `KeyEqual(Key("pk"), v)`. */
  private keyTerms(node: Node, hops = 0): LocatedKeyTerm[] | undefined {
    if (hops > 8) return undefined;
    if (node.type === 'identifier') {
      const bound = this.values.bound(node);
      return bound ? this.keyTerms(bound, hops + 1) : undefined;
    }
    if (node.type !== 'call_expression') return undefined;
    const args = argumentsOf(node.childForFieldName('arguments'));
    const both = (a: Node | undefined, b: Node | undefined): LocatedKeyTerm[] | undefined => {
      const left = a && this.keyTerms(a, hops + 1);
      const right = b && this.keyTerms(b, hops + 1);
      return left && right ? [...left, ...right] : undefined;
    };
    const name = this.builderFunction(node);
    if (name === 'KeyAnd') return both(args[0], args[1]);
    const operator = name?.startsWith('Key') ? KEY_METHODS[name.slice('Key'.length)] : undefined;
    if (name !== undefined) return operator && args[0] ? this.keyTerm(args[0], operator) : undefined;
    const callee = node.childForFieldName('function');
    const method = callee?.childForFieldName('field')?.text ?? '';
    const subject = callee?.childForFieldName('operand');
    if (!subject) return undefined;
    if (method === 'And') return both(subject, args[0]);
    const chained = KEY_METHODS[method];
    return chained ? this.keyTerm(subject, chained) : undefined;
  }

  /** `expression.Key("pk")` with an operator → one term, when the name is literal. */
  private keyTerm(key: Node, operator: KeyOperator): LocatedKeyTerm[] | undefined {
    const name = argumentsOf(key.childForFieldName('arguments'))[0];
    const attribute =
      this.builderFunction(key) === 'Key' && name ? constantString(this.values, name) : undefined;
    return attribute === undefined ? undefined : [{ attribute, operator, node: key }];
  }

  /**
   * The attributes an update builder writes: the names its `Set`/`Add`/`Remove`/`Delete` steps target
   * (`expression.Set(expression.Name("status"), v).Remove(expression.Name("draft"))`), not those read on
   * a right-hand side. Unknown when a step or a name is not written out.
   */
  private updateTargets(node: Node, hops = 0): string[] | undefined {
    if (hops > 16) return undefined;
    if (node.type === 'identifier') {
      const bound = this.values.bound(node);
      return bound ? this.updateTargets(bound, hops + 1) : undefined;
    }
    // expression.UpdateBuilder{}: the empty update the steps start from.
    if (node.type === 'composite_literal') return [];
    if (node.type !== 'call_expression') return undefined;
    const callee = node.childForFieldName('function');
    const step = callee?.childForFieldName('field')?.text ?? '';
    if (!UPDATE_STEPS.has(step)) return undefined;
    const target = argumentsOf(node.childForFieldName('arguments'))[0];
    const name =
      target && this.builderFunction(target) === 'Name'
        ? argumentsOf(target.childForFieldName('arguments'))[0]
        : undefined;
    const attribute = name ? constantString(this.values, name) : undefined;
    if (attribute === undefined) return undefined;
    // The first step is the package's function; each later one a method on the steps before it.
    const operand = callee?.childForFieldName('operand');
    const before =
      this.builderFunction(node) === step ? [] : operand ? this.updateTargets(operand, hops + 1) : undefined;
    return before && (before.includes(attribute) ? before : [...before, attribute]);
  }

  /**
   * The attribute names a condition built with `expression.Name("status").Equal(…)` reads. Values
   * (`expression.Value(x)`) are skipped; any other name the file cannot follow makes it unknown.
   */
  private conditionNames(node: Node, hops = 0): string[] | undefined {
    const names: string[] = [];
    const visit = (at: Node, depth: number): boolean => {
      if (depth > 64) return false;
      const builder = this.builderFunction(at);
      if (builder === 'Value') return true;
      if (builder === 'Name' || builder === 'Key') {
        const arg = argumentsOf(at.childForFieldName('arguments'))[0];
        const name = arg ? constantString(this.values, arg) : undefined;
        if (name === undefined) return false;
        if (!names.includes(name)) names.push(name);
        return true;
      }
      if (at.type === 'identifier') {
        if (this.expressions.has(at.text)) return true;
        const bound = hops < 4 ? this.values.bound(at) : undefined;
        const inner = bound && this.conditionNames(bound, hops + 1);
        if (!inner) return false;
        for (const name of inner) if (!names.includes(name)) names.push(name);
        return true;
      }
      return argumentsOf(at).every((child) => visit(child, depth + 1));
    };
    return visit(node, 0) ? names : undefined;
  }

  /** `&dynamodb.ScanInput{…}`, `dynamodb.ScanInput{…}`, or a variable bound to one. */
  private input(
    node: Node | undefined,
    type: string,
    depth = 0,
  ): { body: Node | undefined; library: string } | undefined {
    if (!node || depth > 4) return undefined;
    if (node.type === 'unary_expression')
      return this.input(node.childForFieldName('operand') ?? undefined, type, depth + 1);
    if (node.type === 'identifier') return this.input(this.bindings.get(node.text, node), type, depth + 1);
    if (node.type === 'parameter_declaration') {
      const declared = node.childForFieldName('type');
      const named = declared?.type === 'pointer_type' ? declared.namedChildren[0] : declared;
      if (named?.type !== 'qualified_type' || named.childForFieldName('name')?.text !== type)
        return undefined;
      const library = this.packages.get(named.childForFieldName('package')?.text ?? '');
      return library ? { body: undefined, library } : undefined;
    }
    if (node.type !== 'composite_literal') return undefined;
    const literalType = node.childForFieldName('type');
    if (literalType?.type !== 'qualified_type' || literalType.childForFieldName('name')?.text !== type)
      return undefined;
    const library = this.packages.get(literalType.childForFieldName('package')?.text ?? '');
    return library ? { body: node.childForFieldName('body') ?? undefined, library } : undefined;
  }

  private scan(node: Node, body: Node | undefined, library: string, request: Node | undefined): Detection {
    const table = body ? this.field(body, 'TableName') : undefined;
    const segments = body ? this.field(body, 'TotalSegments') : undefined;
    const facts = { table, segments: segments && unwrap(segments), request };
    const fields = this.fields(body, request);
    return scanWithAccess(node, library, facts, this.values, FUNCTIONS, fields, body ? undefined : request);
  }

  private field(body: Node, name: string): Node | undefined {
    for (const element of body.namedChildren) {
      if (element.type !== 'keyed_element') continue;
      const [key, value] = element.namedChildren;
      if (key?.text === name && value) return elementValue(value);
    }
    return undefined;
  }

  private readonly values: ValueReader = {
    literal: stringValue,
    environment: environmentVariable,
    bound: (node) => {
      const bound = node.type === 'identifier' ? this.bindings.get(node.text, node) : undefined;
      // A parameter's value is its caller's: nothing this file fixes.
      return bound?.type === 'parameter_declaration' ? undefined : bound;
    },
    unwrap,
    // fmt.Sprintf("SELECT * FROM \"%v\"", table)
    template: (node) => {
      if (node.type !== 'call_expression' || node.childForFieldName('function')?.text !== 'fmt.Sprintf')
        return undefined;
      const [format, ...args] = argumentsOf(node.childForFieldName('arguments'));
      const text = format ? stringValue(format) : undefined;
      return text === undefined ? undefined : printfParts(text, args);
    },
    concatenation: plusOperands,
  };
}

/** The SDKs' `Select` constants (`types.SelectCount`, v1's `dynamodb.SelectCount`) → `COUNT`. */
function selectConstant(node: Node): string | undefined {
  const name = node.type === 'selector_expression' ? node.childForFieldName('field')?.text : undefined;
  const words = name && /^Select((?:[A-Z][a-z]+)+)$/.exec(name)?.[1];
  return words ? words.replace(/(?<=[a-z])(?=[A-Z])/g, '_').toUpperCase() : undefined;
}

/** A composite literal's key or value: the expression inside its `literal_element`. */
function elementValue(node: Node): Node {
  return node.type === 'literal_element' ? (node.namedChildren[0] ?? node) : node;
}

/** `aws.String(x)`, `&x`, `aws.Int32(4)`, `aws.Bool(true)` → x. */
function unwrap(node: Node): Node {
  if (node.type === 'unary_expression') return unwrap(node.childForFieldName('operand') ?? node);
  if (
    node.type === 'call_expression' &&
    /^aws\.(String|Int32|Int64|Bool)$/.test(node.childForFieldName('function')?.text ?? '')
  ) {
    const arg = argumentsOf(node.childForFieldName('arguments'))[0];
    return arg ? unwrap(arg) : node;
  }
  return node;
}

function stringValue(node: Node | null | undefined): string | undefined {
  if (node?.type === 'raw_string_literal') return node.namedChildren.map((c) => c.text).join('');
  if (node?.type !== 'interpreted_string_literal') return undefined;
  return node.namedChildren
    .map((c) => (c.type === 'escape_sequence' ? unescapeSequence(c.text) : c.text))
    .join('');
}

/** `os.Getenv("X")`, `os.LookupEnv("X")` → X. */
function environmentVariable(node: Node): string | undefined {
  if (node.type !== 'call_expression') return undefined;
  const callee = node.childForFieldName('function')?.text;
  if (callee !== 'os.Getenv' && callee !== 'os.LookupEnv') return undefined;
  return stringValue(argumentsOf(node.childForFieldName('arguments'))[0]);
}
