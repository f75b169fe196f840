/**
 * The GitHub Action: inputs and event → `run` options; findings → publishers; outputs and exit status.
 * No lint logic here.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import { rules as catalogue } from '../../rules/index.ts';
import { exitCode } from '../cli/program.ts';
import { ConfigError, loadConfig } from '../config/load.ts';
import { formatJson } from '../report/json.ts';
import { formatMarkdown } from '../report/markdown.ts';
import { ruleMetadata } from '../report/rules-table.ts';
import { formatSarif } from '../report/sarif.ts';
import { publishCommandAnnotations } from '../report/github/commands.ts';
import { run } from '../run.ts';

/** GitHub's job summary limit is 1 MiB per step. */
const SUMMARY_LIMIT = 1024 * 1024 - 4096;

export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const cwd = env.GITHUB_WORKSPACE ?? process.cwd();
  const paths = core
    .getMultilineInput('paths')
    .flatMap((p) => p.split(/[\s,]+/))
    .filter(Boolean);
  const failOn = (core.getInput('fail-on') || 'error') as 'error' | 'warning' | 'info' | 'never';
  if (!['error', 'warning', 'info', 'never'].includes(failOn)) {
    core.setFailed(`fail-on must be error, warning, info or never (got "${failOn}")`);
    return;
  }
  let result;
  try {
    const configInput = core.getInput('config');
    const config = await loadConfig(catalogue, { cwd, ...(configInput ? { configPath: configInput } : {}) });
    result = await run({ cwd, paths, config });
  } catch (error) {
    if (error instanceof ConfigError) {
      core.setFailed(error.message);
      return;
    }
    throw error;
  }
  if (result.missingPaths.length > 0) {
    core.setFailed(`no such file or directory: ${result.missingPaths.join(', ')}`);
    return;
  }
  const input = { findings: result.findings, summary: result.summary, rules: ruleMetadata(catalogue) };

  if (core.getInput('annotations') !== 'off') publishCommandAnnotations(result.findings);
  if (core.getInput('summary') !== 'false') {
    await core.summary.addRaw(formatMarkdown(input, { maxBytes: SUMMARY_LIMIT })).write();
  }
  const sarifFile = core.getInput('sarif-file');
  if (sarifFile) {
    await writeFile(path.resolve(cwd, sarifFile), formatSarif(input));
    core.setOutput('sarif-file', sarifFile);
  }
  const reportFile = path.join(env.RUNNER_TEMP ?? cwd, 'dynalint-report.json');
  await writeFile(reportFile, formatJson(input));

  core.setOutput('findings', result.findings.length);
  core.setOutput('errors', result.summary.errors);
  core.setOutput('warnings', result.summary.warnings);
  core.setOutput('report', reportFile);
  if (exitCode(result, failOn) !== 0) {
    core.setFailed(`dynalint found ${result.findings.length} problem(s) at or above "${failOn}"`);
  }
}
