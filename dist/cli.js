#!/usr/bin/env node
import { createRequire as __dynalintCreateRequire } from 'node:module'; const require = __dynalintCreateRequire(import.meta.url);
import {
  main
} from "./chunks/chunk-ZJBNQMOC.js";
import "./chunks/chunk-ZG4VGKT3.js";
import "./chunks/chunk-PRY5KB46.js";
import "./chunks/chunk-BG2ABHCZ.js";
import "./chunks/chunk-DABDFIDJ.js";
import "./chunks/chunk-RELMD6NO.js";

// src/cli.ts
var color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR && process.env.TERM !== "dumb";
main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  color: process.env.FORCE_COLOR ? process.env.FORCE_COLOR !== "0" : color,
  progress: Boolean(process.stderr.isTTY)
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
