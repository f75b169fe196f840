/**
 * Which discovered files go to which facts loader, judged by name against the registries: a file some IaC
 * format nominates is `iac`, one some code-scan language reads is `code`. The bytes decide later, in the
 * loaders, so a template called `stack.template` is found and a workflow file is skipped unread.
 */
import { codeFileKind } from '../code/languages.ts';
import { isIacCandidate } from '../iac/index.ts';

export type CandidateKind = 'iac' | 'code';

export function candidateKind(name: string): CandidateKind | undefined {
  if (isIacCandidate(name)) return 'iac';
  if (codeFileKind(name)) return 'code';
  return undefined;
}
