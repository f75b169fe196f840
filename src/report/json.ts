/** `--format json`: the stable, versioned report other tools read (see ARCHITECTURE.md). */
import type { ReportInput } from './types.ts';
import { wellFormedJson } from './well-formed.ts';

export function formatJson({ findings, summary }: ReportInput): string {
  const report = {
    version: 1,
    findings: findings.map((f) => ({
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
    })),
    summary: {
      files: summary.files,
      tables: summary.tables,
      errors: summary.errors,
      warnings: summary.warnings,
      infos: summary.infos,
    },
  };
  return `${wellFormedJson(report, 2)}\n`;
}
