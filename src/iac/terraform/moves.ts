/**
 * `moved { from = … to = … }` blocks: a resource or module renamed in the configuration is the same object
 * in the state. Each table learns the addresses it had before (`movedFrom`), so a change between two
 * revisions pairs the renamed table with its old self instead of a removal and an addition.
 */
import { traversalText } from './evaluate.ts';
import { attributeOf, blocksOf, type ConfigFile, type Expression } from './tree.ts';

export interface Move {
  readonly from: string;
  readonly to: string;
}

export function movesIn(configs: readonly ConfigFile[], prefix = ''): Move[] {
  const moves: Move[] = [];
  for (const config of configs) {
    for (const block of blocksOf(config.body, 'moved')) {
      const from = address(attributeOf(block.body, 'from')?.value);
      const to = address(attributeOf(block.body, 'to')?.value);
      if (from && to) moves.push({ from: prefix + from, to: prefix + to });
    }
  }
  return moves;
}

/**
 * `aws_dynamodb_table.a[0]` → `aws_dynamodb_table.a`: a `count` model stands for all its instances. A
 * `for_each` key (`aws_dynamodb_table.a["orders"]`) stays: each key of a known `for_each` is a model.
 */
function address(expression: Expression | undefined): string | undefined {
  if (expression?.kind !== 'traversal') return undefined;
  const steps = expression.steps.filter(
    (s) => s.kind === 'attribute' || (s.key.kind === 'literal' && typeof s.key.value === 'string'),
  );
  return traversalText({ ...expression, steps });
}

/**
 * The earlier addresses of the object at `address`, most recent first: a move of the address itself or of
 * a module containing it (`module.old` → `module.new` moves `module.new.aws_dynamodb_table.t`), or of the
 * resource whose instance it is (`…a` → `…b` moves `…b["orders"]`).
 */
export function previousAddresses(address: string, moves: readonly Move[]): string[] {
  const previous: string[] = [];
  let current = address;
  for (let step = 0; step < moves.length; step += 1) {
    const move = moves.find(
      (m) => current === m.to || current.startsWith(`${m.to}.`) || current.startsWith(`${m.to}[`),
    );
    if (!move) break;
    current = move.from + current.slice(move.to.length);
    if (current === address || previous.includes(current)) break;
    previous.push(current);
  }
  return previous;
}
