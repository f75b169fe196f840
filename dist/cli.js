#!/usr/bin/env node
import { createRequire as __dynalintCreateRequire } from 'node:module'; const require = __dynalintCreateRequire(import.meta.url);
import {
  main
} from "./chunks/chunk-UNYXWGQU.js";
import "./chunks/chunk-BQGQ5BYL.js";

// src/cli.ts
var color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR && process.env.TERM !== "dumb";
main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  color: process.env.FORCE_COLOR ? process.env.FORCE_COLOR !== "0" : color
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`dynalint: internal error: ${message}
`);
    if (process.env.DYNALINT_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}
`);
    process.exitCode = 2;
  }
);
