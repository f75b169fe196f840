/**
 * The GitHub Action: inputs and event → `run` options; findings → the publishers in
 * `src/action/github/`; outputs and the step's result. No lint logic here.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import { rules as catalogue } from '../../rules/index.ts';
import { failureMessages, lint } from '../lint.ts';
import { NAME, VERSION } from '../meta.ts';
import type { Finding } from '../model.ts';
import { createClient, isPermissionError, type GitHubClient } from './github/client.ts';
import { publishCheckRun } from './github/checks.ts';
import { publishCommandAnnotations } from './github/commands.ts';
import { publishStickyComment } from './github/comment.ts';
import { syncTrackingIssue } from './github/issue.ts';
import { filterFindings, listChangedFiles, type ChangedFiles } from './github/pr-diff.ts';
import { formatJson } from '../report/json.ts';
import { formatMarkdown, plural } from '../report/markdown.ts';
import { ruleMetadata } from '../report/rules-table.ts';
import { formatSarif } from '../report/sarif.ts';
import type { ReportInput } from '../report/types.ts';
import type { RunResult } from '../run.ts';
import { readRunContext, type RunContext } from './event.ts';
import { readInputs, type ActionInputs } from './inputs.ts';

/** GitHub keeps at most 1 MiB of job summary per step. */
const SUMMARY_LIMIT = 1024 * 1024 - 4096;
/** Issue and comment bodies are limited to 65,536 characters. */
const BODY_LIMIT = 60_000;
const AUDIT_EVENTS = new Set(['schedule', 'workflow_dispatch']);

export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  core.info(`${NAME} ${VERSION}`);
  const inputs = readInputs({
    text: (name) => core.getInput(name),
    boolean: (name) => core.getBooleanInput(name),
  });
  if (typeof inputs === 'string') {
    core.setFailed(inputs);
    return;
  }
  if (inputs.token) core.setSecret(inputs.token);
  const context = await readRunContext(env);
  const cwd = env.GITHUB_WORKSPACE ?? process.cwd();

  const base = inputs.changeSafety ? context.pullRequest?.baseSha : undefined;
  const outcome = await lint({
    cwd,
    paths: inputs.paths,
    ...(inputs.config ? { configPath: inputs.config } : {}),
    switches: inputs.reportUnmanaged ? ['report-unmanaged'] : [],
    code: inputs.code,
    ...(inputs.drift ? { drift: inputs.drift } : {}),
    ...(base ? { base } : {}),
    failOn: inputs.failOn,
  });
  if (!outcome.ok) {
    core.setFailed(outcome.message);
    return;
  }
  const { result } = outcome;
  core.info(
    `dynalint: ${plural(result.findings.length, 'finding')} (${plural(result.summary.errors, 'error')}, ${plural(result.summary.warnings, 'warning')}) in ${plural(result.summary.files, 'file')}, ${plural(result.summary.tables, 'table')}`,
  );

  const report: ReportInput = {
    findings: result.findings,
    summary: result.summary,
    rules: ruleMetadata(catalogue),
  };
  const client =
    inputs.token && context.repository ? createClient(inputs.token, { baseUrl: context.apiUrl }) : undefined;
  const missingPermissions = new Set<string>();
  const publish = new Publisher(inputs, context, report, client, missingPermissions);

  await publish.annotations(result, outcome.exitCode !== 0);
  await publish.comment();
  await publish.trackingIssue();
  if (inputs.summary && env.GITHUB_STEP_SUMMARY) {
    await core.summary
      .addRaw(formatMarkdown(report, { maxBytes: SUMMARY_LIMIT, linkTo: publish.linkTo }))
      .write();
  }
  if (inputs.sarifFile) {
    await writeFile(path.resolve(cwd, inputs.sarifFile), formatSarif(report));
    core.setOutput('sarif-file', inputs.sarifFile);
  }
  const reportFile = path.join(env.RUNNER_TEMP ?? cwd, 'dynalint-report.json');
  await writeFile(reportFile, formatJson(report));
  if (missingPermissions.size > 0) {
    core.notice(
      `dynalint could not publish everything with this token: grant ${[...missingPermissions].join(' and ')} in the workflow's permissions (pull requests from forks get a read-only token). The findings are in the annotations and the job summary.`,
    );
  }

  core.setOutput('findings', result.findings.length);
  core.setOutput('errors', result.summary.errors);
  core.setOutput('warnings', result.summary.warnings);
  core.setOutput('drift', driftFindings(result.findings).length);
  core.setOutput('report', reportFile);
  if (outcome.failures.length > 0) {
    // A broken rule fails the step like it fails the CLI: its findings are missing from everything above.
    core.setFailed(failureMessages(outcome.failures).join('\n'));
  } else if (outcome.exitCode !== 0) {
    core.setFailed(
      `dynalint found ${plural(result.findings.length, 'problem')}; failing on ${inputs.failOn}`,
    );
  }
}

const DRIFT_RULES = new Set(catalogue.filter((rule) => rule.kind === 'drift').map((rule) => rule.id));

/**
 * Differences between the code and the deployed tables, and tables that could not be described. Infos
 * (unmapped tables, settings an endpoint cannot report) are not drift: they would keep an issue open.
 */
function driftFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter(
    (f) => (DRIFT_RULES.has(f.ruleId) || f.ruleId === 'live-error') && f.severity !== 'info',
  );
}

/** Each publisher degrades on its own: a permission it lacks is noted once, never fails the step. */
class Publisher {
  constructor(
    private readonly inputs: ActionInputs,
    private readonly context: RunContext,
    private readonly report: ReportInput,
    private readonly client: GitHubClient | undefined,
    private readonly missingPermissions: Set<string>,
  ) {}

  readonly linkTo = (finding: Finding): string | undefined => {
    const { repository, sha, serverUrl } = this.context;
    if (!repository || !sha) return undefined;
    return `${serverUrl}/${repository.owner}/${repository.repo}/blob/${sha}/${finding.location.file}#L${finding.location.line}`;
  };

  /** `failed`: the run fails (findings at or above `fail-on`, or a broken rule). */
  async annotations(result: RunResult, failed: boolean): Promise<void> {
    if (this.inputs.annotations === 'off') return;
    const annotated = await this.annotatedFindings();
    const { repository, sha } = this.context;
    if (this.inputs.annotations !== 'commands' && this.client && repository && sha) {
      try {
        const conclusion = failed ? 'failure' : result.findings.length ? 'neutral' : 'success';
        const url = await publishCheckRun(this.client, {
          repository,
          headSha: sha,
          annotations: annotated,
          conclusion,
          output: {
            title: result.findings.length
              ? `${plural(result.findings.length, 'problem')} (${plural(result.summary.errors, 'error')}, ${plural(result.summary.warnings, 'warning')})`
              : 'No problems',
            summary: formatMarkdown(this.report, { maxBytes: BODY_LIMIT, linkTo: this.linkTo }),
          },
          ...(this.context.runUrl ? { detailsUrl: this.context.runUrl } : {}),
          repositoryPath: (file) => file,
        });
        core.info(`dynalint: check run ${url} (${plural(annotated.length, 'annotation')})`);
        return;
      } catch (error) {
        this.degrade(error, 'checks: write', 'the check run');
      }
    }
    // Workflow commands show about ten errors and ten warnings per step; the summary carries the rest.
    publishCommandAnnotations(annotated);
  }

  async comment(): Promise<void> {
    const { repository, pullRequest } = this.context;
    if (!this.inputs.comment || !this.client || !repository || !pullRequest) return;
    try {
      const outcome = await publishStickyComment(this.client, {
        repository,
        pullNumber: pullRequest.number,
        body: this.report.findings.length
          ? formatMarkdown(this.report, { maxBytes: BODY_LIMIT, linkTo: this.linkTo })
          : undefined,
        allClear: '## dynalint\n\n✅ All clear: no problems left in this pull request.\n',
      });
      core.info(`dynalint: pull request comment ${outcome}`);
    } catch (error) {
      this.degrade(error, 'pull-requests: write', 'the pull request comment');
    }
  }

  async trackingIssue(): Promise<void> {
    const { repository } = this.context;
    const wanted = this.inputs.trackingIssue ?? AUDIT_EVENTS.has(this.context.eventName);
    if (!this.inputs.drift || !wanted || !this.client || !repository) return;
    const drift = driftFindings(this.report.findings);
    const runLink = this.context.runUrl ? ` ([run](${this.context.runUrl}))` : '';
    try {
      const outcome = await syncTrackingIssue(this.client, {
        repository,
        title: `DynamoDB drift: ${plural(drift.length, 'difference')} between the code and the deployed tables`,
        body: drift.length
          ? formatMarkdown(
              { ...this.report, findings: drift },
              { title: 'dynalint drift audit', maxBytes: BODY_LIMIT, linkTo: this.linkTo },
            ) + `\nLast checked${runLink}: ${new Date().toISOString()}\n`
          : undefined,
        resolvedComment: `No drift found any more${runLink}: closing.`,
      });
      core.info(
        `dynalint: drift tracking issue ${outcome.action}${'number' in outcome ? ` #${outcome.number}` : ''}`,
      );
    } catch (error) {
      this.degrade(error, 'issues: write', 'the drift tracking issue');
    }
  }

  /** Findings on the lines the pull request changes, per the `filter` input. */
  private async annotatedFindings(): Promise<Finding[]> {
    const filter = this.inputs.filter ?? (this.context.pullRequest ? 'added' : 'nofilter');
    const { repository, pullRequest } = this.context;
    if (filter === 'nofilter' || !pullRequest || !repository || !this.client)
      return [...this.report.findings];
    let changed: ChangedFiles;
    try {
      changed = await listChangedFiles(this.client, repository, pullRequest.number);
    } catch (error) {
      this.degrade(error, 'pull-requests: read', "the pull request's changed files");
      return [...this.report.findings];
    }
    const annotated = filterFindings(this.report.findings, filter, changed);
    const hidden = this.report.findings.length - annotated.length;
    if (hidden > 0)
      core.info(
        `dynalint: ${plural(hidden, 'finding')} outside the changed lines (filter: ${filter}) are in the summary only`,
      );
    return annotated;
  }

  private degrade(error: unknown, permission: string, what: string): void {
    if (isPermissionError(error)) {
      this.missingPermissions.add(permission);
      return;
    }
    core.warning(
      `dynalint could not publish ${what}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
