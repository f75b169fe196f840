/**
 * The GitHub Action: inputs and event → `run` options; findings → the publishers in
 * `src/action/github/`; outputs and the step's result. No lint logic here.
 */
import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import { rules as catalogue } from '../../rules/index.ts';
import { newFindings } from '../baseline/state.ts';
import { revisionLabel } from '../diff/base.ts';
import { failureMessages, lint } from '../lint.ts';
import { NAME, VERSION } from '../meta.ts';
import type { Finding } from '../model.ts';
import { createClient, isPermissionError, type GitHubClient } from './github/client.ts';
import { publishCheckRun } from './github/checks.ts';
import { overflowingAnnotations, publishCommandAnnotations } from './github/commands.ts';
import { publishStickyComment } from './github/comment.ts';
import { syncTrackingIssue } from './github/issue.ts';
import { filterFindings, listChangedFiles, type ChangedFiles } from './github/pr-diff.ts';
import { formatJson } from '../report/json.ts';
import { escapeMarkdown, formatMarkdown, plural } from '../report/markdown.ts';
import { ruleMetadata } from '../report/rules-table.ts';
import { formatSarif } from '../report/sarif.ts';
import type { ReportInput } from '../report/types.ts';
import type { RunResult } from '../run.ts';
import { readRunContext, type RunContext } from './event.ts';
import { ensureBaseCommit } from './fetch-base.ts';
import { createRequire } from 'node:module';
import { readInputs, type ActionInputs } from './inputs.ts';
import { keyMarker, runKey, type RunKey } from './key.ts';

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
  if (inputs.drift?.endpoint === 'embedded' && !embeddedServerInstalled()) {
    core.setFailed(
      'input "endpoint: embedded" needs the dynalite package, which the Action does not bundle (it loads native code at run time): give a DynamoDB endpoint URL, or drop "endpoint" to use AWS; to try drift without AWS, run `npx dynalint --drift --endpoint embedded` where dynalint is installed from npm',
    );
    return;
  }
  const context = await readRunContext(env);
  const workspaceRoot = env.GITHUB_WORKSPACE ?? process.cwd();
  const cwd = path.resolve(workspaceRoot, inputs.workingDirectory ?? '.');
  const prefix = path.relative(workspaceRoot, cwd).split(path.sep).join('/');
  if (prefix.startsWith('..') || path.isAbsolute(prefix) || !(await isDirectory(cwd))) {
    core.setFailed(
      `input "working-directory" must be a folder inside the workspace (got "${inputs.workingDirectory ?? ''}")`,
    );
    return;
  }

  const onlyNew = inputs.onlyNew ?? context.pullRequest !== undefined;
  const base = inputs.changeSafety || onlyNew ? context.pullRequest?.baseSha : undefined;
  if (base) {
    const fetched = await ensureBaseCommit(cwd, base);
    if (fetched.outcome === 'fetched') core.info(`dynalint: fetched the base commit ${revisionLabel(base)}`);
    else if (fetched.outcome === 'failed')
      core.info(`dynalint: could not fetch the base commit ${revisionLabel(base)}: ${fetched.reason}`);
  }
  const outcome = await lint({
    cwd,
    paths: inputs.paths,
    ...(inputs.config ? { configPath: inputs.config } : {}),
    switches: inputs.reportUnmanaged ? ['report-unmanaged'] : [],
    code: inputs.code,
    ...(inputs.drift ? { drift: inputs.drift } : {}),
    ...(base ? { base, changeSafety: inputs.changeSafety } : {}),
    onlyNew: onlyNew && base !== undefined,
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

  // GitHub places annotations and links by repository path; findings are relative to the working directory.
  const inRepository = (finding: Finding): Finding =>
    prefix && !finding.location.live
      ? {
          ...finding,
          location: { ...finding.location, file: path.posix.join(prefix, finding.location.file) },
        }
      : finding;
  const report: ReportInput = {
    findings: result.findings.map(inRepository),
    summary: result.summary,
    rules: ruleMetadata(catalogue),
    ...(base ? { base: context.pullRequest?.baseRef ?? revisionLabel(base), onlyNew } : {}),
  };
  const key = runKey({
    ...(inputs.key ? { key: inputs.key } : {}),
    ...(inputs.matrix ? { matrix: inputs.matrix } : {}),
    ...(context.workflow ? { workflow: context.workflow } : {}),
    ...(context.job ? { job: context.job } : {}),
  });
  const fromFork = context.pullRequest?.fromFork === true;
  const client =
    inputs.token && context.repository ? createClient(inputs.token, { baseUrl: context.apiUrl }) : undefined;
  const missingPermissions = new Set<string>();
  const publish = new Publisher(inputs, context, report, client, missingPermissions, key);

  await publish.annotations(result, outcome.exitCode !== 0, outcome.judged.length);
  await publish.comment();
  await publish.trackingIssue();
  if (inputs.summary && env.GITHUB_STEP_SUMMARY) {
    await core.summary
      .addRaw(formatMarkdown(report, { maxBytes: SUMMARY_LIMIT, linkTo: publish.linkTo }))
      .write();
  }
  if (inputs.sarifFile) {
    await writeFile(path.resolve(workspaceRoot, inputs.sarifFile), formatSarif(report));
    core.setOutput('sarif-file', inputs.sarifFile);
  }
  const reportFile = path.join(env.RUNNER_TEMP ?? cwd, 'dynalint-report.json');
  await writeFile(reportFile, formatJson(report));
  if (fromFork) {
    core.notice(
      `dynalint: this pull request comes from a fork, so GitHub gives this run a read-only token: the findings are annotated through workflow commands${publish.hiddenAnnotations ? ` (${plural(publish.hiddenAnnotations, 'finding')} past GitHub's limit of 10 per type are not annotated)` : ''}, and the full report is in the job summary${inputs.sarifFile ? ` and in the SARIF file ${inputs.sarifFile}` : ''}.`,
    );
  } else if (missingPermissions.size > 0) {
    core.notice(
      `dynalint could not publish everything with this token: grant ${[...missingPermissions].join(' and ')} in the workflow's permissions (pull requests from forks get a read-only token). The findings are in the annotations and the job summary.`,
    );
  }

  core.setOutput('findings', result.findings.length);
  core.setOutput(
    'new-findings',
    report.onlyNew ? newFindings(report.findings).length : report.findings.length,
  );
  core.setOutput('errors', result.summary.errors);
  core.setOutput('warnings', result.summary.warnings);
  core.setOutput('drift', driftFindings(result.findings).length);
  core.setOutput('report', reportFile);
  if (publish.driftNotChecked !== undefined) {
    core.setFailed(`dynalint could not check drift: ${publish.driftNotChecked}`);
  } else if (outcome.failures.length > 0) {
    // A broken rule fails the step like it fails the CLI: its findings are missing from everything above.
    core.setFailed(failureMessages(outcome.failures).join('\n'));
  } else if (outcome.exitCode !== 0) {
    core.setFailed(
      `dynalint found ${plural(outcome.judged.length, report.onlyNew ? 'new problem' : 'problem')}; failing on ${inputs.failOn}`,
    );
  }
}

/**
 * The Action runs from its committed files (dist/), without node_modules; the embedded server's package is
 * there only when dynalint is installed from npm (or in this repository).
 */
async function isDirectory(folder: string): Promise<boolean> {
  return (await stat(folder).catch(() => undefined))?.isDirectory() === true;
}

function embeddedServerInstalled(): boolean {
  try {
    createRequire(import.meta.url).resolve('dynalite');
    return true;
  } catch {
    return false;
  }
}

const DRIFT_RULES = new Set(catalogue.filter((rule) => rule.kind === 'drift').map((rule) => rule.id));

/**
 * Differences between the code and the deployed tables, and tables that could not be described. Infos
 * (unmapped tables, settings an endpoint cannot report) are not drift: they would keep an issue open.
 */
/**
 * A drift check that reached no table (unreachable endpoint, unusable credentials): the live facts are
 * missing, not clean. The live reader words these "drift not checked: …".
 */
function isUnchecked(finding: Finding): boolean {
  return finding.ruleId === 'live-error' && finding.message.startsWith('drift not checked:');
}

function count(findings: readonly Finding[], severity: Finding['severity']): number {
  return findings.filter((f) => f.severity === severity).length;
}

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
    private readonly key: RunKey,
  ) {}

  /** Findings that workflow commands could not show (GitHub's limit per type and step). */
  hiddenAnnotations = 0;
  /** Why a drift audit could not reach the tables: the job fails with it. */
  driftNotChecked: string | undefined;

  private get fromFork(): boolean {
    return this.context.pullRequest?.fromFork === true;
  }

  readonly linkTo = (finding: Finding): string | undefined => {
    const { repository, sha, serverUrl } = this.context;
    // A live table (its ARN) is no file of the repository.
    if (!repository || !sha || finding.location.live) return undefined;
    return `${serverUrl}/${repository.owner}/${repository.repo}/blob/${sha}/${finding.location.file}#L${finding.location.line}`;
  };

  /**
   * `failed`: the run fails (findings at or above `fail-on`, or a broken rule); `judged`: how many findings
   * decide it (the new ones on pull requests).
   */
  async annotations(result: RunResult, failed: boolean, judged: number): Promise<void> {
    if (this.inputs.annotations === 'off') return;
    const annotated = await this.annotatedFindings();
    const { repository, sha } = this.context;
    // A fork's token is read-only: a check run would only be refused.
    if (this.inputs.annotations !== 'commands' && !this.fromFork && this.client && repository && sha) {
      try {
        const conclusion = failed ? 'failure' : judged ? 'neutral' : 'success';
        const shown = this.report.onlyNew ? newFindings(this.report.findings) : this.report.findings;
        const url = await publishCheckRun(this.client, {
          repository,
          ...(this.key.label ? { name: `dynalint (${this.key.label})` } : {}),
          headSha: sha,
          annotations: annotated,
          conclusion,
          output: {
            title: shown.length
              ? `${plural(shown.length, this.report.onlyNew ? 'new problem' : 'problem')} (${plural(count(shown, 'error'), 'error')}, ${plural(count(shown, 'warning'), 'warning')})`
              : this.report.onlyNew
                ? 'No new problems'
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
    // Workflow commands show ten annotations of each type per step; say so first, then annotate.
    this.hiddenAnnotations = overflowingAnnotations(annotated);
    if (this.hiddenAnnotations > 0 && !this.fromFork) {
      core.notice(
        `dynalint: ${plural(this.hiddenAnnotations, 'finding')} could not be annotated (GitHub shows 10 workflow-command annotations of each type per step): all ${annotated.length} are in the job summary${this.inputs.sarifFile ? ` and in the SARIF file ${this.inputs.sarifFile}` : ''}.`,
      );
    }
    publishCommandAnnotations(annotated);
  }

  async comment(): Promise<void> {
    const { repository, pullRequest } = this.context;
    if (!this.inputs.comment || !this.client || !repository || !pullRequest || this.fromFork) return;
    try {
      const outcome = await publishStickyComment(this.client, {
        repository,
        pullNumber: pullRequest.number,
        body: this.report.findings.length
          ? formatMarkdown(this.report, { maxBytes: BODY_LIMIT, linkTo: this.linkTo, ...this.title })
          : undefined,
        marker: keyMarker('pull-request-comment', this.key),
        adoptLegacy: this.key.label === undefined,
        allClear: `## ${this.title.title ?? 'dynalint'}\n\n✅ All clear: no problems left in this pull request.\n`,
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
    const drift = driftFindings(this.report.findings).filter((f) => !isUnchecked(f));
    const unchecked = this.report.findings.filter(isUnchecked);
    const runLink = this.context.runUrl ? ` ([run](${this.context.runUrl}))` : '';
    const now = new Date().toISOString();
    if (unchecked.length > 0) this.driftNotChecked = unchecked.map((f) => f.message).join('; ');
    try {
      const outcome = await syncTrackingIssue(this.client, {
        repository,
        ...(unchecked.length > 0
          ? {
              notChecked: `⚠️ Could not check on ${now}${runLink}: ${escapeMarkdown(this.driftNotChecked ?? '')}. The drift listed above is the last known.`,
            }
          : {}),
        marker: keyMarker('drift-tracking-issue', this.key),
        adoptLegacy: this.key.label === undefined,
        title: `DynamoDB drift${this.key.label ? ` (${this.key.label})` : ''}: ${plural(drift.length, 'difference')} between the code and the deployed tables`,
        body: drift.length
          ? formatMarkdown(
              { ...this.report, findings: drift },
              {
                title: `dynalint drift audit${this.key.label ? ` (${this.key.label})` : ''}`,
                maxBytes: BODY_LIMIT,
                linkTo: this.linkTo,
              },
            ) + `\nLast checked${runLink}: ${now}\n`
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

  /** The comment's and summary's heading: names the key when several runs report. */
  private get title(): { title?: string } {
    return this.key.label ? { title: `dynalint (${this.key.label})` } : {};
  }

  /** New findings (with only-new) on the lines the pull request changes, per the `filter` input. */
  private async annotatedFindings(): Promise<Finding[]> {
    const findings = this.report.onlyNew ? newFindings(this.report.findings) : [...this.report.findings];
    const hiddenExisting = this.report.findings.length - findings.length;
    if (hiddenExisting > 0)
      core.info(
        `dynalint: ${plural(hiddenExisting, 'finding')} already on the base are not annotated (only-new); the summary lists them`,
      );
    return this.filterChanged(findings);
  }

  private async filterChanged(findings: Finding[]): Promise<Finding[]> {
    const filter = this.inputs.filter ?? (this.context.pullRequest ? 'added' : 'nofilter');
    const { repository, pullRequest } = this.context;
    if (filter === 'nofilter' || !pullRequest || !repository || !this.client) return findings;
    let changed: ChangedFiles;
    try {
      changed = await listChangedFiles(this.client, repository, pullRequest.number);
    } catch (error) {
      this.degrade(error, 'pull-requests: read', "the pull request's changed files");
      return findings;
    }
    const annotated = filterFindings(findings, filter, changed);
    const hidden = findings.length - annotated.length;
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
