/**
 * CDK cloud assemblies: `cdk.out/manifest.json` names each stack and its synthesized template. The
 * templates are loaded like any CloudFormation JSON with `format: 'cdk'` and the stack name, and each
 * table keeps its construct path from `aws:cdk:path` metadata.
 */
import path from 'node:path';
import type { LoadProblem, LoadResult } from '../model.ts';
import { decode } from '../shared/files.ts';
import { displayPath } from '../shared/paths.ts';
import { loadOnce } from './facts.ts';
import { formatLoad, type TableFormat } from './format.ts';
import { loadTemplateText, parseSource } from './load.ts';
import { entry } from './source-tree.ts';

export interface CdkStack {
  readonly name: string;
  /** Relative to the manifest's folder. */
  readonly templateFile: string;
}

export function readCdkManifest(text: string, file: string): { stacks: CdkStack[]; problems: LoadProblem[] } {
  const parsed = parseSource(text, file);
  if ('problem' in parsed) return { stacks: [], problems: [parsed.problem] };
  const stacks: CdkStack[] = [];
  const artifacts = entry(parsed.root, 'artifacts')?.value;
  for (const artifact of artifacts?.kind === 'map' ? artifacts.entries : []) {
    const type = entry(artifact.value, 'type')?.value;
    if (type?.kind !== 'scalar' || type.value !== 'aws:cloudformation:stack') continue;
    const properties = entry(artifact.value, 'properties')?.value;
    const templateFile = entry(properties, 'templateFile')?.value;
    const stackName = entry(properties, 'stackName')?.value;
    if (templateFile?.kind !== 'scalar' || typeof templateFile.value !== 'string') continue;
    stacks.push({
      name: stackName?.kind === 'scalar' && stackName.value !== null ? String(stackName.value) : artifact.key,
      templateFile: templateFile.value,
    });
  }
  return { stacks, problems: [] };
}

const CDK_STACK_ARTIFACT = Buffer.from('aws:cloudformation:stack');

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
      const bytes = await io.read(file, problems);
      if (!bytes?.includes(CDK_STACK_ARTIFACT)) continue;
      consumed.push(file.path);
      const manifest = readCdkManifest(decode(bytes), file.display);
      problems.push(...manifest.problems);
      for (const stack of manifest.stacks) {
        const template = path.resolve(path.dirname(file.path), stack.templateFile);
        consumed.push(template);
        const display = displayPath(io.cwd, template);
        const templateBytes = await io.read({ path: template, display }, problems);
        if (templateBytes) {
          results.push(
            loadOnce(io.facts, `cdk stack ${stack.name}`, display, templateBytes, () =>
              loadTemplateText(decode(templateBytes), display, { format: 'cdk', stack: stack.name }),
            ),
          );
        }
      }
    }
    return formatLoad(results, problems, consumed);
  },
};
