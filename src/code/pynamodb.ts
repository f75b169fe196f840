/**
 * PynamoDB models as their class bodies declare them: which attribute is the hash or range key (under
 * its `attr_name` when it has one), which class attributes are indexes and the index names their `Meta`
 * gives, and the conditions written with model attributes (`Order.created_at.begins_with(p)`,
 * `Order.status == 'open'`). Everything is read from the file's syntax; a key declared in a base class
 * elsewhere stays unknown.
 */
import type { Node } from 'web-tree-sitter';
import type { KeyOperator } from '../model.ts';
import type { LocatedKeyTerm } from './request-facts.ts';
import { argumentsOf } from './syntax.ts';
import { stringValue } from './python-strings.ts';

export interface ModelAttribute {
  /** The attribute's name in DynamoDB: its `attr_name`, else the Python name. */
  readonly name: string;
  readonly hashKey: boolean;
  readonly rangeKey: boolean;
}

/**
 * A model or index class's attributes by their Python name. `isIndex`: class attributes that are indexes
 * (`by_customer = ByCustomer()`), not item attributes.
 */
export function modelAttributes(
  model: Node,
  isIndex: (className: string) => boolean = () => false,
): Map<string, ModelAttribute> {
  const attributes = new Map<string, ModelAttribute>();
  for (const statement of model.childForFieldName('body')?.namedChildren ?? []) {
    const assignment = statement.type === 'expression_statement' ? statement.namedChildren[0] : statement;
    if (assignment?.type !== 'assignment') continue;
    const left = assignment.childForFieldName('left');
    const right = assignment.childForFieldName('right');
    if (left?.type !== 'identifier' || right?.type !== 'call') continue;
    if (isIndex(right.childForFieldName('function')?.text ?? '')) continue;
    const args = argumentsOf(right.childForFieldName('arguments'));
    const flag = (name: string): boolean => keywordValue(args, name)?.type === 'true';
    const attrName = keywordValue(args, 'attr_name');
    attributes.set(left.text, {
      name: (attrName && stringValue(attrName)) ?? left.text,
      hashKey: flag('hash_key'),
      rangeKey: flag('range_key'),
    });
  }
  return attributes;
}

/** The class a model attribute is an instance of: `by_customer = ByCustomerIndex()` → `ByCustomerIndex`. */
export function attributeClass(model: Node, attribute: string): string | undefined {
  for (const statement of model.childForFieldName('body')?.namedChildren ?? []) {
    const assignment = statement.type === 'expression_statement' ? statement.namedChildren[0] : statement;
    if (assignment?.type !== 'assignment' || assignment.childForFieldName('left')?.text !== attribute)
      continue;
    const right = assignment.childForFieldName('right');
    return right?.type === 'call' ? right.childForFieldName('function')?.text : undefined;
  }
  return undefined;
}

/** `class Meta: index_name = 'byCustomer'` inside an index class: the value's node. */
export function metaValue(owner: Node, name: string): Node | undefined {
  const meta = owner
    .childForFieldName('body')
    ?.namedChildren.find(
      (c) => c.type === 'class_definition' && c.childForFieldName('name')?.text === 'Meta',
    );
  for (const assignment of meta?.descendantsOfType('assignment') ?? []) {
    if (assignment.childForFieldName('left')?.text === name)
      return assignment.childForFieldName('right') ?? undefined;
  }
  return undefined;
}

const COMPARISONS: Readonly<Record<string, KeyOperator>> = {
  '==': '=',
  '<': '<',
  '<=': '<=',
  '>': '>',
  '>=': '>=',
};
const METHODS: Readonly<Record<string, KeyOperator>> = { between: 'BETWEEN', begins_with: 'begins_with' };

/**
 * A range key condition on model attributes: `Order.created_at.begins_with(p)`, `Order.created_at > t`,
 * `Order.created_at.between(a, b)`. `attributeName` maps `Order.created_at` to its DynamoDB name.
 */
export function rangeCondition(
  node: Node,
  attributeName: (reference: Node) => string | undefined,
): LocatedKeyTerm | undefined {
  if (node.type === 'parenthesized_expression' && node.namedChildren[0])
    return rangeCondition(node.namedChildren[0], attributeName);
  if (node.type === 'comparison_operator') {
    const [left] = node.namedChildren;
    const operator = COMPARISONS[node.children[1]?.text ?? ''];
    const attribute = left ? attributeName(left) : undefined;
    return operator && attribute !== undefined && node.namedChildren.length === 2
      ? { attribute, operator, node: left }
      : undefined;
  }
  if (node.type !== 'call') return undefined;
  const callee = node.childForFieldName('function');
  const operator = METHODS[callee?.childForFieldName('attribute')?.text ?? ''];
  const reference = callee?.childForFieldName('object');
  const attribute = reference ? attributeName(reference) : undefined;
  return operator && reference && attribute !== undefined
    ? { attribute, operator, node: reference }
    : undefined;
}

/**
 * The model attributes a filter condition reads: `Order.status == s`, `Order.tags.contains(t)`, joined
 * with `&`, `|` and `~`. Undefined when a part is not such a comparison (a condition built elsewhere).
 */
export function conditionReferences(
  node: Node,
  attributeName: (reference: Node) => string | undefined,
): string[] | undefined {
  const names: string[] = [];
  const visit = (at: Node): boolean => {
    const operator = at.childForFieldName('operator')?.text ?? at.children[0]?.text;
    switch (at.type) {
      case 'parenthesized_expression':
        return at.namedChildren[0] ? visit(at.namedChildren[0]) : false;
      case 'binary_operator':
        return (operator === '&' || operator === '|') && argumentsOf(at).every((operand) => visit(operand));
      case 'unary_operator':
        return at.children[0]?.text === '~' && at.namedChildren[0] ? visit(at.namedChildren[0]) : false;
      case 'comparison_operator':
      case 'call': {
        const subject =
          at.type === 'call'
            ? at.childForFieldName('function')?.childForFieldName('object')
            : at.namedChildren[0];
        const name = subject ? attributeName(subject) : undefined;
        if (name === undefined) return false;
        if (!names.includes(name)) names.push(name);
        return true;
      }
      default:
        return false;
    }
  };
  return visit(node) ? names : undefined;
}

export function keywordValue(args: readonly Node[], name: string): Node | undefined {
  const found = args.find((a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === name);
  return found?.childForFieldName('value') ?? undefined;
}
