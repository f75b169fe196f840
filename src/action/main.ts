/**
 * The GitHub Action: inputs and event → `lint` options (fetching a shallow checkout's base commit first);
 * findings → the publishers (`publisher.ts`, `github/`), job summary, SARIF and JSON; outputs and the
 * step's result. No lint logic here.
 */
import { stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as core from '@actions/core';
import { rules as catalogue } from '../../rules/index.ts';
import { newFindings } from '../baseline/state.ts';
import { revisionLabel } from '../diff/base.ts';
import { failureMessages, lint } from '../lint.ts';
import { NAME, VERSION } from '../meta.ts';
import type { Finding } from '../model.ts';
import { jsonReport } from '../report/json.ts';
import { formatMarkdown, plural } from '../report/markdown.ts';
import { ruleMetadata } from '../report/rules-table.ts';
import { sarifReport } from '../report/sarif.ts';
import type { ReportInput } from '../report/types.ts';
import { readRunContext } from './event.ts';
import { ensureBaseCommit } from './fetch-base.ts';
import { createClient, writeIntervalFrom } from './github/client.ts';
import { readInputs } from './inputs.ts';
import { runKey } from './key.ts';
import { redactSecrets, registerSecret } from './log-safe.ts';
import { driftFindings, Publisher } from './publisher.ts';

/** GitHub keeps at most 1 MiB of job summary per step. */
const SUMMARY_LIMIT = 1024 * 1024 - 4096;

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
  if (inputs.token) {
    core.setSecret(inputs.token);
    registerSecret(inputs.token);
  }
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
      core.info(
        `dynalint: could not fetch the base commit ${revisionLabel(base)}: ${redactSecrets(fetched.reason)}`,
      );
  }
  const outcome = await lint({
    cwd,
    paths: inputs.paths,
    ...(inputs.config ? { configPath: inputs.config } : {}),
    switches: inputs.reportUnmanaged ? ['report-unmanaged'] : [],
    code: inputs.code,
    ...(inputs.cdkSynth ? { cdkSynth: {} } : {}),
    ...(inputs.drift ? { drift: inputs.drift } : {}),
    ...(base ? { base, changeSafety: inputs.changeSafety } : {}),
    onlyNew: onlyNew && base !== undefined,
    failOn: inputs.failOn,
    ...(inputs.cache ? { cache: true, cacheLocation: inputs.cache } : {}),
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
    ...(result.accessChanges?.length
      ? {
          accessChanges: result.accessChanges.map((change) =>
            prefix ? { ...change, file: path.posix.join(prefix, change.file) } : change,
          ),
        }
      : {}),
  };
  const key = runKey({
    ...(inputs.key ? { key: inputs.key } : {}),
    ...(inputs.matrix ? { matrix: inputs.matrix } : {}),
    ...(context.workflow ? { workflow: context.workflow } : {}),
    ...(context.job ? { job: context.job } : {}),
  });
  const fromFork = context.pullRequest?.fromFork === true;
  const client =
    inputs.token && context.repository
      ? createClient(inputs.token, { baseUrl: context.apiUrl, ...writeIntervalFrom(process.env) })
      : undefined;
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
    await writeFile(path.resolve(workspaceRoot, inputs.sarifFile), sarifReport(report));
    core.setOutput('sarif-file', inputs.sarifFile);
  }
  const reportFile = path.join(env.RUNNER_TEMP ?? cwd, 'dynalint-report.json');
  await writeFile(reportFile, jsonReport(report));
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

async function isDirectory(folder: string): Promise<boolean> {
  return (await stat(folder).catch(() => undefined))?.isDirectory() === true;
}

/**
 * The Action runs from its committed files (dist/), without node_modules; the embedded server's package is
 * there only when dynalint is installed from npm (or in this repository).
 */
function embeddedServerInstalled(): boolean {
  try {
    createRequire(import.meta.url).resolve('dynalite');
    return true;
  } catch {
    return false;
  }
}
