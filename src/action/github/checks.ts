/**
 * One check run named `dynalint` on the checked commit: created in progress, then updated with the
 * annotations in batches of 50 (the Checks API's limit per request) and always completed with a
 * conclusion — a batch GitHub refuses (422) or a request that fails midway still ends in a completed run
 * whose summary says what was not published.
 */
import { SEVERITIES, type Finding, type Severity } from '../../model.ts';
import { plural } from '../../report/markdown.ts';
import { wellFormed } from '../../report/well-formed.ts';
import { redactSecrets } from '../log-safe.ts';
import type { GitHubClient } from './client.ts';

export const CHECK_NAME = 'dynalint';
/** The Checks API accepts at most 50 annotations per create or update request. */
export const ANNOTATIONS_PER_REQUEST = 50;
/**
 * Annotations sent per check run. Each batch of 50 is a content-creating request: GitHub allows about 80
 * of those a minute (its secondary rate limits) and Octokit paces writes a second apart, so 20,000
 * findings took minutes; 10 batches finish in about 10 s and leave room for the comment and the issue.
 * The rest are counted in the summary, which with the job summary and SARIF lists them all.
 */
export const MAX_ANNOTATIONS = 10 * ANNOTATIONS_PER_REQUEST;
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
  /** Where the findings that are not annotated can be read (the job summary, a SARIF file). */
  readonly elsewhere?: string;
}

export interface CheckRunOutcome {
  /** The API's `html_url`, as GitHub sent it: not for logs before `logSafeUrl`. */
  readonly url: string;
  readonly annotated: number;
  /** Findings past `MAX_ANNOTATIONS`, or in batches that were not accepted. */
  readonly omitted: number;
  /** Why some annotations were not published (the run was still completed). */
  readonly failure?: string;
}

/**
 * Publishes the check run. Throws the API's error when the run cannot be created or completed (403 when
 * the token may not); a failed annotation batch only ends the annotating.
 */
export async function publishCheckRun(
  client: GitHubClient,
  request: CheckRunRequest,
): Promise<CheckRunOutcome> {
  // The most severe findings are the ones worth a line annotation when not all can have one.
  const ranked = [...request.annotations].sort(
    (a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity),
  );
  const sent = ranked.slice(0, MAX_ANNOTATIONS);
  const capped = ranked.length - sent.length;
  const capNote = capped
    ? `${plural(capped, 'more finding')} ${capped === 1 ? 'is' : 'are'} not annotated (a check run gets at most ${MAX_ANNOTATIONS} annotations from dynalint)${request.elsewhere ? `: all are in ${request.elsewhere}` : ''}.`
    : undefined;
  const output = (annotations: readonly Finding[], notes: readonly string[]) => {
    const footer = notes.map((note) => `\n\n> [!NOTE]\n> ${note}`).join('');
    return {
      title: request.output.title,
      summary: wellFormed(request.output.summary.slice(0, OUTPUT_LIMIT - footer.length) + footer),
      ...(request.output.text ? { text: request.output.text.slice(0, OUTPUT_LIMIT) } : {}),
      annotations: annotations.map((finding) => annotation(finding, request.repositoryPath)),
    };
  };
  const created = await client.rest.checks.create({
    ...request.repository,
    name: request.name ?? CHECK_NAME,
    head_sha: request.headSha,
    status: 'in_progress',
    ...(request.detailsUrl ? { details_url: request.detailsUrl } : {}),
  });
  const update = (annotations: readonly Finding[], notes: readonly string[], complete: boolean) =>
    client.rest.checks.update({
      ...request.repository,
      check_run_id: created.data.id,
      output: output(annotations, notes),
      ...(complete ? { status: 'completed' as const, conclusion: request.conclusion } : {}),
    });
  const notes = capNote ? [capNote] : [];
  const batches: Finding[][] = [];
  for (let i = 0; i < sent.length; i += ANNOTATIONS_PER_REQUEST) {
    batches.push(sent.slice(i, i + ANNOTATIONS_PER_REQUEST));
  }
  if (batches.length === 0) batches.push([]);
  // Each update appends its annotations; the last one also completes the run.
  let annotated = 0;
  for (const [i, batch] of batches.entries()) {
    try {
      await update(batch, notes, i === batches.length - 1);
      annotated += batch.length;
    } catch (error) {
      const failure = `annotations ${annotated + 1}–${annotated + batch.length} could not be published (${errorText(error)}), so ${plural(sent.length - annotated, 'finding')} ${sent.length - annotated === 1 ? 'is' : 'are'} not annotated${request.elsewhere ? `: all are in ${request.elsewhere}` : ''}.`;
      // The run is completed whatever happened to its annotations: never left in progress.
      await update([], [...notes, failure], true);
      return { url: created.data.html_url ?? '', annotated, omitted: ranked.length - annotated, failure };
    }
  }
  return { url: created.data.html_url ?? '', annotated, omitted: capped };
}

function errorText(error: unknown): string {
  const status = (error as { status?: unknown }).status;
  const message = redactSecrets(error instanceof Error ? error.message : String(error));
  return typeof status === 'number' && !message.includes(String(status)) ? `${status}: ${message}` : message;
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
    message: wellFormed(finding.message),
    ...(finding.help ? { raw_details: `See ${finding.help}` } : {}),
  };
}
