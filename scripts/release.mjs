#!/usr/bin/env node
// Cuts a release, as actions/typescript-action does: bumps the version, rebuilds dist/, commits, tags
// vX.Y.Z and moves the major tag (v1) to it. Nothing is pushed unless --push is given; the commands to
// push are printed.
//
//   node scripts/release.mjs patch|minor|major|X.Y.Z [--push]
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const [bump, ...flags] = process.argv.slice(2);
const push = flags.includes('--push');
const run = (command, args, options = {}) =>
  (
    execFileSync(command, args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      ...options,
    }) ?? ''
  ).trim();
const fail = (message) => {
  process.stderr.write(`release: ${message}\n`);
  process.exit(1);
};

if (!bump) fail('usage: node scripts/release.mjs patch|minor|major|X.Y.Z [--push]');
if (run('git', ['status', '--porcelain'])) fail('the working tree has changes: commit or stash them first');

const current = JSON.parse(readFileSync('package.json', 'utf8')).version;
const next = nextVersion(current, bump);
const tag = `v${next}`;
if (run('git', ['tag', '--list', tag])) fail(`${tag} already exists`);

// package.json and package-lock.json, without npm's own commit and tag.
run('npm', ['version', next, '--no-git-tag-version', '--allow-same-version']);
datedChangelog(next);
run('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
run('git', ['add', '--all', '--', 'package.json', 'package-lock.json', 'CHANGELOG.md', 'dist']);
run('git', ['commit', '--quiet', '-m', `Release ${tag}`]);
run('git', ['tag', '--annotate', tag, '-m', tag]);
const major = `v${next.split('.')[0]}`;
// The major tag follows the newest release: `uses: dynalint/dynalint@v1` gets it.
run('git', ['tag', '--force', '--annotate', major, '-m', `${major} → ${tag}`]);
const commands = [
  ['git', 'push', 'origin', 'HEAD', tag],
  ['git', 'push', '--force', 'origin', major],
];
if (push) for (const [command, ...args] of commands) run(command, args, { stdio: 'inherit' });
process.stdout.write(
  `Released ${tag} (${major} moved to it).\n${push ? '' : `Push with:\n${commands.map((c) => `  ${c.join(' ')}`).join('\n')}\n`}Then: npm publish\n`,
);

function nextVersion(version, how) {
  if (/^\d+\.\d+\.\d+$/.test(how)) return how;
  const [major, minor, patch] = version.split('.').map(Number);
  if (how === 'major') return `${major + 1}.0.0`;
  if (how === 'minor') return `${major}.${minor + 1}.0`;
  if (how === 'patch') return `${major}.${minor}.${patch + 1}`;
  return fail(`"${how}" is not patch, minor, major or a version X.Y.Z`);
}

/** "## [Unreleased]" becomes the release's dated heading, under a new empty Unreleased section. */
function datedChangelog(version) {
  let text;
  try {
    text = readFileSync('CHANGELOG.md', 'utf8');
  } catch {
    return;
  }
  const date = new Date().toISOString().slice(0, 10);
  writeFileSync(
    'CHANGELOG.md',
    text.replace('## [Unreleased]', `## [Unreleased]\n\n## [${version}] - ${date}`),
  );
}
