/**
 * Format detection. File names only nominate candidates; the bytes decide, so a template called
 * `stack.template` or `infra.json` is found and a workflow file or `package.json` is skipped unread.
 */

import { codeFileKind } from '../code/languages.ts';

/** What a file may hold, judged by its name; each fact loader claims one kind. */
export type CandidateKind = 'iac' | 'code' | 'terraform';

const IAC_EXTENSIONS = ['.yaml', '.yml', '.json', '.template'];
/** Terraform configuration and variable files, loaded per directory (`.tf.json` before `.json`). */
const TERRAFORM_EXTENSIONS = ['.tf', '.tf.json', '.tofu', '.tofu.json', '.tfvars', '.tfvars.json'];

/** Strings every CloudFormation-family table declaration contains. */
const TABLE_MARKERS = [Buffer.from('AWS::DynamoDB::'), Buffer.from('AWS::Serverless::SimpleTable')];
const CDK_STACK_ARTIFACT = Buffer.from('aws:cloudformation:stack');

export function candidateKind(name: string): CandidateKind | undefined {
  const lower = name.toLowerCase();
  if (TERRAFORM_EXTENSIONS.some((extension) => lower.endsWith(extension))) return 'terraform';
  if (IAC_EXTENSIONS.some((extension) => lower.endsWith(extension))) return 'iac';
  if (codeFileKind(name)) return 'code';
  return undefined;
}

/** Cheap byte test: could this file declare a CloudFormation-family table? */
export function mentionsDynamoDbTable(bytes: Buffer): boolean {
  return TABLE_MARKERS.some((marker) => bytes.includes(marker));
}

/** A cloud assembly manifest (`cdk.out/manifest.json`) that lists CloudFormation stacks. */
export function isCdkManifest(name: string, bytes: Buffer): boolean {
  return name === 'manifest.json' && bytes.includes(CDK_STACK_ARTIFACT);
}

/** JSON when the name says so or the first meaningful character opens an object. */
export function isJsonText(name: string, text: string): boolean {
  if (name.toLowerCase().endsWith('.json')) return true;
  const first = /\S/.exec(text);
  return first?.[0] === '{';
}
