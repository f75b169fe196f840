/**
 * A resource as written, evaluated for one condition branch into plain JSON: what schema validation reads.
 * Values only known at deploy time are left out (list items become `null`) with their JSON pointer listed in
 * `unknown`, so a validator can skip them rather than guess.
 */
import { pointerToken, type Declaration, type JsonValue, type Location } from '../../model.ts';
import { evaluate, type Evaluated, type EvaluationScope } from '../evaluate.ts';
import { locator, withLocations } from '../located-json.ts';
import { entry, type MapNode, type SourceNode } from '../source-tree.ts';

/** Resource attributes validation reads besides `Properties`. */
const ATTRIBUTES = ['DeletionPolicy', 'UpdateReplacePolicy', 'Condition', 'DependsOn'] as const;

const ABSENT = Symbol('absent');

/** Names a template declares, shared by the declarations of all its resources. */
export function templateNames(root: MapNode): NonNullable<Declaration['template']> {
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

/**
 * `Fn::Transform` or `Fn::ForEach::…` beside other keys adds keys at deploy time; a YAML merge key (`<<`) is
 * not expanded by the reader, so what it brings in is not known here either.
 */
function opensMap(key: string): boolean {
  return key.startsWith('Fn::') || key === '<<';
}

/** A list item is pointed at by its first key: in JSON the item's own first line is a bare `{`. */
function itemLocation(item: SourceNode): Location {
  return item.kind === 'map' && item.entries[0] ? item.entries[0].location : item.location;
}

export function declarationOf(
  resourceType: string,
  resource: MapNode,
  location: Location,
  properties: Evaluated | undefined,
  scope: EvaluationScope,
  template: NonNullable<Declaration['template']>,
): Declaration {
  const unknown: string[] = [];
  const open: string[] = [];
  // The pointer of the value being converted, as tokens: a string is only made for the few that need one.
  const path: string[] = [];
  const pointer = () => (path.length ? `/${path.join('/')}` : '');
  const evaluated = (node: SourceNode | Evaluated): Evaluated =>
    node.kind === 'novalue' || node.kind === 'unknown' ? node : evaluate(node, scope);

  const toJson = (node: SourceNode | Evaluated): JsonValue | typeof ABSENT => {
    const value = evaluated(node);
    switch (value.kind) {
      case 'novalue':
        return ABSENT;
      case 'unknown':
        unknown.push(pointer());
        return null;
      case 'scalar':
        return value.value;
      case 'seq': {
        const items: JsonValue[] = [];
        const locations: Location[] = [];
        for (const item of value.items) {
          path.push(String(items.length));
          const json = toJson(item);
          path.pop();
          if (json === ABSENT) continue;
          items.push(json);
          locations.push(itemLocation(item));
        }
        return withLocations(items, locations);
      }
      case 'map': {
        const map: Record<string, JsonValue> = {};
        const locations: Record<string, Location> = {};
        for (const e of value.entries) {
          if (opensMap(e.key)) {
            open.push(pointer());
            continue;
          }
          path.push(pointerToken(e.key));
          const before = unknown.length;
          const json = toJson(e.value);
          path.pop();
          // An unknown property is left out of its map (a validator would judge a placeholder).
          if (json === ABSENT || (json === null && unknown.length > before)) continue;
          map[e.key] = json;
          locations[e.key] = e.location;
        }
        return withLocations(map, locations);
      }
    }
  };

  const value: Record<string, JsonValue> = {};
  const rootLocations: Record<string, Location> = {};
  const written = entry(resource, 'Properties');
  if (written) rootLocations.Properties = written.location;
  path.push('Properties');
  const evaluatedProperties = properties ? toJson(properties) : ABSENT;
  path.pop();
  value.Properties = evaluatedProperties === ABSENT ? {} : evaluatedProperties;
  for (const name of ATTRIBUTES) {
    const attribute = entry(resource, name);
    if (!attribute) continue;
    path.push(name);
    const before = unknown.length;
    const json = toJson(attribute.value);
    path.pop();
    if (json === ABSENT || (json === null && unknown.length > before)) continue;
    value[name] = json;
    rootLocations[name] = attribute.location;
  }
  withLocations(value, rootLocations);

  const locate = locator(value, location);

  return { resourceType, value: value as Declaration['value'], locate, unknown, open, template };
}
