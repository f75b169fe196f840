/**
 * CDK cloud assemblies: `cdk.out/manifest.json` names each stack and its synthesized template. The
 * templates are loaded like any CloudFormation JSON with `format: 'cdk'` and the stack name, and each
 * table keeps its construct path from `aws:cdk:path` metadata.
 */
import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { LoadProblem, LoadResult } from '../model.ts';
import { decode, readBounded, type SourceFile } from '../shared/files.ts';
import { displayPath } from '../shared/paths.ts';
import { mapToSource } from './cdk-source-map.ts';
import { formatLoad, settled, type FormatIo, type TableFormat } from './format.ts';
import { loadTemplateText, parseSource } from './load.ts';
import { entry, type SourceNode } from './source-tree.ts';

const CDK_STACK_ARTIFACT = Buffer.from('aws:cloudformation:stack');
const NESTED_ARTIFACT = Buffer.from('cdk:cloud-assembly');

export interface CdkStack {
  readonly name: string;
  /** Relative to the manifest's folder. */
  readonly templateFile: string;
  /** From the stack's `environment` (`aws://123456789012/eu-west-1`) when it names a region. */
  readonly region?: string;
  /** Logical id → the stack trace of the construct call (`aws:cdk:logicalId` metadata under `CDK_DEBUG`). */
  readonly traces: ReadonlyMap<string, readonly string[]>;
}

export interface CdkManifest {
  readonly stacks: CdkStack[];
  /** Nested assemblies (`cdk:cloud-assembly` artifacts, one per CDK Stage), relative to the manifest's folder. */
  readonly nested: string[];
  readonly problems: LoadProblem[];
}

export function readCdkManifest(text: string, file: string): CdkManifest {
  const parsed = parseSource(text, file);
  if ('problem' in parsed) return { stacks: [], nested: [], problems: [parsed.problem] };
  const stacks: CdkStack[] = [];
  const nested: string[] = [];
  const artifacts = entry(parsed.root, 'artifacts')?.value;
  for (const artifact of artifacts?.kind === 'map' ? artifacts.entries : []) {
    const type = entry(artifact.value, 'type')?.value;
    const properties = entry(artifact.value, 'properties')?.value;
    if (type?.kind === 'scalar' && type.value === 'cdk:cloud-assembly') {
      const directory = entry(properties, 'directoryName')?.value;
      if (directory?.kind === 'scalar' && typeof directory.value === 'string') nested.push(directory.value);
    }
    if (type?.kind !== 'scalar' || type.value !== 'aws:cloudformation:stack') continue;
    const templateFile = entry(properties, 'templateFile')?.value;
    const stackName = entry(properties, 'stackName')?.value;
    if (templateFile?.kind !== 'scalar' || typeof templateFile.value !== 'string') continue;
    const region = environmentRegion(entry(artifact.value, 'environment')?.value);
    stacks.push({
      name: stackName?.kind === 'scalar' && stackName.value !== null ? String(stackName.value) : artifact.key,
      templateFile: templateFile.value,
      ...(region ? { region } : {}),
      traces: logicalIdTraces(entry(artifact.value, 'metadata')?.value),
    });
  }
  return { stacks, nested, problems: [] };
}

/** `aws://123456789012/eu-west-1` → `eu-west-1`; an environment-agnostic stack is `aws://unknown-account/unknown-region`. */
function environmentRegion(environment: SourceNode | undefined): string | undefined {
  if (environment?.kind !== 'scalar') return undefined;
  return /^aws:\/\/[^/]*\/([a-z]{2}(?:-[a-z]+)+-\d+)$/.exec(String(environment.value))?.[1];
}

/** `metadata: { "/Shop/Orders/Resource": [{ type: "aws:cdk:logicalId", data: "Orders…", trace: [...] }] }`. */
function logicalIdTraces(metadata: SourceNode | undefined): Map<string, readonly string[]> {
  const traces = new Map<string, readonly string[]>();
  for (const construct of metadata?.kind === 'map' ? metadata.entries : []) {
    for (const item of construct.value.kind === 'seq' ? construct.value.items : []) {
      const type = entry(item, 'type')?.value;
      const data = entry(item, 'data')?.value;
      const trace = entry(item, 'trace')?.value;
      if (type?.kind !== 'scalar' || type.value !== 'aws:cdk:logicalId') continue;
      if (data?.kind !== 'scalar' || typeof data.value !== 'string' || trace?.kind !== 'seq') continue;
      traces.set(
        data.value,
        trace.items.flatMap((frame) =>
          frame.kind === 'scalar' && typeof frame.value === 'string' ? [frame.value] : [],
        ),
      );
    }
  }
  return traces;
}

export interface AssemblyLoad {
  readonly results: LoadResult[];
  /** The manifests and templates read. */
  readonly consumed: string[];
}

/** An assembly `--cdk-synth` wrote to a temporary folder. */
export interface Synthesized {
  /** How findings name the assembly's folder: where `cdk synth` would write it (`infra/cdk.out`). */
  readonly displayFolder: string;
  /** The app's folder in the working tree, where its traces' source files are looked up. */
  readonly appFolder: string;
}

/**
 * One cloud assembly's stacks. A synthesized one is read from the file system whatever revision is being
 * loaded (its sources are the revision's), and the Stage assemblies its manifest names are followed (a
 * walked `cdk.out` finds their manifests itself).
 */
export async function loadAssembly(
  manifest: SourceFile,
  io: FormatIo,
  problems: LoadProblem[],
  synthesized?: Synthesized,
): Promise<AssemblyLoad> {
  const results: LoadResult[] = [];
  const consumed: string[] = [];
  const read = synthesized ? readBounded : io.read;
  const bytes = await read(manifest, problems);
  if (!bytes?.includes(CDK_STACK_ARTIFACT) && !(synthesized && bytes?.includes(NESTED_ARTIFACT))) {
    return { results, consumed };
  }
  consumed.push(manifest.path);
  const folder = path.dirname(manifest.path);
  const parsed = readCdkManifest(decode(bytes), manifest.display);
  problems.push(...parsed.problems);
  const appFolder = synthesized?.appFolder ?? (await cdkAppFolder(folder, io.cwd));
  for (const stack of parsed.stacks) {
    const template = path.resolve(folder, stack.templateFile);
    consumed.push(template);
    const display = synthesized
      ? path.posix.join(synthesized.displayFolder, stack.templateFile)
      : displayPath(io.cwd, template);
    const templateBytes = await read({ path: template, display }, problems);
    if (!templateBytes) continue;
    const text = decode(templateBytes);
    const loaded = loadTemplateText(text, display, {
      format: 'cdk',
      stack: stack.name,
      ...(stack.region ? { region: stack.region } : {}),
    });
    results.push(settled(io, await sourceMapped(loaded, text, display, stack, appFolder, io)));
  }
  for (const directory of synthesized ? parsed.nested : []) {
    const displayFolder = path.posix.join(synthesized?.displayFolder ?? '', directory);
    const nested = await loadAssembly(
      {
        path: path.join(folder, directory, 'manifest.json'),
        display: path.posix.join(displayFolder, 'manifest.json'),
      },
      io,
      problems,
      { appFolder, displayFolder },
    );
    results.push(...nested.results);
    consumed.push(...nested.consumed);
  }
  return { results, consumed };
}

/**
 * The files of a committed assembly (its manifests and templates, nested ones too): with `--cdk-synth` the
 * synthesized assembly stands for them, so no format loads them a second time.
 */
export async function assemblyFiles(manifest: string, depth = 0): Promise<string[]> {
  const text = await readFile(manifest, 'utf8').catch(() => undefined);
  if (text === undefined || depth > MAX_NESTED_ASSEMBLIES) return [];
  const folder = path.dirname(manifest);
  const parsed = readCdkManifest(text, manifest);
  const nested = await Promise.all(
    parsed.nested.map((directory) => assemblyFiles(path.join(folder, directory, 'manifest.json'), depth + 1)),
  );
  return [
    manifest,
    ...parsed.stacks.map((stack) => path.resolve(folder, stack.templateFile)),
    ...nested.flat(),
  ];
}

/** Stages within stages: deeper than this is not an assembly CDK writes. */
const MAX_NESTED_ASSEMBLIES = 8;

/** The stack's tables on the app's source when the manifest kept traces (`CDK_DEBUG=true`). */
async function sourceMapped(
  loaded: LoadResult,
  text: string,
  display: string,
  stack: CdkStack,
  appFolder: string,
  io: FormatIo,
): Promise<LoadResult> {
  if (stack.traces.size === 0 || loaded.tables.length === 0) return loaded;
  const parsed = parseSource(text, display);
  if ('problem' in parsed || !parsed.root) return loaded;
  // Mapping is a refinement: whatever goes wrong in it, the tables stay at their template lines.
  return mapToSource(loaded, parsed.root, display, { traces: stack.traces, appFolder }, io).catch(
    () => loaded,
  );
}

/** The folder of the `cdk.json` above an assembly (up to cwd), else the assembly's parent. */
async function cdkAppFolder(assemblyFolder: string, cwd: string): Promise<string> {
  for (let dir = path.dirname(assemblyFolder); ; dir = path.dirname(dir)) {
    const found = await access(path.join(dir, 'cdk.json')).then(
      () => true,
      () => false,
    );
    if (found) return dir;
    if (dir === cwd || dir === path.dirname(dir) || path.relative(cwd, dir).startsWith('..')) break;
  }
  return path.dirname(assemblyFolder);
}

/**
 * CDK cloud assemblies: a `manifest.json` that lists CloudFormation stacks. Its templates load with the
 * stack names and are consumed, so the CloudFormation format does not load them a second time.
 */
export const cdkAssemblyFormat: TableFormat = {
  name: 'CDK cloud assembly (cdk.out)',
  sourceFormats: ['cdk'],
  deployer: 'cloudformation',
  candidate: (name) => name === 'manifest.json',
  async load(files, io) {
    const problems: LoadProblem[] = [];
    const results: LoadResult[] = [];
    const consumed: string[] = [];
    for (const file of files) {
      const assembly = await loadAssembly(file, io, problems);
      results.push(...assembly.results);
      consumed.push(...assembly.consumed);
    }
    return formatLoad(results, problems, consumed);
  },
};
