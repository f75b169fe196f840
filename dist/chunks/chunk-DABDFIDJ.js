import { createRequire as __dynalintCreateRequire } from 'node:module'; const require = __dynalintCreateRequire(import.meta.url);

// src/model.ts
var SEVERITIES = ["error", "warning", "info"];
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

export {
  SEVERITIES,
  known,
  unknown,
  valueOf,
  fileStart,
  deployerOf,
  tableLabel,
  indexLocation
};
