/**
 * Configuration: found in the working directory or the nearest parent up to the repository root
 * (`.dynalint.yml`, `.dynalint.yaml`, `.dynalint.json`, or a `dynalint` key in `package.json`),
 * validated against `schema.json` and each rule's options schema with ajv. Every problem names the file,
 * line and key, and is a usage error, never a stack trace.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { distance } from 'fastest-levenshtein';
import { displayPath } from '../shared/paths.ts';
import type { RuleSetting, RuleSettings } from '../engine.ts';
import { parseSource } from '../iac/load.ts';
import { entry, type SourceNode } from '../iac/source-tree.ts';
import type { Location, Severity } from '../model.ts';
import { inPreset, type PresetName, type Rule, type RuleSwitch } from '../rule.ts';
import { defaultOptions } from './defaults.ts';
import { globHazard, regexHazard } from './pattern-safety.ts';
import configSchema from './schema.json' with { type: 'json' };

export const CONFIG_FILES = ['.dynalint.yml', '.dynalint.yaml', '.dynalint.json', 'package.json'];

export type Preset = PresetName;
export type SeveritySetting = Severity | 'off';

export interface UserConfig {
  /** `dynalint:recommended`, `dynalint:strict` or `dynalint:all`. */
  readonly extends?: `dynalint:${Preset}`;
  /** The same, without the prefix (the older spelling). */
  readonly preset?: Preset;
  readonly rules?: Readonly<Record<string, SeveritySetting | [SeveritySetting, Record<string, unknown>?]>>;
  readonly ignore?: readonly string[];
  /** For drift: declared table id → live table name, with `${name}` placeholders. */
  readonly tables?: Readonly<Record<string, string>>;
  /** The region the declared stacks deploy to. */
  readonly region?: string;
}

export interface ResolvedConfig {
  /** The file it came from, relative to cwd; undefined when defaults apply. */
  readonly file?: string;
  /** Folder the config's relative globs are relative to. */
  readonly directory: string;
  readonly rules: RuleSettings;
  readonly ignore: readonly string[];
  readonly user: UserConfig;
}

/** A configuration problem; the CLI prints it and exits 2. */
export class ConfigError extends Error {
  constructor(
    message: string,
    readonly location?: Location,
  ) {
    super(location ? `${location.file}:${location.line}:${location.column}: ${message}` : message);
  }
}

export interface ConfigSource {
  readonly file: string;
  readonly root: SourceNode | undefined;
  readonly value: unknown;
}

export async function findConfigFile(cwd: string): Promise<string | undefined> {
  let directory = path.resolve(cwd);
  for (;;) {
    for (const name of CONFIG_FILES) {
      const candidate = path.join(directory, name);
      if (!(await stat(candidate).catch(() => undefined))?.isFile()) continue;
      if (name !== 'package.json') return candidate;
      if (await hasDynalintKey(candidate)) return candidate;
    }
    const isRepositoryRoot = await stat(path.join(directory, '.git')).catch(() => undefined);
    const parent = path.dirname(directory);
    if (isRepositoryRoot || parent === directory) return undefined;
    directory = parent;
  }
}

/**
 * A package.json configures dynalint only with a top-level `dynalint` key: the name also appears in
 * `devDependencies` and `bin`, which must not shadow a `.dynalint.yml` further up.
 */
async function hasDynalintKey(file: string): Promise<boolean> {
  const text = await readFile(file, 'utf8').catch(() => '');
  if (!text.includes('"dynalint"')) return false;
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && 'dynalint' in parsed;
  } catch {
    return false;
  }
}

export async function loadConfig(
  catalogue: readonly Rule[],
  options: {
    cwd: string;
    configPath?: string;
    ruleOverrides?: readonly string[];
    /** Run switches that turn on the opt-in rules they name (`enabledBy`). */
    switches?: readonly RuleSwitch[];
  },
): Promise<ResolvedConfig> {
  const file = options.configPath
    ? path.resolve(options.cwd, options.configPath)
    : await findConfigFile(options.cwd);
  let source: ConfigSource | undefined;
  if (file) {
    const text = await readFile(file, 'utf8').catch(() => {
      throw new ConfigError(`cannot read configuration file ${displayPath(options.cwd, file)}`);
    });
    source = parseConfig(text, displayPath(options.cwd, file));
  }
  return resolveConfig(
    catalogue,
    source,
    options.cwd,
    file ? path.dirname(file) : options.cwd,
    options.ruleOverrides,
    options.switches,
  );
}

export function parseConfig(text: string, file: string): ConfigSource {
  const parsed = parseSource(text, file);
  if ('problem' in parsed) throw new ConfigError(parsed.problem.message, parsed.problem.location);
  const root = path.basename(file) === 'package.json' ? entry(parsed.root, 'dynalint')?.value : parsed.root;
  return { file, root, value: root ? toPlain(root) : {} };
}

let ajv: Ajv | undefined;
let validateConfig: ValidateFunction | undefined;

function validator(): Ajv {
  ajv ??= new Ajv({
    allErrors: true,
    useDefaults: true,
    strict: true,
    strictTuples: false,
    allowUnionTypes: true,
    // Errors carry the failing value, so a refused pattern's message can say why.
    verbose: true,
  }).addFormat('regex', (pattern: string) => {
    try {
      new RegExp(pattern);
    } catch {
      return false;
    }
    return regexHazard(pattern) === undefined;
  });
  return ajv;
}

export function resolveConfig(
  catalogue: readonly Rule[],
  source: ConfigSource | undefined,
  cwd: string,
  directory: string,
  ruleOverrides: readonly string[] = [],
  switches: readonly RuleSwitch[] = [],
): ResolvedConfig {
  const user = (source?.value ?? {}) as UserConfig;
  if (source) {
    validateConfig ??= validator().compile(configSchema);
    if (!validateConfig(user)) throw schemaError(validateConfig.errors ?? [], source, '');
  }
  for (const [i, glob] of (user.ignore ?? []).entries()) {
    const hazard = globHazard(glob);
    if (hazard) {
      throw new ConfigError(
        `ignore glob "${glob}" is refused: ${hazard} (matching it could take exponential time)`,
        locate(source, ['ignore', i]),
      );
    }
  }
  const byId = new Map(catalogue.map((rule) => [rule.id, rule]));
  if (user.extends && user.preset && user.extends !== `dynalint:${user.preset}`) {
    throw new ConfigError(
      `"extends: ${user.extends}" and "preset: ${user.preset}" disagree; keep one`,
      locate(source, ['preset']),
    );
  }
  const preset: Preset = user.extends
    ? (user.extends.slice('dynalint:'.length) as Preset)
    : (user.preset ?? 'recommended');
  const configured = new Map<string, { severity: SeveritySetting; options?: Record<string, unknown> }>();

  for (const [id, value] of Object.entries(user.rules ?? {})) {
    if (!byId.has(id)) throw unknownRule(id, byId, locate(source, ['rules', id], true));
    const [severity, options] = Array.isArray(value) ? value : [value];
    configured.set(id, { severity, ...(options ? { options } : {}) });
  }
  for (const override of ruleOverrides) {
    const match = /^([\w-]+)=(off|info|warning|error)$/.exec(override);
    if (!match) throw new ConfigError(`--rule expects id=off|info|warning|error, got "${override}"`);
    const [, id, severity] = match as unknown as [string, string, SeveritySetting];
    if (!byId.has(id)) throw unknownRule(id, byId);
    configured.set(id, { ...configured.get(id), severity });
  }

  const rules = new Map<string, RuleSetting>();
  for (const rule of catalogue) {
    const chosen = configured.get(rule.id);
    const switchedOn = rule.enabledBy !== undefined && switches.includes(rule.enabledBy);
    const enabled = chosen ? chosen.severity !== 'off' : inPreset(rule, preset) || switchedOn;
    if (!enabled) continue;
    const severity = chosen && chosen.severity !== 'off' ? chosen.severity : undefined;
    rules.set(rule.id, ruleSetting(rule, severity, chosen?.options, source));
  }
  return {
    ...(source ? { file: source.file } : {}),
    directory,
    rules,
    ignore: (user.ignore ?? []).map((glob) => rebase(glob, directory, cwd)),
    user,
  };
}

/**
 * A rule's effective setting: `severity` when the user chose one (it then wins over per-report
 * severities), the rule's default otherwise; options validated, defaults filled in.
 */
export function ruleSetting(
  rule: Rule,
  severity?: Severity,
  options: Record<string, unknown> = {},
  source?: ConfigSource,
): RuleSetting {
  const setting = { severity: severity ?? rule.severity, configured: severity !== undefined };
  if (!rule.options) return { ...setting, options };
  // Without options of the user's there is nothing to validate: the schema's defaults are read, not compiled.
  return {
    ...setting,
    options:
      Object.keys(options).length === 0
        ? defaultOptions(rule.options)
        : withDefaults(rule.id, rule.options, options, source),
  };
}

function withDefaults(
  ruleId: string,
  schema: NonNullable<Rule['options']>,
  options: Record<string, unknown>,
  source?: ConfigSource,
): Record<string, unknown> {
  const filled = structuredClone(options);
  const validate = validator().compile(schema);
  if (!validate(filled)) {
    throw schemaError(validate.errors ?? [], source, `rules.${ruleId}[1]`, ['rules', ruleId, 1]);
  }
  return filled;
}

/** Config globs are relative to the config's folder; discovery matches paths relative to cwd. */
function rebase(glob: string, directory: string, cwd: string): string {
  const prefix = path.relative(cwd, directory).split(path.sep).join('/');
  return prefix ? `${prefix}/${glob}` : glob;
}

function unknownRule(id: string, byId: ReadonlyMap<string, Rule>, location?: Location): ConfigError {
  const close = [...byId.keys()].find((known) => distance(known, id) <= 3);
  return new ConfigError(
    `unknown rule "${id}"${close ? ` (did you mean "${close}"?)` : ''}; \`dynalint rules\` lists them`,
    location,
  );
}

function schemaError(
  errors: readonly ErrorObject[],
  source: ConfigSource | undefined,
  prefix: string,
  base: (string | number)[] = [],
): ConfigError {
  const error = errors.find((e) => e.keyword === 'additionalProperties') ?? errors[0];
  const segments = [
    ...base,
    ...(error?.instancePath ?? '')
      .split('/')
      .slice(1)
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')),
  ];
  const extra =
    error?.keyword === 'additionalProperties' ? String(error.params.additionalProperty) : undefined;
  const keyPath = [...segments, ...(extra ? [extra] : [])];
  const name = keyPath.length ? keyPath.join('.') : prefix || '(root)';
  const message =
    error?.keyword === 'additionalProperties'
      ? `unknown key "${name}"`
      : error?.keyword === 'enum'
        ? `"${name}" must be one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`
        : error?.keyword === 'format' && error.params.format === 'regex'
          ? `"${name}" ${regexProblem(error.data)}`
          : `"${name}" ${error?.message ?? 'is invalid'}`;
  return new ConfigError(message, locate(source, keyPath, extra !== undefined));
}

function regexProblem(pattern: unknown): string {
  const text = String(pattern);
  try {
    new RegExp(text);
  } catch (error) {
    return `must match format "regex" (${error instanceof Error ? error.message : String(error)})`;
  }
  return `is refused as a regular expression: ${regexHazard(text) ?? 'it is unsafe'} (matching it could take exponential time)`;
}

/** The location of a key path in the config source, as deep as it exists. */
function locate(
  source: ConfigSource | undefined,
  keyPath: readonly (string | number)[],
  atKey = false,
): Location | undefined {
  if (!source?.root) return undefined;
  let node: SourceNode = source.root;
  let location = node.location;
  for (const segment of keyPath) {
    if (node.kind === 'map') {
      const found = entry(node, String(segment));
      if (!found) break;
      location = atKey ? found.keyLocation : found.value.location;
      node = found.value;
    } else if (node.kind === 'seq' && node.items[Number(segment)]) {
      node = node.items[Number(segment)] as SourceNode;
      location = node.location;
    } else break;
  }
  return location;
}

function toPlain(node: SourceNode): unknown {
  switch (node.kind) {
    case 'scalar':
      return node.value;
    case 'seq':
      return node.items.map(toPlain);
    case 'map':
      return Object.fromEntries(node.entries.map((e) => [e.key, toPlain(e.value)]));
    case 'intrinsic':
      return { [node.name]: toPlain(node.argument) };
  }
}
