/**
 * A resource as written, evaluated for one condition branch into plain JSON with a location per JSON pointer:
 * what schema validation reads. Values only known at deploy time are `null` with their pointer listed in
 * `unknown`, so a validator can skip them rather than guess.
 */
import type { Declaration, JsonValue, Location } from '../../model.ts';
import { evaluate, type Evaluated, type EvaluationScope } from '../evaluate.ts';
import { entry, type MapNode, type SourceNode } from '../source-tree.ts';

/** Resource attributes validation reads besides `Properties`. */
const ATTRIBUTES = ['DeletionPolicy', 'UpdateReplacePolicy', 'Condition', 'DependsOn'] as const;

const ABSENT = Symbol('absent');

/** Names a template declares, shared by the declarations of all its resources. */
export function templateNames(root: MapNode): Declaration['template'] {
  const keys = (key: string) => {
    const value = entry(root, key)?.value;
    return value?.kind === 'map' ? value.entries.map((e) => e.key) : [];
  };
  const transform = entry(root, 'Transform')?.value;
  const transforms = (transform?.kind === 'seq' ? transform.items : transform ? [transform] : []).flatMap(
    (t) => (t.kind === 'scalar' && typeof t.value === 'string' ? [t.value] : []),
  );
  return { conditions: keys('Conditions'), resources: keys('Resources'), transforms };
}

export function declarationOf(
  resourceType: string,
  resource: MapNode,
  location: Location,
  properties: Evaluated | undefined,
  scope: EvaluationScope,
  template: Declaration['template'],
): Declaration {
  const locations: Record<string, Location> = { '': location };
  const unknown: string[] = [];
  const open: string[] = [];

  const toJson = (node: SourceNode | Evaluated, pointer: string): JsonValue | typeof ABSENT => {
    const value = node.kind === 'novalue' || node.kind === 'unknown' ? node : evaluate(node, scope);
    switch (value.kind) {
      case 'novalue':
        return ABSENT;
      case 'unknown':
        unknown.push(pointer);
        return null;
      case 'scalar':
        return value.value;
      case 'seq': {
        const items: JsonValue[] = [];
        for (const item of value.items) {
          const at = `${pointer}/${items.length}`;
          const json = toJson(item, at);
          if (json === ABSENT) continue;
          // A map item is pointed at by its first key: in JSON the item's own first line is a bare `{`.
          locations[at] = item.kind === 'map' && item.entries[0] ? item.entries[0].location : item.location;
          items.push(json);
        }
        return items;
      }
      case 'map': {
        const map: Record<string, JsonValue> = {};
        for (const e of value.entries) {
          // `Fn::Transform` or `Fn::ForEach::…` beside other keys adds keys at deploy time; a YAML merge
          // key (`<<`) is not expanded by the reader, so what it brings in is not known here either.
          if (e.key.startsWith('Fn::') || e.key === '<<') {
            open.push(pointer);
            continue;
          }
          const at = `${pointer}/${e.key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
          const json = toJson(e.value, at);
          if (json === ABSENT) continue;
          locations[at] = e.location;
          map[e.key] = json;
        }
        return map;
      }
    }
  };

  const written = entry(resource, 'Properties');
  const evaluatedProperties = properties ? toJson(properties, '/Properties') : ABSENT;
  if (written) locations['/Properties'] = written.location;
  const value: Record<string, JsonValue> = {
    Properties: evaluatedProperties === ABSENT ? {} : evaluatedProperties,
  };
  for (const name of ATTRIBUTES) {
    const attribute = entry(resource, name);
    if (!attribute) continue;
    const json = toJson(attribute.value, `/${name}`);
    if (json === ABSENT) continue;
    locations[`/${name}`] = attribute.location;
    value[name] = json;
  }
  return {
    resourceType,
    value: value as Declaration['value'],
    locations,
    unknown,
    open,
    template,
  };
}
