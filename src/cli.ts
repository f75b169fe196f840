#!/usr/bin/env node
/**
 * Entry point of `npx dynalint`. Only what every run needs is imported up front: `--version` answers
 * before the linter's modules load. (Node's module compile cache is left to the user, through
 * NODE_COMPILE_CACHE: the CLI writes nothing outside the paths it is given.)
 */
import { VERSION } from './meta.ts';

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  process.stdout.write(`${VERSION}\n`);
} else {
  const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
  import('./cli/program.ts')
    .then(({ main }) =>
      main(argv, {
        cwd: process.cwd(),
        stdout: (text) => process.stdout.write(text),
        stderr: (text) => process.stderr.write(text),
        color: process.env.FORCE_COLOR ? process.env.FORCE_COLOR !== '0' : color,
        progress: Boolean(process.stderr.isTTY),
      }),
    )
    .then(
      (code) => {
        process.exitCode = code;
      },
      (error: unknown) => {
        // An unexpected failure is a defect: say so in one line, without a stack trace unless asked.
        const message = error instanceof Error ? error.message : String(error);
        process.stderr.write(`dynalint: internal error: ${message}\n`);
        if (process.env.DYNALINT_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
        process.exitCode = 2;
      },
    );
}
