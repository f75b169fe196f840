/** `npm run bench`: every benchmark, one after the other. Each also runs on its own. */
import { benchCode } from './code/run.ts';
import { benchIac } from './iac/run.ts';

await benchIac();
await benchCode();
