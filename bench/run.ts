/**
 * `npm run bench`: every benchmark, one after the other. Each also runs on its own. `npm run bench -- --full`
 * adds the large points of the scaling curves (10,000 templates, 50,000 code files).
 */
import { spawnSync } from 'node:child_process';
import { benchAction } from './action/run.ts';
import { benchCode } from './code/run.ts';
import { benchIac } from './iac/run.ts';
import { benchScaling } from './scaling.ts';

await benchIac();
await benchCode();
await benchAction();
await benchScaling({ full: process.argv.includes('--full') });
// The drift bench runs its servers at module load, so it runs as its own process.
spawnSync(process.execPath, ['--import', 'tsx', 'bench/drift/run.ts'], { stdio: 'inherit' });
