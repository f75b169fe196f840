/**
 * The shape the design promises: folders import downward only (no cycles between folders), and no rule id
 * is named outside `rules/` and the configuration, so adding or renaming a rule touches nothing else.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.ts';
import { ROOT, folderCycles, folderGraph, importsOf, sourceFiles } from './imports.ts';

const SOURCES = [...sourceFiles('src'), ...sourceFiles('rules')];

describe('architecture', () => {
  it('has no import cycle between folders', () => {
    expect(folderCycles(folderGraph(SOURCES))).toEqual([]);
  });

  it('finds a cycle when there is one (the check itself works)', () => {
    const graph = new Map([
      ['src/a', new Set(['src/b'])],
      ['src/b', new Set(['src/c'])],
      ['src/c', new Set(['src/a'])],
      ['src/d', new Set(['src/a'])],
    ]);
    expect(folderCycles(graph)).toEqual([['src/a', 'src/b', 'src/c']]);
  });

  it('keeps the fact folders below the pipeline: loaders and the code scan never import discovery, the run or a front door', () => {
    const high = ['src/discover', 'src/run.ts', 'src/lint.ts', 'src/cli', 'src/action', 'src/report'];
    for (const folder of ['src/iac', 'src/code', 'src/live', 'src/diff', 'src/shared', 'src/parsers']) {
      const offending = sourceFiles(folder).flatMap((file) =>
        importsOf(file)
          .filter((target) => high.some((h) => target === h || target.startsWith(`${h}/`)))
          .filter((target) => !(folder === 'src/diff' && target.startsWith('src/discover/')))
          .map((target) => `${file} → ${target}`),
      );
      expect(offending, folder).toEqual([]);
    }
  });

  it('names no rule id outside rules/ and the configuration', () => {
    const ids = new Set(rules.map((rule) => rule.id));
    const named = sourceFiles('src')
      .filter((file) => !file.startsWith('src/config/'))
      .flatMap((file) => {
        const text = readFileSync(path.join(ROOT, file), 'utf8');
        return [...text.matchAll(/['"`]([a-z][a-z0-9]*(?:-[a-z0-9]+)+)['"`]/g)]
          .map((match) => match[1] ?? '')
          .filter((literal) => ids.has(literal))
          .map((literal) => `${file}: ${literal}`);
      });
    expect(named).toEqual([]);
  });
});
