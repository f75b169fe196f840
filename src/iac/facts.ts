/**
 * IaC files' facts through the run's fact store: a file is loaded once per path, bytes and hints, whether
 * the head and the base of a change both have it or a `--cache` file already does.
 */
import type { Declaration, LoadResult, Location, TableModel } from '../model.ts';
import { blobId, factKey, type FactCodec, type FactStore } from '../shared/facts.ts';
import { locationTree, locator, restoreLocations, type LocationTree } from './located-json.ts';

/** A declaration as structured-clone data: its JSON, the resource's location and its containers'. */
interface DeclarationRecord extends Omit<Declaration, 'locate'> {
  readonly location: Location;
  readonly locations: LocationTree;
}

function declarationRecord(declaration: Declaration): DeclarationRecord {
  const { locate, ...plain } = declaration;
  return { ...plain, location: locate('') as Location, locations: locationTree(declaration.value) };
}

function declarationFromRecord(record: DeclarationRecord): Declaration {
  const { location, locations, ...plain } = record;
  restoreLocations(plain.value, locations);
  return { ...plain, locate: locator(plain.value, location) };
}

/** A load result as structured-clone data: declarations carry a function to locate values, kept as data. */
const LOAD_RESULT: FactCodec<LoadResult> = {
  encode: (result) => ({
    ...result,
    tables: result.tables.map((table) =>
      table.declaration ? { ...table, declaration: declarationRecord(table.declaration) } : table,
    ),
  }),
  decode: (record) => {
    const result = record as LoadResult;
    return {
      ...result,
      tables: result.tables.map((table): TableModel =>
        table.declaration
          ? {
              ...table,
              declaration: declarationFromRecord(table.declaration as unknown as DeclarationRecord),
            }
          : table,
      ),
    };
  },
};

/**
 * `load()` unless the store has this file's facts. `kind` names the loader and any hints it was given
 * (a CDK stack name): the same bytes loaded differently are different facts.
 */
export function loadOnce(
  facts: FactStore | undefined,
  kind: string,
  display: string,
  bytes: Buffer,
  load: () => LoadResult,
): LoadResult {
  if (!facts) return load();
  const key = factKey(kind, display, blobId(bytes));
  const known = facts.get(key, LOAD_RESULT);
  if (known) return known;
  const result = load();
  facts.set(key, result, LOAD_RESULT);
  return result;
}
