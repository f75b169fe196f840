import { createRequire as __dynalintCreateRequire } from 'node:module'; const require = __dynalintCreateRequire(import.meta.url);
import {
  PLACEHOLDER_CREDENTIALS,
  PLACEHOLDER_REGION,
  silenceSdkNodeWarning
} from "./chunk-2V6GAEVF.js";
import {
  displayPath,
  entry,
  parseSource
} from "./chunk-3LO4Y62E.js";
import {
  HOMEPAGE
} from "./chunk-YHM737QO.js";
import {
  fileStart
} from "./chunk-WIEP54A5.js";

// src/diagnostics.ts
var DIAGNOSTICS = [
  {
    id: "parse-error",
    description: "A file that should declare tables is not valid YAML, JSON or HCL; the rest of the run goes on.",
    severity: "error"
  },
  {
    id: "file-skipped",
    description: "A file was not read because it is too large, too costly to expand (e.g. excessive YAML aliases), nested too deeply, or could not be read (the reason is named).",
    severity: "warning"
  },
  {
    id: "duplicate-key",
    description: "A key is written twice inside a table resource; the template loads with the last one, as CloudFormation does, and the first is ignored.",
    severity: "warning"
  },
  {
    id: "evaluation-limit",
    description: "Evaluating a file's intrinsic functions or Terraform expressions needed more work than allowed (e.g. expressions that reuse each other exponentially); values past the limit are unknown and not checked.",
    severity: "info"
  },
  {
    id: "cdk-not-synthesized",
    description: "A CDK app (`cdk.json`) has no synthesized cloud assembly, so its tables are not linted; the message says what to run.",
    severity: "info"
  },
  {
    id: "cdk-synth-failed",
    description: "With `--cdk-synth`, a CDK app could not be synthesized: its `app` command failed (the message ends with its error output), did not finish in time, or `cdk.json` names no `app`; that app's tables are not linted, the other files are.",
    severity: "warning"
  },
  {
    id: "load-error",
    description: "dynalint could not read a file for a reason of its own; the message says what to report.",
    severity: "error"
  },
  {
    id: "invalid-suppression",
    description: "A suppression gives no reason: a `dynalint-ignore-next-line` comment in code or a `dynalint-ignore` comment in HCL without `-- why`, or a CloudFormation `Metadata.dynalint.ignore` item without `reason`. It does not silence anything until it does.",
    severity: "warning"
  },
  {
    id: "unused-suppression",
    description: "A suppression silences nothing (no finding of its rule is on the lines it covers any more), or names a rule that does not exist: remove or fix it.",
    severity: "warning"
  },
  {
    id: "live-error",
    description: "With --drift: a live table or stack could not be read (access denied names the IAM action to grant; an unreachable endpoint is named).",
    severity: "error"
  },
  {
    id: "live-not-checked",
    description: "With --drift: a table or setting was not compared because the endpoint does not support the operation that reads it (local emulators), its answer was malformed, or the drift timeout ran out.",
    severity: "info"
  },
  {
    id: "base-unavailable",
    description: "With --base: the base revision (or one of its files) could not be read, so changes are not checked and every finding counts as new; the message says how to fetch it. It never fails a run by itself.",
    severity: "warning"
  },
  {
    id: "stale-baseline",
    description: "Entries of `.dynalint-baseline.json` match no finding any more (they were fixed): `dynalint --write-baseline` removes them, so the baseline only shrinks.",
    severity: "info"
  }
];
function diagnosticDocsUrl(id) {
  return `${HOMEPAGE}/blob/main/docs/diagnostics.md#${id}`;
}

// src/live/errors.ts
var THROTTLING = /* @__PURE__ */ new Set([
  "ThrottlingException",
  "ProvisionedThroughputExceededException",
  "RequestLimitExceeded",
  "LimitExceededException",
  "TooManyRequestsException"
]);
var SETUP = /* @__PURE__ */ new Set([
  "CredentialsProviderError",
  "UnrecognizedClientException",
  "InvalidSignatureException",
  "ExpiredTokenException",
  "InvalidClientTokenId",
  "SignatureDoesNotMatch"
]);
var NETWORK_CODES = /* @__PURE__ */ new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EPIPE"
]);
function classify(error) {
  const name = error instanceof Error ? error.name : "Error";
  const message = error instanceof Error ? error.message : String(error);
  const code = errorCode(error);
  const detail = oneLine(message && message !== "UnknownError" ? `${name}: ${message}` : name);
  if (name === "InvalidAnswerError") return { kind: "invalid-answer", detail: oneLine(message) };
  const status = httpStatus(error);
  if (status !== void 0 && status >= 500)
    return { kind: "server", detail: oneLine(`HTTP ${status} ${detail}`) };
  if (name === "ResourceNotFoundException" || name === "TableNotFoundException")
    return { kind: "not-found", detail };
  if (name === "AccessDeniedException" || name === "AccessDenied") return { kind: "access-denied", detail };
  if (name === "UnknownOperationException") return { kind: "not-supported", detail };
  if (THROTTLING.has(name)) return { kind: "throttled", detail };
  if (SETUP.has(name) || /region is missing/i.test(message)) return { kind: "setup", detail };
  if (name === "ValidationError" && /does not exist/.test(message)) return { kind: "not-found", detail };
  if (code && NETWORK_CODES.has(code) || name === "TimeoutError" || name === "AbortError" || isTransportFailure(error)) {
    return { kind: "network", detail: oneLine(code ? `${code}: ${message}` : detail) };
  }
  return { kind: "other", detail };
}
function httpStatus(error) {
  const status = error?.$metadata?.httpStatusCode;
  return typeof status === "number" ? status : void 0;
}
function errorCode(error) {
  if (typeof error !== "object" || error === null) return void 0;
  const code = error.code;
  if (typeof code === "string") return code;
  const cause = error.cause;
  return cause ? errorCode(cause) : void 0;
}
function isTransportFailure(error) {
  const metadata = error?.$metadata;
  return metadata !== void 0 && typeof metadata.httpStatusCode !== "number";
}
function oneLine(text) {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 300 ? `${line.slice(0, 297)}...` : line;
}

// src/live/embedded.ts
import { readFile } from "node:fs/promises";
import path from "node:path";
var EMBEDDED = "embedded";
var NOT_KEPT = "the embedded server (dynalite) does not keep it";
var EMBEDDED_GAPS = /* @__PURE__ */ new Map([
  ["stream", NOT_KEPT],
  ["ttl", NOT_KEPT],
  ["sse", NOT_KEPT],
  ["tableClass", NOT_KEPT],
  ["deletionProtection", NOT_KEPT],
  ["tags", NOT_KEPT]
]);
var SeedError = class extends Error {
  constructor(message, location) {
    super(message);
    this.location = location;
  }
  location;
};
async function startEmbedded() {
  const { default: dynalite } = await import("dynalite");
  const server = dynalite({ createTableMs: 0, updateTableMs: 0, deleteTableMs: 0 });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve()))
  };
}
async function seedTables(endpoint, seedPath, cwd) {
  const absolute = path.resolve(cwd, seedPath);
  const file = displayPath(cwd, absolute);
  const text = await readFile(absolute, "utf8").catch(() => {
    throw new SeedError(`cannot read the seed file ${file}`, fileStart(file));
  });
  const parsed = parseSource(text, absolute.endsWith(".json") ? absolute : `${absolute}.json`);
  if ("problem" in parsed) throw new SeedError(parsed.problem.message, { ...parsed.problem.location, file });
  const list = entry(parsed.root, "tables")?.value;
  const inputs = JSON.parse(text).tables;
  if (list?.kind !== "seq" || !Array.isArray(inputs)) {
    throw new SeedError('a seed file is {"tables": [CreateTable input, \u2026]}', fileStart(file));
  }
  silenceSdkNodeWarning();
  const { CreateTableCommand, DynamoDBClient } = await import("./dist-es-7KSBHPU2.js");
  const client = new DynamoDBClient({
    endpoint,
    region: PLACEHOLDER_REGION,
    credentials: PLACEHOLDER_CREDENTIALS
  });
  try {
    for (const [i, input] of inputs.entries()) {
      const location = { ...list.items[i]?.location ?? fileStart(file), file };
      await client.send(new CreateTableCommand(input)).catch((error) => {
        throw new SeedError(`cannot create seed table ${i + 1}: ${classify(error).detail}`, location);
      });
    }
  } finally {
    client.destroy();
  }
  return inputs.length;
}

export {
  DIAGNOSTICS,
  diagnosticDocsUrl,
  classify,
  EMBEDDED,
  EMBEDDED_GAPS,
  SeedError,
  startEmbedded,
  seedTables
};
