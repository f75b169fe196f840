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

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: E2E },
      },
      {
        extends: true,
        test: { name: 'e2e', include: E2E, globalSetup: ['test/global-setup.ts'] },
      },
    ],
  },
});
