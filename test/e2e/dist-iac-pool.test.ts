/**
 * The bundle loads a large CloudFormation corpus on its worker threads (`dist/iac-worker.js` beside the CLI),
 * with the same findings as the sources' main thread.
 */
import { describe, expect, it } from 'vitest';
import { rules as catalogue } from '../../rules/index.ts';
import { resolveConfig } from '../../src/config/load.ts';
import { IAC_POOL_MIN_FILES, run } from '../../src/run.ts';
import { distCli } from '../helpers/cli.ts';
import { tableTemplate } from '../helpers/templates.ts';
import { workspace } from '../helpers/workspace.ts';

const TEMPLATES = IAC_POOL_MIN_FILES + 6;

describe('dist/ IaC worker pool', () => {
  it('loads every template on workers and reports what the main thread reports', async () => {
    const dir = await workspace(
      Object.fromEntries(
        Array.from({ length: TEMPLATES }, (_, i) => [
          `stacks/stack-${i}.yaml`,
          tableTemplate({ table: `Table${i}`, billing: i % 2 ? 'PROVISIONED' : 'PAY_PER_REQUEST' }),
        ]),
      ),
    );
    const { code, stdout, stderr } = await distCli(dir, ['.', '--format', 'json', '--fail-on', 'never'], {
      NODE_DEBUG: 'dynalint',
    });
    expect(code).toBe(0);
    expect(stderr).toMatch(new RegExp(`IaC pool: ${TEMPLATES} files loaded on \\d+ worker threads`));
    expect(stderr).not.toMatch(/lost:/);
    const report = JSON.parse(stdout) as {
      findings: { ruleId: string; location: { file: string; line: number }; message: string }[];
      summary: { tables: number };
    };
    expect(report.summary.tables).toBe(TEMPLATES);
    expect(report.findings.filter((f) => f.ruleId === 'billing-mode')).toHaveLength(TEMPLATES / 2);
    const config = resolveConfig(catalogue, undefined, dir, dir);
    const inProcess = await run({ cwd: dir, paths: ['.'], config, iacWorkers: 0 });
    const brief = (f: { ruleId: string; location: { file: string; line: number }; message: string }) =>
      `${f.location.file}:${f.location.line} ${f.ruleId} ${f.message}`;
    expect(report.findings.map(brief)).toEqual(inProcess.findings.map(brief));
  });
});
