import { defineConfig } from 'vitest/config';

/**
 * Test files that run the bundle (`dist/`) as users and GitHub do: only these need a build first. Everything
 * else is the unit project, which starts at once (`npx vitest --project unit`).
 */
const E2E = [
  'test/e2e/**/*.test.ts',
  'test/action/action.test.ts',
  'test/action/pull-request.test.ts',
  'test/cli/cli.test.ts',
  'test/cli/drift.test.ts',
  'test/cli/package.test.ts',
  'test/cli/terraform.test.ts',
  'test/examples/examples.test.ts',
  'test/diff/change-rules.test.ts',
];

/**
 * Unit tests that take seconds each by design (a fuzz run, the SARIF Multitool, a DynamoDB Local server,
 * hostile inputs at scale): their own project, so `--project unit` stays the quick inner loop.
 */
const SLOW = [
  'test/fuzz/**/*.test.ts',
  'test/report/sarif.test.ts',
  'test/report/sarif-drift-change.test.ts',
  'test/live/drift-suite.test.ts',
  'test/iac/hostile-input.test.ts',
  'test/code/scale.test.ts',
  'test/iac/cdk-synth.test.ts',
  'test/action/github-publishing.test.ts',
];

/**
 * Test files that replace modules (`vi.mock`): they need a fresh module graph, so they run isolated. Every
 * other unit test file shares its worker's modules (`isolate: false`): importing the loaders, grammars and
 * rules once per worker instead of once per file is most of the unit project's time.
 */
const MOCKING = ['test/discover/walk-errors.test.ts', 'test/lint/rule-failure.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // More workers than cores: the slow and e2e tests mostly wait on child processes and local servers, so
    // a third worker on two cores cuts the whole suite from 147 s to 66–79 s (vitest's default is cores - 1).
    maxWorkers: '150%',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [...E2E, ...SLOW, ...MOCKING],
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: 'mocking', include: MOCKING },
      },
      {
        extends: true,
        test: { name: 'slow', include: SLOW },
      },
      {
        extends: true,
        test: { name: 'e2e', include: E2E, globalSetup: ['test/global-setup.ts'] },
      },
    ],
  },
});
