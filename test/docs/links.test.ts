/**
 * The documentation stays navigable: every relative link in the README, the topic pages under docs/, the
 * rule pages and the contributor guide resolves to a file (and, when it names one, to an anchor of that
 * file), every topic page is reachable from the README, and the README stays short.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const README_MAX_BYTES = 15 * 1024;

interface Link {
  readonly target: string;
  readonly anchor?: string;
  readonly line: number;
}

/** Fenced code blocks hold examples, not links: blank them out, keeping line numbers. */
function withoutCodeBlocks(markdown: string): string {
  let fence: string | undefined;
  return markdown
    .split('\n')
    .map((line) => {
      const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
      if (fence === undefined && marker) fence = marker;
      else if (fence !== undefined && marker?.startsWith(fence)) fence = undefined;
      else if (fence === undefined) return line;
      return '';
    })
    .join('\n');
}

/** `[text](path#anchor)` links that stay inside the repository (no scheme, not site-absolute). */
function relativeLinks(markdown: string): Link[] {
  const links: Link[] = [];
  const lines = withoutCodeBlocks(markdown).split('\n');
  for (const [index, text] of lines.entries()) {
    for (const match of text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
      const href = match[1] as string;
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('/')) continue;
      const [target = '', anchor] = href.split('#');
      links.push({ target, ...(anchor ? { anchor } : {}), line: index + 1 });
    }
  }
  return links;
}

/** GitHub's heading ids: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const [, heading] of withoutCodeBlocks(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const slug = (heading as string)
      .replace(/<[^>]+>/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  for (const [, id] of markdown.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(id as string);
  return anchors;
}

async function markdownFiles(folder: string): Promise<string[]> {
  const names = await readdir(path.join(root, folder));
  return names.filter((name) => name.endsWith('.md')).map((name) => path.join(folder, name));
}

async function documentationFiles(): Promise<string[]> {
  return [
    'README.md',
    'CONTRIBUTING.md',
    'CHANGELOG.md',
    ...(await markdownFiles('docs')),
    ...(await markdownFiles('rules')),
  ];
}

async function exists(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined)) !== undefined;
}

describe('documentation links', () => {
  it('finds relative links and anchors the way GitHub renders them', () => {
    const markdown = [
      '# Drift: compare the code',
      '## Nightly drift audit (OIDC, no stored keys)',
      '## `--base` flags',
      '## Options',
      '## Options',
      'See [the rule](../rules/gsi-count.md), [a part](drift.md#options) and [here](#options-1).',
      '[web](https://example.com/x.md) [mail](mailto:a@b.c)',
      '```md',
      '[not a link](missing.md)',
      '## not a heading',
      '```',
      '   ```yaml',
      '   x: [y](z.md)',
      '   ```',
      '<a id="parse-error"></a>',
      '[after the blocks](../README.md#parse-error)',
    ].join('\n');
    expect(relativeLinks(markdown)).toEqual([
      { target: '../rules/gsi-count.md', line: 6 },
      { target: 'drift.md', anchor: 'options', line: 6 },
      { target: '', anchor: 'options-1', line: 6 },
      { target: '../README.md', anchor: 'parse-error', line: 16 },
    ]);
    expect([...anchorsOf(markdown)].sort()).toEqual(
      [
        '--base-flags',
        'drift-compare-the-code',
        'nightly-drift-audit-oidc-no-stored-keys',
        'options',
        'options-1',
        'parse-error',
      ].sort(),
    );
  });

  it('every relative link resolves to a file and, when it names one, an anchor', async () => {
    const broken: string[] = [];
    for (const file of await documentationFiles()) {
      const markdown = await readFile(path.join(root, file), 'utf8');
      for (const link of relativeLinks(markdown)) {
        const target = link.target
          ? path.resolve(root, path.dirname(file), link.target)
          : path.join(root, file);
        const where = `${file}:${link.line} → ${link.target}${link.anchor ? `#${link.anchor}` : ''}`;
        if (!(await exists(target))) {
          broken.push(`${where} (no such file)`);
        } else if (link.anchor && target.endsWith('.md')) {
          if (!anchorsOf(await readFile(target, 'utf8')).has(link.anchor))
            broken.push(`${where} (no such anchor)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('the README links to every topic page under docs/', async () => {
    const readme = await readFile(path.join(root, 'README.md'), 'utf8');
    const linked = new Set(relativeLinks(readme).map((link) => path.normalize(link.target)));
    const pages = await markdownFiles('docs');
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.filter((page) => !linked.has(page))).toEqual([]);
  });

  it(`the README stays under ${README_MAX_BYTES / 1024} KB: topics belong in docs/`, async () => {
    const readme = await readFile(path.join(root, 'README.md'));
    expect(readme.byteLength).toBeLessThanOrEqual(README_MAX_BYTES);
  });
});
