/**
 * JSON front end: `SourceNode`s from the shared JSON reader (exact positions) → `Expression`s. In Terraform's
 * JSON syntax (`.tf.json`, `.tfvars.json`) strings are templates: `"${var.env}"` is a reference; in plan
 * JSON strings are plain values.
 */
import type { Location } from '../../model.ts';
import type { MapNode, SourceNode } from '../source-tree.ts';
import type { Expression, ObjectEntry, ObjectExpression, TraversalStep } from './tree.ts';

export interface JsonReadOptions {
  /** Read `${…}` in strings as interpolation (Terraform JSON syntax), not as text (plan JSON). */
  readonly templates: boolean;
  /** Plan JSON: the AWS provider reports strings left unset inside blocks as `""`, which means not set. */
  readonly emptyStringIsNull?: boolean;
}

export function jsonExpression(node: SourceNode, options: JsonReadOptions): Expression {
  switch (node.kind) {
    case 'map':
      return jsonObject(node, options);
    case 'seq':
      return {
        kind: 'tuple',
        items: node.items.map((i) => jsonExpression(i, options)),
        location: node.location,
      };
    // The shared reader turns single-key objects named like CloudFormation intrinsics into intrinsic nodes;
    // in Terraform they are ordinary objects.
    case 'intrinsic':
      return {
        kind: 'object',
        entries: [
          {
            key: node.name,
            keyLocation: node.location,
            value: jsonExpression(node.argument, options),
            location: node.location,
          },
        ],
        location: node.location,
      };
    case 'scalar':
      if (node.value === '' && options.emptyStringIsNull) {
        return { kind: 'literal', value: null, location: node.location };
      }
      if (typeof node.value === 'string' && options.templates) return jsonTemplate(node.value, node.location);
      return { kind: 'literal', value: node.value, location: node.location };
  }
}

export function jsonObject(node: MapNode, options: JsonReadOptions): ObjectExpression {
  return {
    kind: 'object',
    entries: node.entries.map((e): ObjectEntry => ({
      key: e.key,
      keyLocation: e.keyLocation,
      value: jsonExpression(e.value, options),
      location: e.location,
    })),
    location: node.location,
  };
}

const REFERENCE = String.raw`[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*|\[(?:\d+|"[^"]*")\])*`;
const INTERPOLATION = new RegExp(String.raw`\$\{\s*(${REFERENCE})\s*\}`, 'g');

/**
 * A JSON-syntax string as a template. Interpolations of plain references (`${var.env}`,
 * `${local.names["a"]}`) are read; any other interpolation or a `%{…}` directive leaves the value opaque.
 */
function jsonTemplate(text: string, location: Location): Expression {
  if (!text.includes('${') && !text.includes('%{')) return { kind: 'literal', value: text, location };
  const parts: (string | Expression)[] = [];
  let from = 0;
  for (const match of text.matchAll(INTERPOLATION)) {
    const before = text.slice(from, match.index);
    if (unescaped(before) === undefined) break;
    parts.push(unescaped(before) as string, reference(match[1] as string, location));
    from = match.index + match[0].length;
  }
  const rest = unescaped(text.slice(from));
  if (rest === undefined) {
    return { kind: 'opaque', description: `the template "${text}"`, location };
  }
  parts.push(rest);
  const cleaned = parts.filter((p) => p !== '');
  if (cleaned.length === 1 && typeof cleaned[0] !== 'string') return cleaned[0] as Expression;
  if (cleaned.every((p) => typeof p === 'string')) {
    return { kind: 'literal', value: cleaned.join(''), location };
  }
  return { kind: 'template', parts: cleaned, location };
}

/** Literal text with `$${`/`%%{` escapes resolved, or `undefined` when it still holds a template sequence. */
function unescaped(text: string): string | undefined {
  const withoutEscapes = text.replace(/([$%])\1\{/g, '');
  if (/[$%]\{/.test(withoutEscapes)) return undefined;
  return text.replace(/([$%])\1\{/g, '$1{');
}

function reference(text: string, location: Location): Expression {
  const root = /^[A-Za-z_][\w-]*/.exec(text)?.[0] ?? '';
  const steps: TraversalStep[] = [];
  for (const step of text.slice(root.length).matchAll(/\.([A-Za-z_][\w-]*)|\[(\d+|"[^"]*")\]/g)) {
    if (step[1] !== undefined) {
      steps.push({ kind: 'attribute', name: step[1] });
      continue;
    }
    const key = step[2] as string;
    const value = key.startsWith('"') ? key.slice(1, -1) : Number(key);
    steps.push({ kind: 'index', key: { kind: 'literal', value, location } });
  }
  return { kind: 'traversal', root, steps, location };
}
