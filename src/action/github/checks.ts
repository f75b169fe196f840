/**
 * One check run named `dynalint` on the checked commit: created in progress, then updated with the
 * annotations in batches of 50 (the Checks API's limit per request) and completed with a conclusion.
 */
import type { Finding, Severity } from '../../model.ts';
import type { GitHubClient } from './client.ts';

export const CHECK_NAME = 'dynalint';
/** The Checks API accepts at most 50 annotations per create or update request. */
export const ANNOTATIONS_PER_REQUEST = 50;
/** The check run's `output.summary` and `output.text` are limited to 65,535 characters. */
const OUTPUT_LIMIT = 65_535;

const LEVEL: Record<Severity, 'failure' | 'warning' | 'notice'> = {
  error: 'failure',
  warning: 'warning',
  info: 'notice',
};

export interface CheckRunOutput {
  readonly title: string;
  readonly summary: string;
  readonly text?: string;
}

export interface CheckRunRequest {
  readonly repository: { owner: string; repo: string };
  /** `dynalint`, or `dynalint (key)` when several runs check one commit. */
  readonly name?: string;
  readonly headSha: string;
  readonly annotations: readonly Finding[];
  readonly conclusion: 'success' | 'failure' | 'neutral';
  readonly output: CheckRunOutput;
  readonly detailsUrl?: string;
  /** Maps a finding's file (relative to the working directory) to a repository path. */
  readonly repositoryPath: (file: string) => string;
}

/** Publishes the check run; returns its URL. Throws the API's error (403 when the token may not). */
export async function publishCheckRun(client: GitHubClient, request: CheckRunRequest): Promise<string> {
  const output = (annotations: readonly Finding[]) => ({
    title: request.output.title,
    summary: request.output.summary.slice(0, OUTPUT_LIMIT),
    ...(request.output.text ? { text: request.output.text.slice(0, OUTPUT_LIMIT) } : {}),
    annotations: annotations.map((finding) => annotation(finding, request.repositoryPath)),
  });
  const created = await client.rest.checks.create({
    ...request.repository,
    name: request.name ?? CHECK_NAME,
    head_sha: request.headSha,
    status: 'in_progress',
    ...(request.detailsUrl ? { details_url: request.detailsUrl } : {}),
  });
  const batches: Finding[][] = [];
  for (let i = 0; i < request.annotations.length; i += ANNOTATIONS_PER_REQUEST) {
    batches.push(request.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  }
  // Each update appends its annotations; the last one also completes the run.
  for (const [i, batch] of (batches.length ? batches : [[]]).entries()) {
    const last = i === Math.max(batches.length, 1) - 1;
    await client.rest.checks.update({
      ...request.repository,
      check_run_id: created.data.id,
      output: output(batch),
      ...(last ? { status: 'completed' as const, conclusion: request.conclusion } : {}),
    });
  }
  return created.data.html_url ?? '';
}

function annotation(finding: Finding, repositoryPath: (file: string) => string) {
  const { location } = finding;
  return {
    path: repositoryPath(location.file),
    start_line: location.line,
    end_line: location.endLine,
    // Columns are accepted only on single-line annotations.
    ...(location.line === location.endLine
      ? { start_column: location.column, end_column: location.endColumn }
      : {}),
    annotation_level: LEVEL[finding.severity],
    title: finding.ruleId,
    message: finding.message,
    ...(finding.help ? { raw_details: `See ${finding.help}` } : {}),
  };
}
