/**
 * `npx dynalint`: argv → options → `run` → a formatted report on stdout or `--output`, and an exit code
 * (0 clean, 1 findings at or above `--fail-on`, 2 usage or configuration error). No lint logic here.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { rules as catalogue } from '../../rules/index.ts';
import { ConfigError, loadConfig } from '../config/load.ts';
import { DRIFT_ARGS, driftOptions } from './drift-options.ts';
import { NAME, VERSION } from '../meta.ts';
import type { Severity } from '../model.ts';
import { formatJson } from '../report/json.ts';
import { formatMarkdown } from '../report/markdown.ts';
import { ruleMetadata, rulesMarkdownTable, rulesText } from '../report/rules-table.ts';
import { formatSarif } from '../report/sarif.ts';
import { formatStylish } from '../report/stylish.ts';
import type { ReportInput } from '../report/types.ts';
import { run, type RunResult } from '../run.ts';

export interface CliIo {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Color the stylish output (a TTY without NO_COLOR). */
  readonly color: boolean;
  /** Standard error is a terminal: long runs may show a progress line there. */
  readonly progress?: boolean;
}

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

const FORMATS = ['stylish', 'json', 'sarif', 'markdown'] as const;
type Format = (typeof FORMATS)[number];
const FAIL_ON = ['error', 'warning', 'info', 'never'] as const;
type FailOn = (typeof FAIL_ON)[number];

export const HELP = `Usage: ${NAME} [paths...] [options]
       ${NAME} rules [--format stylish|json|markdown]

Lints Amazon DynamoDB tables declared in CloudFormation, SAM, CDK (cdk.out) and
Serverless Framework files under the given paths (default: the current folder),
and the Scans their application code issues (JS/TS, Python, Go, Java, C#);
with --drift, compares the tables with the deployed ones.

Options:
  -f, --format <name>     stylish (default), json, sarif or markdown
  -c, --config <file>     configuration file (default: .dynalint.yml|.yaml|.json or
                          the "dynalint" key of package.json, nearest first)
  -r, --rule <id=level>   set a rule's severity: off, info, warning or error (repeatable)
      --fail-on <level>   exit 1 when a finding is at least: error (default), warning,
                          info, or never
      --max-warnings <n>  also exit 1 when there are more than n warnings
  -o, --output <file>     write the report to a file instead of standard output
      --no-code           do not scan application code for DynamoDB calls
      --base <ref>        also check the change since this git revision (e.g.
                          origin/main) for replacements, removals and other
                          deploy-breaking or data-losing edits
      --color, --no-color force or disable colors
  -v, --version           print the version
  -h, --help              print this help

Drift (compare declared tables with the deployed ones):
      --drift             describe the live tables and report drift
      --region <name>     AWS region (default: AWS_REGION or the profile's)
      --profile <name>    shared-config profile (default: the AWS credential chain)
      --endpoint <url>    DynamoDB endpoint URL, or "embedded" for an in-process
                          local server (no AWS account needed)
      --seed <file>       with --endpoint embedded: create these tables first
                          ({"tables": [CreateTable input, ...]})
      --stack <name>      deployed stack to look logical ids up in (repeatable)
      --var <key=value>   fills \${key} in the configuration's tables map (repeatable)
      --report-unmanaged  also report live tables no declaration maps to
      --concurrency <n>   tables described at once (default 8)
      --drift-timeout <s> seconds for the whole drift check (default 180); tables
                          not described by then are reported live-not-checked

Exit codes: 0 no findings at or above --fail-on, 1 findings, 2 usage or configuration error.
`;

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        config: { type: 'string', short: 'c' },
        rule: { type: 'string', short: 'r', multiple: true },
        'fail-on': { type: 'string' },
        'max-warnings': { type: 'string' },
        output: { type: 'string', short: 'o' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        'no-code': { type: 'boolean' },
        base: { type: 'string' },
        version: { type: 'boolean', short: 'v' },
        ...DRIFT_ARGS,
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return usage(io, error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(HELP);
    return EXIT_CLEAN;
  }
  if (values.version) {
    io.stdout(`${VERSION}\n`);
    return EXIT_CLEAN;
  }
  const format = (values.format ?? 'stylish') as Format;
  if (!FORMATS.includes(format)) return usage(io, `--format must be one of ${FORMATS.join(', ')}`);
  const failOn = (values['fail-on'] ?? 'error') as FailOn;
  if (!FAIL_ON.includes(failOn)) return usage(io, `--fail-on must be one of ${FAIL_ON.join(', ')}`);
  const maxWarnings = values['max-warnings'] === undefined ? undefined : Number(values['max-warnings']);
  if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) {
    return usage(io, '--max-warnings must be a whole number');
  }
  const color = values['no-color'] ? false : (values.color ?? io.color);

  if (positionals[0] === 'rules') {
    io.stdout(
      format === 'json'
        ? `${JSON.stringify(ruleMetadata(catalogue), null, 2)}\n`
        : format === 'markdown'
          ? `${rulesMarkdownTable(catalogue)}\n`
          : rulesText(catalogue),
    );
    return EXIT_CLEAN;
  }

  const drift = driftOptions(values, io.progress ? io.stderr : undefined);
  if (typeof drift === 'string') return usage(io, drift);

  let result: RunResult;
  try {
    const config = await loadConfig(catalogue, {
      cwd: io.cwd,
      ...(values.config ? { configPath: values.config } : {}),
      ruleOverrides: values.rule ?? [],
    });
    result = await run({
      cwd: io.cwd,
      paths: positionals,
      config,
      code: !values['no-code'],
      ...(drift ? { drift } : {}),
      ...(values.base !== undefined ? { base: values.base } : {}),
    });
  } catch (error) {
    if (error instanceof ConfigError) return usage(io, error.message);
    throw error;
  }
  if (result.missingPaths.length > 0) {
    return usage(io, `no such file or directory: ${result.missingPaths.join(', ')}`);
  }

  const input: ReportInput = {
    findings: result.findings,
    summary: result.summary,
    rules: ruleMetadata(catalogue),
  };
  const text = render(format, input, color && !values.output);
  if (values.output) {
    const target = path.resolve(io.cwd, values.output);
    await writeFile(target, text);
    io.stderr(
      `${NAME}: wrote the ${format} report to ${values.output} (${result.findings.length} findings)\n`,
    );
  } else {
    io.stdout(text);
  }
  for (const failure of result.failures) {
    io.stderr(
      `${NAME}: rule ${failure.ruleId} failed: ${failure.message} (this is a bug in ${NAME}; please report it)\n`,
    );
  }
  if (result.failures.length > 0) return EXIT_USAGE;
  return exitCode(result, failOn, maxWarnings);
}

function render(format: Format, input: ReportInput, color: boolean): string {
  switch (format) {
    case 'json':
      return formatJson(input);
    case 'sarif':
      return formatSarif(input);
    case 'markdown':
      return formatMarkdown(input);
    case 'stylish':
      return formatStylish(input, { color });
  }
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export function exitCode(
  result: Pick<RunResult, 'findings' | 'summary'>,
  failOn: FailOn,
  maxWarnings?: number,
): number {
  if (maxWarnings !== undefined && result.summary.warnings > maxWarnings) return EXIT_FINDINGS;
  if (failOn === 'never') return EXIT_CLEAN;
  const threshold = RANK[failOn];
  return result.findings.some((f) => RANK[f.severity] >= threshold) ? EXIT_FINDINGS : EXIT_CLEAN;
}

function usage(io: CliIo, message: string): number {
  io.stderr(`${NAME}: ${message}\nRun "${NAME} --help" for usage.\n`);
  return EXIT_USAGE;
}
