#!/usr/bin/env node
import { createRequire as __dynalintCreateRequire } from 'node:module'; const require = __dynalintCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunks/chunk-YHM737QO.js";
import "./chunks/chunk-RELMD6NO.js";

// src/cli.ts
var argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) {
  process.stdout.write(`${VERSION}
`);
} else {
  const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR && process.env.TERM !== "dumb";
  import("./chunks/program-AXZP7QDP.js").then(
    ({ main }) => main(argv, {
      cwd: process.cwd(),
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      color: process.env.FORCE_COLOR ? process.env.FORCE_COLOR !== "0" : color,
      progress: Boolean(process.stderr.isTTY)
    })
  ).then(
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
}
