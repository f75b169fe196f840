/**
 * A position-carrying view of Terraform configuration, the same for native HCL (`.tf`, `.tfvars`) and the
 * JSON syntax (`.tf.json`, `.tfvars.json`, plan JSON): bodies of attributes and blocks, and expressions
 * kept as written (literals, templates, references, collections). Evaluation happens elsewhere.
 */
import type { Location } from '../../model.ts';

export type Expression =
  | LiteralExpression
  | TupleExpression
  | ObjectExpression
  | TemplateExpression
  | TraversalExpression
  | CallExpression
  | ConditionalExpression
  | OperationExpression
  | OpaqueExpression;

export interface LiteralExpression {
  readonly kind: 'literal';
  readonly value: string | number | boolean | null;
  readonly location: Location;
}

export interface TupleExpression {
  readonly kind: 'tuple';
  readonly items: readonly Expression[];
  readonly location: Location;
}

export interface ObjectEntry {
  /** The key when it is a name or a literal string; `undefined` for a computed `(expr) = …` key. */
  readonly key: string | undefined;
  readonly keyLocation: Location;
  readonly value: Expression;
  /** From the key to the end of the value. */
  readonly location: Location;
}

export interface ObjectExpression {
  readonly kind: 'object';
  readonly entries: readonly ObjectEntry[];
  readonly location: Location;
}

/** `"orders-${var.env}"`: literal text and interpolated expressions, in order. */
export interface TemplateExpression {
  readonly kind: 'template';
  readonly parts: readonly (string | Expression)[];
  readonly location: Location;
}

export type TraversalStep =
  | { readonly kind: 'attribute'; readonly name: string }
  | { readonly kind: 'index'; readonly key: Expression };

/** `var.env`, `local.names[0]`, `aws_dynamodb_table.orders.arn`, `each.value.hash_key`. */
export interface TraversalExpression {
  readonly kind: 'traversal';
  readonly root: string;
  readonly steps: readonly TraversalStep[];
  readonly location: Location;
}

/** `toset(["a", "b"])`: a function call (only type conversions are evaluated). */
export interface CallExpression {
  readonly kind: 'call';
  readonly name: string;
  readonly args: readonly Expression[];
  readonly location: Location;
}

/** `cond ? a : b`. */
export interface ConditionalExpression {
  readonly kind: 'conditional';
  readonly condition: Expression;
  readonly whenTrue: Expression;
  readonly whenFalse: Expression;
  readonly location: Location;
}

/** A unary (`!x`, `-x`: one operand) or binary (`a && b`, `n > 0`: two operands) operator. */
export interface OperationExpression {
  readonly kind: 'operation';
  readonly operator: string;
  readonly operands: readonly Expression[];
  readonly location: Location;
}

/** Anything dynalint does not evaluate (for expressions, splats, template directives). */
export interface OpaqueExpression {
  readonly kind: 'opaque';
  /** What it is, for messages: `merge(...)`, `a conditional expression`. */
  readonly description: string;
  /** Why it is not known, when the source says so (a plan's "known after apply"). */
  readonly reason?: string;
  readonly location: Location;
}

export interface Attribute {
  readonly name: string;
  readonly value: Expression;
  /** From the name to the end of the value. */
  readonly location: Location;
}

export interface Block {
  readonly type: string;
  readonly labels: readonly string[];
  readonly body: Body;
  /** The whole block, from its type to the closing brace. */
  readonly location: Location;
}

export interface Body {
  readonly attributes: readonly Attribute[];
  readonly blocks: readonly Block[];
  readonly location: Location;
  /**
   * JSON syntax: every property is written as an attribute, and which ones are blocks depends on the
   * schema, so `blocksOf` reads blocks out of attribute values.
   */
  readonly syntax: 'native' | 'json';
}

/** One parsed file. */
export interface ConfigFile {
  readonly file: string;
  readonly body: Body;
  /** Comments, for inline suppressions (native syntax only). */
  readonly comments: readonly { readonly text: string; readonly location: Location }[];
}

export function attributeOf(body: Body | undefined, name: string): Attribute | undefined {
  return body?.attributes.find((a) => a.name === name);
}

/**
 * The blocks of `type` with `labelCount` labels. In JSON syntax a block is an object property whose value
 * is an object (or an array of objects), nested one object level per label.
 */
export function blocksOf(body: Body | undefined, type: string, labelCount = 0): Block[] {
  if (!body) return [];
  if (body.syntax === 'native') {
    return body.blocks.filter((b) => b.type === type && b.labels.length === labelCount);
  }
  const blocks: Block[] = [];
  for (const attribute of body.attributes) {
    if (attribute.name !== type) continue;
    collectJsonBlocks(type, attribute.value, [], labelCount, attribute.location, blocks);
  }
  return blocks;
}

function collectJsonBlocks(
  type: string,
  value: Expression,
  labels: string[],
  remaining: number,
  location: Location,
  into: Block[],
): void {
  if (remaining > 0) {
    if (value.kind !== 'object') return;
    for (const entry of value.entries) {
      if (entry.key === undefined || entry.key === '//') continue;
      collectJsonBlocks(type, entry.value, [...labels, entry.key], remaining - 1, entry.location, into);
    }
    return;
  }
  const items = value.kind === 'tuple' ? value.items : [value];
  for (const item of items) {
    if (item.kind !== 'object') continue;
    into.push({
      type,
      labels,
      body: jsonBody(item),
      location: items.length === 1 ? location : item.location,
    });
  }
}

/** A JSON object read as a body: its properties are attributes (`//` comments dropped). */
export function jsonBody(object: ObjectExpression): Body {
  return {
    attributes: object.entries.flatMap((entry) =>
      entry.key === undefined || entry.key === '//'
        ? []
        : [{ name: entry.key, value: entry.value, location: entry.location }],
    ),
    blocks: [],
    location: object.location,
    syntax: 'json',
  };
}
