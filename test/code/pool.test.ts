/** The worker pool (from the TypeScript sources, through tsx) finds exactly what the main thread finds. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scanCode } from '../../src/code/scan.ts';
import { candidateKind } from '../../src/discover/detect.ts';
import { walk } from '../../src/discover/walk.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/code/', import.meta.url));

describe('code scan worker pool', () => {
  it('gives the same uses, suppressions and problems on two workers as on the main thread', async () => {
    const walked = await walk(['.'], { cwd: FIXTURES, classify: candidateKind });
    const files = walked.files.filter((f) => f.kind === 'code');
    const inProcess = await scanCode(files, { workers: 0 });
    const pooled = await scanCode(files, { workers: 2 });
    expect(inProcess.uses.length).toBeGreaterThan(40);
    expect(inProcess.parsedOnWorkers).toBe(0);
    expect(pooled.parsedOnWorkers).toBe(pooled.parsed);
    expect({ ...pooled, parsedOnWorkers: 0 }).toEqual(inProcess);
  });
});
