/**
 * One code file's text → the DynamoDB scans it issues, its suppression comments and problems. Pure apart
 * from the parser cache; runs the same in the main thread and in pool workers.
 */
import type { Node, Parser } from 'web-tree-sitter';
import {
  fileStart,
  known,
  unknown,
  type AccessFacts,
  type CodeUse,
  type KeyConditionTerm,
  type LoadProblem,
  type Prop,
  type Suppression,
} from '../model.ts';
import {
  MAX_PARSED_BRACKET_DEPTH,
  MAX_PARSE_MS,
  bracketsNestedBeyond,
  createParser,
  parseWithin,
  type GrammarName,
} from '../parsers/tree-sitter.ts';
import { languageById } from './languages.ts';
import { parseSelect, writtenTable } from './partiql.ts';
import { commentSuppressions } from './suppressions.ts';
import {
  AnalysisLimitError,
  detect,
  locationOf,
  MAX_SYNTAX_DEPTH,
  nestedTooDeeply,
  parentOf,
  scopeName,
  tableFields,
  type DetectedValue,
  type Detection,
  type LanguageDetector,
} from './syntax.ts';

export interface CodeFileInput {
  /** As findings show it: relative to cwd, `/`-separated. */
  readonly display: string;
  readonly text: string;
  /** A `CodeLanguage.id` from the registry. */
  readonly language: string;
  readonly grammar: GrammarName;
}

export interface FileAnalysis {
  readonly uses: CodeUse[];
  readonly suppressions: Suppression[];
  readonly problems: LoadProblem[];
  /** Why something was not reported (syntax errors, a parser failure): debug output, not findings. */
  readonly notes: string[];
}

const parsers = new Map<GrammarName, Promise<Parser>>();

function parserFor(grammar: GrammarName): Promise<Parser> {
  let parser = parsers.get(grammar);
  if (!parser) {
    parser = createParser(grammar);
    parsers.set(grammar, parser);
  }
  return parser;
}

export async function analyzeFile(input: CodeFileInput): Promise<FileAnalysis> {
  const notes: string[] = [];
  const empty = { uses: [], suppressions: [], problems: [], notes };
  let parser: Parser;
  try {
    parser = await parserFor(input.grammar);
  } catch (error) {
    notes.push(`${input.display}: the ${input.grammar} grammar did not load (${String(error)})`);
    return empty;
  }
  const language = languageById(input.language);
  if (!language) {
    notes.push(`${input.display}: no code-scan language "${input.language}"`);
    return empty;
  }
  // Brackets nested thousands deep are skipped before parsing: tree-sitter's error recovery on millions of
  // unclosed brackets can exhaust its WebAssembly memory, and an aborted runtime parses nothing after.
  if (bracketsNestedBeyond(input.text, MAX_PARSED_BRACKET_DEPTH)) {
    return {
      ...empty,
      problems: [skipped(input.display, `code nested more than ${MAX_SYNTAX_DEPTH} levels deep`)],
    };
  }
  // Parse and query share one budget: each alone within it could still add up to twice as long per file.
  const deadline = performance.now() + MAX_PARSE_MS;
  const tree = parseWithin(parser, input.text);
  if (!tree) {
    return {
      ...empty,
      problems: [skipped(input.display, `parsing took longer than ${MAX_PARSE_MS / 1000} s`)],
    };
  }
  try {
    const root = tree.rootNode;
    if (nestedTooDeeply(root, deadline)) {
      return {
        ...empty,
        problems: [skipped(input.display, `code nested more than ${MAX_SYNTAX_DEPTH} levels deep`)],
      };
    }
    const detector = language.detector;
    const detections = detect(root, detector, deadline);
    const sound = detections.filter((d) => !withinSyntaxError(d.node));
    if (root.hasError) {
      notes.push(
        `${input.display}: syntax errors${firstErrorLine(root)}; calls inside them are not reported`,
      );
    }
    const uses = sound.flatMap((d) => toUse(d, input, detector));
    const { suppressions, problems } = commentSuppressions(
      root,
      input.text,
      input.display,
      language.commentTypes,
    );
    return { uses, suppressions, problems, notes };
  } catch (error) {
    if (error instanceof AnalysisLimitError)
      return { ...empty, problems: [skipped(input.display, error.message)] };
    notes.push(`${input.display}: not analysed (${error instanceof Error ? error.message : String(error)})`);
    return empty;
  } finally {
    tree.delete();
  }
}

function toUse(detection: Detection, input: CodeFileInput, detector: LanguageDetector): CodeUse[] {
  const details: Record<string, string | number | boolean> = {};
  if (detection.paginated !== undefined) details.paginated = detection.paginated;
  if (detection.totalSegments !== undefined) details.totalSegments = detection.totalSegments;
  if (detection.entity !== undefined) details.entity = detection.entity;
  if (detection.entityRequired) details.entityRequired = true;
  let table = detection.table;
  let statementIndex: Prop<string> | undefined;
  if (detection.statement !== undefined) {
    details.statement = detection.statement;
    // Only a SELECT can scan; INSERT, UPDATE and DELETE address one item by its key (operations all the same).
    const select = parseSelect(detection.statement);
    const name = select ? select.table : writtenTable(detection.statement);
    table =
      name === undefined
        ? { kind: 'unknown', reason: 'interpolated into the statement', node: detection.node }
        : { kind: 'literal', value: name, node: detection.node };
    if (select?.index !== undefined)
      statementIndex = known(select.index, locationOf(detection.node, input.display));
  }
  return [
    {
      operation: detection.operation,
      language: input.language,
      library: detection.library,
      location: locationOf(detection.node, input.display),
      scope: scopeName(detection.node, detector.scopes),
      ...tableFields(table, input.display),
      ...accessFacts(detection, input.display),
      ...(statementIndex ? { index: statementIndex } : {}),
      ...(Object.keys(details).length ? { details } : {}),
    },
  ];
}

/** A detected value as a `Prop`: known at its node, or unknown with the detector's reason. */
function propOf<T>(value: DetectedValue<T>, file: string): Prop<T> {
  const location = locationOf(value.node, file);
  return value.value !== undefined
    ? known(value.value, location)
    : unknown(value.reason ?? 'computed at run time', location);
}

function accessFacts(detection: Detection, file: string): AccessFacts {
  const { index, keyCondition, filter, select, consistentRead, unprocessedHandled, writtenAttributes } =
    detection;
  const terms: DetectedValue<readonly KeyConditionTerm[]> | undefined = keyCondition && {
    node: keyCondition.node,
    ...(keyCondition.reason !== undefined && { reason: keyCondition.reason }),
    ...(keyCondition.value && {
      value: keyCondition.value.map(({ attribute, operator, node }) => ({
        attribute,
        operator,
        location: locationOf(node ?? keyCondition.node, file),
      })),
    }),
  };
  return {
    ...(index && { index: propOf(index, file) }),
    ...(terms && { keyCondition: propOf(terms, file) }),
    ...(filter && { filter: propOf(filter, file) }),
    ...(select !== undefined && { select }),
    ...(consistentRead && { consistentRead: propOf(consistentRead, file) }),
    ...(unprocessedHandled !== undefined && { unprocessedHandled }),
    ...(writtenAttributes && { writtenAttributes }),
  };
}

function skipped(file: string, why: string): LoadProblem {
  return {
    ruleId: 'file-skipped',
    severity: 'warning',
    message: `not analysed: ${why}`,
    location: fileStart(file),
  };
}

function withinSyntaxError(node: Node): boolean {
  if (node.hasError) return true;
  for (let at = parentOf(node); at; at = parentOf(at)) if (at.isError) return true;
  return false;
}

function firstErrorLine(root: Node): string {
  const error = root.descendantsOfType('ERROR')[0];
  return error ? ` (first at line ${error.startPosition.row + 1})` : '';
}
