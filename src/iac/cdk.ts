/**
 * CDK cloud assemblies: `cdk.out/manifest.json` names each stack and its synthesized template. The
 * templates are loaded like any CloudFormation JSON with `format: 'cdk'` and the stack name, and each
 * table keeps its construct path from `aws:cdk:path` metadata.
 */
import type { LoadProblem } from '../model.ts';
import { parseSource } from './load.ts';
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
