import { createRequire as __dynalintCreateRequire } from 'node:module'; const require = __dynalintCreateRequire(import.meta.url);
import {
  decode,
  loadGuarded,
  oneFileFormat,
  rules
} from "./chunks/chunk-RUQD66R5.js";
import {
  judgeTables
} from "./chunks/chunk-3LO4Y62E.js";
import "./chunks/chunk-RSXSQYMG.js";
import "./chunks/chunk-YHM737QO.js";
import "./chunks/chunk-WPUJZHJN.js";
import "./chunks/chunk-WIEP54A5.js";
import "./chunks/chunk-RELMD6NO.js";

// src/iac-pool/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var setup = workerData;
var settings = new Map(setup.settings);
var context = setup.region ? { region: setup.region } : {};
parentPort?.on("message", (job) => {
  const format = oneFileFormat(job.format);
  if (!format) {
    parentPort?.postMessage({
      id: job.id,
      error: `no one-file format "${job.format}"`
    });
    return;
  }
  const loaded = loadGuarded(
    job.file,
    () => format.loadText(
      decode(Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength)),
      job.file
    )
  );
  const { result, findings, failures } = judgeTables(rules, settings, context, loaded);
  const declared = result.tables.map((table) => `${table.source.file}\0${table.id}`);
  parentPort?.postMessage({
    id: job.id,
    result: setup.keepTables ? result : { ...result, tables: [] },
    findings,
    failures,
    declared
  });
});
