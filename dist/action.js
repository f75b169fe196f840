import { createRequire as __dynalintCreateRequire } from 'node:module'; const require = __dynalintCreateRequire(import.meta.url);
import {
  setFailed
} from "./chunks/chunk-7FDM5P45.js";
import "./chunks/chunk-RELMD6NO.js";

// src/action.ts
import module from "node:module";
import path from "node:path";
var enableCompileCache = Reflect.get(
  module,
  "enableCompileCache"
);
if (process.env.RUNNER_TEMP)
  enableCompileCache?.(path.join(process.env.RUNNER_TEMP, "dynalint-compile-cache"));
import("./chunks/main-37WWVOG4.js").then(({ runAction }) => runAction()).catch((error) => {
  setFailed(`dynalint: internal error: ${error instanceof Error ? error.message : String(error)}`);
});
