/**
 * Workflow-command annotations (`::error file=…,line=…::message`). GitHub shows at most about ten
 * errors and ten warnings per step this way, so callers also publish the job summary.
 */
import * as core from '@actions/core';
import type { Finding } from '../../model.ts';

/** GitHub shows this many workflow-command annotations of each type (error, warning, notice) per step. */
export const COMMAND_ANNOTATIONS_SHOWN = 10;

/** Findings GitHub will not show as annotations: past the first ten of their type. */
export function overflowingAnnotations(findings: readonly Finding[]): number {
  let hidden = 0;
  for (const severity of ['error', 'warning', 'info'] as const) {
    hidden += Math.max(0, findings.filter((f) => f.severity === severity).length - COMMAND_ANNOTATIONS_SHOWN);
  }
  return hidden;
}

export function publishCommandAnnotations(findings: readonly Finding[]): void {
  for (const finding of findings) {
    const properties: core.AnnotationProperties = {
      title: `dynalint ${finding.ruleId}`,
      file: finding.location.file,
      startLine: finding.location.line,
      endLine: finding.location.endLine,
      // GitHub rejects column ranges that span lines.
      ...(finding.location.line === finding.location.endLine
        ? { startColumn: finding.location.column, endColumn: finding.location.endColumn }
        : {}),
    };
    const publish =
      finding.severity === 'error' ? core.error : finding.severity === 'warning' ? core.warning : core.notice;
    publish(finding.message, properties);
  }
}
