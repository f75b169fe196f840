/**
 * The Action's publishers on GitHub — check run or workflow-command annotations, the sticky comment, the
 * drift tracking issue — each degrading on its own when the token lacks a permission.
 */
import * as core from '@actions/core';
import { rules as catalogue } from '../../rules/index.ts';
import { newFindings } from '../baseline/state.ts';
import type { Finding } from '../model.ts';
import { escapeMarkdown, formatMarkdown, plural } from '../report/markdown.ts';
import type { ReportInput } from '../report/types.ts';
import type { RunResult } from '../run.ts';
import type { RunContext } from './event.ts';
import { isPermissionError, type GitHubClient } from './github/client.ts';
import { publishCheckRun } from './github/checks.ts';
import { overflowingAnnotations, publishCommandAnnotations } from './github/commands.ts';
import { publishStickyComment } from './github/comment.ts';
import { syncTrackingIssue } from './github/issue.ts';
import { filterFindings, listChangedFiles, type ChangedFiles } from './github/pr-diff.ts';
import type { ActionInputs } from './inputs.ts';
import { keyMarker, type RunKey } from './key.ts';
import { logSafeUrl, redactSecrets } from './log-safe.ts';

/** Issue and comment bodies are limited to 65,536 characters. */
const BODY_LIMIT = 60_000;
const AUDIT_EVENTS = new Set(['schedule', 'workflow_dispatch']);

const DRIFT_RULES = new Set(catalogue.filter((rule) => rule.kind === 'drift').map((rule) => rule.id));

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

/**
 * Differences between the code and the deployed tables, and tables that could not be described. Infos
 * (unmapped tables, settings an endpoint cannot report) are not drift: they would keep an issue open.
 */
export function driftFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter(
    (f) => (DRIFT_RULES.has(f.ruleId) || f.ruleId === 'live-error') && f.severity !== 'info',
  );
}

/** Each publisher degrades on its own: a permission it lacks is noted once, never fails the step. */
export class Publisher {
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
        const outcome = await publishCheckRun(this.client, {
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
          elsewhere: this.elsewhere,
        });
        const url = logSafeUrl(outcome.url);
        core.info(
          `dynalint: check run${url ? ` ${url}` : ''} (${plural(outcome.annotated, 'annotation')}${outcome.omitted && !outcome.failure ? `; ${plural(outcome.omitted, 'more finding')} in the summary only` : ''})`,
        );
        if (outcome.failure) core.warning(`dynalint: the check run is complete, but ${outcome.failure}`);
        return;
      } catch (error) {
        this.degrade(error, 'checks: write', 'the check run');
      }
    }
    // Workflow commands show ten annotations of each type per step; say so first, then annotate.
    this.hiddenAnnotations = overflowingAnnotations(annotated);
    if (this.hiddenAnnotations > 0 && !this.fromFork) {
      core.notice(
        `dynalint: ${plural(this.hiddenAnnotations, 'finding')} could not be annotated (GitHub shows 10 workflow-command annotations of each type per step): all ${annotated.length} are in ${this.elsewhere}.`,
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
        // Access patterns the change adds are worth a comment even when nothing is wrong with them.
        body:
          this.report.findings.length || this.report.accessChanges?.length
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

  /** Where every finding can be read when not all are annotated. */
  private get elsewhere(): string {
    return `the job summary${this.inputs.sarifFile ? ` and in the SARIF file ${this.inputs.sarifFile}` : ''}`;
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
      `dynalint could not publish ${what}: ${redactSecrets(error instanceof Error ? error.message : String(error))}`,
    );
  }
}
