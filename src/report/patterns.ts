/** `dynalint patterns`: the access-pattern map as text for a terminal, Markdown, or JSON. */
import type {
  AccessPatterns,
  CallSite,
  IndexPattern,
  PatternKeys,
  TablePattern,
  WriteAmplification,
} from '../code/patterns.ts';

export const PATTERN_FORMATS = ['stylish', 'markdown', 'json'] as const;
export type PatternFormat = (typeof PATTERN_FORMATS)[number];

export function formatPatterns(format: PatternFormat, patterns: AccessPatterns): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify({ accessPatterns: patterns }, null, 2)}\n`;
    case 'markdown':
      return markdown(patterns);
    case 'stylish':
      return stylish(patterns);
  }
}

function keysText(keys: PatternKeys | null): string {
  if (!keys) return 'keys unknown';
  return [keys.partition, keys.sort].filter((key) => key !== undefined).join(', ');
}

function site(call: CallSite): string {
  return `${call.operation} ${call.file}:${call.line}`;
}

function sites(calls: readonly CallSite[]): string {
  return calls.length ? calls.map(site).join('; ') : 'no reader';
}

function operationsText(operations: Readonly<Record<string, number>>): string {
  const entries = Object.entries(operations);
  return entries.length ? entries.map(([operation, count]) => `${operation} ${count}`).join(', ') : 'none';
}

function amplificationText(write: WriteAmplification | null): string {
  if (!write) return 'no writes in the linted code';
  const basis =
    write.basis === 'attributes'
      ? 'from the attributes each write sets'
      : write.basis === 'mixed'
        ? 'some writes counted against every GSI'
        : 'every write counted against every GSI';
  return `${write.writes} write call(s) × ${write.factor} = ${write.writes + write.indexWrites} table and index writes (${basis})`;
}

function indexLabel(index: IndexPattern): string {
  const kind = index.kind === 'global' ? 'GSI' : 'LSI';
  return `${index.name} (${kind}: ${keysText(index.keys)}${index.projection ? `; ${index.projection}` : ''})`;
}

function unreadText(table: TablePattern): string {
  if (table.unreadIndexes === null)
    return Object.keys(table.operations).length
      ? 'cannot tell (an index name is computed at run time, or the indexes are not all known)'
      : 'cannot tell (no linted code uses the table)';
  return table.unreadIndexes.length ? table.unreadIndexes.join(', ') : 'none';
}

function stylish(patterns: AccessPatterns): string {
  const lines: string[] = [];
  for (const table of patterns.tables) {
    lines.push(`${table.label}  ${table.file}:${table.line}  (${keysText(table.keys)})`);
    lines.push(`  operations: ${operationsText(table.operations)}`);
    lines.push(`  table: ${sites(table.tableReaders)}`);
    for (const index of table.indexes) lines.push(`  ${indexLabel(index)}: ${sites(index.readers)}`);
    for (const call of table.undeclaredIndexReaders)
      lines.push(`  ${call.index} (not declared): ${site(call)}`);
    if (table.computedIndexReaders.length)
      lines.push(`  an index computed at run time: ${sites(table.computedIndexReaders)}`);
    if (table.scans.length) lines.push(`  scans: ${table.scans.map(site).join('; ')}`);
    lines.push(`  indexes with no reader: ${unreadText(table)}`);
    lines.push(`  write amplification: ${amplificationText(table.writeAmplification)}`);
    lines.push('');
  }
  const unattributed = Object.keys(patterns.unattributed).length;
  lines.push(
    unattributed
      ? `calls tied to no declared table: ${operationsText(patterns.unattributed)}`
      : patterns.tables.length
        ? 'every call is tied to a declared table'
        : 'no DynamoDB tables declared',
  );
  return `${lines.join('\n')}\n`;
}

/** `|` would end a cell early. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function markdown(patterns: AccessPatterns): string {
  const parts: string[] = ['# DynamoDB access patterns', ''];
  for (const table of patterns.tables) {
    parts.push(`## ${table.label}`, '');
    parts.push(`Declared at \`${table.file}:${table.line}\`; keys: ${keysText(table.keys)}.`, '');
    parts.push(`- Operations: ${operationsText(table.operations)}`);
    if (table.scans.length) parts.push(`- Scans: ${table.scans.map((s) => `\`${site(s)}\``).join(', ')}`);
    parts.push(`- Indexes with no reader: ${unreadText(table)}`);
    parts.push(`- Write amplification: ${amplificationText(table.writeAmplification)}`, '');
    parts.push('| reads | keys | code |', '| --- | --- | --- |');
    parts.push(`| table | ${cell(keysText(table.keys))} | ${cell(sites(table.tableReaders))} |`);
    for (const index of table.indexes)
      parts.push(
        `| ${cell(`${index.name} (${index.kind === 'global' ? 'GSI' : 'LSI'})`)} | ${cell(keysText(index.keys))} | ${cell(sites(index.readers))} |`,
      );
    for (const call of table.undeclaredIndexReaders)
      parts.push(`| ${cell(`${call.index} (not declared)`)} | | ${cell(site(call))} |`);
    if (table.computedIndexReaders.length)
      parts.push(`| (computed at run time) | | ${cell(sites(table.computedIndexReaders))} |`);
    parts.push('');
  }
  if (Object.keys(patterns.unattributed).length)
    parts.push(`Calls tied to no declared table: ${operationsText(patterns.unattributed)}.`, '');
  return `${parts.join('\n')}`;
}
