#!/usr/bin/env node
import { createRequire as __dynalintCreateRequire } from 'node:module'; const require = __dynalintCreateRequire(import.meta.url);
import {
  EXIT_CLEAN,
  EXIT_USAGE,
  FAIL_ON,
  driftOptions,
  failureMessages,
  formatJson,
  formatMarkdown,
  formatSarif,
  helpText,
  lint,
  parseArgsConfig,
  plural,
  ruleMetadata,
  rules,
  rulesMarkdownTable,
  rulesText
} from "./chunks/chunk-O3N2NVYF.js";
import {
  NAME,
  VERSION
} from "./chunks/chunk-3WLUJZ5D.js";
import "./chunks/chunk-PRY5KB46.js";
import "./chunks/chunk-IPJSJVSJ.js";
import "./chunks/chunk-7UPOVYUT.js";
import "./chunks/chunk-RELMD6NO.js";

// src/cli/program.ts
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";

// src/report/stylish.ts
import { styleText } from "node:util";
function formatStylish({ findings, summary }, options) {
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
  if (findings.length === 0) {
    out.push(paint("green", `\u2714 No problems (${scope} checked)`));
  } else {
    const mark = summary.errors > 0 ? paint("red", "\u2716") : paint("yellow", "\u26A0");
    out.push(
      `${mark} ${plural(findings.length, "problem")} (${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")}, ${plural(summary.infos, "info")}) in ${scope}`
    );
  }
  return `${out.join("\n")}
`;
}

// src/cli/program.ts
var FORMATS = ["stylish", "json", "sarif", "markdown"];
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
  const color2 = values["no-color"] === true ? false : typeof values.color === "boolean" ? values.color : io.color;
  if (positionals[0] === "rules") {
    io.stdout(
      format === "json" ? `${JSON.stringify(ruleMetadata(rules), null, 2)}
` : format === "markdown" ? `${rulesMarkdownTable(rules)}
` : rulesText(rules)
    );
    return EXIT_CLEAN;
  }
  const drift = driftOptions(values, io.progress ? io.stderr : void 0);
  if (typeof drift === "string") return usage(io, drift);
  const base = text(values.base);
  const configPath = text(values.config);
  const output = text(values.output);
  const outcome = await lint({
    cwd: io.cwd,
    paths: positionals,
    ...configPath ? { configPath } : {},
    ruleOverrides: list(values.rule),
    switches: values["report-unmanaged"] === true ? ["report-unmanaged"] : [],
    code: values["no-code"] !== true,
    ...drift ? { drift } : {},
    ...base !== void 0 ? { base } : {},
    failOn,
    ...maxWarnings !== void 0 ? { maxWarnings } : {}
  });
  if (!outcome.ok) return usage(io, outcome.message);
  const { result } = outcome;
  const input = {
    findings: result.findings,
    summary: result.summary,
    rules: ruleMetadata(rules)
  };
  const rendered = render(format, input, color2 && !output);
  if (output) {
    await writeFile(path.resolve(io.cwd, output), rendered);
    io.stderr(`${NAME}: wrote the ${format} report to ${output} (${result.findings.length} findings)
`);
  } else {
    io.stdout(rendered);
  }
  for (const line of failureMessages(outcome.failures)) io.stderr(`${NAME}: ${line}
`);
  return outcome.exitCode;
}
function text(value) {
  return typeof value === "string" ? value : void 0;
}
function list(value) {
  return Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
}
function render(format, input, color2) {
  switch (format) {
    case "json":
      return formatJson(input);
    case "sarif":
      return formatSarif(input);
    case "markdown":
      return formatMarkdown(input);
    case "stylish":
      return formatStylish(input, { color: color2 });
  }
}
function usage(io, message) {
  io.stderr(`${NAME}: ${message}
Run "${NAME} --help" for usage.
`);
  return EXIT_USAGE;
}

// src/cli.ts
var color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR && process.env.TERM !== "dumb";
main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text2) => process.stdout.write(text2),
  stderr: (text2) => process.stderr.write(text2),
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
