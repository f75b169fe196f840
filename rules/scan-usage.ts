import { declaredTableOf, targetLabel } from '../src/code/attribute.ts';
import { allowOption, globMatcher } from '../src/code/file-globs.ts';
import { codeFindingProperty } from '../src/code/finding-property.ts';
import type { CodeUse, Severity } from '../src/model.ts';
import { defineRule } from '../src/rule.ts';

interface Options {
  readonly allow: string[];
  readonly 'severity-by-path': Record<string, Severity>;
}

export default defineRule<'code', Options>({
  id: 'scan-usage',
  kind: 'code',
  description: 'Application code scans a table: every item is read and billed on every call.',
  severity: 'warning',
  options: {
    type: 'object',
    properties: {
      allow: allowOption('`scripts/**`, `migrations/**`'),
      'severity-by-path': {
        type: 'object',
        additionalProperties: { enum: ['error', 'warning', 'info'] },
        default: {},
        description: 'Glob → severity for scans in matching files (the first matching glob wins).',
      },
    },
    additionalProperties: false,
  },
  check({ uses, tables, options, report }) {
    const allowed = globMatcher(options.allow);
    const severities = Object.entries(options['severity-by-path']).map(
      ([glob, severity]) => [globMatcher([glob]), severity] as const,
    );
    const ranks = new Map<string, number>();
    for (const use of uses) {
      if (use.operation !== 'Scan' && use.operation !== 'ParallelScan') continue;
      const file = use.location.file;
      if (allowed(file)) continue;
      const table = declaredTableOf(use, tables);
      const scope = use.scope ?? '<module>';
      const key = `${file}\u0000${scope}\u0000${use.operation}`;
      const rank = (ranks.get(key) ?? 0) + 1;
      ranks.set(key, rank);
      const severity = severities.find(([matches]) => matches(file))?.[1];
      report({
        ...(table ? { table } : {}),
        // Where the call is, not its line: the finding keeps its identity when code above it moves.
        property: codeFindingProperty(file, scope, use.operation, ordinal(rank)),
        location: use.location,
        ...(severity ? { severityFromOptions: severity } : {}),
        message: message(use, targetLabel(use, table)),
      });
    }
  },
});

function message(use: CodeUse, target: string): string {
  const where = use.scope && use.scope !== '<module>' ? ` in ${use.scope}` : '';
  const segments = use.details?.totalSegments;
  const parts =
    use.operation === 'ParallelScan'
      ? [
          `A parallel Scan (Segment/TotalSegments${typeof segments === 'number' ? `, ${segments} segments` : ''})${where} reads every item of ${target} at once (${use.library}): it can use up the table's read capacity and throttle other traffic.`,
        ]
      : [
          `A Scan${where} reads every item of ${target} on every call and bills for all of it (${use.library}).`,
        ];
  if (use.details?.paginated === false) {
    parts.push(
      'It also reads only the first page (1 MB at most): without a LastEvaluatedKey/ExclusiveStartKey loop, items past it are silently missed.',
    );
  }
  parts.push('Serve this access pattern with a key: Query the table or a GSI.');
  return parts.join(' ');
}

/** 1 → a, 26 → z, 27 → aa: ranks in letters, because fingerprints of table-less findings ignore digits. */
function ordinal(rank: number): string {
  let text = '';
  for (let n = rank; n > 0; n = Math.floor((n - 1) / 26))
    text = String.fromCharCode(97 + ((n - 1) % 26)) + text;
  return text;
}
