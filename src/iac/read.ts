/** Typed reads of evaluated template properties into `Prop`s that keep their source location. */
import { known, unknown, type Location, type Prop, type Unknown } from '../model.ts';
import { evaluate, evaluatedEntry, type Evaluated, type EvaluationScope } from './evaluate.ts';
import type { MapNode, ScalarNode, SeqNode, SourceNode } from './source-tree.ts';

export type ListRead = { known: true; items: (MapNode | ScalarNode | SeqNode)[]; location: Location };
export type MapRead = { known: true; node: MapNode; location: Location };

export class PropertyReader {
  constructor(readonly scope: EvaluationScope) {}

  string(map: MapNode | undefined, key: string): Prop<string> | undefined {
    const found = evaluatedEntry(map, key, this.scope);
    if (!found) return undefined;
    const { value, entry } = found;
    if (value.kind === 'unknown') return unknown(value.reason, entry.location);
    if (value.kind !== 'scalar' || value.value === null)
      return unknown(`${key} is not a string`, entry.location);
    return known(String(value.value), entry.location);
  }

  number(map: MapNode | undefined, key: string): Prop<number> | undefined {
    const found = evaluatedEntry(map, key, this.scope);
    if (!found) return undefined;
    const { value, entry } = found;
    if (value.kind === 'unknown') return unknown(value.reason, entry.location);
    const number =
      value.kind === 'scalar' && value.value !== null && value.value !== '' ? Number(value.value) : NaN;
    if (Number.isNaN(number)) return unknown(`${key} is not a number`, entry.location);
    return known(number, entry.location);
  }

  boolean(map: MapNode | undefined, key: string): Prop<boolean> | undefined {
    const found = evaluatedEntry(map, key, this.scope);
    if (!found) return undefined;
    const { value, entry } = found;
    if (value.kind === 'unknown') return unknown(value.reason, entry.location);
    if (value.kind === 'scalar') {
      if (value.value === true || value.value === 'true') return known(true, entry.location);
      if (value.value === false || value.value === 'false') return known(false, entry.location);
    }
    return unknown(`${key} is not a boolean`, entry.location);
  }

  map(map: MapNode | undefined, key: string): MapRead | Unknown | undefined {
    const found = evaluatedEntry(map, key, this.scope);
    if (!found) return undefined;
    const { value, entry } = found;
    if (value.kind === 'unknown') return unknown(value.reason, entry.location);
    if (value.kind !== 'map') return unknown(`${key} is not a map`, entry.location);
    return { known: true, node: value, location: entry.location };
  }

  /** A list property; items that are `AWS::NoValue` drop out, any unknown item makes the list unknown. */
  list(map: MapNode | undefined, key: string): ListRead | Unknown | undefined {
    const found = evaluatedEntry(map, key, this.scope);
    if (!found) return undefined;
    return this.items(found.value, found.entry.location, key);
  }

  items(node: SourceNode | Evaluated, location: Location, what: string): ListRead | Unknown {
    const value = node.kind === 'unknown' || node.kind === 'novalue' ? node : evaluate(node, this.scope);
    if (value.kind === 'unknown') return unknown(value.reason, location);
    if (value.kind === 'novalue') return { known: true, items: [], location };
    if (value.kind !== 'seq') return unknown(`${what} is not a list`, location);
    const items: (MapNode | ScalarNode | SeqNode)[] = [];
    for (const item of value.items) {
      const evaluated = evaluate(item, this.scope);
      if (evaluated.kind === 'novalue') continue;
      if (evaluated.kind === 'unknown') return unknown(`an item of ${what}: ${evaluated.reason}`, location);
      items.push(evaluated);
    }
    return { known: true, items, location };
  }

  /** The string at `key` when it is known, for values that only steer reading (e.g. `KeyType`). */
  literal(map: MapNode | undefined, key: string): string | undefined {
    const prop = this.string(map, key);
    return prop?.known ? prop.value : undefined;
  }
}
