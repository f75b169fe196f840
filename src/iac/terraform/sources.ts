/**
 * Finds the code of the modules a directory calls, before it is loaded: local paths (`./modules/table`,
 * `../../`) and, for other sources, the copies `terraform init` vendored under `.terraform/modules/` as its
 * `modules.json` lists them. Module directories linted anyway are taken from the discovered files; others
 * are listed and read here (through the same reader, so sizes stay bounded).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { LoadProblem } from '../../model.ts';
import { decode, type FileReader } from '../../shared/files.ts';
import type { ModuleCallSite, ModuleResolver, ResolvedModule, TerraformFile } from './directory.ts';
import { declaresTables, isConfigurationFile } from './files.ts';

/** A directory of discovered files: absolute path and display path. */
export interface DirectoryFiles {
  readonly path: string;
  readonly display: string;
  readonly files: readonly TerraformFile[];
}

const LOCAL_SOURCE = /^\.\.?(\/|$)/;
/** `source = "./x"` in native syntax, `"source": "../x"` in JSON syntax. */
const LOCAL_SOURCE_TEXT = /"?source"?\s*[=:]\s*"(\.\.?(?:\/[^"]*)?)"/g;
const MAX_DEPTH = 8;

interface VendoredModule {
  readonly Key: string;
  readonly Dir: string;
}

export class ModuleSources implements ModuleResolver {
  private readonly modules = new Map<string, ResolvedModule>();
  private readonly relevance = new Map<string, boolean>();
  /** Root directory display → module key → vendored directory display. */
  private readonly vendored = new Map<string, Map<string, string>>();

  constructor(
    private readonly discovered: ReadonlyMap<string, DirectoryFiles>,
    private readonly read: FileReader,
    private readonly problems: LoadProblem[],
  ) {}

  /** Reads every module `directory` reaches, so `resolve` can answer synchronously. */
  async prepare(directory: DirectoryFiles): Promise<void> {
    const vendored = await this.readModulesJson(directory);
    if (vendored.size) this.vendored.set(directory.display, vendored);
    const pending: { dir: DirectoryFiles; depth: number }[] = [{ dir: directory, depth: 0 }];
    for (const display of vendored.values()) {
      const loaded = await this.load(
        path.resolve(directory.path, relativeTo(directory.display, display)),
        display,
      );
      if (loaded) pending.push({ dir: loaded, depth: 1 });
    }
    const seen = new Set<string>();
    for (let next = pending.shift(); next; next = pending.shift()) {
      if (seen.has(next.dir.display) || next.depth > MAX_DEPTH) continue;
      seen.add(next.dir.display);
      for (const source of localSources(next.dir.files)) {
        const display = joinDisplay(next.dir.display, source);
        const loaded = await this.load(path.resolve(next.dir.path, source), display);
        if (loaded) pending.push({ dir: loaded, depth: next.depth + 1 });
      }
    }
  }

  /** The modules reachable from `directory`, itself excluded. */
  reachable(directory: DirectoryFiles): ResolvedModule[] {
    const modules: ResolvedModule[] = [];
    const seen = new Set([directory.display]);
    const queue = [...this.calledFrom(directory.display, directory.files)];
    for (let next = queue.shift(); next; next = queue.shift()) {
      if (seen.has(next.directory)) continue;
      seen.add(next.directory);
      modules.push(next);
      queue.push(...this.calledFrom(next.directory, next.files));
    }
    return modules;
  }

  /** A module on disk, when it (or a module it calls) may declare a table: others are not evaluated. */
  resolve(call: ModuleCallSite, source: string): ResolvedModule | undefined {
    const display = LOCAL_SOURCE.test(source)
      ? joinDisplay(call.directory, source)
      : this.vendored.get(call.root)?.get(call.key);
    const module = display === undefined ? undefined : this.modules.get(display);
    return module && this.mayDeclareTables(module) ? module : undefined;
  }

  /** Whether the module or one it calls mentions DynamoDB (memoised). */
  mayDeclareTables(module: ResolvedModule): boolean {
    const known = this.relevance.get(module.directory);
    if (known !== undefined) return known;
    const relevant =
      declaresTables(module.files) ||
      this.reachable({ path: '', display: module.directory, files: module.files }).some((m) =>
        declaresTables(m.files),
      );
    this.relevance.set(module.directory, relevant);
    return relevant;
  }

  private calledFrom(display: string, files: readonly TerraformFile[]): ResolvedModule[] {
    const called = localSources(files).flatMap((s) => this.modules.get(joinDisplay(display, s)) ?? []);
    const vendored = [...(this.vendored.get(display)?.values() ?? [])].flatMap(
      (d) => this.modules.get(d) ?? [],
    );
    return [...called, ...vendored];
  }

  private async load(absolute: string, display: string): Promise<DirectoryFiles | undefined> {
    const known = this.modules.get(display);
    if (known) return { path: absolute, display, files: known.files };
    const discovered = this.discovered.get(display);
    if (discovered) {
      this.modules.set(display, { directory: display, files: discovered.files });
      return discovered;
    }
    const names = await readdir(absolute).catch(() => [] as string[]);
    const files: TerraformFile[] = [];
    for (const name of names.filter(isConfigurationFile).sort()) {
      const fileDisplay = joinDisplay(display, name);
      const bytes = await this.read({ path: path.join(absolute, name), display: fileDisplay }, this.problems);
      if (bytes) files.push({ display: fileDisplay, text: decode(bytes) });
    }
    if (files.length === 0) return undefined;
    this.modules.set(display, { directory: display, files });
    return { path: absolute, display, files };
  }

  /** `.terraform/modules/modules.json`: module keys → vendored directories (relative to the root module). */
  private async readModulesJson(directory: DirectoryFiles): Promise<Map<string, string>> {
    const keys = new Map<string, string>();
    const text = await readFile(
      path.join(directory.path, '.terraform', 'modules', 'modules.json'),
      'utf8',
    ).catch(() => undefined);
    if (!text) return keys;
    let entries: unknown;
    try {
      entries = (JSON.parse(text) as { Modules?: unknown }).Modules;
    } catch {
      return keys;
    }
    for (const entry of Array.isArray(entries) ? (entries as VendoredModule[]) : []) {
      if (typeof entry.Key !== 'string' || typeof entry.Dir !== 'string' || entry.Key === '') continue;
      // Local modules are listed with their own path; only vendored copies are needed from here.
      if (!entry.Dir.startsWith('.terraform/')) continue;
      keys.set(entry.Key, joinDisplay(directory.display, entry.Dir));
    }
    return keys;
  }
}

function localSources(files: readonly TerraformFile[]): string[] {
  const sources = new Set<string>();
  for (const file of files) {
    for (const match of file.text.matchAll(LOCAL_SOURCE_TEXT)) sources.add(match[1] as string);
  }
  return [...sources];
}

/** A display path joined and normalised: `examples/basic` + `../../` → `.`. */
export function joinDisplay(directory: string, relative: string): string {
  const joined = path.posix.normalize(path.posix.join(directory, relative)).replace(/\/+$/, '');
  return joined === '' || joined === './' ? '.' : joined;
}

function relativeTo(from: string, to: string): string {
  return path.posix.relative(from, to) || '.';
}
