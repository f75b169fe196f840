#!/usr/bin/env node
/** Entry point of `npx dynalint`. */
import { main } from './cli/program.ts';

const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR && process.env.TERM !== 'dumb';

main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  color: process.env.FORCE_COLOR ? process.env.FORCE_COLOR !== '0' : color,
  progress: Boolean(process.stderr.isTTY),
}).then(
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
