/**
 * `// dynalint-ignore-next-line scan-usage -- nightly export` (`#` in Python, `/* … *\/` too) silences the
 * named rules (all rules when none is named) on the next line. The reason after `--` is required: a
 * comment without one silences nothing and is reported, so every exception in the code says why.
 */
import type { Node } from 'web-tree-sitter';
import type { LoadProblem, Suppression } from '../model.ts';
import { locationOf } from './syntax.ts';

const DIRECTIVE = 'dynalint-ignore-next-line';

export interface CommentSuppressions {
  readonly suppressions: Suppression[];
  readonly problems: LoadProblem[];
}

export function commentSuppressions(root: Node, text: string, file: string): CommentSuppressions {
  const suppressions: Suppression[] = [];
  const problems: LoadProblem[] = [];
  // Most files have none: the text decides before the tree is walked for comments.
  if (!text.includes(DIRECTIVE)) return { suppressions, problems };
  for (const comment of root.descendantsOfType(['comment', 'line_comment', 'block_comment'])) {
    const at = comment.text.indexOf(DIRECTIVE);
    if (at < 0) continue;
    const body = comment.text
      .slice(at + DIRECTIVE.length)
      .replace(/\*\/\s*$/, '')
      .trim();
    const separator = body.indexOf('--');
    const ruleText = separator >= 0 ? body.slice(0, separator) : body;
    const reason = separator >= 0 ? body.slice(separator + 2).trim() : '';
    const ruleIds = ruleText.split(/[\s,]+/).filter(Boolean);
    const location = locationOf(comment, file);
    if (!reason) {
      problems.push({
        ruleId: 'invalid-suppression',
        severity: 'warning',
        message: `${DIRECTIVE} needs a reason after " -- " (e.g. "${DIRECTIVE} ${ruleIds.join(', ') || 'scan-usage'} -- nightly export reads every item"); without one it silences nothing`,
        location,
      });
      continue;
    }
    const line = location.endLine + 1;
    suppressions.push({
      file,
      startLine: line,
      endLine: line,
      ruleIds: ruleIds.length ? ruleIds : ['*'],
      reason,
    });
  }
  return { suppressions, problems };
}
