/**
 * A Terraform resource as written, evaluated into plain JSON for schema validation: its arguments as values
 * and each nested block type as a list of objects (`dynamic` blocks expanded), whatever the syntax. A value
 * that is not known (a variable without a value, another resource's attribute, `each.value`) is left out of
 * its map (a list item becomes `null`) with its pointer in `unknown`, so a validator skips it.
 */
import { pointerToken, type Declaration, type JsonValue, type Location } from '../../model.ts';
import { locator, withLocations } from '../located-json.ts';
import type { Value } from './evaluate.ts';
import type { BlockList, Fields } from './fields.ts';

/** Terraform's own arguments and blocks of every resource: Terraform validates them, not the provider. */
const META_ARGUMENTS: ReadonlySet<string> = new Set([
  'count',
  'for_each',
  'provider',
  'depends_on',
  'lifecycle',
  'provisioner',
  'connection',
]);

/**
 * Arguments whose value is a map. Any other object (or list of objects) written as an argument is a nested
 * block: JSON syntax writes blocks that way, and the loader reads Terraform 0.11's `attribute = [{ … }]` so.
 */
const MAP_ARGUMENTS: ReadonlySet<string> = new Set(['tags', 'tags_all']);

function isBlockValue(name: string, value: Value): boolean {
  if (MAP_ARGUMENTS.has(name)) return false;
  if (value.kind === 'map') return true;
  // Terraform 0.11 flattened nested lists (`attribute = ["${local.attributes}"]`): read as blocks, whose
  // items that are not objects are unknown.
  return value.kind === 'list' && value.items.some((i) => i.kind === 'map' || i.kind === 'list');
}

export function terraformDeclaration(resourceType: string, fields: Fields): Declaration {
  const unknown: string[] = [];
  const path: string[] = [];
  const pointer = () => (path.length ? `/${path.join('/')}` : '');

  const valueJson = (value: Value): JsonValue => {
    switch (value.kind) {
      case 'unknown':
        unknown.push(pointer());
        return null;
      case 'scalar':
        return value.value;
      case 'list': {
        const items = value.items.map((item, i) => {
          path.push(String(i));
          const json = valueJson(item);
          path.pop();
          return json;
        });
        return withLocations(
          items,
          value.items.map((i) => i.location),
        );
      }
      case 'map': {
        const map: Record<string, JsonValue> = {};
        const locations: Record<string, Location> = {};
        for (const entry of value.entries) {
          if (entry.value.kind === 'scalar' && entry.value.value === null) continue;
          path.push(pointerToken(entry.key));
          const before = unknown.length;
          const json = valueJson(entry.value);
          path.pop();
          if (json === null && unknown.length > before) continue;
          map[entry.key] = json;
          locations[entry.key] = entry.location;
        }
        return withLocations(map, locations);
      }
    }
  };

  /** A block type's blocks as a list of objects; `undefined` (and its pointer unknown) when not known. */
  const blocksJson = (list: BlockList): JsonValue | undefined => {
    if (!list.known) {
      unknown.push(pointer());
      return undefined;
    }
    const items = list.items.map((item, i) => {
      path.push(String(i));
      const json = bodyJson(item, false);
      path.pop();
      return json;
    });
    return withLocations(
      items,
      list.items.map((i) => i.location),
    );
  };

  const bodyJson = (block: Fields, root: boolean): JsonValue => {
    const map: Record<string, JsonValue> = {};
    const locations: Record<string, Location> = {};
    if (!block.names) {
      unknown.push(pointer());
      return withLocations(map, locations);
    }
    const { fields: written, blocks } = block.names();
    const add = (name: string, location: Location, read: () => JsonValue | undefined) => {
      if (root && META_ARGUMENTS.has(name)) return;
      path.push(pointerToken(name));
      const json = read();
      path.pop();
      if (json === undefined) return;
      map[name] = json;
      locations[name] = location;
    };
    for (const name of written) {
      const found = block.get(name);
      // Null is "not set" in Terraform.
      if (!found) continue;
      if (found.value.kind === 'unknown') {
        add(name, found.location, () => {
          unknown.push(pointer());
          return undefined;
        });
      } else if (isBlockValue(name, found.value)) {
        add(name, found.location, () => blocksJson(block.blocks(name)));
      } else {
        add(name, found.location, () => valueJson(found.value));
      }
    }
    for (const type of blocks) {
      const list = block.blocks(type);
      add(type, list.location ?? block.location, () => blocksJson(list));
    }
    return withLocations(map, locations);
  };

  const value = bodyJson(fields, true) as { readonly [key: string]: JsonValue };
  return { resourceType, value, locate: locator(value, fields.location), unknown, open: [] };
}
