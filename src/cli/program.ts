/**
 * `npx dynalint`: argv → `lint` options → a formatted report on stdout or `--output`, and an exit code
 * (0 clean, 1 findings at or above `--fail-on`, 2 usage or configuration error, or a rule that failed).
 * No lint logic here.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { rules as catalogue } from '../../rules/index.ts';
import { EXIT_CLEAN, EXIT_USAGE, FAIL_ON, failureMessages, lint, type FailOn } from '../lint.ts';
import { NAME, VERSION } from '../meta.ts';
import { jsonReport } from '../report/json.ts';
import { formatMarkdown } from '../report/markdown.ts';
import { formatPatterns, PATTERN_FORMATS, type PatternFormat } from '../report/patterns.ts';
import { accessPatterns } from '../code/patterns.ts';
import { ruleMetadata, rulesInPreset, rulesMarkdownTable, rulesText } from '../report/rules-table.ts';
import { PRESETS, type PresetName } from '../rule.ts';
import { sarifReport } from '../report/sarif.ts';
import { formatStylish } from '../report/stylish.ts';
import type { ReportInput } from '../report/types.ts';
import { revisionLabel } from '../diff/base.ts';
import type { CdkSynthOptions } from '../iac/format.ts';
import { driftOptions } from './drift-options.ts';
import { helpText, parseArgsConfig } from './options.ts';

export interface CliIo {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Color the stylish output (a TTY without NO_COLOR). */
  readonly color: boolean;
  /** Standard error is a terminal: long runs may show a progress line there. */
  readonly progress?: boolean;
}

const FORMATS = ['stylish', 'json', 'sarif', 'markdown'] as const;
const PATTERNS = 'patterns';
type Format = (typeof FORMATS)[number];

function oneOf<T extends string>(allowed: readonly T[], value: string): value is T {
  return (allowed as readonly string[]).includes(value);
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: parseArgsConfig(),
    });
  } catch (error) {
    return usage(io, error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(helpText());
    return EXIT_CLEAN;
  }
  if (values.version) {
    io.stdout(`${VERSION}\n`);
    return EXIT_CLEAN;
  }
  const format = text(values.format) ?? 'stylish';
  if (!oneOf<Format>(FORMATS, format)) return usage(io, `--format must be one of ${FORMATS.join(', ')}`);
  const failOn = text(values['fail-on']) ?? 'error';
  if (!oneOf<FailOn>(FAIL_ON, failOn)) return usage(io, `--fail-on must be one of ${FAIL_ON.join(', ')}`);
  const maxWarningsText = text(values['max-warnings']);
  const maxWarnings = maxWarningsText === undefined ? undefined : Number(maxWarningsText);
  if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) {
    return usage(io, '--max-warnings must be a whole number');
  }
  const color =
    values['no-color'] === true ? false : typeof values.color === 'boolean' ? values.color : io.color;

  if (positionals[0] === 'rules') {
    const preset = text(values.preset)?.replace(/^dynalint:/, '');
    if (preset !== undefined && !oneOf<PresetName>(PRESETS, preset)) {
      return usage(io, `--preset must be one of ${PRESETS.join(', ')}`);
    }
    const listed = rulesInPreset(catalogue, preset);
    io.stdout(
      format === 'json'
        ? `${JSON.stringify(ruleMetadata(listed), null, 2)}\n`
        : format === 'markdown'
          ? `${rulesMarkdownTable(listed)}\n`
          : rulesText(listed),
    );
    return EXIT_CLEAN;
  }

  const patterns = patternsCommand(positionals, io.cwd);
  if (patterns && !oneOf<PatternFormat>(PATTERN_FORMATS, format))
    return usage(io, `patterns: --format must be one of ${PATTERN_FORMATS.join(', ')}`);

  const drift = driftOptions(values, io.progress ? io.stderr : undefined);
  if (typeof drift === 'string') return usage(io, drift);
  const base = text(values.base);
  const onlyNew = values['only-new'] === true;
  if (onlyNew && base === undefined) return usage(io, '--only-new needs --base <ref>');
  const writeBaseline = values['write-baseline'] === true;
  const cdkSynth = cdkSynthOptions(values['cdk-synth'] === true, text(values['cdk-synth-timeout']));
  if (typeof cdkSynth === 'string') return usage(io, cdkSynth);
  const configPath = text(values.config);
  const output = text(values.output);
  const cacheLocation = text(values['cache-location']);

  const outcome = await lint({
    cwd: io.cwd,
    paths: patterns ? patterns.paths : positionals,
    ...(configPath ? { configPath } : {}),
    ruleOverrides: list(values.rule),
    switches: values['report-unmanaged'] === true ? ['report-unmanaged'] : [],
    code: values['no-code'] !== true,
    ...(patterns ? { everyCall: true } : {}),
    ...(cdkSynth ? { cdkSynth } : {}),
    ...(drift ? { drift } : {}),
    ...(base !== undefined ? { base } : {}),
    onlyNew,
    writeBaseline,
    failOn,
    ...(maxWarnings !== undefined ? { maxWarnings } : {}),
    cache: values.cache === true,
    keepTables: patterns !== undefined,
    ...(cacheLocation !== undefined ? { cacheLocation } : {}),
  });
  if (!outcome.ok) return usage(io, outcome.message);
  const { result } = outcome;
  if (outcome.baselineWritten) {
    const { file, findings } = outcome.baselineWritten;
    io.stderr(`${NAME}: wrote ${findings} ${findings === 1 ? 'finding' : 'findings'} to ${file}\n`);
    for (const line of failureMessages(outcome.failures)) io.stderr(`${NAME}: ${line}\n`);
    return outcome.exitCode;
  }

  if (patterns && oneOf<PatternFormat>(PATTERN_FORMATS, format)) {
    io.stdout(formatPatterns(format, accessPatterns(result.tables, result.uses)));
    for (const line of failureMessages(outcome.failures)) io.stderr(`${NAME}: ${line}\n`);
    return outcome.failures.length ? outcome.exitCode : EXIT_CLEAN;
  }

  const input: ReportInput = {
    findings: result.findings,
    summary: result.summary,
    rules: ruleMetadata(catalogue),
    ...(base !== undefined ? { base: revisionLabel(base) } : {}),
    onlyNew,
    ...(result.accessChanges?.length ? { accessChanges: result.accessChanges } : {}),
  };
  const rendered = render(format, input, color && !output);
  if (output) {
    await writeFile(path.resolve(io.cwd, output), rendered);
    io.stderr(`${NAME}: wrote the ${format} report to ${output} (${result.findings.length} findings)\n`);
  } else {
    for (const chunk of rendered) io.stdout(chunk);
  }
  for (const line of failureMessages(outcome.failures)) io.stderr(`${NAME}: ${line}\n`);
  return outcome.exitCode;
}

/** `--cdk-synth` and its timeout; the timeout alone is a usage error, like every option that needs another. */
function cdkSynthOptions(
  enabled: boolean,
  timeoutText: string | undefined,
): CdkSynthOptions | string | undefined {
  if (!enabled) return timeoutText === undefined ? undefined : '--cdk-synth-timeout needs --cdk-synth';
  if (timeoutText === undefined) return {};
  const timeoutSeconds = Number(timeoutText);
  if (!(timeoutSeconds > 0 && timeoutSeconds <= 86_400)) {
    return '--cdk-synth-timeout must be a number of seconds from above 0 to 86400';
  }
  return { timeoutSeconds };
}

/**
 * `dynalint patterns [paths]`: the access-pattern map instead of findings. The word may also follow the
 * paths (`npm run demo -- patterns` appends it), unless a file or folder of that name is there to lint.
 */
function patternsCommand(positionals: readonly string[], cwd: string): { paths: string[] } | undefined {
  const at = positionals.indexOf(PATTERNS);
  if (at < 0 || (at > 0 && existsSync(path.resolve(cwd, PATTERNS)))) return undefined;
  return { paths: positionals.filter((_, i) => i !== at) };
}

function text(value: string | boolean | (string | boolean)[] | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function list(value: string | boolean | (string | boolean)[] | undefined): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The report as chunks to write one after another (a large JSON report is never one string). */
function render(format: Format, input: ReportInput, color: boolean): Iterable<string> {
  switch (format) {
    case 'json':
      return jsonReport(input);
    case 'sarif':
      return sarifReport(input);
    case 'markdown':
      return [formatMarkdown(input)];
    case 'stylish':
      return [formatStylish(input, { color })];
  }
}

function usage(io: CliIo, message: string): number {
  io.stderr(`${NAME}: ${message}\nRun "${NAME} --help" for usage.\n`);
  return EXIT_USAGE;
}
