/**
 * One CloudFormation-family file's text → tables. Pure: no file system access. Never throws: a file that
 * does not parse becomes a `parse-error` problem at the parser's position, a too-costly one `file-skipped`.
 */
import path from 'node:path';
import { isJsonText } from './json-source.ts';
import { fileStart, type LoadProblem, type LoadResult, type SourceFormat } from '../model.ts';
import { loadTemplate } from './cloudformation/template.ts';
import { parseJsonSource } from './json-source.ts';
import { isServerlessService, loadServerless, type ServiceFileReader } from './serverless.ts';
import { loadTerraformPlan } from './terraform/plan.ts';
import { SourceLimitError, SourceSyntaxError, type ParsedSource } from './source-tree.ts';
import { parseYamlSource } from './yaml-source.ts';

export interface TemplateHints {
  readonly format?: SourceFormat;
  readonly stack?: string;
  /** The region the stack deploys to, when the source names it. */
  readonly region?: string;
  /** A Serverless service's `${file(…)}` references, read ahead. */
  readonly readServiceFile?: ServiceFileReader;
}

const EMPTY: LoadResult = { tables: [], suppressions: [], problems: [] };

export function loadTemplateText(text: string, file: string, hints: TemplateHints = {}): LoadResult {
  const parsed = parseSource(text, file);
  if ('problem' in parsed) return { ...EMPTY, problems: [parsed.problem] };
  const root = parsed.root;
  if (root?.kind !== 'map') return EMPTY;
  try {
    if (isServerlessService(root) || /^serverless\.(ya?ml|json)$/.test(path.basename(file))) {
      return loadServerless(root, file, hints.readServiceFile);
    }
    return loadTemplate(root, { file, ...hints });
  } catch (error) {
    return { ...EMPTY, problems: [unexpected(error, file)] };
  }
}

/** A Terraform plan rendered as JSON (`terraform show -json`); never throws, like `loadTemplateText`. */
export function loadPlanText(text: string, file: string): LoadResult {
  try {
    return loadTerraformPlan(text, file);
  } catch (error) {
    if (error instanceof SourceSyntaxError) {
      return {
        ...EMPTY,
        problems: [
          { ruleId: 'parse-error', severity: 'error', message: error.message, location: error.location },
        ],
      };
    }
    return { ...EMPTY, problems: [unexpected(error, file)] };
  }
}

export function parseSource(text: string, file: string): ParsedSource | { problem: LoadProblem } {
  try {
    return isJsonText(file, text) ? parseJsonSource(text, file) : parseYamlSource(text, file);
  } catch (error) {
    if (error instanceof SourceSyntaxError) {
      return {
        problem: {
          ruleId: 'parse-error',
          severity: 'error',
          message: error.message,
          location: error.location,
        },
      };
    }
    if (error instanceof SourceLimitError) {
      return {
        problem: {
          ruleId: 'file-skipped',
          severity: 'warning',
          message: `not read: ${error.message}`,
          location: error.location,
        },
      };
    }
    return { problem: unexpected(error, file) };
  }
}

/** A defect in dynalint itself must not hide the other files' findings; it is reported, not thrown. */
export function unexpected(error: unknown, file: string): LoadProblem {
  const message = error instanceof Error ? error.message : String(error);
  return {
    ruleId: 'load-error',
    severity: 'error',
    message: `dynalint could not read this file (${message}); please report it`,
    location: fileStart(file),
  };
}
