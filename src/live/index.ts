/**
 * Live facts for drift rules: maps declared tables to live ones, describes them, and pairs the two
 * models. Whatever goes wrong talking to AWS becomes a finding (`live-error`, `live-not-checked`) at the
 * declared table it concerns; nothing here throws for a failed request.
 */
import { diagnosticDocsUrl } from '../diagnostics.ts';
import { fingerprint } from '../engine.ts';
import {
  type DriftPair,
  type Finding,
  type Location,
  type MissingTable,
  type Severity,
  type TableModel,
  type UnmanagedTable,
} from '../model.ts';
import type { FactsByKind } from '../rule.ts';
import { connect, type LiveApi } from './api.ts';
import { describeTables, type DescribeResult, type OperationNote } from './describe.ts';
import { EMBEDDED, EMBEDDED_GAPS, SeedError, seedTables, startEmbedded } from './embedded.ts';
import { classify, type LiveFailure } from './errors.ts';
import { mapTables, type Mapping } from './mapping.ts';
import type { RetryDelay } from './retry.ts';
import { checkTableNamesAnswer } from './validate.ts';
import { LIVE_SETTING_LABELS, liveLocation, type LiveSetting } from './normalize.ts';

export interface DriftOptions {
  /** An endpoint URL, `embedded` for the in-process server, or absent for AWS. */
  readonly endpoint?: string;
  /** With `embedded`: a file of CreateTable inputs to create first. */
  readonly seed?: string;
  readonly region?: string;
  readonly profile?: string;
  /** Deployed stacks to look logical ids up in. */
  readonly stacks?: readonly string[];
  /** Values for `${name}` placeholders of the configuration's `tables` map. */
  readonly vars?: Readonly<Record<string, string>>;
  /** List live tables and report those no declared table maps to. */
  readonly reportUnmanaged?: boolean;
  /** Tables described at once (default 8). */
  readonly concurrency?: number;
  /** Per request: connecting, and silence on the socket (default 10 s); one operation in all, 3 × this. */
  readonly timeoutMs?: number;
  /**
   * The whole drift check (default 3 minutes): tables not described by then are reported
   * `live-not-checked` and the run goes on.
   */
  readonly driftTimeoutMs?: number;
  /** Back-off before retry n (1-based), in ms; default exponential with jitter (tests pass `() => 0`). */
  readonly retryDelay?: RetryDelay;
  /** Called after each table is described (a progress line on a terminal). */
  readonly progress?: (done: number, total: number) => void;
}

export interface DriftContext {
  readonly cwd: string;
  /** The configuration's `tables` map. */
  readonly tables: Readonly<Record<string, string>>;
  /** Ask for tags (only when a rule compares them). */
  readonly tags: boolean;
  /** Describe the unmanaged tables too (a rule judges their settings), when they are listed. */
  readonly describeUnmanaged?: boolean;
  /** Where run-wide findings go when no declared table is involved. */
  readonly fallback: Location;
}

export type DriftFacts = FactsByKind['drift'];

export interface DriftOutcome {
  readonly facts: DriftFacts;
  /** Problems talking to AWS, as findings. */
  readonly findings: Finding[];
}

export const DEFAULT_CONCURRENCY = 8;
const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_DRIFT_TIMEOUT_MS = 180_000;
const MAX_ATTEMPTS = 5;
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/;

export async function collectDrift(
  declared: readonly TableModel[],
  options: DriftOptions,
  context: DriftContext,
): Promise<DriftOutcome> {
  const findings: Finding[] = [];
  const driftTimeoutMs = options.driftTimeoutMs ?? DEFAULT_DRIFT_TIMEOUT_MS;
  const deadline = AbortSignal.timeout(driftTimeoutMs);
  const deadlineReason = `the drift timeout (${seconds(driftTimeoutMs)}) ran out before it was described; raise --drift-timeout`;
  const embedded = options.endpoint === EMBEDDED ? await startEmbedded() : undefined;
  let api: LiveApi | undefined;
  try {
    if (embedded && options.seed) {
      try {
        await seedTables(embedded.endpoint, options.seed, context.cwd);
      } catch (error) {
        if (!(error instanceof SeedError)) throw error;
        findings.push(problem('live-error', 'error', error.message, error.location, undefined, 'seed'));
      }
    }
    const endpoint = embedded?.endpoint ?? options.endpoint;
    const local = endpoint !== undefined && !options.profile && LOOPBACK.test(new URL(endpoint).hostname);
    api = await connect({
      ...(endpoint ? { endpoint } : {}),
      ...(embedded ? { label: EMBEDDED } : {}),
      ...(options.region ? { region: options.region } : {}),
      ...(options.profile ? { profile: options.profile } : {}),
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      maxAttempts: MAX_ATTEMPTS,
      signal: deadline,
      ...(options.retryDelay ? { retryDelay: options.retryDelay } : {}),
      placeholderCredentials: embedded !== undefined || local,
      withoutCloudFormation: endpoint !== undefined,
    });
    const liveApi = api;
    const mapping = await mapTables(declared, {
      tables: context.tables,
      vars: options.vars ?? {},
      stacks: options.stacks ?? [],
      ...(endpoint === undefined ? { listStackResources: (stack) => liveApi.listStackResources(stack) } : {}),
    });
    const names = [...new Set(mapping.mapped.map((m) => m.name))];
    const described = await describeTables(api, names, {
      concurrency: options.concurrency ?? DEFAULT_CONCURRENCY,
      tags: context.tags,
      ...(embedded ? { serverGaps: EMBEDDED_GAPS } : {}),
      ...(options.progress ? { progress: options.progress } : {}),
      deadline,
      deadlineReason,
    });
    const listed =
      options.reportUnmanaged && !described.fatal && !deadline.aborted
        ? await listUnmanaged(api, names, findings, context)
        : [];
    const unmanagedDescribed =
      context.describeUnmanaged && listed.length > 0 && !deadline.aborted
        ? await describeTables(
            api,
            listed.map((table) => table.name),
            {
              concurrency: options.concurrency ?? DEFAULT_CONCURRENCY,
              tags: false,
              // Posture rules judge no TTL: one request per table saved.
              serverGaps: new Map([
                ...(embedded ? EMBEDDED_GAPS : []),
                ['ttl', 'not judged on unmanaged tables'],
              ]),
              deadline,
              deadlineReason,
            },
          )
        : undefined;
    const unmanaged = withModels(listed, unmanagedDescribed);
    if (options.reportUnmanaged && deadline.aborted) {
      findings.push(
        problem(
          'live-not-checked',
          'warning',
          `unmanaged tables not listed: the drift timeout (${seconds(driftTimeoutMs)}) ran out; raise --drift-timeout`,
          context.fallback,
          undefined,
          'ListTables',
        ),
      );
    }
    findings.push(
      ...stackFindings(mapping, context),
      ...describeFindings(mergeDescribed(described, unmanagedDescribed), mapping, api, context),
    );
    if (embedded) findings.push(...embeddedGapFindings(mapping, context));
    return { facts: driftFacts(mapping, described, unmanaged), findings };
  } finally {
    api?.close();
    await embedded?.close();
  }
}

function driftFacts(mapping: Mapping, described: DescribeResult, unmanaged: UnmanagedTable[]): DriftFacts {
  const pairs: DriftPair[] = [];
  const missing: MissingTable[] = [];
  for (const { declared, name } of mapping.mapped) {
    const outcome = described.tables.get(name);
    if (outcome?.status === 'found') pairs.push({ declared, live: outcome.model });
    else if (outcome?.status === 'missing') missing.push({ declared, name });
  }
  return { pairs, missing, unmapped: mapping.unmapped, unmanaged };
}

/** Unmanaged tables with the model of each one described. */
function withModels(listed: UnmanagedTable[], described: DescribeResult | undefined): UnmanagedTable[] {
  if (!described) return listed;
  return listed.map((table) => {
    const outcome = described.tables.get(table.name);
    return outcome?.status === 'found' ? { ...table, model: outcome.model } : table;
  });
}

/**
 * The managed and unmanaged tables' descriptions as one: an operation that failed the same way for both is
 * one note, and a failure that stopped either stops the whole.
 */
function mergeDescribed(managed: DescribeResult, unmanaged: DescribeResult | undefined): DescribeResult {
  if (!unmanaged) return managed;
  const notes = new Map<string, OperationNote>();
  for (const note of [...managed.notes, ...unmanaged.notes]) {
    const key = `${note.operation}\u0000${note.failure.kind}`;
    const existing = notes.get(key);
    notes.set(key, existing ? { ...existing, tables: [...existing.tables, ...note.tables] } : note);
  }
  const fatal = managed.fatal ?? unmanaged.fatal;
  return {
    tables: new Map([...managed.tables, ...unmanaged.tables]),
    notes: [...notes.values()],
    ...(fatal ? { fatal } : {}),
  };
}

async function listUnmanaged(
  api: LiveApi,
  mappedNames: readonly string[],
  findings: Finding[],
  context: DriftContext,
): Promise<UnmanagedTable[]> {
  try {
    const known = new Set(mappedNames);
    const listed = await api.listTableNames();
    checkTableNamesAnswer(listed);
    return listed
      .filter((name) => !known.has(name))
      .map((name) => ({ name, location: liveLocation({ TableName: name }, api.endpoint) }));
  } catch (error) {
    const failure = classify(error);
    const believed = failure.kind !== 'invalid-answer';
    findings.push(
      problem(
        believed ? 'live-error' : 'live-not-checked',
        believed ? 'error' : 'warning',
        `unmanaged tables not listed: ${explain(failure, 'dynamodb:ListTables', api.endpoint)}`,
        context.fallback,
        undefined,
        'ListTables',
      ),
    );
    return [];
  }
}

function describeFindings(
  described: DescribeResult,
  mapping: Mapping,
  api: LiveApi,
  context: DriftContext,
): Finding[] {
  const findings: Finding[] = [];
  const declaredFor = (name: string): TableModel[] =>
    mapping.mapped.filter((m) => m.name === name).map((m) => m.declared);
  if (described.fatal) {
    const { operation, failure } = described.fatal;
    const first = mapping.mapped[0]?.declared;
    findings.push(
      problem(
        'live-error',
        'error',
        `drift not checked: ${explain(failure, `dynamodb:${operation}`, api.endpoint)}`,
        first?.location ?? context.fallback,
        undefined,
        'connection',
      ),
    );
  }
  for (const [name, outcome] of described.tables) {
    if (outcome.status === 'found' || outcome.status === 'missing') continue;
    const tables = declaredFor(name);
    const detail =
      outcome.status === 'failed'
        ? explain(outcome.failure, `dynamodb:${outcome.operation}`, api.endpoint)
        : outcome.reason;
    if (tables.length === 0) {
      // An unmanaged table, described for the rules that judge its settings.
      findings.push(
        problem(
          'live-not-checked',
          'warning',
          `unmanaged live table ${name}: settings not checked: ${detail}`,
          liveLocation({ TableName: name }, api.endpoint),
          undefined,
          `unmanaged:${name}`,
        ),
      );
      continue;
    }
    for (const table of tables) {
      findings.push(
        outcome.status === 'failed'
          ? problem(
              'live-error',
              'error',
              `${table.id}: live table ${name} not described: ${detail}`,
              table.location,
              table,
              outcome.operation,
            )
          : problem(
              'live-not-checked',
              'warning',
              `${table.id}: live table ${name} not checked: ${detail}`,
              table.location,
              table,
              'DescribeTable',
            ),
      );
    }
  }
  for (const note of described.notes) {
    // Requests finish in any order: the finding goes to the first affected table in declaration order.
    const first = mapping.mapped.find((m) => note.tables.includes(m.name))?.declared;
    const tables = [...note.tables].sort();
    const what = LIVE_SETTING_LABELS[note.setting];
    const notSupported = note.failure.kind === 'not-supported';
    const notBelieved = note.failure.kind === 'invalid-answer';
    const scope = notSupported ? '' : ` for ${count(tables.length, 'table')} (${sample(tables)})`;
    const why = notSupported
      ? `the endpoint (${api.endpoint}) does not support ${note.operation} (${note.failure.detail})`
      : explain(note.failure, `dynamodb:${note.operation}`, api.endpoint);
    findings.push(
      problem(
        notSupported || notBelieved ? 'live-not-checked' : 'live-error',
        notSupported ? 'info' : 'warning',
        `${what} not checked${scope}: ${why}`,
        first?.location ?? context.fallback,
        undefined,
        `${note.operation}:${note.failure.kind}`,
      ),
    );
  }
  return findings;
}

function stackFindings(mapping: Mapping, context: DriftContext): Finding[] {
  return mapping.stackFailures.map(({ stack, failure }) =>
    problem(
      'live-error',
      failure.kind === 'not-found' ? 'warning' : 'error',
      failure.kind === 'not-found'
        ? `stack ${stack} not found, so its tables are not mapped (${failure.detail})`
        : `resources of stack ${stack} not listed: ${explain(failure, 'cloudformation:ListStackResources', 'CloudFormation')}`,
      mapping.unmapped[0]?.declared.location ?? context.fallback,
      undefined,
      `stack:${stack}`,
    ),
  );
}

/** One note for the settings the embedded server does not keep, when some table was compared. */
function embeddedGapFindings(mapping: Mapping, context: DriftContext): Finding[] {
  const first = mapping.mapped[0]?.declared;
  if (!first) return [];
  const settings = [...EMBEDDED_GAPS.keys()].filter((s: LiveSetting) => s !== 'tags' || context.tags);
  const labels = settings.map((s) => LIVE_SETTING_LABELS[s]);
  return [
    problem(
      'live-not-checked',
      'info',
      `${labels.join(', ')} not checked: the embedded server (dynalite) accepts them on CreateTable but does not keep them`,
      first.location,
      undefined,
      'embedded',
    ),
  ];
}

/** What failed and what to do about it, naming the IAM action or the endpoint. */
function explain(failure: LiveFailure, action: string, endpoint: string): string {
  switch (failure.kind) {
    case 'access-denied':
      return `access denied; grant ${action} (${failure.detail})`;
    case 'network':
      return `cannot reach ${endpoint} (${failure.detail})`;
    case 'setup':
      return `no usable AWS credentials or region for ${endpoint}; set --profile and --region, or the AWS_* environment variables (${failure.detail})`;
    case 'throttled':
      return `still throttled after retries with backoff (up to ${MAX_ATTEMPTS} attempts); try a lower --concurrency (${failure.detail})`;
    case 'invalid-answer':
      return `${endpoint} gave an answer DynamoDB would not (${failure.detail})`;
    case 'server':
      return `${endpoint} failed (${failure.detail})`;
    default:
      return failure.detail;
  }
}

function problem(
  ruleId: 'live-error' | 'live-not-checked',
  severity: Severity,
  message: string,
  location: Location,
  table: TableModel | undefined,
  property: string,
): Finding {
  return {
    ruleId,
    messageId: ruleId,
    severity,
    message,
    location,
    ...(table ? { table: table.id } : {}),
    help: diagnosticDocsUrl(ruleId),
    fingerprint: fingerprint(ruleId, location.file, table, property, ruleId),
  };
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function sample(names: readonly string[]): string {
  return names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')}, …`;
}
