import { createRequire as __dynalintCreateRequire } from 'node:module'; const require = __dynalintCreateRequire(import.meta.url);
import {
  checkContinuousBackupsAnswer,
  checkTableAnswer,
  checkTableNamesAnswer,
  checkTagsAnswer,
  checkTimeToLiveAnswer
} from "./chunk-REFDUHRB.js";
import {
  EMBEDDED,
  EMBEDDED_GAPS,
  SeedError,
  classify,
  diagnosticDocsUrl,
  seedTables,
  startEmbedded
} from "./chunk-6ZJAGDDV.js";
import {
  connect
} from "./chunk-2V6GAEVF.js";
import {
  fingerprint
} from "./chunk-3LO4Y62E.js";
import "./chunk-RSXSQYMG.js";
import "./chunk-YHM737QO.js";
import {
  known,
  unknown
} from "./chunk-WIEP54A5.js";
import "./chunk-RELMD6NO.js";

// node_modules/yocto-queue/index.js
var Node = class {
  value;
  next;
  constructor(value) {
    this.value = value;
  }
};
var Queue = class {
  #head;
  #tail;
  #size;
  constructor() {
    this.clear();
  }
  enqueue(value) {
    const node = new Node(value);
    if (this.#head) {
      this.#tail.next = node;
      this.#tail = node;
    } else {
      this.#head = node;
      this.#tail = node;
    }
    this.#size++;
  }
  dequeue() {
    const current = this.#head;
    if (!current) {
      return;
    }
    this.#head = this.#head.next;
    this.#size--;
    if (!this.#head) {
      this.#tail = void 0;
    }
    return current.value;
  }
  peek() {
    if (!this.#head) {
      return;
    }
    return this.#head.value;
  }
  clear() {
    this.#head = void 0;
    this.#tail = void 0;
    this.#size = 0;
  }
  get size() {
    return this.#size;
  }
  *[Symbol.iterator]() {
    let current = this.#head;
    while (current) {
      yield current.value;
      current = current.next;
    }
  }
  *drain() {
    while (this.#head) {
      yield this.dequeue();
    }
  }
};

// node_modules/p-limit/index.js
function pLimit(concurrency) {
  let rejectOnClear = false;
  if (typeof concurrency === "object") {
    ({ concurrency, rejectOnClear = false } = concurrency);
  }
  validateConcurrency(concurrency);
  if (typeof rejectOnClear !== "boolean") {
    throw new TypeError("Expected `rejectOnClear` to be a boolean");
  }
  const queue = new Queue();
  let activeCount = 0;
  const resumeNext = () => {
    if (activeCount < concurrency && queue.size > 0) {
      activeCount++;
      queue.dequeue().run();
    }
  };
  const next = () => {
    activeCount--;
    resumeNext();
  };
  const run = async (function_, resolve, arguments_) => {
    const result = (async () => function_(...arguments_))();
    resolve(result);
    try {
      await result;
    } catch {
    }
    next();
  };
  const enqueue = (function_, resolve, reject, arguments_) => {
    const queueItem = { reject };
    new Promise((internalResolve) => {
      queueItem.run = internalResolve;
      queue.enqueue(queueItem);
    }).then(run.bind(void 0, function_, resolve, arguments_));
    if (activeCount < concurrency) {
      resumeNext();
    }
  };
  const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
    enqueue(function_, resolve, reject, arguments_);
  });
  Object.defineProperties(generator, {
    activeCount: {
      get: () => activeCount
    },
    pendingCount: {
      get: () => queue.size
    },
    clearQueue: {
      value() {
        if (!rejectOnClear) {
          queue.clear();
          return;
        }
        const abortError = AbortSignal.abort().reason;
        while (queue.size > 0) {
          queue.dequeue().reject(abortError);
        }
      }
    },
    concurrency: {
      get: () => concurrency,
      set(newConcurrency) {
        validateConcurrency(newConcurrency);
        concurrency = newConcurrency;
        queueMicrotask(() => {
          while (activeCount < concurrency && queue.size > 0) {
            resumeNext();
          }
        });
      }
    },
    map: {
      async value(iterable, function_) {
        const promises = [];
        try {
          Array.from(iterable, (value, index) => {
            const promise = generator(function_, value, index);
            promises.push(promise);
            return promise;
          });
        } catch (error) {
          for (const promise of promises) {
            promise.catch(() => {
            });
          }
          throw error;
        }
        return Promise.all(promises);
      }
    }
  });
  return generator;
}
function validateConcurrency(concurrency) {
  if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
    throw new TypeError("Expected `concurrency` to be a number from 1 and up");
  }
}

// src/live/normalize.ts
var LIVE_SETTING_LABELS = {
  stream: "stream",
  ttl: "TTL",
  pointInTimeRecovery: "point-in-time recovery",
  sse: "server-side encryption",
  tableClass: "table class",
  deletionProtection: "deletion protection",
  tags: "tags"
};
function liveLocation(table, endpoint) {
  const file = table.TableArn ?? `${endpoint}/${table.TableName ?? ""}`;
  return { file, line: 1, column: 1, endLine: 1, endColumn: 1, live: true };
}
function liveTableModel(readings, endpoint) {
  const { table, gaps } = readings;
  const location = liveLocation(table, endpoint);
  const name = table.TableName ?? "";
  const setting = (key, read) => {
    const gap = gaps.get(key);
    return gap === void 0 ? known(read(), location) : unknown(gap, location);
  };
  const throughput = liveThroughput(table.ProvisionedThroughput, location);
  return {
    id: name,
    resourceType: "AWS::DynamoDB::Table",
    source: { file: location.file, format: "live" },
    location,
    name: known(name, location),
    keySchema: known(keyElements(table.KeySchema, location), location),
    attributes: known(
      (table.AttributeDefinitions ?? []).map((a) => ({
        name: a.AttributeName ?? "",
        type: a.AttributeType ?? "",
        location
      })),
      location
    ),
    billingMode: known(table.BillingModeSummary?.BillingMode ?? "PROVISIONED", location),
    ...throughput ? { throughput } : {},
    globalIndexes: known(
      (table.GlobalSecondaryIndexes ?? []).map((i) => liveIndex("global", i, location)),
      location
    ),
    localIndexes: known(
      (table.LocalSecondaryIndexes ?? []).map((i) => liveIndex("local", i, location)),
      location
    ),
    stream: setting(
      "stream",
      () => table.StreamSpecification?.StreamEnabled ? { enabled: true, viewType: table.StreamSpecification.StreamViewType } : { enabled: false }
    ),
    ttl: setting("ttl", () => liveTtl(readings.ttl)),
    pointInTimeRecovery: setting(
      "pointInTimeRecovery",
      () => readings.continuousBackups?.PointInTimeRecoveryDescription?.PointInTimeRecoveryStatus === "ENABLED"
    ),
    sse: setting("sse", () => {
      const sse = table.SSEDescription;
      const enabled = sse?.Status === "ENABLED" || sse?.Status === "ENABLING" || sse?.Status === "UPDATING";
      return enabled ? { enabled, ...sse.SSEType ? { type: sse.SSEType } : {} } : { enabled: false };
    }),
    tableClass: setting("tableClass", () => table.TableClassSummary?.TableClass ?? "STANDARD"),
    deletionProtection: setting("deletionProtection", () => table.DeletionProtectionEnabled ?? false),
    tags: setting(
      "tags",
      () => (readings.tags ?? []).map((t) => ({
        key: t.Key ?? "",
        value: known(t.Value ?? "", location),
        location
      }))
    )
  };
}
function liveTtl(ttl) {
  const status = ttl?.TimeToLiveStatus;
  const enabled = status === "ENABLED" || status === "ENABLING";
  return enabled ? { enabled, ...ttl?.AttributeName ? { attribute: ttl.AttributeName } : {} } : { enabled };
}
function keyElements(schema, location) {
  return (schema ?? []).map((k) => ({
    attribute: k.AttributeName ?? "",
    role: k.KeyType === "HASH" ? "partition" : "sort",
    location
  }));
}
function liveIndex(kind, index, location) {
  const throughput = "ProvisionedThroughput" in index ? liveThroughput(index.ProvisionedThroughput, location) : void 0;
  return {
    kind,
    name: known(index.IndexName ?? "", location),
    keySchema: known(keyElements(index.KeySchema, location), location),
    projection: known(liveProjection(index.Projection, location), location),
    ...throughput ? { throughput } : {},
    location
  };
}
function liveProjection(projection, location) {
  return {
    type: projection?.ProjectionType ?? "ALL",
    nonKeyAttributes: projection?.NonKeyAttributes ?? [],
    location
  };
}
function liveThroughput(throughput, location) {
  if (!throughput) return void 0;
  return {
    ...throughput.ReadCapacityUnits !== void 0 ? { read: known(throughput.ReadCapacityUnits, location) } : {},
    ...throughput.WriteCapacityUnits !== void 0 ? { write: known(throughput.WriteCapacityUnits, location) } : {},
    location
  };
}

// src/live/describe.ts
var OPTIONAL = [
  {
    operation: "DescribeTimeToLive",
    setting: "ttl",
    read: async (api, name) => {
      const ttl = await api.describeTimeToLive(name);
      checkTimeToLiveAnswer(ttl);
      return ttl ? { ttl } : {};
    }
  },
  {
    operation: "DescribeContinuousBackups",
    setting: "pointInTimeRecovery",
    read: async (api, name) => {
      const continuousBackups = await api.describeContinuousBackups(name);
      checkContinuousBackupsAnswer(continuousBackups);
      return continuousBackups ? { continuousBackups } : {};
    }
  },
  {
    operation: "ListTagsOfResource",
    setting: "tags",
    read: async (api, _name, arn) => {
      const tags = await api.listTagsOfResource(arn);
      checkTagsAnswer(tags);
      return { tags };
    }
  }
];
async function describeTables(api, names, options) {
  const tables = /* @__PURE__ */ new Map();
  const notes = /* @__PURE__ */ new Map();
  const unsupported = /* @__PURE__ */ new Set();
  let fatal;
  let done = 0;
  const stop = (operation, failure) => {
    if (failure.kind !== "network" && failure.kind !== "setup") return false;
    fatal ??= { operation, failure };
    return true;
  };
  const note = (optional, failure, table) => {
    const key = `${optional.operation}\0${failure.kind}`;
    const existing = notes.get(key);
    if (existing) existing.tables.push(table);
    else
      notes.set(key, { operation: optional.operation, setting: optional.setting, failure, tables: [table] });
  };
  const outOfTime = (name) => {
    if (!options.deadline?.aborted) return false;
    tables.set(name, { status: "not-checked", reason: options.deadlineReason ?? "drift ran out of time" });
    return true;
  };
  const describeOne = async (name) => {
    if (fatal || outOfTime(name)) return;
    let table;
    try {
      table = await api.describeTable(name);
      checkTableAnswer(table, name);
    } catch (error) {
      if (outOfTime(name)) return;
      const failure = classify(error);
      if (failure.kind === "not-found") tables.set(name, { status: "missing" });
      else if (failure.kind === "invalid-answer")
        tables.set(name, { status: "not-checked", reason: failure.detail });
      else if (!stop("DescribeTable", failure))
        tables.set(name, { status: "failed", operation: "DescribeTable", failure });
      return;
    }
    if (!table) return;
    const described = table;
    const gaps = new Map(options.serverGaps);
    const readings = await Promise.all(
      OPTIONAL.map(async (optional) => {
        if (optional.setting === "tags" && !options.tags) return {};
        if (gaps.has(optional.setting)) return {};
        if (unsupported.has(optional.operation)) {
          gaps.set(optional.setting, `the endpoint does not support ${optional.operation}`);
          return {};
        }
        try {
          return await optional.read(api, name, described.TableArn ?? name);
        } catch (error) {
          const failure = options.deadline?.aborted ? { kind: "invalid-answer", detail: options.deadlineReason ?? "drift ran out of time" } : classify(error);
          if (failure.kind === "not-supported") unsupported.add(optional.operation);
          if (!stop(optional.operation, failure)) note(optional, failure, name);
          gaps.set(optional.setting, `${optional.operation} failed: ${failure.detail}`);
          return {};
        }
      })
    );
    if (fatal || outOfTime(name)) return;
    const merged = Object.assign({ table: described, gaps }, ...readings);
    tables.set(name, { status: "found", model: liveTableModel(merged, api.endpoint) });
  };
  const limit = pLimit(Math.max(1, options.concurrency));
  await Promise.all(
    names.map(
      (name) => limit(async () => {
        await describeOne(name);
        done += 1;
        options.progress?.(done, names.length);
      })
    )
  );
  return { tables, notes: [...notes.values()], ...fatal ? { fatal } : {} };
}

// src/live/mapping.ts
var PLACEHOLDER = /\$\{\s*([\w.-]+)\s*\}/g;
async function mapTables(declared, options) {
  const mapped = [];
  const unmapped = [];
  const stackFailures = [];
  const stackResources = /* @__PURE__ */ new Map();
  const resourcesOf = (stack) => {
    let pending = stackResources.get(stack);
    if (!pending) {
      pending = options.listStackResources ? options.listStackResources(stack).catch((error) => {
        stackFailures.push({ stack, failure: classify(error) });
        return void 0;
      }) : Promise.resolve(void 0);
      stackResources.set(stack, pending);
    }
    return pending;
  };
  const planned = plannedNames(declared);
  const covered = /* @__PURE__ */ new Set();
  for (const table of declared) {
    if (covered.has(table)) continue;
    const key = configKey(table, options.tables);
    if (key !== void 0) {
      const filled = fill(options.tables[key] ?? "", options.vars);
      if ("missing" in filled) {
        unmapped.push({
          declared: table,
          reason: `tables.${key} uses \${${filled.missing}}, which no --var sets`,
          fix: `pass --var ${filled.missing}=VALUE`
        });
      } else mapped.push({ declared: table, name: filled.value, via: `tables.${key}` });
      continue;
    }
    if (table.name?.known) {
      mapped.push({ declared: table, name: table.name.value, via: "its table name" });
      continue;
    }
    const plan = table.source.format === "terraform" ? plannedFor(table.id, planned) : void 0;
    if (plan?.name?.known) {
      mapped.push({
        declared: table,
        name: plan.name.value,
        via: `the Terraform plan or state ${plan.source.file}`
      });
      covered.add(plan);
      const earlier = mapped.findIndex((m) => m.declared === plan);
      if (earlier !== -1) mapped.splice(earlier, 1);
      continue;
    }
    const stacks = candidateStacks(table, options);
    let found;
    const unreadable = [];
    if (options.listStackResources) {
      for (const stack of stacks) {
        const resources = await resourcesOf(stack);
        if (!resources) unreadable.push(stack);
        const resource = resources?.find((r) => r.logicalId === table.id);
        if (resource) {
          found = { declared: table, name: resource.physicalId, via: `stack ${stack}` };
          break;
        }
      }
    }
    if (found) mapped.push(found);
    else unmapped.push(unmappedTable(table, stacks, unreadable, options));
  }
  return { mapped, unmapped, stackFailures };
}
function plannedNames(declared) {
  return new Map(declared.filter((t) => t.source.format === "terraform-plan").map((t) => [t.id, t]));
}
function plannedFor(address, planned) {
  const exact = planned.get(address);
  if (exact) return exact;
  if (!address.startsWith("module.")) return void 0;
  const inModule = [...planned.keys()].filter((a) => a.startsWith(`${address}.aws_dynamodb_table.`));
  return inModule.length === 1 ? planned.get(inModule[0]) : void 0;
}
function configKey(table, tables) {
  const path = table.source.constructPath?.replace(/\/(Resource|Default)$/, "");
  return [table.id, path].find((k) => k !== void 0 && Object.hasOwn(tables, k));
}
function fill(template, vars) {
  let missing;
  const value = template.replace(PLACEHOLDER, (whole, name) => {
    const bound = Object.hasOwn(vars, name) ? vars[name] : void 0;
    if (bound === void 0) missing ??= name;
    return bound ?? whole;
  });
  return missing === void 0 ? { value } : { missing };
}
function candidateStacks(table, options) {
  const own = table.source.format === "cdk" ? table.source.stack : table.source.format === "serverless" && table.source.stack && Object.hasOwn(options.vars, "stage") ? `${table.source.stack}-${options.vars.stage}` : void 0;
  return [.../* @__PURE__ */ new Set([...own ? [own] : [], ...options.stacks])];
}
function unmappedTable(table, stacks, unreadable, options) {
  const reason = table.name ? table.name.known ? "its name is unknown" : `its name is only known at deploy time (${table.name.reason})` : "it sets no table name, so AWS names it at deploy time";
  const key = table.source.constructPath?.replace(/\/(Resource|Default)$/, "") ?? table.id;
  const mapIt = `map it in the configuration (tables: { ${key}: <physical name> }, \${var} placeholders filled by --var)`;
  if (!options.listStackResources) {
    return {
      declared: table,
      reason: `${reason}; stacks are not looked up with this endpoint`,
      fix: mapIt
    };
  }
  const searched = stacks.filter((s) => !unreadable.includes(s));
  const stackFacts = [
    ...searched.length ? [`stack ${searched.join(", ")} has no resource ${table.id}`] : [],
    ...unreadable.length ? [`stack ${unreadable.join(", ")} could not be read`] : []
  ];
  if (stackFacts.length > 0) {
    return {
      declared: table,
      reason: `${reason}, and ${stackFacts.join("; ")}`,
      fix: `${mapIt}, or pass --stack with the stack that deployed it`
    };
  }
  return { declared: table, reason, fix: `${mapIt}, or pass --stack with the stack that deployed it` };
}

// src/live/index.ts
var DEFAULT_CONCURRENCY = 8;
var DEFAULT_TIMEOUT_MS = 1e4;
var DEFAULT_DRIFT_TIMEOUT_MS = 18e4;
var MAX_ATTEMPTS = 5;
var LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/;
async function collectDrift(declared, options, context) {
  const findings = [];
  const driftTimeoutMs = options.driftTimeoutMs ?? DEFAULT_DRIFT_TIMEOUT_MS;
  const deadline = AbortSignal.timeout(driftTimeoutMs);
  const deadlineReason = `the drift timeout (${seconds(driftTimeoutMs)}) ran out before it was described; raise --drift-timeout`;
  const embedded = options.endpoint === EMBEDDED ? await startEmbedded() : void 0;
  let api;
  try {
    if (embedded && options.seed) {
      try {
        await seedTables(embedded.endpoint, options.seed, context.cwd);
      } catch (error) {
        if (!(error instanceof SeedError)) throw error;
        findings.push(problem("live-error", "error", error.message, error.location, void 0, "seed"));
      }
    }
    const endpoint = embedded?.endpoint ?? options.endpoint;
    const local = endpoint !== void 0 && !options.profile && LOOPBACK.test(new URL(endpoint).hostname);
    api = await connect({
      ...endpoint ? { endpoint } : {},
      ...embedded ? { label: EMBEDDED } : {},
      ...options.region ? { region: options.region } : {},
      ...options.profile ? { profile: options.profile } : {},
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      maxAttempts: MAX_ATTEMPTS,
      signal: deadline,
      ...options.retryDelay ? { retryDelay: options.retryDelay } : {},
      placeholderCredentials: embedded !== void 0 || local,
      withoutCloudFormation: endpoint !== void 0
    });
    const liveApi = api;
    const mapping = await mapTables(declared, {
      tables: context.tables,
      vars: options.vars ?? {},
      stacks: options.stacks ?? [],
      ...endpoint === void 0 ? { listStackResources: (stack) => liveApi.listStackResources(stack) } : {}
    });
    const names = [...new Set(mapping.mapped.map((m) => m.name))];
    const described = await describeTables(api, names, {
      concurrency: options.concurrency ?? DEFAULT_CONCURRENCY,
      tags: context.tags,
      ...embedded ? { serverGaps: EMBEDDED_GAPS } : {},
      ...options.progress ? { progress: options.progress } : {},
      deadline,
      deadlineReason
    });
    const listed = options.reportUnmanaged && !described.fatal && !deadline.aborted ? await listUnmanaged(api, names, findings, context) : [];
    const unmanagedDescribed = context.describeUnmanaged && listed.length > 0 && !deadline.aborted ? await describeTables(
      api,
      listed.map((table) => table.name),
      {
        concurrency: options.concurrency ?? DEFAULT_CONCURRENCY,
        tags: false,
        // Posture rules judge no TTL: one request per table saved.
        serverGaps: new Map([
          ...embedded ? EMBEDDED_GAPS : [],
          ["ttl", "not judged on unmanaged tables"]
        ]),
        deadline,
        deadlineReason
      }
    ) : void 0;
    const unmanaged = withModels(listed, unmanagedDescribed);
    if (options.reportUnmanaged && deadline.aborted) {
      findings.push(
        problem(
          "live-not-checked",
          "warning",
          `unmanaged tables not listed: the drift timeout (${seconds(driftTimeoutMs)}) ran out; raise --drift-timeout`,
          context.fallback,
          void 0,
          "ListTables"
        )
      );
    }
    findings.push(
      ...stackFindings(mapping, context),
      ...describeFindings(mergeDescribed(described, unmanagedDescribed), mapping, api, context)
    );
    if (embedded) findings.push(...embeddedGapFindings(mapping, context));
    return { facts: driftFacts(mapping, described, unmanaged), findings };
  } finally {
    api?.close();
    await embedded?.close();
  }
}
function driftFacts(mapping, described, unmanaged) {
  const pairs = [];
  const missing = [];
  for (const { declared, name } of mapping.mapped) {
    const outcome = described.tables.get(name);
    if (outcome?.status === "found") pairs.push({ declared, live: outcome.model });
    else if (outcome?.status === "missing") missing.push({ declared, name });
  }
  return { pairs, missing, unmapped: mapping.unmapped, unmanaged };
}
function withModels(listed, described) {
  if (!described) return listed;
  return listed.map((table) => {
    const outcome = described.tables.get(table.name);
    return outcome?.status === "found" ? { ...table, model: outcome.model } : table;
  });
}
function mergeDescribed(managed, unmanaged) {
  if (!unmanaged) return managed;
  const notes = /* @__PURE__ */ new Map();
  for (const note of [...managed.notes, ...unmanaged.notes]) {
    const key = `${note.operation}\0${note.failure.kind}`;
    const existing = notes.get(key);
    notes.set(key, existing ? { ...existing, tables: [...existing.tables, ...note.tables] } : note);
  }
  const fatal = managed.fatal ?? unmanaged.fatal;
  return {
    tables: new Map([...managed.tables, ...unmanaged.tables]),
    notes: [...notes.values()],
    ...fatal ? { fatal } : {}
  };
}
async function listUnmanaged(api, mappedNames, findings, context) {
  try {
    const known2 = new Set(mappedNames);
    const listed = await api.listTableNames();
    checkTableNamesAnswer(listed);
    return listed.filter((name) => !known2.has(name)).map((name) => ({ name, location: liveLocation({ TableName: name }, api.endpoint) }));
  } catch (error) {
    const failure = classify(error);
    const believed = failure.kind !== "invalid-answer";
    findings.push(
      problem(
        believed ? "live-error" : "live-not-checked",
        believed ? "error" : "warning",
        `unmanaged tables not listed: ${explain(failure, "dynamodb:ListTables", api.endpoint)}`,
        context.fallback,
        void 0,
        "ListTables"
      )
    );
    return [];
  }
}
function describeFindings(described, mapping, api, context) {
  const findings = [];
  const declaredFor = (name) => mapping.mapped.filter((m) => m.name === name).map((m) => m.declared);
  if (described.fatal) {
    const { operation, failure } = described.fatal;
    const first = mapping.mapped[0]?.declared;
    findings.push(
      problem(
        "live-error",
        "error",
        `drift not checked: ${explain(failure, `dynamodb:${operation}`, api.endpoint)}`,
        first?.location ?? context.fallback,
        void 0,
        "connection"
      )
    );
  }
  for (const [name, outcome] of described.tables) {
    if (outcome.status === "found" || outcome.status === "missing") continue;
    const tables = declaredFor(name);
    const detail = outcome.status === "failed" ? explain(outcome.failure, `dynamodb:${outcome.operation}`, api.endpoint) : outcome.reason;
    if (tables.length === 0) {
      findings.push(
        problem(
          "live-not-checked",
          "warning",
          `unmanaged live table ${name}: settings not checked: ${detail}`,
          liveLocation({ TableName: name }, api.endpoint),
          void 0,
          `unmanaged:${name}`
        )
      );
      continue;
    }
    for (const table of tables) {
      findings.push(
        outcome.status === "failed" ? problem(
          "live-error",
          "error",
          `${table.id}: live table ${name} not described: ${detail}`,
          table.location,
          table,
          outcome.operation
        ) : problem(
          "live-not-checked",
          "warning",
          `${table.id}: live table ${name} not checked: ${detail}`,
          table.location,
          table,
          "DescribeTable"
        )
      );
    }
  }
  for (const note of described.notes) {
    const first = mapping.mapped.find((m) => note.tables.includes(m.name))?.declared;
    const tables = [...note.tables].sort();
    const what = LIVE_SETTING_LABELS[note.setting];
    const notSupported = note.failure.kind === "not-supported";
    const notBelieved = note.failure.kind === "invalid-answer";
    const scope = notSupported ? "" : ` for ${count(tables.length, "table")} (${sample(tables)})`;
    const why = notSupported ? `the endpoint (${api.endpoint}) does not support ${note.operation} (${note.failure.detail})` : explain(note.failure, `dynamodb:${note.operation}`, api.endpoint);
    findings.push(
      problem(
        notSupported || notBelieved ? "live-not-checked" : "live-error",
        notSupported ? "info" : "warning",
        `${what} not checked${scope}: ${why}`,
        first?.location ?? context.fallback,
        void 0,
        `${note.operation}:${note.failure.kind}`
      )
    );
  }
  return findings;
}
function stackFindings(mapping, context) {
  return mapping.stackFailures.map(
    ({ stack, failure }) => problem(
      "live-error",
      failure.kind === "not-found" ? "warning" : "error",
      failure.kind === "not-found" ? `stack ${stack} not found, so its tables are not mapped (${failure.detail})` : `resources of stack ${stack} not listed: ${explain(failure, "cloudformation:ListStackResources", "CloudFormation")}`,
      mapping.unmapped[0]?.declared.location ?? context.fallback,
      void 0,
      `stack:${stack}`
    )
  );
}
function embeddedGapFindings(mapping, context) {
  const first = mapping.mapped[0]?.declared;
  if (!first) return [];
  const settings = [...EMBEDDED_GAPS.keys()].filter((s) => s !== "tags" || context.tags);
  const labels = settings.map((s) => LIVE_SETTING_LABELS[s]);
  return [
    problem(
      "live-not-checked",
      "info",
      `${labels.join(", ")} not checked: the embedded server (dynalite) accepts them on CreateTable but does not keep them`,
      first.location,
      void 0,
      "embedded"
    )
  ];
}
function explain(failure, action, endpoint) {
  switch (failure.kind) {
    case "access-denied":
      return `access denied; grant ${action} (${failure.detail})`;
    case "network":
      return `cannot reach ${endpoint} (${failure.detail})`;
    case "setup":
      return `no usable AWS credentials or region for ${endpoint}; set --profile and --region, or the AWS_* environment variables (${failure.detail})`;
    case "throttled":
      return `still throttled after retries with backoff (up to ${MAX_ATTEMPTS} attempts); try a lower --concurrency (${failure.detail})`;
    case "invalid-answer":
      return `${endpoint} gave an answer DynamoDB would not (${failure.detail})`;
    case "server":
      return `${endpoint} failed (${failure.detail})`;
    default:
      return failure.detail;
  }
}
function problem(ruleId, severity, message, location, table, property) {
  return {
    ruleId,
    messageId: ruleId,
    severity,
    message,
    location,
    ...table ? { table: table.id } : {},
    help: diagnosticDocsUrl(ruleId),
    fingerprint: fingerprint(ruleId, location.file, table, property, ruleId)
  };
}
function seconds(ms) {
  return ms % 1e3 === 0 ? `${ms / 1e3} s` : `${(ms / 1e3).toFixed(1)} s`;
}
function count(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
function sample(names) {
  return names.length <= 3 ? names.join(", ") : `${names.slice(0, 3).join(", ")}, \u2026`;
}
export {
  DEFAULT_CONCURRENCY,
  DEFAULT_DRIFT_TIMEOUT_MS,
  collectDrift
};
