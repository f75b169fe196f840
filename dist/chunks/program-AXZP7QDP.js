import { createRequire as __dynalintCreateRequire } from 'node:module'; const require = __dynalintCreateRequire(import.meta.url);
import {
  EXIT_CLEAN,
  EXIT_USAGE,
  FAIL_ON,
  accessPatterns,
  driftOptions,
  failureMessages,
  formatMarkdown,
  helpText,
  jsonReport,
  lint,
  parseArgsConfig,
  plural,
  revisionLabel,
  ruleMetadata,
  rulesInPreset,
  rulesMarkdownTable,
  rulesText,
  sarifReport
} from "./chunk-NSDERAHC.js";
import "./chunk-6ZJAGDDV.js";
import "./chunk-2V6GAEVF.js";
import "./chunk-QSPZK4UC.js";
import {
  rules
} from "./chunk-RUQD66R5.js";
import {
  PRESETS
} from "./chunk-3LO4Y62E.js";
import "./chunk-RSXSQYMG.js";
import {
  NAME,
  VERSION
} from "./chunk-YHM737QO.js";
import "./chunk-WPUJZHJN.js";
import "./chunk-WIEP54A5.js";
import "./chunk-RELMD6NO.js";

// src/cli/program.ts
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";

// src/report/patterns.ts
var PATTERN_FORMATS = ["stylish", "markdown", "json"];
function formatPatterns(format, patterns) {
  switch (format) {
    case "json":
      return `${JSON.stringify({ accessPatterns: patterns }, null, 2)}
`;
    case "markdown":
      return markdown(patterns);
    case "stylish":
      return stylish(patterns);
  }
}
function keysText(keys) {
  if (!keys) return "keys unknown";
  return [keys.partition, keys.sort].filter((key) => key !== void 0).join(", ");
}
function site(call) {
  return `${call.operation} ${call.file}:${call.line}`;
}
function sites(calls) {
  return calls.length ? calls.map(site).join("; ") : "no reader";
}
function operationsText(operations) {
  const entries = Object.entries(operations);
  return entries.length ? entries.map(([operation, count]) => `${operation} ${count}`).join(", ") : "none";
}
function amplificationText(write) {
  if (!write) return "no writes in the linted code";
  const basis = write.basis === "attributes" ? "from the attributes each write sets" : write.basis === "mixed" ? "some writes counted against every GSI" : "every write counted against every GSI";
  return `${write.writes} write call(s) \xD7 ${write.factor} = ${write.writes + write.indexWrites} table and index writes (${basis})`;
}
function indexLabel(index) {
  const kind = index.kind === "global" ? "GSI" : "LSI";
  return `${index.name} (${kind}: ${keysText(index.keys)}${index.projection ? `; ${index.projection}` : ""})`;
}
function unreadText(table) {
  if (table.unreadIndexes === null)
    return Object.keys(table.operations).length ? "cannot tell (an index name is computed at run time, or the indexes are not all known)" : "cannot tell (no linted code uses the table)";
  return table.unreadIndexes.length ? table.unreadIndexes.join(", ") : "none";
}
function stylish(patterns) {
  const lines = [];
  for (const table of patterns.tables) {
    lines.push(`${table.label}  ${table.file}:${table.line}  (${keysText(table.keys)})`);
    lines.push(`  operations: ${operationsText(table.operations)}`);
    lines.push(`  table: ${sites(table.tableReaders)}`);
    for (const index of table.indexes) lines.push(`  ${indexLabel(index)}: ${sites(index.readers)}`);
    for (const call of table.undeclaredIndexReaders)
      lines.push(`  ${call.index} (not declared): ${site(call)}`);
    if (table.computedIndexReaders.length)
      lines.push(`  an index computed at run time: ${sites(table.computedIndexReaders)}`);
    if (table.scans.length) lines.push(`  scans: ${table.scans.map(site).join("; ")}`);
    lines.push(`  indexes with no reader: ${unreadText(table)}`);
    lines.push(`  write amplification: ${amplificationText(table.writeAmplification)}`);
    lines.push("");
  }
  const unattributed = Object.keys(patterns.unattributed).length;
  lines.push(
    unattributed ? `calls tied to no declared table: ${operationsText(patterns.unattributed)}` : patterns.tables.length ? "every call is tied to a declared table" : "no DynamoDB tables declared"
  );
  return `${lines.join("\n")}
`;
}
function cell(text2) {
  return text2.replace(/\|/g, "\\|");
}
function markdown(patterns) {
  const parts = ["# DynamoDB access patterns", ""];
  for (const table of patterns.tables) {
    parts.push(`## ${table.label}`, "");
    parts.push(`Declared at \`${table.file}:${table.line}\`; keys: ${keysText(table.keys)}.`, "");
    parts.push(`- Operations: ${operationsText(table.operations)}`);
    if (table.scans.length) parts.push(`- Scans: ${table.scans.map((s) => `\`${site(s)}\``).join(", ")}`);
    parts.push(`- Indexes with no reader: ${unreadText(table)}`);
    parts.push(`- Write amplification: ${amplificationText(table.writeAmplification)}`, "");
    parts.push("| reads | keys | code |", "| --- | --- | --- |");
    parts.push(`| table | ${cell(keysText(table.keys))} | ${cell(sites(table.tableReaders))} |`);
    for (const index of table.indexes)
      parts.push(
        `| ${cell(`${index.name} (${index.kind === "global" ? "GSI" : "LSI"})`)} | ${cell(keysText(index.keys))} | ${cell(sites(index.readers))} |`
      );
    for (const call of table.undeclaredIndexReaders)
      parts.push(`| ${cell(`${call.index} (not declared)`)} | | ${cell(site(call))} |`);
    if (table.computedIndexReaders.length)
      parts.push(`| (computed at run time) | | ${cell(sites(table.computedIndexReaders))} |`);
    parts.push("");
  }
  if (Object.keys(patterns.unattributed).length)
    parts.push(`Calls tied to no declared table: ${operationsText(patterns.unattributed)}.`, "");
  return `${parts.join("\n")}`;
}

// src/report/stylish.ts
import { styleText } from "node:util";
function formatStylish(input, options) {
  const { summary } = input;
  const findings = input.onlyNew ? input.findings.filter((f) => f.baselineState !== "unchanged") : input.findings;
  const existing = input.findings.length - findings.length;
  const count = (severity) => findings.filter((f) => f.severity === severity).length;
  const paint = (style, text2) => options.color ? styleText(style, text2, { validateStream: false }) : text2;
  const severityText = {
    error: paint("red", "error"),
    warning: paint("yellow", "warning"),
    info: paint("blue", "info")
  };
  const out = [];
  const byFile = /* @__PURE__ */ new Map();
  for (const finding of findings)
    byFile.set(finding.location.file, [...byFile.get(finding.location.file) ?? [], finding]);
  for (const [file, group] of byFile) {
    out.push(paint("underline", file));
    const positions = group.map((f) => `${f.location.line}:${f.location.column}`);
    const width = Math.max(...positions.map((p) => p.length));
    for (const [i, finding] of group.entries()) {
      const position = paint("dim", positions[i].padEnd(width));
      const severity = severityText[finding.severity] + " ".repeat(7 - finding.severity.length);
      out.push(`  ${position}  ${severity}  ${finding.message}  ${paint("dim", finding.ruleId)}`);
    }
    out.push("");
  }
  const scope = `${plural(summary.files, "file")}, ${plural(summary.tables, "table")}`;
  const already = existing > 0 ? `; ${plural(existing, "finding")} already on ${input.base ?? "the base"} not shown` : "";
  if (findings.length === 0) {
    out.push(paint("green", `\u2714 No ${input.onlyNew ? "new " : ""}problems (${scope} checked${already})`));
  } else {
    const mark = count("error") > 0 ? paint("red", "\u2716") : paint("yellow", "\u26A0");
    out.push(
      `${mark} ${plural(findings.length, input.onlyNew ? "new problem" : "problem")} (${plural(count("error"), "error")}, ${plural(count("warning"), "warning")}, ${plural(count("info"), "info")}) in ${scope}${already}`
    );
  }
  return `${out.join("\n")}
`;
}

// src/cli/program.ts
var FORMATS = ["stylish", "json", "sarif", "markdown"];
var PATTERNS = "patterns";
function oneOf(allowed, value) {
  return allowed.includes(value);
}
async function main(argv, io) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: parseArgsConfig()
    });
  } catch (error) {
    return usage(io, error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(helpText());
    return EXIT_CLEAN;
  }
  if (values.version) {
    io.stdout(`${VERSION}
`);
    return EXIT_CLEAN;
  }
  const format = text(values.format) ?? "stylish";
  if (!oneOf(FORMATS, format)) return usage(io, `--format must be one of ${FORMATS.join(", ")}`);
  const failOn = text(values["fail-on"]) ?? "error";
  if (!oneOf(FAIL_ON, failOn)) return usage(io, `--fail-on must be one of ${FAIL_ON.join(", ")}`);
  const maxWarningsText = text(values["max-warnings"]);
  const maxWarnings = maxWarningsText === void 0 ? void 0 : Number(maxWarningsText);
  if (maxWarnings !== void 0 && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) {
    return usage(io, "--max-warnings must be a whole number");
  }
  const color = values["no-color"] === true ? false : typeof values.color === "boolean" ? values.color : io.color;
  if (positionals[0] === "rules") {
    const preset = text(values.preset)?.replace(/^dynalint:/, "");
    if (preset !== void 0 && !oneOf(PRESETS, preset)) {
      return usage(io, `--preset must be one of ${PRESETS.join(", ")}`);
    }
    const listed = rulesInPreset(rules, preset);
    io.stdout(
      format === "json" ? `${JSON.stringify(ruleMetadata(listed), null, 2)}
` : format === "markdown" ? `${rulesMarkdownTable(listed)}
` : rulesText(listed)
    );
    return EXIT_CLEAN;
  }
  const patterns = patternsCommand(positionals, io.cwd);
  if (patterns && !oneOf(PATTERN_FORMATS, format))
    return usage(io, `patterns: --format must be one of ${PATTERN_FORMATS.join(", ")}`);
  const drift = driftOptions(values, io.progress ? io.stderr : void 0);
  if (typeof drift === "string") return usage(io, drift);
  const base = text(values.base);
  const onlyNew = values["only-new"] === true;
  if (onlyNew && base === void 0) return usage(io, "--only-new needs --base <ref>");
  const writeBaseline = values["write-baseline"] === true;
  const cdkSynth = cdkSynthOptions(values["cdk-synth"] === true, text(values["cdk-synth-timeout"]));
  if (typeof cdkSynth === "string") return usage(io, cdkSynth);
  const configPath = text(values.config);
  const output = text(values.output);
  const cacheLocation = text(values["cache-location"]);
  const outcome = await lint({
    cwd: io.cwd,
    paths: patterns ? patterns.paths : positionals,
    ...configPath ? { configPath } : {},
    ruleOverrides: list(values.rule),
    switches: values["report-unmanaged"] === true ? ["report-unmanaged"] : [],
    code: values["no-code"] !== true,
    ...patterns ? { everyCall: true } : {},
    ...cdkSynth ? { cdkSynth } : {},
    ...drift ? { drift } : {},
    ...base !== void 0 ? { base } : {},
    onlyNew,
    writeBaseline,
    failOn,
    ...maxWarnings !== void 0 ? { maxWarnings } : {},
    cache: values.cache === true,
    keepTables: patterns !== void 0,
    ...cacheLocation !== void 0 ? { cacheLocation } : {}
  });
  if (!outcome.ok) return usage(io, outcome.message);
  const { result } = outcome;
  if (outcome.baselineWritten) {
    const { file, findings } = outcome.baselineWritten;
    io.stderr(`${NAME}: wrote ${findings} ${findings === 1 ? "finding" : "findings"} to ${file}
`);
    for (const line of failureMessages(outcome.failures)) io.stderr(`${NAME}: ${line}
`);
    return outcome.exitCode;
  }
  if (patterns && oneOf(PATTERN_FORMATS, format)) {
    io.stdout(formatPatterns(format, accessPatterns(result.tables, result.uses)));
    for (const line of failureMessages(outcome.failures)) io.stderr(`${NAME}: ${line}
`);
    return outcome.failures.length ? outcome.exitCode : EXIT_CLEAN;
  }
  const input = {
    findings: result.findings,
    summary: result.summary,
    rules: ruleMetadata(rules),
    ...base !== void 0 ? { base: revisionLabel(base) } : {},
    onlyNew,
    ...result.accessChanges?.length ? { accessChanges: result.accessChanges } : {}
  };
  const rendered = render(format, input, color && !output);
  if (output) {
    await writeFile(path.resolve(io.cwd, output), rendered);
    io.stderr(`${NAME}: wrote the ${format} report to ${output} (${result.findings.length} findings)
`);
  } else {
    for (const chunk of rendered) io.stdout(chunk);
  }
  for (const line of failureMessages(outcome.failures)) io.stderr(`${NAME}: ${line}
`);
  return outcome.exitCode;
}
function cdkSynthOptions(enabled, timeoutText) {
  if (!enabled) return timeoutText === void 0 ? void 0 : "--cdk-synth-timeout needs --cdk-synth";
  if (timeoutText === void 0) return {};
  const timeoutSeconds = Number(timeoutText);
  if (!(timeoutSeconds > 0 && timeoutSeconds <= 86400)) {
    return "--cdk-synth-timeout must be a number of seconds from above 0 to 86400";
  }
  return { timeoutSeconds };
}
function patternsCommand(positionals, cwd) {
  const at = positionals.indexOf(PATTERNS);
  if (at < 0 || at > 0 && existsSync(path.resolve(cwd, PATTERNS))) return void 0;
  return { paths: positionals.filter((_, i) => i !== at) };
}
function text(value) {
  return typeof value === "string" ? value : void 0;
}
function list(value) {
  return Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
}
function render(format, input, color) {
  switch (format) {
    case "json":
      return jsonReport(input);
    case "sarif":
      return sarifReport(input);
    case "markdown":
      return [formatMarkdown(input)];
    case "stylish":
      return [formatStylish(input, { color })];
  }
}
function usage(io, message) {
  io.stderr(`${NAME}: ${message}
Run "${NAME} --help" for usage.
`);
  return EXIT_USAGE;
}
export {
  main
};
