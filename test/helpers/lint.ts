/** Runs the real pipeline over a folder with a chosen rule set, as the CLI would. */
import { rules as catalogue } from '../../rules/index.ts';
import { parseConfig, resolveConfig, ruleSetting } from '../../src/config/load.ts';
import type { RuleSetting } from '../../src/engine.ts';
import type { DriftOptions } from '../../src/live/index.ts';
import { run, type RunResult } from '../../src/run.ts';
import type { Rule } from '../../src/rule.ts';

/** Lints `dir` with only `rule` enabled (default severity, given options). */
export async function lintWithRule(
  dir: string,
  rule: Rule,
  options: Record<string, unknown> = {},
): Promise<RunResult> {
  const rules = new Map<string, RuleSetting>([[rule.id, ruleSetting(rule, undefined, options)]]);
  return run({
    cwd: dir,
    paths: ['.'],
    config: { directory: dir, rules, ignore: [], user: {} },
    catalogue: [rule],
  });
}

/** Lints `dir` with a configuration written as YAML text (default: the recommended preset). */
export async function lintWithConfig(
  dir: string,
  configYaml = '',
  paths: string[] = ['.'],
): Promise<RunResult> {
  const config = resolveConfig(
    catalogue,
    configYaml ? parseConfig(configYaml, '.dynalint.yml') : undefined,
    dir,
    dir,
  );
  return run({ cwd: dir, paths, config });
}

/** Lints `dir` with drift against live tables, under a configuration written as YAML text. */
export async function lintWithDrift(dir: string, drift: DriftOptions, configYaml = ''): Promise<RunResult> {
  // `reportUnmanaged` here stands for the `--report-unmanaged` switch, which turns the opt-in rule on.
  const config = resolveConfig(
    catalogue,
    configYaml ? parseConfig(configYaml, '.dynalint.yml') : undefined,
    dir,
    dir,
    [],
    drift.reportUnmanaged ? ['report-unmanaged'] : [],
  );
  return run({ cwd: dir, paths: ['.'], config, drift });
}
