/**
 * Plain JSON that remembers where each of its values is written: every container carries the locations of
 * its children under a symbol, so validators and copies see plain JSON, and the source tree itself is not
 * kept alive by the declarations of a large repository. Shared by the formats that build a `Declaration`.
 */
import type { Location } from '../model.ts';

const LOCATIONS = Symbol('locations');
type Located = { [LOCATIONS]?: Readonly<Record<string, Location>> | readonly Location[] };

export function withLocations<T extends object>(
  container: T,
  locations: Record<string, Location> | Location[],
): T {
  // A symbol key: `Object.keys`, `for…in` and `structuredClone` (what ajv and copies use) do not see it.
  (container as Located)[LOCATIONS] = locations;
  return container;
}

/**
 * `Declaration.locate` over located JSON: follows a pointer through the containers, reading each one's
 * record of where its children are written; `''` is `whole`.
 */
export function locator(value: object, whole: Location): (pointer: string) => Location | undefined {
  return (at) => {
    if (at === '') return whole;
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
