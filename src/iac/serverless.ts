/**
 * Serverless Framework services: the CloudFormation under `resources` (a map, or a list of maps whose
 * `Resources`, `Conditions`, … are merged as the framework does). `${self:…}` variables that point at a
 * literal in the same file are resolved; every other `${…}` variable (`opt:`, `sls:`, `env:`, `ssm:`,
 * `file(…)`, …) is an unknown value.
 */
import type { LoadResult } from '../model.ts';
import { serverlessEnvironment } from './cloudformation/environment.ts';
import { loadTemplate } from './cloudformation/template.ts';
import type { VariableResolution } from './evaluate.ts';
import { entry, type MapEntry, type MapNode, type SourceNode } from './source-tree.ts';

const TEMPLATE_SECTIONS = ['Resources', 'Conditions', 'Mappings', 'Parameters'];

export function isServerlessService(root: SourceNode | undefined): boolean {
  return (
    root?.kind === 'map' && entry(root, 'service') !== undefined && entry(root, 'provider') !== undefined
  );
}

export function loadServerless(root: MapNode, file: string): LoadResult {
  const template = templateOf(entry(root, 'resources')?.value);
  if (!template) return { tables: [], suppressions: [], problems: [] };
  const service = entry(root, 'service')?.value;
  const stack =
    service?.kind === 'scalar' && !String(service.value).includes('${') ? String(service.value) : undefined;
  const loaded = loadTemplate(template, {
    file,
    format: 'serverless',
    ...(stack ? { stack } : {}),
    resolveVariables: (text) => resolveVariables(text, root, 0),
  });
  return {
    ...loaded,
    environment: [...(loaded.environment ?? []), ...serverlessEnvironment(root, template)],
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

const VARIABLE = /\$\{([^{}]*)\}/g;
const MAX_NESTING = 8;

function resolveVariables(text: string, root: MapNode, depth: number): VariableResolution {
  if (!text.includes('${')) return { value: text };
  let unknownReason: string | undefined;
  const value = text.replace(VARIABLE, (whole, expression: string) => {
    // CloudFormation pseudo parameters inside Fn::Sub strings are not Serverless variables.
    if (expression.startsWith('AWS::')) return whole;
    const resolved = resolveSelf(expression.trim(), root, depth);
    if ('value' in resolved) return resolved.value;
    unknownReason ??= resolved.unknown || `Serverless variable ${whole} is only known at deploy time`;
    return whole;
  });
  return unknownReason === undefined ? { value } : { unknown: unknownReason };
}

/** `self:custom.tableName` → the literal at that path; an empty reason when it is not a `self:` literal. */
function resolveSelf(expression: string, root: MapNode, depth: number): VariableResolution {
  const match = /^self:([\w.-]+)$/.exec(expression);
  if (!match?.[1] || depth >= MAX_NESTING) return { unknown: '' };
  let node: SourceNode | undefined = root;
  for (const key of match[1].split('.')) node = entry(node, key)?.value;
  if (node?.kind !== 'scalar' || node.value === null) return { unknown: '' };
  return resolveVariables(String(node.value), root, depth + 1);
}
