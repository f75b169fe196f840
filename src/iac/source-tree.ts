/**
 * A format-neutral, position-carrying view of a YAML or JSON document. The YAML and JSON front ends
 * produce it; the CloudFormation-family interpreters read it. CloudFormation intrinsics, whether written
 * `!Ref X` or `{"Ref": "X"}`, become `intrinsic` nodes so interpreters treat both forms alike.
 */
import type { Location } from '../model.ts';

export type SourceNode = MapNode | SeqNode | ScalarNode | IntrinsicNode;

export interface MapEntry {
  readonly key: string;
  readonly keyLocation: Location;
  readonly value: SourceNode;
  /** From the key to the end of the value. */
  readonly location: Location;
}

export interface MapNode {
  readonly kind: 'map';
  readonly entries: readonly MapEntry[];
  readonly location: Location;
  /** Keys written more than once in this map; `entries` holds the last of each, as CloudFormation reads it. */
  readonly duplicates?: readonly DuplicateKey[];
}

export interface DuplicateKey {
  readonly key: string;
  /** The occurrence that wins (the last). */
  readonly location: Location;
  /** The occurrence it overrides. */
  readonly overridden: Location;
}

export interface SeqNode {
  readonly kind: 'seq';
  readonly items: readonly SourceNode[];
  readonly location: Location;
}

export interface ScalarNode {
  readonly kind: 'scalar';
  readonly value: string | number | boolean | null;
  readonly location: Location;
}

export interface IntrinsicNode {
  readonly kind: 'intrinsic';
  /** Long form: `Ref`, `Condition`, `Fn::If`, `Fn::Sub`, … */
  readonly name: string;
  readonly argument: SourceNode;
  readonly location: Location;
}

/** Intrinsic function names, long form, as they appear as single keys in JSON templates. */
export const INTRINSIC_NAMES: ReadonlySet<string> = new Set([
  'Ref',
  'Condition',
  'Fn::And',
  'Fn::Base64',
  'Fn::Cidr',
  'Fn::Equals',
  'Fn::FindInMap',
  'Fn::ForEach',
  'Fn::GetAtt',
  'Fn::GetAZs',
  'Fn::If',
  'Fn::ImportValue',
  'Fn::Join',
  'Fn::Length',
  'Fn::Not',
  'Fn::Or',
  'Fn::Select',
  'Fn::Split',
  'Fn::Sub',
  'Fn::ToJsonString',
  'Fn::Transform',
]);

/** Short-form YAML tag (without `!`) → long-form name. */
export function intrinsicNameForTag(tag: string): string {
  return tag === 'Ref' || tag === 'Condition' ? tag : `Fn::${tag}`;
}

/**
 * A map from its entries as written: a repeated key keeps its last value (CloudFormation's parser and
 * `JSON.parse` both do) and is recorded; a map whose only key is an intrinsic name is that intrinsic.
 */
export function mapFromEntries(written: readonly MapEntry[], location: Location): MapNode | IntrinsicNode {
  const byKey = new Map<string, MapEntry>();
  const duplicates: DuplicateKey[] = [];
  for (const item of written) {
    const earlier = byKey.get(item.key);
    if (earlier) {
      duplicates.push({ key: item.key, location: item.keyLocation, overridden: earlier.keyLocation });
      byKey.delete(item.key);
    }
    byKey.set(item.key, item);
  }
  const entries = [...byKey.values()];
  const only = entries.length === 1 ? entries[0] : undefined;
  if (only && INTRINSIC_NAMES.has(only.key)) {
    return { kind: 'intrinsic', name: only.key, argument: only.value, location };
  }
  return duplicates.length
    ? { kind: 'map', entries, location, duplicates }
    : { kind: 'map', entries, location };
}

/**
 * The same string, not a view of the file's text: V8 keeps a substring of 13 or more characters as a slice
 * of its source, so one value a table model keeps would keep the whole file in memory.
 */
export function detached<T>(value: T): T {
  return typeof value === 'string' && value.length >= 13 ? ((' ' + value).slice(1) as T) : value;
}

export function entry(node: SourceNode | undefined, key: string): MapEntry | undefined {
  if (node?.kind !== 'map') return undefined;
  return node.entries.find((e) => e.key === key);
}

/** Maps 0-based string offsets to 1-based line/column positions. */
export class LineIndex {
  private readonly starts: number[];

  constructor(text: string) {
    const starts = [0];
    let at = text.indexOf('\n');
    while (at !== -1) {
      starts.push(at + 1);
      at = text.indexOf('\n', at + 1);
    }
    this.starts = starts;
  }

  /** 0-based offset where 1-based `line` starts. */
  offsetOfLine(line: number): number {
    return this.starts[line - 1] ?? 0;
  }

  position(offset: number): { line: number; column: number } {
    const starts = this.starts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (starts[low] as number) + 1 };
  }

  /** `end` is exclusive; the location's end column is the last character's column. */
  location(file: string, start: number, end: number): Location {
    const from = this.position(start);
    const to = this.position(Math.max(start, end - 1));
    return { file, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  }
}

export function spanning(file: string, from: Location, to: Location): Location {
  return { file, line: from.line, column: from.column, endLine: to.endLine, endColumn: to.endColumn };
}

/** The input is not valid YAML/JSON; `location` is where the parser stopped. */
export class SourceSyntaxError extends Error {
  constructor(
    message: string,
    readonly location: Location,
  ) {
    super(message);
  }
}

/** Values nested deeper than this are not read: readers recurse once per level. */
export const MAX_SOURCE_NESTING = 512;

export function nestedTooDeeply(location: Location): SourceLimitError {
  return new SourceLimitError(`values nested more than ${MAX_SOURCE_NESTING} levels deep`, location);
}

/** The input is valid but too costly to read (too large, too many aliases). */
export class SourceLimitError extends Error {
  constructor(
    message: string,
    readonly location: Location,
  ) {
    super(message);
  }
}

export interface ParsedSource {
  readonly root: SourceNode | undefined;
  readonly lines: LineIndex;
}
