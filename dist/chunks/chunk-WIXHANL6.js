import { createRequire as __dynalintCreateRequire } from 'node:module'; const require = __dynalintCreateRequire(import.meta.url);
import {
  DIAGNOSTICS,
  EMBEDDED,
  EvaluationBudget,
  SourceLimitError,
  SourceSyntaxError,
  TERRAFORM_EVALUATION_BUDGET,
  applySuppressions,
  attributeOf,
  blocksOf,
  bodyFields,
  buildTable,
  dedupeFindings,
  defineRule,
  diagnosticDocsUrl,
  displayPath,
  entry,
  evaluate,
  evaluationLimitProblem,
  findAutoscaling,
  fingerprint,
  inPreset,
  isTerraformPlanJson,
  iterate,
  jsonBody,
  jsonObject,
  loadPlanText,
  loadTemplateText,
  objectList,
  pLimit,
  parseJsonSource,
  parseSource,
  presetOf,
  readAttributes,
  readBoolean,
  readIndexes,
  readString,
  readTableKey,
  readTags,
  readThroughput,
  runRules,
  sameValue,
  sortFindings,
  stringSetting,
  traversalText,
  unexpected,
  unknownValue,
  unusedSuppressions,
  valueFields
} from "./chunk-SPO7YNCK.js";
import {
  appendAll,
  require_ajv
} from "./chunk-3UWSUCNJ.js";
import {
  HOMEPAGE,
  NAME,
  VERSION,
  ruleDocsUrl
} from "./chunk-TOVDJ5CL.js";
import {
  LANGUAGES,
  MAX_PARSE_MS,
  analyzeFile,
  codeFileKind,
  createParser,
  locationOf,
  parseSelect,
  parseWithin
} from "./chunk-GZ352LVQ.js";
import {
  deployerOf,
  fileStart,
  indexLocation,
  known,
  pointerToken,
  readDirective,
  suppressionOf,
  tableLabel,
  unknown,
  valueOf
} from "./chunk-WIEP54A5.js";
import {
  __commonJS,
  __toESM
} from "./chunk-RELMD6NO.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path18, { windows } = {}) => {
      const segs = path18.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants2 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants2;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed2 = true;
      while (changed2 === true) {
        changed2 = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed2 = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants2.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants2.globChars(opts.windows);
      const EXTGLOB_CHARS = constants2.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open2 = tokens[token.tokensIndex];
          open2.type = "text";
          open2.value = literal;
          open2.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open2.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open2 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open2);
          push(open2);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants2.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants2 = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch4 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch4(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch4.compileRe(glob, options) : picomatch4.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored2 = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored2 = picomatch4(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch4.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored2(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch4.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch4.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch4.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch4.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch4.isMatch = (str, patterns, options) => picomatch4(patterns, options)(str);
    picomatch4.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch4.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch4.scan = (input, options) => scan(input, options);
    picomatch4.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch4.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch4.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch4.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch4.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch4.constants = constants2;
    module.exports = picomatch4;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch4(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch4, pico);
    module.exports = picomatch4;
  }
});

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key2, value) => {
      Object.defineProperty(object, key2, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run3, space) => space ? run3.slice(0, run3.length - run3.length % 2) + SPACE : run3,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE2 = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run3, at2) => {
      let separator = EMPTY;
      for (let index = at2 + 1; index < run3.length && !run3[index].wildcard; index++) {
        separator += run3[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run3 = [];
      const flush = () => {
        let lastWildcard;
        run3.forEach((token, at2) => {
          if (token.wildcard) {
            lastWildcard = at2;
          }
        });
        run3.forEach((token, at2) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at2 === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run3, at2)})[^\\/])*`;
        });
        run3 = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run3.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path18) => {
      const end = path18.length - 1;
      const index = path18.lastIndexOf(
        SLASH,
        path18[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path18 : path18.slice(index + 1);
    };
    var parentOf = (path18) => {
      if (path18.charCodeAt(0) === SLASH_CODE || path18.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path18.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path18.length - 1;
      const cut = path18.lastIndexOf(
        SLASH,
        path18.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path18.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key2 = UNDERSCORE2 + MODE_IGNORE;
        if (this[key2]) {
          return this[key2];
        }
        return this._make(MODE_IGNORE, key2);
      }
      get checkRegex() {
        const key2 = UNDERSCORE2 + MODE_CHECK_IGNORE;
        if (this[key2]) {
          return this[key2];
        }
        return this._make(MODE_CHECK_IGNORE, key2);
      }
      _make(mode, key2) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key2, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path18) {
        const rules2 = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules2.length - 1; index >= 0; index--) {
          const rule = rules2[index];
          if (rule.checkRegex.test(path18)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path18, mode) {
        const rules2 = this._rules;
        const { length } = rules2;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path18) : path18;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules2[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path18
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message2, Ctor) => {
      throw new Ctor(message2);
    };
    var checkPath = (path18, originalPath, doThrow) => {
      if (!isString(path18)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path18) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path18)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path18) => {
      const first = path18.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path18.length === 1) {
        return true;
      }
      const second = path18.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path18.length === 2 || path18.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path18) {
        checkPath(
          path18,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path18 ? this._t(path18, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path18 = convertPath(target);
        if (!path18 || path18.charCodeAt(path18.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path18);
        }
        const dir = this._t(path18, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path18);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path18, cache) {
        if (path18 in cache) {
          return cache[path18];
        }
        const parentPath = parentOf(path18);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path18] = parent && parent.ignored ? parent : this._rules.test(path18, MODE_IGNORE);
      }
      ignores(path18) {
        return this._test(path18, this._ignoreCache, convertPath(path18)).ignored;
      }
      createFilter() {
        return (path18) => !this.ignores(path18);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path18) {
        return this._test(path18, this._testCache, convertPath(path18));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path18) => checkPath(convertPath(path18), path18, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path18) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path18) || isNotRelative(path18);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// src/vocabulary.ts
var CLOUDFORMATION = {
  attributeDefinitions: "AttributeDefinitions",
  keySchema: "KeySchema",
  billingMode: "BillingMode",
  onDemand: "BillingMode: PAY_PER_REQUEST",
  provisionedThroughput: "ProvisionedThroughput",
  capacityUnits: "ReadCapacityUnits/WriteCapacityUnits",
  onDemandThroughput: "OnDemandThroughput",
  nonKeyAttributes: "NonKeyAttributes",
  projectionAll: "ProjectionType ALL",
  pointInTimeRecoveryOn: "PointInTimeRecoverySpecification: {PointInTimeRecoveryEnabled: true}",
  replicaPointInTimeRecoveryOn: "the replica's PointInTimeRecoverySpecification",
  recoveryPeriod: "RecoveryPeriodInDays"
};
var TERRAFORM = {
  attributeDefinitions: "the attribute blocks",
  keySchema: "hash_key/range_key",
  billingMode: "billing_mode",
  onDemand: 'billing_mode = "PAY_PER_REQUEST"',
  provisionedThroughput: "read_capacity/write_capacity",
  capacityUnits: "read_capacity and write_capacity",
  onDemandThroughput: "on_demand_throughput",
  nonKeyAttributes: "non_key_attributes",
  projectionAll: 'projection_type = "ALL"',
  pointInTimeRecoveryOn: "point_in_time_recovery { enabled = true }",
  replicaPointInTimeRecoveryOn: "point_in_time_recovery = true on the replica",
  recoveryPeriod: "recovery_period_in_days"
};
var GLOBAL_TABLE = {
  ...CLOUDFORMATION,
  provisionedThroughput: "WriteProvisionedThroughputSettings (and ReadProvisionedThroughputSettings per replica)",
  capacityUnits: "WriteProvisionedThroughputSettings/ReadProvisionedThroughputSettings",
  onDemandThroughput: "WriteOnDemandThroughputSettings/ReadOnDemandThroughputSettings"
};
function vocabularyOf(table) {
  if (deployerOf(table) === "terraform") return TERRAFORM;
  return table.resourceType === "AWS::DynamoDB::GlobalTable" ? GLOBAL_TABLE : CLOUDFORMATION;
}

// rules/billing-mode.ts
var MODES = /* @__PURE__ */ new Set(["PROVISIONED", "PAY_PER_REQUEST"]);
var MESSAGES = {
  unknownMode: '{{billingMode}} "{{mode}}" of {{table}} is not PROVISIONED or PAY_PER_REQUEST.',
  noCapacity: "{{table}} is PROVISIONED but sets no read and write capacity; the deployment fails. Set {{provisionedThroughput}}, or {{onDemand}} for on-demand.",
  noCapacityByDefault: "{{table}} defaults to PROVISIONED (no {{billingMode}}) but sets no read and write capacity; the deployment fails. Set {{provisionedThroughput}}, or {{onDemand}} for on-demand.",
  indexNoCapacity: "Global index {{index}} of {{table}} sets no provisioned capacity, but the table is PROVISIONED; every GSI of a provisioned table needs its own {{provisionedThroughput}}.",
  indexNoCapacityByDefault: "Global index {{index}} of {{table}} sets no provisioned capacity, but the table defaults to PROVISIONED (no {{billingMode}}); every GSI of a provisioned table needs its own {{provisionedThroughput}}.",
  onDemandCapacity: "{{table}} is PAY_PER_REQUEST but sets provisioned capacity; DynamoDB rejects {{capacityUnits}} on on-demand tables. Remove {{provisionedThroughput}} (use {{onDemandThroughput}} to cap spend).",
  indexOnDemandCapacity: "Global index {{index}} of {{table}} sets provisioned capacity, but the table is PAY_PER_REQUEST; remove the index's {{provisionedThroughput}}."
};
function hasCapacity(throughput, autoscaled) {
  if (!throughput) return false;
  if (autoscaled && throughput.read === void 0 && throughput.write === void 0) return true;
  return throughput.read !== void 0 && throughput.write !== void 0;
}
function setsCapacity(throughput) {
  return [throughput?.read, throughput?.write].some((v) => v?.known && v.value !== 0);
}
var billing_mode_default = defineRule({
  id: "billing-mode",
  kind: "table",
  description: "PROVISIONED tables need capacity on the table and every GSI; PAY_PER_REQUEST tables must not set provisioned capacity.",
  severity: "error",
  messages: MESSAGES,
  check({ tables, report }) {
    for (const table of tables) {
      if (table.resourceType === "AWS::Serverless::SimpleTable" || !table.billingMode.known) continue;
      const mode = table.billingMode.value;
      if (!MODES.has(mode)) {
        report({
          table,
          property: "BillingMode",
          location: table.billingMode.location,
          messageId: "unknownMode",
          data: { billingMode: vocabularyOf(table).billingMode, mode, table: tableLabel(table) }
        });
        continue;
      }
      if (mode === "PROVISIONED") checkProvisioned(table, report);
      else checkOnDemand(table, report);
    }
  }
});
function checkProvisioned(table, report) {
  const words3 = vocabularyOf(table);
  const byDefault = table.billingMode.known && table.billingMode.defaulted === true;
  const data = {
    table: tableLabel(table),
    billingMode: words3.billingMode,
    provisionedThroughput: words3.provisionedThroughput,
    onDemand: words3.onDemand
  };
  if (!hasCapacity(table.throughput, table.autoscaled)) {
    report({
      table,
      property: "ProvisionedThroughput",
      location: table.throughput?.location ?? table.billingMode.location,
      messageId: byDefault ? "noCapacityByDefault" : "noCapacity",
      data
    });
  }
  if (!table.globalIndexes.known) return;
  for (const index of table.globalIndexes.value) {
    if (hasCapacity(index.throughput, index.autoscaled)) continue;
    const name = index.name.known ? index.name.value : "(unnamed)";
    report({
      table,
      property: `index:${name}:ProvisionedThroughput`,
      location: indexLocation(index),
      messageId: byDefault ? "indexNoCapacityByDefault" : "indexNoCapacity",
      data: { ...data, index: name }
    });
  }
}
function checkOnDemand(table, report) {
  const words3 = vocabularyOf(table);
  const data = {
    table: tableLabel(table),
    capacityUnits: words3.capacityUnits,
    provisionedThroughput: words3.provisionedThroughput,
    onDemandThroughput: words3.onDemandThroughput
  };
  if (table.throughput && !table.autoscaled && setsCapacity(table.throughput)) {
    report({
      table,
      property: "ProvisionedThroughput",
      location: table.throughput.location,
      messageId: "onDemandCapacity",
      data
    });
  }
  if (!table.globalIndexes.known) return;
  for (const index of table.globalIndexes.value) {
    if (!index.throughput || index.autoscaled || !setsCapacity(index.throughput)) continue;
    const name = index.name.known ? index.name.value : "(unnamed)";
    report({
      table,
      property: `index:${name}:ProvisionedThroughput`,
      location: index.throughput.location,
      messageId: "indexOnDemandCapacity",
      data: { ...data, index: name }
    });
  }
}

// rules/deletion-protection.ts
var MESSAGES2 = {
  unprotected: "{{table}} can be deleted with its data by a stack operation and nothing stops it: no {{deletionProtection}}, and DeletionPolicy is {{policy}}. Set {{deletionProtection}} or DeletionPolicy: Retain (with UpdateReplacePolicy: Retain).",
  simpleTableUnprotected: "{{table}} can be deleted with its data by a stack operation and nothing stops it: DeletionPolicy is {{policy}} (a SimpleTable has no deletion protection setting). Set DeletionPolicy: Retain and UpdateReplacePolicy: Retain, or declare an AWS::DynamoDB::Table with DeletionProtectionEnabled.",
  snapshotPolicy: "DeletionPolicy Snapshot does not protect {{table}}: CloudFormation snapshots only EC2 volumes, ElastiCache, Neptune, RDS, DocumentDB and Redshift resources, so a stack deletion deletes this table and its data. Set {{deletionProtection}} or DeletionPolicy: Retain.",
  replacementUnprotected: "{{table}} survives a stack deletion (DeletionPolicy {{policy}}) but not a replacement: UpdateReplacePolicy is {{updatePolicy}}, so an update that replaces the table deletes the old one with its data. Set UpdateReplacePolicy: Retain or {{deletionProtection}}.",
  terraformUnprotected: "{{table}} can be deleted with its data by terraform destroy, a replacement or removing the resource, and nothing stops it. Set deletion_protection_enabled = true or lifecycle { prevent_destroy = true }."
};
var RETAINING = /* @__PURE__ */ new Set(["Retain", "RetainExceptOnCreate"]);
function allOn(values) {
  if (values.some((v) => valueOf(v) === false)) return false;
  return values.length > 0 && values.every((v) => valueOf(v) === true) ? true : void 0;
}
function deletionProtection(table) {
  if (table.resourceType === "AWS::DynamoDB::GlobalTable") {
    if (!table.replicas?.known) return void 0;
    return allOn(table.replicas.value.map((r) => r.deletionProtection));
  }
  return allOn([table.deletionProtection]);
}
function written(prop, fallback) {
  return prop && !(prop.known && prop.defaulted) ? prop.location : fallback;
}
var deletion_protection_default = defineRule({
  id: "deletion-protection",
  kind: "table",
  description: "Nothing stops a stack operation from deleting a table and its data: no deletion protection, and no Retain policy (CloudFormation) or prevent_destroy (Terraform).",
  severity: "warning",
  equivalents: [
    {
      tool: "security-hub",
      id: "DynamoDB.6",
      differs: "checks DeletionProtectionEnabled only; dynalint also accepts a Retain policy or prevent_destroy"
    },
    {
      tool: "cfn-lint",
      id: "I3011",
      differs: "asks for both policies to be set; dynalint accepts deletion protection instead"
    }
  ],
  messages: MESSAGES2,
  check({ tables, report }) {
    for (const table of tables) {
      const protection = deletionProtection(table);
      if (protection !== false) continue;
      const label = tableLabel(table);
      const global = table.resourceType === "AWS::DynamoDB::GlobalTable";
      const deletionProtectionWords = global ? "DeletionProtectionEnabled: true on every replica" : "DeletionProtectionEnabled: true";
      if (deployerOf(table) === "terraform") {
        if (table.source.format === "terraform-plan") continue;
        if (table.preventDestroy && valueOf(table.preventDestroy) !== false) continue;
        report({
          table,
          property: "DeletionProtection",
          location: table.location,
          messageId: "terraformUnprotected",
          data: { table: label }
        });
        continue;
      }
      const policy = table.deletionPolicy;
      const updatePolicy = table.updateReplacePolicy;
      if (!policy?.known) continue;
      const data = {
        table: label,
        policy: policy.defaulted ? `${policy.value} (the default)` : policy.value,
        deletionProtection: deletionProtectionWords
      };
      if (policy.value === "Snapshot") {
        report({
          table,
          property: "DeletionPolicy",
          location: policy.location,
          messageId: "snapshotPolicy",
          data
        });
      } else if (!RETAINING.has(policy.value)) {
        const simple = table.resourceType === "AWS::Serverless::SimpleTable";
        report({
          table,
          property: "DeletionPolicy",
          location: written(policy, table.location),
          messageId: simple ? "simpleTableUnprotected" : "unprotected",
          data
        });
      } else if (updatePolicy?.known && !RETAINING.has(updatePolicy.value) && !table.name) {
        report({
          table,
          property: "UpdateReplacePolicy",
          location: written(updatePolicy, policy.location),
          messageId: "replacementUnprotected",
          data: { ...data, updatePolicy: updatePolicy.value }
        });
      }
    }
  }
});

// rules/drift-unmapped.ts
var drift_unmapped_default = defineRule({
  id: "drift-unmapped",
  kind: "drift",
  description: "A declared table could not be matched with a live table, so it was not checked for drift.",
  severity: "info",
  messages: {
    notChecked: "{{table}} not checked for drift: {{reason}}. To check it, {{fix}}."
  },
  check({ unmapped, report }) {
    for (const { declared, reason, fix } of unmapped) {
      report({
        table: declared,
        property: "mapping",
        location: declared.location,
        messageId: "notChecked",
        data: { table: tableLabel(declared), reason, fix }
      });
    }
  }
});

// rules/encryption-key.ts
var MESSAGES3 = {
  awsOwnedKey: "{{table}} is encrypted with an AWS-owned key (the default): no key policy controls it and CloudTrail does not log its use, but this repository requires {{requirement}}. Set {{fix}}.",
  awsManagedKey: "{{table}} is encrypted with the AWS-managed key alias/aws/dynamodb, but this repository requires a customer-managed key (its own key policy, rotation and revocation). Set {{fix}}."
};
var KINDS = ["aws-owned", "aws-managed", "customer-managed"];
var AWS_MANAGED_ALIAS = /(^|:)alias\/aws\/dynamodb$/;
function namedKey(key2) {
  if (!key2) return { atLeast: "aws-managed", exact: true };
  if (!key2.known) return { atLeast: "aws-managed", exact: false };
  return AWS_MANAGED_ALIAS.test(key2.value) ? { atLeast: "aws-managed", exact: true } : { atLeast: "customer-managed", exact: true };
}
function weakest(readings) {
  const lowest = Math.min(...readings.map((r) => KINDS.indexOf(r.atLeast)));
  const atLowest = readings.filter((r) => KINDS.indexOf(r.atLeast) === lowest);
  return { atLeast: KINDS[lowest] ?? "aws-managed", exact: atLowest.some((r) => r.exact) };
}
function keyOf(table) {
  const sse = table.sse;
  if (!sse?.known) return void 0;
  if (!sse.value.enabled) return { atLeast: "aws-owned", exact: true };
  if (sse.value.type !== void 0 && sse.value.type !== "KMS") return void 0;
  if (table.resourceType !== "AWS::DynamoDB::GlobalTable" || sse.value.kmsKey)
    return namedKey(sse.value.kmsKey);
  if (!table.replicas?.known || table.replicas.value.length === 0)
    return { atLeast: "aws-managed", exact: false };
  return weakest(table.replicas.value.map((replica) => namedKey(replica.kmsKey)));
}
function fixFor(table, require2) {
  const terraform = deployerOf(table) === "terraform";
  const module = table.id.startsWith("module.");
  if (require2 === "aws-managed") {
    if (module)
      return "server_side_encryption_enabled = true (module 6.x: server_side_encryption = { enabled = true })";
    return terraform ? "server_side_encryption { enabled = true }" : "SSESpecification: {SSEEnabled: true}";
  }
  if (module) {
    return "server_side_encryption_enabled = true and server_side_encryption_kms_key_arn (module 6.x: server_side_encryption = { kms_key_arn = \u2026 })";
  }
  if (terraform) return "server_side_encryption { enabled = true, kms_key_arn = <your key ARN> }";
  if (table.resourceType === "AWS::DynamoDB::GlobalTable") {
    return "SSESpecification: {SSEEnabled: true, SSEType: KMS} and ReplicaSSESpecification.KMSMasterKeyId on every replica";
  }
  if (table.resourceType === "AWS::Serverless::SimpleTable") {
    return "an AWS::DynamoDB::Table with SSESpecification.KMSMasterKeyId (a SimpleTable cannot name a key)";
  }
  return "SSESpecification: {SSEEnabled: true, SSEType: KMS, KMSMasterKeyId: <your key>}";
}
var encryption_key_default = defineRule({
  id: "encryption-key",
  kind: "table",
  description: "A table is encrypted with a weaker kind of key than the repository requires (AWS-owned < AWS-managed < customer-managed).",
  severity: "warning",
  preset: "strict",
  options: {
    type: "object",
    properties: {
      require: {
        description: "The weakest key kind accepted: `aws-managed` (any KMS key) or `customer-managed` (a key of your own).",
        enum: ["aws-managed", "customer-managed"],
        default: "customer-managed"
      }
    },
    additionalProperties: false
  },
  equivalents: [
    {
      tool: "checkov",
      id: "CKV_AWS_119",
      differs: "named for customer-managed keys but passes any SSE-enabled table (checkov#1473): require aws-managed"
    },
    {
      tool: "trivy",
      id: "AVD-AWS-0025",
      differs: "flags SSE enabled without a key but passes the AWS-owned default; dynalint flags both"
    },
    { tool: "cfn-nag", id: "W74", differs: "flags AWS-owned only: require aws-managed" }
  ],
  messages: MESSAGES3,
  check({ tables, options, report }) {
    const require2 = options.require;
    for (const table of tables) {
      const key2 = keyOf(table);
      if (!key2) continue;
      const rank = KINDS.indexOf(key2.atLeast);
      if (rank >= KINDS.indexOf(require2) || !key2.exact) continue;
      const sse = table.sse;
      const location = sse && !(sse.known && sse.defaulted) ? sse.location : table.location;
      const data = {
        table: tableLabel(table),
        requirement: require2 === "aws-managed" ? "a KMS key" : "a customer-managed key",
        fix: fixFor(table, require2)
      };
      report({
        table,
        property: "SSESpecification",
        location,
        messageId: key2.atLeast === "aws-owned" ? "awsOwnedKey" : "awsManagedKey",
        data
      });
    }
  }
});

// rules/explicit-table-name.ts
var MESSAGES4 = {
  explicitName: '{{table}} sets TableName{{name}}: CloudFormation cannot replace a custom-named resource, so an update that needs a new table (key schema, local indexes) fails with "cannot update a stack when a custom-named resource requires replacing". Leave TableName out and pass the generated name on with !Ref.'
};
var explicit_table_name_default = defineRule({
  id: "explicit-table-name",
  kind: "table",
  description: "A CloudFormation table sets TableName, so an update that needs to replace it fails.",
  severity: "info",
  preset: "all",
  equivalents: [{ tool: "cfn-nag", id: "W28" }],
  messages: MESSAGES4,
  check({ tables, report }) {
    for (const table of tables) {
      if (deployerOf(table) !== "cloudformation" || !table.name) continue;
      report({
        table,
        property: "TableName",
        location: table.name.location,
        messageId: "explicitName",
        data: { table: tableLabel(table), name: table.name.known ? ` "${table.name.value}"` : "" }
      });
    }
  }
});

// rules/global-table-replicas.ts
var MESSAGES5 = {
  duplicateRegion: "{{table}} declares a replica in {{region}} twice: a global table has at most one replica per region. Remove one.",
  noStream: "{{table}} is replicated in {{count}} regions but has no {{stream}}: replication between regions runs on DynamoDB Streams, which a multi-Region eventually consistent global table must have (NEW_AND_OLD_IMAGES is what DynamoDB turns on itself)."
};
function replicasOf(table) {
  return table.replicas?.known ? table.replicas.value : [];
}
var global_table_replicas_default = defineRule({
  id: "global-table-replicas",
  kind: "table",
  description: "A global table declares a region twice, or replicates without the DynamoDB stream replication needs.",
  severity: "warning",
  messages: MESSAGES5,
  check({ tables, report }) {
    for (const table of tables) {
      const replicas = replicasOf(table);
      if (replicas.length === 0) continue;
      const label = tableLabel(table);
      const seen = /* @__PURE__ */ new Set();
      for (const replica of replicas) {
        const region = valueOf(replica.region);
        if (region === void 0) continue;
        if (seen.has(region)) {
          report({
            table,
            property: `replica:${region}`,
            location: replica.region.location,
            messageId: "duplicateRegion",
            data: { table: label, region }
          });
        }
        seen.add(region);
      }
      const terraform = deployerOf(table) === "terraform";
      const regions = terraform ? replicas.length + 1 : replicas.length;
      if (regions < 2 || !table.stream?.known) continue;
      const stream = terraform ? "stream_enabled = true with stream_view_type" : "StreamSpecification.StreamViewType";
      if (table.stream.value.enabled) continue;
      report({
        table,
        property: "StreamSpecification",
        location: table.stream.defaulted ? table.location : table.stream.location,
        messageId: "noStream",
        data: { table: label, count: regions, stream }
      });
    }
  }
});

// rules/gsi-count.ts
var gsi_count_default = defineRule({
  id: "gsi-count",
  kind: "table",
  description: "A table has more global secondary indexes than its access patterns justify.",
  severity: "warning",
  messages: {
    overQuota: "{{table}} declares {{count}} global secondary indexes, over the quota of {{quota}} per table: the deployment fails unless the quota is raised through Service Quotas.",
    overMax: "{{table}} declares {{count}} global secondary indexes (more than {{max}}): every GSI copies each write and adds write cost; check that each serves a real access pattern, or overload a few generic indexes (GSI1PK/GSI1SK)."
  },
  options: {
    type: "object",
    properties: {
      max: { type: "integer", minimum: 0, default: 5, description: "Warn above this many GSIs." },
      quota: {
        type: "integer",
        minimum: 1,
        default: 20,
        description: "The account quota of GSIs per table (20 unless raised through Service Quotas)."
      }
    },
    additionalProperties: false
  },
  check({ tables, options, report }) {
    for (const table of tables) {
      if (!table.globalIndexes.known) continue;
      const count = table.globalIndexes.value.length;
      if (count > options.quota) {
        report({
          table,
          property: "GlobalSecondaryIndexes",
          location: table.globalIndexes.location,
          severity: "error",
          messageId: "overQuota",
          data: { table: tableLabel(table), count, quota: options.quota }
        });
      } else if (count > options.max) {
        report({
          table,
          property: "GlobalSecondaryIndexes",
          location: table.globalIndexes.location,
          messageId: "overMax",
          data: { table: tableLabel(table), count, max: options.max }
        });
      }
    }
  }
});

// rules/gsi-projection-all.ts
var MESSAGES6 = {
  projectionAll: "Global index {{index}} of {{table}} projects ALL attributes: each write of an item is copied whole to it. With {{copies}} of the table's {{count}} global indexes projecting ALL or INCLUDE, one item write costs up to {{amplification}} writes. Project only the attributes its queries read ({{nonKeyAttributes}} with INCLUDE, or KEYS_ONLY)."
};
function projectionType(index) {
  return index.projection?.known ? index.projection.value.type : void 0;
}
var gsi_projection_all_default = defineRule({
  id: "gsi-projection-all",
  kind: "table",
  description: "A global index projects ALL attributes on a table with several global indexes, multiplying the cost and size of every write.",
  severity: "info",
  options: {
    type: "object",
    properties: {
      minIndexes: {
        description: "Report only tables with at least this many global indexes.",
        type: "integer",
        minimum: 1,
        default: 2
      }
    },
    additionalProperties: false
  },
  messages: MESSAGES6,
  check({ tables, options, report }) {
    for (const table of tables) {
      if (!table.globalIndexes.known) continue;
      const indexes = table.globalIndexes.value;
      if (indexes.length < options.minIndexes) continue;
      const types = indexes.map(projectionType);
      if (types.some((type) => type === void 0)) continue;
      const copies = types.filter((type) => type === "ALL" || type === "INCLUDE").length;
      for (const [i, index] of indexes.entries()) {
        if (types[i] !== "ALL") continue;
        const name = index.name.known ? index.name.value : "(unnamed)";
        report({
          table,
          property: `index:${name}:Projection`,
          location: index.projection?.location ?? indexLocation(index),
          messageId: "projectionAll",
          data: {
            table: tableLabel(table),
            index: name,
            count: indexes.length,
            copies,
            amplification: copies + 1,
            nonKeyAttributes: vocabularyOf(table).nonKeyAttributes
          }
        });
      }
    }
  }
});

// src/diff/compare.ts
function keySignature(keys) {
  return keys.map((k) => `${k.role}:${k.attribute}`).join(",");
}
function indexSignature(index) {
  if (!index.name.known || !index.keySchema.known) return void 0;
  const projection = index.projection?.known ? `${index.projection.value.type}:${[...index.projection.value.nonKeyAttributes].sort().join("|")}` : index.projection ? void 0 : "";
  if (projection === void 0) return void 0;
  return `${index.name.value}|${keySignature(index.keySchema.value)}|${projection}`;
}
function indexSignatures(indexes) {
  if (!indexes.known) return void 0;
  const signatures = /* @__PURE__ */ new Map();
  for (const index of indexes.value) {
    const signature = indexSignature(index);
    if (signature === void 0 || !index.name.known) return void 0;
    signatures.set(index.name.value, signature);
  }
  return signatures;
}
function changed(before, after) {
  return before?.known === true && after?.known === true && before.value !== after.value;
}

// rules/gsi-update-limit.ts
var gsi_update_limit_default = defineRule({
  id: "gsi-update-limit",
  kind: "change",
  description: "One CloudFormation update creates or deletes more than one global secondary index, which DynamoDB rejects.",
  severity: "error",
  messages: {
    createsAndDeletes: "This change creates {{created}} and deletes {{deleted}} on {{table}} (compared with {{base}}): DynamoDB creates or deletes only one global secondary index per update, so the CloudFormation update fails. Deploy one index change at a time ({{count}} deployments).",
    creates: "This change creates {{created}} on {{table}} (compared with {{base}}): DynamoDB creates or deletes only one global secondary index per update, so the CloudFormation update fails. Deploy one index change at a time ({{count}} deployments).",
    deletes: "This change deletes {{deleted}} on {{table}} (compared with {{base}}): DynamoDB creates or deletes only one global secondary index per update, so the CloudFormation update fails. Deploy one index change at a time ({{count}} deployments)."
  },
  check({ pairs, base: revision, report }) {
    for (const { base, head } of pairs) {
      if (!base || !head || deployerOf(head) !== "cloudformation" || base.resourceType !== head.resourceType)
        continue;
      const before = indexSignatures(base.globalIndexes);
      const after = indexSignatures(head.globalIndexes);
      if (!before || !after) continue;
      const created = [...after].filter(([name, signature]) => before.get(name) !== signature).map(([name]) => name);
      const deleted = [...before].filter(([name, signature]) => after.get(name) !== signature).map(([name]) => name);
      if (created.length + deleted.length <= 1) continue;
      report({
        table: head,
        property: "GlobalSecondaryIndexes",
        location: head.globalIndexes.location,
        messageId: created.length === 0 ? "deletes" : deleted.length === 0 ? "creates" : "createsAndDeletes",
        data: {
          table: tableLabel(head),
          created: created.join(", "),
          deleted: deleted.join(", "),
          base: revision,
          count: created.length + deleted.length
        }
      });
    }
  }
});

// rules/gsi-write-capacity.ts
var MESSAGES7 = {
  lowIndexWrites: "Global index {{index}} of {{table}} has {{indexWrites}} write capacity units, fewer than the table's {{tableWrites}}: when the index cannot keep up, DynamoDB throttles writes to the table itself (GSI back-pressure). Give the index at least the table's write capacity in {{provisionedThroughput}}, or autoscale both."
};
var gsi_write_capacity_default = defineRule({
  id: "gsi-write-capacity",
  kind: "table",
  description: "A provisioned global index has less write capacity than its table, so index throttling throttles the table's writes.",
  severity: "warning",
  messages: MESSAGES7,
  check({ tables, report }) {
    for (const table of tables) {
      if (!table.billingMode.known || table.billingMode.value !== "PROVISIONED") continue;
      if (table.autoscaled || !table.globalIndexes.known) continue;
      const tableWrites = table.throughput?.write;
      if (!tableWrites?.known) continue;
      for (const index of table.globalIndexes.value) {
        const indexWrites = index.throughput?.write;
        if (index.autoscaled || !indexWrites?.known || indexWrites.value >= tableWrites.value) continue;
        const name = index.name.known ? index.name.value : "(unnamed)";
        report({
          table,
          property: `index:${name}:WriteCapacity`,
          location: indexWrites.location ?? indexLocation(index),
          messageId: "lowIndexWrites",
          data: {
            table: tableLabel(table),
            index: name,
            indexWrites: indexWrites.value,
            tableWrites: tableWrites.value,
            provisionedThroughput: vocabularyOf(table).provisionedThroughput
          }
        });
      }
    }
  }
});

// rules/index-limits.ts
var MAX_LOCAL_INDEXES = 5;
var MAX_PROJECTED_ATTRIBUTES = 100;
var MAX_INDEX_KEY_ATTRIBUTES = 4;
var NAME2 = /^[a-zA-Z0-9_.-]{3,255}$/;
function indexName(index) {
  return index.name.known ? index.name.value : "(unnamed)";
}
var index_limits_default = defineRule({
  id: "index-limits",
  kind: "table",
  description: "Secondary indexes and names stay within DynamoDB limits: LSI count and keys, unique index names, projected attributes, name format, multi-attribute key sizes.",
  severity: "error",
  messages: {
    invalidTableName: 'Table name of {{table}} "{{name}}" is not a valid name: use 3 to 255 characters of a-z, A-Z, 0-9, "_", "-" and ".".',
    invalidIndexName: 'Index name in {{table}} "{{name}}" is not a valid name: use 3 to 255 characters of a-z, A-Z, 0-9, "_", "-" and ".".',
    tooManyLocalIndexes: "{{table}} declares {{count}} local secondary indexes; a table can have at most {{max}}.",
    localPartitionKey: `Local index {{index}} of {{table}} has partition key "{{partition}}"; an LSI shares the table's partition key "{{tablePartition}}".`,
    localKeyShape: "Local index {{index}} of {{table}} needs exactly one partition key and one sort key.",
    localNeedsTableSortKey: "Local index {{index}} requires {{table}} to have a sort key; it has only a partition key.",
    globalKeyShape: "Global index {{index}} of {{table}} has {{partitions}} partition and {{sorts}} sort key attributes; a GSI key has 1 to {{max}} partition and at most {{max}} sort key attributes.",
    duplicateIndexName: 'Index name "{{name}}" is used twice in {{table}}; index names are unique per table across GSIs and LSIs.',
    tooManyProjectedAttributes: "The indexes of {{table}} project {{count}} non-key attributes ({{nonKeyAttributes}}) in total; DynamoDB allows at most {{max}} across all secondary indexes (consider {{projectionAll}} or fewer INCLUDE attributes)."
  },
  check({ tables, report }) {
    const checkName = (table, name, messageId, property) => {
      if (!name?.known || NAME2.test(name.value)) return;
      report({
        table,
        property,
        location: name.location,
        messageId,
        data: { table: tableLabel(table), name: name.value }
      });
    };
    for (const table of tables) {
      checkName(table, table.name, "invalidTableName", "TableName");
      const globals = table.globalIndexes.known ? table.globalIndexes.value : [];
      const locals = table.localIndexes.known ? table.localIndexes.value : [];
      const tableKey = table.keySchema.known ? table.keySchema.value : void 0;
      const tablePartition = tableKey?.find((k) => k.role === "partition")?.attribute;
      const tableHasSort = tableKey?.some((k) => k.role === "sort");
      if (table.localIndexes.known && locals.length > MAX_LOCAL_INDEXES) {
        report({
          table,
          property: "LocalSecondaryIndexes",
          location: table.localIndexes.location,
          messageId: "tooManyLocalIndexes",
          data: { table: tableLabel(table), count: locals.length, max: MAX_LOCAL_INDEXES }
        });
      }
      for (const index of locals) {
        if (!index.keySchema.known) continue;
        const partition = index.keySchema.value.filter((k) => k.role === "partition");
        const sort = index.keySchema.value.filter((k) => k.role === "sort");
        const name = indexName(index);
        if (tablePartition !== void 0 && partition.length === 1 && partition[0]?.attribute !== tablePartition) {
          report({
            table,
            property: `index:${name}:partition`,
            location: partition[0]?.location ?? indexLocation(index),
            messageId: "localPartitionKey",
            data: {
              index: name,
              table: tableLabel(table),
              partition: String(partition[0]?.attribute),
              tablePartition
            }
          });
        }
        if (partition.length !== 1 || sort.length !== 1) {
          report({
            table,
            property: `index:${name}:shape`,
            location: index.keySchema.location,
            messageId: "localKeyShape",
            data: { index: name, table: tableLabel(table) }
          });
        }
        if (tableHasSort === false) {
          report({
            table,
            property: `index:${name}:table-sort`,
            location: indexLocation(index),
            messageId: "localNeedsTableSortKey",
            data: { index: name, table: tableLabel(table) }
          });
        }
      }
      for (const index of globals) {
        if (!index.keySchema.known) continue;
        const name = indexName(index);
        const partition = index.keySchema.value.filter((k) => k.role === "partition").length;
        const sort = index.keySchema.value.length - partition;
        if (partition < 1 || partition > MAX_INDEX_KEY_ATTRIBUTES || sort > MAX_INDEX_KEY_ATTRIBUTES) {
          report({
            table,
            property: `index:${name}:shape`,
            location: index.keySchema.location,
            messageId: "globalKeyShape",
            data: {
              index: name,
              table: tableLabel(table),
              partitions: partition,
              sorts: sort,
              max: MAX_INDEX_KEY_ATTRIBUTES
            }
          });
        }
      }
      const seen = /* @__PURE__ */ new Set();
      for (const index of [...globals, ...locals]) {
        checkName(table, index.name, "invalidIndexName", `index:${indexName(index)}:name`);
        if (!index.name.known) continue;
        if (seen.has(index.name.value)) {
          report({
            table,
            property: `index:${index.name.value}:duplicate`,
            location: index.name.location,
            messageId: "duplicateIndexName",
            data: { name: index.name.value, table: tableLabel(table) }
          });
        }
        seen.add(index.name.value);
      }
      if (table.globalIndexes.known && table.localIndexes.known) {
        let projected = 0;
        for (const index of [...globals, ...locals]) {
          if (index.projection?.known) projected += index.projection.value.nonKeyAttributes.length;
        }
        if (projected > MAX_PROJECTED_ATTRIBUTES) {
          report({
            table,
            property: "NonKeyAttributes",
            location: table.globalIndexes.defaulted ? table.localIndexes.location : table.globalIndexes.location,
            messageId: "tooManyProjectedAttributes",
            data: {
              table: tableLabel(table),
              count: projected,
              nonKeyAttributes: vocabularyOf(table).nonKeyAttributes,
              max: MAX_PROJECTED_ATTRIBUTES,
              projectionAll: vocabularyOf(table).projectionAll
            }
          });
        }
      }
    }
  }
});

// rules/key-attribute-definitions.ts
var ATTRIBUTE_TYPES = /* @__PURE__ */ new Set(["S", "N", "B"]);
function allKeyElements(table) {
  const elements = [];
  let complete = table.keySchema.known && table.globalIndexes.known && table.localIndexes.known;
  if (table.keySchema.known) elements.push(...table.keySchema.value.map((key2) => ({ key: key2 })));
  for (const indexes of [table.globalIndexes, table.localIndexes]) {
    if (!indexes.known) continue;
    for (const index of indexes.value) {
      const name = index.name.known ? index.name.value : "(unnamed)";
      if (index.keySchema.known) elements.push(...index.keySchema.value.map((key2) => ({ key: key2, index: name })));
      else complete = false;
    }
  }
  return { elements, complete };
}
var key_attribute_definitions_default = defineRule({
  id: "key-attribute-definitions",
  kind: "table",
  description: "AttributeDefinitions must list exactly the attributes used by the table and index key schemas, each typed S, N or B.",
  severity: "error",
  messages: {
    keyShape: "The key schema of {{table}} has {{partitions}} partition (HASH) and {{sorts}} sort (RANGE) keys; a table key is exactly one partition key and at most one sort key.",
    noKeySchema: "{{table}} has no {{keySchema}}; a table needs a partition key.",
    invalidType: 'Attribute "{{attribute}}" of {{table}} has type "{{type}}"; key attributes are S (string), N (number) or B (binary).',
    definedTwice: 'Attribute "{{attribute}}" is defined twice in {{attributeDefinitions}} of {{table}}.',
    tableKeyUndefined: 'Key attribute "{{attribute}}" of the table is not in {{attributeDefinitions}} of {{table}}; the deployment fails until it is defined with its type.',
    indexKeyUndefined: 'Key attribute "{{attribute}}" of index {{index}} is not in {{attributeDefinitions}} of {{table}}; the deployment fails until it is defined with its type.',
    unused: 'Attribute "{{attribute}}" is defined but no key schema of {{table}} uses it; DynamoDB rejects attribute definitions that are not keys (define only key attributes, items stay schemaless).'
  },
  check({ tables, report }) {
    for (const table of tables) {
      if (table.keySchema.known && !table.keySchema.defaulted) {
        const partitions = table.keySchema.value.filter((k) => k.role === "partition").length;
        const sorts = table.keySchema.value.length - partitions;
        if (partitions !== 1 || sorts > 1) {
          report({
            table,
            property: "KeySchema",
            location: table.keySchema.location,
            messageId: "keyShape",
            data: { table: tableLabel(table), partitions, sorts }
          });
        }
      } else if (table.keySchema.known && table.keySchema.value.length === 0) {
        report({
          table,
          property: "KeySchema",
          location: table.location,
          messageId: "noKeySchema",
          data: { table: tableLabel(table), keySchema: vocabularyOf(table).keySchema }
        });
      }
      if (!table.attributes.known) continue;
      const label = tableLabel(table);
      const { attributeDefinitions } = vocabularyOf(table);
      const definitions = table.attributes.value;
      const defined = /* @__PURE__ */ new Map();
      for (const definition of definitions) {
        defined.set(definition.name, (defined.get(definition.name) ?? 0) + 1);
        if (!ATTRIBUTE_TYPES.has(definition.type)) {
          report({
            table,
            property: `attribute:${definition.name}`,
            location: definition.location,
            messageId: "invalidType",
            data: { attribute: definition.name, table: label, type: definition.type }
          });
        }
        if (defined.get(definition.name) === 2) {
          report({
            table,
            property: `attribute:${definition.name}:duplicate`,
            location: definition.location,
            messageId: "definedTwice",
            data: { attribute: definition.name, attributeDefinitions, table: label }
          });
        }
      }
      const { elements, complete } = allKeyElements(table);
      const used = /* @__PURE__ */ new Set();
      for (const { key: key2, index } of elements) {
        if (!used.has(key2.attribute) && !defined.has(key2.attribute)) {
          const data = { attribute: key2.attribute, attributeDefinitions, table: label };
          report({
            table,
            property: `attribute:${key2.attribute}:undefined`,
            location: key2.location,
            ...index === void 0 ? { messageId: "tableKeyUndefined", data } : { messageId: "indexKeyUndefined", data: { ...data, index } }
          });
        }
        used.add(key2.attribute);
      }
      if (!complete) continue;
      for (const definition of definitions) {
        if (used.has(definition.name)) continue;
        report({
          table,
          property: `attribute:${definition.name}:unused`,
          location: definition.location,
          messageId: "unused",
          data: { attribute: definition.name, table: label }
        });
      }
    }
  }
});

// rules/low-cardinality-key.ts
var LOW_CARDINALITY_WORDS = /* @__PURE__ */ new Set([
  "status",
  "state",
  "type",
  "kind",
  "category",
  "gender",
  "sex",
  "country",
  "region",
  "flag",
  "enabled",
  "disabled",
  "active",
  "deleted",
  "archived",
  "visible",
  "verified",
  "priority",
  "level",
  "tier",
  "stage",
  "env",
  "environment",
  "language",
  "locale",
  "currency",
  "bool",
  "boolean",
  "date",
  "day",
  "month",
  "year",
  "hour",
  "week",
  "quarter",
  "weekday"
]);
var BOOLEAN_PREFIXES = /* @__PURE__ */ new Set(["is", "has", "can", "should"]);
var HIGH_CARDINALITY_SUFFIXES = /* @__PURE__ */ new Set([
  "id",
  "ids",
  "uuid",
  "guid",
  "key",
  "arn",
  "email",
  "hash",
  "pk",
  "sk",
  "timestamp",
  "ts",
  "at",
  "time",
  "epoch",
  "ms",
  "number",
  "num",
  "no",
  "sequence",
  "seq"
]);
var MAX_NAME_LENGTH = 255;
function words(name) {
  return name.slice(0, MAX_NAME_LENGTH).replace(/([a-z0-9])(?=[A-Z])/g, "$1 ").replace(/([A-Z])(?=[A-Z][a-z])/g, "$1 ").split(/[^A-Za-z0-9]+|(?<=[a-zA-Z])(?=[0-9])|(?<=[0-9])(?=[a-zA-Z])/).filter(Boolean).map((w) => w.toLowerCase());
}
var COUNT_LAST_WORDS = /* @__PURE__ */ new Set(["count", "counter", "quantity", "qty"]);
var COUNT_FIRST_WORDS = /* @__PURE__ */ new Set(["number", "num", "no", "count"]);
function isCount(parts) {
  const [first, second] = parts;
  if (COUNT_LAST_WORDS.has(parts.at(-1) ?? "")) return true;
  if (first === void 0 || second === void 0 || !COUNT_FIRST_WORDS.has(first)) return false;
  return second === "of" || first === "num";
}
var MOMENT_PARTICIPLES = /* @__PURE__ */ new Set([
  "created",
  "updated",
  "modified",
  "changed",
  "added",
  "inserted",
  "uploaded",
  "posted",
  "generated",
  "recorded",
  "logged",
  "occurred",
  "registered",
  "joined",
  "started",
  "ended",
  "expired",
  "scheduled",
  "published",
  "submitted",
  "received",
  "sent",
  "signed",
  "seeded",
  "indexed",
  "hashed",
  "encrypted",
  "encoded",
  "normalized",
  "combined"
]);
function isFlagParticiple(word) {
  return word.length >= 6 && word.endsWith("ed") && !word.endsWith("eed") && !MOMENT_PARTICIPLES.has(word);
}
function lowCardinalityReason(name, extra = []) {
  const examined = name.slice(0, MAX_NAME_LENGTH);
  if (extra.some((pattern) => pattern.test(examined))) return { messageId: "configuredPattern" };
  const parts = words(examined);
  const last = parts.at(-1);
  if (!last || HIGH_CARDINALITY_SUFFIXES.has(last)) return void 0;
  if (parts.length > 1 && BOOLEAN_PREFIXES.has(parts[0])) return { messageId: "yesNoFlag" };
  if (isCount(parts)) return { messageId: "count" };
  const word = [...parts].reverse().find((w) => LOW_CARDINALITY_WORDS.has(w));
  const flag = word ?? last;
  if (isFlagParticiple(flag)) return { messageId: "flagParticiple", word: flag };
  if (!word) return void 0;
  if (["date", "day", "month", "year", "hour", "week", "quarter", "weekday"].includes(word)) {
    return { messageId: "timeBucket", word };
  }
  return { messageId: "fewValues", word };
}
var low_cardinality_key_default = defineRule({
  id: "low-cardinality-key",
  kind: "table",
  description: "A table or GSI partition key is an attribute with few distinct values, which concentrates traffic on hot partitions.",
  severity: "warning",
  messages: {
    configuredPattern: "Partition key {{names}} of {{where}} looks low-cardinality (it matches a configured low-cardinality pattern): requests concentrate on a few hot partitions. Use a high-cardinality key (an id), a composite key (e.g. {{attribute}}#customerId) or write sharding ({{attribute}}#0-9).",
    yesNoFlag: "Partition key {{names}} of {{where}} looks low-cardinality (a yes/no flag has two values): requests concentrate on a few hot partitions. Use a high-cardinality key (an id), a composite key (e.g. {{attribute}}#customerId) or write sharding ({{attribute}}#0-9).",
    count: "Partition key {{names}} of {{where}} looks low-cardinality (a count has few distinct values): requests concentrate on a few hot partitions. Use a high-cardinality key (an id), a composite key (e.g. {{attribute}}#customerId) or write sharding ({{attribute}}#0-9).",
    flagParticiple: 'Partition key {{names}} of {{where}} looks low-cardinality (a yes/no flag ("{{word}}" or not) has two values): requests concentrate on a few hot partitions. Use a high-cardinality key (an id), a composite key (e.g. {{attribute}}#customerId) or write sharding ({{attribute}}#0-9).',
    timeBucket: "Partition key {{names}} of {{where}} looks low-cardinality (a {{word}} bucket puts each period's traffic on one partition): requests concentrate on a few hot partitions. Use a high-cardinality key (an id), a composite key (e.g. {{attribute}}#customerId) or write sharding ({{attribute}}#0-9).",
    fewValues: "Partition key {{names}} of {{where}} looks low-cardinality (a {{word}} has few distinct values): requests concentrate on a few hot partitions. Use a high-cardinality key (an id), a composite key (e.g. {{attribute}}#customerId) or write sharding ({{attribute}}#0-9)."
  },
  options: {
    type: "object",
    properties: {
      patterns: {
        type: "array",
        items: { type: "string", format: "regex" },
        default: [],
        description: "Extra regular expressions (case-insensitive) for attribute names to flag."
      },
      allow: {
        type: "array",
        items: { type: "string" },
        default: [],
        description: "Attribute names never to flag (case-insensitive), e.g. a sharded `status`."
      }
    },
    additionalProperties: false
  },
  check({ tables, options, report }) {
    const extra = options.patterns.map((p) => new RegExp(p, "i"));
    const allowed = new Set(options.allow.map((a) => a.toLowerCase()));
    const inspect = (table, keys, where, property) => {
      const partition = keys.filter((k) => k.role === "partition");
      if (partition.length === 0) return;
      const reasons = partition.map(
        (k) => allowed.has(k.attribute.toLowerCase()) ? void 0 : lowCardinalityReason(k.attribute, extra)
      );
      if (reasons.some((r) => r === void 0)) return;
      const key2 = partition[0];
      const reason = reasons[0];
      const names = partition.map((k) => `"${k.attribute}"`).join(" + ");
      report({
        table,
        property,
        location: key2.location,
        messageId: reason.messageId,
        data: { names, where, attribute: key2.attribute, ..."word" in reason ? { word: reason.word } : {} }
      });
    };
    for (const table of tables) {
      if (table.keySchema.known)
        inspect(table, table.keySchema.value, `table ${tableLabel(table)}`, "KeySchema");
      if (!table.globalIndexes.known) continue;
      for (const index of table.globalIndexes.value) {
        if (!index.keySchema.known) continue;
        const name = index.name.known ? index.name.value : "(unnamed)";
        inspect(table, index.keySchema.value, `index ${name} of ${tableLabel(table)}`, `index:${name}`);
      }
    }
  }
});

// src/code/attribute.ts
import path2 from "node:path";

// src/code/units.ts
import path from "node:path";
var TOOL_OUTPUT = /* @__PURE__ */ new Set(["cdk.out", ".aws-sam"]);
function unitOf(file) {
  const folders = path.posix.dirname(file).split("/");
  const output = folders.findIndex((folder) => TOOL_OUTPUT.has(folder));
  const kept = output >= 0 ? folders.slice(0, output) : folders;
  const unit = kept.join("/");
  return unit === "." ? "" : unit;
}
function enclosingUnit(file, units) {
  let best;
  for (const unit of units) {
    const holds = unit === "" || file.startsWith(`${unit}/`);
    if (holds && (best === void 0 || unit.length > best.length)) best = unit;
  }
  return best;
}

// src/code/attribute.ts
var GENERIC_WORDS = /* @__PURE__ */ new Set(["table", "tbl", "name", "arn", "ddb", "dynamo", "dynamodb"]);
function attributeUses(uses, tables, environment) {
  const declared = firstOfEach(tables);
  const units = [
    .../* @__PURE__ */ new Set([
      ...declared.map((t) => unitOf(t.source.file)),
      ...environment.map((b) => unitOf(b.location.file))
    ])
  ];
  return uses.map((use) => {
    const unit = enclosingUnit(use.location.file, units);
    const match = unit === void 0 ? attribute(use, declared, environment) : attribute(
      use,
      declared.filter((t) => unitOf(t.source.file) === unit),
      environment.filter((b) => unitOf(b.location.file) === unit)
    );
    return match ? { ...use, declaredTable: match } : use;
  });
}
function firstOfEach(tables) {
  const seen = /* @__PURE__ */ new Set();
  return tables.filter((table) => {
    const key2 = `${table.source.file}\0${table.id}`;
    if (seen.has(key2)) return false;
    seen.add(key2);
    return true;
  });
}
function attribute(use, tables, environment) {
  const name = valueOf(use.table);
  if (name !== void 0) {
    const byName = tables.filter((t) => valueOf(t.name) === name);
    const candidates = byName.length ? byName : tables.filter((t) => t.id === name);
    return pick(use, candidates, `TableName '${name}'`);
  }
  const variable = use.tableVariable;
  if (!variable) return void 0;
  const bound = environment.filter((b) => b.variable === variable);
  const boundTables = tables.filter(
    (t) => bound.some((b) => b.tableId === t.id && b.location.file === t.source.file)
  );
  if (boundTables.length) {
    const table = nearest(use, boundTables);
    const binding = table && bound.find((b) => b.tableId === table.id && b.location.file === table.source.file);
    return table && binding ? {
      id: table.id,
      file: table.source.file,
      via: `${variable}, bound to ${table.id} at ${binding.location.file}:${binding.location.line}`
    } : void 0;
  }
  const wanted = words2(variable);
  if (!wanted) return void 0;
  const named = tables.filter((t) => words2(t.id) === wanted || words2(valueOf(t.name) ?? "") === wanted);
  return pick(use, named, `${variable}, named after the table`);
}
function pick(use, candidates, via) {
  const table = nearest(use, candidates);
  return table ? { id: table.id, file: table.source.file, via } : void 0;
}
function nearest(use, candidates) {
  if (candidates.length <= 1) return candidates[0];
  const codeFolders = path2.posix.dirname(use.location.file).split("/");
  const scored = candidates.map((table) => {
    const folders = path2.posix.dirname(table.source.file).split("/");
    let shared = 0;
    while (shared < folders.length && folders[shared] === codeFolders[shared]) shared += 1;
    return { table, shared };
  });
  scored.sort((a, b) => b.shared - a.shared);
  const [best, second] = scored;
  return best && (!second || best.shared > second.shared) ? best.table : void 0;
}
function words2(name) {
  return name.replace(/[0-9A-F]{8}$/, "").replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/).filter((word) => word && !GENERIC_WORDS.has(word)).join(" ");
}
function declaredTableOf(use, tables) {
  const ref = use.declaredTable;
  const table = ref && tables.find((t) => t.id === ref.id && t.source.file === ref.file);
  if (!table) return void 0;
  const { variant: _variant, ...whole } = table;
  return whole;
}
function targetLabel(use, table) {
  if (table) return `${tableLabel(table)} (${table.source.file}:${table.location.line})`;
  const name = valueOf(use.table);
  if (name !== void 0) return `table '${name}'`;
  if (use.tableVariable) return `the table named by ${use.tableVariable}`;
  return "a table";
}

// src/code/file-globs.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
function allowOption(examples) {
  return {
    type: "array",
    items: { type: "string" },
    default: [],
    description: `Globs of files where this is expected and not reported (e.g. ${examples}).`
  };
}
function globMatcher(globs) {
  return globs.length ? (0, import_picomatch.default)([...globs], { dot: true }) : () => false;
}

// rules/partiql-full-scan.ts
var partiql_full_scan_default = defineRule({
  id: "partiql-full-scan",
  kind: "code",
  description: "A PartiQL SELECT does not pin the partition key with = or IN, so DynamoDB runs it as a full-table scan.",
  severity: "warning",
  messages: {
    noWhere: "SELECT without a WHERE clause reads every item of {{target}} ({{library}}). Add the partition key to the WHERE clause (`pk = ?`), or query an index keyed on what you filter by.",
    partitionKeyNotPinned: "SELECT's WHERE clause does not pin the partition key {{partitionKey}} with = or IN, so DynamoDB scans every item of {{target}} ({{library}}). Add the partition key to the WHERE clause (`pk = ?`), or query an index keyed on what you filter by.",
    nothingPinned: "SELECT's WHERE clause pins no attribute with = or IN, so it cannot name a partition: DynamoDB scans every item of {{target}} ({{library}}). Add the partition key to the WHERE clause (`pk = ?`), or query an index keyed on what you filter by."
  },
  options: {
    type: "object",
    properties: {
      allow: allowOption("`scripts/**`")
    },
    additionalProperties: false
  },
  check({ uses, tables, options, report }) {
    const allowed = globMatcher(options.allow);
    const ranks = /* @__PURE__ */ new Map();
    for (const use of uses) {
      const statement = use.details?.statement;
      if (use.operation !== "ExecuteStatement" || typeof statement !== "string") continue;
      if (allowed(use.location.file)) continue;
      const select = parseSelect(statement);
      if (!select) continue;
      const table = declaredTableOf(use, tables);
      const target = `${targetLabel(use, table)}${select.index ? ` (index ${select.index})` : ""}`;
      const partitionKey = table ? partitionKeyOf(table, select.index) : void 0;
      if (!select.certain) continue;
      const problem = problemOf(select, partitionKey);
      if (!problem) continue;
      const scope = use.scope ?? "<module>";
      const key2 = `${use.location.file}\0${scope}`;
      const rank = (ranks.get(key2) ?? 0) + 1;
      ranks.set(key2, rank);
      report({
        ...table ? { table } : {},
        property: `${use.location.file}:${scope}:ExecuteStatement:${"#".repeat(rank)}`,
        location: use.location,
        messageId: problem.messageId,
        data: { target, library: use.library, ...partitionKey !== void 0 ? { partitionKey } : {} }
      });
    }
  }
});
function problemOf(select, partitionKey) {
  if (!select.hasWhere) return { messageId: "noWhere" };
  if (partitionKey !== void 0) {
    return select.pinned.includes(partitionKey) ? void 0 : { messageId: "partitionKeyNotPinned" };
  }
  return select.pinned.length === 0 ? { messageId: "nothingPinned" } : void 0;
}
function partitionKeyOf(table, index) {
  let keys;
  if (index) {
    const indexes = [
      ...table.globalIndexes.known ? table.globalIndexes.value : [],
      ...table.localIndexes.known ? table.localIndexes.value : []
    ];
    const found = indexes.find((i) => i.name.known && i.name.value === index);
    keys = found?.keySchema.known ? found.keySchema.value : void 0;
  } else {
    keys = table.keySchema.known ? table.keySchema.value : void 0;
  }
  return keys?.find((k) => k.role === "partition")?.attribute;
}

// rules/point-in-time-recovery.ts
var MESSAGES8 = {
  off: "Point-in-time recovery of {{table}} is off: a bad write or delete cannot be undone by restoring the table to a moment before it. Set {{fix}} ({{recoveryPeriod}} keeps 1\u201335 days).",
  replicaOff: "Point-in-time recovery of the {{region}} replica of {{table}} is off: each replica keeps its own continuous backups, and this one cannot be restored. Set {{fix}}."
};
var MODULE_FIX = "point_in_time_recovery_enabled = true (module 6.x: point_in_time_recovery = { enabled = true })";
function at(prop, fallback) {
  return prop.known && prop.defaulted ? fallback : prop.location;
}
var point_in_time_recovery_default = defineRule({
  id: "point-in-time-recovery",
  kind: "table",
  description: "Point-in-time recovery is off on a table or on a replica of a global table, so a bad write cannot be undone.",
  severity: "warning",
  equivalents: [
    { tool: "checkov", id: "CKV_AWS_28" },
    {
      tool: "checkov",
      id: "CKV_AWS_165",
      differs: "reads only the first replica of a GlobalTable; dynalint checks every replica"
    },
    { tool: "trivy", id: "AVD-AWS-0024" },
    {
      tool: "cfn-nag",
      id: "W78",
      differs: "AWS::DynamoDB::Table only; dynalint also checks GlobalTable replicas"
    },
    { tool: "cdk-nag", id: "AwsSolutions-DDB3" },
    { tool: "security-hub", id: "DynamoDB.2" }
  ],
  messages: MESSAGES8,
  check({ tables, report }) {
    for (const table of tables) {
      const words3 = vocabularyOf(table);
      const label = tableLabel(table);
      const module = table.id.startsWith("module.");
      const pitr = table.pointInTimeRecovery;
      if (pitr && valueOf(pitr) === false) {
        report({
          table,
          property: "PointInTimeRecovery",
          location: at(pitr, table.location),
          messageId: "off",
          data: {
            table: label,
            fix: module ? MODULE_FIX : words3.pointInTimeRecoveryOn,
            recoveryPeriod: words3.recoveryPeriod
          }
        });
      }
      for (const replica of replicasOf2(table)) {
        if (!replica.pointInTimeRecovery || valueOf(replica.pointInTimeRecovery) !== false) continue;
        const region = valueOf(replica.region) ?? "(unknown region)";
        report({
          table,
          property: `replica:${region}:PointInTimeRecovery`,
          // The region line names the replica in every layout (a JSON item starts with a bare `{`).
          location: at(replica.pointInTimeRecovery, replica.region.location),
          messageId: "replicaOff",
          data: { table: label, region, fix: words3.replicaPointInTimeRecoveryOn }
        });
      }
    }
  }
});
function replicasOf2(table) {
  return table.replicas?.known ? table.replicas.value : [];
}

// rules/protection-weakened.ts
var MESSAGES9 = {
  pointInTimeRecoveryOff: "Point-in-time recovery of {{table}} is turned off (it is on at {{base}}): its continuous backups are deleted and the table can no longer be restored to a moment before a bad write.",
  deletionProtectionOff: "Deletion protection of {{table}} is turned off (it is on at {{base}}): a later removal or replacement can now delete the table and its data.",
  deletionPolicyDropped: "DeletionPolicy of {{table}} changes from Retain (at {{base}}) to {{policy}}: removing the table from the stack would now delete it and its data.",
  updateReplacePolicyDropped: "UpdateReplacePolicy of {{table}} changes from Retain (at {{base}}) to {{policy}}: a replacement would now delete it and its data.",
  replicaPointInTimeRecoveryOff: "Point-in-time recovery of the {{region}} replica of {{table}} is turned off (it is on at {{base}}).",
  replicaDeletionProtectionOff: "Deletion protection of the {{region}} replica of {{table}} is turned off (it is on at {{base}})."
};
function weakened(report, head, data, { before, after, property, messageId, fallback }) {
  if (valueOf(before) !== true || valueOf(after) !== false) return;
  report({ table: head, property, location: after?.location ?? fallback, messageId, data });
}
var protection_weakened_default = defineRule({
  id: "protection-weakened",
  kind: "change",
  description: "A change turns off point-in-time recovery or deletion protection, or drops a Retain deletion/replace policy.",
  severity: "warning",
  messages: MESSAGES9,
  check({ pairs, base: revision, report }) {
    for (const { base, head } of pairs) {
      if (!base || !head) continue;
      const data = { table: tableLabel(head), base: revision };
      weakened(report, head, data, {
        before: base.pointInTimeRecovery,
        after: head.pointInTimeRecovery,
        property: "PointInTimeRecovery",
        messageId: "pointInTimeRecoveryOff",
        fallback: head.location
      });
      weakened(report, head, data, {
        before: base.deletionProtection,
        after: head.deletionProtection,
        property: "DeletionProtection",
        messageId: "deletionProtectionOff",
        fallback: head.location
      });
      for (const policy of ["deletionPolicy", "updateReplacePolicy"]) {
        if (valueOf(base[policy]) !== "Retain" || !head[policy]?.known || valueOf(head[policy]) === "Retain")
          continue;
        const deletion = policy === "deletionPolicy";
        report({
          table: head,
          property: deletion ? "DeletionPolicy" : "UpdateReplacePolicy",
          location: head[policy].location,
          messageId: deletion ? "deletionPolicyDropped" : "updateReplacePolicyDropped",
          data: { ...data, policy: String(valueOf(head[policy])) }
        });
      }
      if (!base.replicas?.known || !head.replicas?.known) continue;
      for (const replica of head.replicas.value) {
        const region = valueOf(replica.region);
        const before = base.replicas.value.find((r) => region !== void 0 && valueOf(r.region) === region);
        if (!before) continue;
        const replicaData = { ...data, region: String(region) };
        weakened(report, head, replicaData, {
          before: before.pointInTimeRecovery,
          after: replica.pointInTimeRecovery,
          property: `replica:${region}:PointInTimeRecovery`,
          messageId: "replicaPointInTimeRecoveryOff",
          fallback: replica.location
        });
        weakened(report, head, replicaData, {
          before: before.deletionProtection,
          after: replica.deletionProtection,
          property: `replica:${region}:DeletionProtection`,
          messageId: "replicaDeletionProtectionOff",
          fallback: replica.location
        });
      }
    }
  }
});

// rules/provisioned-autoscaling.ts
var MESSAGES10 = {
  tableFixed: "{{table}} is PROVISIONED with fixed capacity and no Application Auto Scaling target: traffic above it is throttled, and capacity below it is paid for idle. Add {{scaling}} for its read and write capacity, or switch to on-demand.",
  indexFixed: "Global index {{index}} of {{table}} has fixed provisioned capacity and no Application Auto Scaling target. Add {{scaling}} for the index (dimension dynamodb:index:ReadCapacityUnits / WriteCapacityUnits)."
};
var provisioned_autoscaling_default = defineRule({
  id: "provisioned-autoscaling",
  kind: "table",
  description: "A PROVISIONED table or global index has fixed capacity: no Application Auto Scaling target manages it.",
  severity: "info",
  equivalents: [
    {
      tool: "security-hub",
      id: "DynamoDB.1",
      differs: "checks the live table; dynalint reads the scalable targets declared beside it"
    }
  ],
  messages: MESSAGES10,
  check({ tables, report }) {
    for (const table of tables) {
      if (!table.billingMode.known || table.billingMode.value !== "PROVISIONED") continue;
      const scaling = deployerOf(table) === "terraform" ? 'an aws_appautoscaling_target (service_namespace = "dynamodb") with a target-tracking policy' : "an AWS::ApplicationAutoScaling::ScalableTarget (ServiceNamespace: dynamodb) with a target-tracking policy";
      const label = tableLabel(table);
      if (table.throughput && !table.autoscaled) {
        report({
          table,
          property: "Autoscaling",
          location: table.throughput.location,
          messageId: "tableFixed",
          data: { table: label, scaling }
        });
      }
      if (!table.globalIndexes.known) continue;
      for (const index of table.globalIndexes.value) {
        if (!index.throughput || index.autoscaled) continue;
        const name = index.name.known ? index.name.value : "(unnamed)";
        report({
          table,
          property: `index:${name}:Autoscaling`,
          location: indexLocation(index),
          messageId: "indexFixed",
          data: { table: label, index: name, scaling }
        });
      }
    }
  }
});

// rules/resource-schema/validate.ts
var import_ajv = __toESM(require_ajv(), 1);

// node_modules/fastest-levenshtein/esm/mod.js
var peq = new Uint32Array(65536);
var myers_32 = (a, b) => {
  const n = a.length;
  const m = b.length;
  const lst = 1 << n - 1;
  let pv = -1;
  let mv = 0;
  let sc = n;
  let i = n;
  while (i--) {
    peq[a.charCodeAt(i)] |= 1 << i;
  }
  for (i = 0; i < m; i++) {
    let eq = peq[b.charCodeAt(i)];
    const xv = eq | mv;
    eq |= (eq & pv) + pv ^ pv;
    mv |= ~(eq | pv);
    pv &= eq;
    if (mv & lst) {
      sc++;
    }
    if (pv & lst) {
      sc--;
    }
    mv = mv << 1 | 1;
    pv = pv << 1 | ~(xv | mv);
    mv &= xv;
  }
  i = n;
  while (i--) {
    peq[a.charCodeAt(i)] = 0;
  }
  return sc;
};
var myers_x = (b, a) => {
  const n = a.length;
  const m = b.length;
  const mhc = [];
  const phc = [];
  const hsize = Math.ceil(n / 32);
  const vsize = Math.ceil(m / 32);
  for (let i = 0; i < hsize; i++) {
    phc[i] = -1;
    mhc[i] = 0;
  }
  let j = 0;
  for (; j < vsize - 1; j++) {
    let mv2 = 0;
    let pv2 = -1;
    const start2 = j * 32;
    const vlen2 = Math.min(32, m) + start2;
    for (let k = start2; k < vlen2; k++) {
      peq[b.charCodeAt(k)] |= 1 << k;
    }
    for (let i = 0; i < n; i++) {
      const eq = peq[a.charCodeAt(i)];
      const pb = phc[i / 32 | 0] >>> i & 1;
      const mb = mhc[i / 32 | 0] >>> i & 1;
      const xv = eq | mv2;
      const xh = ((eq | mb) & pv2) + pv2 ^ pv2 | eq | mb;
      let ph = mv2 | ~(xh | pv2);
      let mh = pv2 & xh;
      if (ph >>> 31 ^ pb) {
        phc[i / 32 | 0] ^= 1 << i;
      }
      if (mh >>> 31 ^ mb) {
        mhc[i / 32 | 0] ^= 1 << i;
      }
      ph = ph << 1 | pb;
      mh = mh << 1 | mb;
      pv2 = mh | ~(xv | ph);
      mv2 = ph & xv;
    }
    for (let k = start2; k < vlen2; k++) {
      peq[b.charCodeAt(k)] = 0;
    }
  }
  let mv = 0;
  let pv = -1;
  const start = j * 32;
  const vlen = Math.min(32, m - start) + start;
  for (let k = start; k < vlen; k++) {
    peq[b.charCodeAt(k)] |= 1 << k;
  }
  let score = m;
  for (let i = 0; i < n; i++) {
    const eq = peq[a.charCodeAt(i)];
    const pb = phc[i / 32 | 0] >>> i & 1;
    const mb = mhc[i / 32 | 0] >>> i & 1;
    const xv = eq | mv;
    const xh = ((eq | mb) & pv) + pv ^ pv | eq | mb;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    score += ph >>> m - 1 & 1;
    score -= mh >>> m - 1 & 1;
    if (ph >>> 31 ^ pb) {
      phc[i / 32 | 0] ^= 1 << i;
    }
    if (mh >>> 31 ^ mb) {
      mhc[i / 32 | 0] ^= 1 << i;
    }
    ph = ph << 1 | pb;
    mh = mh << 1 | mb;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
  }
  for (let k = start; k < vlen; k++) {
    peq[b.charCodeAt(k)] = 0;
  }
  return score;
};
var distance = (a, b) => {
  if (a.length < b.length) {
    const tmp = b;
    b = a;
    a = tmp;
  }
  if (b.length === 0) {
    return a.length;
  }
  if (a.length <= 32) {
    return myers_32(a, b);
  }
  return myers_x(a, b);
};
var closest = (str, arr) => {
  let min_distance = Infinity;
  let min_index = 0;
  for (let i = 0; i < arr.length; i++) {
    const dist = distance(str, arr[i]);
    if (dist < min_distance) {
      min_distance = dist;
      min_index = i;
    }
  }
  return arr[min_index];
};

// rules/resource-schema/schemas.json
var schemas_default = {
  $comment: "Generated by scripts/resource-schemas.ts; do not edit. Source: @aws-cdk/aws-service-spec@0.1.216, with the constraints listed in the script.",
  source: { package: "@aws-cdk/aws-service-spec", version: "0.1.216" },
  resources: {
    "AWS::DynamoDB::Table": {
      $comment: "AWS::DynamoDB::Table: properties and types from the resource database; constraints with a $comment are added from the page it names",
      type: "object",
      properties: {
        Properties: {
          type: "object",
          properties: {
            AttributeDefinitions: {
              type: "array",
              items: { $ref: "#/definitions/AttributeDefinition" }
            },
            BillingMode: { type: "string" },
            ContributorInsightsSpecification: { $ref: "#/definitions/ContributorInsightsSpecification" },
            DeletionProtectionEnabled: { type: "boolean" },
            GlobalSecondaryIndexes: {
              type: "array",
              items: { $ref: "#/definitions/GlobalSecondaryIndex" }
            },
            ImportSourceSpecification: { $ref: "#/definitions/ImportSourceSpecification" },
            KeySchema: { type: "array", items: { $ref: "#/definitions/KeySchema" } },
            KinesisStreamSpecification: { $ref: "#/definitions/KinesisStreamSpecification" },
            LocalSecondaryIndexes: {
              type: "array",
              items: { $ref: "#/definitions/LocalSecondaryIndex" }
            },
            OnDemandThroughput: { $ref: "#/definitions/OnDemandThroughput" },
            PointInTimeRecoverySpecification: { $ref: "#/definitions/PointInTimeRecoverySpecification" },
            ProvisionedThroughput: { $ref: "#/definitions/ProvisionedThroughput" },
            ResourcePolicy: { $ref: "#/definitions/ResourcePolicy" },
            SSESpecification: { $ref: "#/definitions/SSESpecification" },
            StreamSpecification: { $ref: "#/definitions/StreamSpecification" },
            TableClass: {
              type: "string",
              enum: ["STANDARD", "STANDARD_INFREQUENT_ACCESS"],
              $comment: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-dynamodb-table.html#cfn-dynamodb-table-tableclass"
            },
            TableName: { type: "string" },
            Tags: { type: "array", items: { $ref: "#/definitions/Tag" } },
            TimeToLiveSpecification: { $ref: "#/definitions/TimeToLiveSpecification" },
            VectorIndexes: { type: "array", items: { $ref: "#/definitions/VectorIndex" } },
            WarmThroughput: { $ref: "#/definitions/WarmThroughput" }
          },
          required: ["KeySchema"],
          additionalProperties: false
        },
        DeletionPolicy: {
          type: "string",
          enum: ["Delete", "Retain", "RetainExceptOnCreate", "Snapshot"],
          $comment: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-deletionpolicy.html"
        },
        UpdateReplacePolicy: {
          type: "string",
          enum: ["Delete", "Retain", "Snapshot"],
          $comment: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-updatereplacepolicy.html"
        }
      },
      definitions: {
        AttributeDefinition: {
          type: "object",
          properties: {
            AttributeName: {
              type: "string",
              minLength: 1,
              maxLength: 255,
              $comment: "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_AttributeDefinition.html"
            },
            AttributeType: { type: "string" }
          },
          required: ["AttributeName", "AttributeType"],
          additionalProperties: false
        },
        ContributorInsightsSpecification: {
          type: "object",
          properties: {
            Enabled: { type: "boolean" },
            Mode: { type: "string", enum: ["ACCESSED_AND_THROTTLED_KEYS", "THROTTLED_KEYS"] }
          },
          required: ["Enabled"],
          additionalProperties: false
        },
        GlobalSecondaryIndex: {
          type: "object",
          properties: {
            ContributorInsightsSpecification: { $ref: "#/definitions/ContributorInsightsSpecification" },
            IndexName: { type: "string" },
            KeySchema: { type: "array", items: { $ref: "#/definitions/KeySchema" } },
            OnDemandThroughput: { $ref: "#/definitions/OnDemandThroughput" },
            Projection: { $ref: "#/definitions/Projection" },
            ProvisionedThroughput: { $ref: "#/definitions/ProvisionedThroughput" },
            WarmThroughput: { $ref: "#/definitions/WarmThroughput" }
          },
          required: ["IndexName", "KeySchema", "Projection"],
          additionalProperties: false
        },
        KeySchema: {
          type: "object",
          properties: {
            AttributeName: {
              type: "string",
              minLength: 1,
              maxLength: 255,
              $comment: "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_KeySchemaElement.html"
            },
            KeyType: {
              type: "string",
              enum: ["HASH", "RANGE"],
              $comment: "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_KeySchemaElement.html"
            }
          },
          required: ["AttributeName", "KeyType"],
          additionalProperties: false
        },
        OnDemandThroughput: {
          type: "object",
          properties: {
            MaxReadRequestUnits: {
              type: "integer",
              minimum: 1,
              $comment: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-dynamodb-table-ondemandthroughput.html"
            },
            MaxWriteRequestUnits: {
              type: "integer",
              minimum: 1,
              $comment: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-dynamodb-table-ondemandthroughput.html"
            }
          },
          additionalProperties: false
        },
        Projection: {
          type: "object",
          properties: {
            NonKeyAttributes: {
              type: "array",
              items: { type: "string", minLength: 1, maxLength: 255 },
              minItems: 1,
              maxItems: 20,
              $comment: "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Projection.html"
            },
            ProjectionType: {
              type: "string",
              enum: ["ALL", "KEYS_ONLY", "INCLUDE"],
              $comment: "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Projection.html"
            }
          },
          additionalProperties: false
        },
        ProvisionedThroughput: {
          type: "object",
          properties: {
            ReadCapacityUnits: { type: "integer" },
            WriteCapacityUnits: { type: "integer" }
          },
          required: ["ReadCapacityUnits", "WriteCapacityUnits"],
          additionalProperties: false
        },
        WarmThroughput: {
          type: "object",
          properties: {
            ReadUnitsPerSecond: {
              type: "integer",
              minimum: 1,
              $comment: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-dynamodb-table-warmthroughput.html"
            },
            WriteUnitsPerSecond: {
              type: "integer",
              minimum: 1,
              $comment: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-dynamodb-table-warmthroughput.html"
            }
          },
          additionalProperties: false
        },
        ImportSourceSpecification: {
          type: "object",
          properties: {
            InputCompressionType: {
              type: "string",
              enum: ["GZIP", "ZSTD", "NONE"],
              $comment: "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ImportTableDescription.html"
            },
            InputFormat: {
              type: "string",
              enum: ["DYNAMODB_JSON", "ION", "CSV"],
              $comment: "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ImportTableDescription.html"
            },
            InputFormatOptions: { $ref: "#/definitions/InputFormatOptions" },
            S3BucketSource: { $ref: "#/definitions/S3BucketSource" }
          },
          required: ["InputFormat", "S3BucketSource"],
          additionalProperties: false
        },
        InputFormatOptions: {
          type: "object",
          properties: { Csv: { $ref: "#/definitions/Csv" } },
          additionalProperties: false
        },
        Csv: {
          type: "object",
          properties: {
            Delimiter: { type: "string" },
            HeaderList: { type: "array", items: { type: "string" } }
          },
          additionalProperties: false
        },
        S3BucketSource: {
          type: "object",
          properties: {
            S3Bucket: { type: "string" },
            S3BucketOwner: { type: "string" },
            S3KeyPrefix: { type: "string" }
          },
          required: ["S3Bucket"],
          additionalProperties: false
        },
        KinesisStreamSpecification: {
          type: "object",
          properties: {
            ApproximateCreationDateTimePrecision: {
              type: "string",
              enum: ["MICROSECOND", "MILLISECOND"]
            },
            StreamArn: { type: "string" }
          },
          required: ["StreamArn"],
          additionalProperties: false
        },
        LocalSecondaryIndex: {
          type: "object",
          properties: {
            IndexName: { type: "string" },
            KeySchema: { type: "array", items: { $ref: "#/definitions/KeySchema" } },
            Projection: { $ref: "#/definitions/Projection" }
          },
          required: ["IndexName", "KeySchema", "Projection"],
          additionalProperties: false
        },
        PointInTimeRecoverySpecification: {
          type: "object",
          properties: {
            PointInTimeRecoveryEnabled: { type: "boolean" },
            RecoveryPeriodInDays: {
              type: "integer",
              minimum: 1,
              maximum: 35,
              $comment: "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PointInTimeRecoverySpecification.html"
            }
          },
          additionalProperties: false
        },
        ResourcePolicy: {
          type: "object",
          properties: { PolicyDocument: {} },
          required: ["PolicyDocument"],
          additionalProperties: false
        },
        SSESpecification: {
          type: "object",
          properties: {
            KMSMasterKeyId: { type: "string" },
            SSEEnabled: { type: "boolean" },
            SSEType: {
              type: "string",
              enum: ["KMS"],
              $comment: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-dynamodb-table-ssespecification.html"
            }
          },
          required: ["SSEEnabled"],
          additionalProperties: false,
          dependencies: { KMSMasterKeyId: ["SSEType"] },
          $comment: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-dynamodb-table-ssespecification.html (cfn-lint E3021 enforces it)"
        },
        StreamSpecification: {
          type: "object",
          properties: {
            ResourcePolicy: { $ref: "#/definitions/ResourcePolicy" },
            StreamViewType: {
              type: "string",
              enum: ["NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES", "KEYS_ONLY"],
              $comment: "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_StreamSpecification.html"
            },
            Tags: { type: "array", items: { $ref: "#/definitions/Tag" } }
          },
          required: ["StreamViewType"],
          additionalProperties: false
        },
        Tag: {
          type: "object",
          properties: {
            Key: {
              type: "string",
              minLength: 1,
              maxLength: 128,
              $comment: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-resource-tags.html"
            },
            Value: {
              type: "string",
              maxLength: 256,
              $comment: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-resource-tags.html"
            }
          },
          required: ["Key", "Value"],
          additionalProperties: false
        },
        TimeToLiveSpecification: {
          type: "object",
          properties: {
            AttributeName: {
              type: "string",
              minLength: 1,
              maxLength: 255,
              $comment: "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TimeToLiveSpecification.html"
            },
            Enabled: { type: "boolean" }
          },
          required: ["Enabled"],
          additionalProperties: false
        },
        VectorIndex: {
          type: "object",
          properties: {
            Dimensions: { type: "integer" },
            DistanceFunction: { type: "string", enum: ["COSINE", "DOT_PRODUCT", "EUCLIDEAN"] },
            IndexName: { type: "string" },
            Projection: { $ref: "#/definitions/Projection" },
            SearchSchema: { type: "array", items: { $ref: "#/definitions/SearchSchemaElement" } },
            VectorAttribute: { $ref: "#/definitions/VectorAttribute" }
          },
          required: ["Dimensions", "DistanceFunction", "IndexName", "Projection", "VectorAttribute"],
          additionalProperties: false
        },
        SearchSchemaElement: {
          type: "object",
          properties: {
            AttributeName: { type: "string" },
            SearchSchemaElementType: { type: "string", enum: ["HASH", "INLINE_FILTER"] }
          },
          required: ["AttributeName", "SearchSchemaElementType"],
          additionalProperties: false
        },
        VectorAttribute: {
          type: "object",
          properties: { AttributeName: { type: "string" } },
          required: ["AttributeName"],
          additionalProperties: false
        }
      }
    },
    "AWS::DynamoDB::GlobalTable": {
      $comment: "AWS::DynamoDB::GlobalTable: properties and types from the resource database; constraints with a $comment are added from the page it names",
      type: "object",
      properties: {
        Properties: {
          type: "object",
          properties: {
            AttributeDefinitions: {
              type: "array",
              items: { $ref: "#/definitions/AttributeDefinition" }
            },
            BillingMode: { type: "string" },
            GlobalSecondaryIndexes: {
              type: "array",
              items: { $ref: "#/definitions/GlobalSecondaryIndex" }
            },
            GlobalTableSourceArn: { type: "string" },
            GlobalTableWitnesses: {
              type: "array",
              items: { $ref: "#/definitions/GlobalTableWitness" }
            },
            KeySchema: { type: "array", items: { $ref: "#/definitions/KeySchema" } },
            LocalSecondaryIndexes: {
              type: "array",
              items: { $ref: "#/definitions/LocalSecondaryIndex" }
            },
            MultiRegionConsistency: { type: "string", enum: ["EVENTUAL", "STRONG"] },
            ReadOnDemandThroughputSettings: { $ref: "#/definitions/ReadOnDemandThroughputSettings" },
            ReadProvisionedThroughputSettings: {
              $ref: "#/definitions/GlobalReadProvisionedThroughputSettings"
            },
            Replicas: {
              type: "array",
              items: { $ref: "#/definitions/ReplicaSpecification" },
              minItems: 1,
              $comment: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-dynamodb-globaltable.html#cfn-dynamodb-globaltable-replicas"
            },
            SSESpecification: { $ref: "#/definitions/SSESpecification" },
            StreamSpecification: { $ref: "#/definitions/StreamSpecification" },
            TableName: { type: "string" },
            TimeToLiveSpecification: { $ref: "#/definitions/TimeToLiveSpecification" },
            VectorIndexes: { type: "array", items: { $ref: "#/definitions/VectorIndex" } },
            WarmThroughput: { $ref: "#/definitions/WarmThroughput" },
            WriteOnDemandThroughputSettings: { $ref: "#/definitions/WriteOnDemandThroughputSettings" },
            WriteProvisionedThroughputSettings: {
              $ref: "#/definitions/WriteProvisionedThroughputSettings"
            },
            TableClass: {
              enum: ["STANDARD", "STANDARD_INFREQUENT_ACCESS"],
              $comment: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-dynamodb-table.html#cfn-dynamodb-table-tableclass"
            }
          },
          required: ["Replicas"],
          additionalProperties: false
        },
        DeletionPolicy: {
          type: "string",
          enum: ["Delete", "Retain", "RetainExceptOnCreate", "Snapshot"],
          $comment: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-deletionpolicy.html"
        },
        UpdateReplacePolicy: {
          type: "string",
          enum: ["Delete", "Retain", "Snapshot"],
          $comment: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-updatereplacepolicy.html"
        }
      },
      definitions: {
        AttributeDefinition: {
          type: "object",
          properties: {
            AttributeName: {
              type: "string",
              minLength: 1,
              maxLength: 255,
              $comment: "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_AttributeDefinition.html"
            },
            AttributeType: { type: "string" }
          },
          required: ["AttributeName", "AttributeType"],
          additionalProperties: false
        },
        GlobalSecondaryIndex: {
          type: "object",
          properties: {
            IndexName: { type: "string" },
            KeySchema: { type: "array", items: { $ref: "#/definitions/KeySchema" } },
            Projection: { $ref: "#/definitions/Projection" },
            ReadOnDemandThroughputSettings: { $ref: "#/definitions/ReadOnDemandThroughputSettings" },
            ReadProvisionedThroughputSettings: {
              $ref: "#/definitions/GlobalReadProvisionedThroughputSettings"
            },
            WarmThroughput: { $ref: "#/definitions/WarmThroughput" },
            WriteOnDemandThroughputSettings: { $ref: "#/definitions/WriteOnDemandThroughputSettings" },
            WriteProvisionedThroughputSettings: {
              $ref: "#/definitions/WriteProvisionedThroughputSettings"
            }
          },
          required: ["IndexName", "KeySchema", "Projection"],
          additionalProperties: false
        },
        KeySchema: {
          type: "object",
          properties: {
            AttributeName: {
              type: "string",
              minLength: 1,
              maxLength: 255,
              $comment: "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_KeySchemaElement.html"
            },
            KeyType: {
              type: "string",
              enum: ["HASH", "RANGE"],
              $comment: "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_KeySchemaElement.html"
            }
          },
          required: ["AttributeName", "KeyType"],
          additionalProperties: false
        },
        Projection: {
          type: "object",
          properties: {
            NonKeyAttributes: {
              type: "array",
              items: { type: "string", minLength: 1, maxLength: 255 },
              minItems: 1,
              maxItems: 20,
              $comment: "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Projection.html"
            },
            ProjectionType: {
              type: "string",
              enum: ["ALL", "KEYS_ONLY", "INCLUDE"],
              $comment: "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Projection.html"
            }
          },
          additionalProperties: false
        },
        ReadOnDemandThroughputSettings: {
          type: "object",
          properties: {
            MaxReadRequestUnits: {
              type: "integer",
              minimum: 1,
              $comment: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-dynamodb-globaltable-readondemandthroughputsettings.html"
            }
          },
          additionalProperties: false
        },
        GlobalReadProvisionedThroughputSettings: {
          type: "object",
          properties: { ReadCapacityUnits: { type: "integer" } },
          additionalProperties: false
        },
        WarmThroughput: {
          type: "object",
          properties: {
            ReadUnitsPerSecond: {
              type: "integer",
              minimum: 1,
              $comment: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-dynamodb-table-warmthroughput.html"
            },
            WriteUnitsPerSecond: {
              type: "integer",
              minimum: 1,
              $comment: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-dynamodb-table-warmthroughput.html"
            }
          },
          additionalProperties: false
        },
        WriteOnDemandThroughputSettings: {
          type: "object",
          properties: {
            MaxWriteRequestUnits: {
              type: "integer",
              minimum: 1,
              $comment: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-dynamodb-globaltable-writeondemandthroughputsettings.html"
            }
          },
          additionalProperties: false
        },
        WriteProvisionedThroughputSettings: {
          type: "object",
          properties: {
            WriteCapacityAutoScalingSettings: { $ref: "#/definitions/CapacityAutoScalingSettings" }
          },
          additionalProperties: false
        },
        CapacityAutoScalingSettings: {
          type: "object",
          properties: {
            MaxCapacity: {
              type: "integer",
              minimum: 1,
              $comment: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-dynamodb-globaltable-capacityautoscalingsettings.html"
            },
            MinCapacity: {
              type: "integer",
              minimum: 1,
              $comment: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-dynamodb-globaltable-capacityautoscalingsettings.html"
            },
            SeedCapacity: { type: "integer" },
            TargetTrackingScalingPolicyConfiguration: {
              $ref: "#/definitions/TargetTrackingScalingPolicyConfiguration"
            }
          },
          required: ["MaxCapacity", "MinCapacity", "TargetTrackingScalingPolicyConfiguration"],
          additionalProperties: false
        },
        TargetTrackingScalingPolicyConfiguration: {
          type: "object",
          properties: {
            DisableScaleIn: { type: "boolean" },
            ScaleInCooldown: { type: "integer" },
            ScaleOutCooldown: { type: "integer" },
            TargetValue: { type: "number" }
          },
          required: ["TargetValue"],
          additionalProperties: false
        },
        GlobalTableWitness: {
          type: "object",
          properties: { Region: { type: "string" } },
          additionalProperties: false
        },
        LocalSecondaryIndex: {
          type: "object",
          properties: {
            IndexName: { type: "string" },
            KeySchema: { type: "array", items: { $ref: "#/definitions/KeySchema" } },
            Projection: { $ref: "#/definitions/Projection" }
          },
          required: ["IndexName", "KeySchema", "Projection"],
          additionalProperties: false
        },
        ReplicaSpecification: {
          type: "object",
          properties: {
            ContributorInsightsSpecification: { $ref: "#/definitions/ContributorInsightsSpecification" },
            DeletionProtectionEnabled: { type: "boolean" },
            GlobalSecondaryIndexes: {
              type: "array",
              items: { $ref: "#/definitions/ReplicaGlobalSecondaryIndexSpecification" }
            },
            GlobalTableSettingsReplicationMode: { type: "string", enum: ["ENABLED", "DISABLED"] },
            KinesisStreamSpecification: { $ref: "#/definitions/KinesisStreamSpecification" },
            PointInTimeRecoverySpecification: { $ref: "#/definitions/PointInTimeRecoverySpecification" },
            ReadOnDemandThroughputSettings: { $ref: "#/definitions/ReadOnDemandThroughputSettings" },
            ReadProvisionedThroughputSettings: {
              $ref: "#/definitions/ReadProvisionedThroughputSettings"
            },
            Region: { type: "string" },
            ReplicaStreamSpecification: { $ref: "#/definitions/ReplicaStreamSpecification" },
            ResourcePolicy: { $ref: "#/definitions/ResourcePolicy" },
            SSESpecification: { $ref: "#/definitions/ReplicaSSESpecification" },
            TableClass: {
              type: "string",
              enum: ["STANDARD", "STANDARD_INFREQUENT_ACCESS"],
              $comment: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-dynamodb-globaltable-replicaspecification.html"
            },
            Tags: { type: "array", items: { $ref: "#/definitions/Tag" } }
          },
          required: ["Region"],
          additionalProperties: false
        },
        ContributorInsightsSpecification: {
          type: "object",
          properties: {
            Enabled: { type: "boolean" },
            Mode: { type: "string", enum: ["ACCESSED_AND_THROTTLED_KEYS", "THROTTLED_KEYS"] }
          },
          required: ["Enabled"],
          additionalProperties: false
        },
        ReplicaGlobalSecondaryIndexSpecification: {
          type: "object",
          properties: {
            ContributorInsightsSpecification: { $ref: "#/definitions/ContributorInsightsSpecification" },
            IndexName: { type: "string" },
            ReadOnDemandThroughputSettings: { $ref: "#/definitions/ReadOnDemandThroughputSettings" },
            ReadProvisionedThroughputSettings: { $ref: "#/definitions/ReadProvisionedThroughputSettings" }
          },
          required: ["IndexName"],
          additionalProperties: false
        },
        ReadProvisionedThroughputSettings: {
          type: "object",
          properties: {
            ReadCapacityAutoScalingSettings: { $ref: "#/definitions/CapacityAutoScalingSettings" },
            ReadCapacityUnits: {
              type: "integer",
              minimum: 1,
              $comment: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-dynamodb-globaltable-readprovisionedthroughputsettings.html"
            }
          },
          additionalProperties: false
        },
        KinesisStreamSpecification: {
          type: "object",
          properties: {
            ApproximateCreationDateTimePrecision: {
              type: "string",
              enum: ["MICROSECOND", "MILLISECOND"]
            },
            StreamArn: { type: "string" }
          },
          required: ["StreamArn"],
          additionalProperties: false
        },
        PointInTimeRecoverySpecification: {
          type: "object",
          properties: {
            PointInTimeRecoveryEnabled: { type: "boolean" },
            RecoveryPeriodInDays: {
              type: "integer",
              minimum: 1,
              maximum: 35,
              $comment: "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PointInTimeRecoverySpecification.html"
            }
          },
          additionalProperties: false
        },
        ReplicaStreamSpecification: {
          type: "object",
          properties: {
            ResourcePolicy: { $ref: "#/definitions/ResourcePolicy" },
            Tags: { type: "array", items: { $ref: "#/definitions/Tag" } }
          },
          additionalProperties: false
        },
        ResourcePolicy: {
          type: "object",
          properties: { PolicyDocument: {} },
          required: ["PolicyDocument"],
          additionalProperties: false
        },
        Tag: {
          type: "object",
          properties: {
            Key: {
              type: "string",
              minLength: 1,
              maxLength: 128,
              $comment: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-resource-tags.html"
            },
            Value: {
              type: "string",
              maxLength: 256,
              $comment: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-resource-tags.html"
            }
          },
          required: ["Key", "Value"],
          additionalProperties: false
        },
        ReplicaSSESpecification: {
          type: "object",
          properties: { KMSMasterKeyId: { type: "string" } },
          required: ["KMSMasterKeyId"],
          additionalProperties: false
        },
        SSESpecification: {
          type: "object",
          properties: {
            SSEEnabled: { type: "boolean" },
            SSEType: {
              type: "string",
              enum: ["KMS"],
              $comment: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-dynamodb-table-ssespecification.html"
            }
          },
          required: ["SSEEnabled"],
          additionalProperties: false
        },
        StreamSpecification: {
          type: "object",
          properties: {
            StreamViewType: {
              type: "string",
              enum: ["NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES", "KEYS_ONLY"],
              $comment: "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_StreamSpecification.html"
            }
          },
          required: ["StreamViewType"],
          additionalProperties: false
        },
        TimeToLiveSpecification: {
          type: "object",
          properties: {
            AttributeName: {
              type: "string",
              minLength: 1,
              maxLength: 255,
              $comment: "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TimeToLiveSpecification.html"
            },
            Enabled: { type: "boolean" }
          },
          required: ["Enabled"],
          additionalProperties: false
        },
        VectorIndex: {
          type: "object",
          properties: {
            Dimensions: { type: "integer" },
            DistanceFunction: { type: "string", enum: ["COSINE", "DOT_PRODUCT", "EUCLIDEAN"] },
            IndexName: { type: "string" },
            Projection: { $ref: "#/definitions/Projection" },
            SearchSchema: { type: "array", items: { $ref: "#/definitions/SearchSchemaElement" } },
            VectorAttribute: { $ref: "#/definitions/VectorAttribute" }
          },
          required: ["Dimensions", "DistanceFunction", "IndexName", "Projection", "VectorAttribute"],
          additionalProperties: false
        },
        SearchSchemaElement: {
          type: "object",
          properties: {
            AttributeName: { type: "string" },
            SearchSchemaElementType: { type: "string", enum: ["HASH", "INLINE_FILTER"] }
          },
          required: ["AttributeName", "SearchSchemaElementType"],
          additionalProperties: false
        },
        VectorAttribute: {
          type: "object",
          properties: { AttributeName: { type: "string" } },
          required: ["AttributeName"],
          additionalProperties: false
        }
      }
    },
    "AWS::Serverless::SimpleTable": {
      $comment: "AWS::Serverless::SimpleTable: properties and types from the resource database; constraints with a $comment are added from the page it names",
      type: "object",
      properties: {
        Properties: {
          type: "object",
          properties: {
            PrimaryKey: { $ref: "#/definitions/PrimaryKey" },
            ProvisionedThroughput: { $ref: "#/definitions/ProvisionedThroughput" },
            SSESpecification: { $ref: "#/definitions/SSESpecification" },
            TableName: { type: "string" },
            Tags: { type: "object", additionalProperties: { type: "string" } },
            TableClass: {
              enum: ["STANDARD", "STANDARD_INFREQUENT_ACCESS"],
              $comment: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-dynamodb-table.html#cfn-dynamodb-table-tableclass"
            },
            PointInTimeRecoverySpecification: {
              type: "object",
              additionalProperties: false,
              properties: {
                PointInTimeRecoveryEnabled: { type: "boolean" },
                RecoveryPeriodInDays: { type: "integer", minimum: 1, maximum: 35 }
              },
              $comment: "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-simpletable.html"
            }
          },
          additionalProperties: false
        },
        DeletionPolicy: {
          type: "string",
          enum: ["Delete", "Retain", "RetainExceptOnCreate", "Snapshot"],
          $comment: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-deletionpolicy.html"
        },
        UpdateReplacePolicy: {
          type: "string",
          enum: ["Delete", "Retain", "Snapshot"],
          $comment: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-updatereplacepolicy.html"
        }
      },
      definitions: {
        PrimaryKey: {
          type: "object",
          properties: {
            Name: { type: "string" },
            Type: {
              type: "string",
              enum: ["String", "Number", "Binary"],
              $comment: "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-simpletable-primarykeyobject.html"
            }
          },
          required: ["Name", "Type"],
          additionalProperties: false,
          $comment: "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-simpletable-primarykeyobject.html"
        },
        ProvisionedThroughput: {
          type: "object",
          properties: {
            ReadCapacityUnits: {
              type: "integer",
              minimum: 1,
              $comment: "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ProvisionedThroughput.html"
            },
            WriteCapacityUnits: {
              type: "integer",
              minimum: 1,
              $comment: "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ProvisionedThroughput.html"
            }
          },
          required: ["ReadCapacityUnits", "WriteCapacityUnits"],
          additionalProperties: false,
          $comment: "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ProvisionedThroughput.html"
        },
        SSESpecification: {
          type: "object",
          properties: {
            SSEEnabled: { type: "boolean" },
            KMSMasterKeyId: { type: "string" },
            SSEType: { type: "string", enum: ["KMS"] }
          },
          additionalProperties: false,
          $comment: "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-simpletable.html"
        }
      }
    }
  }
};

// rules/resource-schema/validate.ts
var SCHEMA_SOURCE = schemas_default.source;
var strict = new import_ajv.Ajv({ allErrors: true, strict: false });
var converting = new import_ajv.Ajv({ allErrors: true, coerceTypes: true, strict: false });
var strictValidators = /* @__PURE__ */ new Map();
var convertingValidators = /* @__PURE__ */ new Map();
function validatorFor(resourceType, ajv2, cache) {
  const cached = cache.get(resourceType);
  if (cached) return cached;
  const schema = schemas_default.resources[resourceType];
  if (!schema) return void 0;
  const validate = ajv2.compile(schema);
  cache.set(resourceType, validate);
  return validate;
}
function schemaAt(resourceType, schemaPath) {
  let node = schemas_default.resources[resourceType];
  for (const part of schemaPath.replace(/^#\//, "").split("/").slice(0, -1)) {
    if (typeof node !== "object" || node === null) return void 0;
    node = node[part.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  return typeof node === "object" && node !== null ? node : void 0;
}
function pathOf(pointer) {
  const parts = pointer.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
  if (parts[0] === "Properties" && parts.length > 1) parts.shift();
  return parts.reduce(
    (path18, part) => /^\d+$/.test(part) ? `${path18}[${part}]` : path18 ? `${path18}.${part}` : part,
    ""
  );
}
function under(pointer, prefixes) {
  return prefixes.some((p) => pointer === p || pointer.startsWith(`${p}/`));
}
function locationOf2(declaration, pointer) {
  for (let at2 = pointer; at2 !== ""; at2 = at2.slice(0, at2.lastIndexOf("/"))) {
    const location = declaration.locate(at2);
    if (location) return location;
  }
  return declaration.locate("");
}
function describe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a map";
  return JSON.stringify(value);
}
var TYPE_NAMES = {
  integer: "an integer",
  number: "a number",
  string: "a string",
  boolean: "a boolean (true or false)",
  array: "a list",
  object: "a map"
};
function reportedElsewhere(resourceType, error) {
  if (error.keyword !== "required") return false;
  const missing = String(error.params.missingProperty);
  if (missing === "KeySchema" || missing === "AttributeType") return true;
  return resourceType !== "AWS::Serverless::SimpleTable" && /ProvisionedThroughput$/.test(error.instancePath) && (missing === "ReadCapacityUnits" || missing === "WriteCapacityUnits");
}
function validateDeclaration(declaration) {
  const { resourceType } = declaration;
  const validate = validatorFor(resourceType, strict, strictValidators);
  if (!validate) return [];
  const problems = problemsOf(declaration, validate, declaration.value);
  if (!problems.some((p) => p.kind === "type")) return problems;
  const convert = validatorFor(resourceType, converting, convertingValidators);
  return problemsOf(declaration, convert, structuredClone(declaration.value));
}
function problemsOf(declaration, validate, value) {
  if (validate(value) || !validate.errors) return [];
  return validate.errors.flatMap((error) => problemOf2(declaration, error) ?? []);
}
function problemOf2(declaration, error) {
  const { resourceType } = declaration;
  const params = error.params;
  let pointer = error.instancePath;
  if (under(pointer, declaration.unknown)) return void 0;
  if (reportedElsewhere(resourceType, error)) return void 0;
  const missing = params.missingProperty;
  if (typeof missing === "string" && declaration.unknown.includes(`${pointer}/${pointerToken(missing)}`))
    return void 0;
  const opensKeys = ["required", "additionalProperties", "dependencies"].includes(error.keyword);
  if (opensKeys && declaration.open.includes(pointer)) return void 0;
  const at2 = (p) => ({
    pointer: p,
    path: pathOf(p) || "Properties",
    location: locationOf2(declaration, p)
  });
  const actual = valueAt(declaration.value, pointer);
  switch (error.keyword) {
    case "additionalProperties": {
      const property = String(params.additionalProperty);
      const parent = at2(pointer);
      pointer = `${pointer}/${pointerToken(property)}`;
      const allowed = Object.keys(schemaAt(resourceType, error.schemaPath)?.properties ?? {});
      const nearest2 = allowed.length ? closest(property, allowed) : void 0;
      const near = nearest2 !== void 0 && distance(property.toLowerCase(), nearest2.toLowerCase()) <= 3;
      return {
        kind: "unknownProperty",
        ...at2(pointer),
        path: parent.path,
        data: { property, suggestion: near ? ` (did you mean "${nearest2}"?)` : "" }
      };
    }
    case "required":
      return { kind: "required", ...at2(pointer), data: { property: String(params.missingProperty) } };
    case "dependencies":
      return {
        kind: "dependency",
        ...at2(pointer),
        data: { property: String(params.property), missing: String(params.missingProperty) }
      };
    case "type":
      return {
        kind: "type",
        ...at2(pointer),
        data: { value: describe(actual), expected: TYPE_NAMES[String(params.type)] ?? String(params.type) }
      };
    case "enum":
      return {
        kind: "enum",
        ...at2(pointer),
        data: { value: describe(actual), allowed: params.allowedValues.join(", ") }
      };
    case "minimum":
    case "maximum":
      return {
        kind: error.keyword,
        ...at2(pointer),
        data: { value: describe(actual), limit: Number(params.limit) }
      };
    case "minLength":
    case "maxLength":
      return {
        kind: error.keyword,
        ...at2(pointer),
        data: { length: String(actual ?? "").length, limit: Number(params.limit) }
      };
    case "minItems":
    case "maxItems":
      return {
        kind: error.keyword,
        ...at2(pointer),
        data: { count: Array.isArray(actual) ? actual.length : 0, limit: Number(params.limit) }
      };
    default:
      return void 0;
  }
}
function valueAt(root, pointer) {
  let node = root;
  for (const part of pointer.split("/").slice(1)) {
    if (typeof node !== "object" || node === null) return void 0;
    node = node[part.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  return node;
}

// rules/resource-schema.ts
var SAM_TRANSFORM = "AWS::Serverless-2016-10-31";
var MESSAGES11 = {
  unknownProperty: '{{path}} of {{table}}: unknown property "{{property}}"{{suggestion}}; {{resourceType}} rejects properties its schema does not define.',
  required: '{{path}} of {{table}} is missing the required property "{{property}}".',
  dependency: "{{path}} of {{table}} sets {{property}} without {{missing}}; {{property}} requires {{missing}}.",
  type: "{{path}} of {{table}} is {{value}}; it must be {{expected}}.",
  enum: "{{path}} of {{table}} is {{value}}; the allowed values are {{allowed}} (case-sensitive).",
  minimum: "{{path}} of {{table}} is {{value}}; the minimum is {{limit}}.",
  maximum: "{{path}} of {{table}} is {{value}}; the maximum is {{limit}}.",
  minLength: "{{path}} of {{table}} is {{length}} characters long; the minimum length is {{limit}}.",
  maxLength: "{{path}} of {{table}} is {{length}} characters long; the maximum length is {{limit}}.",
  minItems: "{{path}} of {{table}} has {{count}} items; it needs at least {{limit}}.",
  maxItems: "{{path}} of {{table}} has {{count}} items; at most {{limit}} are allowed.",
  duplicateRegion: '{{path}} of {{table}} repeats region "{{region}}"; a global table has at most one replica per region.',
  keyOrder: "{{path}} of {{table}} lists a RANGE key before a HASH key; DynamoDB requires the partition (HASH) key first, then the sort (RANGE) key.",
  capacityBelowOne: "{{path}} of {{table}} is {{value}}; a PROVISIONED table and its global indexes need at least 1 read and 1 write capacity unit.",
  undefinedCondition: `Condition of {{table}} names "{{condition}}", which the template's Conditions do not define.`,
  undefinedDependency: 'DependsOn of {{table}} names "{{target}}", which is not a resource of this template.',
  samWithoutTransform: '{{table}} is an AWS::Serverless::SimpleTable, but the template does not declare "Transform: {{transform}}"; CloudFormation rejects the resource type without the SAM transform.'
};
var SCHEMA_REPORTS = {
  unknownProperty: { messageId: "unknownProperty" },
  required: { messageId: "required" },
  dependency: { messageId: "dependency" },
  type: { messageId: "type" },
  enum: { messageId: "enum" },
  minimum: { messageId: "minimum" },
  maximum: { messageId: "maximum" },
  minLength: { messageId: "minLength" },
  maxLength: { messageId: "maxLength" },
  minItems: { messageId: "minItems" },
  maxItems: { messageId: "maxItems" }
};
var resource_schema_default = defineRule({
  id: "resource-schema",
  kind: "table",
  description: "Each DynamoDB resource matches its CloudFormation/SAM resource schema: known properties, required ones, types, allowed values, ranges and lengths, and valid resource attributes.",
  severity: "error",
  messages: MESSAGES11,
  check({ tables, report }) {
    for (const table of tables) {
      const declaration = table.declaration;
      if (!declaration) continue;
      const base = { table: tableLabel(table), resourceType: declaration.resourceType };
      for (const problem of validateDeclaration(declaration)) reportProblem(table, problem, base, report);
      checkKeyOrder(table, declaration, report);
      checkReplicaRegions(table, declaration, report);
      checkProvisionedCapacity(table, declaration, report);
      checkAttributes(table, declaration, report);
    }
  }
});
function reportProblem(table, problem, base, report) {
  report({
    table,
    property: `${problem.path}:${problem.kind}:${String(problem.data.property ?? "")}`,
    location: problem.location,
    ...SCHEMA_REPORTS[problem.kind],
    data: { ...base, path: problem.path, ...problem.data }
  });
}
function mapOf(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
}
function listOf(value) {
  return Array.isArray(value) ? value : [];
}
function keySchemas(properties) {
  const schemas = [{ pointer: "/Properties/KeySchema", keys: listOf(properties.KeySchema) }];
  for (const kind of ["GlobalSecondaryIndexes", "LocalSecondaryIndexes"]) {
    listOf(properties[kind]).forEach(
      (index, i) => schemas.push({ pointer: `/Properties/${kind}/${i}/KeySchema`, keys: listOf(mapOf(index)?.KeySchema) })
    );
  }
  return schemas;
}
function checkKeyOrder(table, declaration, report) {
  const properties = mapOf(declaration.value.Properties);
  if (!properties) return;
  for (const { pointer, keys } of keySchemas(properties)) {
    const keyTypes = keys.map((key2) => mapOf(key2)?.KeyType);
    const firstRange = keyTypes.indexOf("RANGE");
    const hashAfterRange = firstRange < 0 ? -1 : keyTypes.indexOf("HASH", firstRange);
    if (hashAfterRange < 0) continue;
    report({
      table,
      property: `${pathOf(pointer)}:order`,
      location: locationOf2(declaration, `${pointer}/${hashAfterRange}`),
      messageId: "keyOrder",
      data: { table: tableLabel(table), path: pathOf(pointer) }
    });
  }
}
function checkReplicaRegions(table, declaration, report) {
  const seen = /* @__PURE__ */ new Set();
  listOf(mapOf(declaration.value.Properties)?.Replicas).forEach((replica, i) => {
    const region = mapOf(replica)?.Region;
    if (typeof region !== "string") return;
    if (seen.has(region)) {
      report({
        table,
        property: `Replicas:${region}`,
        location: locationOf2(declaration, `/Properties/Replicas/${i}/Region`),
        messageId: "duplicateRegion",
        data: { table: tableLabel(table), path: "Replicas", region }
      });
    }
    seen.add(region);
  });
}
function checkProvisionedCapacity(table, declaration, report) {
  if (declaration.resourceType !== "AWS::DynamoDB::Table") return;
  if (!table.billingMode.known || table.billingMode.value !== "PROVISIONED") return;
  const properties = mapOf(declaration.value.Properties);
  if (!properties) return;
  const throughputs = [
    { pointer: "/Properties/ProvisionedThroughput", value: properties.ProvisionedThroughput }
  ];
  listOf(properties.GlobalSecondaryIndexes).forEach(
    (index, i) => throughputs.push({
      pointer: `/Properties/GlobalSecondaryIndexes/${i}/ProvisionedThroughput`,
      value: mapOf(index)?.ProvisionedThroughput
    })
  );
  for (const throughput of throughputs) {
    const capacities = mapOf(throughput.value);
    if (!capacities) continue;
    for (const key2 of ["ReadCapacityUnits", "WriteCapacityUnits"]) {
      const written2 = capacities[key2];
      const value = typeof written2 === "string" && written2.trim() !== "" ? Number(written2) : written2;
      if (typeof value !== "number" || Number.isNaN(value) || value >= 1) continue;
      const at2 = `${throughput.pointer}/${key2}`;
      report({
        table,
        property: `${pathOf(at2)}:minimum`,
        location: locationOf2(declaration, at2),
        messageId: "capacityBelowOne",
        data: { table: tableLabel(table), path: pathOf(at2), value: String(written2) }
      });
    }
  }
}
function checkAttributes(table, declaration, report) {
  const label = tableLabel(table);
  const format = table.source.format;
  const { transforms } = declaration.template;
  const wholeTemplate = format !== "serverless";
  const knowsConditions = wholeTemplate && transforms.every((t) => t === SAM_TRANSFORM);
  const knowsResources = wholeTemplate && transforms.length === 0;
  const condition = typeof declaration.value.Condition === "string" ? declaration.value.Condition : void 0;
  if (knowsConditions && condition !== void 0 && !declaration.template.conditions.includes(condition)) {
    report({
      table,
      property: "Condition",
      location: locationOf2(declaration, "/Condition"),
      messageId: "undefinedCondition",
      data: { table: label, condition }
    });
  }
  const dependsOn = declaration.value.DependsOn;
  const targets = typeof dependsOn === "string" ? [["/DependsOn", dependsOn]] : [];
  if (Array.isArray(dependsOn))
    dependsOn.forEach((t, i) => typeof t === "string" && targets.push([`/DependsOn/${i}`, t]));
  for (const [pointer, target] of targets) {
    if (!knowsResources) continue;
    if (declaration.template.resources.includes(target)) continue;
    report({
      table,
      property: `DependsOn:${target}`,
      location: locationOf2(declaration, pointer),
      messageId: "undefinedDependency",
      data: { table: label, target }
    });
  }
  if (declaration.resourceType === "AWS::Serverless::SimpleTable" && (format === "cloudformation" || format === "sam") && !declaration.template.transforms.includes(SAM_TRANSFORM)) {
    report({
      table,
      property: "Transform",
      location: locationOf2(declaration, ""),
      messageId: "samWithoutTransform",
      data: { table: label, transform: SAM_TRANSFORM }
    });
  }
}

// rules/scan-usage.ts
var scan_usage_default = defineRule({
  id: "scan-usage",
  kind: "code",
  description: "Application code scans a table: every item is read and billed on every call.",
  severity: "warning",
  messages: {
    scan: "A Scan{{where}} reads every item of {{target}} on every call and bills for all of it ({{library}}). Serve this access pattern with a key: Query the table or a GSI.",
    scanFirstPage: "A Scan{{where}} reads every item of {{target}} on every call and bills for all of it ({{library}}). It also reads only the first page (1 MB at most): without a LastEvaluatedKey/ExclusiveStartKey loop, items past it are silently missed. Serve this access pattern with a key: Query the table or a GSI.",
    parallelScan: "A parallel Scan (Segment/TotalSegments{{segments}}){{where}} reads every item of {{target}} at once ({{library}}): it can use up the table's read capacity and throttle other traffic. Serve this access pattern with a key: Query the table or a GSI.",
    parallelScanFirstPage: "A parallel Scan (Segment/TotalSegments{{segments}}){{where}} reads every item of {{target}} at once ({{library}}): it can use up the table's read capacity and throttle other traffic. It also reads only the first page (1 MB at most): without a LastEvaluatedKey/ExclusiveStartKey loop, items past it are silently missed. Serve this access pattern with a key: Query the table or a GSI."
  },
  options: {
    type: "object",
    properties: {
      allow: allowOption("`scripts/**`, `migrations/**`"),
      "severity-by-path": {
        type: "object",
        additionalProperties: { enum: ["error", "warning", "info"] },
        default: {},
        description: "Glob \u2192 severity for scans in matching files (the first matching glob wins)."
      }
    },
    additionalProperties: false
  },
  check({ uses, tables, options, report }) {
    const allowed = globMatcher(options.allow);
    const severities = Object.entries(options["severity-by-path"]).map(
      ([glob, severity]) => [globMatcher([glob]), severity]
    );
    const ranks = /* @__PURE__ */ new Map();
    for (const use of uses) {
      if (use.operation !== "Scan" && use.operation !== "ParallelScan") continue;
      const file = use.location.file;
      if (allowed(file)) continue;
      const table = declaredTableOf(use, tables);
      const scope = use.scope ?? "<module>";
      const key2 = `${file}\0${scope}\0${use.operation}`;
      const rank = (ranks.get(key2) ?? 0) + 1;
      ranks.set(key2, rank);
      const severity = severities.find(([matches]) => matches(file))?.[1];
      report({
        ...table ? { table } : {},
        // Where the call is, not its line: the finding keeps its identity when code above it moves.
        property: `${file}:${scope}:${use.operation}:${ordinal(rank)}`,
        location: use.location,
        ...severity ? { severityFromOptions: severity } : {},
        ...message(use, targetLabel(use, table))
      });
    }
  }
});
function message(use, target) {
  const where = use.scope && use.scope !== "<module>" ? ` in ${use.scope}` : "";
  const firstPage = use.details?.paginated === false;
  const data = { where, target, library: use.library };
  if (use.operation === "ParallelScan") {
    const segments = use.details?.totalSegments;
    const parallel = { ...data, segments: typeof segments === "number" ? `, ${segments} segments` : "" };
    return firstPage ? { messageId: "parallelScanFirstPage", data: parallel } : { messageId: "parallelScan", data: parallel };
  }
  return firstPage ? { messageId: "scanFirstPage", data } : { messageId: "scan", data };
}
function ordinal(rank) {
  let text = "";
  for (let n = rank; n > 0; n = Math.floor((n - 1) / 26))
    text = String.fromCharCode(97 + (n - 1) % 26) + text;
  return text;
}

// src/drift/compare.ts
function compareTables(declared, live, options) {
  const differences = [];
  const add = (property, location, severity, change) => {
    differences.push({ property, location, severity, change });
  };
  const setting = (property, what, left, right, show) => compareValues(add, "warning", property, what, left, right, show);
  compareValues(add, "error", "keySchema", "key schema", declared.keySchema, live.keySchema, showKeys);
  compareAttributeTypes(declared, live, add);
  compareIndexes("global", declared, live, add);
  compareIndexes("local", declared, live, add);
  setting("billingMode", "billing mode", declared.billingMode, live.billingMode, String);
  compareTableThroughput(declared, live, add);
  setting(
    "stream",
    "stream",
    declared.stream,
    live.stream,
    (s) => s.enabled ? `enabled (${s.viewType ?? "no view type"})` : "disabled"
  );
  setting(
    "ttl",
    "TTL",
    declared.ttl,
    live.ttl,
    (t) => t.enabled ? `enabled on ${t.attribute ?? "(no attribute)"}` : "disabled"
  );
  setting(
    "pointInTimeRecovery",
    "point-in-time recovery",
    declared.pointInTimeRecovery,
    live.pointInTimeRecovery,
    onOff
  );
  setting(
    "sse",
    "server-side encryption",
    declared.sse,
    live.sse,
    (s) => s.enabled ? `KMS key (${s.type ?? "KMS"})` : "AWS owned key"
  );
  setting("tableClass", "table class", declared.tableClass, live.tableClass, String);
  setting(
    "deletionProtection",
    "deletion protection",
    declared.deletionProtection,
    live.deletionProtection,
    onOff
  );
  if (options.tags) compareTags(declared.tags, live.tags, add);
  return differences;
}
function compareValues(add, severity, property, what, left, right, show) {
  if (!left?.known || !right?.known) return;
  const [a, b] = [show(left.value), show(right.value)];
  if (a !== b) {
    const defaulted = left.defaulted === true;
    add(property, left.location, severity, { kind: "value", what, declared: a, live: b, defaulted });
  }
}
function onOff(value) {
  return value ? "enabled" : "disabled";
}
function showKeys(elements) {
  const partition = elements.find((e) => e.role === "partition")?.attribute ?? "(none)";
  const sort = elements.find((e) => e.role === "sort")?.attribute;
  return sort ? `${partition} + ${sort}` : partition;
}
function compareAttributeTypes(declared, live, add) {
  if (!declared.attributes.known || !live.attributes.known) return;
  const liveTypes = new Map(live.attributes.value.map((a) => [a.name, a.type]));
  for (const attribute2 of declared.attributes.value) {
    const liveType = liveTypes.get(attribute2.name);
    if (liveType === void 0 || liveType === attribute2.type) continue;
    add(`attribute:${attribute2.name}`, attribute2.location, "error", {
      kind: "attributeType",
      attribute: attribute2.name,
      declared: attribute2.type,
      live: liveType
    });
  }
}
function compareIndexes(kind, declared, live, add) {
  const declaredIndexes = kind === "global" ? declared.globalIndexes : declared.localIndexes;
  const liveIndexes = kind === "global" ? live.globalIndexes : live.localIndexes;
  if (!declaredIndexes.known || !liveIndexes.known) return;
  const noun = `${kind} index`;
  const liveByName = new Map(liveIndexes.value.flatMap((i) => i.name.known ? [[i.name.value, i]] : []));
  const declaredNames = /* @__PURE__ */ new Set();
  let allNamed = true;
  for (const index of declaredIndexes.value) {
    if (!index.name.known) {
      allNamed = false;
      continue;
    }
    const name = index.name.value;
    declaredNames.add(name);
    const other = liveByName.get(name);
    if (!other) {
      add(`index:${name}`, index.location, "error", { kind: "declaredOnly", what: `${noun} ${name}` });
      continue;
    }
    compareIndex(noun, name, index, other, declared, live, add);
  }
  if (!allNamed) return;
  for (const name of liveByName.keys()) {
    if (declaredNames.has(name)) continue;
    add(`index:${name}`, declaredIndexes.location, "error", { kind: "liveOnly", what: `${noun} ${name}` });
  }
}
function compareIndex(noun, name, index, other, declared, live, add) {
  const prefix = `${noun} ${name}`;
  compareValues(
    add,
    "error",
    `index:${name}:keySchema`,
    `${prefix} key schema`,
    index.keySchema,
    other.keySchema,
    showKeys
  );
  compareValues(
    add,
    "error",
    `index:${name}:projection`,
    `${prefix} projection`,
    index.projection,
    other.projection,
    showProjection
  );
  if (index.kind === "global" && !index.autoscaled && provisioned(declared, live)) {
    const values = throughputDifference(index.throughput, other.throughput);
    if (values && index.throughput)
      add(`index:${name}:throughput`, index.throughput.location, "warning", {
        kind: "value",
        what: `${noun} ${name} provisioned throughput`,
        ...values,
        defaulted: false
      });
  }
}
function showProjection(projection) {
  if (projection.type !== "INCLUDE") return projection.type || "ALL";
  return `INCLUDE (${[...projection.nonKeyAttributes].sort().join(", ")})`;
}
function provisioned(declared, live) {
  return declared.billingMode.known && declared.billingMode.value === "PROVISIONED" && live.billingMode.known && live.billingMode.value === "PROVISIONED";
}
function compareTableThroughput(declared, live, add) {
  if (declared.autoscaled || !provisioned(declared, live) || !declared.throughput) return;
  const values = throughputDifference(declared.throughput, live.throughput);
  if (values) {
    add("throughput", declared.throughput.location, "warning", {
      kind: "value",
      what: "provisioned throughput",
      ...values,
      defaulted: false
    });
  }
}
function throughputDifference(declared, live) {
  if (!declared?.read?.known || !declared.write?.known || !live?.read?.known || !live.write?.known)
    return void 0;
  const a = `${declared.read.value} read / ${declared.write.value} write`;
  const b = `${live.read.value} read / ${live.write.value} write`;
  return a === b ? void 0 : { declared: a, live: b };
}
function compareTags(declared, live, add) {
  if (!declared?.known || !live?.known) return;
  const liveTags = new Map(live.value.flatMap((t) => t.value.known ? [[t.key, t.value.value]] : []));
  const declaredKeys = /* @__PURE__ */ new Set();
  const changes = [];
  for (const tag of declared.value) {
    declaredKeys.add(tag.key);
    if (!tag.value.known) continue;
    const liveValue = liveTags.get(tag.key);
    if (liveValue === void 0) changes.push(`${tag.key}=${tag.value.value} declared, not live`);
    else if (liveValue !== tag.value.value)
      changes.push(`${tag.key}: declared ${tag.value.value}, live ${liveValue}`);
  }
  for (const [key2, value] of liveTags) {
    if (!declaredKeys.has(key2) && !key2.startsWith("aws:")) changes.push(`${key2}=${value} live, not declared`);
  }
  if (changes.length > 0) add("tags", declared.location, "warning", { kind: "tags", changes });
}

// rules/schema-drift.ts
function differenceMessage(table, difference) {
  const change = difference.change;
  switch (change.kind) {
    case "value": {
      const data = { table, what: change.what, declared: change.declared, live: change.live };
      return change.defaulted ? { messageId: "defaultDiffers", data } : { messageId: "valueDiffers", data };
    }
    case "attributeType":
      return {
        messageId: "attributeType",
        data: { table, attribute: change.attribute, declared: change.declared, live: change.live }
      };
    case "declaredOnly":
      return { messageId: "declaredOnly", data: { table, what: change.what } };
    case "liveOnly":
      return { messageId: "liveOnly", data: { table, what: change.what } };
    case "tags":
      return { messageId: "tagsDiffer", data: { table, changes: change.changes.join("; ") } };
  }
}
var schema_drift_default = defineRule({
  id: "schema-drift",
  kind: "drift",
  description: "A deployed table differs from its declaration: keys, attribute types, indexes, billing, capacity, stream, TTL, backups, encryption, table class, deletion protection (and tags, opt-in).",
  severity: "error",
  messages: {
    valueDiffers: "{{table}}: {{what}}: declared {{declared}}, live {{live}}.",
    defaultDiffers: "{{table}}: {{what}}: declared {{declared}} (not set; the default), live {{live}}.",
    attributeType: "{{table}}: attribute {{attribute}}: declared type {{declared}}, live {{live}}.",
    declaredOnly: "{{table}}: {{what}}: declared, not live.",
    liveOnly: "{{table}}: {{what}}: live, not declared.",
    tagsDiffer: "{{table}}: tags: {{changes}}."
  },
  options: {
    type: "object",
    properties: {
      tags: {
        type: "boolean",
        default: false,
        description: "Also compare tags (tags AWS adds, `aws:*`, are ignored)."
      }
    },
    additionalProperties: false
  },
  // ListTagsOfResource is one more request per table: only when tags are compared.
  needs: (options) => options.tags ? ["live-tags"] : [],
  check({ pairs, options, report }) {
    for (const { declared, live } of pairs) {
      for (const difference of compareTables(declared, live, { tags: options.tags })) {
        report({
          table: declared,
          property: difference.property,
          location: difference.location,
          severity: difference.severity,
          ...differenceMessage(tableLabel(declared), difference)
        });
      }
    }
  }
});

// rules/table-missing.ts
var table_missing_default = defineRule({
  id: "table-missing",
  kind: "drift",
  description: "A declared table does not exist in the account and region that were checked.",
  severity: "error",
  messages: {
    missing: "{{table}} is declared, but no live table {{name}} exists there."
  },
  check({ missing, report }) {
    for (const { declared, name } of missing) {
      report({
        table: declared,
        property: "exists",
        location: declared.location,
        messageId: "missing",
        data: { table: tableLabel(declared), name }
      });
    }
  }
});

// rules/table-removed.ts
var table_removed_default = defineRule({
  id: "table-removed",
  kind: "change",
  description: "A table disappears from the infrastructure code without DeletionPolicy: Retain or deletion protection, so deploying deletes it and its data.",
  severity: "error",
  messages: {
    protectedCloudFormation: "{{table}} (declared here at {{base}}) is removed; deletion protection will stop the CloudFormation update from deleting it, so the deploy fails. To stop managing it, first set DeletionPolicy: Retain and deploy.",
    protectedTerraform: "{{table}} (declared here at {{base}}) is removed; deletion protection will stop terraform apply from deleting it, so the deploy fails. To stop managing it, use `terraform state rm` (or a `removed` block).",
    deletedCloudFormation: "{{table}} (declared here at {{base}}) is removed: CloudFormation deletes the table and all its data. Deploy DeletionPolicy: Retain first to keep the table, or enable DeletionProtectionEnabled.",
    deletedTerraform: "{{table}} (declared here at {{base}}) is removed: terraform apply destroys the table and all its data. Enable deletion_protection_enabled first, or use a `removed` block with `destroy = false` to keep it."
  },
  check({ pairs, base: revision, report }) {
    for (const { base, head } of pairs) {
      if (!base || head) continue;
      if (valueOf(base.deletionPolicy) === "Retain") continue;
      const terraform = deployerOf(base) === "terraform";
      const where = {
        table: base,
        property: "removed",
        location: base.location,
        data: { table: tableLabel(base), base: revision }
      };
      if (valueOf(base.deletionProtection) === true) {
        report({
          ...where,
          severity: "warning",
          messageId: terraform ? "protectedTerraform" : "protectedCloudFormation"
        });
        continue;
      }
      report({ ...where, messageId: terraform ? "deletedTerraform" : "deletedCloudFormation" });
    }
  }
});

// rules/table-replacement.ts
function replacementCauses(base, head) {
  const causes = [];
  if (base.id !== head.id) {
    causes.push({
      property: "id",
      what: `its ${deployerOf(head) === "terraform" ? "resource address" : "logical id"} changes from ${base.id} to ${head.id}`,
      location: head.location
    });
  }
  if (changed(base.name, head.name) || base.name?.known && !head.name || !base.name && head.name?.known) {
    const before = base.name?.known ? `"${base.name.value}"` : "a generated name";
    const after = head.name?.known ? `"${head.name.value}"` : "a generated name";
    causes.push({
      property: "TableName",
      what: `its table name changes from ${before} to ${after}`,
      location: head.name?.location ?? head.location
    });
  }
  if (base.keySchema.known && head.keySchema.known && !head.keySchema.defaulted) {
    const before = keySignature(base.keySchema.value);
    const after = keySignature(head.keySchema.value);
    if (before !== after) {
      causes.push({
        property: "KeySchema",
        what: `its key schema changes (${describeKeys(base)} \u2192 ${describeKeys(head)})`,
        location: head.keySchema.location
      });
    }
  }
  const baseLocal = indexSignatures(base.localIndexes);
  const headLocal = indexSignatures(head.localIndexes);
  if (baseLocal && headLocal && [...baseLocal.values()].sort().join("\n") !== [...headLocal.values()].sort().join("\n")) {
    causes.push({
      property: "LocalSecondaryIndexes",
      what: "its local secondary indexes change (an LSI can only be created with the table)",
      location: head.localIndexes.location
    });
  }
  if (base.attributes.known && head.attributes.known && head.keySchema.known) {
    const keyAttributes = /* @__PURE__ */ new Set([
      ...head.keySchema.value.map((k) => k.attribute),
      ...head.localIndexes.known ? head.localIndexes.value.flatMap(
        (i) => i.keySchema.known ? i.keySchema.value.map((k) => k.attribute) : []
      ) : []
    ]);
    const before = new Map(base.attributes.value.map((a) => [a.name, a.type]));
    for (const attribute2 of head.attributes.value) {
      const type = before.get(attribute2.name);
      if (type === void 0 || type === attribute2.type || !keyAttributes.has(attribute2.name)) continue;
      causes.push({
        property: `attribute:${attribute2.name}`,
        what: `the type of key attribute "${attribute2.name}" changes from ${type} to ${attribute2.type}`,
        location: attribute2.location
      });
    }
  }
  if (head.plannedActions?.includes("delete") && head.plannedActions.includes("create")) {
    causes.push({
      property: "plan",
      what: "the Terraform plan replaces it (delete, then create)",
      location: head.location
    });
  }
  return causes;
}
function replacementOutcome(head) {
  if (deployerOf(head) === "terraform") {
    return valueOf(head.deletionProtection) === true ? { messageId: "terraformBlocked" } : { messageId: "terraformDestroys" };
  }
  if (head.name?.known) return { messageId: "customNameFails" };
  return valueOf(head.updateReplacePolicy) === "Retain" ? { messageId: "oldTableRetained" } : { messageId: "oldTableDeleted" };
}
function describeKeys(table) {
  return table.keySchema.known ? table.keySchema.value.map((k) => `${k.attribute} ${k.role === "partition" ? "HASH" : "RANGE"}`).join(", ") : "?";
}
var table_replacement_default = defineRule({
  id: "table-replacement",
  kind: "change",
  description: "A change makes the deployer replace the table (key schema, table name, LSIs, key attribute type, resource type or id) \u2014 losing its data or failing the deploy.",
  severity: "error",
  messages: {
    typeChanges: "{{table}} changes type from {{before}} (at {{base}}) to {{after}}: CloudFormation cannot change a resource's type in place, so the update fails. To move an existing table, set DeletionPolicy: Retain, remove it from the stack, then import it as the new type.",
    terraformBlocked: "{{table}} is replaced because {{cause}} (compared with {{base}}): terraform apply fails: deletion protection blocks destroying the old table.",
    terraformDestroys: "{{table}} is replaced because {{cause}} (compared with {{base}}): Terraform destroys the table and creates a new, empty one: its data is lost (add a `moved` block for a rename, or migrate the data first).",
    customNameFails: '{{table}} is replaced because {{cause}} (compared with {{base}}): the deploy fails: CloudFormation cannot replace a table with a custom TableName ("{{name}}"), because the new table needs the name the old one holds.',
    oldTableRetained: "{{table}} is replaced because {{cause}} (compared with {{base}}): CloudFormation creates a new, empty table and keeps the old one (UpdateReplacePolicy: Retain): the data stays behind in a table the stack no longer uses.",
    oldTableDeleted: "{{table}} is replaced because {{cause}} (compared with {{base}}): CloudFormation creates a new, empty table and deletes the old one: its data is lost (no UpdateReplacePolicy: Retain)."
  },
  check({ pairs, base: revision, report }) {
    for (const { base, head } of pairs) {
      if (!base || !head) continue;
      if (base.resourceType !== head.resourceType && deployerOf(head) === "cloudformation") {
        report({
          table: head,
          property: "Type",
          location: head.location,
          messageId: "typeChanges",
          data: {
            table: tableLabel(head),
            before: base.resourceType,
            after: head.resourceType,
            base: revision
          }
        });
        continue;
      }
      const outcome = replacementOutcome(head);
      const name = head.name?.known ? head.name.value : "";
      for (const cause of replacementCauses(base, head)) {
        report({
          table: head,
          property: cause.property,
          location: cause.location,
          messageId: outcome.messageId,
          data: { table: tableLabel(head), cause: cause.what, base: revision, name }
        });
      }
    }
  }
});

// rules/ttl-attribute-change.ts
var ttl_attribute_change_default = defineRule({
  id: "ttl-attribute-change",
  kind: "change",
  description: "The TTL attribute of a table is renamed, which needs TTL disabled and enabled again at least an hour apart.",
  severity: "warning",
  messages: {
    renamedCloudFormation: 'The TTL attribute of {{table}} changes from "{{before}}" to "{{after}}" (compared with {{base}}): DynamoDB must disable TTL and enable it again, and accepts one TimeToLive change per table per hour, so the CloudFormation update fails. Deploy "Enabled: false" first, then the new attribute an hour later; items keep expiring by the old attribute until then.',
    renamedTerraform: 'The TTL attribute of {{table}} changes from "{{before}}" to "{{after}}" (compared with {{base}}): DynamoDB must disable TTL and enable it again, and accepts one TimeToLive change per table per hour, so the apply fails. Deploy "Enabled: false" first, then the new attribute an hour later; items keep expiring by the old attribute until then.'
  },
  check({ pairs, base: revision, report }) {
    for (const { base, head } of pairs) {
      if (!base?.ttl?.known || !head?.ttl?.known) continue;
      const before = base.ttl.value;
      const after = head.ttl.value;
      if (!before.enabled || !after.enabled || before.attribute === after.attribute) continue;
      const data = {
        table: tableLabel(head),
        before: String(before.attribute),
        after: String(after.attribute),
        base: revision
      };
      const where = { table: head, property: "TimeToLiveSpecification", location: head.ttl.location, data };
      if (deployerOf(head) === "terraform") report({ ...where, messageId: "renamedTerraform" });
      else report({ ...where, messageId: "renamedCloudFormation" });
    }
  }
});

// rules/unmanaged-table.ts
var unmanaged_table_default = defineRule({
  id: "unmanaged-table",
  kind: "drift",
  description: "A live table that no declaration maps to: created by hand, left behind, or declared outside the linted paths.",
  severity: "warning",
  recommended: false,
  // Listing every live table costs requests: only when this rule runs, which `--report-unmanaged` asks for.
  enabledBy: "report-unmanaged",
  needs: () => ["live-table-list"],
  messages: {
    unmanaged: "Live table {{name}} is not declared in the linted infrastructure code."
  },
  check({ unmanaged, report }) {
    for (const table of unmanaged) {
      report({
        property: `unmanaged:${table.name}`,
        location: table.location,
        messageId: "unmanaged",
        data: { name: table.name }
      });
    }
  }
});

// rules/index.ts
var rules = [
  gsi_count_default,
  low_cardinality_key_default,
  key_attribute_definitions_default,
  index_limits_default,
  billing_mode_default,
  resource_schema_default,
  scan_usage_default,
  partiql_full_scan_default,
  schema_drift_default,
  table_missing_default,
  unmanaged_table_default,
  drift_unmapped_default,
  table_replacement_default,
  gsi_update_limit_default,
  table_removed_default,
  ttl_attribute_change_default,
  protection_weakened_default,
  point_in_time_recovery_default,
  deletion_protection_default,
  encryption_key_default,
  gsi_projection_all_default,
  gsi_write_capacity_default,
  provisioned_autoscaling_default,
  global_table_replicas_default,
  explicit_table_name_default
];

// src/baseline/state.ts
function markBaselineState(head, base, alwaysNew) {
  const remaining = /* @__PURE__ */ new Map();
  for (const finding of base) {
    const group = remaining.get(finding.fingerprint);
    if (group) group.push(finding);
    else remaining.set(finding.fingerprint, [finding]);
  }
  const states = new Array(head.length).fill("new");
  const take = (index, match) => {
    const finding = head[index];
    const group = remaining.get(finding.fingerprint);
    const at2 = group?.findIndex(match) ?? -1;
    if (!group || at2 === -1) return;
    group.splice(at2, 1);
    states[index] = "unchanged";
  };
  const candidates = head.flatMap((finding, index) => alwaysNew(finding) ? [] : [index]);
  for (const index of candidates) take(index, (c) => c.message === head[index].message);
  for (const index of candidates) if (states[index] === "new") take(index, () => true);
  return head.map((finding, index) => ({ ...finding, baselineState: states[index] }));
}
function newFindings(findings) {
  return findings.filter((finding) => finding.baselineState !== "unchanged");
}

// src/diff/base.ts
var import_picomatch3 = __toESM(require_picomatch2(), 1);
import path14 from "node:path";

// src/code/scan.ts
import { availableParallelism } from "node:os";
import path4 from "node:path";
import { debuglog } from "node:util";

// src/shared/read-file.ts
import { constants, closeSync, fstatSync, openSync, readSync } from "node:fs";
import { open } from "node:fs/promises";
var MAX_FILE_BYTES = 5 * 1024 * 1024;
var MAX_OPEN_FILES = 64;
var OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK;
var limit = pLimit(MAX_OPEN_FILES);
function readInputFile(file, maxBytes = MAX_FILE_BYTES) {
  return limit(() => readOnce(file, maxBytes));
}
async function readOnce(file, maxBytes) {
  let handle;
  try {
    handle = await open(file, OPEN_FLAGS);
  } catch (error) {
    return { skipped: readFailure(error) };
  }
  try {
    const info = await handle.stat();
    const refusal = refuse(info, maxBytes);
    if (refusal) return refusal;
    const buffer = Buffer.allocUnsafe(Math.min(info.size, maxBytes) + 1);
    let length = 0;
    for (; ; ) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > maxBytes) return tooLarge(length, maxBytes);
      if (length === buffer.length) return { skipped: "it grew while being read" };
    }
    return { bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { skipped: readFailure(error) };
  } finally {
    await handle.close().catch(() => void 0);
  }
}
function readInputFileSync(file, scratch2, maxBytes = MAX_FILE_BYTES) {
  let fd;
  try {
    fd = openSync(file, OPEN_FLAGS);
    const info = fstatSync(fd);
    const refusal = refuse(info, maxBytes);
    if (refusal) return refusal;
    if (scratch2.buffer.length < info.size + 1) scratch2.buffer = Buffer.allocUnsafe(info.size + 1);
    const buffer = scratch2.buffer;
    let length = 0;
    for (; ; ) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) return { bytes: buffer.subarray(0, length) };
      length += n;
      if (length > maxBytes) return tooLarge(length, maxBytes);
      if (length === buffer.length) return { skipped: "it grew while being read" };
    }
  } catch (error) {
    return { skipped: readFailure(error) };
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function refuse(info, maxBytes) {
  const kind = info.isDirectory() ? "it is a directory" : info.isFIFO() ? "it is a FIFO (named pipe), which could block the run" : info.isCharacterDevice() || info.isBlockDevice() ? "it is a device, not a regular file" : info.isSocket() ? "it is a socket, not a regular file" : info.isFile() ? void 0 : "it is not a regular file";
  if (kind) return { skipped: kind };
  return info.size > maxBytes ? tooLarge(info.size, maxBytes) : void 0;
}
function tooLarge(size, maxBytes) {
  const megabytes = (bytes) => (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, "");
  return {
    skipped: `${(size / 1024 / 1024).toFixed(1)} MB is over the ${megabytes(maxBytes)} MB limit for one file`,
    oversize: true
  };
}
var REASONS = {
  ENOENT: "it does not exist",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EISDIR: "it is a directory",
  EMFILE: "too many open files in this process",
  ENFILE: "too many open files on this system",
  ELOOP: "too many levels of symbolic links",
  ENAMETOOLONG: "its path is too long",
  EIO: "an input/output error",
  ENXIO: "no such device",
  ENODEV: "no such device",
  EAGAIN: "it is not ready to be read (a device or pipe)"
};
function readFailure(error) {
  const code = error?.code;
  if (code && REASONS[code]) return `${REASONS[code]} (${code})`;
  if (code) return code;
  return error instanceof Error ? error.message : String(error);
}

// src/shared/files.ts
var readBounded = async (file, problems) => {
  const outcome = await readInputFile(file.path);
  if ("bytes" in outcome) return outcome.bytes;
  problems.push(fileSkipped(file, outcome.skipped));
  return void 0;
};
function fileSkipped(file, reason) {
  return {
    ruleId: "file-skipped",
    severity: "warning",
    message: `not read: ${reason}`,
    location: fileStart(file.display)
  };
}
function decode(bytes) {
  const text = bytes.toString("utf8");
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}

// src/code/mapped-classes.ts
var MAPPED_CLASS_MARKER = Buffer.from("DynamoDBTable");
var DECLARATIONS = {
  csharp: /\[\s*(?:[\w.]*\.)?DynamoDBTable(?:Attribute)?\s*\(\s*@?"([^"\n]+)"[^\]\n]*\]\s*(?:\[[^\]\n]*\]\s*)*(?:(?:public|internal|private|protected|sealed|abstract|partial|static)\s+)*(?:class|record)\s+(\w+)/g,
  java: /@DynamoDBTable\s*\(\s*tableName\s*=\s*"([^"\n]+)"\s*\)\s*(?:@\w+(?:\([^)\n]*\))?\s*)*(?:(?:public|private|protected|static|final|abstract)\s+)*class\s+(\w+)/g
};
function mappedClasses(language, text, file) {
  const pattern = DECLARATIONS[language];
  if (!pattern) return [];
  const found = [];
  for (const match of text.matchAll(pattern)) {
    const [whole, table, name] = match;
    if (!table || !name) continue;
    const at2 = match.index + whole.indexOf(table);
    const before = text.slice(0, at2);
    const line = before.split("\n").length;
    const column = at2 - before.lastIndexOf("\n");
    found.push({
      name,
      table,
      location: { file, line, column, endLine: line, endColumn: column + table.length }
    });
  }
  return found;
}
function withMappedTables(uses, classes) {
  if (classes.length === 0) return [...uses];
  return uses.map((use) => {
    const entity = use.details?.entity;
    if (use.table || typeof entity !== "string") return use;
    const candidates = classes.filter((c) => c.name === entity);
    const tables = new Set(candidates.map((c) => c.table));
    const first = candidates[0];
    return first && tables.size === 1 ? { ...use, table: known(first.table, first.location) } : use;
  });
}

// src/code/pool.ts
import { existsSync } from "node:fs";
import path3 from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
var BATCH_SIZE = 4;
var SHARE_GRAMMAR_BYTES = 256 * 1024;
var AnalysisPool = class {
  constructor(size) {
    this.size = size;
  }
  size;
  workers = [];
  pending = [];
  results = [];
  inFlight = /* @__PURE__ */ new Set();
  entry = workerEntry();
  submitted = 0;
  /** Files a worker (not the main thread) analysed. */
  analysedOnWorkers = 0;
  submit(input) {
    if (this.workers.length === 0) {
      for (let i = 0; i < this.size; i += 1) this.workers.push(this.spawn());
    }
    this.pending.push({ index: this.submitted, input });
    this.submitted += 1;
    this.dispatch();
  }
  /** Every submitted file's analysis, in submission order; the workers are stopped. */
  async finish() {
    while (this.inFlight.size > 0 || this.pending.length > 0) {
      this.dispatch();
      if (this.workers.length === 0 || this.inFlight.size === 0) {
        for (const { index, input } of this.pending.splice(0)) this.results[index] = await analyzeFile(input);
        break;
      }
      await Promise.race(this.inFlight);
    }
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
    return Array.from(
      { length: this.submitted },
      (_, i) => this.results[i] ?? { uses: [], suppressions: [], problems: [], notes: [] }
    );
  }
  spawn() {
    const worker = new Worker(this.entry.script, { eval: this.entry.eval });
    return { worker, grammars: /* @__PURE__ */ new Set(), busy: false };
  }
  dispatch() {
    for (const member of this.workers) {
      if (member.busy || this.pending.length === 0) continue;
      const batch = this.take(member);
      if (batch.length === 0) continue;
      member.busy = true;
      const done = this.run(member, batch).finally(() => {
        member.busy = false;
        this.inFlight.delete(done);
        this.dispatch();
      });
      this.inFlight.add(done);
    }
  }
  /**
   * Up to a batch of pending files in grammars the worker has loaded; failing that, in a grammar no
   * worker has loaded yet, or one with enough pending work to pay for loading it twice.
   */
  take(member) {
    let grammar = this.pending.find((p) => member.grammars.has(p.input.grammar))?.input.grammar;
    if (grammar === void 0) {
      const pendingBytes = /* @__PURE__ */ new Map();
      for (const { input } of this.pending)
        pendingBytes.set(input.grammar, (pendingBytes.get(input.grammar) ?? 0) + input.text.length);
      grammar = [...pendingBytes].find(
        ([candidate, bytes]) => bytes >= SHARE_GRAMMAR_BYTES || !this.workers.some((w) => w.grammars.has(candidate))
      )?.[0];
    }
    if (grammar === void 0) return [];
    member.grammars.add(grammar);
    const batch = [];
    for (let i = 0; i < this.pending.length && batch.length < BATCH_SIZE; ) {
      if (this.pending[i].input.grammar === grammar) batch.push(...this.pending.splice(i, 1));
      else i += 1;
    }
    return batch;
  }
  async run(member, batch) {
    const request = { batch: batch[0]?.index ?? 0, inputs: batch.map((p) => p.input) };
    const reply = await exchange(member.worker, request).catch(() => void 0);
    if (reply) {
      reply.results.forEach((result, k) => this.results[batch[k].index] = result);
      this.analysedOnWorkers += reply.results.length;
      return;
    }
    this.workers.splice(this.workers.indexOf(member), 1);
    void member.worker.terminate();
    for (const { index, input } of batch) this.results[index] = await analyzeFile(input);
  }
};
function exchange(worker, request) {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
    };
    const onMessage = (reply) => {
      cleanup();
      resolve(reply);
    };
    const onError = (error) => {
      cleanup();
      reject(error);
    };
    const onExit = (code) => {
      cleanup();
      reject(new Error(`code-scan worker exited with code ${code}`));
    };
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
    worker.postMessage(request);
  });
}
function workerEntry() {
  if (import.meta.url.endsWith(".ts")) {
    const require2 = createRequire(import.meta.url);
    const tsxApi = pathToFileURL(
      path3.join(path3.dirname(require2.resolve("tsx/package.json")), "dist/esm/api/index.mjs")
    );
    const entry2 = new URL("./worker.ts", import.meta.url);
    const bootstrap = `import(${JSON.stringify(tsxApi.href)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry2.href)}); });`;
    return { script: bootstrap, eval: true };
  }
  const candidates = [
    new URL("./code-worker.js", import.meta.url),
    new URL("../code-worker.js", import.meta.url)
  ];
  const found = candidates.find((candidate) => existsSync(fileURLToPath(candidate)));
  return { script: found ?? candidates[0], eval: false };
}

// src/code/prefilter.ts
var CAN = Buffer.from("can");
var XECUTE = Buffer.from("xecute");
var LOWER_S = 115;
var UPPER_S = 83;
var UNDERSCORE = 95;
var TIE_MARKERS = [
  "dynamo",
  "pynamodb",
  "boto3",
  "aws-sdk",
  "ddb",
  "docclient",
  "documentclient",
  "electrodb",
  "onetable",
  "getmodel",
  "tablename",
  "filterexpression",
  "projectionexpression",
  "exclusivestartkey",
  "totalsegments",
  "scanfilter",
  "expressionattribute"
];
var MAX_LINE_LENGTH = 1e4;
function mentionsOperation(bytes) {
  for (let at2 = bytes.indexOf(CAN); at2 !== -1; at2 = bytes.indexOf(CAN, at2 + CAN.length)) {
    const before = bytes[at2 - 1];
    if (before === LOWER_S || before === UPPER_S) return true;
  }
  for (let at2 = bytes.indexOf(XECUTE); at2 !== -1; at2 = bytes.indexOf(XECUTE, at2 + XECUTE.length)) {
    const after = bytes[at2 + XECUTE.length];
    if (after === UPPER_S || after === UNDERSCORE) return true;
  }
  return false;
}
function mentionsDynamoDb(text) {
  const lower = text.toLowerCase();
  return TIE_MARKERS.some((marker) => lower.includes(marker));
}
function isBinary(bytes) {
  return bytes.subarray(0, 8e3).includes(0);
}
function longestLine(bytes) {
  let longest = 0;
  let start = 0;
  for (; ; ) {
    const end = bytes.indexOf(10, start);
    const length = (end < 0 ? bytes.length : end) - start;
    if (length > longest) longest = length;
    if (end < 0) return longest;
    start = end + 1;
  }
}
var BUNDLER_HELPERS = ["__webpack_require__", "__commonJS", "__toESM", "commonjsGlobal"];
function isBundle(text) {
  return BUNDLER_HELPERS.some((helper) => text.includes(helper));
}

// src/code/scan.ts
var debug = debuglog("dynalint");
var POOL_MIN_BYTES = 256 * 1024;
var YIELD_EVERY = 64;
async function scanCode(files, options = {}) {
  const started = performance.now();
  const workers = options.workers ?? availableParallelism();
  const threshold = options.workers === void 0 ? POOL_MIN_BYTES : 0;
  let pool;
  const inputs = [];
  const mapped = [];
  const unread = [];
  const readFile5 = options.read ?? readBounded2;
  let bytes = 0;
  for (const [i, file] of files.entries()) {
    const input = readCandidate(file, mapped, (candidate) => readFile5(candidate, unread));
    if (input) {
      inputs.push(input);
      bytes += input.text.length;
      if (pool) pool.submit(input);
      else if (workers > 0 && bytes >= threshold) {
        pool = new AnalysisPool(workers);
        for (const earlier of inputs) pool.submit(earlier);
      }
    }
    if (pool && i % YIELD_EVERY === YIELD_EVERY - 1) await new Promise(setImmediate);
  }
  const read = performance.now();
  const analyses = pool ? await pool.finish() : await analyzeEach(inputs);
  debug(
    "code scan: %d files read in %d ms; %d (%d KB) parsed, %d of them on %d worker threads, done %d ms later",
    files.length,
    Math.round(read - started),
    inputs.length,
    Math.round(bytes / 1024),
    pool?.analysedOnWorkers ?? 0,
    pool ? workers : 0,
    Math.round(performance.now() - read)
  );
  const result = merge(analyses, inputs.length, pool?.analysedOnWorkers ?? 0);
  appendAll(result.problems, unread);
  return { ...result, uses: withMappedTables(result.uses, mapped) };
}
async function analyzeEach(inputs) {
  const results = [];
  for (const input of inputs) results.push(await analyzeFile(input));
  return results;
}
function readCandidate(file, mapped, read) {
  const kind = codeFileKind(path4.basename(file.path));
  if (!kind) return void 0;
  const bytes = read(file);
  if (bytes?.includes(MAPPED_CLASS_MARKER) && !isBinary(bytes))
    mapped.push(...mappedClasses(kind.language, decode(bytes), file.display));
  if (!bytes || !mentionsOperation(bytes)) return void 0;
  if (isBinary(bytes)) {
    debug("%s: binary content; skipped", file.display);
    return void 0;
  }
  const text = decode(bytes);
  if (!mentionsDynamoDb(text)) return void 0;
  if (isBundle(text)) {
    debug("%s: a bundler output; skipped (its sources are scanned)", file.display);
    return void 0;
  }
  if (longestLine(bytes) > MAX_LINE_LENGTH) {
    debug("%s: a line is over %d characters (minified or generated); skipped", file.display, MAX_LINE_LENGTH);
    return void 0;
  }
  return { display: file.display, text, ...kind };
}
var scratch = { buffer: Buffer.allocUnsafe(256 * 1024) };
function readBounded2(file, problems) {
  const outcome = readInputFileSync(file.path, scratch);
  if ("bytes" in outcome) return outcome.bytes;
  debug("%s: not read (%s)", file.display, outcome.skipped);
  if (!outcome.oversize) problems.push(fileSkipped(file, outcome.skipped));
  return void 0;
}
function merge(analyses, parsed, parsedOnWorkers) {
  const result = { uses: [], suppressions: [], problems: [], parsed, parsedOnWorkers };
  for (const analysis of analyses) {
    appendAll(result.uses, analysis.uses);
    appendAll(result.suppressions, analysis.suppressions);
    appendAll(result.problems, analysis.problems);
    for (const note of analysis.notes) debug("%s", note);
  }
  return result;
}

// src/iac/cdk-app.ts
import { access } from "node:fs/promises";
import path5 from "node:path";
var cdkAppFormat = {
  name: "CDK app (cdk.json)",
  sourceFormats: ["cdk"],
  deployer: "cloudformation",
  candidate: (name) => name === "cdk.json",
  async load(files, io) {
    const problems = [];
    for (const file of files) {
      const bytes = await io.read(file, problems);
      if (!bytes) continue;
      const output = outputFolder(decode(bytes));
      const manifest = path5.join(path5.dirname(file.path), output, "manifest.json");
      if (await access(manifest).then(
        () => true,
        () => false
      ))
        continue;
      const folder = path5.posix.dirname(file.display);
      const assembly = folder === "." ? output : `${folder}/${output}`;
      problems.push({
        ruleId: "cdk-not-synthesized",
        severity: "info",
        message: `This CDK app has no synthesized cloud assembly (${assembly}/ is missing), so its tables are not linted: run \`npx cdk synth\`${folder === "." ? "" : ` in ${folder}`}, then lint the assembly (\`npx dynalint ${assembly}\`).`,
        location: fileStart(file.display)
      });
    }
    return {
      tables: [],
      suppressions: [],
      problems,
      environment: [],
      files: 0,
      consumed: files.map((file) => file.path)
    };
  }
};
function outputFolder(text) {
  try {
    const parsed = JSON.parse(text);
    if (typeof parsed === "object" && parsed !== null && "output" in parsed && typeof parsed.output === "string") {
      return parsed.output;
    }
  } catch {
  }
  return "cdk.out";
}

// src/iac/cdk.ts
import path6 from "node:path";

// src/iac/format.ts
function fileFormat(spec) {
  return {
    name: spec.name,
    sourceFormats: spec.sourceFormats,
    deployer: spec.deployer,
    candidate: spec.candidate,
    detect: spec.detect,
    async load(files, io) {
      const problems = [];
      const results = [];
      const consumed = [];
      for (const file of files) {
        const bytes = await io.read(file, problems);
        if (!bytes || !spec.detect(bytes, fileName(file.display))) continue;
        consumed.push(file.path);
        results.push(loadGuarded(file.display, () => spec.loadText(decode(bytes), file.display)));
      }
      return formatLoad(results, problems, consumed);
    }
  };
}
function fileName(file) {
  return file.slice(Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\")) + 1);
}
function loadGuarded(display, load) {
  try {
    return load();
  } catch (error) {
    return { tables: [], suppressions: [], problems: [unexpected(error, display)] };
  }
}
function formatLoad(results, readProblems, consumed) {
  const loaded = mergeResults(results);
  return { ...loaded, problems: [...readProblems, ...loaded.problems], consumed };
}
function mergeResults(results) {
  return {
    tables: results.flatMap((r) => r.tables),
    suppressions: results.flatMap((r) => r.suppressions),
    problems: results.flatMap((r) => r.problems),
    environment: results.flatMap((r) => r.environment ?? []),
    files: results.length
  };
}
function mergeLoadedTables(parts) {
  return {
    tables: parts.flatMap((p) => p.tables),
    suppressions: parts.flatMap((p) => p.suppressions),
    problems: parts.flatMap((p) => p.problems),
    environment: parts.flatMap((p) => p.environment),
    files: parts.reduce((sum, p) => sum + p.files, 0)
  };
}

// src/iac/cdk.ts
function readCdkManifest(text, file) {
  const parsed = parseSource(text, file);
  if ("problem" in parsed) return { stacks: [], problems: [parsed.problem] };
  const stacks = [];
  const artifacts = entry(parsed.root, "artifacts")?.value;
  for (const artifact of artifacts?.kind === "map" ? artifacts.entries : []) {
    const type = entry(artifact.value, "type")?.value;
    if (type?.kind !== "scalar" || type.value !== "aws:cloudformation:stack") continue;
    const properties = entry(artifact.value, "properties")?.value;
    const templateFile = entry(properties, "templateFile")?.value;
    const stackName = entry(properties, "stackName")?.value;
    if (templateFile?.kind !== "scalar" || typeof templateFile.value !== "string") continue;
    stacks.push({
      name: stackName?.kind === "scalar" && stackName.value !== null ? String(stackName.value) : artifact.key,
      templateFile: templateFile.value
    });
  }
  return { stacks, problems: [] };
}
var CDK_STACK_ARTIFACT = Buffer.from("aws:cloudformation:stack");
var cdkAssemblyFormat = {
  name: "CDK cloud assembly (cdk.out)",
  sourceFormats: ["cdk"],
  deployer: "cloudformation",
  candidate: (name) => name === "manifest.json",
  async load(files, io) {
    const problems = [];
    const results = [];
    const consumed = [];
    for (const file of files) {
      const bytes = await io.read(file, problems);
      if (!bytes?.includes(CDK_STACK_ARTIFACT)) continue;
      consumed.push(file.path);
      const manifest = readCdkManifest(decode(bytes), file.display);
      problems.push(...manifest.problems);
      for (const stack of manifest.stacks) {
        const template = path6.resolve(path6.dirname(file.path), stack.templateFile);
        consumed.push(template);
        const display = displayPath(io.cwd, template);
        const templateBytes = await io.read({ path: template, display }, problems);
        if (templateBytes) {
          results.push(
            loadTemplateText(decode(templateBytes), display, { format: "cdk", stack: stack.name })
          );
        }
      }
    }
    return formatLoad(results, problems, consumed);
  }
};

// src/iac/cloudformation/format.ts
var TABLE_MARKERS = [Buffer.from("AWS::DynamoDB::"), Buffer.from("AWS::Serverless::SimpleTable")];
var EXTENSIONS = [".yaml", ".yml", ".json", ".template"];
var cloudFormationFormat = fileFormat({
  name: "CloudFormation / SAM",
  sourceFormats: ["cloudformation", "sam"],
  deployer: "cloudformation",
  candidate: (name) => EXTENSIONS.some((extension) => name.toLowerCase().endsWith(extension)),
  detect: (bytes) => TABLE_MARKERS.some((marker) => bytes.includes(marker)),
  loadText: (text, display) => loadTemplateText(text, display)
});

// src/iac/serverless-files.ts
import path7 from "node:path";
var FILE_REFERENCE = /\$\{file\(\s*(['"]?)([^'"()$]+)\1\s*\)/g;
var SERVICE_NAME = /^serverless\.(ya?ml|json)$/;
var MAX_NESTING = 4;
async function readServiceFiles(files, contents, cwd, read, problems) {
  const claimed = /* @__PURE__ */ new Set();
  const readers = /* @__PURE__ */ new Map();
  const discovered = /* @__PURE__ */ new Map();
  for (const [i, file] of files.entries()) {
    const bytes = contents[i];
    if (bytes) discovered.set(file.path, bytes);
  }
  for (const [i, file] of files.entries()) {
    const bytes = contents[i];
    if (!bytes || !isServiceWithFiles(file.path, bytes)) continue;
    const folder = path7.dirname(file.path);
    const texts = /* @__PURE__ */ new Map();
    let pending = references(decode(bytes));
    for (let depth = 0; depth < MAX_NESTING && pending.length; depth += 1) {
      const next = [];
      for (const reference of pending) {
        const absolute = path7.resolve(folder, reference);
        if (texts.has(absolute) || absolute === file.path) continue;
        const display = displayPath(cwd, absolute);
        const included = discovered.get(absolute) ?? await read({ path: absolute, display }, problems);
        if (!included) continue;
        const text = decode(included);
        texts.set(absolute, { text, file: display });
        claimed.add(absolute);
        next.push(...references(text));
      }
      pending = next;
    }
    readers.set(file.path, (reference) => {
      const absolute = path7.resolve(folder, reference);
      const known2 = texts.get(absolute);
      if (known2) return known2;
      const bytes2 = discovered.get(absolute);
      return bytes2 ? { text: decode(bytes2), file: displayPath(cwd, absolute) } : void 0;
    });
  }
  return { claimed, readerFor: (servicePath) => readers.get(servicePath) };
}
function isServiceWithFiles(file, bytes) {
  if (!bytes.includes("${file(")) return false;
  if (SERVICE_NAME.test(path7.basename(file))) return true;
  const text = bytes.toString("utf8");
  return /^service\s*:/m.test(text) && /^provider\s*:/m.test(text);
}
function references(text) {
  return [...text.matchAll(FILE_REFERENCE)].map((m) => (m[2] ?? "").trim()).filter(Boolean);
}

// src/iac/serverless-format.ts
var SERVICE_FILE = /^serverless\.(ya?ml|json)$/i;
var EXTENSIONS2 = [".yaml", ".yml", ".json"];
var SERVICE_KEY = /^(service|"service")\s*:/m;
var PROVIDER_KEY = /^\s{0,2}(provider|"provider")\s*:/m;
var TABLE_MARKER = Buffer.from("AWS::DynamoDB::");
var FILE_VARIABLE = Buffer.from("${file(");
function detect(bytes, name) {
  if (!bytes.includes(TABLE_MARKER) && !bytes.includes(FILE_VARIABLE)) return false;
  if (SERVICE_FILE.test(name)) return true;
  const text = bytes.toString("utf8");
  return SERVICE_KEY.test(text) && PROVIDER_KEY.test(text);
}
var serverlessFormat = {
  name: "Serverless Framework",
  sourceFormats: ["serverless"],
  deployer: "cloudformation",
  candidate: (name) => EXTENSIONS2.some((extension) => name.toLowerCase().endsWith(extension)),
  detect,
  async load(files, io) {
    const problems = [];
    const contents = [];
    for (const file of files) contents.push(await io.read(file, problems));
    const services = await readServiceFiles(files, contents, io.cwd, io.read, problems);
    const results = [];
    const consumed = [...services.claimed];
    for (const [i, file] of files.entries()) {
      const bytes = contents[i];
      if (!bytes || services.claimed.has(file.path) || !detect(bytes, fileName(file.display))) continue;
      consumed.push(file.path);
      const readServiceFile = services.readerFor(file.path);
      results.push(
        loadGuarded(
          file.display,
          () => loadTemplateText(decode(bytes), file.display, readServiceFile ? { readServiceFile } : {})
        )
      );
    }
    return formatLoad(results, problems, consumed);
  }
};

// src/iac/terraform/index.ts
import path12 from "node:path";

// src/iac/terraform/directory.ts
import path10 from "node:path";

// src/iac/terraform/numbers.ts
var EXPONENT = /^\d+[eE][+-]?\d+/;
function rewriteIntegerExponents(text) {
  const numbers = /* @__PURE__ */ new Map();
  let out = "";
  let from = 0;
  let i = 0;
  while (i < text.length) {
    const skipped2 = skipNonCode(text, i);
    if (skipped2 > i) {
      i = skipped2;
      continue;
    }
    const char = text[i];
    const previous = i > 0 ? text[i - 1] : "";
    if (/\d/.test(char) && !/[\w.]/.test(previous)) {
      const match = EXPONENT.exec(text.slice(i, i + 64));
      const literal = match?.[0];
      const next = literal ? text[i + literal.length] ?? "" : "";
      if (literal && !/[\w.]/.test(next)) {
        numbers.set(i, Number(literal));
        out += text.slice(from, i) + literal.replace(/\D/g, "0");
        i += literal.length;
        from = i;
        continue;
      }
      while (i < text.length && /[\w.]/.test(text[i])) i += 1;
      continue;
    }
    i += /[A-Za-z_]/.test(char) ? identifierEnd(text, i) - i : 1;
  }
  return { text: out + text.slice(from), numbers };
}
function identifierEnd(text, start) {
  let i = start;
  while (i < text.length && /[\w-]/.test(text[i])) i += 1;
  return i;
}
function skipNonCode(text, i) {
  const two = text.slice(i, i + 2);
  if (text[i] === "#" || two === "//") {
    const end = text.indexOf("\n", i);
    return end < 0 ? text.length : end;
  }
  if (two === "/*") {
    const end = text.indexOf("*/", i + 2);
    return end < 0 ? text.length : end + 2;
  }
  if (text[i] === '"') return stringEnd(text, i + 1);
  if (two === "<<") {
    const heredoc = /^<<-?([A-Za-z_][\w-]*)[ \t]*\r?\n/.exec(text.slice(i, i + 256));
    if (heredoc) {
      const marker = new RegExp(`\\n[ \\t]*${heredoc[1]}[ \\t]*(?:\\r?\\n|$)`, "g");
      marker.lastIndex = i + heredoc[0].length - 1;
      const end = marker.exec(text);
      return end ? end.index + end[0].length : text.length;
    }
  }
  return i;
}
function stringEnd(text, start) {
  let i = start;
  while (i < text.length) {
    const char = text[i];
    if (char === "\\") i += 2;
    else if (char === '"') return i + 1;
    else if ((char === "$" || char === "%") && text[i + 1] === "{" && text[i - 1] !== char) {
      i = interpolationEnd(text, i + 2);
    } else if (char === "\n") return i;
    else i += 1;
  }
  return i;
}
function interpolationEnd(text, start) {
  let depth = 0;
  let i = start;
  while (i < text.length) {
    const skipped2 = text[i] === '"' ? stringEnd(text, i + 1) : i;
    if (skipped2 > i) {
      i = skipped2;
      continue;
    }
    if (text[i] === "{") depth += 1;
    else if (text[i] === "}") {
      if (depth === 0) return i + 1;
      depth -= 1;
    }
    i += 1;
  }
  return i;
}

// src/iac/terraform/hcl.ts
var MAX_HCL_NESTING = 256;
var parser;
function hclParser() {
  parser ??= createParser("terraform");
  return parser;
}
function parseHcl(parser2, source, file) {
  let text = source;
  let numbers = /* @__PURE__ */ new Map();
  let tree = parseWithin(parser2, text);
  if (!tree) return tooSlow(file);
  if (tree.rootNode.hasError && /\d[eE][+-]?\d/.test(text)) {
    const rewrite = rewriteIntegerExponents(text);
    const retried = rewrite.numbers.size ? parseWithin(parser2, rewrite.text) : null;
    if (retried && !retried.rootNode.hasError) {
      tree.delete();
      tree = retried;
      ({ text, numbers } = rewrite);
    } else {
      retried?.delete();
    }
  }
  try {
    const root = tree.rootNode;
    if (root.hasError) return syntaxProblem(root, file);
    const reader = new HclReader(text, file, numbers);
    const bodyNode = root.namedChildren.find((c) => c?.type === "body");
    const comments = text.includes("dynalint-ignore") ? root.descendantsOfType("comment").flatMap((c) => c ? [{ text: c.text, location: locationOf(c, file) }] : []) : [];
    return {
      file,
      body: bodyNode ? reader.body(bodyNode) : emptyBody(locationOf(root, file)),
      comments
    };
  } catch (error) {
    if (error instanceof SourceLimitError) {
      return { message: error.message, location: error.location, skipped: true };
    }
    throw error;
  } finally {
    tree.delete();
  }
}
function tooSlow(file) {
  return {
    message: `parsing took longer than ${MAX_PARSE_MS / 1e3} s`,
    location: fileLocation(file),
    skipped: true
  };
}
function fileLocation(file) {
  return { file, line: 1, column: 1, endLine: 1, endColumn: 1 };
}
function emptyBody(location) {
  return { attributes: [], blocks: [], location, syntax: "native" };
}
function syntaxProblem(root, file) {
  const cursor = root.walk();
  try {
    for (; ; ) {
      const node = cursor.currentNode;
      if (node.isMissing) {
        return { message: `HCL: missing "${node.type}"`, location: locationOf(node, file) };
      }
      if (node.isError) {
        const text = node.text.split("\n")[0]?.trim().slice(0, 40) ?? "";
        return {
          message: text ? `HCL: unexpected "${text}"` : "HCL: syntax error",
          location: locationOf(node, file)
        };
      }
      if (node.hasError && cursor.gotoFirstChild()) continue;
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) return { message: "HCL: syntax error", location: locationOf(root, file) };
      }
    }
  } finally {
    cursor.delete();
  }
}
var ESCAPES = { n: "\n", r: "\r", t: "	", '"': '"', "\\": "\\" };
function unescapeHcl(text, heredoc = false) {
  if (heredoc) return text.replace(/([$%])\1\{/g, "$1{");
  return text.replace(
    /\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|(.))|([$%])\4\{/g,
    (match, u4, u8, single, marker) => {
      if (marker) return `${marker}{`;
      if (u4 || u8) return String.fromCodePoint(parseInt(u4 || u8, 16));
      return ESCAPES[single] ?? match;
    }
  );
}
var HclReader = class {
  constructor(text, file, numbers) {
    this.text = text;
    this.file = file;
    this.numbers = numbers;
  }
  text;
  file;
  numbers;
  depth = 0;
  at(node) {
    return locationOf(node, this.file);
  }
  body(node) {
    const attributes = [];
    const blocks = [];
    for (const child of node.namedChildren) {
      if (child?.type === "attribute") attributes.push(this.attribute(child));
      else if (child?.type === "block") blocks.push(this.block(child));
    }
    return { attributes, blocks, location: this.at(node), syntax: "native" };
  }
  attribute(node) {
    const name = node.namedChildren.find((c) => c?.type === "identifier");
    const value = node.namedChildren.find((c) => c?.type === "expression");
    return {
      name: name?.text ?? "",
      value: value ? this.expression(value) : this.opaque("nothing", node),
      location: this.at(node)
    };
  }
  /** Runs `read` one level deeper; past `MAX_HCL_NESTING` the whole file is skipped. */
  nested(node, read) {
    if (this.depth >= MAX_HCL_NESTING) {
      throw new SourceLimitError(
        `blocks or expressions nested more than ${MAX_HCL_NESTING} levels deep`,
        this.at(node)
      );
    }
    this.depth += 1;
    try {
      return read();
    } finally {
      this.depth -= 1;
    }
  }
  block(node) {
    return this.nested(node, () => this.blockAt(node));
  }
  blockAt(node) {
    let type = "";
    const labels = [];
    let body;
    for (const child of node.namedChildren) {
      if (!child) continue;
      if (child.type === "identifier") {
        if (type) labels.push(child.text);
        else type = child.text;
      } else if (child.type === "string_lit") {
        labels.push(this.stringLiteral(child));
      } else if (child.type === "body") {
        body = this.body(child);
      }
    }
    return { type, labels, body: body ?? emptyBody(this.at(node)), location: this.at(node) };
  }
  /** `expression` nodes wrap one value node, optionally followed by traversal steps (`.x`, `[0]`, splats). */
  expression(node) {
    return this.sequence(
      node.namedChildren.filter((c) => c !== null && c.type !== "comment"),
      node
    );
  }
  /** A value node and the traversal steps after it; `whole` spans them (an expression or an operand). */
  sequence(children, whole) {
    const node = whole;
    const [first, ...steps] = children;
    if (!first) return this.opaque("an empty expression", node);
    if (steps.length === 0) return this.value(first);
    if (first.type !== "variable_expr") return this.opaque("an expression with indexes", node);
    const traversal = [];
    for (const step of steps) {
      if (step.type === "get_attr") {
        const name = step.namedChildren.find((c) => c?.type === "identifier");
        traversal.push({ kind: "attribute", name: name?.text ?? "" });
      } else if (step.type === "index") {
        const index = step.namedChildren[0];
        const key2 = index?.namedChildren.find((c) => c?.type === "expression");
        if (index?.type === "legacy_index") {
          const digits = index.text.replace(/^\./, "");
          traversal.push({
            kind: "index",
            key: { kind: "literal", value: Number(digits), location: this.at(index) }
          });
        } else if (key2) {
          traversal.push({ kind: "index", key: this.expression(key2) });
        } else {
          return this.opaque("an index expression", node);
        }
      } else {
        return this.opaque(`a ${step.type.replace(/_/g, " ")}`, node);
      }
    }
    const location = whole.namedChildren.length === children.length ? this.at(node) : this.span(first, children.at(-1) ?? first);
    return { kind: "traversal", root: first.text, steps: traversal, location };
  }
  span(from, to) {
    const start = this.at(from);
    const end = this.at(to);
    return { ...start, endLine: end.endLine, endColumn: end.endColumn };
  }
  /** Every kind of expression is read through here (operands too), so it counts the nesting. */
  value(node) {
    return this.nested(node, () => this.valueAt(node));
  }
  valueAt(node) {
    switch (node.type) {
      case "expression":
        return this.expression(node);
      case "literal_value":
        return this.literal(node);
      case "collection_value": {
        const collection = node.namedChildren[0];
        if (collection?.type === "tuple") return this.tuple(collection);
        if (collection?.type === "object") return this.object(collection);
        return this.opaque("a collection", node);
      }
      case "template_expr": {
        const template = node.namedChildren[0];
        return template ? this.template(template) : this.opaque("a template", node);
      }
      case "variable_expr":
        return { kind: "traversal", root: node.text, steps: [], location: this.at(node) };
      case "function_call": {
        const name = node.namedChildren.find((c) => c?.type === "identifier")?.text ?? "";
        const args = node.namedChildren.find((c) => c?.type === "function_arguments")?.namedChildren.filter((c) => c?.type === "expression").map((c) => this.expression(c));
        return { kind: "call", name, args: args ?? [], location: this.at(node) };
      }
      case "conditional": {
        const [condition, whenTrue, whenFalse] = node.namedChildren.filter(
          (c) => c?.type === "expression"
        );
        if (!condition || !whenTrue || !whenFalse) return this.opaque("a conditional expression", node);
        return {
          kind: "conditional",
          condition: this.expression(condition),
          whenTrue: this.expression(whenTrue),
          whenFalse: this.expression(whenFalse),
          location: this.at(node)
        };
      }
      case "for_expr":
        return this.opaque("a for expression", node);
      case "operation":
        return this.negativeNumber(node) ?? this.operation(node);
      default:
        return this.opaque(`a ${node.type.replace(/_/g, " ")}`, node);
    }
  }
  /**
   * `unary_operation` (operator, operand) or `binary_operation` (left, operator, right). An operand that is
   * a traversal (`var.a.b != null`) is spread over several sibling nodes, so operands are split at the
   * operator token.
   */
  operation(node) {
    const operation = node.namedChildren[0];
    if (!operation) return this.opaque("an operator expression", node);
    const children = operation.children.filter(
      (c) => c !== null && c.type !== "comment" && c.type !== "(" && c.type !== ")"
    );
    const operatorAt = children.findIndex((c) => !c.isNamed);
    const operator = children[operatorAt];
    if (!operator) return this.opaque("an operator expression", node);
    const groups = [children.slice(0, operatorAt), children.slice(operatorAt + 1)].filter((g) => g.length);
    const operands = groups.map((group) => this.sequence(group, operation));
    const arity = operation.type === "unary_operation" ? 1 : 2;
    if (operands.length !== arity) return this.opaque("an operator expression", node);
    return { kind: "operation", operator: operator.type, operands, location: this.at(node) };
  }
  /** `-3`: HCL writes negative numbers as a unary minus on a literal. */
  negativeNumber(node) {
    const unary = node.namedChildren[0];
    if (unary?.type !== "unary_operation" || unary.child(0)?.type !== "-") return void 0;
    const operand = unary.namedChildren.find((c) => c?.type === "literal_value");
    const number = operand?.namedChildren[0];
    if (number?.type !== "numeric_lit") return void 0;
    return { kind: "literal", value: -this.number(number), location: this.at(node) };
  }
  number(node) {
    return this.numbers.get(node.startIndex) ?? Number(node.text);
  }
  literal(node) {
    const child = node.namedChildren[0];
    const location = this.at(node);
    switch (child?.type) {
      case "numeric_lit":
        return { kind: "literal", value: this.number(child), location };
      case "bool_lit":
        return { kind: "literal", value: child.text === "true", location };
      case "null_lit":
        return { kind: "literal", value: null, location };
      case "string_lit":
        return { kind: "literal", value: this.stringLiteral(child), location };
      default:
        return this.opaque("a literal", node);
    }
  }
  stringLiteral(node) {
    const start = node.child(0);
    const end = node.child(node.childCount - 1);
    if (!start || !end || start === end) return "";
    return unescapeHcl(this.text.slice(start.endIndex, end.startIndex));
  }
  tuple(node) {
    const items = node.namedChildren.filter((c) => c?.type === "expression").map((c) => this.expression(c));
    return { kind: "tuple", items, location: this.at(node) };
  }
  object(node) {
    const entries = [];
    for (const element of node.namedChildren) {
      if (element?.type !== "object_elem") continue;
      const keyNode = element.childForFieldName("key");
      const valueNode = element.childForFieldName("val");
      if (!keyNode || !valueNode) continue;
      entries.push({
        key: this.objectKey(keyNode),
        keyLocation: this.at(keyNode),
        value: this.expression(valueNode),
        location: this.at(element)
      });
    }
    return { kind: "object", entries, location: this.at(node) };
  }
  /** A bare name or a literal string; parenthesised or computed keys are not known statically. */
  objectKey(node) {
    const key2 = this.expression(node);
    if (key2.kind === "literal" && typeof key2.value === "string") return key2.value;
    if (key2.kind === "traversal" && key2.steps.length === 0 && node.namedChildren.length === 1) {
      return key2.root;
    }
    return void 0;
  }
  /** Quoted and heredoc templates: literal text between the delimiters, interpolations as expressions. */
  template(node) {
    const heredoc = node.type === "heredoc_template";
    const children = node.children.filter((c) => c !== null);
    if (children.some((c) => c.type === "template_directive")) {
      return this.opaque("a template directive (%{ \u2026 })", node);
    }
    const opening = heredoc ? children.find((c) => c.type === "heredoc_identifier") : children[0];
    const closing = children.at(-1);
    if (!opening || !closing) return this.opaque("a template", node);
    let from = heredoc ? this.text.indexOf("\n", opening.endIndex) + 1 : opening.endIndex;
    const to = heredoc ? this.text.lastIndexOf("\n", closing.startIndex) + 1 : closing.startIndex;
    const parts = [];
    for (const child of children) {
      if (child.type !== "template_interpolation") continue;
      parts.push(this.text.slice(from, child.startIndex));
      const inner = child.namedChildren.find((c) => c?.type === "expression");
      parts.push(inner ? this.expression(inner) : this.opaque("an interpolation", child));
      from = child.endIndex;
    }
    parts.push(this.text.slice(from, Math.max(from, to)));
    const strip = heredoc && node.text.startsWith("<<-") ? commonIndent(parts) : 0;
    const literal = (text, first) => unescapeHcl(
      strip ? text.replace(new RegExp(`(${first ? "^|" : ""}\\n)[ \\t]{0,${strip}}`, "g"), "$1") : text,
      heredoc
    );
    const cleaned = parts.map((p, i) => typeof p === "string" ? literal(p, i === 0) : p).filter((p) => p !== "");
    const location = this.at(node);
    if (cleaned.length === 0) return { kind: "literal", value: "", location };
    if (cleaned.length === 1 && typeof cleaned[0] === "string") {
      return { kind: "literal", value: cleaned[0], location };
    }
    return { kind: "template", parts: cleaned, location };
  }
  opaque(description, node) {
    return { kind: "opaque", description, location: this.at(node) };
  }
};
function commonIndent(parts) {
  const text = parts.map((p) => typeof p === "string" ? p : "x").join("");
  const indents = text.split("\n").filter((line) => line.trim() !== "").map((line) => /^[ \t]*/.exec(line)?.[0].length ?? 0);
  return indents.length ? Math.min(...indents) : 0;
}

// src/iac/terraform/module.ts
var REGISTRY_SOURCE = /^(?:registry\.terraform\.io\/)?terraform-aws-modules\/dynamodb-table\/aws$/i;
var GIT_SOURCE = /terraform-aws-modules\/terraform-aws-dynamodb-table(?:\.git)?(?:$|[?/])/i;
var MODULE_SOURCE = "terraform-aws-modules/dynamodb-table/aws";
function isDynamoDbTableModule(source) {
  return REGISTRY_SOURCE.test(source) || GIT_SOURCE.test(source);
}
var BEFORE_6 = [
  "create_table",
  "point_in_time_recovery_enabled",
  "ttl_enabled",
  "ttl_attribute_name",
  "server_side_encryption_enabled",
  "server_side_encryption_kms_key_arn",
  "replica_regions",
  "autoscaling_enabled",
  "autoscaling_read",
  "autoscaling_write",
  "autoscaling_indexes"
];
var FROM_6 = [
  "create",
  "point_in_time_recovery",
  "ttl",
  "server_side_encryption",
  "replicas",
  "autoscaling"
];
function buildModuleTable(context) {
  const { fields } = context;
  const location = fields.location;
  const generation = moduleGeneration(fields);
  const create = readBoolean(fields, generation === "from-6" ? "create" : "create_table");
  if (create?.known && !create.value) return void 0;
  const defaults = new VersionDefaults(generation, location);
  const keySchema = readTableKey(fields, location);
  const billingMode = stringSetting(fields, "billing_mode", "PAY_PER_REQUEST", location);
  const scaling = moduleAutoscaling(fields, generation);
  const autoscaledIndexes = /* @__PURE__ */ new Set([...scaling.indexes, ...context.scaled?.indexes ?? []]);
  const throughput = moduleThroughput(fields, billingMode, defaults);
  const tags = withNameTag(readTags(fields, location), readString(fields, "name"));
  const name = readString(fields, "name");
  return {
    id: context.address,
    resourceType: "aws_dynamodb_table",
    source: context.source,
    location,
    ...name ? { name } : {},
    keySchema,
    attributes: readAttributes(listInput(fields, "attributes", location), location),
    billingMode,
    ...throughput ? { throughput } : {},
    ...scaling.table || context.scaled?.table ? { autoscaled: true } : {},
    globalIndexes: readIndexes(
      listInput(fields, "global_secondary_indexes", location),
      { kind: "global", tableKey: keySchema, capacity: true, autoscaled: autoscaledIndexes },
      location
    ),
    localIndexes: readIndexes(
      listInput(fields, "local_secondary_indexes", location),
      { kind: "local", tableKey: keySchema, capacity: false },
      location
    ),
    stream: moduleStream(fields, location),
    ttl: moduleTtl(fields, generation, location),
    pointInTimeRecovery: modulePointInTimeRecovery(fields, generation, location),
    sse: moduleSse(fields, generation, defaults),
    tableClass: stringSetting(fields, "table_class", "STANDARD", location),
    deletionProtection: readBoolean(fields, "deletion_protection_enabled") ?? defaults.pick("deletion_protection_enabled", false, true),
    tags,
    replicas: moduleReplicas(fields, generation, location),
    notes: [`declared through the ${MODULE_SOURCE} module`, ...context.notes]
  };
}
function moduleGeneration(fields) {
  if (FROM_6.some((input) => fields.get(input))) return "from-6";
  if (BEFORE_6.some((input) => fields.get(input))) return "before-6";
  const version = readString(fields, "version");
  const major = version?.known ? /^\s*(?:=|~>)?\s*v?(\d+)\.\d+(?:\.\d+)?\s*$/.exec(version.value)?.[1] : void 0;
  if (major === void 0) return void 0;
  return Number(major) >= 6 ? "from-6" : "before-6";
}
var VersionDefaults = class {
  constructor(generation, location) {
    this.generation = generation;
    this.location = location;
  }
  generation;
  location;
  pick(input, before6, from6) {
    if (this.generation === "before-6") return known(before6, this.location, true);
    if (this.generation === "from-6") return known(from6, this.location, true);
    if (JSON.stringify(before6) === JSON.stringify(from6)) return known(before6, this.location, true);
    return unknown(
      `the module's default for ${input} changed in version 6.0: pin the module version (e.g. "~> 5.0") to know it`,
      this.location
    );
  }
};
function listInput(fields, name, fallback) {
  const found = fields.get(name);
  if (!found) return { known: true, items: [] };
  return objectList(found.value, name, found.location ?? fallback);
}
function moduleThroughput(fields, billingMode, defaults) {
  const written2 = readThroughput(fields);
  if (written2 || !billingMode.known || billingMode.value !== "PROVISIONED") return written2;
  const capacity = defaults.pick("read_capacity and write_capacity", void 0, 1);
  if (capacity.known && capacity.value === void 0) return void 0;
  const unit = capacity.known ? known(1, capacity.location, true) : capacity;
  return { read: unit, write: unit, location: capacity.location };
}
function moduleStream(fields, fallback) {
  const enabled = readBoolean(fields, "stream_enabled");
  const viewType = readString(fields, "stream_view_type");
  if (!enabled) return known({ enabled: false }, fallback, true);
  if (!enabled.known) return enabled;
  if (enabled.value && viewType && !viewType.known) return viewType;
  return known(
    { enabled: enabled.value, ...enabled.value && viewType?.known ? { viewType: viewType.value } : {} },
    enabled.location
  );
}
function objectInput(fields, name) {
  const found = fields.get(name);
  if (!found) return void 0;
  if (found.value.kind === "unknown") return unknown(found.value.reason, found.location);
  if (found.value.kind !== "map") return unknown(`${name} is not an object`, found.location);
  return valueFields(found.value);
}
function moduleTtl(fields, generation, fallback) {
  if (generation === "from-6") {
    const ttl = objectInput(fields, "ttl");
    if (!ttl) return known({ enabled: false }, fallback, true);
    if ("reason" in ttl) return ttl;
    return ttlSpec(readBoolean(ttl, "enabled"), readString(ttl, "attribute_name"), ttl.location);
  }
  const enabled = readBoolean(fields, "ttl_enabled");
  if (!enabled) return known({ enabled: false }, fallback, true);
  return ttlSpec(enabled, readString(fields, "ttl_attribute_name"), enabled.location);
}
function ttlSpec(enabled, attribute2, location) {
  if (enabled && !enabled.known) return enabled;
  if (attribute2 && !attribute2.known) return attribute2;
  return known(
    { enabled: enabled?.value ?? false, ...attribute2?.value ? { attribute: attribute2.value } : {} },
    location
  );
}
function modulePointInTimeRecovery(fields, generation, fallback) {
  if (generation === "from-6") {
    const pitr = objectInput(fields, "point_in_time_recovery");
    if (!pitr) return known(false, fallback, true);
    if ("reason" in pitr) return pitr;
    return readBoolean(pitr, "enabled") ?? known(true, pitr.location, true);
  }
  return readBoolean(fields, "point_in_time_recovery_enabled") ?? known(false, fallback, true);
}
function moduleSse(fields, generation, defaults) {
  if (generation === "from-6") {
    const sse = objectInput(fields, "server_side_encryption");
    if (!sse) return defaults.pick("server_side_encryption", { enabled: false }, KMS);
    if ("reason" in sse) return sse;
    const enabled2 = readBoolean(sse, "enabled") ?? known(true, sse.location, true);
    return sseSpec(enabled2, readString(sse, "kms_key_arn"), sse.location);
  }
  const enabled = readBoolean(fields, "server_side_encryption_enabled");
  if (!enabled) return defaults.pick("server_side_encryption", { enabled: false }, KMS);
  return sseSpec(enabled, readString(fields, "server_side_encryption_kms_key_arn"), enabled.location);
}
var KMS = { enabled: true, type: "KMS" };
function sseSpec(enabled, kmsKey, location) {
  if (!enabled.known) return enabled;
  if (!enabled.value) return known({ enabled: false }, location);
  return known({ enabled: true, type: "KMS", ...kmsKey ? { kmsKey } : {} }, location);
}
function moduleAutoscaling(fields, generation) {
  if (generation === "from-6") {
    const scaling = enabledObject(fields, "autoscaling");
    const indexes = /* @__PURE__ */ new Set();
    const gsis = listInput(fields, "global_secondary_indexes", fields.location);
    for (const index of gsis.known ? gsis.items : []) {
      const name = readString(index, "name");
      const indexName2 = name?.known ? name.value : index.key;
      if (indexName2 && enabledObject(index, "autoscaling")) indexes.add(indexName2);
    }
    return { table: !!scaling && (!!scaling.get("read") || !!scaling.get("write")), indexes };
  }
  const enabled = readBoolean(fields, "autoscaling_enabled");
  if (!enabled?.known || !enabled.value) return { table: false, indexes: /* @__PURE__ */ new Set() };
  const perIndex = fields.get("autoscaling_indexes")?.value;
  return {
    table: !!fields.get("autoscaling_read") || !!fields.get("autoscaling_write"),
    indexes: new Set(perIndex?.kind === "map" ? perIndex.entries.map((e) => e.key) : [])
  };
}
function enabledObject(fields, name) {
  const object = objectInput(fields, name);
  if (!object || "reason" in object) return void 0;
  const enabled = readBoolean(object, "enabled");
  return enabled?.known && enabled.value ? object : void 0;
}
function withNameTag(tags, name) {
  if (!tags.known || !name || tags.value.some((t) => t.key === "Name")) return tags;
  return known(
    [...tags.value, { key: "Name", value: name, location: name.location }],
    tags.location,
    tags.defaulted
  );
}
function moduleReplicas(fields, generation, fallback) {
  const input = generation === "from-6" ? "replicas" : "replica_regions";
  const list = listInput(fields, input, fallback);
  if (!list.known) return list;
  if (list.items.length === 0) return known([], fallback, true);
  return known(
    list.items.map((item) => ({
      region: readString(item, "region_name") ?? unknown("the replica has no region_name", item.location),
      location: item.location,
      pointInTimeRecovery: readBoolean(item, "point_in_time_recovery") ?? known(false, item.location, true),
      deletionProtection: readBoolean(item, "deletion_protection_enabled") ?? known(generation === "from-6", item.location, true)
    })),
    list.location ?? fallback
  );
}

// src/iac/terraform/replicas.ts
function findExternalReplicas(resources, configs, scope) {
  const regions = providerRegions(configs, scope);
  const byAddress = /* @__PURE__ */ new Map();
  const legacyByName = /* @__PURE__ */ new Map();
  for (const resource of resources) {
    const [type, name] = resource.labels;
    if (type === "aws_dynamodb_table_replica") {
      const table = tableAddress(resource.body);
      if (!table) continue;
      const list = byAddress.get(table) ?? [];
      list.push(replicaResource(resource, scope, regions));
      byAddress.set(table, list);
    } else if (type === "aws_dynamodb_global_table") {
      const fields = bodyFields(resource.body, scope, resource.location);
      const tableName = readString(fields, "name");
      if (!tableName?.known) continue;
      const list = fields.blocks("replica");
      if (!list.known) continue;
      const replicas = list.items.map((item) => ({
        region: readString(item, "region_name") ?? unknown("the replica has no region_name", item.location),
        location: item.location
      }));
      const where = replicas.map((r) => r.region.known ? r.region.value : "?").join(", ");
      legacyByName.set(tableName.value, {
        replicas,
        note: `aws_dynamodb_global_table.${name} (global tables version 2017.11.29) replicates it in ${where}`
      });
    }
  }
  return { byAddress, legacyByName };
}
function tableAddress(body) {
  const arn = attributeOf(body, "global_table_arn")?.value;
  if (arn?.kind !== "traversal" || arn.root !== "aws_dynamodb_table") return void 0;
  const [first] = arn.steps;
  return first?.kind === "attribute" ? `aws_dynamodb_table.${first.name}` : void 0;
}
function replicaResource(resource, scope, regions) {
  const fields = bodyFields(resource.body, scope, resource.location);
  const location = resource.location;
  const tableClass = readString(fields, "table_class_override");
  return {
    region: regionOf(resource.body, regions, location),
    location,
    pointInTimeRecovery: readBoolean(fields, "point_in_time_recovery") ?? known(false, location, true),
    deletionProtection: readBoolean(fields, "deletion_protection_enabled") ?? known(false, location, true),
    ...tableClass ? { tableClass } : {},
    tags: readTags(fields, location)
  };
}
function providerRegions(configs, scope) {
  const regions = /* @__PURE__ */ new Map();
  for (const config of configs) {
    for (const provider of blocksOf(config, "provider", 1)) {
      if (provider.labels[0] !== "aws") continue;
      const fields = bodyFields(provider.body, scope, provider.location);
      const alias = readString(fields, "alias");
      const region = readString(fields, "region");
      if (alias && !alias.known) continue;
      if (region) regions.set(alias?.value ?? "", region);
    }
  }
  return regions;
}
function regionOf(body, regions, location) {
  const provider = attributeOf(body, "provider")?.value;
  const alias = provider?.kind === "traversal" && provider.steps[0]?.kind === "attribute" ? provider.steps[0].name : "";
  const region = regions.get(alias);
  if (region) return region.known ? known(region.value, location) : unknown(region.reason, location);
  return unknown(
    alias ? `the region of provider aws.${alias} is not set in this directory` : "the region comes from the environment (AWS_REGION or the profile)",
    location
  );
}

// src/iac/terraform/suppressions.ts
var DIRECTIVE = /(?:#|\/\/|\/\*)\s*dynalint-ignore(?:-next-line)?(?=\s|$|\*\/)(.*)$/s;
function hclSuppressions(config) {
  const suppressions = [];
  const problems = [];
  const directives = config.comments.filter((c) => c.text.includes("dynalint-ignore"));
  if (directives.length === 0) return { suppressions, problems };
  const spans = spansByStartLine(config.body);
  const commentLines = new Set(config.comments.map((c) => c.location.line));
  for (const comment of directives) {
    const match = DIRECTIVE.exec(comment.text);
    if (!match) continue;
    let line = comment.location.endLine + 1;
    while (commentLines.has(line)) line += 1;
    const read = suppressionOf(
      readDirective(match[1] ?? ""),
      { file: config.file, startLine: line, endLine: spans.get(line) ?? line, directive: comment.location },
      '"# dynalint-ignore <rule-id> -- why this block is fine"'
    );
    if ("problem" in read) problems.push(read.problem);
    else suppressions.push(read.suppression);
  }
  return { suppressions, problems };
}
function spansByStartLine(body) {
  const spans = /* @__PURE__ */ new Map();
  const visit = (b) => {
    for (const item of [...b.attributes, ...b.blocks]) {
      const location = item.location;
      const end = spans.get(location.line);
      if (end === void 0 || location.endLine > end) spans.set(location.line, location.endLine);
    }
    for (const block of b.blocks) visit(block.body);
  };
  visit(body);
  return spans;
}

// src/iac/terraform/files.ts
import path9 from "node:path";

// src/iac/terraform/variables.ts
import path8 from "node:path";

// src/iac/terraform/types.ts
var CONSTANT_SCOPE = {
  module: { variable: () => void 0, local: () => void 0 }
};
function withTypeDefaults(value, type) {
  if (type?.kind !== "call" || value.kind === "unknown") return value;
  const [argument] = type.args;
  if (!argument) return value;
  switch (type.name) {
    case "object":
      return argument.kind === "object" && value.kind === "map" ? objectDefaults(value, argument) : value;
    case "list":
    case "set":
      return value.kind === "list" ? { ...value, items: value.items.map((item) => withTypeDefaults(item, argument)) } : value;
    case "map":
      return value.kind === "map" ? {
        ...value,
        entries: value.entries.map((e) => ({ ...e, value: withTypeDefaults(e.value, argument) }))
      } : value;
    case "tuple":
      return argument.kind === "tuple" && value.kind === "list" ? { ...value, items: value.items.map((item, i) => withTypeDefaults(item, argument.items[i])) } : value;
    default:
      return value;
  }
}
function objectDefaults(value, type) {
  const entries = [];
  for (const attribute2 of type.entries) {
    if (attribute2.key === void 0) continue;
    const given = value.entries.find((e) => e.key === attribute2.key);
    const optional = attribute2.value.kind === "call" && attribute2.value.name === "optional" ? attribute2.value : void 0;
    const attributeType = optional ? optional.args[0] : attribute2.value;
    if (given) {
      entries.push({ ...given, value: withTypeDefaults(given.value, attributeType) });
      continue;
    }
    const fallback = optional?.args[1];
    if (!fallback) continue;
    entries.push({
      key: attribute2.key,
      value: withTypeDefaults(evaluate(fallback, CONSTANT_SCOPE), attributeType),
      location: fallback.location
    });
  }
  const named = new Set(entries.map((e) => e.key));
  return { ...value, entries: [...entries, ...value.entries.filter((e) => !named.has(e.key))] };
}

// src/iac/terraform/variables.ts
var CONSTANT_SCOPE2 = {
  module: { variable: () => void 0, local: () => void 0 }
};
function isVariableFile(file) {
  return /\.tfvars(\.json)?$/i.test(file);
}
function isAutoLoaded(file) {
  const name = path8.posix.basename(file).toLowerCase();
  return /^terraform\.tfvars(\.json)?$/.test(name) || /\.auto\.tfvars(\.json)?$/.test(name);
}
function loadOrder(a, b) {
  const rank = (f) => {
    const name = path8.posix.basename(f.file).toLowerCase();
    if (name === "terraform.tfvars") return "0";
    if (name === "terraform.tfvars.json") return "1";
    return `2${path8.posix.basename(f.file)}`;
  };
  return rank(a) < rank(b) ? -1 : rank(a) > rank(b) ? 1 : 0;
}
var MAX_LOCAL_CHAIN = 100;
function moduleValues(configs, variableFiles, inputs, budget) {
  const variables = inputs ? calledVariables(configs, inputs) : resolveVariables(configs, variableFiles);
  const localExpressions = /* @__PURE__ */ new Map();
  for (const config of configs) {
    for (const block of blocksOf(config.body, "locals")) {
      for (const attribute2 of block.body.attributes) {
        if (!localExpressions.has(attribute2.name)) localExpressions.set(attribute2.name, attribute2.value);
      }
    }
  }
  const locals = /* @__PURE__ */ new Map();
  const evaluating = /* @__PURE__ */ new Set();
  const values = {
    ...budget ? { budget } : {},
    variable: (name) => variables.get(name),
    local(name, at2) {
      const cached = locals.get(name);
      if (cached) return cached;
      const expression = localExpressions.get(name);
      if (!expression) return void 0;
      if (evaluating.has(name)) return unknownValue(`local.${name} refers to itself`, at2);
      if (evaluating.size >= MAX_LOCAL_CHAIN) {
        return unknownValue(`local.${name} is reached through more than ${MAX_LOCAL_CHAIN} other locals`, at2);
      }
      evaluating.add(name);
      const value = evaluate(expression, { module: values });
      evaluating.delete(name);
      locals.set(name, value);
      return value;
    }
  };
  return values;
}
function resolveVariables(configs, variableFiles) {
  const auto = variableFiles.filter((f) => isAutoLoaded(f.file)).sort(loadOrder);
  const chosen = variableFiles.filter((f) => !isAutoLoaded(f.file));
  const resolved = /* @__PURE__ */ new Map();
  for (const config of configs) {
    for (const block of blocksOf(config.body, "variable", 1)) {
      const name = block.labels[0];
      if (resolved.has(name)) continue;
      let value = unknownValue(
        `var.${name} has no default and no .tfvars file in the directory sets it`,
        block.location
      );
      const declaredDefault = attributeOf(block.body, "default");
      if (declaredDefault) value = evaluate(declaredDefault.value, CONSTANT_SCOPE2);
      if (value.kind === "scalar" && value.value === null) {
        value = unknownValue(
          `var.${name} defaults to null and no .tfvars file in the directory sets it`,
          block.location
        );
      }
      for (const file of auto) value = assignedIn(file, name) ?? value;
      resolved.set(
        name,
        withTypeDefaults(chooseAmong(chosen, name, value), attributeOf(block.body, "type")?.value)
      );
    }
  }
  return resolved;
}
function calledVariables(configs, inputs) {
  const resolved = /* @__PURE__ */ new Map();
  for (const config of configs) {
    for (const block of blocksOf(config.body, "variable", 1)) {
      const name = block.labels[0];
      if (resolved.has(name)) continue;
      const declaredDefault = attributeOf(block.body, "default");
      const input = inputs.get(name);
      const nullable = attributeOf(block.body, "nullable")?.value;
      const given = input?.kind === "scalar" && input.value === null && nullable?.kind === "literal" && nullable.value === false ? void 0 : input;
      const value = given ?? (declaredDefault ? evaluate(declaredDefault.value, CONSTANT_SCOPE2) : unknownValue(`var.${name} is required and the module call does not set it`, block.location));
      resolved.set(name, withTypeDefaults(value, attributeOf(block.body, "type")?.value));
    }
  }
  return resolved;
}
function assignedIn(file, name) {
  const attribute2 = attributeOf(file.body, name);
  return attribute2 ? evaluate(attribute2.value, CONSTANT_SCOPE2) : void 0;
}
function chooseAmong(files, name, base) {
  if (files.length === 0) return base;
  const candidates = files.map((file) => ({ file: file.file, value: assignedIn(file, name) ?? base }));
  const first = candidates[0];
  const differing = candidates.find((c) => !sameValue(c.value, first.value));
  if (!differing) return first.value;
  return unknownValue(
    `var.${name} differs between ${path8.posix.basename(first.file)} and ${path8.posix.basename(differing.file)} (one is chosen with -var-file)`,
    first.value.location
  );
}

// src/iac/terraform/files.ts
var CONFIGURATION = /\.(tf|tofu)(\.json)?$/i;
function isConfigurationFile(file) {
  return CONFIGURATION.test(file);
}
function roleOf(file) {
  if (isVariableFile(file)) return "variables";
  const base = path9.posix.basename(file).toLowerCase();
  return /(^|_)override\.(tf|tofu)(\.json)?$/.test(base) ? "override" : "configuration";
}
function effectiveFiles(files) {
  const tofu = new Set(
    files.flatMap((f) => {
      const match = /^(.*)\.tofu(\.json)?$/i.exec(f.display);
      return match ? [`${match[1]}${match[2] ? ".json" : ""}`.toLowerCase()] : [];
    })
  );
  return files.filter((f) => {
    const match = /^(.*)\.tf(\.json)?$/i.exec(f.display);
    return !match || !tofu.has(`${match[1]}${match[2] ? ".json" : ""}`.toLowerCase());
  });
}
var DYNAMODB_MARKERS = ["aws_dynamodb_", "dynamodb-table"];
function declaresTables(files) {
  return files.some(
    (file) => !isVariableFile(file.display) && DYNAMODB_MARKERS.some((marker) => file.text.includes(marker))
  );
}

// src/iac/terraform/moves.ts
function movesIn(configs, prefix = "") {
  const moves = [];
  for (const config of configs) {
    for (const block of blocksOf(config.body, "moved")) {
      const from = address(attributeOf(block.body, "from")?.value);
      const to = address(attributeOf(block.body, "to")?.value);
      if (from && to) moves.push({ from: prefix + from, to: prefix + to });
    }
  }
  return moves;
}
function address(expression) {
  if (expression?.kind !== "traversal") return void 0;
  return traversalText({ ...expression, steps: expression.steps.filter((s) => s.kind === "attribute") });
}
function previousAddresses(address2, moves) {
  const previous = [];
  let current = address2;
  for (let step = 0; step < moves.length; step += 1) {
    const move = moves.find((m) => current === m.to || current.startsWith(`${m.to}.`));
    if (!move) break;
    current = move.from + current.slice(move.to.length);
    if (current === address2 || previous.includes(current)) break;
    previous.push(current);
  }
  return previous;
}

// src/iac/terraform/overrides.ts
var TOP_LEVEL = [
  ["resource", 2],
  ["data", 2],
  ["module", 1],
  ["variable", 1],
  ["output", 1],
  ["locals", 0],
  ["moved", 0]
];
function applyOverrides(configs, overrides) {
  if (overrides.length === 0) return [...configs];
  const merged = configs.map((config) => ({ ...config, body: topLevel(config.body) }));
  const ordered = [...overrides].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  for (const override of ordered) {
    for (const block of topLevel(override.body).blocks) {
      if (block.type === "locals") mergeLocals(merged, block);
      else replaceBlock(merged, block);
    }
  }
  return merged;
}
function topLevel(body) {
  if (body.syntax === "native") return body;
  const blocks = TOP_LEVEL.flatMap(([type, labels]) => blocksOf(body, type, labels));
  return { attributes: [], blocks, location: body.location, syntax: "native" };
}
function mergeLocals(configs, override) {
  for (const attribute2 of override.body.attributes) {
    for (const config of configs) {
      const blocks = config.body.blocks.map(
        (block) => block.type === "locals" && block.body.attributes.some((a) => a.name === attribute2.name) ? { ...block, body: withAttributes(block.body, [attribute2]) } : block
      );
      config.body = { ...config.body, blocks };
    }
  }
}
function replaceBlock(configs, override) {
  for (const config of configs) {
    const index = config.body.blocks.findIndex(
      (b) => b.type === override.type && sameLabels(b.labels, override.labels)
    );
    if (index < 0) continue;
    const blocks = [...config.body.blocks];
    const original = blocks[index];
    blocks[index] = { ...original, body: mergeBodies(original.body, override.body) };
    config.body = { ...config.body, blocks };
    return;
  }
}
function sameLabels(a, b) {
  return a.length === b.length && a.every((label, i) => label === b[i]);
}
function mergeBodies(original, override) {
  if (original.syntax === "json" || override.syntax === "native") {
    const nestedTypes2 = new Set(override.blocks.map(generatedType));
    const attributes = [
      ...original.attributes.filter((a) => !override.attributes.some((o) => o.name === a.name)),
      ...override.attributes
    ];
    const blocks = [...original.blocks.filter((b) => !nestedTypes2.has(generatedType(b))), ...override.blocks];
    return { ...original, attributes, blocks };
  }
  const nestedTypes = new Set(original.blocks.map(generatedType));
  const asBlocks = override.attributes.filter((a) => nestedTypes.has(a.name));
  const jsonBlocks = asBlocks.flatMap((a) => blocksOf(override, a.name));
  const replaced = new Set(asBlocks.map((a) => a.name));
  return {
    ...withAttributes(
      original,
      override.attributes.filter((a) => !replaced.has(a.name))
    ),
    blocks: [...original.blocks.filter((b) => !replaced.has(generatedType(b))), ...jsonBlocks]
  };
}
function generatedType(block) {
  return block.type === "dynamic" ? block.labels[0] ?? "" : block.type;
}
function withAttributes(body, attributes) {
  const names = new Set(attributes.map((a) => a.name));
  return { ...body, attributes: [...body.attributes.filter((a) => !names.has(a.name)), ...attributes] };
}

// src/iac/terraform/directory.ts
var MAX_MODULE_DEPTH = 8;
var META_ARGUMENTS = /* @__PURE__ */ new Set([
  "source",
  "version",
  "count",
  "for_each",
  "providers",
  "depends_on"
]);
async function loadTerraformDirectory(files, options = {}) {
  return loadWithParser(await hclParser(), files, options);
}
function loadWithParser(parser2, files, options = {}) {
  const result = { tables: [], suppressions: [], problems: [] };
  const session = {
    parser: parser2,
    parsed: /* @__PURE__ */ new Map(),
    into: result,
    ...options,
    reported: options.reported ?? /* @__PURE__ */ new Set()
  };
  const directory = moduleDirectory(files[0]?.display ?? "main.tf");
  const { configs, variableFiles } = readDirectory(session, files);
  const budget = new EvaluationBudget(TERRAFORM_EVALUATION_BUDGET);
  const scope = { module: moduleValues(configs, variableFiles, void 0, budget) };
  appendAll(result.tables, moduleTables(session, { directory, configs, scope, key: "", stack: [directory] }));
  reportExhausted(session, budget, configs, directory);
  return result;
}
function reportExhausted(session, budget, configs, directory) {
  const first = configs[0];
  if (!budget.exhausted || !first) return;
  session.into.problems.push(
    evaluationLimitProblem(first.file, `the expressions of the module in "${directory}"`)
  );
}
function readDirectory(session, files) {
  const configurations = [];
  const overrides = [];
  const variableFiles = [];
  for (const file of effectiveFiles(files)) {
    let parsed = session.parsed.get(file.display);
    if (!parsed) {
      parsed = parseFile(session.parser, file);
      session.parsed.set(file.display, parsed);
    }
    const firstReport = !session.reported.has(file.display);
    if (firstReport) session.reported.add(file.display);
    if ("problem" in parsed) {
      if (firstReport) session.into.problems.push(parsed.problem);
      continue;
    }
    const role = roleOf(file.display);
    (role === "variables" ? variableFiles : role === "override" ? overrides : configurations).push(parsed);
    if (firstReport) {
      const { suppressions, problems } = hclSuppressions(parsed);
      appendAll(session.into.suppressions, suppressions);
      appendAll(session.into.problems, problems);
    }
  }
  return { configs: applyOverrides(configurations, overrides), variableFiles };
}
function moduleTables(session, module) {
  const { configs, scope } = module;
  const tables = [];
  const resources = configs.flatMap(
    (c) => blocksOf(c.body, "resource", 2).map((block) => ({ block, file: c.file }))
  );
  const autoscaling = findAutoscaling(
    resources.map((r) => r.block),
    scope
  );
  const replicas = findExternalReplicas(
    resources.map((r) => r.block),
    configs.map((c) => c.body),
    scope
  );
  for (const { block, file } of resources) {
    if (block.labels[0] !== "aws_dynamodb_table") continue;
    const table = resourceTable(block, file, scope, autoscaling, replicas);
    if (table) tables.push(table);
  }
  for (const config of configs) {
    for (const block of blocksOf(config.body, "module", 1)) {
      appendAll(tables, calledTables(session, module, block, config.file, autoscaling));
    }
  }
  const moves = movesIn(configs);
  if (moves.length === 0) return tables;
  return tables.map((table) => {
    const earlier = [table.id, ...table.movedFrom ?? []].flatMap((id) => previousAddresses(id, moves));
    const movedFrom = [.../* @__PURE__ */ new Set([...table.movedFrom ?? [], ...earlier])];
    return movedFrom.length ? { ...table, movedFrom } : table;
  });
}
function calledTables(session, caller, block, file, autoscaling) {
  const source = attributeOf(block.body, "source")?.value;
  if (source?.kind !== "literal" || typeof source.value !== "string") return [];
  if (isDynamoDbTableModule(source.value)) {
    const table = moduleTable(block, file, caller.scope, autoscaling);
    return table ? [table] : [];
  }
  const name = block.labels[0];
  const key2 = caller.key ? `${caller.key}.${name}` : name;
  const target = session.modules?.resolve(
    { root: caller.stack[0] ?? caller.directory, directory: caller.directory, key: key2 },
    source.value
  );
  if (!target || caller.stack.includes(target.directory) || caller.stack.length > MAX_MODULE_DEPTH) return [];
  const instances = instancesOf(block, caller.scope);
  if (!instances) return [];
  const inputs = /* @__PURE__ */ new Map();
  for (const attribute2 of block.body.attributes) {
    if (!META_ARGUMENTS.has(attribute2.name))
      inputs.set(attribute2.name, evaluate(attribute2.value, instances.scope));
  }
  const { configs } = readDirectory(session, target.files);
  const budget = new EvaluationBudget(TERRAFORM_EVALUATION_BUDGET);
  const tables = moduleTables(session, {
    directory: target.directory,
    configs,
    scope: {
      module: moduleValues(configs, [], inputs, budget),
      moduleFiles: new Set(target.files.map((f) => f.display))
    },
    key: key2,
    stack: [...caller.stack, target.directory]
  });
  reportExhausted(session, budget, configs, target.directory);
  const prefix = `module.${name}.`;
  return tables.map((table) => ({
    ...table,
    id: prefix + table.id,
    source: { ...table.source, file },
    ...table.movedFrom ? { movedFrom: table.movedFrom.map((id) => prefix + id) } : {},
    notes: [
      ...table.notes ?? [],
      `declared through module.${name} (source "${source.value}")`,
      ...instances.notes
    ]
  }));
}
function parseFile(parser2, file) {
  if (file.display.toLowerCase().endsWith(".json")) {
    try {
      const root = parseJsonSource(file.text, file.display).root;
      if (root?.kind !== "map") {
        return parseError("Terraform JSON: the file is not an object", fileStart(file.display));
      }
      return { file: file.display, body: jsonBody(jsonObject(root, { templates: true })), comments: [] };
    } catch (error) {
      if (error instanceof SourceSyntaxError) return parseError(error.message, error.location);
      if (error instanceof SourceLimitError) return skipped(error.message, error.location);
      throw error;
    }
  }
  const parsed = parseHcl(parser2, file.text, file.display);
  if ("body" in parsed) return parsed;
  return parsed.skipped ? skipped(parsed.message, parsed.location) : parseError(parsed.message, parsed.location);
}
function skipped(message2, location) {
  return {
    problem: { ruleId: "file-skipped", severity: "warning", message: `not read: ${message2}`, location }
  };
}
function parseError(message2, location) {
  return { problem: { ruleId: "parse-error", severity: "error", message: message2, location } };
}
function instancesOf(block, scope) {
  const count = attributeOf(block.body, "count");
  if (count) {
    const value = evaluate(count.value, scope);
    if (value.kind === "scalar" && typeof value.value === "number") {
      if (value.value === 0) return void 0;
      if (value.value === 1) return { scope, notes: [] };
      const what = `count = ${value.value}`;
      return {
        scope: { ...scope, instances: what },
        notes: [`${what}: one model stands for every instance`]
      };
    }
    const why = value.kind === "unknown" ? value.reason : "count is not a number";
    return {
      scope: { ...scope, instances: "count" },
      notes: [`count is set (${why}): one model stands for every instance`]
    };
  }
  const forEach = attributeOf(block.body, "for_each");
  if (forEach) {
    const elements = iterate(evaluate(forEach.value, scope), true);
    if (!("reason" in elements) && elements.length === 0) return void 0;
    const keys = "reason" in elements ? void 0 : elements.map((e) => describeKey(e.key));
    const what = keys ? `for_each over ${keys.join(", ")}` : "for_each";
    return {
      scope: { ...scope, instances: what },
      notes: [
        keys ? `${what}: one model stands for every instance` : `for_each is set (${elements.reason}): one model stands for every instance`
      ]
    };
  }
  return { scope, notes: [] };
}
function describeKey(key2) {
  return key2.kind === "scalar" ? JSON.stringify(key2.value) : "?";
}
function resourceTable(block, file, moduleScope, autoscaling, replicas) {
  const instances = instancesOf(block, moduleScope);
  if (!instances) return void 0;
  const address2 = `${block.labels[0]}.${block.labels[1]}`;
  const fields = bodyFields(block.body, instances.scope, block.location);
  const name = readString(fields, "name");
  const literalName = name?.known ? name.value : void 0;
  const scaled = autoscaling.byAddress.get(address2) ?? (literalName ? autoscaling.byName.get(literalName) : void 0);
  const legacy = literalName ? replicas.legacyByName.get(literalName) : void 0;
  const extraReplicas = [...replicas.byAddress.get(address2) ?? [], ...legacy?.replicas ?? []];
  return buildTable({
    address: address2,
    resourceType: "aws_dynamodb_table",
    fields,
    source: terraformSource(file),
    ...scaled ? { scaled } : {},
    ...extraReplicas.length ? { replicas: extraReplicas } : {},
    notes: [...instances.notes, ...legacy ? [legacy.note] : []]
  });
}
function moduleTable(block, file, moduleScope, autoscaling) {
  const source = attributeOf(block.body, "source")?.value;
  if (source?.kind !== "literal" || typeof source.value !== "string" || !isDynamoDbTableModule(source.value)) {
    return void 0;
  }
  const instances = instancesOf(block, moduleScope);
  if (!instances) return void 0;
  const address2 = `module.${block.labels[0]}`;
  const scaled = autoscaling.byAddress.get(address2);
  return buildModuleTable({
    address: address2,
    fields: bodyFields(block.body, instances.scope, block.location),
    source: terraformSource(file),
    ...scaled ? { scaled } : {},
    notes: instances.notes
  });
}
function terraformSource(file) {
  return { file, format: "terraform" };
}
function moduleDirectory(display) {
  return path10.posix.dirname(display);
}

// src/iac/terraform/sources.ts
import { readdir, readFile } from "node:fs/promises";
import path11 from "node:path";
var LOCAL_SOURCE = /^\.\.?(\/|$)/;
var LOCAL_SOURCE_TEXT = /"?source"?\s*[=:]\s*"(\.\.?(?:\/[^"]*)?)"/g;
var MAX_DEPTH = 8;
var ModuleSources = class {
  constructor(discovered, read, problems) {
    this.discovered = discovered;
    this.read = read;
    this.problems = problems;
  }
  discovered;
  read;
  problems;
  modules = /* @__PURE__ */ new Map();
  relevance = /* @__PURE__ */ new Map();
  /** Root directory display → module key → vendored directory display. */
  vendored = /* @__PURE__ */ new Map();
  /** Reads every module `directory` reaches, so `resolve` can answer synchronously. */
  async prepare(directory) {
    const vendored = await this.readModulesJson(directory);
    if (vendored.size) this.vendored.set(directory.display, vendored);
    const pending = [{ dir: directory, depth: 0 }];
    for (const display of vendored.values()) {
      const loaded = await this.load(
        path11.resolve(directory.path, relativeTo(directory.display, display)),
        display
      );
      if (loaded) pending.push({ dir: loaded, depth: 1 });
    }
    const seen = /* @__PURE__ */ new Set();
    for (let next = pending.shift(); next; next = pending.shift()) {
      if (seen.has(next.dir.display) || next.depth > MAX_DEPTH) continue;
      seen.add(next.dir.display);
      for (const source of localSources(next.dir.files)) {
        const display = joinDisplay(next.dir.display, source);
        const loaded = await this.load(path11.resolve(next.dir.path, source), display);
        if (loaded) pending.push({ dir: loaded, depth: next.depth + 1 });
      }
    }
  }
  /** The modules reachable from `directory`, itself excluded. */
  reachable(directory) {
    const modules = [];
    const seen = /* @__PURE__ */ new Set([directory.display]);
    const queue = [...this.calledFrom(directory.display, directory.files)];
    for (let next = queue.shift(); next; next = queue.shift()) {
      if (seen.has(next.directory)) continue;
      seen.add(next.directory);
      modules.push(next);
      queue.push(...this.calledFrom(next.directory, next.files));
    }
    return modules;
  }
  /** A module on disk, when it (or a module it calls) may declare a table: others are not evaluated. */
  resolve(call, source) {
    const display = LOCAL_SOURCE.test(source) ? joinDisplay(call.directory, source) : this.vendored.get(call.root)?.get(call.key);
    const module = display === void 0 ? void 0 : this.modules.get(display);
    return module && this.mayDeclareTables(module) ? module : void 0;
  }
  /** Whether the module or one it calls mentions DynamoDB (memoised). */
  mayDeclareTables(module) {
    const known2 = this.relevance.get(module.directory);
    if (known2 !== void 0) return known2;
    const relevant = declaresTables(module.files) || this.reachable({ path: "", display: module.directory, files: module.files }).some(
      (m) => declaresTables(m.files)
    );
    this.relevance.set(module.directory, relevant);
    return relevant;
  }
  calledFrom(display, files) {
    const called = localSources(files).flatMap((s) => this.modules.get(joinDisplay(display, s)) ?? []);
    const vendored = [...this.vendored.get(display)?.values() ?? []].flatMap(
      (d) => this.modules.get(d) ?? []
    );
    return [...called, ...vendored];
  }
  async load(absolute, display) {
    const known2 = this.modules.get(display);
    if (known2) return { path: absolute, display, files: known2.files };
    const discovered = this.discovered.get(display);
    if (discovered) {
      this.modules.set(display, { directory: display, files: discovered.files });
      return discovered;
    }
    const names = await readdir(absolute).catch(() => []);
    const files = [];
    for (const name of names.filter(isConfigurationFile).sort()) {
      const fileDisplay = joinDisplay(display, name);
      const bytes = await this.read({ path: path11.join(absolute, name), display: fileDisplay }, this.problems);
      if (bytes) files.push({ display: fileDisplay, text: decode(bytes) });
    }
    if (files.length === 0) return void 0;
    this.modules.set(display, { directory: display, files });
    return { path: absolute, display, files };
  }
  /** `.terraform/modules/modules.json`: module keys → vendored directories (relative to the root module). */
  async readModulesJson(directory) {
    const keys = /* @__PURE__ */ new Map();
    const text = await readFile(
      path11.join(directory.path, ".terraform", "modules", "modules.json"),
      "utf8"
    ).catch(() => void 0);
    if (!text) return keys;
    let entries;
    try {
      entries = JSON.parse(text).Modules;
    } catch {
      return keys;
    }
    for (const entry2 of Array.isArray(entries) ? entries : []) {
      if (typeof entry2.Key !== "string" || typeof entry2.Dir !== "string" || entry2.Key === "") continue;
      if (!entry2.Dir.startsWith(".terraform/")) continue;
      keys.set(entry2.Key, joinDisplay(directory.display, entry2.Dir));
    }
    return keys;
  }
};
function localSources(files) {
  const sources = /* @__PURE__ */ new Set();
  for (const file of files) {
    for (const match of file.text.matchAll(LOCAL_SOURCE_TEXT)) sources.add(match[1]);
  }
  return [...sources];
}
function joinDisplay(directory, relative) {
  const joined = path11.posix.normalize(path11.posix.join(directory, relative)).replace(/\/+$/, "");
  return joined === "" || joined === "./" ? "." : joined;
}
function relativeTo(from, to) {
  return path11.posix.relative(from, to) || ".";
}

// src/iac/terraform/index.ts
async function loadTerraformTables(files, read = readBounded) {
  const problems = [];
  const results = [];
  const counted = /* @__PURE__ */ new Set();
  const reported = /* @__PURE__ */ new Set();
  const directories = [];
  for (const [directory, group] of byDirectory(files)) {
    const contents = await Promise.all(group.map((file) => read(file, problems)));
    const texts = group.flatMap((file, i) => {
      const bytes = contents[i];
      return bytes ? [{ display: file.display, text: decode(bytes) }] : [];
    });
    const display = path12.posix.dirname(group[0]?.display ?? ".");
    directories.push({ path: directory, display, files: texts });
  }
  const sources = new ModuleSources(new Map(directories.map((d) => [d.display, d])), read, problems);
  const reached = /* @__PURE__ */ new Map();
  for (const directory of directories) {
    await sources.prepare(directory);
    reached.set(directory, sources.reachable(directory));
  }
  const called = new Set([...reached.values()].flat().map((m) => m.directory));
  for (const directory of directories) {
    if (called.has(directory.display)) continue;
    const modules = reached.get(directory) ?? [];
    const relevant = declaresTables(directory.files) || modules.some((m) => declaresTables(m.files));
    if (!relevant) continue;
    const texts = directory.files;
    const evaluated = modules.filter((m) => sources.mayDeclareTables(m));
    for (const file of [...texts, ...evaluated.flatMap((m) => m.files)]) counted.add(file.display);
    results.push(
      await loadTerraformDirectory(texts, { modules: sources, reported }).catch(
        (error) => ({
          tables: [],
          suppressions: [],
          problems: [unexpected(error, texts[0]?.display ?? ".")]
        })
      )
    );
  }
  return {
    tables: results.flatMap((r) => r.tables),
    suppressions: results.flatMap((r) => r.suppressions),
    problems: [...problems, ...results.flatMap((r) => r.problems)],
    environment: [],
    files: counted.size
  };
}
function byDirectory(files) {
  const groups = /* @__PURE__ */ new Map();
  for (const file of files) {
    const directory = path12.dirname(file.path);
    const group = groups.get(directory);
    if (group) group.push(file);
    else groups.set(directory, [file]);
  }
  return groups;
}
var TERRAFORM_EXTENSIONS = [".tf", ".tf.json", ".tofu", ".tofu.json", ".tfvars", ".tfvars.json"];
var terraformFormat = {
  name: "Terraform / OpenTofu",
  sourceFormats: ["terraform"],
  deployer: "terraform",
  candidate: (name) => TERRAFORM_EXTENSIONS.some((extension) => name.toLowerCase().endsWith(extension)),
  // Every .tf/.tf.json/.tfvars file is Terraform's, whether or not it declares a table: no other format reads it.
  load: async (files, io) => ({
    ...await loadTerraformTables(files, io.read),
    consumed: files.map((file) => file.path)
  })
};

// src/iac/terraform/plan-format.ts
var terraformPlanFormat = fileFormat({
  name: "Terraform plan JSON",
  sourceFormats: ["terraform-plan"],
  deployer: "terraform",
  candidate: (name) => name.toLowerCase().endsWith(".json"),
  detect: (bytes) => isTerraformPlanJson(bytes),
  loadText: (text, display) => loadPlanText(text, display)
});

// src/iac/index.ts
var FORMATS = [
  terraformFormat,
  cdkAppFormat,
  cdkAssemblyFormat,
  terraformPlanFormat,
  serverlessFormat,
  cloudFormationFormat
];
function isIacCandidate(name) {
  return FORMATS.some((format) => format.candidate(name));
}
async function loadDeclaredTables(files, cwd, read = readBounded) {
  const taken = /* @__PURE__ */ new Set();
  const parts = [];
  for (const format of FORMATS) {
    const candidates = files.filter(
      (file) => !taken.has(file.path) && (format.candidate(fileName(file.path)) || file.named === true && format.detect !== void 0)
    );
    if (candidates.length === 0) continue;
    const loaded = await format.load(candidates, { cwd, read });
    parts.push(loaded);
    for (const file of loaded.consumed ?? []) taken.add(file);
  }
  return mergeLoadedTables(parts);
}

// src/discover/detect.ts
function candidateKind(name) {
  if (isIacCandidate(name)) return "iac";
  if (codeFileKind(name)) return "code";
  return void 0;
}

// src/discover/walk.ts
var import_ignore = __toESM(require_ignore(), 1);
var import_picomatch2 = __toESM(require_picomatch2(), 1);
import { execFile } from "node:child_process";
import { lstat, readFile as readFile2, readdir as readdir2, realpath, stat } from "node:fs/promises";
import path13 from "node:path";

// src/discover/build-output.ts
var OUTPUT_FOLDERS = /* @__PURE__ */ new Set(["cdk.out", ".aws-sam", ".esbuild", ".webpack", ".next", ".open-next"]);
var BUNDLED_FILE = /[.-](min|bundle)\.[cm]?[jt]sx?$/i;
function isBuildOutput(display) {
  const parts = display.split("/");
  const name = parts.at(-1) ?? "";
  return parts.slice(0, -1).some((part) => OUTPUT_FOLDERS.has(part)) || BUNDLED_FILE.test(name);
}

// src/discover/walk.ts
var SKIPPED_DIRECTORIES = /* @__PURE__ */ new Set([
  ".git",
  ".hg",
  ".svn",
  "node_modules",
  "bower_components",
  "vendor",
  "third_party",
  ".terraform",
  ".serverless",
  ".aws-sam",
  ".venv",
  "venv",
  "__pycache__",
  ".tox",
  "target",
  "coverage"
]);
async function walk(paths, options) {
  const files = [];
  const missing = [];
  const problems = [];
  const seen = /* @__PURE__ */ new Set();
  const configIgnored = options.ignore?.length ? (0, import_picomatch2.default)(options.ignore, { dot: true }) : () => false;
  const useGitignore = options.gitignore !== false;
  const repositoryRoot = useGitignore ? await findRepositoryRoot(options.cwd) ?? path13.resolve(options.cwd) : void 0;
  const add = (file, kind, display = displayPath(options.cwd, file), named = false) => {
    if (seen.has(file)) return;
    if (kind === "code" && isBuildOutput(display)) return;
    seen.add(file);
    files.push({ path: file, kind, display, ...named ? { named } : {} });
  };
  for (const named of paths.length ? paths : ["."]) {
    const start = path13.resolve(options.cwd, named);
    const info = await stat(start).catch(() => void 0);
    if (!info) {
      missing.push(named);
      continue;
    }
    if (!info.isDirectory()) {
      add(start, options.classify(path13.basename(start)) ?? "iac", void 0, true);
      continue;
    }
    const root = await realpath(start);
    let matchers = repositoryRoot ? await ancestorMatchers(repositoryRoot, start) : [];
    const namedIgnored = isIgnored(matchers, start, true);
    if (namedIgnored) matchers = [];
    const visited = /* @__PURE__ */ new Set([root]);
    const firstOfRoot = files.length;
    const listed = useGitignore && !namedIgnored ? await gitListed(start) : void 0;
    if (listed) {
      const shownFolder = path13.relative(options.cwd, start).split(path13.sep).join("/");
      for (const relative of listed) {
        const parts = relative.split("/");
        const name = parts.at(-1) ?? "";
        const kind = options.classify(name);
        if (!kind || parts.slice(0, -1).some((part) => SKIPPED_DIRECTORIES.has(part))) continue;
        const display = shownFolder ? `${shownFolder}/${relative}` : relative;
        const folders = display.split("/").slice(0, -1);
        const ignoredFolder = folders.some((_, at2) => {
          const folder = folders.slice(0, at2 + 1).join("/");
          return configIgnored(folder) || configIgnored(`${folder}/`);
        });
        if (ignoredFolder || configIgnored(display)) continue;
        const full = path13.join(start, ...parts);
        if (!await isReadableWithin(root, full)) continue;
        add(full, kind, display);
      }
      const walked2 = files.splice(firstOfRoot).sort((a, b) => compareText(a.path, b.path));
      files.push(...walked2);
      continue;
    }
    const visit = async (directory, shown, active) => {
      const entries = await readdir2(directory, { withFileTypes: true }).catch((error) => {
        problems.push({
          ruleId: "file-skipped",
          severity: "warning",
          message: `folder not read: ${readFailure(error)}`,
          location: fileStart(shown || ".")
        });
        return [];
      });
      const here = useGitignore && entries.some((e) => e.name === ".gitignore") ? await matcherFor(directory) : void 0;
      const scope = here ? [...active, here] : active;
      const subdirectories = [];
      for (const dirent of entries) {
        const full = path13.join(directory, dirent.name);
        const display = shown ? `${shown}/${dirent.name}` : dirent.name;
        let isDirectory = dirent.isDirectory();
        let isFile = dirent.isFile();
        if (dirent.isSymbolicLink()) {
          const target = await realpath(full).catch(() => void 0);
          if (!target || !isWithin(root, target)) continue;
          const targetInfo = await stat(target).catch(() => void 0);
          isDirectory = targetInfo?.isDirectory() ?? false;
          isFile = targetInfo?.isFile() ?? false;
          if (isDirectory && visited.has(target)) continue;
          if (isDirectory) visited.add(target);
        }
        if (isDirectory) {
          if (SKIPPED_DIRECTORIES.has(dirent.name)) continue;
          if (configIgnored(display) || configIgnored(`${display}/`)) continue;
          if (isIgnored(scope, full, true)) continue;
          subdirectories.push(visit(full, display, scope));
        } else if (isFile) {
          const kind = options.classify(dirent.name);
          if (!kind || configIgnored(display)) continue;
          if (isIgnored(scope, full, false)) continue;
          add(full, kind, display);
        }
      }
      await Promise.all(subdirectories);
    };
    await visit(start, path13.relative(options.cwd, start).split(path13.sep).join("/"), matchers);
    const walked = files.splice(firstOfRoot).sort((a, b) => compareText(a.path, b.path));
    appendAll(files, walked);
  }
  return { files, missing, problems };
}
function gitListed(directory) {
  return new Promise((resolve) => {
    execFile(
      "git",
      ["-c", "core.quotePath=off", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
      { cwd: directory, maxBuffer: 512 * 1024 * 1024, encoding: "utf8" },
      (error, stdout) => resolve(error ? void 0 : [...new Set(stdout.split("\0").filter(Boolean))])
    );
  });
}
async function isReadableWithin(root, file) {
  const info = await lstat(file).catch(() => void 0);
  if (!info) return false;
  if (info.isFile()) return true;
  if (!info.isSymbolicLink()) return false;
  const target = await realpath(file).catch(() => void 0);
  if (!target || !isWithin(root, target)) return false;
  return (await stat(target).catch(() => void 0))?.isFile() ?? false;
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function isIgnored(matchers, file, isDirectory) {
  let ignored = false;
  for (const matcher of matchers) {
    const relative = path13.relative(matcher.base, file).split(path13.sep).join("/");
    if (!relative || relative.startsWith("..")) continue;
    const result = matcher.rules.test(isDirectory ? `${relative}/` : relative);
    if (result.ignored) ignored = true;
    else if (result.unignored) ignored = false;
  }
  return ignored;
}
async function matcherFor(directory) {
  const text = await readFile2(path13.join(directory, ".gitignore"), "utf8").catch(() => void 0);
  return text === void 0 ? void 0 : { base: directory, rules: (0, import_ignore.default)().add(text) };
}
async function ancestorMatchers(repositoryRoot, start) {
  const relative = path13.relative(repositoryRoot, start);
  if (relative.startsWith("..") || path13.isAbsolute(relative)) return [];
  const matchers = [];
  let directory = repositoryRoot;
  for (const part of relative ? relative.split(path13.sep) : []) {
    const matcher = await matcherFor(directory);
    if (matcher) matchers.push(matcher);
    directory = path13.join(directory, part);
  }
  return matchers;
}
async function findRepositoryRoot(cwd) {
  let directory = path13.resolve(cwd);
  for (; ; ) {
    if (await stat(path13.join(directory, ".git")).catch(() => void 0)) return directory;
    const parent = path13.dirname(directory);
    if (parent === directory) return void 0;
    directory = parent;
  }
}
function isWithin(root, target) {
  const relative = path13.relative(root, target);
  return relative === "" || !relative.startsWith("..") && !path13.isAbsolute(relative);
}

// src/diff/git.ts
import { execFile as execFile2, spawn } from "node:child_process";
import { promisify } from "node:util";
var run = promisify(execFile2);
var GitError = class extends Error {
};
async function git(cwd, args) {
  try {
    const { stdout } = await run("git", args, { cwd, maxBuffer: 256 * 1024 * 1024, encoding: "utf8" });
    return stdout;
  } catch (error) {
    const failed = error;
    if (failed.code === "ENOENT") throw new GitError("git is not installed or not on PATH");
    throw new GitError((failed.stderr ?? String(error)).trim().split("\n")[0] ?? "git failed");
  }
}
async function openRepository(cwd) {
  const output = await git(cwd, [
    "rev-parse",
    "--show-toplevel",
    "--show-prefix",
    "--is-shallow-repository"
  ]).catch(() => void 0);
  if (output === void 0) return void 0;
  const [root = "", prefix = "", shallow = "false"] = output.split("\n");
  return { root, prefix, shallow: shallow.trim() === "true" };
}
async function resolveCommit(cwd, ref) {
  if (ref.startsWith("-")) return void 0;
  const output = await git(cwd, [
    "rev-parse",
    "--verify",
    "--quiet",
    "--end-of-options",
    `${ref}^{commit}`
  ]).catch(() => void 0);
  return output?.trim() || void 0;
}
async function listFiles(cwd, commit, paths) {
  const output = await git(cwd, [
    "ls-tree",
    "-r",
    "-z",
    "--name-only",
    commit,
    "--",
    ...paths.length ? paths : ["."]
  ]);
  return output.split("\0").filter(Boolean);
}
async function renamesSince(cwd, commit) {
  const output = await git(cwd, ["diff", "--relative", "--name-status", "-M", "-z", commit, "--"]);
  const fields = output.split("\0");
  const renames = /* @__PURE__ */ new Map();
  for (let i = 0; i < fields.length; ) {
    const status = fields[i] ?? "";
    if (status.startsWith("R") || status.startsWith("C")) {
      if (status.startsWith("R")) renames.set(fields[i + 1] ?? "", fields[i + 2] ?? "");
      i += 3;
    } else i += status ? 2 : 1;
  }
  return renames;
}
async function readFiles(root, commit, paths) {
  const contents = /* @__PURE__ */ new Map();
  if (paths.length === 0) return contents;
  const child = spawn("git", ["cat-file", "--batch"], { cwd: root, stdio: ["pipe", "pipe", "pipe"] });
  const chunks = [];
  child.stdout.on("data", (chunk) => chunks.push(chunk));
  const exited = new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve(code ?? 1));
  });
  child.stdin.end(paths.map((p) => `${commit}:${p}
`).join(""));
  if (await exited !== 0) throw new GitError(`git cat-file failed for ${commit}`);
  const output = Buffer.concat(chunks);
  let at2 = 0;
  for (const file of paths) {
    const headerEnd = output.indexOf(10, at2);
    if (headerEnd === -1) break;
    const header = output.toString("utf8", at2, headerEnd);
    at2 = headerEnd + 1;
    if (header.endsWith(" missing") || header.endsWith(" ambiguous")) continue;
    const [, type, size] = header.split(" ");
    if (type === void 0 || size === void 0) continue;
    const length = Number(size);
    if (type === "blob") contents.set(file, output.subarray(at2, at2 + length));
    at2 += length + 1;
  }
  return contents;
}

// src/diff/base.ts
var FETCH_ADVICE = "the dynalint Action fetches it with the credentials actions/checkout left (its log says why that failed); elsewhere check out with `fetch-depth: 0`";
function revisionLabel(ref) {
  return /^[0-9a-f]{40}$/i.test(ref) ? ref.slice(0, 7) : ref;
}
async function loadBaseTables(options) {
  const label = revisionLabel(options.ref);
  const unavailable = (message2) => ({
    tables: [],
    problems: [{ ruleId: "base-unavailable", severity: "warning", message: message2, location: options.fallback }]
  });
  const repository = await openRepository(options.cwd);
  if (!repository)
    return unavailable(
      `--base ${label}: ${options.cwd} is not in a git repository, so changes are not checked`
    );
  const commit = await resolveCommit(options.cwd, options.ref);
  if (!commit) {
    const why = repository.shallow ? `this is a shallow clone without it: fetch it (\`git fetch --depth=1 origin ${options.ref}\`) or more history (\`git fetch --unshallow\`; ${FETCH_ADVICE})` : `this clone does not have it: fetch it (e.g. \`git fetch origin main\`; ${FETCH_ADVICE})`;
    return unavailable(
      `base revision "${label}" not found, so changes are not checked and every finding counts as new: ${why}`
    );
  }
  try {
    const ignored = options.ignore.length ? (0, import_picomatch3.default)(options.ignore, { dot: true }) : () => false;
    const kinds = new Set(options.code ? ["iac", "code"] : ["iac"]);
    const files = (await listFiles(options.cwd, commit, options.paths)).filter((file) => {
      const kind = candidateKind(path14.posix.basename(file));
      return kind !== void 0 && kinds.has(kind) && !file.split("/").some((part) => SKIPPED_DIRECTORIES.has(part)) && !ignored(file);
    });
    const contents = await readFiles(
      repository.root,
      commit,
      files.map((f) => repository.prefix + f)
    );
    const renames = await renamesSince(options.cwd, commit);
    const original = new Map(files.map((file) => [renames.get(file) ?? file, file]));
    const bytesOf = (file) => {
      const bytes = contents.get(repository.prefix + (original.get(file.display) ?? file.display));
      return bytes && bytes.length <= MAX_FILE_BYTES ? bytes : void 0;
    };
    const read = async (file) => bytesOf(file);
    const candidates = [...original.keys()].map((display) => ({
      path: path14.resolve(options.cwd, display),
      display
    }));
    const iac = candidates.filter((file) => candidateKind(path14.posix.basename(file.display)) === "iac");
    const codeFiles = candidates.filter(
      (file) => candidateKind(path14.posix.basename(file.display)) === "code"
    );
    const [loaded, code] = await Promise.all([
      loadDeclaredTables(iac, options.cwd, read),
      options.code && codeFiles.length ? scanCode(codeFiles, { read: bytesOf }) : void 0
    ]);
    return {
      tables: loaded.tables,
      problems: loaded.problems.map((p) => atBase(p, label)),
      facts: { loaded, ...code ? { code } : {} }
    };
  } catch (error) {
    if (error instanceof GitError)
      return unavailable(`base revision "${label}" could not be read: ${error.message}`);
    throw error;
  }
}
function atBase(problem, ref) {
  return {
    ruleId: "base-unavailable",
    severity: "warning",
    message: `${problem.location.file} at ${ref} could not be read (${problem.message}), so changes to its tables are not checked`,
    location: problem.location
  };
}

// src/lint.ts
import { readFile as readFile4, stat as stat3, writeFile } from "node:fs/promises";
import path17 from "node:path";

// src/baseline/file.ts
var BASELINE_FILE = ".dynalint-baseline.json";
var VERSION2 = 1;
function compare(a, b) {
  return compareText2(a.file, b.file) || compareText2(a.ruleId, b.ruleId) || compareText2(a.fingerprint, b.fingerprint);
}
function compareText2(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function formatBaseline(findings) {
  const entries = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const entry2 = entries.get(finding.fingerprint);
    entries.set(finding.fingerprint, {
      file: finding.location.file,
      ruleId: finding.ruleId,
      fingerprint: finding.fingerprint,
      count: (entry2?.count ?? 0) + 1
    });
  }
  const sorted = [...entries.values()].sort(compare);
  const lines = sorted.map((entry2, i) => `    ${JSON.stringify(entry2)}${i === sorted.length - 1 ? "" : ","}`);
  return `{
  "version": ${VERSION2},
  "findings": [${lines.length ? `
${lines.join("\n")}
  ` : ""}]
}
`;
}
function parseBaseline(text, file) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return `${file} is not valid JSON (${error instanceof Error ? error.message : String(error)}): write it again with --write-baseline`;
  }
  const findings = parsed?.findings;
  if (parsed?.version !== VERSION2 || !Array.isArray(findings)) {
    return `${file} is not a dynalint baseline (version ${VERSION2} with a "findings" list): write it again with --write-baseline`;
  }
  const entries = [];
  for (const item of findings) {
    const entry2 = item;
    if (typeof entry2?.file !== "string" || typeof entry2.ruleId !== "string" || typeof entry2.fingerprint !== "string") {
      return `${file}: every entry needs "file", "ruleId" and "fingerprint": write it again with --write-baseline`;
    }
    const count = typeof entry2.count === "number" && entry2.count > 0 ? Math.floor(entry2.count) : 1;
    entries.push({ file: entry2.file, ruleId: entry2.ruleId, fingerprint: entry2.fingerprint, count });
  }
  const lines = /* @__PURE__ */ new Map();
  text.split("\n").forEach((line, i) => {
    const fingerprint2 = /"fingerprint":\s*"([^"]+)"/.exec(line)?.[1];
    if (fingerprint2 && !lines.has(fingerprint2)) lines.set(fingerprint2, i + 1);
  });
  return { file, entries, lines };
}
function applyBaseline(findings, baseline, judged) {
  const left = new Map(baseline.entries.map((entry2) => [entry2.fingerprint, entry2.count]));
  let accepted = 0;
  const kept = findings.filter((finding) => {
    const count = left.get(finding.fingerprint) ?? 0;
    if (count === 0) return true;
    left.set(finding.fingerprint, count - 1);
    accepted += 1;
    return false;
  });
  const staleByFile = /* @__PURE__ */ new Map();
  for (const entry2 of baseline.entries) {
    if (left.get(entry2.fingerprint) !== entry2.count || !judged(entry2)) continue;
    staleByFile.set(entry2.file, [...staleByFile.get(entry2.file) ?? [], entry2]);
  }
  const stale = [...staleByFile].map(([file, entries]) => {
    const line = Math.min(...entries.map((e) => baseline.lines.get(e.fingerprint) ?? 1));
    const rules2 = [...new Set(entries.map((e) => e.ruleId))].join(", ");
    return {
      ruleId: "stale-baseline",
      severity: "info",
      message: `${entries.length === 1 ? "1 baseline entry" : `${entries.length} baseline entries`} for ${file} (${rules2}) ${entries.length === 1 ? "matches no finding any more: it was" : "match no finding any more: they were"} fixed; run \`dynalint --write-baseline\` to shrink the baseline`,
      location: { file: baseline.file, line, column: 1, endLine: line, endColumn: 1 },
      key: file
    };
  });
  return { findings: kept, accepted, stale };
}

// src/config/load.ts
var import_ajv2 = __toESM(require_ajv(), 1);
import { readFile as readFile3, stat as stat2 } from "node:fs/promises";
import path15 from "node:path";

// src/config/pattern-safety.ts
var MAX_PATTERN_LENGTH = 512;
var MAX_STARS_PER_SEGMENT = 2;
var MAX_GLOBSTARS = 4;
function globHazard(glob) {
  if (glob.length > MAX_PATTERN_LENGTH) return `it is longer than ${MAX_PATTERN_LENGTH} characters`;
  const segments = glob.split("/");
  if (segments.filter((s) => s === "**").length > MAX_GLOBSTARS) {
    return `it has more than ${MAX_GLOBSTARS} "**" segments`;
  }
  for (const segment of segments) {
    if (segment === "**") continue;
    const stars = segment.replace(/\\./g, "").match(/\*+/g)?.length ?? 0;
    if (stars > MAX_STARS_PER_SEGMENT) {
      return `the segment "${segment}" has more than ${MAX_STARS_PER_SEGMENT} "*" wildcards`;
    }
  }
  return void 0;
}
function regexHazard(pattern) {
  if (pattern.length > MAX_PATTERN_LENGTH) return `it is longer than ${MAX_PATTERN_LENGTH} characters`;
  const stack = [{ ambiguous: false }];
  let last = "none";
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    const top = stack[stack.length - 1];
    if (char === "\\") {
      const next = pattern[i + 1] ?? "";
      if (/[1-9]/.test(next) || next === "k" && pattern[i + 2] === "<") return "it uses a backreference";
      i += 1;
      last = "atom";
    } else if (char === "[") {
      i = classEnd(pattern, i);
      last = "atom";
    } else if (char === "(") {
      stack.push({ ambiguous: false });
      const prefix = /^\(\?(?:<[^>]*>|<=|<!|[:=!])?/.exec(pattern.slice(i));
      if (prefix) i += prefix[0].length - 1;
      last = "none";
    } else if (char === ")") {
      const closed = stack.length > 1 ? stack.pop() : top;
      const parent = stack[stack.length - 1];
      if (closed.ambiguous) parent.ambiguous = true;
      last = closed.ambiguous ? "ambiguous-group" : "atom";
    } else if (char === "*" || char === "+" || char === "?" || char === "{") {
      const quantifier = readQuantifier(pattern, i);
      if (!quantifier) {
        last = "atom";
        continue;
      }
      i = quantifier.end;
      if (pattern[i + 1] === "?") i += 1;
      if (quantifier.repeats && last === "ambiguous-group") {
        return "it repeats a group that holds a quantifier or alternatives (nested quantifiers)";
      }
      top.ambiguous = true;
      last = "none";
    } else if (char === "|") {
      top.ambiguous = true;
      last = "none";
    } else {
      last = "atom";
    }
  }
  return void 0;
}
function classEnd(pattern, start) {
  let i = start + 1;
  if (pattern[i] === "^") i += 1;
  if (pattern[i] === "]") i += 1;
  for (; i < pattern.length; i++) {
    if (pattern[i] === "\\") i += 1;
    else if (pattern[i] === "]") return i;
  }
  return pattern.length;
}
function readQuantifier(pattern, at2) {
  const char = pattern[at2];
  if (char === "*" || char === "+") return { end: at2, repeats: true };
  if (char === "?") return { end: at2, repeats: false };
  const match = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(at2));
  if (!match) return void 0;
  const max = match[2] === void 0 ? Number(match[1]) : match[3] ? Number(match[3]) : Infinity;
  return { end: at2 + match[0].length - 1, repeats: max > 1 };
}

// src/config/schema.json
var schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/dynalint/dynalint/blob/main/src/config/schema.json",
  title: 'dynalint configuration (.dynalint.yml, .dynalint.json or the "dynalint" key of package.json)',
  type: "object",
  properties: {
    extends: {
      description: "Which rules are on before `rules` adjusts them: `dynalint:recommended` (default), `dynalint:strict` (adds posture requirements such as customer-managed keys) or `dynalint:all` (every rule).",
      enum: ["dynalint:recommended", "dynalint:strict", "dynalint:all"]
    },
    preset: {
      description: "The same as `extends`, without the `dynalint:` prefix: `recommended`, `strict` or `all`.",
      enum: ["recommended", "strict", "all"]
    },
    rules: {
      description: "Per rule: a severity (`off`, `info`, `warning`, `error`) or `[severity, options]`. Options that are regular expressions are refused when they could backtrack exponentially: no repeated group that itself holds a quantifier or alternatives (`(a+)+`, `(a|aa)*`), no backreferences, at most 512 characters.",
      type: "object",
      additionalProperties: {
        anyOf: [
          { enum: ["off", "info", "warning", "error"] },
          {
            type: "array",
            minItems: 1,
            maxItems: 2,
            items: [{ enum: ["off", "info", "warning", "error"] }, { type: "object" }]
          }
        ]
      }
    },
    tables: {
      description: "For --drift: declared table (logical id, CDK construct path or Terraform address) \u2192 live table name. `${name}` placeholders are filled from --var name=value.",
      type: "object",
      additionalProperties: { type: "string", minLength: 1 }
    },
    ignore: {
      description: "Globs, relative to the configuration file's folder, of files and folders not to lint. So that matching stays fast on every path, a glob has at most 2 `*` wildcards per path segment, at most 4 `**` segments and at most 512 characters.",
      type: "array",
      items: { type: "string", minLength: 1 }
    }
  },
  additionalProperties: false
};

// src/config/load.ts
var CONFIG_FILES = [".dynalint.yml", ".dynalint.yaml", ".dynalint.json", "package.json"];
var ConfigError = class extends Error {
  constructor(message2, location) {
    super(location ? `${location.file}:${location.line}:${location.column}: ${message2}` : message2);
    this.location = location;
  }
  location;
};
async function findConfigFile(cwd) {
  let directory = path15.resolve(cwd);
  for (; ; ) {
    for (const name of CONFIG_FILES) {
      const candidate = path15.join(directory, name);
      if (!(await stat2(candidate).catch(() => void 0))?.isFile()) continue;
      if (name !== "package.json") return candidate;
      if (await hasDynalintKey(candidate)) return candidate;
    }
    const isRepositoryRoot = await stat2(path15.join(directory, ".git")).catch(() => void 0);
    const parent = path15.dirname(directory);
    if (isRepositoryRoot || parent === directory) return void 0;
    directory = parent;
  }
}
async function hasDynalintKey(file) {
  const text = await readFile3(file, "utf8").catch(() => "");
  if (!text.includes('"dynalint"')) return false;
  try {
    const parsed = JSON.parse(text);
    return typeof parsed === "object" && parsed !== null && "dynalint" in parsed;
  } catch {
    return false;
  }
}
async function loadConfig(catalogue, options) {
  const file = options.configPath ? path15.resolve(options.cwd, options.configPath) : await findConfigFile(options.cwd);
  let source;
  if (file) {
    const text = await readFile3(file, "utf8").catch(() => {
      throw new ConfigError(`cannot read configuration file ${displayPath(options.cwd, file)}`);
    });
    source = parseConfig(text, displayPath(options.cwd, file));
  }
  return resolveConfig(
    catalogue,
    source,
    options.cwd,
    file ? path15.dirname(file) : options.cwd,
    options.ruleOverrides,
    options.switches
  );
}
function parseConfig(text, file) {
  const parsed = parseSource(text, file);
  if ("problem" in parsed) throw new ConfigError(parsed.problem.message, parsed.problem.location);
  const root = path15.basename(file) === "package.json" ? entry(parsed.root, "dynalint")?.value : parsed.root;
  return { file, root, value: root ? toPlain(root) : {} };
}
var ajv;
var validateConfig;
function validator() {
  ajv ??= new import_ajv2.Ajv({
    allErrors: true,
    useDefaults: true,
    strict: true,
    strictTuples: false,
    allowUnionTypes: true,
    // Errors carry the failing value, so a refused pattern's message can say why.
    verbose: true
  }).addFormat("regex", (pattern) => {
    try {
      new RegExp(pattern);
    } catch {
      return false;
    }
    return regexHazard(pattern) === void 0;
  });
  return ajv;
}
function resolveConfig(catalogue, source, cwd, directory, ruleOverrides = [], switches = []) {
  const user = source?.value ?? {};
  if (source) {
    validateConfig ??= validator().compile(schema_default);
    if (!validateConfig(user)) throw schemaError(validateConfig.errors ?? [], source, "");
  }
  for (const [i, glob] of (user.ignore ?? []).entries()) {
    const hazard = globHazard(glob);
    if (hazard) {
      throw new ConfigError(
        `ignore glob "${glob}" is refused: ${hazard} (matching it could take exponential time)`,
        locate(source, ["ignore", i])
      );
    }
  }
  const byId = new Map(catalogue.map((rule) => [rule.id, rule]));
  if (user.extends && user.preset && user.extends !== `dynalint:${user.preset}`) {
    throw new ConfigError(
      `"extends: ${user.extends}" and "preset: ${user.preset}" disagree; keep one`,
      locate(source, ["preset"])
    );
  }
  const preset = user.extends ? user.extends.slice("dynalint:".length) : user.preset ?? "recommended";
  const configured = /* @__PURE__ */ new Map();
  for (const [id, value] of Object.entries(user.rules ?? {})) {
    if (!byId.has(id)) throw unknownRule(id, byId, locate(source, ["rules", id], true));
    const [severity, options] = Array.isArray(value) ? value : [value];
    configured.set(id, { severity, ...options ? { options } : {} });
  }
  for (const override of ruleOverrides) {
    const match = /^([\w-]+)=(off|info|warning|error)$/.exec(override);
    if (!match) throw new ConfigError(`--rule expects id=off|info|warning|error, got "${override}"`);
    const [, id, severity] = match;
    if (!byId.has(id)) throw unknownRule(id, byId);
    configured.set(id, { ...configured.get(id), severity });
  }
  const rules2 = /* @__PURE__ */ new Map();
  for (const rule of catalogue) {
    const chosen = configured.get(rule.id);
    const switchedOn = rule.enabledBy !== void 0 && switches.includes(rule.enabledBy);
    const enabled = chosen ? chosen.severity !== "off" : inPreset(rule, preset) || switchedOn;
    if (!enabled) continue;
    const severity = chosen && chosen.severity !== "off" ? chosen.severity : void 0;
    rules2.set(rule.id, ruleSetting(rule, severity, chosen?.options, source));
  }
  return {
    ...source ? { file: source.file } : {},
    directory,
    rules: rules2,
    ignore: (user.ignore ?? []).map((glob) => rebase(glob, directory, cwd)),
    user
  };
}
function ruleSetting(rule, severity, options = {}, source) {
  const filled = structuredClone(options);
  if (rule.options) {
    const validate = validator().compile(rule.options);
    if (!validate(filled)) {
      throw schemaError(validate.errors ?? [], source, `rules.${rule.id}[1]`, ["rules", rule.id, 1]);
    }
  }
  return { severity: severity ?? rule.severity, options: filled, configured: severity !== void 0 };
}
function rebase(glob, directory, cwd) {
  const prefix = path15.relative(cwd, directory).split(path15.sep).join("/");
  return prefix ? `${prefix}/${glob}` : glob;
}
function unknownRule(id, byId, location) {
  const close = [...byId.keys()].find((known2) => distance(known2, id) <= 3);
  return new ConfigError(
    `unknown rule "${id}"${close ? ` (did you mean "${close}"?)` : ""}; \`dynalint rules\` lists them`,
    location
  );
}
function schemaError(errors, source, prefix, base = []) {
  const error = errors.find((e) => e.keyword === "additionalProperties") ?? errors[0];
  const segments = [
    ...base,
    ...(error?.instancePath ?? "").split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
  ];
  const extra = error?.keyword === "additionalProperties" ? String(error.params.additionalProperty) : void 0;
  const keyPath = [...segments, ...extra ? [extra] : []];
  const name = keyPath.length ? keyPath.join(".") : prefix || "(root)";
  const message2 = error?.keyword === "additionalProperties" ? `unknown key "${name}"` : error?.keyword === "enum" ? `"${name}" must be one of ${error.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}` : error?.keyword === "format" && error.params.format === "regex" ? `"${name}" ${regexProblem(error.data)}` : `"${name}" ${error?.message ?? "is invalid"}`;
  return new ConfigError(message2, locate(source, keyPath, extra !== void 0));
}
function regexProblem(pattern) {
  const text = String(pattern);
  try {
    new RegExp(text);
  } catch (error) {
    return `must match format "regex" (${error instanceof Error ? error.message : String(error)})`;
  }
  return `is refused as a regular expression: ${regexHazard(text) ?? "it is unsafe"} (matching it could take exponential time)`;
}
function locate(source, keyPath, atKey = false) {
  if (!source?.root) return void 0;
  let node = source.root;
  let location = node.location;
  for (const segment of keyPath) {
    if (node.kind === "map") {
      const found = entry(node, String(segment));
      if (!found) break;
      location = atKey ? found.keyLocation : found.value.location;
      node = found.value;
    } else if (node.kind === "seq" && node.items[Number(segment)]) {
      node = node.items[Number(segment)];
      location = node.location;
    } else break;
  }
  return location;
}
function toPlain(node) {
  switch (node.kind) {
    case "scalar":
      return node.value;
    case "seq":
      return node.items.map(toPlain);
    case "map":
      return Object.fromEntries(node.entries.map((e) => [e.key, toPlain(e.value)]));
    case "intrinsic":
      return { [node.name]: toPlain(node.argument) };
  }
}

// src/run.ts
import { existsSync as existsSync2 } from "node:fs";
import path16 from "node:path";

// src/diff/pair.ts
function key(table) {
  return `${table.source.file}\0${table.id}`;
}
function groupBy(tables, by) {
  const groups = /* @__PURE__ */ new Map();
  for (const table of tables) groups.set(by(table), [...groups.get(by(table)) ?? [], table]);
  return groups;
}
function pairTables(base, head) {
  const pairs = [];
  const baseGroups = groupBy(base, key);
  const headGroups = groupBy(head, key);
  const unmatchedBase = new Map([...baseGroups].filter(([k]) => !headGroups.has(k)));
  const unmatchedHead = new Map([...headGroups].filter(([k]) => !baseGroups.has(k)));
  const pairGroups = (baseModels, headModels) => {
    for (const model of headModels) {
      const counterpart = baseModels.find((b) => b.variant === model.variant) ?? baseModels[0];
      pairs.push({ ...counterpart ? { base: counterpart } : {}, head: model });
    }
  };
  for (const [k, headModels] of headGroups) {
    const baseModels = baseGroups.get(k);
    if (baseModels) pairGroups(baseModels, headModels);
  }
  const byName = (t) => {
    const name = valueOf(t.name);
    return name === void 0 ? void 0 : `name\0${name}`;
  };
  const byId = (t) => `id\0${t.id}`;
  const matchers = [
    {
      base: byId,
      head: (t) => {
        const earlier = t.movedFrom?.find(
          (id) => [...unmatchedBase.values()].flat().some((b) => b.id === id)
        );
        return earlier === void 0 ? void 0 : `id\0${earlier}`;
      }
    },
    { base: byName, head: byName },
    { base: byId, head: byId }
  ];
  for (const identity of matchers) {
    const candidates = groupBy(
      [...unmatchedBase.values()].flat().filter((t) => identity.base(t) !== void 0),
      (t) => identity.base(t)
    );
    for (const [k, headModels] of [...unmatchedHead]) {
      const id = identity.head(headModels[0]);
      const baseModels = id === void 0 ? void 0 : candidates.get(id);
      const baseKeys = new Set(baseModels?.map(key));
      if (!baseModels || baseKeys.size !== 1) continue;
      pairGroups(baseModels, headModels);
      unmatchedHead.delete(k);
      unmatchedBase.delete([...baseKeys][0]);
      candidates.delete(id);
    }
  }
  for (const headModels of unmatchedHead.values())
    for (const model of headModels) pairs.push({ head: model });
  for (const baseModels of unmatchedBase.values())
    for (const model of baseModels) pairs.push({ base: model });
  return pairs;
}

// src/run.ts
async function run2(options) {
  const catalogue = options.catalogue ?? rules;
  const walked = await walk(options.paths, {
    cwd: options.cwd,
    ignore: options.config.ignore,
    classify: candidateKind
  });
  const needs = factNeeds(catalogue, options.config);
  const codeFiles = options.code === false ? [] : walked.files.filter((f) => f.kind === "code");
  const declared = loadDeclaredTables(
    walked.files.filter((f) => f.kind === "iac"),
    options.cwd
  );
  const [loaded, code, live, base] = await Promise.all([
    declared,
    codeFiles.length ? scanCode(codeFiles) : void 0,
    options.drift ? declared.then((d) => liveFacts(options, needs, d.tables)) : void 0,
    options.base === void 0 ? void 0 : baseTables(options, options.base, fileStart(options.config.file ?? walked.files[0]?.display ?? "."))
  ]);
  const uses = code ? attributeUses(code.uses, loaded.tables, loaded.environment) : [];
  const {
    findings: ruleFindings,
    failures,
    ran
  } = runRules(catalogue, options.config.rules, {
    table: { tables: loaded.tables },
    ...code ? { code: { uses, tables: loaded.tables } } : {},
    ...live ? { drift: live.facts } : {},
    ...base && options.base !== void 0 && options.changeSafety !== false ? { change: { pairs: pairTables(base.tables, loaded.tables), base: revisionLabel(options.base) } } : {}
  });
  const problems = [
    ...walked.problems,
    ...loaded.problems,
    ...code?.problems ?? [],
    ...base?.problems ?? []
  ];
  const suppressions = [...loaded.suppressions, ...code?.suppressions ?? []];
  const suppressed = applySuppressions(
    [...problems.map(problemFinding), ...live?.findings ?? [], ...ruleFindings],
    suppressions
  );
  const unused = unusedSuppressions(
    suppressions,
    suppressed.used,
    ran,
    new Set(catalogue.map((rule) => rule.id))
  );
  let findings = sortFindings(dedupeFindings([...suppressed.findings, ...unused.map(problemFinding)]));
  if (base?.facts) {
    const changeRules = new Set(
      catalogue.filter((rule) => rule.kind === "change" || rule.kind === "drift").map((rule) => rule.id)
    );
    const aboutTheRun = /* @__PURE__ */ new Set([
      "base-unavailable",
      ...live ? [...live.findings].map((f) => f.ruleId) : []
    ]);
    findings = markBaselineState(
      findings,
      lintBase(catalogue, options.config, base.facts),
      (f) => changeRules.has(f.ruleId) || aboutTheRun.has(f.ruleId)
    );
  }
  let baselined = 0;
  if (options.baseline) {
    const linted = new Set(walked.files.map((file) => file.display));
    const judged = (entry2) => (ran.has(entry2.ruleId) || !catalogue.some((rule) => rule.id === entry2.ruleId)) && (linted.has(entry2.file) || !existsSync2(path16.resolve(options.cwd, entry2.file)));
    const applied = applyBaseline(findings, options.baseline, judged);
    baselined = applied.accepted;
    findings = sortFindings([
      ...applied.findings,
      ...applied.stale.map((p) => ({
        ...problemFinding(p),
        ...base?.facts ? { baselineState: "new" } : {}
      }))
    ]);
  }
  return {
    findings,
    summary: summarize(
      findings,
      loaded.files + (code?.parsed ?? 0),
      new Set(loaded.tables.map((t) => `${t.source.file}\0${t.id}`)).size
    ),
    tables: loaded.tables,
    failures,
    missingPaths: walked.missing,
    baselined
  };
}
function lintBase(catalogue, config, facts) {
  const { loaded, code } = facts;
  const uses = code ? attributeUses(code.uses, loaded.tables, loaded.environment) : [];
  const { findings, ran } = runRules(catalogue, config.rules, {
    table: { tables: loaded.tables },
    ...code ? { code: { uses, tables: loaded.tables } } : {}
  });
  const suppressions = [...loaded.suppressions, ...code?.suppressions ?? []];
  const problems = [...loaded.problems, ...code?.problems ?? []];
  const suppressed = applySuppressions([...problems.map(problemFinding), ...findings], suppressions);
  const unused = unusedSuppressions(
    suppressions,
    suppressed.used,
    ran,
    new Set(catalogue.map((rule) => rule.id))
  );
  return [...suppressed.findings, ...unused.map(problemFinding)];
}
function factNeeds(catalogue, config) {
  const needs = /* @__PURE__ */ new Set();
  for (const rule of catalogue) {
    const setting = config.rules.get(rule.id);
    if (!setting || !rule.needs) continue;
    for (const need of rule.needs(setting.options)) {
      needs.add(need);
    }
  }
  return needs;
}
async function liveFacts(options, needs, tables) {
  const { collectDrift } = await import("./live-XQH5IIJM.js");
  const firstPath = options.config.file ?? options.paths[0] ?? ".";
  return collectDrift(
    tables,
    { ...options.drift, reportUnmanaged: needs.has("live-table-list") },
    {
      cwd: options.cwd,
      tables: options.config.user.tables ?? {},
      tags: needs.has("live-tags"),
      fallback: fileStart(firstPath)
    }
  );
}
function baseTables(options, ref, fallback) {
  return loadBaseTables({
    cwd: options.cwd,
    ref,
    paths: options.paths,
    ignore: options.config.ignore,
    fallback,
    code: options.code !== false
  });
}
function problemFinding(problem) {
  return {
    ...problem,
    messageId: problem.ruleId,
    help: diagnosticDocsUrl(problem.ruleId),
    // One diagnostic of a kind per file, unless the problem names what distinguishes it.
    fingerprint: fingerprint(
      problem.ruleId,
      problem.location.file,
      void 0,
      problem.key ?? "",
      problem.ruleId
    )
  };
}
function summarize(findings, files, tables) {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const finding of findings) {
    if (finding.severity === "error") errors += 1;
    else if (finding.severity === "warning") warnings += 1;
    else infos += 1;
  }
  return { files, tables, errors, warnings, infos };
}

// src/lint.ts
var EXIT_CLEAN = 0;
var EXIT_FINDINGS = 1;
var EXIT_USAGE = 2;
var FAIL_ON = ["error", "warning", "info", "never"];
async function lint(options) {
  const catalogue = options.catalogue ?? rules;
  let result;
  try {
    const baseline = options.writeBaseline || options.useBaseline === false ? void 0 : await readBaseline(options.cwd);
    const results = [];
    for (const group of await configGroups(options)) {
      const config = await loadConfig(catalogue, {
        cwd: options.cwd,
        ...group.configPath ? { configPath: group.configPath } : {},
        ruleOverrides: options.ruleOverrides ?? [],
        switches: options.switches ?? []
      });
      results.push(
        await run2({
          cwd: options.cwd,
          paths: group.paths,
          config,
          catalogue,
          ...options.code !== void 0 ? { code: options.code } : {},
          ...options.drift ? { drift: options.drift } : {},
          ...options.base !== void 0 ? { base: options.base } : {},
          ...options.changeSafety === false ? { changeSafety: false } : {},
          ...baseline ? { baseline } : {}
        })
      );
    }
    result = mergeResults2(results);
  } catch (error) {
    if (error instanceof ConfigError) return { ok: false, message: error.message, exitCode: EXIT_USAGE };
    throw error;
  }
  if (result.missingPaths.length > 0) {
    return {
      ok: false,
      message: `no such file or directory: ${result.missingPaths.join(", ")}`,
      exitCode: EXIT_USAGE
    };
  }
  if (options.writeBaseline) {
    const accepted = result.findings.filter((f) => !ABOUT_THE_RUN.has(f.ruleId));
    await writeFile(path17.join(options.cwd, BASELINE_FILE), formatBaseline(accepted));
    const exitCode2 = result.failures.length > 0 ? EXIT_USAGE : EXIT_CLEAN;
    const baselineWritten = { file: BASELINE_FILE, findings: accepted.length };
    return { ok: true, result, catalogue, failures: result.failures, exitCode: exitCode2, judged: [], baselineWritten };
  }
  const judged = decidingFindings(result.findings, options.onlyNew === true);
  const exitCode = result.failures.length > 0 ? EXIT_USAGE : exitDecision(judged, options.failOn ?? "error", options.maxWarnings);
  return { ok: true, result, catalogue, failures: result.failures, exitCode, judged };
}
async function configGroups(options) {
  if (options.configPath || options.paths.length === 0 || options.drift) {
    return [{ ...options.configPath ? { configPath: options.configPath } : {}, paths: options.paths }];
  }
  const groups = /* @__PURE__ */ new Map();
  for (const named of options.paths) {
    const absolute = path17.resolve(options.cwd, named);
    const folder = (await stat3(absolute).catch(() => void 0))?.isDirectory() ? absolute : path17.dirname(absolute);
    const file = await findConfigFile(folder);
    groups.set(file, [...groups.get(file) ?? [], named]);
  }
  return [...groups].map(([file, paths]) => ({ ...file ? { configPath: file } : {}, paths }));
}
function mergeResults2(results) {
  const [first] = results;
  if (results.length === 1 && first) return first;
  const findings = sortFindings(dedupeFindings(results.flatMap((r) => r.findings)));
  const sum = (pick2) => results.reduce((total, r) => total + pick2(r), 0);
  return {
    findings,
    summary: summarize(
      findings,
      sum((r) => r.summary.files),
      sum((r) => r.summary.tables)
    ),
    tables: results.flatMap((r) => r.tables),
    failures: results.flatMap((r) => r.failures),
    missingPaths: results.flatMap((r) => r.missingPaths),
    baselined: sum((r) => r.baselined)
  };
}
var ABOUT_THE_RUN = /* @__PURE__ */ new Set(["base-unavailable", "stale-baseline"]);
function decidingFindings(findings, onlyNew) {
  return (onlyNew ? newFindings(findings) : [...findings]).filter((f) => !ABOUT_THE_RUN.has(f.ruleId));
}
async function readBaseline(cwd) {
  const text = await readFile4(path17.join(cwd, BASELINE_FILE), "utf8").catch(() => void 0);
  if (text === void 0) return void 0;
  const parsed = parseBaseline(text, BASELINE_FILE);
  if (typeof parsed === "string") throw new ConfigError(parsed);
  return parsed;
}
function failureMessages(failures) {
  return failures.map(
    (failure) => `rule ${failure.ruleId} failed: ${failure.message} (this is a bug in dynalint; please report it)`
  );
}
var RANK = { error: 3, warning: 2, info: 1 };
function exitDecision(findings, failOn, maxWarnings) {
  const warnings = findings.filter((f) => f.severity === "warning").length;
  if (maxWarnings !== void 0 && warnings > maxWarnings) return EXIT_FINDINGS;
  if (failOn === "never") return EXIT_CLEAN;
  const threshold = RANK[failOn];
  return findings.some((f) => RANK[f.severity] >= threshold) ? EXIT_FINDINGS : EXIT_CLEAN;
}

// src/report/json.ts
function formatJson({ findings, summary }) {
  const report = {
    version: 1,
    findings: findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      location: {
        file: f.location.file,
        line: f.location.line,
        column: f.location.column,
        endLine: f.location.endLine,
        endColumn: f.location.endColumn
      },
      ...f.table !== void 0 ? { table: f.table } : {},
      fingerprint: f.fingerprint,
      ...f.baselineState ? { baselineState: f.baselineState } : {}
    })),
    summary: {
      files: summary.files,
      tables: summary.tables,
      errors: summary.errors,
      warnings: summary.warnings,
      infos: summary.infos
    }
  };
  return `${JSON.stringify(report, null, 2)}
`;
}

// src/report/markdown.ts
var ICON = { error: "\u{1F534}", warning: "\u{1F7E1}", info: "\u{1F535}" };
var HEADING = { error: "Errors", warning: "Warnings", info: "Infos" };
var ORDER = ["error", "warning", "info"];
var SHORT_LINE = 160;
var ADVICE_LINE = 400;
function formatMarkdown(input, options = {}) {
  const { summary } = input;
  const onlyNew = input.onlyNew === true;
  const shown = onlyNew ? input.findings.filter((f) => f.baselineState !== "unchanged") : input.findings;
  const existing = onlyNew ? input.findings.filter((f) => f.baselineState === "unchanged") : [];
  const base = escapeMarkdown(input.base ?? "the base");
  const out = new Budget(options.maxBytes ?? Number.POSITIVE_INFINITY);
  out.push(`## ${escapeMarkdown(options.title ?? "dynalint")}`, "");
  const already = existing.length ? ` \xB7 ${plural(existing.length, "finding")} already on ${base}` : "";
  if (shown.length === 0) {
    out.push(
      onlyNew ? `\u2705 No new findings${existing.length ? `, ${existing.length} existing (already on ${base})` : ""}.` : `\u2705 No problems in ${plural(summary.files, "file")} (${plural(summary.tables, "table")}).`
    );
  } else {
    const count = (s) => shown.filter((f) => f.severity === s).length;
    out.push(
      `**${plural(shown.length, onlyNew ? "new problem" : "problem")}** (${plural(count("error"), "error")}, ${plural(count("warning"), "warning")}, ${plural(count("info"), "info")}) in ${plural(summary.files, "file")}, ${plural(summary.tables, "table")}${already}.`
    );
  }
  const rules2 = new Map(input.rules.map((rule) => [rule.id, rule]));
  const perGroup = options.perGroup ?? 10;
  renderGroups(out, sortForReading(shown), rules2, perGroup, options.linkTo);
  if (existing.length > 0) {
    out.push("", `<details><summary>${plural(existing.length, "finding")} already on ${base}</summary>`, "");
    renderGroups(out, sortForReading(existing), rules2, perGroup, options.linkTo);
    out.push("", "</details>");
  }
  out.finish();
  return out.text();
}
function sortForReading(findings) {
  const rank = (f) => ORDER.indexOf(f.severity) * 2 + (f.baselineState === "unchanged" ? 1 : 0);
  return findings.map((finding, index) => ({ finding, index })).sort((a, b) => rank(a.finding) - rank(b.finding) || a.index - b.index).map((entry2) => entry2.finding);
}
function renderGroups(out, findings, rules2, perGroup, linkTo) {
  for (const severity of ORDER) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    out.push("", `### ${ICON[severity]} ${HEADING[severity]} (${group.length})`);
    const visible = group.slice(0, perGroup);
    const byRule = /* @__PURE__ */ new Map();
    for (const finding of visible)
      byRule.set(finding.ruleId, [...byRule.get(finding.ruleId) ?? [], finding]);
    let hidden = group.length - visible.length;
    for (const [ruleId, ruleFindings] of byRule) {
      const rule = rules2.get(ruleId);
      const name = rule ? `[\`${ruleId}\`](${rule.helpUri})` : `\`${ruleId}\``;
      const fix = advice(ruleFindings[0].message);
      const line = `${name}: ${rule ? escapeMarkdown(rule.description) : ""}${fix ? ` **Fix:** ${escapeMarkdown(fix)}` : ""}`;
      if (!out.push("", line.trimEnd())) {
        hidden += ruleFindings.length;
        continue;
      }
      for (const finding of ruleFindings) if (!out.push(findingLine(finding, linkTo))) hidden += 1;
    }
    if (hidden > 0)
      out.push(`- \u2026and ${plural(hidden, "more")} (the job summary and the SARIF report list them all)`);
  }
}
function findingLine(finding, linkTo) {
  const where = escapeMarkdown(`${finding.location.file}:${finding.location.line}`);
  const link = linkTo?.(finding);
  const location = link ? `[${where}](${link.replace(/[()\s]/g, encodeURIComponent)})` : where;
  const table = finding.table ? ` \xB7 **${escapeMarkdown(finding.table)}**` : "";
  const state = finding.baselineState === "new" ? " \u{1F195}" : "";
  return `- ${location}${table}${state} \u2014 ${escapeMarkdown(shortMessage(finding.message))}`;
}
function adviceStart(message2) {
  const cut = message2.indexOf(": ");
  return cut > 20 ? cut : -1;
}
function shortMessage(message2) {
  const cut = adviceStart(message2);
  const head = cut === -1 ? message2 : message2.slice(0, cut);
  return head.length > SHORT_LINE ? `${head.slice(0, SHORT_LINE - 1)}\u2026` : head;
}
function advice(message2) {
  const cut = adviceStart(message2);
  if (cut === -1) return void 0;
  const text = message2.slice(cut + 2).trim();
  const capitalised = text.charAt(0).toUpperCase() + text.slice(1);
  return capitalised.length > ADVICE_LINE ? `${capitalised.slice(0, ADVICE_LINE - 1)}\u2026` : capitalised || void 0;
}
var BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function escapeMarkdown(text) {
  return text.replace(BIDI, "").replace(/\r?\n|\r/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*{}[\]#|~]/g, "\\$&").replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, "\\_").replace(/@/g, "@&#8203;");
}
var Budget = class _Budget {
  constructor(max) {
    this.max = max;
  }
  max;
  lines = [];
  size = 0;
  dropped = 0;
  /** Room kept for the tail line and closing tags. */
  static RESERVE = 300;
  /** Adds the lines if they fit; false when they were dropped. */
  push(...lines) {
    const bytes = lines.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0);
    const closing = lines.length === 1 && lines[0] === "</details>";
    if (!closing && this.size + bytes + _Budget.RESERVE > this.max) {
      this.dropped += lines.filter((line) => line.startsWith("- ") && !line.startsWith("- \u2026")).length;
      return false;
    }
    this.lines.push(...lines);
    this.size += bytes;
    return true;
  }
  finish() {
    if (this.dropped > 0)
      this.lines.push(
        "",
        `\u2026and ${plural(this.dropped, "more finding")} not shown here (see the full report).`
      );
  }
  text() {
    return `${this.lines.join("\n")}
`;
  }
};
function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

// src/report/rules-table.ts
function ruleMetadata(catalogue) {
  return [
    ...catalogue.map((r) => ({
      id: r.id,
      description: r.description,
      severity: r.severity,
      helpUri: ruleDocsUrl(r.id),
      preset: presetOf(r),
      ...r.equivalents?.length ? { equivalents: r.equivalents } : {}
    })),
    ...DIAGNOSTICS.map((d) => ({ ...d, helpUri: diagnosticDocsUrl(d.id) }))
  ];
}
function rulesMarkdownTable(catalogue) {
  const rows = catalogue.map(
    (r) => `| [\`${r.id}\`](rules/${r.id}.md) | ${r.kind} | ${r.severity} | ${presetOf(r)} | ${r.description} |`
  );
  return ["| Rule | Kind | Default | Preset | What it checks |", "|---|---|---|---|---|", ...rows].join("\n");
}
function rulesInPreset(catalogue, preset) {
  return preset ? catalogue.filter((rule) => inPreset(rule, preset)) : [...catalogue];
}
function rulesText(catalogue) {
  const width = Math.max(...catalogue.map((r) => r.id.length));
  const lines = catalogue.map(
    (r) => `${r.id.padEnd(width)}  ${r.kind.padEnd(6)}  ${r.severity.padEnd(7)}  ${presetOf(r).padEnd(11)}  ${r.description}`
  );
  return `${lines.join("\n")}
`;
}

// src/report/sarif.ts
var TOOL_NAMES = {
  checkov: "Checkov",
  trivy: "Trivy",
  "cfn-nag": "cfn_nag",
  "cdk-nag": "cdk-nag",
  "security-hub": "AWS Security Hub",
  "cfn-lint": "cfn-lint"
};
function relationship(equivalent) {
  return {
    target: { id: equivalent.id, toolComponent: { name: TOOL_NAMES[equivalent.tool] } },
    kinds: ["relevant"],
    ...equivalent.differs ? { description: { text: equivalent.differs } } : {}
  };
}
function taxonomies(rules2) {
  const byTool = /* @__PURE__ */ new Map();
  for (const equivalent of rules2.flatMap((rule) => rule.equivalents ?? [])) {
    const ids = byTool.get(equivalent.tool) ?? /* @__PURE__ */ new Set();
    ids.add(equivalent.id);
    byTool.set(equivalent.tool, ids);
  }
  return [...byTool].map(([tool, ids]) => ({
    name: TOOL_NAMES[tool],
    taxa: [...ids].map((id) => ({ id }))
  }));
}
var LEVEL = { error: "error", warning: "warning", info: "note" };
var SECURITY_SEVERITY = { error: "7.0", warning: "4.0", info: "1.0" };
function formatSarif({ findings, rules: rules2 }) {
  const descriptors = rules2.map((rule) => ({
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase()),
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.description },
    helpUri: rule.helpUri,
    help: {
      text: `${rule.description} See ${rule.helpUri}`,
      markdown: `${rule.description} [Documentation](${rule.helpUri})`
    },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    ...rule.equivalents?.length ? { relationships: rule.equivalents.map(relationship) } : {},
    properties: {
      // Tags like `checkov:CKV_AWS_28` let code-scanning filters and suppressions find the rule by the old id.
      tags: ["dynamodb", ...(rule.equivalents ?? []).map((e) => `${e.tool}:${e.id}`)],
      precision: "high",
      "problem.severity": rule.severity === "info" ? "recommendation" : rule.severity,
      "security-severity": SECURITY_SEVERITY[rule.severity]
    }
  }));
  const index = new Map(rules2.map((rule, i) => [rule.id, i]));
  const results = findings.map((finding) => ({
    ruleId: finding.ruleId,
    ...index.has(finding.ruleId) ? { ruleIndex: index.get(finding.ruleId) } : {},
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [
      finding.location.live ? (
        // A live table is no file: an ARN or endpoint URL is not an artifact URI.
        {
          logicalLocations: [
            {
              name: finding.table ?? finding.location.file.split("/").at(-1),
              fullyQualifiedName: finding.location.file
            }
          ]
        }
      ) : {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(finding.location.file), uriBaseId: "%SRCROOT%" },
          region: {
            startLine: finding.location.line,
            startColumn: finding.location.column,
            endLine: finding.location.endLine,
            // SARIF end columns are exclusive; dynalint's are inclusive.
            endColumn: finding.location.endColumn + 1
          }
        }
      }
    ],
    partialFingerprints: { "dynalintFingerprint/v1": finding.fingerprint },
    // SARIF's own comparison with a baseline run: the base revision of a change.
    ...finding.baselineState ? { baselineState: finding.baselineState } : {},
    ...finding.table !== void 0 ? { properties: { table: finding.table } } : {}
  }));
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: NAME,
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: HOMEPAGE,
            rules: descriptors
          }
        },
        ...taxonomies(rules2).length ? { taxonomies: taxonomies(rules2) } : {},
        columnKind: "utf16CodeUnits",
        results
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}

// src/cli/options.ts
var CLI_OPTIONS = [
  {
    name: "format",
    short: "f",
    type: "string",
    value: "<name>",
    help: "stylish (default), json, sarif or markdown",
    group: "general"
  },
  {
    name: "config",
    short: "c",
    type: "string",
    value: "<file>",
    help: 'configuration file (default: .dynalint.yml|.yaml|.json or the "dynalint" key of package.json, nearest first)',
    group: "general"
  },
  {
    name: "rule",
    short: "r",
    type: "string",
    multiple: true,
    value: "<id=level>",
    help: "set a rule's severity: off, info, warning or error (repeatable)",
    group: "general"
  },
  {
    name: "preset",
    type: "string",
    value: "<name>",
    help: "`dynalint rules` lists only the rules this preset turns on: recommended, strict or all",
    group: "general"
  },
  {
    name: "fail-on",
    type: "string",
    value: "<level>",
    help: "exit 1 when a finding is at least: error (default), warning, info, or never",
    group: "general"
  },
  {
    name: "max-warnings",
    type: "string",
    value: "<n>",
    help: "also exit 1 when there are more than n warnings",
    group: "general"
  },
  {
    name: "output",
    short: "o",
    type: "string",
    value: "<file>",
    help: "write the report to a file instead of standard output",
    group: "general"
  },
  {
    name: "no-code",
    type: "boolean",
    help: "do not scan application code for DynamoDB calls",
    group: "general"
  },
  {
    name: "base",
    type: "string",
    value: "<ref>",
    help: "also check the change since this git revision (e.g. origin/main) for replacements, removals and other deploy-breaking or data-losing edits",
    group: "general"
  },
  {
    name: "only-new",
    type: "boolean",
    help: "with --base: lint the base revision too and report (and fail on) only the findings it does not have",
    group: "general"
  },
  {
    name: "write-baseline",
    type: "boolean",
    help: "write the findings to .dynalint-baseline.json; later runs leave them out and report entries that no longer match",
    group: "general"
  },
  { name: "color", type: "boolean", help: "force colors", group: "general" },
  { name: "no-color", type: "boolean", help: "disable colors", group: "general" },
  { name: "version", short: "v", type: "boolean", help: "print the version", group: "general" },
  { name: "help", short: "h", type: "boolean", help: "print this help", group: "general" },
  { name: "drift", type: "boolean", help: "describe the live tables and report drift", group: "drift" },
  {
    name: "region",
    type: "string",
    value: "<name>",
    help: "AWS region (default: AWS_REGION or the profile's)",
    group: "drift"
  },
  {
    name: "profile",
    type: "string",
    value: "<name>",
    help: "shared-config profile (default: the AWS credential chain)",
    group: "drift"
  },
  {
    name: "endpoint",
    type: "string",
    value: "<url>",
    help: 'DynamoDB endpoint URL, or "embedded" for an in-process local server (no AWS account needed)',
    group: "drift"
  },
  {
    name: "seed",
    type: "string",
    value: "<file>",
    help: 'with --endpoint embedded: create these tables first ({"tables": [CreateTable input, ...]})',
    group: "drift"
  },
  {
    name: "stack",
    type: "string",
    multiple: true,
    value: "<name>",
    help: "deployed stack to look logical ids up in (repeatable)",
    group: "drift"
  },
  {
    name: "var",
    type: "string",
    multiple: true,
    value: "<key=value>",
    help: "fills ${key} in the configuration's tables map (repeatable)",
    group: "drift"
  },
  {
    name: "report-unmanaged",
    type: "boolean",
    help: "also report live tables no declaration maps to",
    group: "drift"
  },
  {
    name: "concurrency",
    type: "string",
    value: "<n>",
    help: "tables described at once (default 8)",
    group: "drift"
  },
  {
    name: "drift-timeout",
    type: "string",
    value: "<s>",
    help: "seconds for the whole drift check (default 180); tables not described by then are reported live-not-checked",
    group: "drift"
  }
];
function parseArgsConfig() {
  const config = {};
  for (const option of CLI_OPTIONS) {
    config[option.name] = {
      type: option.type,
      ...option.short ? { short: option.short } : {},
      ...option.multiple ? { multiple: true } : {}
    };
  }
  return config;
}
var HELP_WIDTH = 80;
var OPTION_COLUMN = 26;
function helpText() {
  const section = (group) => CLI_OPTIONS.filter((option) => option.group === group).map(helpLine).join("");
  return `Usage: ${NAME} [paths...] [options]
       ${NAME} rules [--format stylish|json|markdown]

${wrap(
    `Lints Amazon DynamoDB tables declared in ${FORMATS.map((f) => f.name).join(", ")} files under the given paths (default: the current folder), and the DynamoDB calls their application code makes (${LANGUAGES.map((l) => l.name).join(", ")}); with --drift, compares the tables with the deployed ones.`,
    HELP_WIDTH
  ).join("\n")}

Options:
${section("general")}
Drift (compare declared tables with the deployed ones):
${section("drift")}
Exit codes: 0 no findings at or above --fail-on, 1 findings, 2 usage or
configuration error, or a rule that failed.
`;
}
function wrap(text, width) {
  const lines = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines;
}
function helpLine(option) {
  const flag = `${option.short ? `-${option.short}, ` : "    "}--${option.name}${option.value ? ` ${option.value}` : ""}`;
  const lines = wrap(option.help, HELP_WIDTH - OPTION_COLUMN);
  const first = `  ${flag}`;
  const pad = (text) => text.padEnd(OPTION_COLUMN);
  const head = first.length < OPTION_COLUMN ? `${pad(first)}${lines[0]}
` : `${first}
${pad("")}${lines[0]}
`;
  return head + lines.slice(1).map((rest) => `${pad("")}${rest}
`).join("");
}

// src/cli/drift-options.ts
var DRIFT_FLAGS = CLI_OPTIONS.filter((option) => option.group === "drift" && option.name !== "drift").map(
  (option) => option.name
);
function driftOptions(values, progress) {
  if (!values.drift) {
    const stray = DRIFT_FLAGS.find((flag) => values[flag] !== void 0);
    return stray ? `--${stray} needs --drift` : void 0;
  }
  const text = (flag) => {
    const value = values[flag];
    return typeof value === "string" ? value : void 0;
  };
  const list = (flag) => {
    const value = values[flag];
    return Array.isArray(value) ? value : [];
  };
  const endpoint = text("endpoint");
  if (endpoint !== void 0 && endpoint !== EMBEDDED && !/^https?:\/\/[^/]/.test(endpoint)) {
    return `--endpoint must be an http(s) URL or "${EMBEDDED}", got "${endpoint}"`;
  }
  if (text("seed") !== void 0 && endpoint !== EMBEDDED) return `--seed needs --endpoint ${EMBEDDED}`;
  const vars = {};
  for (const pair of list("var")) {
    const match = /^([\w.-]+)=(.*)$/s.exec(pair);
    if (!match) return `--var expects key=value, got "${pair}"`;
    vars[match[1]] = match[2];
  }
  const concurrencyText = text("concurrency");
  const concurrency = concurrencyText === void 0 ? void 0 : Number(concurrencyText);
  if (concurrency !== void 0 && (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64)) {
    return "--concurrency must be a whole number from 1 to 64";
  }
  const timeoutText = text("drift-timeout");
  const timeoutSeconds = timeoutText === void 0 ? void 0 : Number(timeoutText);
  if (timeoutSeconds !== void 0 && !(timeoutSeconds > 0 && timeoutSeconds <= 86400)) {
    return "--drift-timeout must be a number of seconds from above 0 to 86400";
  }
  const optional = (key2, value) => value === void 0 ? {} : { [key2]: value };
  return {
    ...optional("endpoint", endpoint),
    ...optional("seed", text("seed")),
    ...optional("region", text("region")),
    ...optional("profile", text("profile")),
    ...optional("concurrency", concurrency),
    ...optional(
      "driftTimeoutMs",
      timeoutSeconds === void 0 ? void 0 : Math.round(timeoutSeconds * 1e3)
    ),
    stacks: list("stack"),
    vars,
    ...progress ? { progress: progressLine(progress) } : {}
  };
}
function progressLine(write) {
  return (done, total) => {
    write(done < total ? `\r${NAME}: describing live tables ${done}/${total}` : "\r\x1B[K");
  };
}

export {
  rules,
  newFindings,
  revisionLabel,
  EXIT_CLEAN,
  EXIT_USAGE,
  FAIL_ON,
  lint,
  failureMessages,
  formatJson,
  formatMarkdown,
  escapeMarkdown,
  plural,
  ruleMetadata,
  rulesMarkdownTable,
  rulesInPreset,
  rulesText,
  formatSarif,
  parseArgsConfig,
  helpText,
  driftOptions
};
