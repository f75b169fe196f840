/** `--format json`: the stable, versioned report other tools read (see ARCHITECTURE.md). */
import type { Finding } from '../model.ts';
import type { ReportInput } from './types.ts';
import { wellFormedJsonChunks } from './well-formed.ts';

/**
 * The report as chunks whose concatenation is the report pretty-printed whole, to write one by one: at
 * 175,000 findings the whole report is a 100 MB string, and its copy for writing another.
 */
export function jsonReport({ findings, summary }: ReportInput): Generator<string> {
  return wellFormedJsonChunks(
    (items) => ({
      version: 1,
      findings: items,
      summary: {
        files: summary.files,
        tables: summary.tables,
        errors: summary.errors,
        warnings: summary.warnings,
        infos: summary.infos,
      },
    }),
    findings,
    jsonFinding,
    1,
  );
}

function jsonFinding(f: Finding): object {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    location: {
      file: f.location.file,
      line: f.location.line,
      column: f.location.column,
      endLine: f.location.endLine,
      endColumn: f.location.endColumn,
    },
    ...(f.related?.length
      ? {
          related: f.related.map((r) => ({
            file: r.file,
            line: r.line,
            column: r.column,
            endLine: r.endLine,
            endColumn: r.endColumn,
          })),
        }
      : {}),
    ...(f.table !== undefined ? { table: f.table } : {}),
    fingerprint: f.fingerprint,
    ...(f.baselineState ? { baselineState: f.baselineState } : {}),
  };
}
