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
  revisionLabel,
  ruleMetadata,
  rules,
  rulesInPreset,
  rulesMarkdownTable,
  rulesText
} from "./chunk-WIXHANL6.js";
import {
  PRESETS
} from "./chunk-SPO7YNCK.js";
import "./chunk-3UWSUCNJ.js";
import {
  NAME,
  VERSION
} from "./chunk-TOVDJ5CL.js";
import "./chunk-GZ352LVQ.js";
import "./chunk-WIEP54A5.js";
import "./chunk-RELMD6NO.js";

// src/cli/program.ts
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";

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
  const drift = driftOptions(values, io.progress ? io.stderr : void 0);
  if (typeof drift === "string") return usage(io, drift);
  const base = text(values.base);
  const onlyNew = values["only-new"] === true;
  if (onlyNew && base === void 0) return usage(io, "--only-new needs --base <ref>");
  const writeBaseline = values["write-baseline"] === true;
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
    onlyNew,
    writeBaseline,
    failOn,
    ...maxWarnings !== void 0 ? { maxWarnings } : {}
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
  const input = {
    findings: result.findings,
    summary: result.summary,
    rules: ruleMetadata(rules),
    ...base !== void 0 ? { base: revisionLabel(base) } : {},
    onlyNew
  };
  const rendered = render(format, input, color && !output);
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
function render(format, input, color) {
  switch (format) {
    case "json":
      return formatJson(input);
    case "sarif":
      return formatSarif(input);
    case "markdown":
      return formatMarkdown(input);
    case "stylish":
      return formatStylish(input, { color });
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
