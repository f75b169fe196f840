/**
 * Every command-line option, once: `parseArgs` reads this table and `--help` is printed from it, so the
 * help can never list an option the parser does not know, or miss one it does.
 */
import type { ParseArgsConfig } from 'node:util';

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;
import { LANGUAGES } from '../code/languages.ts';
import { FORMATS } from '../iac/index.ts';
import { NAME } from '../meta.ts';

export interface CliOption {
  readonly name: string;
  readonly short?: string;
  readonly type: 'string' | 'boolean';
  readonly multiple?: boolean;
  /** How the help shows the value, e.g. `<file>`. */
  readonly value?: string;
  readonly help: string;
  readonly group: 'general' | 'drift';
}

export const CLI_OPTIONS = [
  {
    name: 'format',
    short: 'f',
    type: 'string',
    value: '<name>',
    help: 'stylish (default), json, sarif or markdown',
    group: 'general',
  },
  {
    name: 'config',
    short: 'c',
    type: 'string',
    value: '<file>',
    help: 'configuration file (default: .dynalint.yml|.yaml|.json or the "dynalint" key of package.json, nearest first)',
    group: 'general',
  },
  {
    name: 'rule',
    short: 'r',
    type: 'string',
    multiple: true,
    value: '<id=level>',
    help: "set a rule's severity: off, info, warning or error (repeatable)",
    group: 'general',
  },
  {
    name: 'preset',
    type: 'string',
    value: '<name>',
    help: '`dynalint rules` lists only the rules this preset turns on: recommended, strict or all',
    group: 'general',
  },
  {
    name: 'fail-on',
    type: 'string',
    value: '<level>',
    help: 'exit 1 when a finding is at least: error (default), warning, info, or never',
    group: 'general',
  },
  {
    name: 'max-warnings',
    type: 'string',
    value: '<n>',
    help: 'also exit 1 when there are more than n warnings',
    group: 'general',
  },
  {
    name: 'output',
    short: 'o',
    type: 'string',
    value: '<file>',
    help: 'write the report to a file instead of standard output',
    group: 'general',
  },
  {
    name: 'no-code',
    type: 'boolean',
    help: 'do not scan application code for DynamoDB calls',
    group: 'general',
  },
  {
    name: 'cdk-synth',
    type: 'boolean',
    help: "synthesize each CDK app (its cdk.json `app` command) into a temporary folder and lint its tables at the app's source lines",
    group: 'general',
  },
  {
    name: 'cdk-synth-timeout',
    type: 'string',
    value: '<s>',
    help: 'with --cdk-synth: seconds one app may take to synthesize (default 300)',
    group: 'general',
  },
  {
    name: 'base',
    type: 'string',
    value: '<ref>',
    help: 'also check the change since this git revision (e.g. origin/main) for replacements, removals and other deploy-breaking or data-losing edits',
    group: 'general',
  },
  {
    name: 'only-new',
    type: 'boolean',
    help: 'with --base: lint the base revision too and report (and fail on) only the findings it does not have',
    group: 'general',
  },
  {
    name: 'write-baseline',
    type: 'boolean',
    help: 'write the findings to .dynalint-baseline.json; later runs leave them out and report entries that no longer match',
    group: 'general',
  },
  { name: 'color', type: 'boolean', help: 'force colors', group: 'general' },
  { name: 'no-color', type: 'boolean', help: 'disable colors', group: 'general' },
  { name: 'version', short: 'v', type: 'boolean', help: 'print the version', group: 'general' },
  { name: 'help', short: 'h', type: 'boolean', help: 'print this help', group: 'general' },
  { name: 'drift', type: 'boolean', help: 'describe the live tables and report drift', group: 'drift' },
  {
    name: 'region',
    type: 'string',
    value: '<name>',
    help: "AWS region (default: AWS_REGION or the profile's)",
    group: 'drift',
  },
  {
    name: 'profile',
    type: 'string',
    value: '<name>',
    help: 'shared-config profile (default: the AWS credential chain)',
    group: 'drift',
  },
  {
    name: 'endpoint',
    type: 'string',
    value: '<url>',
    help: 'DynamoDB endpoint URL, or "embedded" for an in-process local server (no AWS account needed)',
    group: 'drift',
  },
  {
    name: 'seed',
    type: 'string',
    value: '<file>',
    help: 'with --endpoint embedded: create these tables first ({"tables": [CreateTable input, ...]})',
    group: 'drift',
  },
  {
    name: 'stack',
    type: 'string',
    multiple: true,
    value: '<name>',
    help: 'deployed stack to look logical ids up in (repeatable)',
    group: 'drift',
  },
  {
    name: 'var',
    type: 'string',
    multiple: true,
    value: '<key=value>',
    help: "fills ${key} in the configuration's tables map (repeatable)",
    group: 'drift',
  },
  {
    name: 'report-unmanaged',
    type: 'boolean',
    help: 'also report live tables no declaration maps to',
    group: 'drift',
  },
  {
    name: 'concurrency',
    type: 'string',
    value: '<n>',
    help: 'tables described at once (default 8)',
    group: 'drift',
  },
  {
    name: 'drift-timeout',
    type: 'string',
    value: '<s>',
    help: 'seconds for the whole drift check (default 180); tables not described by then are reported live-not-checked',
    group: 'drift',
  },
] as const satisfies readonly CliOption[];

export type CliOptionName = (typeof CLI_OPTIONS)[number]['name'];

/** The table in `parseArgs`' shape. */
export function parseArgsConfig(): ParseArgsOptionsConfig {
  const config: ParseArgsOptionsConfig = {};
  for (const option of CLI_OPTIONS as readonly CliOption[]) {
    config[option.name] = {
      type: option.type,
      ...(option.short ? { short: option.short } : {}),
      ...(option.multiple ? { multiple: true } : {}),
    };
  }
  return config;
}

const HELP_WIDTH = 80;
const OPTION_COLUMN = 26;

export function helpText(): string {
  const section = (group: CliOption['group']): string =>
    (CLI_OPTIONS as readonly CliOption[])
      .filter((option) => option.group === group)
      .map(helpLine)
      .join('');
  return `Usage: ${NAME} [paths...] [options]
       ${NAME} rules [--format stylish|json|markdown]

${wrap(
  `Lints Amazon DynamoDB tables declared in ${FORMATS.map((f) => f.name).join(', ')} files under the given paths (default: the current folder), and the DynamoDB calls their application code makes (${LANGUAGES.map((l) => l.name).join(', ')}); with --drift, compares the tables with the deployed ones.`,
  HELP_WIDTH,
).join('\n')}

Options:
${section('general')}
Drift (compare declared tables with the deployed ones):
${section('drift')}
Exit codes: 0 no findings at or above --fail-on, 1 findings, 2 usage or
configuration error, or a rule that failed.
`;
}

/** Words into lines of at most `width` characters. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines;
}

function helpLine(option: CliOption): string {
  const flag = `${option.short ? `-${option.short}, ` : '    '}--${option.name}${option.value ? ` ${option.value}` : ''}`;
  const lines = wrap(option.help, HELP_WIDTH - OPTION_COLUMN);
  const first = `  ${flag}`;
  const pad = (text: string): string => text.padEnd(OPTION_COLUMN);
  const head =
    first.length < OPTION_COLUMN ? `${pad(first)}${lines[0]}\n` : `${first}\n${pad('')}${lines[0]}\n`;
  return (
    head +
    lines
      .slice(1)
      .map((rest) => `${pad('')}${rest}\n`)
      .join('')
  );
}
