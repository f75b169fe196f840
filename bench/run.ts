/** `npm run bench`: every benchmark, one after the other. Each also runs on its own. */
import { spawnSync } from 'node:child_process';
import { benchAction } from './action/run.ts';
import { benchCode } from './code/run.ts';
import { benchIac } from './iac/run.ts';

await benchIac();
await benchCode();
await benchAction();
// The drift bench runs its servers at module load, so it runs as its own process.
spawnSync(process.execPath, ['--import', 'tsx', 'bench/drift/run.ts'], { stdio: 'inherit' });
