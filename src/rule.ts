/**
 * The rule API. A rule is data (id, kind, description, default severity, options schema) plus one
 * `check` function that reads the facts of its kind and reports problems. Rules never see files, formats,
 * GitHub or the terminal.
 */
import type { FromSchema, JSONSchema } from 'json-schema-to-ts';
import type {
  CodeUse,
  ChangePair,
  DriftPair,
  Location,
  MissingTable,
  Severity,
  TableModel,
  UnmanagedTable,
  UnmappedTable,
} from './model.ts';

/** Which facts a rule receives. */
export interface FactsByKind {
  /** Declared tables (every condition branch is a separate model with the same id). */
  readonly table: {
    readonly tables: readonly TableModel[];
    /** The region the run was told the stacks deploy to; a table's `source.region` wins. */
    readonly region?: DeployRegion;
  };
  /** DynamoDB calls in application code, with the declared tables for attribution. */
  readonly code: { readonly uses: readonly CodeUse[]; readonly tables: readonly TableModel[] };
  /** Declared tables paired with their live counterparts, and the tables on one side only. */
  readonly drift: {
    readonly pairs: readonly DriftPair[];
    readonly missing: readonly MissingTable[];
    readonly unmapped: readonly UnmappedTable[];
    /** Filled only when live tables are listed (`--report-unmanaged`). */
    readonly unmanaged: readonly UnmanagedTable[];
  };
  /** Tables at the base and head revisions of a change. */
  readonly change: {
    readonly pairs: readonly ChangePair[];
    /** The base revision as the user named it (`origin/main`, a commit), for messages. */
    readonly base: string;
  };
}

export type RuleKind = keyof FactsByKind;

/** A region the stacks deploy to, and where the run learnt it (for messages). */
export interface DeployRegion {
  readonly name: string;
  /** `--region`, `region in .dynalint.yml`. */
  readonly origin: string;
}

/** Values a message template interpolates: `{{name}}` in the rule's `messages`. */
export type MessageData = Readonly<Record<string, string | number>>;

export interface Report<M extends string = string> {
  /** Which of the rule's `messages` this is: keys the fingerprint, so findings survive rewording. */
  readonly messageId: M;
  /** Values for the message's `{{placeholders}}`. */
  readonly data?: MessageData;
  readonly location: Location;
  /** The table the finding is about: names it in the finding and keys its fingerprint. */
  readonly table?: TableModel;
  /** What about the table (e.g. `GlobalSecondaryIndexes`, `index:byStatus`): keys the fingerprint. */
  readonly property?: string;
  /**
   * This report's severity when the user has not configured the rule's severity, for rules whose
   * problems differ in weight (a soft limit vs a hard AWS quota).
   */
  readonly severity?: Severity;
  /**
   * A severity the user chose through the rule's own options (e.g. per path): it wins over the rule's
   * configured severity, which is set in the same place.
   */
  readonly severityFromOptions?: Severity;
}

export type ReportFunction<M extends string = string> = (report: Report<M>) => void;

export type RuleContext<K extends RuleKind, O, M extends string = string> = FactsByKind[K] & {
  readonly options: O;
  readonly report: ReportFunction<M>;
};

/** A JSON Schema (draft-07 subset that ajv validates); `default`s fill options the user leaves out. */
export type JsonSchema = Exclude<JSONSchema, boolean>;

/** The options object a schema describes, defaults filled in: one source of truth for types and validation. */
export type OptionsOf<S> = S extends JsonSchema ? FromSchema<S> : Record<string, never>;

/**
 * Facts a rule needs beyond its kind's defaults, which cost something to gather (a request per table), so a
 * run gathers them only when an enabled rule asks.
 */
export type FactNeed =
  | 'live-tags'
  | 'live-table-list'
  | 'unmanaged-tables-described'
  /** Single-item calls (GetItem, PutItem, …) too, when a declared table has a GSI: files of only those are parsed then. */
  | 'gsi-table-calls';

/** A run-wide switch that turns an opt-in rule on (`--report-unmanaged`), unless configuration turns it off. */
export type RuleSwitch = 'report-unmanaged';

/**
 * The presets, each holding the one before it: `recommended` (the default), `strict` (adds posture
 * requirements a team opts into, such as customer-managed keys), `all` (every rule, opt-in ones included).
 */
export const PRESETS = ['recommended', 'strict', 'all'] as const;
export type PresetName = (typeof PRESETS)[number];

/** Other tools whose checks a rule matches, so teams migrating can map their suppressions. */
export type EquivalentTool = 'checkov' | 'trivy' | 'cfn-nag' | 'cdk-nag' | 'security-hub' | 'cfn-lint';

export interface Equivalent {
  readonly tool: EquivalentTool;
  /** The tool's own id: `CKV_AWS_28`, `AVD-AWS-0024`, `W78`, `AwsSolutions-DDB3`, `DynamoDB.2`. */
  readonly id: string;
  /** Where the two disagree, in a few words (the rule page says more). */
  readonly differs?: string;
}

export interface RuleDefinition<K extends RuleKind, O, M extends string = string> {
  readonly id: string;
  readonly kind: K;
  readonly description: string;
  readonly severity: Severity;
  /** In the `recommended` preset (default true); otherwise only in `all` or when configured. */
  readonly recommended?: boolean;
  /**
   * The smallest preset that turns this rule on (default `recommended`; `recommended: false` means `all`).
   * Each preset holds the ones before it in `PRESETS`.
   */
  readonly preset?: PresetName;
  /** The same check in other tools (Checkov, Trivy, cfn_nag, cdk-nag, Security Hub, cfn-lint). */
  readonly equivalents?: readonly Equivalent[];
  /** JSON Schema of the options object, with defaults. */
  readonly options?: JsonSchema;
  /** Message templates by id; `{{name}}` placeholders are filled from the report's `data`. */
  readonly messages: Readonly<Record<M, string>>;
  /** Costly facts this rule needs, given its options. */
  readonly needs?: (options: O) => readonly FactNeed[];
  /** A switch that enables this (otherwise opt-in) rule. */
  readonly enabledBy?: RuleSwitch;
  check(context: RuleContext<K, O, M>): void;
  /**
   * A table rule's judgement of live tables, run in drift mode with the drift facts: a setting declared one
   * way but changed outside the code, one the code leaves to deploy time, or an unmanaged table. The findings
   * keep the rule's id, so one configuration entry and one suppression cover the declared and live sides.
   */
  checkLive?(context: RuleContext<'drift', O, M>): void;
}

/** The smallest preset that includes `rule`. */
export function presetOf(rule: { readonly preset?: PresetName; readonly recommended?: boolean }): PresetName {
  return rule.preset ?? (rule.recommended === false ? 'all' : 'recommended');
}

/** Whether `preset` turns `rule` on. */
export function inPreset(
  rule: { readonly preset?: PresetName; readonly recommended?: boolean },
  preset: PresetName,
): boolean {
  return PRESETS.indexOf(presetOf(rule)) <= PRESETS.indexOf(preset);
}

/** Any rule, options erased: what the catalogue holds and the engine runs. */
export type Rule = { [K in RuleKind]: RuleDefinition<K, never, string> }[RuleKind];

/**
 * Declares a rule. The options type is derived from the options schema (`FromSchema`), so the schema that
 * validates the configuration is also the type `check` sees; message ids are the keys of `messages`.
 */
export function defineRule<
  K extends RuleKind,
  M extends string,
  const S extends JsonSchema | undefined = undefined,
>(
  definition: Omit<RuleDefinition<K, OptionsOf<S>, M>, 'options'> & { readonly options?: S },
): RuleDefinition<K, OptionsOf<S>, M> {
  return definition as RuleDefinition<K, OptionsOf<S>, M>;
}

/** `{{name}}` → `data.name`; a placeholder without a value is a defect in the rule. */
export function formatMessage(template: string, data: MessageData = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    const value = data[name];
    if (value === undefined) throw new Error(`message placeholder {{${name}}} has no value`);
    return String(value);
  });
}
