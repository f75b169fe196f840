/** The seeds the fuzzer mutates: the project's own fixtures and examples, grouped by the loader they feed. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { codeFileKind, type CodeFileKind } from '../../src/code/languages.ts';

export type SeedKind = 'template' | 'plan' | 'terraform' | 'code';

export interface Seed {
  readonly kind: SeedKind;
  /** Relative to the repository root, `/`-separated. */
  readonly name: string;
  readonly bytes: Buffer;
  /** For code seeds: the language to parse it as. */
  readonly code?: CodeFileKind;
}

const ROOT = path.resolve(import.meta.dirname, '../..');
const FOLDERS = ['test/fixtures', 'examples'];

function filesUnder(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

function kindOf(name: string): Pick<Seed, 'kind' | 'code'> | undefined {
  const base = path.posix.basename(name);
  if (/\.tf(\.json)?$|\.tfvars(\.json)?$/.test(base)) return { kind: 'terraform' };
  if (base === 'plan.json') return { kind: 'plan' };
  const code = codeFileKind(base);
  if (code) return { kind: 'code', code };
  if (/\.(ya?ml|json)$/.test(base) && !base.startsWith('.dynalint') && base !== 'package.json') {
    return { kind: 'template' };
  }
  return undefined;
}

let seeds: Seed[] | undefined;

export function corpus(): readonly Seed[] {
  seeds ??= FOLDERS.flatMap(filesUnder).flatMap((name) => {
    const kind = kindOf(name);
    return kind ? [{ ...kind, name, bytes: readFileSync(path.join(ROOT, name)) }] : [];
  });
  return seeds;
}
