/**
 * Every shape of DynamoDB scan the code scan knows, and the traps it must not fall into, as real source
 * files under test/fixtures/code/ linted through the CLI. A line that must be reported ends with a
 * comment `EXPECT <rule> | <text the message holds> | !<text it must not hold>`; every other line must
 * stay silent, so each fixture checks both what is found and what is not.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { codeFileKind } from '../../src/code/languages.ts';
import { jsonReport, type JsonReport } from '../helpers/cli.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/code/', import.meta.url));

interface Expectation {
  readonly line: number;
  readonly ruleId: string;
  readonly present: string[];
  readonly absent: string[];
}

function expectationsIn(text: string): Expectation[] {
  return text.split('\n').flatMap((line, i) => {
    const at = line.indexOf('EXPECT ');
    if (at < 0) return [];
    const [ruleId = '', ...fragments] = line
      .slice(at + 'EXPECT '.length)
      .split('|')
      .map((part) => part.trim());
    return [
      {
        line: i + 1,
        ruleId,
        present: fragments.filter((f) => f && !f.startsWith('!')),
        absent: fragments.filter((f) => f.startsWith('!')).map((f) => f.slice(1)),
      },
    ];
  });
}

async function codeFiles(directory: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  const files = await Promise.all(
    entries.map(async (entry) => {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return codeFiles(path.join(directory, entry.name), relative);
      return codeFileKind(entry.name) ? [relative] : [];
    }),
  );
  return files.flat().sort();
}

let report: JsonReport;
const fixtureFiles = await codeFiles(FIXTURES);

beforeAll(async () => {
  // The fixtures are about which calls are found; a filtered Scan's second finding (filter-expression)
  // is tested with the access-pattern rules (test/rules/access-patterns.test.ts).
  report = await jsonReport(FIXTURES, ['.', '--rule', 'filter-expression=off']);
});

describe('code scan fixtures (through the CLI)', () => {
  it('covers every language', () => {
    const languages = new Set(fixtureFiles.map((f) => codeFileKind(f)?.language));
    expect([...languages].sort()).toEqual(['csharp', 'go', 'java', 'javascript', 'python', 'typescript']);
  });

  for (const file of fixtureFiles) {
    it(file, async () => {
      const expected = expectationsIn(await readFile(path.join(FIXTURES, file), 'utf8'));
      const found = report.findings.filter((f) => f.location.file === file);
      const key = (line: number, ruleId: string): string => `${line} ${ruleId}`;
      expect(
        found.map((f) => key(f.location.line, f.ruleId)),
        found.map((f) => `${f.location.line}: ${f.message}`).join('\n'),
      ).toEqual(expected.map((e) => key(e.line, e.ruleId)));
      for (const expectation of expected) {
        const finding = found.find(
          (f) => f.location.line === expectation.line && f.ruleId === expectation.ruleId,
        );
        for (const text of expectation.present) expect(finding?.message).toContain(text);
        for (const text of expectation.absent) expect(finding?.message).not.toContain(text);
      }
    });
  }
});
