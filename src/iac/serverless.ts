/**
 * Serverless Framework services: the CloudFormation under `resources` (a map, or a list of maps whose
 * `Resources`, `Conditions`, … are merged as the framework does). Parts written `${file(path)}` or
 * `${file(path):key}` are read through the given reader, so their positions point into the included file.
 * Variables are resolved where the text of the service decides them (see `ServiceVariables`); every
 * other `${…}` variable (`env:`, `ssm:`, `cf:`, …) is an unknown value.
 */
import type { LoadProblem, LoadResult } from '../model.ts';
import { serverlessEnvironment } from './cloudformation/environment.ts';
import { loadTemplate } from './cloudformation/template.ts';
import { ServiceVariables, type ServiceFileReader } from './serverless-variables.ts';
import { entry, type MapEntry, type MapNode, type SourceNode } from './source-tree.ts';

export type { ServiceFileReader } from './serverless-variables.ts';

const TEMPLATE_SECTIONS = ['Resources', 'Conditions', 'Mappings', 'Parameters'];

export function isServerlessService(root: SourceNode | undefined): boolean {
  return (
    root?.kind === 'map' && entry(root, 'service') !== undefined && entry(root, 'provider') !== undefined
  );
}

export function loadServerless(root: MapNode, file: string, readFile?: ServiceFileReader): LoadResult {
  const problems: LoadProblem[] = [];
  const variables = new ServiceVariables(root, readFile, problems);
  const resources = entry(root, 'resources')?.value;
  const template = templateOf(resources ? variables.expandIncludes(resources) : undefined);
  if (!template) return { tables: [], suppressions: [], problems };
  const service = entry(root, 'service')?.value;
  const stack =
    service?.kind === 'scalar' && !String(service.value).includes('${') ? String(service.value) : undefined;
  const loaded = loadTemplate(template, {
    file,
    format: 'serverless',
    ...(stack ? { stack } : {}),
    resolveVariables: (text) => variables.resolve(text),
  });
  return {
    ...loaded,
    problems: [...problems, ...loaded.problems],
    environment: [
      ...(loaded.environment ?? []),
      ...serverlessEnvironment(root, template, (a, b) => variables.sameValue(a, b)),
    ],
  };
}

function templateOf(resources: SourceNode | undefined): MapNode | undefined {
  if (resources?.kind === 'map') return resources;
  if (resources?.kind !== 'seq') return undefined;
  const merged = new Map<string, MapEntry[]>();
  for (const part of resources.items) {
    for (const section of TEMPLATE_SECTIONS) {
      const value = entry(part, section)?.value;
      if (value?.kind === 'map') merged.set(section, [...(merged.get(section) ?? []), ...value.entries]);
    }
  }
  const entries: MapEntry[] = [...merged].map(([key, sectionEntries]) => {
    const location = sectionEntries[0]?.location ?? resources.location;
    return {
      key,
      keyLocation: location,
      location,
      value: { kind: 'map', entries: sectionEntries, location },
    };
  });
  return { kind: 'map', entries, location: resources.location };
}
