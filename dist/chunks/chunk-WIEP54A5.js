import { createRequire as __dynalintCreateRequire } from 'node:module'; const require = __dynalintCreateRequire(import.meta.url);

// src/model.ts
var SEVERITIES = ["error", "warning", "info"];
function pointerToken(key) {
  return key.includes("~") || key.includes("/") ? key.replace(/~/g, "~0").replace(/\//g, "~1") : key;
}
function known(value, location, defaulted) {
  return defaulted ? { known: true, value, location, defaulted } : { known: true, value, location };
}
function unknown(reason, location) {
  return { known: false, reason, location };
}
function valueOf(prop) {
  return prop?.known ? prop.value : void 0;
}
function fileStart(file) {
  return { file, line: 1, column: 1, endLine: 1, endColumn: 1 };
}
function deployerOf(table) {
  switch (table.source.format) {
    case "terraform":
    case "terraform-plan":
      return "terraform";
    case "live":
      return void 0;
    default:
      return "cloudformation";
  }
}
function tableLabel(table) {
  const path = table.source.constructPath?.replace(/\/(Resource|Default)$/, "");
  return path ? `${path} (${table.id})` : table.id;
}
function indexLocation(index) {
  return index.name.location;
}

// src/shared/suppressions.ts
function readDirective(body) {
  const text = body.replace(/\*\/\s*$/, "").trim();
  const separator = text.indexOf("--");
  const ruleText = separator >= 0 ? text.slice(0, separator) : text;
  const reason = separator >= 0 ? text.slice(separator + 2).trim() : "";
  return { ruleIds: ruleText.split(/[\s,]+/).filter(Boolean), reason };
}
function suppressionOf(text, span, example) {
  if (!text.reason) {
    return {
      problem: {
        ruleId: "invalid-suppression",
        severity: "warning",
        message: `a suppression needs a reason (e.g. ${example}); without one it silences nothing`,
        location: span.directive,
        key: `${span.directive.line}`
      }
    };
  }
  return {
    suppression: {
      file: span.file,
      startLine: span.startLine,
      endLine: span.endLine,
      ruleIds: text.ruleIds.length ? text.ruleIds : ["*"],
      reason: text.reason,
      directive: span.directive
    }
  };
}

export {
  SEVERITIES,
  pointerToken,
  known,
  unknown,
  valueOf,
  fileStart,
  deployerOf,
  tableLabel,
  indexLocation,
  readDirective,
  suppressionOf
};
