/**
 * Serverless Framework variables that the service's own text decides:
 * - `${self:path}`: the value at that path of serverless.yml, itself resolved (chains of `${self:…}`);
 * - `${file(path)}` / `${file(path):key}`: another file of the service (read through a reader, so the
 *   loader stays pure), or the value at `key` in it;
 * - `${sls:stage}`: `provider.stage`, else the framework's default `dev`;
 * - fallbacks, `${opt:stage, 'dev'}` / `${opt:stage, self:provider.stage}`: a command-line option is not
 *   given when linting, so the first fallback that resolves is the value (a quoted literal is one).
 * Every other source (`env:`, `ssm:`, `cf:`, `aws:`, `param:`, …) is only known at deploy time.
 * Variables nest (`${self:custom.tables.${sls:stage}}`): the innermost resolves first.
 */
import { isJsonText } from './json-source.ts';
import type { LoadProblem } from '../model.ts';
import type { VariableResolution } from './evaluate.ts';
import { parseJsonSource } from './json-source.ts';
import { SourceLimitError, SourceSyntaxError, entry, type MapNode, type SourceNode } from './source-tree.ts';
import { parseYamlSource } from './yaml-source.ts';

/**
 * A file of the service by the path written in `${file(…)}` (relative to the service's folder):
 * its text and its path for locations, or `undefined` when it cannot be read.
 */
export type ServiceFileReader = (
  reference: string,
) => { readonly text: string; readonly file: string } | undefined;

const VARIABLE = /\$\{([^{}]*)\}/g;
const FILE_SOURCE = /^file\(\s*(['"]?)([^'"()]+)\1\s*\)(?::(.*))?$/;
const MAX_DEPTH = 8;

/** `absent`: the source gives no value here (an option not passed), so a fallback decides. */
type SourceValue = VariableResolution | { readonly absent: true };

export class ServiceVariables {
  private readonly included = new Map<string, SourceNode | undefined>();

  constructor(
    private readonly root: MapNode,
    private readonly readFile: ServiceFileReader | undefined,
    private readonly problems: LoadProblem[],
  ) {}

  /** `text` with every variable resolved, or why it cannot be. */
  resolve(text: string, depth = 0): VariableResolution {
    if (!text.includes('${')) return { value: text };
    if (depth > MAX_DEPTH) return { unknown: `Serverless variables nested too deeply in ${text}` };
    let current = text;
    for (let round = 0; round <= MAX_DEPTH; round += 1) {
      let unknownReason: string | undefined;
      let changed = false;
      const next = current.replace(VARIABLE, (whole, expression: string) => {
        // CloudFormation pseudo parameters inside Fn::Sub strings are not Serverless variables.
        if (unknownReason !== undefined || expression.startsWith('AWS::')) return whole;
        const resolved = this.expression(expression.trim(), depth);
        if ('value' in resolved) {
          changed = true;
          return resolved.value;
        }
        unknownReason = resolved.unknown || `Serverless variable ${whole} is only known at deploy time`;
        return whole;
      });
      if (unknownReason !== undefined) return { unknown: unknownReason };
      if (!changed) return { value: next };
      current = next;
    }
    return { unknown: `Serverless variables nested too deeply in ${text}` };
  }

  /**
   * `node` with every part written as a whole `${file(…)}` (or a `${self:…}` that names a map or a list)
   * replaced by what it names, as the framework does for `resources` parts.
   */
  expandIncludes(node: SourceNode, depth = 0): SourceNode {
    switch (node.kind) {
      case 'scalar': {
        const target = depth < MAX_DEPTH ? this.structured(node, depth) : undefined;
        return target ? this.expandIncludes(target, depth + 1) : node;
      }
      case 'map':
        return {
          ...node,
          entries: node.entries.map((e) => {
            const value = this.expandIncludes(e.value, depth);
            // A resource read from another file is located there, where its settings (and Metadata) are.
            const location = value.location.file === e.location.file ? e.location : value.location;
            return { ...e, value, location };
          }),
        };
      case 'seq':
        return { ...node, items: node.items.map((item) => this.expandIncludes(item, depth)) };
      case 'intrinsic':
        return { ...node, argument: this.expandIncludes(node.argument, depth) };
    }
  }

  /**
   * Whether two values of the service are the same value: one names the other through whole `${self:…}`
   * variables (`TableName: ${self:provider.environment.TABLE}` is whatever `TABLE` holds, known or not),
   * they are the same text, or both resolve to the same known text.
   */
  sameValue(a: SourceNode, b: SourceNode): boolean {
    const namedByA = this.aliases(a);
    if (this.aliases(b).some((node) => namedByA.includes(node))) return true;
    if (a.kind !== 'scalar' || b.kind !== 'scalar' || typeof a.value !== 'string') return false;
    if (a.value === b.value) return true;
    const resolvedA = this.resolve(a.value);
    const resolvedB = this.resolve(String(b.value));
    return 'value' in resolvedA && 'value' in resolvedB && resolvedA.value === resolvedB.value;
  }

  /** `node` and the nodes it names through a chain of whole `${self:…}` / `${file(…)}` variables. */
  private aliases(node: SourceNode): SourceNode[] {
    const chain: SourceNode[] = [];
    let current: SourceNode | undefined = node;
    while (current && !chain.includes(current) && chain.length <= MAX_DEPTH) {
      chain.push(current);
      if (current.kind !== 'scalar' || typeof current.value !== 'string') break;
      const expression = wholeVariable(current.value.trim());
      const resolved = expression === undefined ? undefined : this.resolve(expression, 1);
      current = resolved && 'value' in resolved ? this.nodeAt(resolved.value.trim(), 1) : undefined;
    }
    return chain;
  }

  private expression(expression: string, depth: number): VariableResolution {
    let lastAbsent = '';
    for (const candidate of splitFallbacks(expression)) {
      const value = this.source(candidate, depth);
      if (!('absent' in value)) return value;
      lastAbsent = candidate;
    }
    const shown = `\${${lastAbsent || expression}}`;
    if (lastAbsent.startsWith('opt:'))
      return { unknown: `Serverless variable ${shown} is only known at deploy time` };
    const file = FILE_SOURCE.exec(lastAbsent)?.[2]?.trim();
    if (file && !this.include(file))
      return { unknown: `Serverless variable ${shown}: ${file} could not be read` };
    return { unknown: `Serverless variable ${shown} has no value in the service` };
  }

  private source(candidate: string, depth: number): SourceValue {
    const quoted = /^(['"])(.*)\1$/.exec(candidate);
    if (quoted) return { value: quoted[2] ?? '' };
    if (/^(-?\d+(\.\d+)?|true|false)$/.test(candidate)) return { value: candidate };
    if (candidate.startsWith('opt:')) return { absent: true };
    if (candidate === 'sls:stage') {
      const stage = entry(entry(this.root, 'provider')?.value, 'stage')?.value;
      return stage ? this.scalarValue(stage, depth) : { value: 'dev' };
    }
    if (!candidate.startsWith('self:') && !FILE_SOURCE.test(candidate)) return { unknown: '' };
    const target = this.nodeAt(candidate, depth);
    // A path the service does not set gives nothing, so the next fallback decides (as the framework does).
    return target ? this.scalarValue(target, depth) : { absent: true };
  }

  private scalarValue(node: SourceNode, depth: number): VariableResolution {
    if (node.kind !== 'scalar' || node.value === null) return { unknown: '' };
    return this.resolve(String(node.value), depth + 1);
  }

  /** The node a `self:` or `file(…)` source names, following whole-variable values on the way. */
  private nodeAt(source: string, depth: number): SourceNode | undefined {
    let node: SourceNode | undefined;
    let path: string;
    const file = FILE_SOURCE.exec(source);
    if (file?.[2]) {
      node = this.include(file[2].trim());
      path = file[3] ?? '';
    } else if (source.startsWith('self:')) {
      node = this.root;
      path = source.slice('self:'.length).trim();
    } else {
      return undefined;
    }
    for (const key of path.split('.').filter(Boolean)) {
      if (node?.kind === 'scalar' && depth < MAX_DEPTH) node = this.structured(node, depth + 1) ?? node;
      node = entry(node, key)?.value;
    }
    return node;
  }

  /** A scalar that is one whole `${self:…}` / `${file(…)}` naming a map or a list → that node. */
  private structured(node: SourceNode, depth: number): SourceNode | undefined {
    if (node.kind !== 'scalar' || typeof node.value !== 'string') return undefined;
    const expression = wholeVariable(node.value.trim());
    if (!expression) return undefined;
    // Variables inside the expression (`file(config/${sls:stage}.yml)`) resolve first.
    const resolvedExpression = this.resolve(expression, depth + 1);
    if (!('value' in resolvedExpression)) return undefined;
    const target = this.nodeAt(resolvedExpression.value.trim(), depth + 1);
    return target?.kind === 'map' || target?.kind === 'seq' ? target : undefined;
  }

  private include(reference: string): SourceNode | undefined {
    if (this.included.has(reference)) return this.included.get(reference);
    const read = this.readFile?.(reference);
    let root: SourceNode | undefined;
    if (read) {
      try {
        root = (isJsonText(read.file, read.text) ? parseJsonSource : parseYamlSource)(
          read.text,
          read.file,
        ).root;
      } catch (error) {
        if (error instanceof SourceSyntaxError) {
          this.problems.push({
            ruleId: 'parse-error',
            severity: 'error',
            message: error.message,
            location: error.location,
          });
        } else if (error instanceof SourceLimitError) {
          this.problems.push({
            ruleId: 'file-skipped',
            severity: 'warning',
            message: `not read: ${error.message}`,
            location: error.location,
          });
        } else {
          throw error;
        }
      }
    }
    this.included.set(reference, root);
    return root;
  }
}

/** `${expression}` spanning the whole text (variables may nest inside it) → the expression. */
function wholeVariable(text: string): string | undefined {
  if (!text.startsWith('${') || !text.endsWith('}')) return undefined;
  let depth = 0;
  for (let i = 1; i < text.length; i += 1) {
    if (text[i] === '{') depth += 1;
    else if (text[i] === '}') {
      depth -= 1;
      if (depth === 0 && i !== text.length - 1) return undefined;
    }
  }
  return depth === 0 ? text.slice(2, -1) : undefined;
}

/** `opt:stage, self:provider.stage, 'dev'` → its candidates; commas inside quotes or parentheses stay. */
function splitFallbacks(expression: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let start = 0;
  for (let i = 0; i < expression.length; i += 1) {
    const char = expression[i];
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === "'" || char === '"') quote = char;
    else if (char === '(') depth += 1;
    else if (char === ')') depth -= 1;
    else if (char === ',' && depth === 0) {
      parts.push(expression.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(expression.slice(start).trim());
  return parts.filter(Boolean);
}
