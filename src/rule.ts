/**
 * The rule API. A rule is data (id, kind, description, default severity, options schema) plus one
 * `check` function that reads the facts of its kind and reports problems. Rules never see files, formats,
 * GitHub or the terminal.
 */
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
  readonly table: { readonly tables: readonly TableModel[] };
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

export interface Report {
  readonly message: string;
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

export type ReportFunction = (report: Report) => void;

export type RuleContext<K extends RuleKind, O> = FactsByKind[K] & {
  readonly options: O;
  readonly report: ReportFunction;
};

/** A JSON Schema (draft-07 subset that ajv validates); `default`s fill options the user leaves out. */
export type JsonSchema = { readonly [key: string]: unknown };

export interface RuleDefinition<K extends RuleKind, O> {
  readonly id: string;
  readonly kind: K;
  readonly description: string;
  readonly severity: Severity;
  /** In the `recommended` preset (default true); otherwise only in `all` or when configured. */
  readonly recommended?: boolean;
  /** JSON Schema of the options object, with defaults. */
  readonly options?: JsonSchema;
  check(context: RuleContext<K, O>): void;
}

/** Any rule, options erased: what the catalogue holds and the engine runs. */
export type Rule = { [K in RuleKind]: RuleDefinition<K, never> }[RuleKind];

export function defineRule<K extends RuleKind, O = Record<string, never>>(
  definition: RuleDefinition<K, O>,
): RuleDefinition<K, O> {
  return definition;
}
