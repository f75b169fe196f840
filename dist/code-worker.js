import { createRequire as __dynalintCreateRequire } from 'node:module'; const require = __dynalintCreateRequire(import.meta.url);
import {
  analyzeFile
} from "./chunks/chunk-QSPZK4UC.js";
import "./chunks/chunk-WPUJZHJN.js";
import "./chunks/chunk-WIEP54A5.js";
import "./chunks/chunk-RELMD6NO.js";

// src/code/worker.ts
import { parentPort } from "node:worker_threads";
parentPort?.on("message", (request) => {
  void (async () => {
    const results = [];
    for (const input of request.inputs) results.push(await analyzeFile(input));
    parentPort?.postMessage({ batch: request.batch, results });
  })();
});
