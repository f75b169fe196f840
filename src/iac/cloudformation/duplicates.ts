/**
 * Keys written twice. The template still loads (the last occurrence wins, as in CloudFormation), but a
 * repeated key inside a table resource silently drops a setting the author wrote, so it is reported there;
 * elsewhere in the template it is none of dynalint's business.
 */
import type { LoadProblem, Location } from '../../model.ts';
import type { DuplicateKey, MapEntry, MapNode, SourceNode } from '../source-tree.ts';

export function duplicateKeyProblems(resource: MapEntry, resources: MapNode): LoadProblem[] {
  const problems: LoadProblem[] = [];
  for (const duplicate of resources.duplicates ?? []) {
    if (duplicate.key !== resource.key) continue;
    problems.push(
      problem(
        duplicate,
        `Resource ${resource.key} is declared twice (first at line ${duplicate.overridden.line}); CloudFormation keeps only this last declaration.`,
      ),
    );
  }
  collect(resource.value, resource.key, problems);
  return problems;
}

function collect(node: SourceNode, resourceId: string, into: LoadProblem[]): void {
  switch (node.kind) {
    case 'map':
      for (const duplicate of node.duplicates ?? []) {
        into.push(
          problem(
            duplicate,
            `Key "${duplicate.key}" is written twice in ${resourceId} (first at line ${duplicate.overridden.line}); CloudFormation keeps only this last value and ignores the first.`,
          ),
        );
      }
      for (const item of node.entries) collect(item.value, resourceId, into);
      break;
    case 'seq':
      for (const item of node.items) collect(item, resourceId, into);
      break;
    case 'intrinsic':
      collect(node.argument, resourceId, into);
      break;
    case 'scalar':
      break;
  }
}

function problem(duplicate: DuplicateKey, message: string): LoadProblem {
  const location: Location = duplicate.location;
  return { ruleId: 'duplicate-key', severity: 'warning', message, location };
}
