/**
 * DynamoDB Scans and PartiQL statements in Go: AWS SDK v1 (`Scan`, `ScanWithContext`, `ScanPages`,
 * `ScanPagesWithContext`) and v2 (`client.Scan`, `dynamodb.NewScanPaginator`), `ExecuteStatement`.
 * A call counts only when its input is the DynamoDB package's `ScanInput` (written in the call or bound
 * to a variable in the same file): `rows.Scan` (database/sql), `bufio.Scanner` and others do not.
 */
import type { Node } from 'web-tree-sitter';
import {
  argumentsOf,
  nameField,
  scanDetection,
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
      (#any-of? @_method "Scan" "ScanWithContext" "ScanPages" "ScanPagesWithContext" "NewScanPaginator"
        "ExecuteStatement" "ExecuteStatementWithContext")) @candidate`,
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
  private readonly bindings = new ScopedNames<Node>(FUNCTIONS);

  constructor(declarations: readonly Node[]) {
    for (const spec of declarations.filter((d) => d.type === 'import_spec')) {
      const path = stringValue(spec.childForFieldName('path'));
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

  detect(node: Node): Detection | undefined {
    const callee = node.childForFieldName('function');
    const method = callee?.childForFieldName('field')?.text ?? '';
    const args = argumentsOf(node.childForFieldName('arguments'));
    if (method === 'NewScanPaginator') {
      const library = this.packages.get(callee?.childForFieldName('operand')?.text ?? '');
      const input = this.input(args[1], 'ScanInput');
      return library
        ? { ...this.scan(node, input?.body, input?.library ?? library, args[1]), paginated: true }
        : undefined;
    }
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
    }
    return undefined;
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
    return scanDetection(
      node,
      library,
      { table, segments: segments && unwrap(segments), request },
      this.values,
      FUNCTIONS,
    );
  }

  private field(body: Node, name: string): Node | undefined {
    for (const element of body.namedChildren) {
      if (element.type !== 'keyed_element') continue;
      const [key, value] = element.namedChildren;
      if (key?.text === name && value)
        return value.type === 'literal_element' ? (value.namedChildren[0] ?? value) : value;
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

/** `aws.String(x)`, `&x`, `aws.Int32(4)` → x. */
function unwrap(node: Node): Node {
  if (node.type === 'unary_expression') return unwrap(node.childForFieldName('operand') ?? node);
  if (
    node.type === 'call_expression' &&
    /^aws\.(String|Int32|Int64)$/.test(node.childForFieldName('function')?.text ?? '')
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
