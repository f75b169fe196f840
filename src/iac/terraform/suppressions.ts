/**
 * `# dynalint-ignore <rule-id> -- reviewed: one index per report` (or `//`) on the line above a block or an
 * attribute silences the named rules (all rules when none is named) over that whole block or attribute.
 * The reason after `--` is required: a comment without one silences nothing and is reported.
 */
import type { LoadProblem, Location, Suppression } from '../../model.ts';
import { readDirective, suppressionOf } from '../../shared/suppressions.ts';
import type { Body, ConfigFile } from './tree.ts';

const DIRECTIVE = /(?:#|\/\/|\/\*)\s*dynalint-ignore(?:-next-line)?(?=\s|$|\*\/)(.*)$/s;

export interface FileSuppressions {
  readonly suppressions: Suppression[];
  readonly problems: LoadProblem[];
}

export function hclSuppressions(config: ConfigFile): FileSuppressions {
  const suppressions: Suppression[] = [];
  const problems: LoadProblem[] = [];
  const directives = config.comments.filter((c) => c.text.includes('dynalint-ignore'));
  if (directives.length === 0) return { suppressions, problems };
  const spans = spansByStartLine(config.body);
  const commentLines = new Set(config.comments.map((c) => c.location.line));
  for (const comment of directives) {
    const match = DIRECTIVE.exec(comment.text);
    if (!match) continue;
    // Other comments (a second directive, documentation) may sit between the directive and its target.
    let line = comment.location.endLine + 1;
    while (commentLines.has(line)) line += 1;
    const read = suppressionOf(
      readDirective(match[1] ?? ''),
      { file: config.file, startLine: line, endLine: spans.get(line) ?? line, directive: comment.location },
      '"# dynalint-ignore <rule-id> -- why this block is fine"',
    );
    if ('problem' in read) problems.push(read.problem);
    else suppressions.push(read.suppression);
  }
  return { suppressions, problems };
}

/** The last line of the outermost block or attribute that starts on each line. */
function spansByStartLine(body: Body): Map<number, number> {
  const spans = new Map<number, number>();
  const visit = (b: Body): void => {
    for (const item of [...b.attributes, ...b.blocks]) {
      const location: Location = item.location;
      const end = spans.get(location.line);
      if (end === undefined || location.endLine > end) spans.set(location.line, location.endLine);
    }
    for (const block of b.blocks) visit(block.body);
  };
  visit(body);
  return spans;
}
