/**
 * A resource as written, evaluated for one condition branch into plain JSON: what schema validation reads.
 * Values only known at deploy time are left out (list items become `null`) with their JSON pointer listed in
 * `unknown`, so a validator can skip them rather than guess.
 */
import { pointerToken, type Declaration, type JsonValue, type Location } from '../../model.ts';
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

/**
 * `Fn::Transform` or `Fn::ForEach::…` beside other keys adds keys at deploy time; a YAML merge key (`<<`) is
 * not expanded by the reader, so what it brings in is not known here either.
 */
function opensMap(key: string): boolean {
  return key.startsWith('Fn::') || key === '<<';
}

/**
 * Where a JSON container's children are written, under a symbol: validators and copies see plain JSON, and
 * the source tree itself is not kept alive by the declarations of a large repository.
 */
const LOCATIONS = Symbol('locations');
type Located = { [LOCATIONS]?: Readonly<Record<string, Location>> | readonly Location[] };

function withLocations<T extends object>(container: T, locations: Record<string, Location> | Location[]): T {
  // A symbol key: `Object.keys`, `for…in` and `structuredClone` (what ajv and copies use) do not see it.
  (container as Located)[LOCATIONS] = locations;
  return container;
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
  template: Declaration['template'],
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

  return {
    resourceType,
    value: value as Declaration['value'],
    locate: locator(value, location),
    unknown,
    open,
    template,
  };
}

/** Follows a pointer through the JSON, reading each container's record of where its children are written. */
function locator(value: object, location: Location): Declaration['locate'] {
  return (at) => {
    if (at === '') return location;
    let current: unknown = value;
    let found: Location | undefined;
    for (const raw of at.split('/').slice(1)) {
      const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      if (typeof current !== 'object' || current === null) return undefined;
      const children = (current as Located)[LOCATIONS] as Readonly<Record<string, Location>> | undefined;
      found = children?.[token];
      if (!found) return undefined;
      current = (current as Record<string, unknown>)[token];
    }
    return found;
  };
}

/** Where a declaration's JSON containers are written, as plain data beside the JSON (for the fact cache). */
export interface LocationTree {
  readonly at?: Readonly<Record<string, Location>> | readonly Location[];
  readonly children?: Readonly<Record<string, LocationTree>>;
}

/** A declaration as structured-clone data: its JSON, the resource's location and its containers'. */
export interface DeclarationRecord extends Omit<Declaration, 'locate'> {
  readonly location: Location;
  readonly locations: LocationTree;
}

export function declarationRecord(declaration: Declaration): DeclarationRecord {
  const { locate, ...plain } = declaration;
  return { ...plain, location: locate('') as Location, locations: locationTree(declaration.value) };
}

export function declarationFromRecord(record: DeclarationRecord): Declaration {
  const { location, locations, ...plain } = record;
  restoreLocations(plain.value, locations);
  return { ...plain, locate: locator(plain.value, location) };
}

function locationTree(value: unknown): LocationTree {
  if (typeof value !== 'object' || value === null) return {};
  const children: Record<string, LocationTree> = {};
  for (const [key, child] of Object.entries(value)) {
    if (typeof child === 'object' && child !== null) children[key] = locationTree(child);
  }
  const at = (value as Located)[LOCATIONS];
  return { ...(at ? { at } : {}), ...(Object.keys(children).length ? { children } : {}) };
}

function restoreLocations(value: unknown, tree: LocationTree): void {
  if (typeof value !== 'object' || value === null) return;
  if (tree.at) withLocations(value, tree.at as Record<string, Location>);
  for (const [key, child] of Object.entries(tree.children ?? {})) {
    restoreLocations((value as Record<string, unknown>)[key], child);
  }
}
