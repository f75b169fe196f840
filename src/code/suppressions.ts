/**
 * `// dynalint-ignore-next-line <rule-id> -- nightly export` (`#` in Python, `/* … *\/` too) silences the
 * named rules (all rules when none is named) on the next line. The reason after `--` is required: a
 * comment without one silences nothing and is reported, so every exception in the code says why.
 */
import type { Node } from 'web-tree-sitter';
import type { LoadProblem, Suppression } from '../model.ts';
import { readDirective, suppressionOf } from '../shared/suppressions.ts';
import { locationOf } from './syntax.ts';

const DIRECTIVE = 'dynalint-ignore-next-line';

export interface CommentSuppressions {
  readonly suppressions: Suppression[];
  readonly problems: LoadProblem[];
}

export function commentSuppressions(
  root: Node,
  text: string,
  file: string,
  commentTypes: readonly string[],
): CommentSuppressions {
  const suppressions: Suppression[] = [];
  const problems: LoadProblem[] = [];
  // Most files have none: the text decides before the tree is walked for comments.
  if (!text.includes(DIRECTIVE)) return { suppressions, problems };
  for (const comment of root.descendantsOfType([...commentTypes])) {
    const at = comment.text.indexOf(DIRECTIVE);
    if (at < 0) continue;
    const directive = locationOf(comment, file);
    const line = directive.endLine + 1;
    const read = suppressionOf(
      readDirective(comment.text.slice(at + DIRECTIVE.length)),
      { file, startLine: line, endLine: line, directive },
      `"${DIRECTIVE} <rule-id> -- why this call is fine"`,
    );
    if ('problem' in read) problems.push(read.problem);
    else suppressions.push(read.suppression);
  }
  return { suppressions, problems };
}
