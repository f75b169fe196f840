import { createRequire as __dynalintCreateRequire } from 'node:module'; const require = __dynalintCreateRequire(import.meta.url);
import {
  EvaluationBudget,
  SourceLimitError,
  SourceSyntaxError,
  TERRAFORM_EVALUATION_BUDGET,
  attributeOf,
  blocksOf,
  bodyFields,
  buildTable,
  defineRule,
  displayPath,
  entry,
  evaluate,
  evaluationLimitProblem,
  findAutoscaling,
  isTerraformPlanJson,
  iterate,
  jsonBody,
  jsonObject,
  loadPlanText,
  loadTemplateText,
  locator,
  nestedTooDeeply,
  objectList,
  parseJsonSource,
  parseSource,
  readAttributes,
  readBoolean,
  readIndexes,
  readString,
  readTableKey,
  readTags,
  readThroughput,
  sameValue,
  stringSetting,
  traversalText,
  unexpected,
  unknownValue,
  valueFields,
  withLocations
} from "./chunk-3LO4Y62E.js";
import {
  appendAll,
  require_ajv,
  require_ucs2length
} from "./chunk-RSXSQYMG.js";
import {
  MAX_PARSED_BRACKET_DEPTH,
  MAX_PARSE_MS,
  bracketsNestedBeyond,
  createParser,
  locationOf,
  parseSelect,
  parseWithin
} from "./chunk-WPUJZHJN.js";
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
    exports.basename = (path14, { windows } = {}) => {
      const segs = path14.split(windows ? /[\\/]/ : "/");
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
      const push2 = (tok) => {
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
        push2({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push2({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push2({ type: "paren", extglob: true, value, output: "" });
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
        push2({ type: "paren", extglob: true, value, output });
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
            push2({ type: "text", value });
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
            push2({ type: "text", value });
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
            push2({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push2({ type: "paren", value });
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
          push2({ type: "paren", value, output: state.parens ? ")" : "\\)" });
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
          push2({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push2({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push2({ type: "text", value, output: `\\${value}` });
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
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push2(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push2({ type: "text", value, output: value });
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
          push2({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push2({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push2({ type: "comma", value, output });
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
          push2({ type: "slash", value, output: SLASH_LITERAL });
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
            push2({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push2({ type: "dot", value, output: DOT_LITERAL });
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
            push2({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push2({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push2({ type: "qmark", value, output: QMARK });
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
            push2({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push2({ type: "plus", value });
            continue;
          }
          push2({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push2({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push2({ type: "text", value });
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
          push2({ type: "text", value });
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
            push2({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push2({ type: "star", value, output: "" });
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
            push2({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push2({ type: "slash", value: "/", output: "" });
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
          push2(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push2(token);
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
        push2(token);
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
        push2({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
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
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
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
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
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
    picomatch2.test = (input, regex, options, { glob, posix } = {}) => {
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
          match = picomatch2.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
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
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
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
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants2;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
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

// src/code/access.ts
var INDEX_READS = /* @__PURE__ */ new Set([
  "Query",
  "Scan",
  "ParallelScan",
  "ExecuteStatement"
]);
function declaredIndexes(table) {
  if (!table.globalIndexes.known || !table.localIndexes.known) return void 0;
  const indexes = [...table.globalIndexes.value, ...table.localIndexes.value];
  if (indexes.some((index) => !index.name.known)) return void 0;
  return indexes.map((index) => ({ ...index, indexName: index.name.known ? index.name.value : "" }));
}
function keysOf(table, index) {
  if (index === void 0) return table.keySchema.known ? table.keySchema.value : void 0;
  const found = declaredIndexes(table)?.find((i) => i.indexName === index);
  return found?.keySchema.known ? found.keySchema.value : void 0;
}
function describeKeys(keys) {
  return keys.map((key) => `${key.role} key ${key.attribute}`).join(", ");
}
function indexRead(use) {
  if (!use.index) return null;
  return use.index.known ? use.index.value : void 0;
}
var CallIdentities = class {
  ranks = /* @__PURE__ */ new Map();
  of(use, tag = use.operation) {
    const scope = use.scope ?? "<module>";
    const key = `${use.location.file}\0${scope}\0${tag}`;
    const rank = (this.ranks.get(key) ?? 0) + 1;
    this.ranks.set(key, rank);
    return `${use.location.file}:${scope}:${tag}:${ordinal(rank)}`;
  }
};
function ordinal(rank) {
  let text = "";
  for (let n = rank; n > 0; n = Math.floor((n - 1) / 26))
    text = String.fromCharCode(97 + (n - 1) % 26) + text;
  return text;
}
function onePerCall(uses) {
  const seen = /* @__PURE__ */ new Set();
  return uses.filter((use) => {
    const key = `${use.location.file}:${use.location.line}:${use.location.column}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

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
    const key = `${table.source.file}\0${table.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
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
  const wanted = words(variable);
  if (!wanted) return void 0;
  const named = tables.filter((t) => words(t.id) === wanted || words(valueOf(t.name) ?? "") === wanted);
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
function words(name) {
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
  if (table) return `${tableLabel(table)} (${table.location.file}:${table.location.line})`;
  const name = valueOf(use.table);
  if (name !== void 0) return `table '${name}'`;
  if (use.tableVariable) return `the table named by ${use.tableVariable}`;
  return "a table";
}

// rules/consistent-read-on-gsi.ts
var consistent_read_on_gsi_default = defineRule({
  id: "consistent-read-on-gsi",
  kind: "code",
  description: "A strongly consistent GSI read.",
  severity: "error",
  messages: {
    consistentReadOnGsi: "{{operation}} sets ConsistentRead: true on the global secondary index '{{index}}' of {{target}}: GSIs are only eventually consistent, so DynamoDB rejects the request with a ValidationException. Drop ConsistentRead, or read the base table (or a local secondary index) when the read must be strongly consistent."
  },
  check({ uses, tables, report }) {
    const identities = new CallIdentities();
    for (const use of uses) {
      const reads = use.operation === "Query" || use.operation === "Scan" || use.operation === "ParallelScan";
      if (!reads || use.consistentRead?.known !== true || use.consistentRead.value !== true) continue;
      if (!use.index?.known) continue;
      const table = declaredTableOf(use, tables);
      if (!table?.globalIndexes.known) continue;
      const index = use.index.value;
      if (!table.globalIndexes.value.some((gsi) => gsi.name.known && gsi.name.value === index)) continue;
      report({
        table,
        property: identities.of(use),
        location: use.consistentRead.location,
        messageId: "consistentReadOnGsi",
        data: { operation: use.operation, index, target: targetLabel(use, table) }
      });
    }
  }
});

// src/drift/posture.ts
function livePostures(pairs, unmanaged) {
  return [
    ...pairs.map(({ declared, live }) => ({ declared, live })),
    ...unmanaged.flatMap((table) => table.model ? [{ live: table.model }] : [])
  ];
}
function liveSettingOff({ pairs, unmanaged, report }, key, unmanagedMessage) {
  const property = `${key.charAt(0).toUpperCase()}${key.slice(1)}`;
  const off = [];
  for (const { declared, live } of livePostures(pairs, unmanaged)) {
    if (valueOf(live[key]) !== false) continue;
    const name = liveName(live);
    if (!declared) {
      report({ table: live, property, location: live.location, ...unmanagedMessage, data: { name } });
      continue;
    }
    const declaration = declaredForLive(declared, live, key);
    if (!declaration || valueOf(declaration.setting) === false) continue;
    off.push({ declared, name, ...declaration });
  }
  return off;
}
function liveRegion(live) {
  return /^arn:[^:]+:dynamodb:([^:]+):/.exec(live.source.file)?.[1];
}
function declaredForLive(declared, live, key) {
  if (declared.resourceType !== "AWS::DynamoDB::GlobalTable") return reading(declared[key]);
  const region = liveRegion(live);
  if (region === void 0 || !declared.replicas?.known) return void 0;
  const replica = declared.replicas.value.find((r) => valueOf(r.region) === region);
  return replica ? reading(replica[key]) : void 0;
}
function reading(prop) {
  return prop ? { setting: prop } : {};
}
function declaredWords(prop) {
  if (!prop) return "does not set it";
  return prop.known ? "turns it on" : `leaves it to deploy time (${prop.reason})`;
}
function liveName(live) {
  return valueOf(live.name) ?? live.id;
}

// rules/deletion-protection.ts
var MESSAGES2 = {
  unprotected: "{{table}} can be deleted with its data by a stack operation and nothing stops it: no {{deletionProtection}}, and DeletionPolicy is {{policy}}. Set {{deletionProtection}} or DeletionPolicy: Retain (with UpdateReplacePolicy: Retain).",
  simpleTableUnprotected: "{{table}} can be deleted with its data by a stack operation and nothing stops it: DeletionPolicy is {{policy}} (a SimpleTable has no deletion protection setting). Set DeletionPolicy: Retain and UpdateReplacePolicy: Retain, or declare an AWS::DynamoDB::Table with DeletionProtectionEnabled.",
  snapshotPolicy: "DeletionPolicy Snapshot does not protect {{table}}: CloudFormation snapshots only EC2 volumes, ElastiCache, Neptune, RDS, DocumentDB and Redshift resources, so a stack deletion deletes this table and its data. Set {{deletionProtection}} or DeletionPolicy: Retain.",
  replacementUnprotected: "{{table}} survives a stack deletion (DeletionPolicy {{policy}}) but not a replacement: UpdateReplacePolicy is {{updatePolicy}}, so an update that replaces the table deletes the old one with its data. Set UpdateReplacePolicy: Retain or {{deletionProtection}}.",
  liveOff: "Deletion protection of {{table}} is off on the live table {{name}}, and the declaration {{declared}}: anyone with dynamodb:DeleteTable (a console click, a script) deletes it with its data. Turn it on live (aws dynamodb update-table --table-name {{name}} --deletion-protection-enabled) and set {{deletionProtection}}.",
  unmanagedOff: "Deletion protection of the live table {{name}} (no declaration in the linted code maps to it) is off: anyone with dynamodb:DeleteTable deletes it with its data. Turn it on (aws dynamodb update-table --table-name {{name}} --deletion-protection-enabled).",
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
function otherProtection(table) {
  if (deployerOf(table) === "terraform") {
    if (table.source.format === "terraform-plan") return void 0;
    const preventDestroy = valueOf(table.preventDestroy);
    return table.preventDestroy && preventDestroy === void 0 ? void 0 : preventDestroy === true;
  }
  const policy = table.deletionPolicy;
  return policy?.known ? RETAINING.has(policy.value) : void 0;
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
  },
  needs: () => ["unmanaged-tables-described"],
  checkLive(context) {
    for (const { name, declared, setting } of liveSettingOff(context, "deletionProtection", {
      messageId: "unmanagedOff"
    })) {
      if (!setting?.known && otherProtection(declared) !== false) continue;
      context.report({
        table: declared,
        property: "live:DeletionProtection",
        location: setting?.location ?? declared.location,
        messageId: "liveOff",
        data: {
          table: tableLabel(declared),
          name,
          declared: declaredWords(setting),
          deletionProtection: deployerOf(declared) === "terraform" ? "deletion_protection_enabled = true" : "DeletionProtectionEnabled: true"
        }
      });
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
  liveAwsOwnedKey: "The live table {{name}} of {{table}} is encrypted with an AWS-owned key, and the declaration {{declared}}, but this repository requires {{requirement}}. Change the key live (aws dynamodb update-table --table-name {{name}} --sse-specification Enabled=true,SSEType=KMS,KMSMasterKeyId=<key>) and set {{fix}}.",
  unmanagedAwsOwnedKey: "The live table {{name}} (no declaration in the linted code maps to it) is encrypted with an AWS-owned key, but this repository requires {{requirement}}. Change it (aws dynamodb update-table --table-name {{name}} --sse-specification Enabled=true,SSEType=KMS,KMSMasterKeyId=<key>).",
  awsManagedKey: "{{table}} is encrypted with the AWS-managed key alias/aws/dynamodb, but this repository requires a customer-managed key (its own key policy, rotation and revocation). Set {{fix}}."
};
var KINDS = ["aws-owned", "aws-managed", "customer-managed"];
var AWS_MANAGED_ALIAS = /(^|:)alias\/aws\/dynamodb$/;
function namedKey(key) {
  if (!key) return { atLeast: "aws-managed", exact: true };
  if (!key.known) return { atLeast: "aws-managed", exact: false };
  return AWS_MANAGED_ALIAS.test(key.value) ? { atLeast: "aws-managed", exact: true } : { atLeast: "customer-managed", exact: true };
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
      const key = keyOf(table);
      if (!key) continue;
      const rank = KINDS.indexOf(key.atLeast);
      if (rank >= KINDS.indexOf(require2) || !key.exact) continue;
      const sse = table.sse;
      const location = sse && !(sse.known && sse.defaulted) ? sse.location : table.location;
      const data = {
        table: tableLabel(table),
        requirement: requirementWords(require2),
        fix: fixFor(table, require2)
      };
      report({
        table,
        property: "SSESpecification",
        location,
        messageId: key.atLeast === "aws-owned" ? "awsOwnedKey" : "awsManagedKey",
        data
      });
    }
  },
  needs: () => ["unmanaged-tables-described"],
  // DescribeTable tells an AWS-owned key (no SSEDescription) from a KMS key, not which kind of KMS key.
  checkLive({ pairs, unmanaged, options, report }) {
    const requirement = requirementWords(options.require);
    for (const { declared, live } of livePostures(pairs, unmanaged)) {
      if (!live.sse?.known || live.sse.value.enabled) continue;
      const name = liveName(live);
      if (!declared) {
        report({
          table: live,
          property: "SSESpecification",
          location: live.location,
          messageId: "unmanagedAwsOwnedKey",
          data: { name, requirement }
        });
        continue;
      }
      const key = keyOf(declared);
      if (key?.atLeast === "aws-owned") continue;
      const sse = declared.sse;
      report({
        table: declared,
        property: "live:SSESpecification",
        location: sse && !(sse.known && sse.defaulted) ? sse.location : declared.location,
        messageId: "liveAwsOwnedKey",
        data: {
          table: tableLabel(declared),
          name,
          declared: !sse?.known ? "leaves the key to deploy time" : "asks for a KMS key",
          requirement,
          fix: fixFor(declared, options.require)
        }
      });
    }
  }
});
function requirementWords(require2) {
  return require2 === "aws-managed" ? "a KMS key" : "a customer-managed key";
}

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
function allowOnlyOptions(examples) {
  return {
    type: "object",
    properties: { allow: allowOption(examples) },
    additionalProperties: false
  };
}
function globMatcher(globs) {
  return globs.length ? (0, import_picomatch.default)([...globs], { dot: true }) : () => false;
}

// rules/filter-expression.ts
var filter_expression_default = defineRule({
  id: "filter-expression",
  kind: "code",
  description: "A Scan or Query filtering what it read.",
  severity: "warning",
  messages: {
    scanFilter: "A Scan of {{target}} filters on {{attributes}}: DynamoDB reads and bills every item of the table before the FilterExpression discards the ones that do not match. Serve this access pattern with a GSI keyed on {{attributes}} and Query it.",
    queryFilter: "A Query of {{target}} filters on {{attributes}}: DynamoDB reads and bills every item under the key condition before the FilterExpression discards some. When the filter drops most of them, put {{attributes}} into the sort key (a composite key such as `STATUS#date`) or a GSI, so the key condition selects the items."
  },
  options: allowOnlyOptions("`scripts/**`"),
  check({ uses, tables, options, report }) {
    const allowed = globMatcher(options.allow);
    const identities = new CallIdentities();
    for (const use of uses) {
      const scan = use.operation === "Scan" || use.operation === "ParallelScan";
      if (!scan && use.operation !== "Query" || !use.filter || allowed(use.location.file)) continue;
      const table = declaredTableOf(use, tables);
      const attributes = use.filter.known ? use.filter.value.join(", ") : "computed attributes";
      const index = use.index?.known ? ` (index ${use.index.value})` : "";
      report({
        ...table ? { table } : {},
        property: identities.of(use, `${use.operation}:filter`),
        location: use.filter.location,
        // Filtering a Scan wastes the whole table's reads; a Query's only what its key already selected.
        ...scan ? {} : { severity: "info" },
        messageId: scan ? "scanFilter" : "queryFilter",
        data: { target: `${targetLabel(use, table)}${index}`, attributes }
      });
    }
  }
});

// rules/global-table-replicas.ts
var MESSAGES5 = {
  duplicateRegion: "{{table}} declares a replica in {{region}} twice: a global table has at most one replica per region. Remove one.",
  ownRegionMissing: "{{table}} deploys to {{region}} ({{origin}}), but its Replicas do not list {{region}}: CloudFormation requires an AWS::DynamoDB::GlobalTable to include the stack's own region and rejects the stack otherwise. Add '- Region: {{region}}' (or '- Region: !Ref AWS::Region').",
  noStream: "{{table}} is replicated in {{count}} regions but has no {{stream}}: replication between regions runs on DynamoDB Streams, which a multi-Region eventually consistent global table must have (NEW_AND_OLD_IMAGES is what DynamoDB turns on itself)."
};
function replicasOf(table) {
  return table.replicas?.known ? table.replicas.value : [];
}
function deployRegionOf(table, runRegion) {
  const own = table.source.region;
  return own ? { name: own, origin: `the environment of CDK stack ${table.source.stack ?? ""}`.trimEnd() } : runRegion;
}
var global_table_replicas_default = defineRule({
  id: "global-table-replicas",
  kind: "table",
  description: "A global table declares a region twice, leaves out the stack's own region, or replicates without the DynamoDB stream replication needs.",
  severity: "warning",
  messages: MESSAGES5,
  check({ tables, region: runRegion, report }) {
    for (const table of tables) {
      const replicas = replicasOf(table);
      if (replicas.length === 0) continue;
      const label = tableLabel(table);
      const region = deployRegionOf(table, runRegion);
      if (table.resourceType === "AWS::DynamoDB::GlobalTable" && table.replicas && region) {
        const regions2 = replicas.map((replica) => valueOf(replica.region));
        if (regions2.every((r) => r !== void 0) && !regions2.includes(region.name)) {
          report({
            table,
            property: `Replicas:${region.name}`,
            location: table.replicas.location,
            messageId: "ownRegionMissing",
            // CloudFormation rejects the stack: an error, from known values only.
            severity: "error",
            data: { table: label, region: region.name, origin: region.origin }
          });
        }
      }
      const seen = /* @__PURE__ */ new Set();
      for (const replica of replicas) {
        const region2 = valueOf(replica.region);
        if (region2 === void 0) continue;
        if (seen.has(region2)) {
          report({
            table,
            property: `replica:${region2}`,
            location: replica.region.location,
            messageId: "duplicateRegion",
            data: { table: label, region: region2 }
          });
        }
        seen.add(region2);
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
var NAME = /^[a-zA-Z0-9_.-]{3,255}$/;
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
      if (!name?.known || NAME.test(name.value)) return;
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

// rules/key-condition-mismatch.ts
var key_condition_mismatch_default = defineRule({
  id: "key-condition-mismatch",
  kind: "code",
  description: "A key condition off the queried key schema.",
  severity: "error",
  messages: {
    notAKey: "The key condition names {{attribute}}, which is not a key of {{target}} ({{keys}}): DynamoDB rejects the Query. Move conditions on other attributes to a FilterExpression, or query an index keyed on {{attribute}}.",
    rangeOnPartitionKey: "The key condition uses {{operator}} on the partition key {{attribute}} of {{target}}: a Query must pin the partition key with =, so DynamoDB rejects it. Range conditions belong on the sort key.",
    partitionKeyMissing: "The key condition does not pin the partition key {{attribute}} of {{target}} ({{keys}}): DynamoDB rejects the Query. Add `{{attribute}} = :value`."
  },
  check({ uses, tables, report }) {
    const identities = new CallIdentities();
    for (const use of uses) {
      if (use.operation !== "Query" || !use.keyCondition?.known) continue;
      const table = declaredTableOf(use, tables);
      if (!table) continue;
      const index = use.index ? use.index.known ? use.index.value : void 0 : void 0;
      if (use.index && index === void 0) continue;
      if (index !== void 0 && !declaredIndexes(table)?.some((i) => i.indexName === index)) continue;
      const keys = keysOf(table, index);
      if (!keys) continue;
      const problem = problemOf(use.keyCondition.value, keys);
      if (!problem) continue;
      const target = `${targetLabel(use, table)}${index !== void 0 ? ` (index ${index})` : ""}`;
      report({
        table,
        property: identities.of(use),
        location: problem.location ?? use.keyCondition.location,
        messageId: problem.messageId,
        data: { ...problem.data, target, keys: describeKeys(keys) }
      });
    }
  }
});
function problemOf(terms, keys) {
  const partition = keys.find((key) => key.role === "partition")?.attribute;
  for (const term of terms) {
    if (!keys.some((key) => key.attribute === term.attribute))
      return { messageId: "notAKey", data: { attribute: term.attribute }, location: term.location };
    if (term.attribute === partition && term.operator !== "=")
      return {
        messageId: "rangeOnPartitionKey",
        data: { attribute: term.attribute, operator: term.operator },
        location: term.location
      };
  }
  if (partition !== void 0 && !terms.some((term) => term.attribute === partition))
    return { messageId: "partitionKeyMissing", data: { attribute: partition } };
  return void 0;
}

// rules/key-attribute-definitions.ts
var ATTRIBUTE_TYPES = /* @__PURE__ */ new Set(["S", "N", "B"]);
function allKeyElements(table) {
  const elements = [];
  let complete = table.keySchema.known && table.globalIndexes.known && table.localIndexes.known;
  if (table.keySchema.known) elements.push(...table.keySchema.value.map((key) => ({ key })));
  for (const indexes of [table.globalIndexes, table.localIndexes]) {
    if (!indexes.known) continue;
    for (const index of indexes.value) {
      const name = index.name.known ? index.name.value : "(unnamed)";
      if (index.keySchema.known) elements.push(...index.keySchema.value.map((key) => ({ key, index: name })));
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
      for (const { key, index } of elements) {
        if (!used.has(key.attribute) && !defined.has(key.attribute)) {
          const data = { attribute: key.attribute, attributeDefinitions, table: label };
          report({
            table,
            property: `attribute:${key.attribute}:undefined`,
            location: key.location,
            ...index === void 0 ? { messageId: "tableKeyUndefined", data } : { messageId: "indexKeyUndefined", data: { ...data, index } }
          });
        }
        used.add(key.attribute);
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
function words2(name) {
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
  const parts = words2(examined);
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
      const key = partition[0];
      const reason = reasons[0];
      const names = partition.map((k) => `"${k.attribute}"`).join(" + ");
      report({
        table,
        property,
        location: key.location,
        messageId: reason.messageId,
        data: { names, where, attribute: key.attribute, ..."word" in reason ? { word: reason.word } : {} }
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
  options: allowOnlyOptions("`scripts/**`"),
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
      const problem = problemOf2(select, partitionKey);
      if (!problem) continue;
      const scope = use.scope ?? "<module>";
      const key = `${use.location.file}\0${scope}`;
      const rank = (ranks.get(key) ?? 0) + 1;
      ranks.set(key, rank);
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
function problemOf2(select, partitionKey) {
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
  liveOff: "Point-in-time recovery of {{table}} is off on the live table {{name}}, and the declaration {{declared}}: a bad write or delete cannot be undone there. Turn it on live (aws dynamodb update-continuous-backups --table-name {{name}} --point-in-time-recovery-specification PointInTimeRecoveryEnabled=true) and set {{fix}}.",
  unmanagedOff: "Point-in-time recovery of the live table {{name}} (no declaration in the linted code maps to it) is off: a bad write or delete cannot be undone. Turn it on (aws dynamodb update-continuous-backups --table-name {{name}} --point-in-time-recovery-specification PointInTimeRecoveryEnabled=true).",
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
      const pitr = table.pointInTimeRecovery;
      if (pitr && valueOf(pitr) === false) {
        report({
          table,
          property: "PointInTimeRecovery",
          location: at(pitr, table.location),
          messageId: "off",
          data: {
            table: label,
            fix: declarationFix(table),
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
  },
  // DescribeContinuousBackups says what is live; a server that cannot answer leaves it unknown (silent).
  needs: () => ["unmanaged-tables-described"],
  checkLive(context) {
    for (const { name, declared, setting } of liveSettingOff(context, "pointInTimeRecovery", {
      messageId: "unmanagedOff"
    })) {
      context.report({
        table: declared,
        property: "live:PointInTimeRecovery",
        location: setting?.location ?? declared.location,
        messageId: "liveOff",
        data: {
          table: tableLabel(declared),
          name,
          declared: declaredWords(setting),
          fix: declarationFix(declared)
        }
      });
    }
  }
});
function declarationFix(table) {
  const words3 = vocabularyOf(table);
  if (table.id.startsWith("module.")) return MODULE_FIX;
  return table.resourceType === "AWS::DynamoDB::GlobalTable" ? words3.replicaPointInTimeRecoveryOn : words3.pointInTimeRecoveryOn;
}
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
  indexFixed: "Global index {{index}} of {{table}} has fixed provisioned capacity and no Application Auto Scaling target. Add {{scaling}} for the index (dimension dynamodb:index:ReadCapacityUnits / WriteCapacityUnits).",
  fixedTarget: "{{target}} scales {{what}} of {{table}} between {{min}} {{capacity}} and {{max}} {{capacity}}: autoscaling that cannot scale, so traffic above {{capacity}} is throttled as with fixed capacity (the capacity {{target}} manages is declared at {{declaredAt}}). Raise {{max}} to the most the table may use."
};
function scaledWhat(target) {
  const unit = /ReadCapacityUnits$/.test(target.dimension ?? "") ? "the read capacity" : /WriteCapacityUnits$/.test(target.dimension ?? "") ? "the write capacity" : "the capacity";
  return target.index ? `${unit} of global index ${target.index}` : unit;
}
function declaredCapacity(table, target) {
  if (target.index && table.globalIndexes.known) {
    const index = table.globalIndexes.value.find((i) => valueOf(i.name) === target.index);
    if (index) return indexLocation(index);
  }
  return table.throughput?.location ?? table.location;
}
function lineReference(location, from) {
  return location.file === from.file ? `line ${location.line}` : `${location.file}:${location.line}`;
}
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
      const terraform = deployerOf(table) === "terraform";
      for (const target of table.fixedScaling ?? []) {
        report({
          table,
          property: `scaling:${target.target}${target.index ? `:index:${target.index}` : ""}`,
          location: target.location,
          messageId: "fixedTarget",
          // Capacity that cannot move throttles like a fixed table; that is a problem, not a suggestion.
          severity: "warning",
          data: {
            target: target.target,
            what: scaledWhat(target),
            table: tableLabel(table),
            min: terraform ? "min_capacity" : "MinCapacity",
            max: terraform ? "max_capacity" : "MaxCapacity",
            capacity: target.capacity,
            declaredAt: lineReference(declaredCapacity(table, target), target.location)
          }
        });
      }
      const scaling = terraform ? 'an aws_appautoscaling_target (service_namespace = "dynamodb") with a target-tracking policy' : "an AWS::ApplicationAutoScaling::ScalableTarget (ServiceNamespace: dynamodb) with a target-tracking policy";
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
          enum: ["Delete", "Retain", "RetainExceptOnCreate"],
          $comment: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-deletionpolicy.html"
        },
        UpdateReplacePolicy: {
          type: "string",
          enum: ["Delete", "Retain"],
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
          enum: ["Delete", "Retain", "RetainExceptOnCreate"],
          $comment: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-deletionpolicy.html"
        },
        UpdateReplacePolicy: {
          type: "string",
          enum: ["Delete", "Retain"],
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
          enum: ["Delete", "Retain", "RetainExceptOnCreate"],
          $comment: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-deletionpolicy.html"
        },
        UpdateReplacePolicy: {
          type: "string",
          enum: ["Delete", "Retain"],
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

// rules/resource-schema/terraform-schemas.json
var terraform_schemas_default = {
  $comment: "Generated by scripts/terraform-schemas.ts; do not edit. Source: @cdktn/provider-aws@25.7.0, with the constraints listed in the script.",
  source: {
    package: "@cdktn/provider-aws",
    version: "25.7.0",
    provider: "registry.terraform.io/hashicorp/aws",
    providerVersion: "6.66.0"
  },
  resources: {
    aws_dynamodb_table: {
      $comment: "aws_dynamodb_table: arguments, blocks and types from the provider bindings; constraints with a $comment are added from the page it names",
      type: "object",
      properties: {
        attribute: {
          type: "array",
          items: {
            type: "object",
            properties: {
              name: {
                type: "string",
                minLength: 1,
                maxLength: 255,
                $comment: "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_AttributeDefinition.html"
              },
              type: { type: "string" }
            },
            required: ["name", "type"],
            additionalProperties: false
          }
        },
        billing_mode: { type: "string" },
        deletion_protection_enabled: { type: "boolean" },
        global_secondary_index: {
          type: "array",
          items: {
            type: "object",
            properties: {
              hash_key: { type: "string" },
              key_schema: {
                type: "array",
                items: {
                  type: "object",
                  properties: {
                    attribute_name: { type: "string" },
                    key_type: {
                      type: "string",
                      enum: ["HASH", "RANGE"],
                      $comment: "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_KeySchemaElement.html"
                    }
                  },
                  required: ["attribute_name", "key_type"],
                  additionalProperties: false
                }
              },
              name: { type: "string" },
              non_key_attributes: {
                type: "array",
                items: { type: "string", minLength: 1, maxLength: 255 },
                maxItems: 20,
                $comment: "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Projection.html"
              },
              on_demand_throughput: {
                type: "array",
                maxItems: 1,
                items: {
                  type: "object",
                  properties: {
                    max_read_request_units: { type: "number" },
                    max_write_request_units: { type: "number" }
                  },
                  additionalProperties: false
                }
              },
              projection_type: {
                type: "string",
                enum: ["ALL", "INCLUDE", "KEYS_ONLY"],
                $comment: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table#projection_type"
              },
              range_key: { type: "string" },
              read_capacity: {
                type: "integer",
                $comment: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table#read_capacity"
              },
              warm_throughput: {
                type: "array",
                maxItems: 1,
                items: {
                  type: "object",
                  properties: {
                    read_units_per_second: { type: "number" },
                    write_units_per_second: { type: "number" }
                  },
                  additionalProperties: false
                }
              },
              write_capacity: {
                type: "integer",
                $comment: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table#write_capacity"
              }
            },
            required: ["name", "projection_type"],
            additionalProperties: false
          }
        },
        global_table_witness: {
          type: "array",
          maxItems: 1,
          items: {
            type: "object",
            properties: { region_name: { type: "string" } },
            additionalProperties: false
          }
        },
        hash_key: { type: "string" },
        id: { type: "string" },
        import_table: {
          type: "array",
          maxItems: 1,
          items: {
            type: "object",
            properties: {
              input_compression_type: {
                type: "string",
                enum: ["GZIP", "NONE", "ZSTD"],
                $comment: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table#input_compression_type"
              },
              input_format: {
                type: "string",
                enum: ["CSV", "DYNAMODB_JSON", "ION"],
                $comment: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table#input_format"
              },
              input_format_options: {
                type: "array",
                maxItems: 1,
                items: {
                  type: "object",
                  properties: {
                    csv: {
                      type: "array",
                      maxItems: 1,
                      items: {
                        type: "object",
                        properties: {
                          delimiter: { type: "string" },
                          header_list: { type: "array", items: { type: "string" } }
                        },
                        additionalProperties: false
                      }
                    }
                  },
                  additionalProperties: false
                }
              },
              s3_bucket_source: {
                type: "array",
                maxItems: 1,
                items: {
                  type: "object",
                  properties: {
                    bucket: { type: "string" },
                    bucket_owner: { type: "string" },
                    key_prefix: { type: "string" }
                  },
                  required: ["bucket"],
                  additionalProperties: false
                }
              }
            },
            required: ["input_format", "s3_bucket_source"],
            additionalProperties: false
          }
        },
        local_secondary_index: {
          type: "array",
          items: {
            type: "object",
            properties: {
              name: { type: "string" },
              non_key_attributes: {
                type: "array",
                items: { type: "string", minLength: 1, maxLength: 255 },
                maxItems: 20,
                $comment: "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Projection.html"
              },
              projection_type: {
                type: "string",
                enum: ["ALL", "INCLUDE", "KEYS_ONLY"],
                $comment: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table#projection_type"
              },
              range_key: { type: "string" }
            },
            required: ["name", "projection_type", "range_key"],
            additionalProperties: false
          }
        },
        name: { type: "string" },
        on_demand_throughput: {
          type: "array",
          maxItems: 1,
          items: {
            type: "object",
            properties: {
              max_read_request_units: { type: "number" },
              max_write_request_units: { type: "number" }
            },
            additionalProperties: false
          }
        },
        point_in_time_recovery: {
          type: "array",
          maxItems: 1,
          items: {
            type: "object",
            properties: {
              enabled: { type: "boolean" },
              recovery_period_in_days: {
                type: "integer",
                minimum: 1,
                maximum: 35,
                $comment: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table#recovery_period_in_days"
              }
            },
            required: ["enabled"],
            additionalProperties: false
          }
        },
        range_key: { type: "string" },
        read_capacity: {
          type: "integer",
          $comment: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table#read_capacity"
        },
        region: { type: "string" },
        replica: {
          type: "array",
          items: {
            type: "object",
            properties: {
              consistency_mode: {
                type: "string",
                enum: ["EVENTUAL", "STRONG"],
                $comment: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table#consistency_mode"
              },
              deletion_protection_enabled: { type: "boolean" },
              kms_key_arn: { type: "string" },
              point_in_time_recovery: { type: "boolean" },
              propagate_tags: { type: "boolean" },
              region_name: { type: "string" }
            },
            required: ["region_name"],
            additionalProperties: false
          }
        },
        restore_backup_arn: { type: "string" },
        restore_date_time: { type: "string" },
        restore_source_name: { type: "string" },
        restore_source_table_arn: { type: "string" },
        restore_to_latest_time: { type: "boolean" },
        server_side_encryption: {
          type: "array",
          maxItems: 1,
          items: {
            type: "object",
            properties: { enabled: { type: "boolean" }, kms_key_arn: { type: "string" } },
            required: ["enabled"],
            additionalProperties: false
          }
        },
        stream_enabled: { type: "boolean" },
        stream_view_type: {
          type: "string",
          enum: ["", "NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES", "KEYS_ONLY"],
          $comment: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table#stream_view_type"
        },
        table_class: {
          type: "string",
          enum: ["STANDARD", "STANDARD_INFREQUENT_ACCESS"],
          $comment: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table#table_class"
        },
        tags: { type: "object", additionalProperties: { type: "string" } },
        tags_all: { type: "object", additionalProperties: { type: "string" } },
        timeouts: {
          type: "array",
          maxItems: 1,
          items: {
            type: "object",
            properties: {
              create: { type: "string" },
              delete: { type: "string" },
              update: { type: "string" }
            },
            additionalProperties: false
          }
        },
        ttl: {
          type: "array",
          maxItems: 1,
          items: {
            type: "object",
            properties: {
              attribute_name: {
                type: "string",
                maxLength: 255,
                $comment: "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TimeToLiveSpecification.html"
              },
              enabled: { type: "boolean" }
            },
            additionalProperties: false
          }
        },
        warm_throughput: {
          type: "array",
          maxItems: 1,
          items: {
            type: "object",
            properties: {
              read_units_per_second: { type: "number" },
              write_units_per_second: { type: "number" }
            },
            additionalProperties: false
          }
        },
        write_capacity: {
          type: "integer",
          $comment: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table#write_capacity"
        }
      },
      required: ["name"],
      additionalProperties: false
    },
    aws_dynamodb_table_replica: {
      $comment: "aws_dynamodb_table_replica: arguments, blocks and types from the provider bindings; constraints with a $comment are added from the page it names",
      type: "object",
      properties: {
        deletion_protection_enabled: { type: "boolean" },
        global_table_arn: { type: "string" },
        id: { type: "string" },
        kms_key_arn: { type: "string" },
        point_in_time_recovery: { type: "boolean" },
        region: { type: "string" },
        table_class_override: {
          type: "string",
          enum: ["STANDARD", "STANDARD_INFREQUENT_ACCESS"],
          $comment: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table_replica#table_class_override"
        },
        tags: { type: "object", additionalProperties: { type: "string" } },
        tags_all: { type: "object", additionalProperties: { type: "string" } },
        timeouts: {
          type: "array",
          maxItems: 1,
          items: {
            type: "object",
            properties: {
              create: { type: "string" },
              delete: { type: "string" },
              update: { type: "string" }
            },
            additionalProperties: false
          }
        }
      },
      required: ["global_table_arn"],
      additionalProperties: false
    },
    aws_dynamodb_global_secondary_index: {
      $comment: "aws_dynamodb_global_secondary_index: arguments, blocks and types from the provider bindings; constraints with a $comment are added from the page it names",
      type: "object",
      properties: {
        index_name: { type: "string" },
        key_schema: {
          type: "array",
          items: {
            type: "object",
            properties: {
              attribute_name: { type: "string" },
              attribute_type: {
                type: "string",
                enum: ["S", "N", "B"],
                $comment: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_global_secondary_index#attribute_type"
              },
              key_type: {
                type: "string",
                enum: ["HASH", "RANGE"],
                $comment: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_global_secondary_index#key_type"
              }
            },
            required: ["attribute_name", "attribute_type", "key_type"],
            additionalProperties: false
          }
        },
        on_demand_throughput: {
          type: "array",
          items: {
            type: "object",
            properties: {
              max_read_request_units: { type: "number" },
              max_write_request_units: { type: "number" }
            },
            additionalProperties: false
          }
        },
        projection: {
          type: "array",
          items: {
            type: "object",
            properties: {
              non_key_attributes: {
                type: "array",
                items: { type: "string", minLength: 1, maxLength: 255 },
                maxItems: 20,
                $comment: "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Projection.html"
              },
              projection_type: {
                type: "string",
                enum: ["ALL", "INCLUDE", "KEYS_ONLY"],
                $comment: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_global_secondary_index#projection_type"
              }
            },
            required: ["projection_type"],
            additionalProperties: false
          }
        },
        provisioned_throughput: {
          type: "array",
          items: {
            type: "object",
            properties: {
              read_capacity_units: { type: "number" },
              write_capacity_units: { type: "number" }
            },
            additionalProperties: false
          }
        },
        region: { type: "string" },
        table_name: { type: "string" },
        timeouts: {
          type: "array",
          maxItems: 1,
          items: {
            type: "object",
            properties: {
              create: { type: "string" },
              delete: { type: "string" },
              update: { type: "string" }
            },
            additionalProperties: false
          }
        },
        warm_throughput: {
          type: "array",
          maxItems: 1,
          items: {
            type: "object",
            properties: {
              read_units_per_second: { type: "number" },
              write_units_per_second: { type: "number" }
            },
            additionalProperties: false
          }
        }
      },
      required: ["index_name", "table_name"],
      additionalProperties: false
    },
    aws_dynamodb_global_table: {
      $comment: "aws_dynamodb_global_table: arguments, blocks and types from the provider bindings; constraints with a $comment are added from the page it names",
      type: "object",
      properties: {
        id: { type: "string" },
        name: { type: "string" },
        region: { type: "string" },
        replica: {
          type: "array",
          items: {
            type: "object",
            properties: { region_name: { type: "string" } },
            required: ["region_name"],
            additionalProperties: false
          },
          minItems: 1,
          $comment: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_global_table#replica"
        },
        timeouts: {
          type: "array",
          maxItems: 1,
          items: {
            type: "object",
            properties: {
              create: { type: "string" },
              delete: { type: "string" },
              update: { type: "string" }
            },
            additionalProperties: false
          }
        }
      },
      required: ["name", "replica"],
      additionalProperties: false
    }
  }
};

// rules/resource-schema/ajv-options.json
var ajv_options_default = {
  allErrors: true,
  strict: false,
  validateSchema: false,
  inlineRefs: false,
  code: { optimize: false }
};

// dynalint-precompiled:strict
var v0 = validate0;
var schema0 = { "$comment": "AWS::DynamoDB::GlobalTable: properties and types from the resource database; constraints with a $comment are added from the page it names", "type": "object", "properties": { "Properties": { "type": "object", "properties": { "AttributeDefinitions": { "type": "array", "items": { "$ref": "#/definitions/AttributeDefinition" } }, "BillingMode": { "type": "string" }, "GlobalSecondaryIndexes": { "type": "array", "items": { "$ref": "#/definitions/GlobalSecondaryIndex" } }, "GlobalTableSourceArn": { "type": "string" }, "GlobalTableWitnesses": { "type": "array", "items": { "$ref": "#/definitions/GlobalTableWitness" } }, "KeySchema": { "type": "array", "items": { "$ref": "#/definitions/KeySchema" } }, "LocalSecondaryIndexes": { "type": "array", "items": { "$ref": "#/definitions/LocalSecondaryIndex" } }, "MultiRegionConsistency": { "type": "string", "enum": ["EVENTUAL", "STRONG"] }, "ReadOnDemandThroughputSettings": { "$ref": "#/definitions/ReadOnDemandThroughputSettings" }, "ReadProvisionedThroughputSettings": { "$ref": "#/definitions/GlobalReadProvisionedThroughputSettings" }, "Replicas": { "type": "array", "items": { "$ref": "#/definitions/ReplicaSpecification" }, "minItems": 1, "$comment": "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-dynamodb-globaltable.html#cfn-dynamodb-globaltable-replicas" }, "SSESpecification": { "$ref": "#/definitions/SSESpecification" }, "StreamSpecification": { "$ref": "#/definitions/StreamSpecification" }, "TableName": { "type": "string" }, "TimeToLiveSpecification": { "$ref": "#/definitions/TimeToLiveSpecification" }, "VectorIndexes": { "type": "array", "items": { "$ref": "#/definitions/VectorIndex" } }, "WarmThroughput": { "$ref": "#/definitions/WarmThroughput" }, "WriteOnDemandThroughputSettings": { "$ref": "#/definitions/WriteOnDemandThroughputSettings" }, "WriteProvisionedThroughputSettings": { "$ref": "#/definitions/WriteProvisionedThroughputSettings" }, "TableClass": { "enum": ["STANDARD", "STANDARD_INFREQUENT_ACCESS"], "$comment": "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-dynamodb-table.html#cfn-dynamodb-table-tableclass" } }, "required": ["Replicas"], "additionalProperties": false }, "DeletionPolicy": { "type": "string", "enum": ["Delete", "Retain", "RetainExceptOnCreate"], "$comment": "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-deletionpolicy.html" }, "UpdateReplacePolicy": { "type": "string", "enum": ["Delete", "Retain"], "$comment": "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-updatereplacepolicy.html" } }, "definitions": { "AttributeDefinition": { "type": "object", "properties": { "AttributeName": { "type": "string", "minLength": 1, "maxLength": 255, "$comment": "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_AttributeDefinition.html" }, "AttributeType": { "type": "string" } }, "required": ["AttributeName", "AttributeType"], "additionalProperties": false }, "GlobalSecondaryIndex": { "type": "object", "properties": { "IndexName": { "type": "string" }, "KeySchema": { "type": "array", "items": { "$ref": "#/definitions/KeySchema" } }, "Projection": { "$ref": "#/definitions/Projection" }, "ReadOnDemandThroughputSettings": { "$ref": "#/definitions/ReadOnDemandThroughputSettings" }, "ReadProvisionedThroughputSettings": { "$ref": "#/definitions/GlobalReadProvisionedThroughputSettings" }, "WarmThroughput": { "$ref": "#/definitions/WarmThroughput" }, "WriteOnDemandThroughputSettings": { "$ref": "#/definitions/WriteOnDemandThroughputSettings" }, "WriteProvisionedThroughputSettings": { "$ref": "#/definitions/WriteProvisionedThroughputSettings" } }, "required": ["IndexName", "KeySchema", "Projection"], "additionalProperties": false }, "KeySchema": { "type": "object", "properties": { "AttributeName": { "type": "string", "minLength": 1, "maxLength": 255, "$comment": "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_KeySchemaElement.html" }, "KeyType": { "type": "string", "enum": ["HASH", "RANGE"], "$comment": "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_KeySchemaElement.html" } }, "required": ["AttributeName", "KeyType"], "additionalProperties": false }, "Projection": { "type": "object", "properties": { "NonKeyAttributes": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 255 }, "minItems": 1, "maxItems": 20, "$comment": "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Projection.html" }, "ProjectionType": { "type": "string", "enum": ["ALL", "KEYS_ONLY", "INCLUDE"], "$comment": "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Projection.html" } }, "additionalProperties": false }, "ReadOnDemandThroughputSettings": { "type": "object", "properties": { "MaxReadRequestUnits": { "type": "integer", "minimum": 1, "$comment": "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-dynamodb-globaltable-readondemandthroughputsettings.html" } }, "additionalProperties": false }, "GlobalReadProvisionedThroughputSettings": { "type": "object", "properties": { "ReadCapacityUnits": { "type": "integer" } }, "additionalProperties": false }, "WarmThroughput": { "type": "object", "properties": { "ReadUnitsPerSecond": { "type": "integer", "minimum": 1, "$comment": "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-dynamodb-table-warmthroughput.html" }, "WriteUnitsPerSecond": { "type": "integer", "minimum": 1, "$comment": "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-dynamodb-table-warmthroughput.html" } }, "additionalProperties": false }, "WriteOnDemandThroughputSettings": { "type": "object", "properties": { "MaxWriteRequestUnits": { "type": "integer", "minimum": 1, "$comment": "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-dynamodb-globaltable-writeondemandthroughputsettings.html" } }, "additionalProperties": false }, "WriteProvisionedThroughputSettings": { "type": "object", "properties": { "WriteCapacityAutoScalingSettings": { "$ref": "#/definitions/CapacityAutoScalingSettings" } }, "additionalProperties": false }, "CapacityAutoScalingSettings": { "type": "object", "properties": { "MaxCapacity": { "type": "integer", "minimum": 1, "$comment": "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-dynamodb-globaltable-capacityautoscalingsettings.html" }, "MinCapacity": { "type": "integer", "minimum": 1, "$comment": "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-dynamodb-globaltable-capacityautoscalingsettings.html" }, "SeedCapacity": { "type": "integer" }, "TargetTrackingScalingPolicyConfiguration": { "$ref": "#/definitions/TargetTrackingScalingPolicyConfiguration" } }, "required": ["MaxCapacity", "MinCapacity", "TargetTrackingScalingPolicyConfiguration"], "additionalProperties": false }, "TargetTrackingScalingPolicyConfiguration": { "type": "object", "properties": { "DisableScaleIn": { "type": "boolean" }, "ScaleInCooldown": { "type": "integer" }, "ScaleOutCooldown": { "type": "integer" }, "TargetValue": { "type": "number" } }, "required": ["TargetValue"], "additionalProperties": false }, "GlobalTableWitness": { "type": "object", "properties": { "Region": { "type": "string" } }, "additionalProperties": false }, "LocalSecondaryIndex": { "type": "object", "properties": { "IndexName": { "type": "string" }, "KeySchema": { "type": "array", "items": { "$ref": "#/definitions/KeySchema" } }, "Projection": { "$ref": "#/definitions/Projection" } }, "required": ["IndexName", "KeySchema", "Projection"], "additionalProperties": false }, "ReplicaSpecification": { "type": "object", "properties": { "ContributorInsightsSpecification": { "$ref": "#/definitions/ContributorInsightsSpecification" }, "DeletionProtectionEnabled": { "type": "boolean" }, "GlobalSecondaryIndexes": { "type": "array", "items": { "$ref": "#/definitions/ReplicaGlobalSecondaryIndexSpecification" } }, "GlobalTableSettingsReplicationMode": { "type": "string", "enum": ["ENABLED", "DISABLED"] }, "KinesisStreamSpecification": { "$ref": "#/definitions/KinesisStreamSpecification" }, "PointInTimeRecoverySpecification": { "$ref": "#/definitions/PointInTimeRecoverySpecification" }, "ReadOnDemandThroughputSettings": { "$ref": "#/definitions/ReadOnDemandThroughputSettings" }, "ReadProvisionedThroughputSettings": { "$ref": "#/definitions/ReadProvisionedThroughputSettings" }, "Region": { "type": "string" }, "ReplicaStreamSpecification": { "$ref": "#/definitions/ReplicaStreamSpecification" }, "ResourcePolicy": { "$ref": "#/definitions/ResourcePolicy" }, "SSESpecification": { "$ref": "#/definitions/ReplicaSSESpecification" }, "TableClass": { "type": "string", "enum": ["STANDARD", "STANDARD_INFREQUENT_ACCESS"], "$comment": "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-dynamodb-globaltable-replicaspecification.html" }, "Tags": { "type": "array", "items": { "$ref": "#/definitions/Tag" } } }, "required": ["Region"], "additionalProperties": false }, "ContributorInsightsSpecification": { "type": "object", "properties": { "Enabled": { "type": "boolean" }, "Mode": { "type": "string", "enum": ["ACCESSED_AND_THROTTLED_KEYS", "THROTTLED_KEYS"] } }, "required": ["Enabled"], "additionalProperties": false }, "ReplicaGlobalSecondaryIndexSpecification": { "type": "object", "properties": { "ContributorInsightsSpecification": { "$ref": "#/definitions/ContributorInsightsSpecification" }, "IndexName": { "type": "string" }, "ReadOnDemandThroughputSettings": { "$ref": "#/definitions/ReadOnDemandThroughputSettings" }, "ReadProvisionedThroughputSettings": { "$ref": "#/definitions/ReadProvisionedThroughputSettings" } }, "required": ["IndexName"], "additionalProperties": false }, "ReadProvisionedThroughputSettings": { "type": "object", "properties": { "ReadCapacityAutoScalingSettings": { "$ref": "#/definitions/CapacityAutoScalingSettings" }, "ReadCapacityUnits": { "type": "integer", "minimum": 1, "$comment": "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-dynamodb-globaltable-readprovisionedthroughputsettings.html" } }, "additionalProperties": false }, "KinesisStreamSpecification": { "type": "object", "properties": { "ApproximateCreationDateTimePrecision": { "type": "string", "enum": ["MICROSECOND", "MILLISECOND"] }, "StreamArn": { "type": "string" } }, "required": ["StreamArn"], "additionalProperties": false }, "PointInTimeRecoverySpecification": { "type": "object", "properties": { "PointInTimeRecoveryEnabled": { "type": "boolean" }, "RecoveryPeriodInDays": { "type": "integer", "minimum": 1, "maximum": 35, "$comment": "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PointInTimeRecoverySpecification.html" } }, "additionalProperties": false }, "ReplicaStreamSpecification": { "type": "object", "properties": { "ResourcePolicy": { "$ref": "#/definitions/ResourcePolicy" }, "Tags": { "type": "array", "items": { "$ref": "#/definitions/Tag" } } }, "additionalProperties": false }, "ResourcePolicy": { "type": "object", "properties": { "PolicyDocument": {} }, "required": ["PolicyDocument"], "additionalProperties": false }, "Tag": { "type": "object", "properties": { "Key": { "type": "string", "minLength": 1, "maxLength": 128, "$comment": "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-resource-tags.html" }, "Value": { "type": "string", "maxLength": 256, "$comment": "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-resource-tags.html" } }, "required": ["Key", "Value"], "additionalProperties": false }, "ReplicaSSESpecification": { "type": "object", "properties": { "KMSMasterKeyId": { "type": "string" } }, "required": ["KMSMasterKeyId"], "additionalProperties": false }, "SSESpecification": { "type": "object", "properties": { "SSEEnabled": { "type": "boolean" }, "SSEType": { "type": "string", "enum": ["KMS"], "$comment": "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-dynamodb-table-ssespecification.html" } }, "required": ["SSEEnabled"], "additionalProperties": false }, "StreamSpecification": { "type": "object", "properties": { "StreamViewType": { "type": "string", "enum": ["NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES", "KEYS_ONLY"], "$comment": "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_StreamSpecification.html" } }, "required": ["StreamViewType"], "additionalProperties": false }, "TimeToLiveSpecification": { "type": "object", "properties": { "AttributeName": { "type": "string", "minLength": 1, "maxLength": 255, "$comment": "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TimeToLiveSpecification.html" }, "Enabled": { "type": "boolean" } }, "required": ["Enabled"], "additionalProperties": false }, "VectorIndex": { "type": "object", "properties": { "Dimensions": { "type": "integer" }, "DistanceFunction": { "type": "string", "enum": ["COSINE", "DOT_PRODUCT", "EUCLIDEAN"] }, "IndexName": { "type": "string" }, "Projection": { "$ref": "#/definitions/Projection" }, "SearchSchema": { "type": "array", "items": { "$ref": "#/definitions/SearchSchemaElement" } }, "VectorAttribute": { "$ref": "#/definitions/VectorAttribute" } }, "required": ["Dimensions", "DistanceFunction", "IndexName", "Projection", "VectorAttribute"], "additionalProperties": false }, "SearchSchemaElement": { "type": "object", "properties": { "AttributeName": { "type": "string" }, "SearchSchemaElementType": { "type": "string", "enum": ["HASH", "INLINE_FILTER"] } }, "required": ["AttributeName", "SearchSchemaElementType"], "additionalProperties": false }, "VectorAttribute": { "type": "object", "properties": { "AttributeName": { "type": "string" } }, "required": ["AttributeName"], "additionalProperties": false } } };
var func0 = Object.prototype.hasOwnProperty;
var func1 = require_ucs2length().default;
function validate1(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.AttributeName === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "AttributeName" }, message: "must have required property 'AttributeName'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.AttributeType === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "AttributeType" }, message: "must have required property 'AttributeType'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "AttributeName" || key0 === "AttributeType")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.AttributeName !== void 0) {
      let data0 = data.AttributeName;
      if (typeof data0 === "string") {
        if (func1(data0) > 255) {
          const err3 = { instancePath: instancePath + "/AttributeName", schemaPath: "#/properties/AttributeName/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err4 = { instancePath: instancePath + "/AttributeName", schemaPath: "#/properties/AttributeName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/AttributeName", schemaPath: "#/properties/AttributeName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.AttributeType !== void 0) {
      if (typeof data.AttributeType !== "string") {
        const err6 = { instancePath: instancePath + "/AttributeType", schemaPath: "#/properties/AttributeType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate1.errors = vErrors;
  return errors === 0;
}
var schema3 = { "type": "object", "properties": { "AttributeName": { "type": "string", "minLength": 1, "maxLength": 255, "$comment": "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_KeySchemaElement.html" }, "KeyType": { "type": "string", "enum": ["HASH", "RANGE"], "$comment": "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_KeySchemaElement.html" } }, "required": ["AttributeName", "KeyType"], "additionalProperties": false };
function validate4(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.AttributeName === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "AttributeName" }, message: "must have required property 'AttributeName'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.KeyType === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "KeyType" }, message: "must have required property 'KeyType'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "AttributeName" || key0 === "KeyType")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.AttributeName !== void 0) {
      let data0 = data.AttributeName;
      if (typeof data0 === "string") {
        if (func1(data0) > 255) {
          const err3 = { instancePath: instancePath + "/AttributeName", schemaPath: "#/properties/AttributeName/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err4 = { instancePath: instancePath + "/AttributeName", schemaPath: "#/properties/AttributeName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/AttributeName", schemaPath: "#/properties/AttributeName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.KeyType !== void 0) {
      let data1 = data.KeyType;
      if (typeof data1 !== "string") {
        const err6 = { instancePath: instancePath + "/KeyType", schemaPath: "#/properties/KeyType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (!(data1 === "HASH" || data1 === "RANGE")) {
        const err7 = { instancePath: instancePath + "/KeyType", schemaPath: "#/properties/KeyType/enum", keyword: "enum", params: { allowedValues: schema3.properties.KeyType.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate4.errors = vErrors;
  return errors === 0;
}
var schema4 = { "type": "object", "properties": { "NonKeyAttributes": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 255 }, "minItems": 1, "maxItems": 20, "$comment": "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Projection.html" }, "ProjectionType": { "type": "string", "enum": ["ALL", "KEYS_ONLY", "INCLUDE"], "$comment": "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Projection.html" } }, "additionalProperties": false };
function validate6(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "NonKeyAttributes" || key0 === "ProjectionType")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.NonKeyAttributes !== void 0) {
      let data0 = data.NonKeyAttributes;
      if (Array.isArray(data0)) {
        if (data0.length > 20) {
          const err1 = { instancePath: instancePath + "/NonKeyAttributes", schemaPath: "#/properties/NonKeyAttributes/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data0.length < 1) {
          const err2 = { instancePath: instancePath + "/NonKeyAttributes", schemaPath: "#/properties/NonKeyAttributes/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (func1(data1) > 255) {
              const err3 = { instancePath: instancePath + "/NonKeyAttributes/" + i0, schemaPath: "#/properties/NonKeyAttributes/items/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters" };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (func1(data1) < 1) {
              const err4 = { instancePath: instancePath + "/NonKeyAttributes/" + i0, schemaPath: "#/properties/NonKeyAttributes/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/NonKeyAttributes/" + i0, schemaPath: "#/properties/NonKeyAttributes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/NonKeyAttributes", schemaPath: "#/properties/NonKeyAttributes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.ProjectionType !== void 0) {
      let data2 = data.ProjectionType;
      if (typeof data2 !== "string") {
        const err7 = { instancePath: instancePath + "/ProjectionType", schemaPath: "#/properties/ProjectionType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (!(data2 === "ALL" || data2 === "KEYS_ONLY" || data2 === "INCLUDE")) {
        const err8 = { instancePath: instancePath + "/ProjectionType", schemaPath: "#/properties/ProjectionType/enum", keyword: "enum", params: { allowedValues: schema4.properties.ProjectionType.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate6.errors = vErrors;
  return errors === 0;
}
function validate8(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "MaxReadRequestUnits")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.MaxReadRequestUnits !== void 0) {
      let data0 = data.MaxReadRequestUnits;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)))) {
        const err1 = { instancePath: instancePath + "/MaxReadRequestUnits", schemaPath: "#/properties/MaxReadRequestUnits/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (typeof data0 == "number") {
        if (data0 < 1 || isNaN(data0)) {
          const err2 = { instancePath: instancePath + "/MaxReadRequestUnits", schemaPath: "#/properties/MaxReadRequestUnits/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate8.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "ReadCapacityUnits")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.ReadCapacityUnits !== void 0) {
      let data0 = data.ReadCapacityUnits;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)))) {
        const err1 = { instancePath: instancePath + "/ReadCapacityUnits", schemaPath: "#/properties/ReadCapacityUnits/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "ReadUnitsPerSecond" || key0 === "WriteUnitsPerSecond")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.ReadUnitsPerSecond !== void 0) {
      let data0 = data.ReadUnitsPerSecond;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)))) {
        const err1 = { instancePath: instancePath + "/ReadUnitsPerSecond", schemaPath: "#/properties/ReadUnitsPerSecond/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (typeof data0 == "number") {
        if (data0 < 1 || isNaN(data0)) {
          const err2 = { instancePath: instancePath + "/ReadUnitsPerSecond", schemaPath: "#/properties/ReadUnitsPerSecond/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
    if (data.WriteUnitsPerSecond !== void 0) {
      let data1 = data.WriteUnitsPerSecond;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)))) {
        const err3 = { instancePath: instancePath + "/WriteUnitsPerSecond", schemaPath: "#/properties/WriteUnitsPerSecond/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data1 == "number") {
        if (data1 < 1 || isNaN(data1)) {
          const err4 = { instancePath: instancePath + "/WriteUnitsPerSecond", schemaPath: "#/properties/WriteUnitsPerSecond/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "MaxWriteRequestUnits")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.MaxWriteRequestUnits !== void 0) {
      let data0 = data.MaxWriteRequestUnits;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)))) {
        const err1 = { instancePath: instancePath + "/MaxWriteRequestUnits", schemaPath: "#/properties/MaxWriteRequestUnits/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (typeof data0 == "number") {
        if (data0 < 1 || isNaN(data0)) {
          const err2 = { instancePath: instancePath + "/MaxWriteRequestUnits", schemaPath: "#/properties/MaxWriteRequestUnits/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate14.errors = vErrors;
  return errors === 0;
}
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.TargetValue === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "TargetValue" }, message: "must have required property 'TargetValue'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "DisableScaleIn" || key0 === "ScaleInCooldown" || key0 === "ScaleOutCooldown" || key0 === "TargetValue")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.DisableScaleIn !== void 0) {
      if (typeof data.DisableScaleIn !== "boolean") {
        const err2 = { instancePath: instancePath + "/DisableScaleIn", schemaPath: "#/properties/DisableScaleIn/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.ScaleInCooldown !== void 0) {
      let data1 = data.ScaleInCooldown;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)))) {
        const err3 = { instancePath: instancePath + "/ScaleInCooldown", schemaPath: "#/properties/ScaleInCooldown/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.ScaleOutCooldown !== void 0) {
      let data2 = data.ScaleOutCooldown;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)))) {
        const err4 = { instancePath: instancePath + "/ScaleOutCooldown", schemaPath: "#/properties/ScaleOutCooldown/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.TargetValue !== void 0) {
      if (!(typeof data.TargetValue == "number")) {
        const err5 = { instancePath: instancePath + "/TargetValue", schemaPath: "#/properties/TargetValue/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate18.errors = vErrors;
  return errors === 0;
}
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.MaxCapacity === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "MaxCapacity" }, message: "must have required property 'MaxCapacity'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.MinCapacity === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "MinCapacity" }, message: "must have required property 'MinCapacity'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.TargetTrackingScalingPolicyConfiguration === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "TargetTrackingScalingPolicyConfiguration" }, message: "must have required property 'TargetTrackingScalingPolicyConfiguration'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "MaxCapacity" || key0 === "MinCapacity" || key0 === "SeedCapacity" || key0 === "TargetTrackingScalingPolicyConfiguration")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.MaxCapacity !== void 0) {
      let data0 = data.MaxCapacity;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)))) {
        const err4 = { instancePath: instancePath + "/MaxCapacity", schemaPath: "#/properties/MaxCapacity/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (typeof data0 == "number") {
        if (data0 < 1 || isNaN(data0)) {
          const err5 = { instancePath: instancePath + "/MaxCapacity", schemaPath: "#/properties/MaxCapacity/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
    if (data.MinCapacity !== void 0) {
      let data1 = data.MinCapacity;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)))) {
        const err6 = { instancePath: instancePath + "/MinCapacity", schemaPath: "#/properties/MinCapacity/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data1 == "number") {
        if (data1 < 1 || isNaN(data1)) {
          const err7 = { instancePath: instancePath + "/MinCapacity", schemaPath: "#/properties/MinCapacity/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
    if (data.SeedCapacity !== void 0) {
      let data2 = data.SeedCapacity;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)))) {
        const err8 = { instancePath: instancePath + "/SeedCapacity", schemaPath: "#/properties/SeedCapacity/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.TargetTrackingScalingPolicyConfiguration !== void 0) {
      if (!validate18(data.TargetTrackingScalingPolicyConfiguration, { instancePath: instancePath + "/TargetTrackingScalingPolicyConfiguration", parentData: data, parentDataProperty: "TargetTrackingScalingPolicyConfiguration", rootData })) {
        vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate17.errors = vErrors;
  return errors === 0;
}
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "WriteCapacityAutoScalingSettings")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.WriteCapacityAutoScalingSettings !== void 0) {
      if (!validate17(data.WriteCapacityAutoScalingSettings, { instancePath: instancePath + "/WriteCapacityAutoScalingSettings", parentData: data, parentDataProperty: "WriteCapacityAutoScalingSettings", rootData })) {
        vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate16.errors = vErrors;
  return errors === 0;
}
function validate3(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.IndexName === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "IndexName" }, message: "must have required property 'IndexName'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.KeySchema === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "KeySchema" }, message: "must have required property 'KeySchema'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.Projection === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Projection" }, message: "must have required property 'Projection'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "IndexName" || key0 === "KeySchema" || key0 === "Projection" || key0 === "ReadOnDemandThroughputSettings" || key0 === "ReadProvisionedThroughputSettings" || key0 === "WarmThroughput" || key0 === "WriteOnDemandThroughputSettings" || key0 === "WriteProvisionedThroughputSettings")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.IndexName !== void 0) {
      if (typeof data.IndexName !== "string") {
        const err4 = { instancePath: instancePath + "/IndexName", schemaPath: "#/properties/IndexName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.KeySchema !== void 0) {
      let data1 = data.KeySchema;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate4(data1[i0], { instancePath: instancePath + "/KeySchema/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/KeySchema", schemaPath: "#/properties/KeySchema/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.Projection !== void 0) {
      if (!validate6(data.Projection, { instancePath: instancePath + "/Projection", parentData: data, parentDataProperty: "Projection", rootData })) {
        vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
        errors = vErrors.length;
      }
    }
    if (data.ReadOnDemandThroughputSettings !== void 0) {
      if (!validate8(data.ReadOnDemandThroughputSettings, { instancePath: instancePath + "/ReadOnDemandThroughputSettings", parentData: data, parentDataProperty: "ReadOnDemandThroughputSettings", rootData })) {
        vErrors = vErrors === null ? validate8.errors : vErrors.concat(validate8.errors);
        errors = vErrors.length;
      }
    }
    if (data.ReadProvisionedThroughputSettings !== void 0) {
      if (!validate10(data.ReadProvisionedThroughputSettings, { instancePath: instancePath + "/ReadProvisionedThroughputSettings", parentData: data, parentDataProperty: "ReadProvisionedThroughputSettings", rootData })) {
        vErrors = vErrors === null ? validate10.errors : vErrors.concat(validate10.errors);
        errors = vErrors.length;
      }
    }
    if (data.WarmThroughput !== void 0) {
      if (!validate12(data.WarmThroughput, { instancePath: instancePath + "/WarmThroughput", parentData: data, parentDataProperty: "WarmThroughput", rootData })) {
        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
        errors = vErrors.length;
      }
    }
    if (data.WriteOnDemandThroughputSettings !== void 0) {
      if (!validate14(data.WriteOnDemandThroughputSettings, { instancePath: instancePath + "/WriteOnDemandThroughputSettings", parentData: data, parentDataProperty: "WriteOnDemandThroughputSettings", rootData })) {
        vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
        errors = vErrors.length;
      }
    }
    if (data.WriteProvisionedThroughputSettings !== void 0) {
      if (!validate16(data.WriteProvisionedThroughputSettings, { instancePath: instancePath + "/WriteProvisionedThroughputSettings", parentData: data, parentDataProperty: "WriteProvisionedThroughputSettings", rootData })) {
        vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate3.errors = vErrors;
  return errors === 0;
}
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "Region")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.Region !== void 0) {
      if (typeof data.Region !== "string") {
        const err1 = { instancePath: instancePath + "/Region", schemaPath: "#/properties/Region/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.IndexName === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "IndexName" }, message: "must have required property 'IndexName'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.KeySchema === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "KeySchema" }, message: "must have required property 'KeySchema'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.Projection === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Projection" }, message: "must have required property 'Projection'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "IndexName" || key0 === "KeySchema" || key0 === "Projection")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.IndexName !== void 0) {
      if (typeof data.IndexName !== "string") {
        const err4 = { instancePath: instancePath + "/IndexName", schemaPath: "#/properties/IndexName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.KeySchema !== void 0) {
      let data1 = data.KeySchema;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate4(data1[i0], { instancePath: instancePath + "/KeySchema/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/KeySchema", schemaPath: "#/properties/KeySchema/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.Projection !== void 0) {
      if (!validate6(data.Projection, { instancePath: instancePath + "/Projection", parentData: data, parentDataProperty: "Projection", rootData })) {
        vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
var schema14 = { "type": "object", "properties": { "ContributorInsightsSpecification": { "$ref": "#/definitions/ContributorInsightsSpecification" }, "DeletionProtectionEnabled": { "type": "boolean" }, "GlobalSecondaryIndexes": { "type": "array", "items": { "$ref": "#/definitions/ReplicaGlobalSecondaryIndexSpecification" } }, "GlobalTableSettingsReplicationMode": { "type": "string", "enum": ["ENABLED", "DISABLED"] }, "KinesisStreamSpecification": { "$ref": "#/definitions/KinesisStreamSpecification" }, "PointInTimeRecoverySpecification": { "$ref": "#/definitions/PointInTimeRecoverySpecification" }, "ReadOnDemandThroughputSettings": { "$ref": "#/definitions/ReadOnDemandThroughputSettings" }, "ReadProvisionedThroughputSettings": { "$ref": "#/definitions/ReadProvisionedThroughputSettings" }, "Region": { "type": "string" }, "ReplicaStreamSpecification": { "$ref": "#/definitions/ReplicaStreamSpecification" }, "ResourcePolicy": { "$ref": "#/definitions/ResourcePolicy" }, "SSESpecification": { "$ref": "#/definitions/ReplicaSSESpecification" }, "TableClass": { "type": "string", "enum": ["STANDARD", "STANDARD_INFREQUENT_ACCESS"], "$comment": "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-dynamodb-globaltable-replicaspecification.html" }, "Tags": { "type": "array", "items": { "$ref": "#/definitions/Tag" } } }, "required": ["Region"], "additionalProperties": false };
var schema15 = { "type": "object", "properties": { "Enabled": { "type": "boolean" }, "Mode": { "type": "string", "enum": ["ACCESSED_AND_THROTTLED_KEYS", "THROTTLED_KEYS"] } }, "required": ["Enabled"], "additionalProperties": false };
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Enabled === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Enabled" }, message: "must have required property 'Enabled'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "Enabled" || key0 === "Mode")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.Enabled !== void 0) {
      if (typeof data.Enabled !== "boolean") {
        const err2 = { instancePath: instancePath + "/Enabled", schemaPath: "#/properties/Enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.Mode !== void 0) {
      let data1 = data.Mode;
      if (typeof data1 !== "string") {
        const err3 = { instancePath: instancePath + "/Mode", schemaPath: "#/properties/Mode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (!(data1 === "ACCESSED_AND_THROTTLED_KEYS" || data1 === "THROTTLED_KEYS")) {
        const err4 = { instancePath: instancePath + "/Mode", schemaPath: "#/properties/Mode/enum", keyword: "enum", params: { allowedValues: schema15.properties.Mode.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate33.errors = vErrors;
  return errors === 0;
}
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "ReadCapacityAutoScalingSettings" || key0 === "ReadCapacityUnits")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.ReadCapacityAutoScalingSettings !== void 0) {
      if (!validate17(data.ReadCapacityAutoScalingSettings, { instancePath: instancePath + "/ReadCapacityAutoScalingSettings", parentData: data, parentDataProperty: "ReadCapacityAutoScalingSettings", rootData })) {
        vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
        errors = vErrors.length;
      }
    }
    if (data.ReadCapacityUnits !== void 0) {
      let data1 = data.ReadCapacityUnits;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)))) {
        const err1 = { instancePath: instancePath + "/ReadCapacityUnits", schemaPath: "#/properties/ReadCapacityUnits/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (typeof data1 == "number") {
        if (data1 < 1 || isNaN(data1)) {
          const err2 = { instancePath: instancePath + "/ReadCapacityUnits", schemaPath: "#/properties/ReadCapacityUnits/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate38.errors = vErrors;
  return errors === 0;
}
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.IndexName === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "IndexName" }, message: "must have required property 'IndexName'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "ContributorInsightsSpecification" || key0 === "IndexName" || key0 === "ReadOnDemandThroughputSettings" || key0 === "ReadProvisionedThroughputSettings")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.ContributorInsightsSpecification !== void 0) {
      if (!validate33(data.ContributorInsightsSpecification, { instancePath: instancePath + "/ContributorInsightsSpecification", parentData: data, parentDataProperty: "ContributorInsightsSpecification", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.IndexName !== void 0) {
      if (typeof data.IndexName !== "string") {
        const err2 = { instancePath: instancePath + "/IndexName", schemaPath: "#/properties/IndexName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.ReadOnDemandThroughputSettings !== void 0) {
      if (!validate8(data.ReadOnDemandThroughputSettings, { instancePath: instancePath + "/ReadOnDemandThroughputSettings", parentData: data, parentDataProperty: "ReadOnDemandThroughputSettings", rootData })) {
        vErrors = vErrors === null ? validate8.errors : vErrors.concat(validate8.errors);
        errors = vErrors.length;
      }
    }
    if (data.ReadProvisionedThroughputSettings !== void 0) {
      if (!validate38(data.ReadProvisionedThroughputSettings, { instancePath: instancePath + "/ReadProvisionedThroughputSettings", parentData: data, parentDataProperty: "ReadProvisionedThroughputSettings", rootData })) {
        vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
var schema18 = { "type": "object", "properties": { "ApproximateCreationDateTimePrecision": { "type": "string", "enum": ["MICROSECOND", "MILLISECOND"] }, "StreamArn": { "type": "string" } }, "required": ["StreamArn"], "additionalProperties": false };
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.StreamArn === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "StreamArn" }, message: "must have required property 'StreamArn'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "ApproximateCreationDateTimePrecision" || key0 === "StreamArn")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.ApproximateCreationDateTimePrecision !== void 0) {
      let data0 = data.ApproximateCreationDateTimePrecision;
      if (typeof data0 !== "string") {
        const err2 = { instancePath: instancePath + "/ApproximateCreationDateTimePrecision", schemaPath: "#/properties/ApproximateCreationDateTimePrecision/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (!(data0 === "MICROSECOND" || data0 === "MILLISECOND")) {
        const err3 = { instancePath: instancePath + "/ApproximateCreationDateTimePrecision", schemaPath: "#/properties/ApproximateCreationDateTimePrecision/enum", keyword: "enum", params: { allowedValues: schema18.properties.ApproximateCreationDateTimePrecision.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.StreamArn !== void 0) {
      if (typeof data.StreamArn !== "string") {
        const err4 = { instancePath: instancePath + "/StreamArn", schemaPath: "#/properties/StreamArn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate42.errors = vErrors;
  return errors === 0;
}
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "PointInTimeRecoveryEnabled" || key0 === "RecoveryPeriodInDays")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.PointInTimeRecoveryEnabled !== void 0) {
      if (typeof data.PointInTimeRecoveryEnabled !== "boolean") {
        const err1 = { instancePath: instancePath + "/PointInTimeRecoveryEnabled", schemaPath: "#/properties/PointInTimeRecoveryEnabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.RecoveryPeriodInDays !== void 0) {
      let data1 = data.RecoveryPeriodInDays;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)))) {
        const err2 = { instancePath: instancePath + "/RecoveryPeriodInDays", schemaPath: "#/properties/RecoveryPeriodInDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (typeof data1 == "number") {
        if (data1 > 35 || isNaN(data1)) {
          const err3 = { instancePath: instancePath + "/RecoveryPeriodInDays", schemaPath: "#/properties/RecoveryPeriodInDays/maximum", keyword: "maximum", params: { comparison: "<=", limit: 35 }, message: "must be <= 35" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data1 < 1 || isNaN(data1)) {
          const err4 = { instancePath: instancePath + "/RecoveryPeriodInDays", schemaPath: "#/properties/RecoveryPeriodInDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate44.errors = vErrors;
  return errors === 0;
}
function validate49(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.PolicyDocument === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "PolicyDocument" }, message: "must have required property 'PolicyDocument'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "PolicyDocument")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate49.errors = vErrors;
  return errors === 0;
}
function validate51(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Key === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Key" }, message: "must have required property 'Key'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.Value === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Value" }, message: "must have required property 'Value'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "Key" || key0 === "Value")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.Key !== void 0) {
      let data0 = data.Key;
      if (typeof data0 === "string") {
        if (func1(data0) > 128) {
          const err3 = { instancePath: instancePath + "/Key", schemaPath: "#/properties/Key/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err4 = { instancePath: instancePath + "/Key", schemaPath: "#/properties/Key/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/Key", schemaPath: "#/properties/Key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.Value !== void 0) {
      let data1 = data.Value;
      if (typeof data1 === "string") {
        if (func1(data1) > 256) {
          const err6 = { instancePath: instancePath + "/Value", schemaPath: "#/properties/Value/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/Value", schemaPath: "#/properties/Value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate51.errors = vErrors;
  return errors === 0;
}
function validate48(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "ResourcePolicy" || key0 === "Tags")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.ResourcePolicy !== void 0) {
      if (!validate49(data.ResourcePolicy, { instancePath: instancePath + "/ResourcePolicy", parentData: data, parentDataProperty: "ResourcePolicy", rootData })) {
        vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
        errors = vErrors.length;
      }
    }
    if (data.Tags !== void 0) {
      let data1 = data.Tags;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate51(data1[i0], { instancePath: instancePath + "/Tags/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err1 = { instancePath: instancePath + "/Tags", schemaPath: "#/properties/Tags/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate48.errors = vErrors;
  return errors === 0;
}
function validate55(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.KMSMasterKeyId === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "KMSMasterKeyId" }, message: "must have required property 'KMSMasterKeyId'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "KMSMasterKeyId")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.KMSMasterKeyId !== void 0) {
      if (typeof data.KMSMasterKeyId !== "string") {
        const err2 = { instancePath: instancePath + "/KMSMasterKeyId", schemaPath: "#/properties/KMSMasterKeyId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate55.errors = vErrors;
  return errors === 0;
}
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Region === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Region" }, message: "must have required property 'Region'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func0.call(schema14.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.ContributorInsightsSpecification !== void 0) {
      if (!validate33(data.ContributorInsightsSpecification, { instancePath: instancePath + "/ContributorInsightsSpecification", parentData: data, parentDataProperty: "ContributorInsightsSpecification", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.DeletionProtectionEnabled !== void 0) {
      if (typeof data.DeletionProtectionEnabled !== "boolean") {
        const err2 = { instancePath: instancePath + "/DeletionProtectionEnabled", schemaPath: "#/properties/DeletionProtectionEnabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.GlobalSecondaryIndexes !== void 0) {
      let data2 = data.GlobalSecondaryIndexes;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate35(data2[i0], { instancePath: instancePath + "/GlobalSecondaryIndexes/" + i0, parentData: data2, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/GlobalSecondaryIndexes", schemaPath: "#/properties/GlobalSecondaryIndexes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.GlobalTableSettingsReplicationMode !== void 0) {
      let data4 = data.GlobalTableSettingsReplicationMode;
      if (typeof data4 !== "string") {
        const err4 = { instancePath: instancePath + "/GlobalTableSettingsReplicationMode", schemaPath: "#/properties/GlobalTableSettingsReplicationMode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (!(data4 === "ENABLED" || data4 === "DISABLED")) {
        const err5 = { instancePath: instancePath + "/GlobalTableSettingsReplicationMode", schemaPath: "#/properties/GlobalTableSettingsReplicationMode/enum", keyword: "enum", params: { allowedValues: schema14.properties.GlobalTableSettingsReplicationMode.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.KinesisStreamSpecification !== void 0) {
      if (!validate42(data.KinesisStreamSpecification, { instancePath: instancePath + "/KinesisStreamSpecification", parentData: data, parentDataProperty: "KinesisStreamSpecification", rootData })) {
        vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
        errors = vErrors.length;
      }
    }
    if (data.PointInTimeRecoverySpecification !== void 0) {
      if (!validate44(data.PointInTimeRecoverySpecification, { instancePath: instancePath + "/PointInTimeRecoverySpecification", parentData: data, parentDataProperty: "PointInTimeRecoverySpecification", rootData })) {
        vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
        errors = vErrors.length;
      }
    }
    if (data.ReadOnDemandThroughputSettings !== void 0) {
      if (!validate8(data.ReadOnDemandThroughputSettings, { instancePath: instancePath + "/ReadOnDemandThroughputSettings", parentData: data, parentDataProperty: "ReadOnDemandThroughputSettings", rootData })) {
        vErrors = vErrors === null ? validate8.errors : vErrors.concat(validate8.errors);
        errors = vErrors.length;
      }
    }
    if (data.ReadProvisionedThroughputSettings !== void 0) {
      if (!validate38(data.ReadProvisionedThroughputSettings, { instancePath: instancePath + "/ReadProvisionedThroughputSettings", parentData: data, parentDataProperty: "ReadProvisionedThroughputSettings", rootData })) {
        vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
        errors = vErrors.length;
      }
    }
    if (data.Region !== void 0) {
      if (typeof data.Region !== "string") {
        const err6 = { instancePath: instancePath + "/Region", schemaPath: "#/properties/Region/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.ReplicaStreamSpecification !== void 0) {
      if (!validate48(data.ReplicaStreamSpecification, { instancePath: instancePath + "/ReplicaStreamSpecification", parentData: data, parentDataProperty: "ReplicaStreamSpecification", rootData })) {
        vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
        errors = vErrors.length;
      }
    }
    if (data.ResourcePolicy !== void 0) {
      if (!validate49(data.ResourcePolicy, { instancePath: instancePath + "/ResourcePolicy", parentData: data, parentDataProperty: "ResourcePolicy", rootData })) {
        vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
        errors = vErrors.length;
      }
    }
    if (data.SSESpecification !== void 0) {
      if (!validate55(data.SSESpecification, { instancePath: instancePath + "/SSESpecification", parentData: data, parentDataProperty: "SSESpecification", rootData })) {
        vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
        errors = vErrors.length;
      }
    }
    if (data.TableClass !== void 0) {
      let data13 = data.TableClass;
      if (typeof data13 !== "string") {
        const err7 = { instancePath: instancePath + "/TableClass", schemaPath: "#/properties/TableClass/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (!(data13 === "STANDARD" || data13 === "STANDARD_INFREQUENT_ACCESS")) {
        const err8 = { instancePath: instancePath + "/TableClass", schemaPath: "#/properties/TableClass/enum", keyword: "enum", params: { allowedValues: schema14.properties.TableClass.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.Tags !== void 0) {
      let data14 = data.Tags;
      if (Array.isArray(data14)) {
        const len1 = data14.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate51(data14[i1], { instancePath: instancePath + "/Tags/" + i1, parentData: data14, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/Tags", schemaPath: "#/properties/Tags/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate32.errors = vErrors;
  return errors === 0;
}
var schema24 = { "type": "object", "properties": { "SSEEnabled": { "type": "boolean" }, "SSEType": { "type": "string", "enum": ["KMS"], "$comment": "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-dynamodb-table-ssespecification.html" } }, "required": ["SSEEnabled"], "additionalProperties": false };
function validate59(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.SSEEnabled === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "SSEEnabled" }, message: "must have required property 'SSEEnabled'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "SSEEnabled" || key0 === "SSEType")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.SSEEnabled !== void 0) {
      if (typeof data.SSEEnabled !== "boolean") {
        const err2 = { instancePath: instancePath + "/SSEEnabled", schemaPath: "#/properties/SSEEnabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.SSEType !== void 0) {
      let data1 = data.SSEType;
      if (typeof data1 !== "string") {
        const err3 = { instancePath: instancePath + "/SSEType", schemaPath: "#/properties/SSEType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (!(data1 === "KMS")) {
        const err4 = { instancePath: instancePath + "/SSEType", schemaPath: "#/properties/SSEType/enum", keyword: "enum", params: { allowedValues: schema24.properties.SSEType.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate59.errors = vErrors;
  return errors === 0;
}
var schema25 = { "type": "object", "properties": { "StreamViewType": { "type": "string", "enum": ["NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES", "KEYS_ONLY"], "$comment": "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_StreamSpecification.html" } }, "required": ["StreamViewType"], "additionalProperties": false };
function validate61(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.StreamViewType === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "StreamViewType" }, message: "must have required property 'StreamViewType'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "StreamViewType")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.StreamViewType !== void 0) {
      let data0 = data.StreamViewType;
      if (typeof data0 !== "string") {
        const err2 = { instancePath: instancePath + "/StreamViewType", schemaPath: "#/properties/StreamViewType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (!(data0 === "NEW_IMAGE" || data0 === "OLD_IMAGE" || data0 === "NEW_AND_OLD_IMAGES" || data0 === "KEYS_ONLY")) {
        const err3 = { instancePath: instancePath + "/StreamViewType", schemaPath: "#/properties/StreamViewType/enum", keyword: "enum", params: { allowedValues: schema25.properties.StreamViewType.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate61.errors = vErrors;
  return errors === 0;
}
function validate63(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Enabled === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Enabled" }, message: "must have required property 'Enabled'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "AttributeName" || key0 === "Enabled")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.AttributeName !== void 0) {
      let data0 = data.AttributeName;
      if (typeof data0 === "string") {
        if (func1(data0) > 255) {
          const err2 = { instancePath: instancePath + "/AttributeName", schemaPath: "#/properties/AttributeName/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err3 = { instancePath: instancePath + "/AttributeName", schemaPath: "#/properties/AttributeName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/AttributeName", schemaPath: "#/properties/AttributeName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.Enabled !== void 0) {
      if (typeof data.Enabled !== "boolean") {
        const err5 = { instancePath: instancePath + "/Enabled", schemaPath: "#/properties/Enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate63.errors = vErrors;
  return errors === 0;
}
var schema27 = { "type": "object", "properties": { "Dimensions": { "type": "integer" }, "DistanceFunction": { "type": "string", "enum": ["COSINE", "DOT_PRODUCT", "EUCLIDEAN"] }, "IndexName": { "type": "string" }, "Projection": { "$ref": "#/definitions/Projection" }, "SearchSchema": { "type": "array", "items": { "$ref": "#/definitions/SearchSchemaElement" } }, "VectorAttribute": { "$ref": "#/definitions/VectorAttribute" } }, "required": ["Dimensions", "DistanceFunction", "IndexName", "Projection", "VectorAttribute"], "additionalProperties": false };
var schema28 = { "type": "object", "properties": { "AttributeName": { "type": "string" }, "SearchSchemaElementType": { "type": "string", "enum": ["HASH", "INLINE_FILTER"] } }, "required": ["AttributeName", "SearchSchemaElementType"], "additionalProperties": false };
function validate67(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.AttributeName === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "AttributeName" }, message: "must have required property 'AttributeName'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.SearchSchemaElementType === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "SearchSchemaElementType" }, message: "must have required property 'SearchSchemaElementType'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "AttributeName" || key0 === "SearchSchemaElementType")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.AttributeName !== void 0) {
      if (typeof data.AttributeName !== "string") {
        const err3 = { instancePath: instancePath + "/AttributeName", schemaPath: "#/properties/AttributeName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.SearchSchemaElementType !== void 0) {
      let data1 = data.SearchSchemaElementType;
      if (typeof data1 !== "string") {
        const err4 = { instancePath: instancePath + "/SearchSchemaElementType", schemaPath: "#/properties/SearchSchemaElementType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (!(data1 === "HASH" || data1 === "INLINE_FILTER")) {
        const err5 = { instancePath: instancePath + "/SearchSchemaElementType", schemaPath: "#/properties/SearchSchemaElementType/enum", keyword: "enum", params: { allowedValues: schema28.properties.SearchSchemaElementType.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate67.errors = vErrors;
  return errors === 0;
}
function validate69(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.AttributeName === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "AttributeName" }, message: "must have required property 'AttributeName'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "AttributeName")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.AttributeName !== void 0) {
      if (typeof data.AttributeName !== "string") {
        const err2 = { instancePath: instancePath + "/AttributeName", schemaPath: "#/properties/AttributeName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate69.errors = vErrors;
  return errors === 0;
}
function validate65(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Dimensions === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Dimensions" }, message: "must have required property 'Dimensions'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.DistanceFunction === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "DistanceFunction" }, message: "must have required property 'DistanceFunction'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.IndexName === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "IndexName" }, message: "must have required property 'IndexName'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.Projection === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Projection" }, message: "must have required property 'Projection'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.VectorAttribute === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "VectorAttribute" }, message: "must have required property 'VectorAttribute'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "Dimensions" || key0 === "DistanceFunction" || key0 === "IndexName" || key0 === "Projection" || key0 === "SearchSchema" || key0 === "VectorAttribute")) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.Dimensions !== void 0) {
      let data0 = data.Dimensions;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)))) {
        const err6 = { instancePath: instancePath + "/Dimensions", schemaPath: "#/properties/Dimensions/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.DistanceFunction !== void 0) {
      let data1 = data.DistanceFunction;
      if (typeof data1 !== "string") {
        const err7 = { instancePath: instancePath + "/DistanceFunction", schemaPath: "#/properties/DistanceFunction/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (!(data1 === "COSINE" || data1 === "DOT_PRODUCT" || data1 === "EUCLIDEAN")) {
        const err8 = { instancePath: instancePath + "/DistanceFunction", schemaPath: "#/properties/DistanceFunction/enum", keyword: "enum", params: { allowedValues: schema27.properties.DistanceFunction.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.IndexName !== void 0) {
      if (typeof data.IndexName !== "string") {
        const err9 = { instancePath: instancePath + "/IndexName", schemaPath: "#/properties/IndexName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.Projection !== void 0) {
      if (!validate6(data.Projection, { instancePath: instancePath + "/Projection", parentData: data, parentDataProperty: "Projection", rootData })) {
        vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
        errors = vErrors.length;
      }
    }
    if (data.SearchSchema !== void 0) {
      let data4 = data.SearchSchema;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate67(data4[i0], { instancePath: instancePath + "/SearchSchema/" + i0, parentData: data4, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/SearchSchema", schemaPath: "#/properties/SearchSchema/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.VectorAttribute !== void 0) {
      if (!validate69(data.VectorAttribute, { instancePath: instancePath + "/VectorAttribute", parentData: data, parentDataProperty: "VectorAttribute", rootData })) {
        vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate65.errors = vErrors;
  return errors === 0;
}
function validate0(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Properties !== void 0) {
      let data0 = data.Properties;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.Replicas === void 0) {
          const err0 = { instancePath: instancePath + "/Properties", schemaPath: "#/properties/Properties/required", keyword: "required", params: { missingProperty: "Replicas" }, message: "must have required property 'Replicas'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        for (const key0 in data0) {
          if (!func0.call(schema0.properties.Properties.properties, key0)) {
            const err1 = { instancePath: instancePath + "/Properties", schemaPath: "#/properties/Properties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data0.AttributeDefinitions !== void 0) {
          let data1 = data0.AttributeDefinitions;
          if (Array.isArray(data1)) {
            const len0 = data1.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (!validate1(data1[i0], { instancePath: instancePath + "/Properties/AttributeDefinitions/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
                vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err2 = { instancePath: instancePath + "/Properties/AttributeDefinitions", schemaPath: "#/properties/Properties/properties/AttributeDefinitions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data0.BillingMode !== void 0) {
          if (typeof data0.BillingMode !== "string") {
            const err3 = { instancePath: instancePath + "/Properties/BillingMode", schemaPath: "#/properties/Properties/properties/BillingMode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data0.GlobalSecondaryIndexes !== void 0) {
          let data4 = data0.GlobalSecondaryIndexes;
          if (Array.isArray(data4)) {
            const len1 = data4.length;
            for (let i1 = 0; i1 < len1; i1++) {
              if (!validate3(data4[i1], { instancePath: instancePath + "/Properties/GlobalSecondaryIndexes/" + i1, parentData: data4, parentDataProperty: i1, rootData })) {
                vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err4 = { instancePath: instancePath + "/Properties/GlobalSecondaryIndexes", schemaPath: "#/properties/Properties/properties/GlobalSecondaryIndexes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.GlobalTableSourceArn !== void 0) {
          if (typeof data0.GlobalTableSourceArn !== "string") {
            const err5 = { instancePath: instancePath + "/Properties/GlobalTableSourceArn", schemaPath: "#/properties/Properties/properties/GlobalTableSourceArn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data0.GlobalTableWitnesses !== void 0) {
          let data7 = data0.GlobalTableWitnesses;
          if (Array.isArray(data7)) {
            const len2 = data7.length;
            for (let i2 = 0; i2 < len2; i2++) {
              if (!validate23(data7[i2], { instancePath: instancePath + "/Properties/GlobalTableWitnesses/" + i2, parentData: data7, parentDataProperty: i2, rootData })) {
                vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err6 = { instancePath: instancePath + "/Properties/GlobalTableWitnesses", schemaPath: "#/properties/Properties/properties/GlobalTableWitnesses/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data0.KeySchema !== void 0) {
          let data9 = data0.KeySchema;
          if (Array.isArray(data9)) {
            const len3 = data9.length;
            for (let i3 = 0; i3 < len3; i3++) {
              if (!validate4(data9[i3], { instancePath: instancePath + "/Properties/KeySchema/" + i3, parentData: data9, parentDataProperty: i3, rootData })) {
                vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err7 = { instancePath: instancePath + "/Properties/KeySchema", schemaPath: "#/properties/Properties/properties/KeySchema/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data0.LocalSecondaryIndexes !== void 0) {
          let data11 = data0.LocalSecondaryIndexes;
          if (Array.isArray(data11)) {
            const len4 = data11.length;
            for (let i4 = 0; i4 < len4; i4++) {
              if (!validate26(data11[i4], { instancePath: instancePath + "/Properties/LocalSecondaryIndexes/" + i4, parentData: data11, parentDataProperty: i4, rootData })) {
                vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err8 = { instancePath: instancePath + "/Properties/LocalSecondaryIndexes", schemaPath: "#/properties/Properties/properties/LocalSecondaryIndexes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data0.MultiRegionConsistency !== void 0) {
          let data13 = data0.MultiRegionConsistency;
          if (typeof data13 !== "string") {
            const err9 = { instancePath: instancePath + "/Properties/MultiRegionConsistency", schemaPath: "#/properties/Properties/properties/MultiRegionConsistency/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
          if (!(data13 === "EVENTUAL" || data13 === "STRONG")) {
            const err10 = { instancePath: instancePath + "/Properties/MultiRegionConsistency", schemaPath: "#/properties/Properties/properties/MultiRegionConsistency/enum", keyword: "enum", params: { allowedValues: schema0.properties.Properties.properties.MultiRegionConsistency.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data0.ReadOnDemandThroughputSettings !== void 0) {
          if (!validate8(data0.ReadOnDemandThroughputSettings, { instancePath: instancePath + "/Properties/ReadOnDemandThroughputSettings", parentData: data0, parentDataProperty: "ReadOnDemandThroughputSettings", rootData })) {
            vErrors = vErrors === null ? validate8.errors : vErrors.concat(validate8.errors);
            errors = vErrors.length;
          }
        }
        if (data0.ReadProvisionedThroughputSettings !== void 0) {
          if (!validate10(data0.ReadProvisionedThroughputSettings, { instancePath: instancePath + "/Properties/ReadProvisionedThroughputSettings", parentData: data0, parentDataProperty: "ReadProvisionedThroughputSettings", rootData })) {
            vErrors = vErrors === null ? validate10.errors : vErrors.concat(validate10.errors);
            errors = vErrors.length;
          }
        }
        if (data0.Replicas !== void 0) {
          let data16 = data0.Replicas;
          if (Array.isArray(data16)) {
            if (data16.length < 1) {
              const err11 = { instancePath: instancePath + "/Properties/Replicas", schemaPath: "#/properties/Properties/properties/Replicas/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            const len5 = data16.length;
            for (let i5 = 0; i5 < len5; i5++) {
              if (!validate32(data16[i5], { instancePath: instancePath + "/Properties/Replicas/" + i5, parentData: data16, parentDataProperty: i5, rootData })) {
                vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err12 = { instancePath: instancePath + "/Properties/Replicas", schemaPath: "#/properties/Properties/properties/Replicas/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data0.SSESpecification !== void 0) {
          if (!validate59(data0.SSESpecification, { instancePath: instancePath + "/Properties/SSESpecification", parentData: data0, parentDataProperty: "SSESpecification", rootData })) {
            vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
            errors = vErrors.length;
          }
        }
        if (data0.StreamSpecification !== void 0) {
          if (!validate61(data0.StreamSpecification, { instancePath: instancePath + "/Properties/StreamSpecification", parentData: data0, parentDataProperty: "StreamSpecification", rootData })) {
            vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
            errors = vErrors.length;
          }
        }
        if (data0.TableName !== void 0) {
          if (typeof data0.TableName !== "string") {
            const err13 = { instancePath: instancePath + "/Properties/TableName", schemaPath: "#/properties/Properties/properties/TableName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data0.TimeToLiveSpecification !== void 0) {
          if (!validate63(data0.TimeToLiveSpecification, { instancePath: instancePath + "/Properties/TimeToLiveSpecification", parentData: data0, parentDataProperty: "TimeToLiveSpecification", rootData })) {
            vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
            errors = vErrors.length;
          }
        }
        if (data0.VectorIndexes !== void 0) {
          let data22 = data0.VectorIndexes;
          if (Array.isArray(data22)) {
            const len6 = data22.length;
            for (let i6 = 0; i6 < len6; i6++) {
              if (!validate65(data22[i6], { instancePath: instancePath + "/Properties/VectorIndexes/" + i6, parentData: data22, parentDataProperty: i6, rootData })) {
                vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err14 = { instancePath: instancePath + "/Properties/VectorIndexes", schemaPath: "#/properties/Properties/properties/VectorIndexes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data0.WarmThroughput !== void 0) {
          if (!validate12(data0.WarmThroughput, { instancePath: instancePath + "/Properties/WarmThroughput", parentData: data0, parentDataProperty: "WarmThroughput", rootData })) {
            vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
            errors = vErrors.length;
          }
        }
        if (data0.WriteOnDemandThroughputSettings !== void 0) {
          if (!validate14(data0.WriteOnDemandThroughputSettings, { instancePath: instancePath + "/Properties/WriteOnDemandThroughputSettings", parentData: data0, parentDataProperty: "WriteOnDemandThroughputSettings", rootData })) {
            vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
            errors = vErrors.length;
          }
        }
        if (data0.WriteProvisionedThroughputSettings !== void 0) {
          if (!validate16(data0.WriteProvisionedThroughputSettings, { instancePath: instancePath + "/Properties/WriteProvisionedThroughputSettings", parentData: data0, parentDataProperty: "WriteProvisionedThroughputSettings", rootData })) {
            vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
            errors = vErrors.length;
          }
        }
        if (data0.TableClass !== void 0) {
          let data27 = data0.TableClass;
          if (!(data27 === "STANDARD" || data27 === "STANDARD_INFREQUENT_ACCESS")) {
            const err15 = { instancePath: instancePath + "/Properties/TableClass", schemaPath: "#/properties/Properties/properties/TableClass/enum", keyword: "enum", params: { allowedValues: schema0.properties.Properties.properties.TableClass.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/Properties", schemaPath: "#/properties/Properties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.DeletionPolicy !== void 0) {
      let data28 = data.DeletionPolicy;
      if (typeof data28 !== "string") {
        const err17 = { instancePath: instancePath + "/DeletionPolicy", schemaPath: "#/properties/DeletionPolicy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (!(data28 === "Delete" || data28 === "Retain" || data28 === "RetainExceptOnCreate")) {
        const err18 = { instancePath: instancePath + "/DeletionPolicy", schemaPath: "#/properties/DeletionPolicy/enum", keyword: "enum", params: { allowedValues: schema0.properties.DeletionPolicy.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.UpdateReplacePolicy !== void 0) {
      let data29 = data.UpdateReplacePolicy;
      if (typeof data29 !== "string") {
        const err19 = { instancePath: instancePath + "/UpdateReplacePolicy", schemaPath: "#/properties/UpdateReplacePolicy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      if (!(data29 === "Delete" || data29 === "Retain")) {
        const err20 = { instancePath: instancePath + "/UpdateReplacePolicy", schemaPath: "#/properties/UpdateReplacePolicy/enum", keyword: "enum", params: { allowedValues: schema0.properties.UpdateReplacePolicy.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
  } else {
    const err21 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate0.errors = vErrors;
  return errors === 0;
}
var v1 = validate75;
var schema30 = { "$comment": "AWS::DynamoDB::Table: properties and types from the resource database; constraints with a $comment are added from the page it names", "type": "object", "properties": { "Properties": { "type": "object", "properties": { "AttributeDefinitions": { "type": "array", "items": { "$ref": "#/definitions/AttributeDefinition" } }, "BillingMode": { "type": "string" }, "ContributorInsightsSpecification": { "$ref": "#/definitions/ContributorInsightsSpecification" }, "DeletionProtectionEnabled": { "type": "boolean" }, "GlobalSecondaryIndexes": { "type": "array", "items": { "$ref": "#/definitions/GlobalSecondaryIndex" } }, "ImportSourceSpecification": { "$ref": "#/definitions/ImportSourceSpecification" }, "KeySchema": { "type": "array", "items": { "$ref": "#/definitions/KeySchema" } }, "KinesisStreamSpecification": { "$ref": "#/definitions/KinesisStreamSpecification" }, "LocalSecondaryIndexes": { "type": "array", "items": { "$ref": "#/definitions/LocalSecondaryIndex" } }, "OnDemandThroughput": { "$ref": "#/definitions/OnDemandThroughput" }, "PointInTimeRecoverySpecification": { "$ref": "#/definitions/PointInTimeRecoverySpecification" }, "ProvisionedThroughput": { "$ref": "#/definitions/ProvisionedThroughput" }, "ResourcePolicy": { "$ref": "#/definitions/ResourcePolicy" }, "SSESpecification": { "$ref": "#/definitions/SSESpecification" }, "StreamSpecification": { "$ref": "#/definitions/StreamSpecification" }, "TableClass": { "type": "string", "enum": ["STANDARD", "STANDARD_INFREQUENT_ACCESS"], "$comment": "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-dynamodb-table.html#cfn-dynamodb-table-tableclass" }, "TableName": { "type": "string" }, "Tags": { "type": "array", "items": { "$ref": "#/definitions/Tag" } }, "TimeToLiveSpecification": { "$ref": "#/definitions/TimeToLiveSpecification" }, "VectorIndexes": { "type": "array", "items": { "$ref": "#/definitions/VectorIndex" } }, "WarmThroughput": { "$ref": "#/definitions/WarmThroughput" } }, "required": ["KeySchema"], "additionalProperties": false }, "DeletionPolicy": { "type": "string", "enum": ["Delete", "Retain", "RetainExceptOnCreate"], "$comment": "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-deletionpolicy.html" }, "UpdateReplacePolicy": { "type": "string", "enum": ["Delete", "Retain"], "$comment": "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-updatereplacepolicy.html" } }, "definitions": { "AttributeDefinition": { "type": "object", "properties": { "AttributeName": { "type": "string", "minLength": 1, "maxLength": 255, "$comment": "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_AttributeDefinition.html" }, "AttributeType": { "type": "string" } }, "required": ["AttributeName", "AttributeType"], "additionalProperties": false }, "ContributorInsightsSpecification": { "type": "object", "properties": { "Enabled": { "type": "boolean" }, "Mode": { "type": "string", "enum": ["ACCESSED_AND_THROTTLED_KEYS", "THROTTLED_KEYS"] } }, "required": ["Enabled"], "additionalProperties": false }, "GlobalSecondaryIndex": { "type": "object", "properties": { "ContributorInsightsSpecification": { "$ref": "#/definitions/ContributorInsightsSpecification" }, "IndexName": { "type": "string" }, "KeySchema": { "type": "array", "items": { "$ref": "#/definitions/KeySchema" } }, "OnDemandThroughput": { "$ref": "#/definitions/OnDemandThroughput" }, "Projection": { "$ref": "#/definitions/Projection" }, "ProvisionedThroughput": { "$ref": "#/definitions/ProvisionedThroughput" }, "WarmThroughput": { "$ref": "#/definitions/WarmThroughput" } }, "required": ["IndexName", "KeySchema", "Projection"], "additionalProperties": false }, "KeySchema": { "type": "object", "properties": { "AttributeName": { "type": "string", "minLength": 1, "maxLength": 255, "$comment": "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_KeySchemaElement.html" }, "KeyType": { "type": "string", "enum": ["HASH", "RANGE"], "$comment": "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_KeySchemaElement.html" } }, "required": ["AttributeName", "KeyType"], "additionalProperties": false }, "OnDemandThroughput": { "type": "object", "properties": { "MaxReadRequestUnits": { "type": "integer", "minimum": 1, "$comment": "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-dynamodb-table-ondemandthroughput.html" }, "MaxWriteRequestUnits": { "type": "integer", "minimum": 1, "$comment": "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-dynamodb-table-ondemandthroughput.html" } }, "additionalProperties": false }, "Projection": { "type": "object", "properties": { "NonKeyAttributes": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 255 }, "minItems": 1, "maxItems": 20, "$comment": "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Projection.html" }, "ProjectionType": { "type": "string", "enum": ["ALL", "KEYS_ONLY", "INCLUDE"], "$comment": "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Projection.html" } }, "additionalProperties": false }, "ProvisionedThroughput": { "type": "object", "properties": { "ReadCapacityUnits": { "type": "integer" }, "WriteCapacityUnits": { "type": "integer" } }, "required": ["ReadCapacityUnits", "WriteCapacityUnits"], "additionalProperties": false }, "WarmThroughput": { "type": "object", "properties": { "ReadUnitsPerSecond": { "type": "integer", "minimum": 1, "$comment": "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-dynamodb-table-warmthroughput.html" }, "WriteUnitsPerSecond": { "type": "integer", "minimum": 1, "$comment": "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-dynamodb-table-warmthroughput.html" } }, "additionalProperties": false }, "ImportSourceSpecification": { "type": "object", "properties": { "InputCompressionType": { "type": "string", "enum": ["GZIP", "ZSTD", "NONE"], "$comment": "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ImportTableDescription.html" }, "InputFormat": { "type": "string", "enum": ["DYNAMODB_JSON", "ION", "CSV"], "$comment": "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ImportTableDescription.html" }, "InputFormatOptions": { "$ref": "#/definitions/InputFormatOptions" }, "S3BucketSource": { "$ref": "#/definitions/S3BucketSource" } }, "required": ["InputFormat", "S3BucketSource"], "additionalProperties": false }, "InputFormatOptions": { "type": "object", "properties": { "Csv": { "$ref": "#/definitions/Csv" } }, "additionalProperties": false }, "Csv": { "type": "object", "properties": { "Delimiter": { "type": "string" }, "HeaderList": { "type": "array", "items": { "type": "string" } } }, "additionalProperties": false }, "S3BucketSource": { "type": "object", "properties": { "S3Bucket": { "type": "string" }, "S3BucketOwner": { "type": "string" }, "S3KeyPrefix": { "type": "string" } }, "required": ["S3Bucket"], "additionalProperties": false }, "KinesisStreamSpecification": { "type": "object", "properties": { "ApproximateCreationDateTimePrecision": { "type": "string", "enum": ["MICROSECOND", "MILLISECOND"] }, "StreamArn": { "type": "string" } }, "required": ["StreamArn"], "additionalProperties": false }, "LocalSecondaryIndex": { "type": "object", "properties": { "IndexName": { "type": "string" }, "KeySchema": { "type": "array", "items": { "$ref": "#/definitions/KeySchema" } }, "Projection": { "$ref": "#/definitions/Projection" } }, "required": ["IndexName", "KeySchema", "Projection"], "additionalProperties": false }, "PointInTimeRecoverySpecification": { "type": "object", "properties": { "PointInTimeRecoveryEnabled": { "type": "boolean" }, "RecoveryPeriodInDays": { "type": "integer", "minimum": 1, "maximum": 35, "$comment": "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PointInTimeRecoverySpecification.html" } }, "additionalProperties": false }, "ResourcePolicy": { "type": "object", "properties": { "PolicyDocument": {} }, "required": ["PolicyDocument"], "additionalProperties": false }, "SSESpecification": { "type": "object", "properties": { "KMSMasterKeyId": { "type": "string" }, "SSEEnabled": { "type": "boolean" }, "SSEType": { "type": "string", "enum": ["KMS"], "$comment": "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-dynamodb-table-ssespecification.html" } }, "required": ["SSEEnabled"], "additionalProperties": false, "dependencies": { "KMSMasterKeyId": ["SSEType"] }, "$comment": "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-dynamodb-table-ssespecification.html (cfn-lint E3021 enforces it)" }, "StreamSpecification": { "type": "object", "properties": { "ResourcePolicy": { "$ref": "#/definitions/ResourcePolicy" }, "StreamViewType": { "type": "string", "enum": ["NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES", "KEYS_ONLY"], "$comment": "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_StreamSpecification.html" }, "Tags": { "type": "array", "items": { "$ref": "#/definitions/Tag" } } }, "required": ["StreamViewType"], "additionalProperties": false }, "Tag": { "type": "object", "properties": { "Key": { "type": "string", "minLength": 1, "maxLength": 128, "$comment": "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-resource-tags.html" }, "Value": { "type": "string", "maxLength": 256, "$comment": "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-resource-tags.html" } }, "required": ["Key", "Value"], "additionalProperties": false }, "TimeToLiveSpecification": { "type": "object", "properties": { "AttributeName": { "type": "string", "minLength": 1, "maxLength": 255, "$comment": "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TimeToLiveSpecification.html" }, "Enabled": { "type": "boolean" } }, "required": ["Enabled"], "additionalProperties": false }, "VectorIndex": { "type": "object", "properties": { "Dimensions": { "type": "integer" }, "DistanceFunction": { "type": "string", "enum": ["COSINE", "DOT_PRODUCT", "EUCLIDEAN"] }, "IndexName": { "type": "string" }, "Projection": { "$ref": "#/definitions/Projection" }, "SearchSchema": { "type": "array", "items": { "$ref": "#/definitions/SearchSchemaElement" } }, "VectorAttribute": { "$ref": "#/definitions/VectorAttribute" } }, "required": ["Dimensions", "DistanceFunction", "IndexName", "Projection", "VectorAttribute"], "additionalProperties": false }, "SearchSchemaElement": { "type": "object", "properties": { "AttributeName": { "type": "string" }, "SearchSchemaElementType": { "type": "string", "enum": ["HASH", "INLINE_FILTER"] } }, "required": ["AttributeName", "SearchSchemaElementType"], "additionalProperties": false }, "VectorAttribute": { "type": "object", "properties": { "AttributeName": { "type": "string" } }, "required": ["AttributeName"], "additionalProperties": false } } };
function validate76(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.AttributeName === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "AttributeName" }, message: "must have required property 'AttributeName'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.AttributeType === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "AttributeType" }, message: "must have required property 'AttributeType'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "AttributeName" || key0 === "AttributeType")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.AttributeName !== void 0) {
      let data0 = data.AttributeName;
      if (typeof data0 === "string") {
        if (func1(data0) > 255) {
          const err3 = { instancePath: instancePath + "/AttributeName", schemaPath: "#/properties/AttributeName/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err4 = { instancePath: instancePath + "/AttributeName", schemaPath: "#/properties/AttributeName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/AttributeName", schemaPath: "#/properties/AttributeName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.AttributeType !== void 0) {
      if (typeof data.AttributeType !== "string") {
        const err6 = { instancePath: instancePath + "/AttributeType", schemaPath: "#/properties/AttributeType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate76.errors = vErrors;
  return errors === 0;
}
var schema32 = { "type": "object", "properties": { "Enabled": { "type": "boolean" }, "Mode": { "type": "string", "enum": ["ACCESSED_AND_THROTTLED_KEYS", "THROTTLED_KEYS"] } }, "required": ["Enabled"], "additionalProperties": false };
function validate78(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Enabled === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Enabled" }, message: "must have required property 'Enabled'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "Enabled" || key0 === "Mode")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.Enabled !== void 0) {
      if (typeof data.Enabled !== "boolean") {
        const err2 = { instancePath: instancePath + "/Enabled", schemaPath: "#/properties/Enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.Mode !== void 0) {
      let data1 = data.Mode;
      if (typeof data1 !== "string") {
        const err3 = { instancePath: instancePath + "/Mode", schemaPath: "#/properties/Mode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (!(data1 === "ACCESSED_AND_THROTTLED_KEYS" || data1 === "THROTTLED_KEYS")) {
        const err4 = { instancePath: instancePath + "/Mode", schemaPath: "#/properties/Mode/enum", keyword: "enum", params: { allowedValues: schema32.properties.Mode.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate78.errors = vErrors;
  return errors === 0;
}
var schema34 = { "type": "object", "properties": { "AttributeName": { "type": "string", "minLength": 1, "maxLength": 255, "$comment": "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_KeySchemaElement.html" }, "KeyType": { "type": "string", "enum": ["HASH", "RANGE"], "$comment": "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_KeySchemaElement.html" } }, "required": ["AttributeName", "KeyType"], "additionalProperties": false };
function validate82(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.AttributeName === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "AttributeName" }, message: "must have required property 'AttributeName'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.KeyType === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "KeyType" }, message: "must have required property 'KeyType'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "AttributeName" || key0 === "KeyType")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.AttributeName !== void 0) {
      let data0 = data.AttributeName;
      if (typeof data0 === "string") {
        if (func1(data0) > 255) {
          const err3 = { instancePath: instancePath + "/AttributeName", schemaPath: "#/properties/AttributeName/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err4 = { instancePath: instancePath + "/AttributeName", schemaPath: "#/properties/AttributeName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/AttributeName", schemaPath: "#/properties/AttributeName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.KeyType !== void 0) {
      let data1 = data.KeyType;
      if (typeof data1 !== "string") {
        const err6 = { instancePath: instancePath + "/KeyType", schemaPath: "#/properties/KeyType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (!(data1 === "HASH" || data1 === "RANGE")) {
        const err7 = { instancePath: instancePath + "/KeyType", schemaPath: "#/properties/KeyType/enum", keyword: "enum", params: { allowedValues: schema34.properties.KeyType.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate82.errors = vErrors;
  return errors === 0;
}
function validate84(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "MaxReadRequestUnits" || key0 === "MaxWriteRequestUnits")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.MaxReadRequestUnits !== void 0) {
      let data0 = data.MaxReadRequestUnits;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)))) {
        const err1 = { instancePath: instancePath + "/MaxReadRequestUnits", schemaPath: "#/properties/MaxReadRequestUnits/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (typeof data0 == "number") {
        if (data0 < 1 || isNaN(data0)) {
          const err2 = { instancePath: instancePath + "/MaxReadRequestUnits", schemaPath: "#/properties/MaxReadRequestUnits/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
    if (data.MaxWriteRequestUnits !== void 0) {
      let data1 = data.MaxWriteRequestUnits;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)))) {
        const err3 = { instancePath: instancePath + "/MaxWriteRequestUnits", schemaPath: "#/properties/MaxWriteRequestUnits/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data1 == "number") {
        if (data1 < 1 || isNaN(data1)) {
          const err4 = { instancePath: instancePath + "/MaxWriteRequestUnits", schemaPath: "#/properties/MaxWriteRequestUnits/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate84.errors = vErrors;
  return errors === 0;
}
var schema36 = { "type": "object", "properties": { "NonKeyAttributes": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 255 }, "minItems": 1, "maxItems": 20, "$comment": "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Projection.html" }, "ProjectionType": { "type": "string", "enum": ["ALL", "KEYS_ONLY", "INCLUDE"], "$comment": "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Projection.html" } }, "additionalProperties": false };
function validate86(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "NonKeyAttributes" || key0 === "ProjectionType")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.NonKeyAttributes !== void 0) {
      let data0 = data.NonKeyAttributes;
      if (Array.isArray(data0)) {
        if (data0.length > 20) {
          const err1 = { instancePath: instancePath + "/NonKeyAttributes", schemaPath: "#/properties/NonKeyAttributes/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data0.length < 1) {
          const err2 = { instancePath: instancePath + "/NonKeyAttributes", schemaPath: "#/properties/NonKeyAttributes/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (func1(data1) > 255) {
              const err3 = { instancePath: instancePath + "/NonKeyAttributes/" + i0, schemaPath: "#/properties/NonKeyAttributes/items/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters" };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (func1(data1) < 1) {
              const err4 = { instancePath: instancePath + "/NonKeyAttributes/" + i0, schemaPath: "#/properties/NonKeyAttributes/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/NonKeyAttributes/" + i0, schemaPath: "#/properties/NonKeyAttributes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/NonKeyAttributes", schemaPath: "#/properties/NonKeyAttributes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.ProjectionType !== void 0) {
      let data2 = data.ProjectionType;
      if (typeof data2 !== "string") {
        const err7 = { instancePath: instancePath + "/ProjectionType", schemaPath: "#/properties/ProjectionType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (!(data2 === "ALL" || data2 === "KEYS_ONLY" || data2 === "INCLUDE")) {
        const err8 = { instancePath: instancePath + "/ProjectionType", schemaPath: "#/properties/ProjectionType/enum", keyword: "enum", params: { allowedValues: schema36.properties.ProjectionType.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate86.errors = vErrors;
  return errors === 0;
}
function validate88(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ReadCapacityUnits === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ReadCapacityUnits" }, message: "must have required property 'ReadCapacityUnits'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.WriteCapacityUnits === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "WriteCapacityUnits" }, message: "must have required property 'WriteCapacityUnits'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "ReadCapacityUnits" || key0 === "WriteCapacityUnits")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.ReadCapacityUnits !== void 0) {
      let data0 = data.ReadCapacityUnits;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)))) {
        const err3 = { instancePath: instancePath + "/ReadCapacityUnits", schemaPath: "#/properties/ReadCapacityUnits/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.WriteCapacityUnits !== void 0) {
      let data1 = data.WriteCapacityUnits;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)))) {
        const err4 = { instancePath: instancePath + "/WriteCapacityUnits", schemaPath: "#/properties/WriteCapacityUnits/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate88.errors = vErrors;
  return errors === 0;
}
function validate90(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "ReadUnitsPerSecond" || key0 === "WriteUnitsPerSecond")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.ReadUnitsPerSecond !== void 0) {
      let data0 = data.ReadUnitsPerSecond;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)))) {
        const err1 = { instancePath: instancePath + "/ReadUnitsPerSecond", schemaPath: "#/properties/ReadUnitsPerSecond/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (typeof data0 == "number") {
        if (data0 < 1 || isNaN(data0)) {
          const err2 = { instancePath: instancePath + "/ReadUnitsPerSecond", schemaPath: "#/properties/ReadUnitsPerSecond/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
    if (data.WriteUnitsPerSecond !== void 0) {
      let data1 = data.WriteUnitsPerSecond;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)))) {
        const err3 = { instancePath: instancePath + "/WriteUnitsPerSecond", schemaPath: "#/properties/WriteUnitsPerSecond/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data1 == "number") {
        if (data1 < 1 || isNaN(data1)) {
          const err4 = { instancePath: instancePath + "/WriteUnitsPerSecond", schemaPath: "#/properties/WriteUnitsPerSecond/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate90.errors = vErrors;
  return errors === 0;
}
function validate80(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.IndexName === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "IndexName" }, message: "must have required property 'IndexName'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.KeySchema === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "KeySchema" }, message: "must have required property 'KeySchema'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.Projection === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Projection" }, message: "must have required property 'Projection'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "ContributorInsightsSpecification" || key0 === "IndexName" || key0 === "KeySchema" || key0 === "OnDemandThroughput" || key0 === "Projection" || key0 === "ProvisionedThroughput" || key0 === "WarmThroughput")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.ContributorInsightsSpecification !== void 0) {
      if (!validate78(data.ContributorInsightsSpecification, { instancePath: instancePath + "/ContributorInsightsSpecification", parentData: data, parentDataProperty: "ContributorInsightsSpecification", rootData })) {
        vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
        errors = vErrors.length;
      }
    }
    if (data.IndexName !== void 0) {
      if (typeof data.IndexName !== "string") {
        const err4 = { instancePath: instancePath + "/IndexName", schemaPath: "#/properties/IndexName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.KeySchema !== void 0) {
      let data2 = data.KeySchema;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate82(data2[i0], { instancePath: instancePath + "/KeySchema/" + i0, parentData: data2, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/KeySchema", schemaPath: "#/properties/KeySchema/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.OnDemandThroughput !== void 0) {
      if (!validate84(data.OnDemandThroughput, { instancePath: instancePath + "/OnDemandThroughput", parentData: data, parentDataProperty: "OnDemandThroughput", rootData })) {
        vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
        errors = vErrors.length;
      }
    }
    if (data.Projection !== void 0) {
      if (!validate86(data.Projection, { instancePath: instancePath + "/Projection", parentData: data, parentDataProperty: "Projection", rootData })) {
        vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
        errors = vErrors.length;
      }
    }
    if (data.ProvisionedThroughput !== void 0) {
      if (!validate88(data.ProvisionedThroughput, { instancePath: instancePath + "/ProvisionedThroughput", parentData: data, parentDataProperty: "ProvisionedThroughput", rootData })) {
        vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
        errors = vErrors.length;
      }
    }
    if (data.WarmThroughput !== void 0) {
      if (!validate90(data.WarmThroughput, { instancePath: instancePath + "/WarmThroughput", parentData: data, parentDataProperty: "WarmThroughput", rootData })) {
        vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate80.errors = vErrors;
  return errors === 0;
}
var schema39 = { "type": "object", "properties": { "InputCompressionType": { "type": "string", "enum": ["GZIP", "ZSTD", "NONE"], "$comment": "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ImportTableDescription.html" }, "InputFormat": { "type": "string", "enum": ["DYNAMODB_JSON", "ION", "CSV"], "$comment": "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ImportTableDescription.html" }, "InputFormatOptions": { "$ref": "#/definitions/InputFormatOptions" }, "S3BucketSource": { "$ref": "#/definitions/S3BucketSource" } }, "required": ["InputFormat", "S3BucketSource"], "additionalProperties": false };
function validate95(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "Delimiter" || key0 === "HeaderList")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.Delimiter !== void 0) {
      if (typeof data.Delimiter !== "string") {
        const err1 = { instancePath: instancePath + "/Delimiter", schemaPath: "#/properties/Delimiter/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.HeaderList !== void 0) {
      let data1 = data.HeaderList;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data1[i0] !== "string") {
            const err2 = { instancePath: instancePath + "/HeaderList/" + i0, schemaPath: "#/properties/HeaderList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/HeaderList", schemaPath: "#/properties/HeaderList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate95.errors = vErrors;
  return errors === 0;
}
function validate94(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "Csv")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.Csv !== void 0) {
      if (!validate95(data.Csv, { instancePath: instancePath + "/Csv", parentData: data, parentDataProperty: "Csv", rootData })) {
        vErrors = vErrors === null ? validate95.errors : vErrors.concat(validate95.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate94.errors = vErrors;
  return errors === 0;
}
function validate98(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.S3Bucket === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "S3Bucket" }, message: "must have required property 'S3Bucket'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "S3Bucket" || key0 === "S3BucketOwner" || key0 === "S3KeyPrefix")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.S3Bucket !== void 0) {
      if (typeof data.S3Bucket !== "string") {
        const err2 = { instancePath: instancePath + "/S3Bucket", schemaPath: "#/properties/S3Bucket/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.S3BucketOwner !== void 0) {
      if (typeof data.S3BucketOwner !== "string") {
        const err3 = { instancePath: instancePath + "/S3BucketOwner", schemaPath: "#/properties/S3BucketOwner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.S3KeyPrefix !== void 0) {
      if (typeof data.S3KeyPrefix !== "string") {
        const err4 = { instancePath: instancePath + "/S3KeyPrefix", schemaPath: "#/properties/S3KeyPrefix/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate98.errors = vErrors;
  return errors === 0;
}
function validate93(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.InputFormat === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "InputFormat" }, message: "must have required property 'InputFormat'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.S3BucketSource === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "S3BucketSource" }, message: "must have required property 'S3BucketSource'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "InputCompressionType" || key0 === "InputFormat" || key0 === "InputFormatOptions" || key0 === "S3BucketSource")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.InputCompressionType !== void 0) {
      let data0 = data.InputCompressionType;
      if (typeof data0 !== "string") {
        const err3 = { instancePath: instancePath + "/InputCompressionType", schemaPath: "#/properties/InputCompressionType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (!(data0 === "GZIP" || data0 === "ZSTD" || data0 === "NONE")) {
        const err4 = { instancePath: instancePath + "/InputCompressionType", schemaPath: "#/properties/InputCompressionType/enum", keyword: "enum", params: { allowedValues: schema39.properties.InputCompressionType.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.InputFormat !== void 0) {
      let data1 = data.InputFormat;
      if (typeof data1 !== "string") {
        const err5 = { instancePath: instancePath + "/InputFormat", schemaPath: "#/properties/InputFormat/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (!(data1 === "DYNAMODB_JSON" || data1 === "ION" || data1 === "CSV")) {
        const err6 = { instancePath: instancePath + "/InputFormat", schemaPath: "#/properties/InputFormat/enum", keyword: "enum", params: { allowedValues: schema39.properties.InputFormat.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.InputFormatOptions !== void 0) {
      if (!validate94(data.InputFormatOptions, { instancePath: instancePath + "/InputFormatOptions", parentData: data, parentDataProperty: "InputFormatOptions", rootData })) {
        vErrors = vErrors === null ? validate94.errors : vErrors.concat(validate94.errors);
        errors = vErrors.length;
      }
    }
    if (data.S3BucketSource !== void 0) {
      if (!validate98(data.S3BucketSource, { instancePath: instancePath + "/S3BucketSource", parentData: data, parentDataProperty: "S3BucketSource", rootData })) {
        vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate93.errors = vErrors;
  return errors === 0;
}
var schema43 = { "type": "object", "properties": { "ApproximateCreationDateTimePrecision": { "type": "string", "enum": ["MICROSECOND", "MILLISECOND"] }, "StreamArn": { "type": "string" } }, "required": ["StreamArn"], "additionalProperties": false };
function validate102(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.StreamArn === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "StreamArn" }, message: "must have required property 'StreamArn'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "ApproximateCreationDateTimePrecision" || key0 === "StreamArn")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.ApproximateCreationDateTimePrecision !== void 0) {
      let data0 = data.ApproximateCreationDateTimePrecision;
      if (typeof data0 !== "string") {
        const err2 = { instancePath: instancePath + "/ApproximateCreationDateTimePrecision", schemaPath: "#/properties/ApproximateCreationDateTimePrecision/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (!(data0 === "MICROSECOND" || data0 === "MILLISECOND")) {
        const err3 = { instancePath: instancePath + "/ApproximateCreationDateTimePrecision", schemaPath: "#/properties/ApproximateCreationDateTimePrecision/enum", keyword: "enum", params: { allowedValues: schema43.properties.ApproximateCreationDateTimePrecision.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.StreamArn !== void 0) {
      if (typeof data.StreamArn !== "string") {
        const err4 = { instancePath: instancePath + "/StreamArn", schemaPath: "#/properties/StreamArn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate102.errors = vErrors;
  return errors === 0;
}
function validate104(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.IndexName === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "IndexName" }, message: "must have required property 'IndexName'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.KeySchema === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "KeySchema" }, message: "must have required property 'KeySchema'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.Projection === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Projection" }, message: "must have required property 'Projection'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "IndexName" || key0 === "KeySchema" || key0 === "Projection")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.IndexName !== void 0) {
      if (typeof data.IndexName !== "string") {
        const err4 = { instancePath: instancePath + "/IndexName", schemaPath: "#/properties/IndexName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.KeySchema !== void 0) {
      let data1 = data.KeySchema;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate82(data1[i0], { instancePath: instancePath + "/KeySchema/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/KeySchema", schemaPath: "#/properties/KeySchema/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.Projection !== void 0) {
      if (!validate86(data.Projection, { instancePath: instancePath + "/Projection", parentData: data, parentDataProperty: "Projection", rootData })) {
        vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate104.errors = vErrors;
  return errors === 0;
}
function validate109(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "PointInTimeRecoveryEnabled" || key0 === "RecoveryPeriodInDays")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.PointInTimeRecoveryEnabled !== void 0) {
      if (typeof data.PointInTimeRecoveryEnabled !== "boolean") {
        const err1 = { instancePath: instancePath + "/PointInTimeRecoveryEnabled", schemaPath: "#/properties/PointInTimeRecoveryEnabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.RecoveryPeriodInDays !== void 0) {
      let data1 = data.RecoveryPeriodInDays;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)))) {
        const err2 = { instancePath: instancePath + "/RecoveryPeriodInDays", schemaPath: "#/properties/RecoveryPeriodInDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (typeof data1 == "number") {
        if (data1 > 35 || isNaN(data1)) {
          const err3 = { instancePath: instancePath + "/RecoveryPeriodInDays", schemaPath: "#/properties/RecoveryPeriodInDays/maximum", keyword: "maximum", params: { comparison: "<=", limit: 35 }, message: "must be <= 35" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data1 < 1 || isNaN(data1)) {
          const err4 = { instancePath: instancePath + "/RecoveryPeriodInDays", schemaPath: "#/properties/RecoveryPeriodInDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate109.errors = vErrors;
  return errors === 0;
}
function validate112(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.PolicyDocument === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "PolicyDocument" }, message: "must have required property 'PolicyDocument'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "PolicyDocument")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate112.errors = vErrors;
  return errors === 0;
}
var schema47 = { "type": "object", "properties": { "KMSMasterKeyId": { "type": "string" }, "SSEEnabled": { "type": "boolean" }, "SSEType": { "type": "string", "enum": ["KMS"], "$comment": "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-dynamodb-table-ssespecification.html" } }, "required": ["SSEEnabled"], "additionalProperties": false, "dependencies": { "KMSMasterKeyId": ["SSEType"] }, "$comment": "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-dynamodb-table-ssespecification.html (cfn-lint E3021 enforces it)" };
function validate114(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.SSEEnabled === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "SSEEnabled" }, message: "must have required property 'SSEEnabled'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "KMSMasterKeyId" || key0 === "SSEEnabled" || key0 === "SSEType")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.KMSMasterKeyId !== void 0) {
      if (data.SSEType === void 0) {
        const err2 = { instancePath, schemaPath: "#/dependencies", keyword: "dependencies", params: {
          property: "KMSMasterKeyId",
          missingProperty: "SSEType",
          depsCount: 1,
          deps: "SSEType"
        }, message: "must have property SSEType when property KMSMasterKeyId is present" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.KMSMasterKeyId !== void 0) {
      if (typeof data.KMSMasterKeyId !== "string") {
        const err3 = { instancePath: instancePath + "/KMSMasterKeyId", schemaPath: "#/properties/KMSMasterKeyId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.SSEEnabled !== void 0) {
      if (typeof data.SSEEnabled !== "boolean") {
        const err4 = { instancePath: instancePath + "/SSEEnabled", schemaPath: "#/properties/SSEEnabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.SSEType !== void 0) {
      let data2 = data.SSEType;
      if (typeof data2 !== "string") {
        const err5 = { instancePath: instancePath + "/SSEType", schemaPath: "#/properties/SSEType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (!(data2 === "KMS")) {
        const err6 = { instancePath: instancePath + "/SSEType", schemaPath: "#/properties/SSEType/enum", keyword: "enum", params: { allowedValues: schema47.properties.SSEType.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate114.errors = vErrors;
  return errors === 0;
}
var schema48 = { "type": "object", "properties": { "ResourcePolicy": { "$ref": "#/definitions/ResourcePolicy" }, "StreamViewType": { "type": "string", "enum": ["NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES", "KEYS_ONLY"], "$comment": "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_StreamSpecification.html" }, "Tags": { "type": "array", "items": { "$ref": "#/definitions/Tag" } } }, "required": ["StreamViewType"], "additionalProperties": false };
function validate118(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Key === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Key" }, message: "must have required property 'Key'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.Value === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Value" }, message: "must have required property 'Value'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "Key" || key0 === "Value")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.Key !== void 0) {
      let data0 = data.Key;
      if (typeof data0 === "string") {
        if (func1(data0) > 128) {
          const err3 = { instancePath: instancePath + "/Key", schemaPath: "#/properties/Key/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err4 = { instancePath: instancePath + "/Key", schemaPath: "#/properties/Key/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/Key", schemaPath: "#/properties/Key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.Value !== void 0) {
      let data1 = data.Value;
      if (typeof data1 === "string") {
        if (func1(data1) > 256) {
          const err6 = { instancePath: instancePath + "/Value", schemaPath: "#/properties/Value/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/Value", schemaPath: "#/properties/Value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate118.errors = vErrors;
  return errors === 0;
}
function validate116(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.StreamViewType === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "StreamViewType" }, message: "must have required property 'StreamViewType'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "ResourcePolicy" || key0 === "StreamViewType" || key0 === "Tags")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.ResourcePolicy !== void 0) {
      if (!validate112(data.ResourcePolicy, { instancePath: instancePath + "/ResourcePolicy", parentData: data, parentDataProperty: "ResourcePolicy", rootData })) {
        vErrors = vErrors === null ? validate112.errors : vErrors.concat(validate112.errors);
        errors = vErrors.length;
      }
    }
    if (data.StreamViewType !== void 0) {
      let data1 = data.StreamViewType;
      if (typeof data1 !== "string") {
        const err2 = { instancePath: instancePath + "/StreamViewType", schemaPath: "#/properties/StreamViewType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (!(data1 === "NEW_IMAGE" || data1 === "OLD_IMAGE" || data1 === "NEW_AND_OLD_IMAGES" || data1 === "KEYS_ONLY")) {
        const err3 = { instancePath: instancePath + "/StreamViewType", schemaPath: "#/properties/StreamViewType/enum", keyword: "enum", params: { allowedValues: schema48.properties.StreamViewType.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.Tags !== void 0) {
      let data2 = data.Tags;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate118(data2[i0], { instancePath: instancePath + "/Tags/" + i0, parentData: data2, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate118.errors : vErrors.concat(validate118.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/Tags", schemaPath: "#/properties/Tags/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate116.errors = vErrors;
  return errors === 0;
}
function validate122(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Enabled === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Enabled" }, message: "must have required property 'Enabled'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "AttributeName" || key0 === "Enabled")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.AttributeName !== void 0) {
      let data0 = data.AttributeName;
      if (typeof data0 === "string") {
        if (func1(data0) > 255) {
          const err2 = { instancePath: instancePath + "/AttributeName", schemaPath: "#/properties/AttributeName/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err3 = { instancePath: instancePath + "/AttributeName", schemaPath: "#/properties/AttributeName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/AttributeName", schemaPath: "#/properties/AttributeName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.Enabled !== void 0) {
      if (typeof data.Enabled !== "boolean") {
        const err5 = { instancePath: instancePath + "/Enabled", schemaPath: "#/properties/Enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate122.errors = vErrors;
  return errors === 0;
}
var schema51 = { "type": "object", "properties": { "Dimensions": { "type": "integer" }, "DistanceFunction": { "type": "string", "enum": ["COSINE", "DOT_PRODUCT", "EUCLIDEAN"] }, "IndexName": { "type": "string" }, "Projection": { "$ref": "#/definitions/Projection" }, "SearchSchema": { "type": "array", "items": { "$ref": "#/definitions/SearchSchemaElement" } }, "VectorAttribute": { "$ref": "#/definitions/VectorAttribute" } }, "required": ["Dimensions", "DistanceFunction", "IndexName", "Projection", "VectorAttribute"], "additionalProperties": false };
var schema52 = { "type": "object", "properties": { "AttributeName": { "type": "string" }, "SearchSchemaElementType": { "type": "string", "enum": ["HASH", "INLINE_FILTER"] } }, "required": ["AttributeName", "SearchSchemaElementType"], "additionalProperties": false };
function validate126(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.AttributeName === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "AttributeName" }, message: "must have required property 'AttributeName'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.SearchSchemaElementType === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "SearchSchemaElementType" }, message: "must have required property 'SearchSchemaElementType'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "AttributeName" || key0 === "SearchSchemaElementType")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.AttributeName !== void 0) {
      if (typeof data.AttributeName !== "string") {
        const err3 = { instancePath: instancePath + "/AttributeName", schemaPath: "#/properties/AttributeName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.SearchSchemaElementType !== void 0) {
      let data1 = data.SearchSchemaElementType;
      if (typeof data1 !== "string") {
        const err4 = { instancePath: instancePath + "/SearchSchemaElementType", schemaPath: "#/properties/SearchSchemaElementType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (!(data1 === "HASH" || data1 === "INLINE_FILTER")) {
        const err5 = { instancePath: instancePath + "/SearchSchemaElementType", schemaPath: "#/properties/SearchSchemaElementType/enum", keyword: "enum", params: { allowedValues: schema52.properties.SearchSchemaElementType.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate126.errors = vErrors;
  return errors === 0;
}
function validate128(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.AttributeName === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "AttributeName" }, message: "must have required property 'AttributeName'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "AttributeName")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.AttributeName !== void 0) {
      if (typeof data.AttributeName !== "string") {
        const err2 = { instancePath: instancePath + "/AttributeName", schemaPath: "#/properties/AttributeName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate128.errors = vErrors;
  return errors === 0;
}
function validate124(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Dimensions === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Dimensions" }, message: "must have required property 'Dimensions'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.DistanceFunction === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "DistanceFunction" }, message: "must have required property 'DistanceFunction'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.IndexName === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "IndexName" }, message: "must have required property 'IndexName'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.Projection === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Projection" }, message: "must have required property 'Projection'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.VectorAttribute === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "VectorAttribute" }, message: "must have required property 'VectorAttribute'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "Dimensions" || key0 === "DistanceFunction" || key0 === "IndexName" || key0 === "Projection" || key0 === "SearchSchema" || key0 === "VectorAttribute")) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.Dimensions !== void 0) {
      let data0 = data.Dimensions;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)))) {
        const err6 = { instancePath: instancePath + "/Dimensions", schemaPath: "#/properties/Dimensions/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.DistanceFunction !== void 0) {
      let data1 = data.DistanceFunction;
      if (typeof data1 !== "string") {
        const err7 = { instancePath: instancePath + "/DistanceFunction", schemaPath: "#/properties/DistanceFunction/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (!(data1 === "COSINE" || data1 === "DOT_PRODUCT" || data1 === "EUCLIDEAN")) {
        const err8 = { instancePath: instancePath + "/DistanceFunction", schemaPath: "#/properties/DistanceFunction/enum", keyword: "enum", params: { allowedValues: schema51.properties.DistanceFunction.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.IndexName !== void 0) {
      if (typeof data.IndexName !== "string") {
        const err9 = { instancePath: instancePath + "/IndexName", schemaPath: "#/properties/IndexName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.Projection !== void 0) {
      if (!validate86(data.Projection, { instancePath: instancePath + "/Projection", parentData: data, parentDataProperty: "Projection", rootData })) {
        vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
        errors = vErrors.length;
      }
    }
    if (data.SearchSchema !== void 0) {
      let data4 = data.SearchSchema;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate126(data4[i0], { instancePath: instancePath + "/SearchSchema/" + i0, parentData: data4, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate126.errors : vErrors.concat(validate126.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/SearchSchema", schemaPath: "#/properties/SearchSchema/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.VectorAttribute !== void 0) {
      if (!validate128(data.VectorAttribute, { instancePath: instancePath + "/VectorAttribute", parentData: data, parentDataProperty: "VectorAttribute", rootData })) {
        vErrors = vErrors === null ? validate128.errors : vErrors.concat(validate128.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate124.errors = vErrors;
  return errors === 0;
}
function validate75(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Properties !== void 0) {
      let data0 = data.Properties;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.KeySchema === void 0) {
          const err0 = { instancePath: instancePath + "/Properties", schemaPath: "#/properties/Properties/required", keyword: "required", params: { missingProperty: "KeySchema" }, message: "must have required property 'KeySchema'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        for (const key0 in data0) {
          if (!func0.call(schema30.properties.Properties.properties, key0)) {
            const err1 = { instancePath: instancePath + "/Properties", schemaPath: "#/properties/Properties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data0.AttributeDefinitions !== void 0) {
          let data1 = data0.AttributeDefinitions;
          if (Array.isArray(data1)) {
            const len0 = data1.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (!validate76(data1[i0], { instancePath: instancePath + "/Properties/AttributeDefinitions/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
                vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err2 = { instancePath: instancePath + "/Properties/AttributeDefinitions", schemaPath: "#/properties/Properties/properties/AttributeDefinitions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data0.BillingMode !== void 0) {
          if (typeof data0.BillingMode !== "string") {
            const err3 = { instancePath: instancePath + "/Properties/BillingMode", schemaPath: "#/properties/Properties/properties/BillingMode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data0.ContributorInsightsSpecification !== void 0) {
          if (!validate78(data0.ContributorInsightsSpecification, { instancePath: instancePath + "/Properties/ContributorInsightsSpecification", parentData: data0, parentDataProperty: "ContributorInsightsSpecification", rootData })) {
            vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
            errors = vErrors.length;
          }
        }
        if (data0.DeletionProtectionEnabled !== void 0) {
          if (typeof data0.DeletionProtectionEnabled !== "boolean") {
            const err4 = { instancePath: instancePath + "/Properties/DeletionProtectionEnabled", schemaPath: "#/properties/Properties/properties/DeletionProtectionEnabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.GlobalSecondaryIndexes !== void 0) {
          let data6 = data0.GlobalSecondaryIndexes;
          if (Array.isArray(data6)) {
            const len1 = data6.length;
            for (let i1 = 0; i1 < len1; i1++) {
              if (!validate80(data6[i1], { instancePath: instancePath + "/Properties/GlobalSecondaryIndexes/" + i1, parentData: data6, parentDataProperty: i1, rootData })) {
                vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err5 = { instancePath: instancePath + "/Properties/GlobalSecondaryIndexes", schemaPath: "#/properties/Properties/properties/GlobalSecondaryIndexes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data0.ImportSourceSpecification !== void 0) {
          if (!validate93(data0.ImportSourceSpecification, { instancePath: instancePath + "/Properties/ImportSourceSpecification", parentData: data0, parentDataProperty: "ImportSourceSpecification", rootData })) {
            vErrors = vErrors === null ? validate93.errors : vErrors.concat(validate93.errors);
            errors = vErrors.length;
          }
        }
        if (data0.KeySchema !== void 0) {
          let data9 = data0.KeySchema;
          if (Array.isArray(data9)) {
            const len2 = data9.length;
            for (let i2 = 0; i2 < len2; i2++) {
              if (!validate82(data9[i2], { instancePath: instancePath + "/Properties/KeySchema/" + i2, parentData: data9, parentDataProperty: i2, rootData })) {
                vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err6 = { instancePath: instancePath + "/Properties/KeySchema", schemaPath: "#/properties/Properties/properties/KeySchema/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data0.KinesisStreamSpecification !== void 0) {
          if (!validate102(data0.KinesisStreamSpecification, { instancePath: instancePath + "/Properties/KinesisStreamSpecification", parentData: data0, parentDataProperty: "KinesisStreamSpecification", rootData })) {
            vErrors = vErrors === null ? validate102.errors : vErrors.concat(validate102.errors);
            errors = vErrors.length;
          }
        }
        if (data0.LocalSecondaryIndexes !== void 0) {
          let data12 = data0.LocalSecondaryIndexes;
          if (Array.isArray(data12)) {
            const len3 = data12.length;
            for (let i3 = 0; i3 < len3; i3++) {
              if (!validate104(data12[i3], { instancePath: instancePath + "/Properties/LocalSecondaryIndexes/" + i3, parentData: data12, parentDataProperty: i3, rootData })) {
                vErrors = vErrors === null ? validate104.errors : vErrors.concat(validate104.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err7 = { instancePath: instancePath + "/Properties/LocalSecondaryIndexes", schemaPath: "#/properties/Properties/properties/LocalSecondaryIndexes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data0.OnDemandThroughput !== void 0) {
          if (!validate84(data0.OnDemandThroughput, { instancePath: instancePath + "/Properties/OnDemandThroughput", parentData: data0, parentDataProperty: "OnDemandThroughput", rootData })) {
            vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
            errors = vErrors.length;
          }
        }
        if (data0.PointInTimeRecoverySpecification !== void 0) {
          if (!validate109(data0.PointInTimeRecoverySpecification, { instancePath: instancePath + "/Properties/PointInTimeRecoverySpecification", parentData: data0, parentDataProperty: "PointInTimeRecoverySpecification", rootData })) {
            vErrors = vErrors === null ? validate109.errors : vErrors.concat(validate109.errors);
            errors = vErrors.length;
          }
        }
        if (data0.ProvisionedThroughput !== void 0) {
          if (!validate88(data0.ProvisionedThroughput, { instancePath: instancePath + "/Properties/ProvisionedThroughput", parentData: data0, parentDataProperty: "ProvisionedThroughput", rootData })) {
            vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
            errors = vErrors.length;
          }
        }
        if (data0.ResourcePolicy !== void 0) {
          if (!validate112(data0.ResourcePolicy, { instancePath: instancePath + "/Properties/ResourcePolicy", parentData: data0, parentDataProperty: "ResourcePolicy", rootData })) {
            vErrors = vErrors === null ? validate112.errors : vErrors.concat(validate112.errors);
            errors = vErrors.length;
          }
        }
        if (data0.SSESpecification !== void 0) {
          if (!validate114(data0.SSESpecification, { instancePath: instancePath + "/Properties/SSESpecification", parentData: data0, parentDataProperty: "SSESpecification", rootData })) {
            vErrors = vErrors === null ? validate114.errors : vErrors.concat(validate114.errors);
            errors = vErrors.length;
          }
        }
        if (data0.StreamSpecification !== void 0) {
          if (!validate116(data0.StreamSpecification, { instancePath: instancePath + "/Properties/StreamSpecification", parentData: data0, parentDataProperty: "StreamSpecification", rootData })) {
            vErrors = vErrors === null ? validate116.errors : vErrors.concat(validate116.errors);
            errors = vErrors.length;
          }
        }
        if (data0.TableClass !== void 0) {
          let data20 = data0.TableClass;
          if (typeof data20 !== "string") {
            const err8 = { instancePath: instancePath + "/Properties/TableClass", schemaPath: "#/properties/Properties/properties/TableClass/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
          if (!(data20 === "STANDARD" || data20 === "STANDARD_INFREQUENT_ACCESS")) {
            const err9 = { instancePath: instancePath + "/Properties/TableClass", schemaPath: "#/properties/Properties/properties/TableClass/enum", keyword: "enum", params: { allowedValues: schema30.properties.Properties.properties.TableClass.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data0.TableName !== void 0) {
          if (typeof data0.TableName !== "string") {
            const err10 = { instancePath: instancePath + "/Properties/TableName", schemaPath: "#/properties/Properties/properties/TableName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data0.Tags !== void 0) {
          let data22 = data0.Tags;
          if (Array.isArray(data22)) {
            const len4 = data22.length;
            for (let i4 = 0; i4 < len4; i4++) {
              if (!validate118(data22[i4], { instancePath: instancePath + "/Properties/Tags/" + i4, parentData: data22, parentDataProperty: i4, rootData })) {
                vErrors = vErrors === null ? validate118.errors : vErrors.concat(validate118.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err11 = { instancePath: instancePath + "/Properties/Tags", schemaPath: "#/properties/Properties/properties/Tags/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data0.TimeToLiveSpecification !== void 0) {
          if (!validate122(data0.TimeToLiveSpecification, { instancePath: instancePath + "/Properties/TimeToLiveSpecification", parentData: data0, parentDataProperty: "TimeToLiveSpecification", rootData })) {
            vErrors = vErrors === null ? validate122.errors : vErrors.concat(validate122.errors);
            errors = vErrors.length;
          }
        }
        if (data0.VectorIndexes !== void 0) {
          let data25 = data0.VectorIndexes;
          if (Array.isArray(data25)) {
            const len5 = data25.length;
            for (let i5 = 0; i5 < len5; i5++) {
              if (!validate124(data25[i5], { instancePath: instancePath + "/Properties/VectorIndexes/" + i5, parentData: data25, parentDataProperty: i5, rootData })) {
                vErrors = vErrors === null ? validate124.errors : vErrors.concat(validate124.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err12 = { instancePath: instancePath + "/Properties/VectorIndexes", schemaPath: "#/properties/Properties/properties/VectorIndexes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data0.WarmThroughput !== void 0) {
          if (!validate90(data0.WarmThroughput, { instancePath: instancePath + "/Properties/WarmThroughput", parentData: data0, parentDataProperty: "WarmThroughput", rootData })) {
            vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/Properties", schemaPath: "#/properties/Properties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.DeletionPolicy !== void 0) {
      let data28 = data.DeletionPolicy;
      if (typeof data28 !== "string") {
        const err14 = { instancePath: instancePath + "/DeletionPolicy", schemaPath: "#/properties/DeletionPolicy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (!(data28 === "Delete" || data28 === "Retain" || data28 === "RetainExceptOnCreate")) {
        const err15 = { instancePath: instancePath + "/DeletionPolicy", schemaPath: "#/properties/DeletionPolicy/enum", keyword: "enum", params: { allowedValues: schema30.properties.DeletionPolicy.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.UpdateReplacePolicy !== void 0) {
      let data29 = data.UpdateReplacePolicy;
      if (typeof data29 !== "string") {
        const err16 = { instancePath: instancePath + "/UpdateReplacePolicy", schemaPath: "#/properties/UpdateReplacePolicy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (!(data29 === "Delete" || data29 === "Retain")) {
        const err17 = { instancePath: instancePath + "/UpdateReplacePolicy", schemaPath: "#/properties/UpdateReplacePolicy/enum", keyword: "enum", params: { allowedValues: schema30.properties.UpdateReplacePolicy.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate75.errors = vErrors;
  return errors === 0;
}
var v2 = validate132;
var schema54 = { "$comment": "AWS::Serverless::SimpleTable: properties and types from the resource database; constraints with a $comment are added from the page it names", "type": "object", "properties": { "Properties": { "type": "object", "properties": { "PrimaryKey": { "$ref": "#/definitions/PrimaryKey" }, "ProvisionedThroughput": { "$ref": "#/definitions/ProvisionedThroughput" }, "SSESpecification": { "$ref": "#/definitions/SSESpecification" }, "TableName": { "type": "string" }, "Tags": { "type": "object", "additionalProperties": { "type": "string" } }, "TableClass": { "enum": ["STANDARD", "STANDARD_INFREQUENT_ACCESS"], "$comment": "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-dynamodb-table.html#cfn-dynamodb-table-tableclass" }, "PointInTimeRecoverySpecification": { "type": "object", "additionalProperties": false, "properties": { "PointInTimeRecoveryEnabled": { "type": "boolean" }, "RecoveryPeriodInDays": { "type": "integer", "minimum": 1, "maximum": 35 } }, "$comment": "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-simpletable.html" } }, "additionalProperties": false }, "DeletionPolicy": { "type": "string", "enum": ["Delete", "Retain", "RetainExceptOnCreate"], "$comment": "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-deletionpolicy.html" }, "UpdateReplacePolicy": { "type": "string", "enum": ["Delete", "Retain"], "$comment": "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-updatereplacepolicy.html" } }, "definitions": { "PrimaryKey": { "type": "object", "properties": { "Name": { "type": "string" }, "Type": { "type": "string", "enum": ["String", "Number", "Binary"], "$comment": "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-simpletable-primarykeyobject.html" } }, "required": ["Name", "Type"], "additionalProperties": false, "$comment": "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-simpletable-primarykeyobject.html" }, "ProvisionedThroughput": { "type": "object", "properties": { "ReadCapacityUnits": { "type": "integer", "minimum": 1, "$comment": "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ProvisionedThroughput.html" }, "WriteCapacityUnits": { "type": "integer", "minimum": 1, "$comment": "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ProvisionedThroughput.html" } }, "required": ["ReadCapacityUnits", "WriteCapacityUnits"], "additionalProperties": false, "$comment": "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ProvisionedThroughput.html" }, "SSESpecification": { "type": "object", "properties": { "SSEEnabled": { "type": "boolean" }, "KMSMasterKeyId": { "type": "string" }, "SSEType": { "type": "string", "enum": ["KMS"] } }, "additionalProperties": false, "$comment": "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-simpletable.html" } } };
var schema55 = { "type": "object", "properties": { "Name": { "type": "string" }, "Type": { "type": "string", "enum": ["String", "Number", "Binary"], "$comment": "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-simpletable-primarykeyobject.html" } }, "required": ["Name", "Type"], "additionalProperties": false, "$comment": "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-simpletable-primarykeyobject.html" };
function validate133(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Name" }, message: "must have required property 'Name'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.Type === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Type" }, message: "must have required property 'Type'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "Name" || key0 === "Type")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.Name !== void 0) {
      if (typeof data.Name !== "string") {
        const err3 = { instancePath: instancePath + "/Name", schemaPath: "#/properties/Name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.Type !== void 0) {
      let data1 = data.Type;
      if (typeof data1 !== "string") {
        const err4 = { instancePath: instancePath + "/Type", schemaPath: "#/properties/Type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (!(data1 === "String" || data1 === "Number" || data1 === "Binary")) {
        const err5 = { instancePath: instancePath + "/Type", schemaPath: "#/properties/Type/enum", keyword: "enum", params: { allowedValues: schema55.properties.Type.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate133.errors = vErrors;
  return errors === 0;
}
function validate135(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ReadCapacityUnits === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ReadCapacityUnits" }, message: "must have required property 'ReadCapacityUnits'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.WriteCapacityUnits === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "WriteCapacityUnits" }, message: "must have required property 'WriteCapacityUnits'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "ReadCapacityUnits" || key0 === "WriteCapacityUnits")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.ReadCapacityUnits !== void 0) {
      let data0 = data.ReadCapacityUnits;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)))) {
        const err3 = { instancePath: instancePath + "/ReadCapacityUnits", schemaPath: "#/properties/ReadCapacityUnits/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data0 == "number") {
        if (data0 < 1 || isNaN(data0)) {
          const err4 = { instancePath: instancePath + "/ReadCapacityUnits", schemaPath: "#/properties/ReadCapacityUnits/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    if (data.WriteCapacityUnits !== void 0) {
      let data1 = data.WriteCapacityUnits;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)))) {
        const err5 = { instancePath: instancePath + "/WriteCapacityUnits", schemaPath: "#/properties/WriteCapacityUnits/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data1 == "number") {
        if (data1 < 1 || isNaN(data1)) {
          const err6 = { instancePath: instancePath + "/WriteCapacityUnits", schemaPath: "#/properties/WriteCapacityUnits/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate135.errors = vErrors;
  return errors === 0;
}
var schema57 = { "type": "object", "properties": { "SSEEnabled": { "type": "boolean" }, "KMSMasterKeyId": { "type": "string" }, "SSEType": { "type": "string", "enum": ["KMS"] } }, "additionalProperties": false, "$comment": "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-simpletable.html" };
function validate137(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "SSEEnabled" || key0 === "KMSMasterKeyId" || key0 === "SSEType")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.SSEEnabled !== void 0) {
      if (typeof data.SSEEnabled !== "boolean") {
        const err1 = { instancePath: instancePath + "/SSEEnabled", schemaPath: "#/properties/SSEEnabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.KMSMasterKeyId !== void 0) {
      if (typeof data.KMSMasterKeyId !== "string") {
        const err2 = { instancePath: instancePath + "/KMSMasterKeyId", schemaPath: "#/properties/KMSMasterKeyId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.SSEType !== void 0) {
      let data2 = data.SSEType;
      if (typeof data2 !== "string") {
        const err3 = { instancePath: instancePath + "/SSEType", schemaPath: "#/properties/SSEType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (!(data2 === "KMS")) {
        const err4 = { instancePath: instancePath + "/SSEType", schemaPath: "#/properties/SSEType/enum", keyword: "enum", params: { allowedValues: schema57.properties.SSEType.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate137.errors = vErrors;
  return errors === 0;
}
function validate132(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Properties !== void 0) {
      let data0 = data.Properties;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key0 in data0) {
          if (!(key0 === "PrimaryKey" || key0 === "ProvisionedThroughput" || key0 === "SSESpecification" || key0 === "TableName" || key0 === "Tags" || key0 === "TableClass" || key0 === "PointInTimeRecoverySpecification")) {
            const err0 = { instancePath: instancePath + "/Properties", schemaPath: "#/properties/Properties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
        }
        if (data0.PrimaryKey !== void 0) {
          if (!validate133(data0.PrimaryKey, { instancePath: instancePath + "/Properties/PrimaryKey", parentData: data0, parentDataProperty: "PrimaryKey", rootData })) {
            vErrors = vErrors === null ? validate133.errors : vErrors.concat(validate133.errors);
            errors = vErrors.length;
          }
        }
        if (data0.ProvisionedThroughput !== void 0) {
          if (!validate135(data0.ProvisionedThroughput, { instancePath: instancePath + "/Properties/ProvisionedThroughput", parentData: data0, parentDataProperty: "ProvisionedThroughput", rootData })) {
            vErrors = vErrors === null ? validate135.errors : vErrors.concat(validate135.errors);
            errors = vErrors.length;
          }
        }
        if (data0.SSESpecification !== void 0) {
          if (!validate137(data0.SSESpecification, { instancePath: instancePath + "/Properties/SSESpecification", parentData: data0, parentDataProperty: "SSESpecification", rootData })) {
            vErrors = vErrors === null ? validate137.errors : vErrors.concat(validate137.errors);
            errors = vErrors.length;
          }
        }
        if (data0.TableName !== void 0) {
          if (typeof data0.TableName !== "string") {
            const err1 = { instancePath: instancePath + "/Properties/TableName", schemaPath: "#/properties/Properties/properties/TableName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data0.Tags !== void 0) {
          let data5 = data0.Tags;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            for (const key1 in data5) {
              if (typeof data5[key1] !== "string") {
                const err2 = { instancePath: instancePath + "/Properties/Tags/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/Properties/properties/Tags/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
            }
          } else {
            const err3 = { instancePath: instancePath + "/Properties/Tags", schemaPath: "#/properties/Properties/properties/Tags/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data0.TableClass !== void 0) {
          let data7 = data0.TableClass;
          if (!(data7 === "STANDARD" || data7 === "STANDARD_INFREQUENT_ACCESS")) {
            const err4 = { instancePath: instancePath + "/Properties/TableClass", schemaPath: "#/properties/Properties/properties/TableClass/enum", keyword: "enum", params: { allowedValues: schema54.properties.Properties.properties.TableClass.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.PointInTimeRecoverySpecification !== void 0) {
          let data8 = data0.PointInTimeRecoverySpecification;
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            for (const key2 in data8) {
              if (!(key2 === "PointInTimeRecoveryEnabled" || key2 === "RecoveryPeriodInDays")) {
                const err5 = { instancePath: instancePath + "/Properties/PointInTimeRecoverySpecification", schemaPath: "#/properties/Properties/properties/PointInTimeRecoverySpecification/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data8.PointInTimeRecoveryEnabled !== void 0) {
              if (typeof data8.PointInTimeRecoveryEnabled !== "boolean") {
                const err6 = { instancePath: instancePath + "/Properties/PointInTimeRecoverySpecification/PointInTimeRecoveryEnabled", schemaPath: "#/properties/Properties/properties/PointInTimeRecoverySpecification/properties/PointInTimeRecoveryEnabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data8.RecoveryPeriodInDays !== void 0) {
              let data10 = data8.RecoveryPeriodInDays;
              if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)))) {
                const err7 = { instancePath: instancePath + "/Properties/PointInTimeRecoverySpecification/RecoveryPeriodInDays", schemaPath: "#/properties/Properties/properties/PointInTimeRecoverySpecification/properties/RecoveryPeriodInDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
              if (typeof data10 == "number") {
                if (data10 > 35 || isNaN(data10)) {
                  const err8 = { instancePath: instancePath + "/Properties/PointInTimeRecoverySpecification/RecoveryPeriodInDays", schemaPath: "#/properties/Properties/properties/PointInTimeRecoverySpecification/properties/RecoveryPeriodInDays/maximum", keyword: "maximum", params: { comparison: "<=", limit: 35 }, message: "must be <= 35" };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                }
                if (data10 < 1 || isNaN(data10)) {
                  const err9 = { instancePath: instancePath + "/Properties/PointInTimeRecoverySpecification/RecoveryPeriodInDays", schemaPath: "#/properties/Properties/properties/PointInTimeRecoverySpecification/properties/RecoveryPeriodInDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err10 = { instancePath: instancePath + "/Properties/PointInTimeRecoverySpecification", schemaPath: "#/properties/Properties/properties/PointInTimeRecoverySpecification/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/Properties", schemaPath: "#/properties/Properties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.DeletionPolicy !== void 0) {
      let data11 = data.DeletionPolicy;
      if (typeof data11 !== "string") {
        const err12 = { instancePath: instancePath + "/DeletionPolicy", schemaPath: "#/properties/DeletionPolicy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (!(data11 === "Delete" || data11 === "Retain" || data11 === "RetainExceptOnCreate")) {
        const err13 = { instancePath: instancePath + "/DeletionPolicy", schemaPath: "#/properties/DeletionPolicy/enum", keyword: "enum", params: { allowedValues: schema54.properties.DeletionPolicy.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.UpdateReplacePolicy !== void 0) {
      let data12 = data.UpdateReplacePolicy;
      if (typeof data12 !== "string") {
        const err14 = { instancePath: instancePath + "/UpdateReplacePolicy", schemaPath: "#/properties/UpdateReplacePolicy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (!(data12 === "Delete" || data12 === "Retain")) {
        const err15 = { instancePath: instancePath + "/UpdateReplacePolicy", schemaPath: "#/properties/UpdateReplacePolicy/enum", keyword: "enum", params: { allowedValues: schema54.properties.UpdateReplacePolicy.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate132.errors = vErrors;
  return errors === 0;
}
var v3 = validate139;
var schema58 = { "$comment": "aws_dynamodb_global_secondary_index: arguments, blocks and types from the provider bindings; constraints with a $comment are added from the page it names", "type": "object", "properties": { "index_name": { "type": "string" }, "key_schema": { "type": "array", "items": { "type": "object", "properties": { "attribute_name": { "type": "string" }, "attribute_type": { "type": "string", "enum": ["S", "N", "B"], "$comment": "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_global_secondary_index#attribute_type" }, "key_type": { "type": "string", "enum": ["HASH", "RANGE"], "$comment": "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_global_secondary_index#key_type" } }, "required": ["attribute_name", "attribute_type", "key_type"], "additionalProperties": false } }, "on_demand_throughput": { "type": "array", "items": { "type": "object", "properties": { "max_read_request_units": { "type": "number" }, "max_write_request_units": { "type": "number" } }, "additionalProperties": false } }, "projection": { "type": "array", "items": { "type": "object", "properties": { "non_key_attributes": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 255 }, "maxItems": 20, "$comment": "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Projection.html" }, "projection_type": { "type": "string", "enum": ["ALL", "INCLUDE", "KEYS_ONLY"], "$comment": "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_global_secondary_index#projection_type" } }, "required": ["projection_type"], "additionalProperties": false } }, "provisioned_throughput": { "type": "array", "items": { "type": "object", "properties": { "read_capacity_units": { "type": "number" }, "write_capacity_units": { "type": "number" } }, "additionalProperties": false } }, "region": { "type": "string" }, "table_name": { "type": "string" }, "timeouts": { "type": "array", "maxItems": 1, "items": { "type": "object", "properties": { "create": { "type": "string" }, "delete": { "type": "string" }, "update": { "type": "string" } }, "additionalProperties": false } }, "warm_throughput": { "type": "array", "maxItems": 1, "items": { "type": "object", "properties": { "read_units_per_second": { "type": "number" }, "write_units_per_second": { "type": "number" } }, "additionalProperties": false } } }, "required": ["index_name", "table_name"], "additionalProperties": false };
function validate139(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.index_name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "index_name" }, message: "must have required property 'index_name'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.table_name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "table_name" }, message: "must have required property 'table_name'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func0.call(schema58.properties, key0)) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.index_name !== void 0) {
      if (typeof data.index_name !== "string") {
        const err3 = { instancePath: instancePath + "/index_name", schemaPath: "#/properties/index_name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.key_schema !== void 0) {
      let data1 = data.key_schema;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.attribute_name === void 0) {
              const err4 = { instancePath: instancePath + "/key_schema/" + i0, schemaPath: "#/properties/key_schema/items/required", keyword: "required", params: { missingProperty: "attribute_name" }, message: "must have required property 'attribute_name'" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (data2.attribute_type === void 0) {
              const err5 = { instancePath: instancePath + "/key_schema/" + i0, schemaPath: "#/properties/key_schema/items/required", keyword: "required", params: { missingProperty: "attribute_type" }, message: "must have required property 'attribute_type'" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (data2.key_type === void 0) {
              const err6 = { instancePath: instancePath + "/key_schema/" + i0, schemaPath: "#/properties/key_schema/items/required", keyword: "required", params: { missingProperty: "key_type" }, message: "must have required property 'key_type'" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            for (const key1 in data2) {
              if (!(key1 === "attribute_name" || key1 === "attribute_type" || key1 === "key_type")) {
                const err7 = { instancePath: instancePath + "/key_schema/" + i0, schemaPath: "#/properties/key_schema/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data2.attribute_name !== void 0) {
              if (typeof data2.attribute_name !== "string") {
                const err8 = { instancePath: instancePath + "/key_schema/" + i0 + "/attribute_name", schemaPath: "#/properties/key_schema/items/properties/attribute_name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data2.attribute_type !== void 0) {
              let data4 = data2.attribute_type;
              if (typeof data4 !== "string") {
                const err9 = { instancePath: instancePath + "/key_schema/" + i0 + "/attribute_type", schemaPath: "#/properties/key_schema/items/properties/attribute_type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
              if (!(data4 === "S" || data4 === "N" || data4 === "B")) {
                const err10 = { instancePath: instancePath + "/key_schema/" + i0 + "/attribute_type", schemaPath: "#/properties/key_schema/items/properties/attribute_type/enum", keyword: "enum", params: { allowedValues: schema58.properties.key_schema.items.properties.attribute_type.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data2.key_type !== void 0) {
              let data5 = data2.key_type;
              if (typeof data5 !== "string") {
                const err11 = { instancePath: instancePath + "/key_schema/" + i0 + "/key_type", schemaPath: "#/properties/key_schema/items/properties/key_type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
              if (!(data5 === "HASH" || data5 === "RANGE")) {
                const err12 = { instancePath: instancePath + "/key_schema/" + i0 + "/key_type", schemaPath: "#/properties/key_schema/items/properties/key_type/enum", keyword: "enum", params: { allowedValues: schema58.properties.key_schema.items.properties.key_type.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
          } else {
            const err13 = { instancePath: instancePath + "/key_schema/" + i0, schemaPath: "#/properties/key_schema/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/key_schema", schemaPath: "#/properties/key_schema/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.on_demand_throughput !== void 0) {
      let data6 = data.on_demand_throughput;
      if (Array.isArray(data6)) {
        const len1 = data6.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data7 = data6[i1];
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            for (const key2 in data7) {
              if (!(key2 === "max_read_request_units" || key2 === "max_write_request_units")) {
                const err15 = { instancePath: instancePath + "/on_demand_throughput/" + i1, schemaPath: "#/properties/on_demand_throughput/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data7.max_read_request_units !== void 0) {
              if (!(typeof data7.max_read_request_units == "number")) {
                const err16 = { instancePath: instancePath + "/on_demand_throughput/" + i1 + "/max_read_request_units", schemaPath: "#/properties/on_demand_throughput/items/properties/max_read_request_units/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data7.max_write_request_units !== void 0) {
              if (!(typeof data7.max_write_request_units == "number")) {
                const err17 = { instancePath: instancePath + "/on_demand_throughput/" + i1 + "/max_write_request_units", schemaPath: "#/properties/on_demand_throughput/items/properties/max_write_request_units/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
          } else {
            const err18 = { instancePath: instancePath + "/on_demand_throughput/" + i1, schemaPath: "#/properties/on_demand_throughput/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/on_demand_throughput", schemaPath: "#/properties/on_demand_throughput/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.projection !== void 0) {
      let data10 = data.projection;
      if (Array.isArray(data10)) {
        const len2 = data10.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data11 = data10[i2];
          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            if (data11.projection_type === void 0) {
              const err20 = { instancePath: instancePath + "/projection/" + i2, schemaPath: "#/properties/projection/items/required", keyword: "required", params: { missingProperty: "projection_type" }, message: "must have required property 'projection_type'" };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            for (const key3 in data11) {
              if (!(key3 === "non_key_attributes" || key3 === "projection_type")) {
                const err21 = { instancePath: instancePath + "/projection/" + i2, schemaPath: "#/properties/projection/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data11.non_key_attributes !== void 0) {
              let data12 = data11.non_key_attributes;
              if (Array.isArray(data12)) {
                if (data12.length > 20) {
                  const err22 = { instancePath: instancePath + "/projection/" + i2 + "/non_key_attributes", schemaPath: "#/properties/projection/items/properties/non_key_attributes/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items" };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
                const len3 = data12.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data13 = data12[i3];
                  if (typeof data13 === "string") {
                    if (func1(data13) > 255) {
                      const err23 = { instancePath: instancePath + "/projection/" + i2 + "/non_key_attributes/" + i3, schemaPath: "#/properties/projection/items/properties/non_key_attributes/items/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters" };
                      if (vErrors === null) {
                        vErrors = [err23];
                      } else {
                        vErrors.push(err23);
                      }
                      errors++;
                    }
                    if (func1(data13) < 1) {
                      const err24 = { instancePath: instancePath + "/projection/" + i2 + "/non_key_attributes/" + i3, schemaPath: "#/properties/projection/items/properties/non_key_attributes/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err24];
                      } else {
                        vErrors.push(err24);
                      }
                      errors++;
                    }
                  } else {
                    const err25 = { instancePath: instancePath + "/projection/" + i2 + "/non_key_attributes/" + i3, schemaPath: "#/properties/projection/items/properties/non_key_attributes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                }
              } else {
                const err26 = { instancePath: instancePath + "/projection/" + i2 + "/non_key_attributes", schemaPath: "#/properties/projection/items/properties/non_key_attributes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data11.projection_type !== void 0) {
              let data14 = data11.projection_type;
              if (typeof data14 !== "string") {
                const err27 = { instancePath: instancePath + "/projection/" + i2 + "/projection_type", schemaPath: "#/properties/projection/items/properties/projection_type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
              if (!(data14 === "ALL" || data14 === "INCLUDE" || data14 === "KEYS_ONLY")) {
                const err28 = { instancePath: instancePath + "/projection/" + i2 + "/projection_type", schemaPath: "#/properties/projection/items/properties/projection_type/enum", keyword: "enum", params: { allowedValues: schema58.properties.projection.items.properties.projection_type.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
          } else {
            const err29 = { instancePath: instancePath + "/projection/" + i2, schemaPath: "#/properties/projection/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/projection", schemaPath: "#/properties/projection/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.provisioned_throughput !== void 0) {
      let data15 = data.provisioned_throughput;
      if (Array.isArray(data15)) {
        const len4 = data15.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data16 = data15[i4];
          if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
            for (const key4 in data16) {
              if (!(key4 === "read_capacity_units" || key4 === "write_capacity_units")) {
                const err31 = { instancePath: instancePath + "/provisioned_throughput/" + i4, schemaPath: "#/properties/provisioned_throughput/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data16.read_capacity_units !== void 0) {
              if (!(typeof data16.read_capacity_units == "number")) {
                const err32 = { instancePath: instancePath + "/provisioned_throughput/" + i4 + "/read_capacity_units", schemaPath: "#/properties/provisioned_throughput/items/properties/read_capacity_units/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data16.write_capacity_units !== void 0) {
              if (!(typeof data16.write_capacity_units == "number")) {
                const err33 = { instancePath: instancePath + "/provisioned_throughput/" + i4 + "/write_capacity_units", schemaPath: "#/properties/provisioned_throughput/items/properties/write_capacity_units/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
          } else {
            const err34 = { instancePath: instancePath + "/provisioned_throughput/" + i4, schemaPath: "#/properties/provisioned_throughput/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/provisioned_throughput", schemaPath: "#/properties/provisioned_throughput/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.region !== void 0) {
      if (typeof data.region !== "string") {
        const err36 = { instancePath: instancePath + "/region", schemaPath: "#/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.table_name !== void 0) {
      if (typeof data.table_name !== "string") {
        const err37 = { instancePath: instancePath + "/table_name", schemaPath: "#/properties/table_name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.timeouts !== void 0) {
      let data21 = data.timeouts;
      if (Array.isArray(data21)) {
        if (data21.length > 1) {
          const err38 = { instancePath: instancePath + "/timeouts", schemaPath: "#/properties/timeouts/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items" };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        const len5 = data21.length;
        for (let i5 = 0; i5 < len5; i5++) {
          let data22 = data21[i5];
          if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
            for (const key5 in data22) {
              if (!(key5 === "create" || key5 === "delete" || key5 === "update")) {
                const err39 = { instancePath: instancePath + "/timeouts/" + i5, schemaPath: "#/properties/timeouts/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data22.create !== void 0) {
              if (typeof data22.create !== "string") {
                const err40 = { instancePath: instancePath + "/timeouts/" + i5 + "/create", schemaPath: "#/properties/timeouts/items/properties/create/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            if (data22.delete !== void 0) {
              if (typeof data22.delete !== "string") {
                const err41 = { instancePath: instancePath + "/timeouts/" + i5 + "/delete", schemaPath: "#/properties/timeouts/items/properties/delete/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
            if (data22.update !== void 0) {
              if (typeof data22.update !== "string") {
                const err42 = { instancePath: instancePath + "/timeouts/" + i5 + "/update", schemaPath: "#/properties/timeouts/items/properties/update/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
          } else {
            const err43 = { instancePath: instancePath + "/timeouts/" + i5, schemaPath: "#/properties/timeouts/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
      } else {
        const err44 = { instancePath: instancePath + "/timeouts", schemaPath: "#/properties/timeouts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.warm_throughput !== void 0) {
      let data26 = data.warm_throughput;
      if (Array.isArray(data26)) {
        if (data26.length > 1) {
          const err45 = { instancePath: instancePath + "/warm_throughput", schemaPath: "#/properties/warm_throughput/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items" };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
        const len6 = data26.length;
        for (let i6 = 0; i6 < len6; i6++) {
          let data27 = data26[i6];
          if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
            for (const key6 in data27) {
              if (!(key6 === "read_units_per_second" || key6 === "write_units_per_second")) {
                const err46 = { instancePath: instancePath + "/warm_throughput/" + i6, schemaPath: "#/properties/warm_throughput/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data27.read_units_per_second !== void 0) {
              if (!(typeof data27.read_units_per_second == "number")) {
                const err47 = { instancePath: instancePath + "/warm_throughput/" + i6 + "/read_units_per_second", schemaPath: "#/properties/warm_throughput/items/properties/read_units_per_second/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data27.write_units_per_second !== void 0) {
              if (!(typeof data27.write_units_per_second == "number")) {
                const err48 = { instancePath: instancePath + "/warm_throughput/" + i6 + "/write_units_per_second", schemaPath: "#/properties/warm_throughput/items/properties/write_units_per_second/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
          } else {
            const err49 = { instancePath: instancePath + "/warm_throughput/" + i6, schemaPath: "#/properties/warm_throughput/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
      } else {
        const err50 = { instancePath: instancePath + "/warm_throughput", schemaPath: "#/properties/warm_throughput/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
    }
  } else {
    const err51 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err51];
    } else {
      vErrors.push(err51);
    }
    errors++;
  }
  validate139.errors = vErrors;
  return errors === 0;
}
var v4 = validate140;
function validate140(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.replica === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "replica" }, message: "must have required property 'replica'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "name" || key0 === "region" || key0 === "replica" || key0 === "timeouts")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      if (typeof data.id !== "string") {
        const err3 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.region !== void 0) {
      if (typeof data.region !== "string") {
        const err5 = { instancePath: instancePath + "/region", schemaPath: "#/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.replica !== void 0) {
      let data3 = data.replica;
      if (Array.isArray(data3)) {
        if (data3.length < 1) {
          const err6 = { instancePath: instancePath + "/replica", schemaPath: "#/properties/replica/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            if (data4.region_name === void 0) {
              const err7 = { instancePath: instancePath + "/replica/" + i0, schemaPath: "#/properties/replica/items/required", keyword: "required", params: { missingProperty: "region_name" }, message: "must have required property 'region_name'" };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            for (const key1 in data4) {
              if (!(key1 === "region_name")) {
                const err8 = { instancePath: instancePath + "/replica/" + i0, schemaPath: "#/properties/replica/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data4.region_name !== void 0) {
              if (typeof data4.region_name !== "string") {
                const err9 = { instancePath: instancePath + "/replica/" + i0 + "/region_name", schemaPath: "#/properties/replica/items/properties/region_name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
          } else {
            const err10 = { instancePath: instancePath + "/replica/" + i0, schemaPath: "#/properties/replica/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/replica", schemaPath: "#/properties/replica/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.timeouts !== void 0) {
      let data6 = data.timeouts;
      if (Array.isArray(data6)) {
        if (data6.length > 1) {
          const err12 = { instancePath: instancePath + "/timeouts", schemaPath: "#/properties/timeouts/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        const len1 = data6.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data7 = data6[i1];
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            for (const key2 in data7) {
              if (!(key2 === "create" || key2 === "delete" || key2 === "update")) {
                const err13 = { instancePath: instancePath + "/timeouts/" + i1, schemaPath: "#/properties/timeouts/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data7.create !== void 0) {
              if (typeof data7.create !== "string") {
                const err14 = { instancePath: instancePath + "/timeouts/" + i1 + "/create", schemaPath: "#/properties/timeouts/items/properties/create/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data7.delete !== void 0) {
              if (typeof data7.delete !== "string") {
                const err15 = { instancePath: instancePath + "/timeouts/" + i1 + "/delete", schemaPath: "#/properties/timeouts/items/properties/delete/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data7.update !== void 0) {
              if (typeof data7.update !== "string") {
                const err16 = { instancePath: instancePath + "/timeouts/" + i1 + "/update", schemaPath: "#/properties/timeouts/items/properties/update/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
          } else {
            const err17 = { instancePath: instancePath + "/timeouts/" + i1, schemaPath: "#/properties/timeouts/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/timeouts", schemaPath: "#/properties/timeouts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
  } else {
    const err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate140.errors = vErrors;
  return errors === 0;
}
var v5 = validate141;
var schema60 = { "$comment": "aws_dynamodb_table: arguments, blocks and types from the provider bindings; constraints with a $comment are added from the page it names", "type": "object", "properties": { "attribute": { "type": "array", "items": { "type": "object", "properties": { "name": { "type": "string", "minLength": 1, "maxLength": 255, "$comment": "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_AttributeDefinition.html" }, "type": { "type": "string" } }, "required": ["name", "type"], "additionalProperties": false } }, "billing_mode": { "type": "string" }, "deletion_protection_enabled": { "type": "boolean" }, "global_secondary_index": { "type": "array", "items": { "type": "object", "properties": { "hash_key": { "type": "string" }, "key_schema": { "type": "array", "items": { "type": "object", "properties": { "attribute_name": { "type": "string" }, "key_type": { "type": "string", "enum": ["HASH", "RANGE"], "$comment": "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_KeySchemaElement.html" } }, "required": ["attribute_name", "key_type"], "additionalProperties": false } }, "name": { "type": "string" }, "non_key_attributes": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 255 }, "maxItems": 20, "$comment": "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Projection.html" }, "on_demand_throughput": { "type": "array", "maxItems": 1, "items": { "type": "object", "properties": { "max_read_request_units": { "type": "number" }, "max_write_request_units": { "type": "number" } }, "additionalProperties": false } }, "projection_type": { "type": "string", "enum": ["ALL", "INCLUDE", "KEYS_ONLY"], "$comment": "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table#projection_type" }, "range_key": { "type": "string" }, "read_capacity": { "type": "integer", "$comment": "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table#read_capacity" }, "warm_throughput": { "type": "array", "maxItems": 1, "items": { "type": "object", "properties": { "read_units_per_second": { "type": "number" }, "write_units_per_second": { "type": "number" } }, "additionalProperties": false } }, "write_capacity": { "type": "integer", "$comment": "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table#write_capacity" } }, "required": ["name", "projection_type"], "additionalProperties": false } }, "global_table_witness": { "type": "array", "maxItems": 1, "items": { "type": "object", "properties": { "region_name": { "type": "string" } }, "additionalProperties": false } }, "hash_key": { "type": "string" }, "id": { "type": "string" }, "import_table": { "type": "array", "maxItems": 1, "items": { "type": "object", "properties": { "input_compression_type": { "type": "string", "enum": ["GZIP", "NONE", "ZSTD"], "$comment": "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table#input_compression_type" }, "input_format": { "type": "string", "enum": ["CSV", "DYNAMODB_JSON", "ION"], "$comment": "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table#input_format" }, "input_format_options": { "type": "array", "maxItems": 1, "items": { "type": "object", "properties": { "csv": { "type": "array", "maxItems": 1, "items": { "type": "object", "properties": { "delimiter": { "type": "string" }, "header_list": { "type": "array", "items": { "type": "string" } } }, "additionalProperties": false } } }, "additionalProperties": false } }, "s3_bucket_source": { "type": "array", "maxItems": 1, "items": { "type": "object", "properties": { "bucket": { "type": "string" }, "bucket_owner": { "type": "string" }, "key_prefix": { "type": "string" } }, "required": ["bucket"], "additionalProperties": false } } }, "required": ["input_format", "s3_bucket_source"], "additionalProperties": false } }, "local_secondary_index": { "type": "array", "items": { "type": "object", "properties": { "name": { "type": "string" }, "non_key_attributes": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 255 }, "maxItems": 20, "$comment": "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Projection.html" }, "projection_type": { "type": "string", "enum": ["ALL", "INCLUDE", "KEYS_ONLY"], "$comment": "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table#projection_type" }, "range_key": { "type": "string" } }, "required": ["name", "projection_type", "range_key"], "additionalProperties": false } }, "name": { "type": "string" }, "on_demand_throughput": { "type": "array", "maxItems": 1, "items": { "type": "object", "properties": { "max_read_request_units": { "type": "number" }, "max_write_request_units": { "type": "number" } }, "additionalProperties": false } }, "point_in_time_recovery": { "type": "array", "maxItems": 1, "items": { "type": "object", "properties": { "enabled": { "type": "boolean" }, "recovery_period_in_days": { "type": "integer", "minimum": 1, "maximum": 35, "$comment": "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table#recovery_period_in_days" } }, "required": ["enabled"], "additionalProperties": false } }, "range_key": { "type": "string" }, "read_capacity": { "type": "integer", "$comment": "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table#read_capacity" }, "region": { "type": "string" }, "replica": { "type": "array", "items": { "type": "object", "properties": { "consistency_mode": { "type": "string", "enum": ["EVENTUAL", "STRONG"], "$comment": "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table#consistency_mode" }, "deletion_protection_enabled": { "type": "boolean" }, "kms_key_arn": { "type": "string" }, "point_in_time_recovery": { "type": "boolean" }, "propagate_tags": { "type": "boolean" }, "region_name": { "type": "string" } }, "required": ["region_name"], "additionalProperties": false } }, "restore_backup_arn": { "type": "string" }, "restore_date_time": { "type": "string" }, "restore_source_name": { "type": "string" }, "restore_source_table_arn": { "type": "string" }, "restore_to_latest_time": { "type": "boolean" }, "server_side_encryption": { "type": "array", "maxItems": 1, "items": { "type": "object", "properties": { "enabled": { "type": "boolean" }, "kms_key_arn": { "type": "string" } }, "required": ["enabled"], "additionalProperties": false } }, "stream_enabled": { "type": "boolean" }, "stream_view_type": { "type": "string", "enum": ["", "NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES", "KEYS_ONLY"], "$comment": "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table#stream_view_type" }, "table_class": { "type": "string", "enum": ["STANDARD", "STANDARD_INFREQUENT_ACCESS"], "$comment": "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table#table_class" }, "tags": { "type": "object", "additionalProperties": { "type": "string" } }, "tags_all": { "type": "object", "additionalProperties": { "type": "string" } }, "timeouts": { "type": "array", "maxItems": 1, "items": { "type": "object", "properties": { "create": { "type": "string" }, "delete": { "type": "string" }, "update": { "type": "string" } }, "additionalProperties": false } }, "ttl": { "type": "array", "maxItems": 1, "items": { "type": "object", "properties": { "attribute_name": { "type": "string", "maxLength": 255, "$comment": "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TimeToLiveSpecification.html" }, "enabled": { "type": "boolean" } }, "additionalProperties": false } }, "warm_throughput": { "type": "array", "maxItems": 1, "items": { "type": "object", "properties": { "read_units_per_second": { "type": "number" }, "write_units_per_second": { "type": "number" } }, "additionalProperties": false } }, "write_capacity": { "type": "integer", "$comment": "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table#write_capacity" } }, "required": ["name"], "additionalProperties": false };
function validate141(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func0.call(schema60.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.attribute !== void 0) {
      let data0 = data.attribute;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.name === void 0) {
              const err2 = { instancePath: instancePath + "/attribute/" + i0, schemaPath: "#/properties/attribute/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            if (data1.type === void 0) {
              const err3 = { instancePath: instancePath + "/attribute/" + i0, schemaPath: "#/properties/attribute/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            for (const key1 in data1) {
              if (!(key1 === "name" || key1 === "type")) {
                const err4 = { instancePath: instancePath + "/attribute/" + i0, schemaPath: "#/properties/attribute/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
            if (data1.name !== void 0) {
              let data2 = data1.name;
              if (typeof data2 === "string") {
                if (func1(data2) > 255) {
                  const err5 = { instancePath: instancePath + "/attribute/" + i0 + "/name", schemaPath: "#/properties/attribute/items/properties/name/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters" };
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                }
                if (func1(data2) < 1) {
                  const err6 = { instancePath: instancePath + "/attribute/" + i0 + "/name", schemaPath: "#/properties/attribute/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err6];
                  } else {
                    vErrors.push(err6);
                  }
                  errors++;
                }
              } else {
                const err7 = { instancePath: instancePath + "/attribute/" + i0 + "/name", schemaPath: "#/properties/attribute/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data1.type !== void 0) {
              if (typeof data1.type !== "string") {
                const err8 = { instancePath: instancePath + "/attribute/" + i0 + "/type", schemaPath: "#/properties/attribute/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
          } else {
            const err9 = { instancePath: instancePath + "/attribute/" + i0, schemaPath: "#/properties/attribute/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/attribute", schemaPath: "#/properties/attribute/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.billing_mode !== void 0) {
      if (typeof data.billing_mode !== "string") {
        const err11 = { instancePath: instancePath + "/billing_mode", schemaPath: "#/properties/billing_mode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.deletion_protection_enabled !== void 0) {
      if (typeof data.deletion_protection_enabled !== "boolean") {
        const err12 = { instancePath: instancePath + "/deletion_protection_enabled", schemaPath: "#/properties/deletion_protection_enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.global_secondary_index !== void 0) {
      let data6 = data.global_secondary_index;
      if (Array.isArray(data6)) {
        const len1 = data6.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data7 = data6[i1];
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            if (data7.name === void 0) {
              const err13 = { instancePath: instancePath + "/global_secondary_index/" + i1, schemaPath: "#/properties/global_secondary_index/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (data7.projection_type === void 0) {
              const err14 = { instancePath: instancePath + "/global_secondary_index/" + i1, schemaPath: "#/properties/global_secondary_index/items/required", keyword: "required", params: { missingProperty: "projection_type" }, message: "must have required property 'projection_type'" };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            for (const key2 in data7) {
              if (!func0.call(schema60.properties.global_secondary_index.items.properties, key2)) {
                const err15 = { instancePath: instancePath + "/global_secondary_index/" + i1, schemaPath: "#/properties/global_secondary_index/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data7.hash_key !== void 0) {
              if (typeof data7.hash_key !== "string") {
                const err16 = { instancePath: instancePath + "/global_secondary_index/" + i1 + "/hash_key", schemaPath: "#/properties/global_secondary_index/items/properties/hash_key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data7.key_schema !== void 0) {
              let data9 = data7.key_schema;
              if (Array.isArray(data9)) {
                const len2 = data9.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data10 = data9[i2];
                  if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                    if (data10.attribute_name === void 0) {
                      const err17 = { instancePath: instancePath + "/global_secondary_index/" + i1 + "/key_schema/" + i2, schemaPath: "#/properties/global_secondary_index/items/properties/key_schema/items/required", keyword: "required", params: { missingProperty: "attribute_name" }, message: "must have required property 'attribute_name'" };
                      if (vErrors === null) {
                        vErrors = [err17];
                      } else {
                        vErrors.push(err17);
                      }
                      errors++;
                    }
                    if (data10.key_type === void 0) {
                      const err18 = { instancePath: instancePath + "/global_secondary_index/" + i1 + "/key_schema/" + i2, schemaPath: "#/properties/global_secondary_index/items/properties/key_schema/items/required", keyword: "required", params: { missingProperty: "key_type" }, message: "must have required property 'key_type'" };
                      if (vErrors === null) {
                        vErrors = [err18];
                      } else {
                        vErrors.push(err18);
                      }
                      errors++;
                    }
                    for (const key3 in data10) {
                      if (!(key3 === "attribute_name" || key3 === "key_type")) {
                        const err19 = { instancePath: instancePath + "/global_secondary_index/" + i1 + "/key_schema/" + i2, schemaPath: "#/properties/global_secondary_index/items/properties/key_schema/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err19];
                        } else {
                          vErrors.push(err19);
                        }
                        errors++;
                      }
                    }
                    if (data10.attribute_name !== void 0) {
                      if (typeof data10.attribute_name !== "string") {
                        const err20 = { instancePath: instancePath + "/global_secondary_index/" + i1 + "/key_schema/" + i2 + "/attribute_name", schemaPath: "#/properties/global_secondary_index/items/properties/key_schema/items/properties/attribute_name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err20];
                        } else {
                          vErrors.push(err20);
                        }
                        errors++;
                      }
                    }
                    if (data10.key_type !== void 0) {
                      let data12 = data10.key_type;
                      if (typeof data12 !== "string") {
                        const err21 = { instancePath: instancePath + "/global_secondary_index/" + i1 + "/key_schema/" + i2 + "/key_type", schemaPath: "#/properties/global_secondary_index/items/properties/key_schema/items/properties/key_type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err21];
                        } else {
                          vErrors.push(err21);
                        }
                        errors++;
                      }
                      if (!(data12 === "HASH" || data12 === "RANGE")) {
                        const err22 = { instancePath: instancePath + "/global_secondary_index/" + i1 + "/key_schema/" + i2 + "/key_type", schemaPath: "#/properties/global_secondary_index/items/properties/key_schema/items/properties/key_type/enum", keyword: "enum", params: { allowedValues: schema60.properties.global_secondary_index.items.properties.key_schema.items.properties.key_type.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                          vErrors = [err22];
                        } else {
                          vErrors.push(err22);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err23 = { instancePath: instancePath + "/global_secondary_index/" + i1 + "/key_schema/" + i2, schemaPath: "#/properties/global_secondary_index/items/properties/key_schema/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err23];
                    } else {
                      vErrors.push(err23);
                    }
                    errors++;
                  }
                }
              } else {
                const err24 = { instancePath: instancePath + "/global_secondary_index/" + i1 + "/key_schema", schemaPath: "#/properties/global_secondary_index/items/properties/key_schema/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data7.name !== void 0) {
              if (typeof data7.name !== "string") {
                const err25 = { instancePath: instancePath + "/global_secondary_index/" + i1 + "/name", schemaPath: "#/properties/global_secondary_index/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data7.non_key_attributes !== void 0) {
              let data14 = data7.non_key_attributes;
              if (Array.isArray(data14)) {
                if (data14.length > 20) {
                  const err26 = { instancePath: instancePath + "/global_secondary_index/" + i1 + "/non_key_attributes", schemaPath: "#/properties/global_secondary_index/items/properties/non_key_attributes/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items" };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
                const len3 = data14.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data15 = data14[i3];
                  if (typeof data15 === "string") {
                    if (func1(data15) > 255) {
                      const err27 = { instancePath: instancePath + "/global_secondary_index/" + i1 + "/non_key_attributes/" + i3, schemaPath: "#/properties/global_secondary_index/items/properties/non_key_attributes/items/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters" };
                      if (vErrors === null) {
                        vErrors = [err27];
                      } else {
                        vErrors.push(err27);
                      }
                      errors++;
                    }
                    if (func1(data15) < 1) {
                      const err28 = { instancePath: instancePath + "/global_secondary_index/" + i1 + "/non_key_attributes/" + i3, schemaPath: "#/properties/global_secondary_index/items/properties/non_key_attributes/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err28];
                      } else {
                        vErrors.push(err28);
                      }
                      errors++;
                    }
                  } else {
                    const err29 = { instancePath: instancePath + "/global_secondary_index/" + i1 + "/non_key_attributes/" + i3, schemaPath: "#/properties/global_secondary_index/items/properties/non_key_attributes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
              } else {
                const err30 = { instancePath: instancePath + "/global_secondary_index/" + i1 + "/non_key_attributes", schemaPath: "#/properties/global_secondary_index/items/properties/non_key_attributes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data7.on_demand_throughput !== void 0) {
              let data16 = data7.on_demand_throughput;
              if (Array.isArray(data16)) {
                if (data16.length > 1) {
                  const err31 = { instancePath: instancePath + "/global_secondary_index/" + i1 + "/on_demand_throughput", schemaPath: "#/properties/global_secondary_index/items/properties/on_demand_throughput/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items" };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
                const len4 = data16.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  let data17 = data16[i4];
                  if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                    for (const key4 in data17) {
                      if (!(key4 === "max_read_request_units" || key4 === "max_write_request_units")) {
                        const err32 = { instancePath: instancePath + "/global_secondary_index/" + i1 + "/on_demand_throughput/" + i4, schemaPath: "#/properties/global_secondary_index/items/properties/on_demand_throughput/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err32];
                        } else {
                          vErrors.push(err32);
                        }
                        errors++;
                      }
                    }
                    if (data17.max_read_request_units !== void 0) {
                      if (!(typeof data17.max_read_request_units == "number")) {
                        const err33 = { instancePath: instancePath + "/global_secondary_index/" + i1 + "/on_demand_throughput/" + i4 + "/max_read_request_units", schemaPath: "#/properties/global_secondary_index/items/properties/on_demand_throughput/items/properties/max_read_request_units/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                          vErrors = [err33];
                        } else {
                          vErrors.push(err33);
                        }
                        errors++;
                      }
                    }
                    if (data17.max_write_request_units !== void 0) {
                      if (!(typeof data17.max_write_request_units == "number")) {
                        const err34 = { instancePath: instancePath + "/global_secondary_index/" + i1 + "/on_demand_throughput/" + i4 + "/max_write_request_units", schemaPath: "#/properties/global_secondary_index/items/properties/on_demand_throughput/items/properties/max_write_request_units/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                          vErrors = [err34];
                        } else {
                          vErrors.push(err34);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err35 = { instancePath: instancePath + "/global_secondary_index/" + i1 + "/on_demand_throughput/" + i4, schemaPath: "#/properties/global_secondary_index/items/properties/on_demand_throughput/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                }
              } else {
                const err36 = { instancePath: instancePath + "/global_secondary_index/" + i1 + "/on_demand_throughput", schemaPath: "#/properties/global_secondary_index/items/properties/on_demand_throughput/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data7.projection_type !== void 0) {
              let data20 = data7.projection_type;
              if (typeof data20 !== "string") {
                const err37 = { instancePath: instancePath + "/global_secondary_index/" + i1 + "/projection_type", schemaPath: "#/properties/global_secondary_index/items/properties/projection_type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
              if (!(data20 === "ALL" || data20 === "INCLUDE" || data20 === "KEYS_ONLY")) {
                const err38 = { instancePath: instancePath + "/global_secondary_index/" + i1 + "/projection_type", schemaPath: "#/properties/global_secondary_index/items/properties/projection_type/enum", keyword: "enum", params: { allowedValues: schema60.properties.global_secondary_index.items.properties.projection_type.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
            if (data7.range_key !== void 0) {
              if (typeof data7.range_key !== "string") {
                const err39 = { instancePath: instancePath + "/global_secondary_index/" + i1 + "/range_key", schemaPath: "#/properties/global_secondary_index/items/properties/range_key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data7.read_capacity !== void 0) {
              let data22 = data7.read_capacity;
              if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)))) {
                const err40 = { instancePath: instancePath + "/global_secondary_index/" + i1 + "/read_capacity", schemaPath: "#/properties/global_secondary_index/items/properties/read_capacity/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            if (data7.warm_throughput !== void 0) {
              let data23 = data7.warm_throughput;
              if (Array.isArray(data23)) {
                if (data23.length > 1) {
                  const err41 = { instancePath: instancePath + "/global_secondary_index/" + i1 + "/warm_throughput", schemaPath: "#/properties/global_secondary_index/items/properties/warm_throughput/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items" };
                  if (vErrors === null) {
                    vErrors = [err41];
                  } else {
                    vErrors.push(err41);
                  }
                  errors++;
                }
                const len5 = data23.length;
                for (let i5 = 0; i5 < len5; i5++) {
                  let data24 = data23[i5];
                  if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                    for (const key5 in data24) {
                      if (!(key5 === "read_units_per_second" || key5 === "write_units_per_second")) {
                        const err42 = { instancePath: instancePath + "/global_secondary_index/" + i1 + "/warm_throughput/" + i5, schemaPath: "#/properties/global_secondary_index/items/properties/warm_throughput/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err42];
                        } else {
                          vErrors.push(err42);
                        }
                        errors++;
                      }
                    }
                    if (data24.read_units_per_second !== void 0) {
                      if (!(typeof data24.read_units_per_second == "number")) {
                        const err43 = { instancePath: instancePath + "/global_secondary_index/" + i1 + "/warm_throughput/" + i5 + "/read_units_per_second", schemaPath: "#/properties/global_secondary_index/items/properties/warm_throughput/items/properties/read_units_per_second/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                          vErrors = [err43];
                        } else {
                          vErrors.push(err43);
                        }
                        errors++;
                      }
                    }
                    if (data24.write_units_per_second !== void 0) {
                      if (!(typeof data24.write_units_per_second == "number")) {
                        const err44 = { instancePath: instancePath + "/global_secondary_index/" + i1 + "/warm_throughput/" + i5 + "/write_units_per_second", schemaPath: "#/properties/global_secondary_index/items/properties/warm_throughput/items/properties/write_units_per_second/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                          vErrors = [err44];
                        } else {
                          vErrors.push(err44);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err45 = { instancePath: instancePath + "/global_secondary_index/" + i1 + "/warm_throughput/" + i5, schemaPath: "#/properties/global_secondary_index/items/properties/warm_throughput/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err45];
                    } else {
                      vErrors.push(err45);
                    }
                    errors++;
                  }
                }
              } else {
                const err46 = { instancePath: instancePath + "/global_secondary_index/" + i1 + "/warm_throughput", schemaPath: "#/properties/global_secondary_index/items/properties/warm_throughput/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data7.write_capacity !== void 0) {
              let data27 = data7.write_capacity;
              if (!(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27)))) {
                const err47 = { instancePath: instancePath + "/global_secondary_index/" + i1 + "/write_capacity", schemaPath: "#/properties/global_secondary_index/items/properties/write_capacity/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
          } else {
            const err48 = { instancePath: instancePath + "/global_secondary_index/" + i1, schemaPath: "#/properties/global_secondary_index/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
      } else {
        const err49 = { instancePath: instancePath + "/global_secondary_index", schemaPath: "#/properties/global_secondary_index/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
    }
    if (data.global_table_witness !== void 0) {
      let data28 = data.global_table_witness;
      if (Array.isArray(data28)) {
        if (data28.length > 1) {
          const err50 = { instancePath: instancePath + "/global_table_witness", schemaPath: "#/properties/global_table_witness/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items" };
          if (vErrors === null) {
            vErrors = [err50];
          } else {
            vErrors.push(err50);
          }
          errors++;
        }
        const len6 = data28.length;
        for (let i6 = 0; i6 < len6; i6++) {
          let data29 = data28[i6];
          if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
            for (const key6 in data29) {
              if (!(key6 === "region_name")) {
                const err51 = { instancePath: instancePath + "/global_table_witness/" + i6, schemaPath: "#/properties/global_table_witness/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
            if (data29.region_name !== void 0) {
              if (typeof data29.region_name !== "string") {
                const err52 = { instancePath: instancePath + "/global_table_witness/" + i6 + "/region_name", schemaPath: "#/properties/global_table_witness/items/properties/region_name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
          } else {
            const err53 = { instancePath: instancePath + "/global_table_witness/" + i6, schemaPath: "#/properties/global_table_witness/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
      } else {
        const err54 = { instancePath: instancePath + "/global_table_witness", schemaPath: "#/properties/global_table_witness/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data.hash_key !== void 0) {
      if (typeof data.hash_key !== "string") {
        const err55 = { instancePath: instancePath + "/hash_key", schemaPath: "#/properties/hash_key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      if (typeof data.id !== "string") {
        const err56 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
    if (data.import_table !== void 0) {
      let data33 = data.import_table;
      if (Array.isArray(data33)) {
        if (data33.length > 1) {
          const err57 = { instancePath: instancePath + "/import_table", schemaPath: "#/properties/import_table/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items" };
          if (vErrors === null) {
            vErrors = [err57];
          } else {
            vErrors.push(err57);
          }
          errors++;
        }
        const len7 = data33.length;
        for (let i7 = 0; i7 < len7; i7++) {
          let data34 = data33[i7];
          if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
            if (data34.input_format === void 0) {
              const err58 = { instancePath: instancePath + "/import_table/" + i7, schemaPath: "#/properties/import_table/items/required", keyword: "required", params: { missingProperty: "input_format" }, message: "must have required property 'input_format'" };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
            if (data34.s3_bucket_source === void 0) {
              const err59 = { instancePath: instancePath + "/import_table/" + i7, schemaPath: "#/properties/import_table/items/required", keyword: "required", params: { missingProperty: "s3_bucket_source" }, message: "must have required property 's3_bucket_source'" };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
            for (const key7 in data34) {
              if (!(key7 === "input_compression_type" || key7 === "input_format" || key7 === "input_format_options" || key7 === "s3_bucket_source")) {
                const err60 = { instancePath: instancePath + "/import_table/" + i7, schemaPath: "#/properties/import_table/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
            if (data34.input_compression_type !== void 0) {
              let data35 = data34.input_compression_type;
              if (typeof data35 !== "string") {
                const err61 = { instancePath: instancePath + "/import_table/" + i7 + "/input_compression_type", schemaPath: "#/properties/import_table/items/properties/input_compression_type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
              if (!(data35 === "GZIP" || data35 === "NONE" || data35 === "ZSTD")) {
                const err62 = { instancePath: instancePath + "/import_table/" + i7 + "/input_compression_type", schemaPath: "#/properties/import_table/items/properties/input_compression_type/enum", keyword: "enum", params: { allowedValues: schema60.properties.import_table.items.properties.input_compression_type.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
            if (data34.input_format !== void 0) {
              let data36 = data34.input_format;
              if (typeof data36 !== "string") {
                const err63 = { instancePath: instancePath + "/import_table/" + i7 + "/input_format", schemaPath: "#/properties/import_table/items/properties/input_format/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
              if (!(data36 === "CSV" || data36 === "DYNAMODB_JSON" || data36 === "ION")) {
                const err64 = { instancePath: instancePath + "/import_table/" + i7 + "/input_format", schemaPath: "#/properties/import_table/items/properties/input_format/enum", keyword: "enum", params: { allowedValues: schema60.properties.import_table.items.properties.input_format.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
            }
            if (data34.input_format_options !== void 0) {
              let data37 = data34.input_format_options;
              if (Array.isArray(data37)) {
                if (data37.length > 1) {
                  const err65 = { instancePath: instancePath + "/import_table/" + i7 + "/input_format_options", schemaPath: "#/properties/import_table/items/properties/input_format_options/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items" };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
                const len8 = data37.length;
                for (let i8 = 0; i8 < len8; i8++) {
                  let data38 = data37[i8];
                  if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
                    for (const key8 in data38) {
                      if (!(key8 === "csv")) {
                        const err66 = { instancePath: instancePath + "/import_table/" + i7 + "/input_format_options/" + i8, schemaPath: "#/properties/import_table/items/properties/input_format_options/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err66];
                        } else {
                          vErrors.push(err66);
                        }
                        errors++;
                      }
                    }
                    if (data38.csv !== void 0) {
                      let data39 = data38.csv;
                      if (Array.isArray(data39)) {
                        if (data39.length > 1) {
                          const err67 = { instancePath: instancePath + "/import_table/" + i7 + "/input_format_options/" + i8 + "/csv", schemaPath: "#/properties/import_table/items/properties/input_format_options/items/properties/csv/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items" };
                          if (vErrors === null) {
                            vErrors = [err67];
                          } else {
                            vErrors.push(err67);
                          }
                          errors++;
                        }
                        const len9 = data39.length;
                        for (let i9 = 0; i9 < len9; i9++) {
                          let data40 = data39[i9];
                          if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
                            for (const key9 in data40) {
                              if (!(key9 === "delimiter" || key9 === "header_list")) {
                                const err68 = { instancePath: instancePath + "/import_table/" + i7 + "/input_format_options/" + i8 + "/csv/" + i9, schemaPath: "#/properties/import_table/items/properties/input_format_options/items/properties/csv/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                  vErrors = [err68];
                                } else {
                                  vErrors.push(err68);
                                }
                                errors++;
                              }
                            }
                            if (data40.delimiter !== void 0) {
                              if (typeof data40.delimiter !== "string") {
                                const err69 = { instancePath: instancePath + "/import_table/" + i7 + "/input_format_options/" + i8 + "/csv/" + i9 + "/delimiter", schemaPath: "#/properties/import_table/items/properties/input_format_options/items/properties/csv/items/properties/delimiter/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err69];
                                } else {
                                  vErrors.push(err69);
                                }
                                errors++;
                              }
                            }
                            if (data40.header_list !== void 0) {
                              let data42 = data40.header_list;
                              if (Array.isArray(data42)) {
                                const len10 = data42.length;
                                for (let i10 = 0; i10 < len10; i10++) {
                                  if (typeof data42[i10] !== "string") {
                                    const err70 = { instancePath: instancePath + "/import_table/" + i7 + "/input_format_options/" + i8 + "/csv/" + i9 + "/header_list/" + i10, schemaPath: "#/properties/import_table/items/properties/input_format_options/items/properties/csv/items/properties/header_list/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err70];
                                    } else {
                                      vErrors.push(err70);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err71 = { instancePath: instancePath + "/import_table/" + i7 + "/input_format_options/" + i8 + "/csv/" + i9 + "/header_list", schemaPath: "#/properties/import_table/items/properties/input_format_options/items/properties/csv/items/properties/header_list/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                  vErrors = [err71];
                                } else {
                                  vErrors.push(err71);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err72 = { instancePath: instancePath + "/import_table/" + i7 + "/input_format_options/" + i8 + "/csv/" + i9, schemaPath: "#/properties/import_table/items/properties/input_format_options/items/properties/csv/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err72];
                            } else {
                              vErrors.push(err72);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err73 = { instancePath: instancePath + "/import_table/" + i7 + "/input_format_options/" + i8 + "/csv", schemaPath: "#/properties/import_table/items/properties/input_format_options/items/properties/csv/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                          vErrors = [err73];
                        } else {
                          vErrors.push(err73);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err74 = { instancePath: instancePath + "/import_table/" + i7 + "/input_format_options/" + i8, schemaPath: "#/properties/import_table/items/properties/input_format_options/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err74];
                    } else {
                      vErrors.push(err74);
                    }
                    errors++;
                  }
                }
              } else {
                const err75 = { instancePath: instancePath + "/import_table/" + i7 + "/input_format_options", schemaPath: "#/properties/import_table/items/properties/input_format_options/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
            if (data34.s3_bucket_source !== void 0) {
              let data44 = data34.s3_bucket_source;
              if (Array.isArray(data44)) {
                if (data44.length > 1) {
                  const err76 = { instancePath: instancePath + "/import_table/" + i7 + "/s3_bucket_source", schemaPath: "#/properties/import_table/items/properties/s3_bucket_source/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items" };
                  if (vErrors === null) {
                    vErrors = [err76];
                  } else {
                    vErrors.push(err76);
                  }
                  errors++;
                }
                const len11 = data44.length;
                for (let i11 = 0; i11 < len11; i11++) {
                  let data45 = data44[i11];
                  if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
                    if (data45.bucket === void 0) {
                      const err77 = { instancePath: instancePath + "/import_table/" + i7 + "/s3_bucket_source/" + i11, schemaPath: "#/properties/import_table/items/properties/s3_bucket_source/items/required", keyword: "required", params: { missingProperty: "bucket" }, message: "must have required property 'bucket'" };
                      if (vErrors === null) {
                        vErrors = [err77];
                      } else {
                        vErrors.push(err77);
                      }
                      errors++;
                    }
                    for (const key10 in data45) {
                      if (!(key10 === "bucket" || key10 === "bucket_owner" || key10 === "key_prefix")) {
                        const err78 = { instancePath: instancePath + "/import_table/" + i7 + "/s3_bucket_source/" + i11, schemaPath: "#/properties/import_table/items/properties/s3_bucket_source/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err78];
                        } else {
                          vErrors.push(err78);
                        }
                        errors++;
                      }
                    }
                    if (data45.bucket !== void 0) {
                      if (typeof data45.bucket !== "string") {
                        const err79 = { instancePath: instancePath + "/import_table/" + i7 + "/s3_bucket_source/" + i11 + "/bucket", schemaPath: "#/properties/import_table/items/properties/s3_bucket_source/items/properties/bucket/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err79];
                        } else {
                          vErrors.push(err79);
                        }
                        errors++;
                      }
                    }
                    if (data45.bucket_owner !== void 0) {
                      if (typeof data45.bucket_owner !== "string") {
                        const err80 = { instancePath: instancePath + "/import_table/" + i7 + "/s3_bucket_source/" + i11 + "/bucket_owner", schemaPath: "#/properties/import_table/items/properties/s3_bucket_source/items/properties/bucket_owner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err80];
                        } else {
                          vErrors.push(err80);
                        }
                        errors++;
                      }
                    }
                    if (data45.key_prefix !== void 0) {
                      if (typeof data45.key_prefix !== "string") {
                        const err81 = { instancePath: instancePath + "/import_table/" + i7 + "/s3_bucket_source/" + i11 + "/key_prefix", schemaPath: "#/properties/import_table/items/properties/s3_bucket_source/items/properties/key_prefix/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err81];
                        } else {
                          vErrors.push(err81);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err82 = { instancePath: instancePath + "/import_table/" + i7 + "/s3_bucket_source/" + i11, schemaPath: "#/properties/import_table/items/properties/s3_bucket_source/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err82];
                    } else {
                      vErrors.push(err82);
                    }
                    errors++;
                  }
                }
              } else {
                const err83 = { instancePath: instancePath + "/import_table/" + i7 + "/s3_bucket_source", schemaPath: "#/properties/import_table/items/properties/s3_bucket_source/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err83];
                } else {
                  vErrors.push(err83);
                }
                errors++;
              }
            }
          } else {
            const err84 = { instancePath: instancePath + "/import_table/" + i7, schemaPath: "#/properties/import_table/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
        }
      } else {
        const err85 = { instancePath: instancePath + "/import_table", schemaPath: "#/properties/import_table/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err85];
        } else {
          vErrors.push(err85);
        }
        errors++;
      }
    }
    if (data.local_secondary_index !== void 0) {
      let data49 = data.local_secondary_index;
      if (Array.isArray(data49)) {
        const len12 = data49.length;
        for (let i12 = 0; i12 < len12; i12++) {
          let data50 = data49[i12];
          if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
            if (data50.name === void 0) {
              const err86 = { instancePath: instancePath + "/local_secondary_index/" + i12, schemaPath: "#/properties/local_secondary_index/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err86];
              } else {
                vErrors.push(err86);
              }
              errors++;
            }
            if (data50.projection_type === void 0) {
              const err87 = { instancePath: instancePath + "/local_secondary_index/" + i12, schemaPath: "#/properties/local_secondary_index/items/required", keyword: "required", params: { missingProperty: "projection_type" }, message: "must have required property 'projection_type'" };
              if (vErrors === null) {
                vErrors = [err87];
              } else {
                vErrors.push(err87);
              }
              errors++;
            }
            if (data50.range_key === void 0) {
              const err88 = { instancePath: instancePath + "/local_secondary_index/" + i12, schemaPath: "#/properties/local_secondary_index/items/required", keyword: "required", params: { missingProperty: "range_key" }, message: "must have required property 'range_key'" };
              if (vErrors === null) {
                vErrors = [err88];
              } else {
                vErrors.push(err88);
              }
              errors++;
            }
            for (const key11 in data50) {
              if (!(key11 === "name" || key11 === "non_key_attributes" || key11 === "projection_type" || key11 === "range_key")) {
                const err89 = { instancePath: instancePath + "/local_secondary_index/" + i12, schemaPath: "#/properties/local_secondary_index/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err89];
                } else {
                  vErrors.push(err89);
                }
                errors++;
              }
            }
            if (data50.name !== void 0) {
              if (typeof data50.name !== "string") {
                const err90 = { instancePath: instancePath + "/local_secondary_index/" + i12 + "/name", schemaPath: "#/properties/local_secondary_index/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err90];
                } else {
                  vErrors.push(err90);
                }
                errors++;
              }
            }
            if (data50.non_key_attributes !== void 0) {
              let data52 = data50.non_key_attributes;
              if (Array.isArray(data52)) {
                if (data52.length > 20) {
                  const err91 = { instancePath: instancePath + "/local_secondary_index/" + i12 + "/non_key_attributes", schemaPath: "#/properties/local_secondary_index/items/properties/non_key_attributes/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items" };
                  if (vErrors === null) {
                    vErrors = [err91];
                  } else {
                    vErrors.push(err91);
                  }
                  errors++;
                }
                const len13 = data52.length;
                for (let i13 = 0; i13 < len13; i13++) {
                  let data53 = data52[i13];
                  if (typeof data53 === "string") {
                    if (func1(data53) > 255) {
                      const err92 = { instancePath: instancePath + "/local_secondary_index/" + i12 + "/non_key_attributes/" + i13, schemaPath: "#/properties/local_secondary_index/items/properties/non_key_attributes/items/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters" };
                      if (vErrors === null) {
                        vErrors = [err92];
                      } else {
                        vErrors.push(err92);
                      }
                      errors++;
                    }
                    if (func1(data53) < 1) {
                      const err93 = { instancePath: instancePath + "/local_secondary_index/" + i12 + "/non_key_attributes/" + i13, schemaPath: "#/properties/local_secondary_index/items/properties/non_key_attributes/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err93];
                      } else {
                        vErrors.push(err93);
                      }
                      errors++;
                    }
                  } else {
                    const err94 = { instancePath: instancePath + "/local_secondary_index/" + i12 + "/non_key_attributes/" + i13, schemaPath: "#/properties/local_secondary_index/items/properties/non_key_attributes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err94];
                    } else {
                      vErrors.push(err94);
                    }
                    errors++;
                  }
                }
              } else {
                const err95 = { instancePath: instancePath + "/local_secondary_index/" + i12 + "/non_key_attributes", schemaPath: "#/properties/local_secondary_index/items/properties/non_key_attributes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err95];
                } else {
                  vErrors.push(err95);
                }
                errors++;
              }
            }
            if (data50.projection_type !== void 0) {
              let data54 = data50.projection_type;
              if (typeof data54 !== "string") {
                const err96 = { instancePath: instancePath + "/local_secondary_index/" + i12 + "/projection_type", schemaPath: "#/properties/local_secondary_index/items/properties/projection_type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err96];
                } else {
                  vErrors.push(err96);
                }
                errors++;
              }
              if (!(data54 === "ALL" || data54 === "INCLUDE" || data54 === "KEYS_ONLY")) {
                const err97 = { instancePath: instancePath + "/local_secondary_index/" + i12 + "/projection_type", schemaPath: "#/properties/local_secondary_index/items/properties/projection_type/enum", keyword: "enum", params: { allowedValues: schema60.properties.local_secondary_index.items.properties.projection_type.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err97];
                } else {
                  vErrors.push(err97);
                }
                errors++;
              }
            }
            if (data50.range_key !== void 0) {
              if (typeof data50.range_key !== "string") {
                const err98 = { instancePath: instancePath + "/local_secondary_index/" + i12 + "/range_key", schemaPath: "#/properties/local_secondary_index/items/properties/range_key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err98];
                } else {
                  vErrors.push(err98);
                }
                errors++;
              }
            }
          } else {
            const err99 = { instancePath: instancePath + "/local_secondary_index/" + i12, schemaPath: "#/properties/local_secondary_index/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err99];
            } else {
              vErrors.push(err99);
            }
            errors++;
          }
        }
      } else {
        const err100 = { instancePath: instancePath + "/local_secondary_index", schemaPath: "#/properties/local_secondary_index/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err100];
        } else {
          vErrors.push(err100);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err101 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err101];
        } else {
          vErrors.push(err101);
        }
        errors++;
      }
    }
    if (data.on_demand_throughput !== void 0) {
      let data57 = data.on_demand_throughput;
      if (Array.isArray(data57)) {
        if (data57.length > 1) {
          const err102 = { instancePath: instancePath + "/on_demand_throughput", schemaPath: "#/properties/on_demand_throughput/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items" };
          if (vErrors === null) {
            vErrors = [err102];
          } else {
            vErrors.push(err102);
          }
          errors++;
        }
        const len14 = data57.length;
        for (let i14 = 0; i14 < len14; i14++) {
          let data58 = data57[i14];
          if (data58 && typeof data58 == "object" && !Array.isArray(data58)) {
            for (const key12 in data58) {
              if (!(key12 === "max_read_request_units" || key12 === "max_write_request_units")) {
                const err103 = { instancePath: instancePath + "/on_demand_throughput/" + i14, schemaPath: "#/properties/on_demand_throughput/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err103];
                } else {
                  vErrors.push(err103);
                }
                errors++;
              }
            }
            if (data58.max_read_request_units !== void 0) {
              if (!(typeof data58.max_read_request_units == "number")) {
                const err104 = { instancePath: instancePath + "/on_demand_throughput/" + i14 + "/max_read_request_units", schemaPath: "#/properties/on_demand_throughput/items/properties/max_read_request_units/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err104];
                } else {
                  vErrors.push(err104);
                }
                errors++;
              }
            }
            if (data58.max_write_request_units !== void 0) {
              if (!(typeof data58.max_write_request_units == "number")) {
                const err105 = { instancePath: instancePath + "/on_demand_throughput/" + i14 + "/max_write_request_units", schemaPath: "#/properties/on_demand_throughput/items/properties/max_write_request_units/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err105];
                } else {
                  vErrors.push(err105);
                }
                errors++;
              }
            }
          } else {
            const err106 = { instancePath: instancePath + "/on_demand_throughput/" + i14, schemaPath: "#/properties/on_demand_throughput/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err106];
            } else {
              vErrors.push(err106);
            }
            errors++;
          }
        }
      } else {
        const err107 = { instancePath: instancePath + "/on_demand_throughput", schemaPath: "#/properties/on_demand_throughput/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err107];
        } else {
          vErrors.push(err107);
        }
        errors++;
      }
    }
    if (data.point_in_time_recovery !== void 0) {
      let data61 = data.point_in_time_recovery;
      if (Array.isArray(data61)) {
        if (data61.length > 1) {
          const err108 = { instancePath: instancePath + "/point_in_time_recovery", schemaPath: "#/properties/point_in_time_recovery/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items" };
          if (vErrors === null) {
            vErrors = [err108];
          } else {
            vErrors.push(err108);
          }
          errors++;
        }
        const len15 = data61.length;
        for (let i15 = 0; i15 < len15; i15++) {
          let data62 = data61[i15];
          if (data62 && typeof data62 == "object" && !Array.isArray(data62)) {
            if (data62.enabled === void 0) {
              const err109 = { instancePath: instancePath + "/point_in_time_recovery/" + i15, schemaPath: "#/properties/point_in_time_recovery/items/required", keyword: "required", params: { missingProperty: "enabled" }, message: "must have required property 'enabled'" };
              if (vErrors === null) {
                vErrors = [err109];
              } else {
                vErrors.push(err109);
              }
              errors++;
            }
            for (const key13 in data62) {
              if (!(key13 === "enabled" || key13 === "recovery_period_in_days")) {
                const err110 = { instancePath: instancePath + "/point_in_time_recovery/" + i15, schemaPath: "#/properties/point_in_time_recovery/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err110];
                } else {
                  vErrors.push(err110);
                }
                errors++;
              }
            }
            if (data62.enabled !== void 0) {
              if (typeof data62.enabled !== "boolean") {
                const err111 = { instancePath: instancePath + "/point_in_time_recovery/" + i15 + "/enabled", schemaPath: "#/properties/point_in_time_recovery/items/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err111];
                } else {
                  vErrors.push(err111);
                }
                errors++;
              }
            }
            if (data62.recovery_period_in_days !== void 0) {
              let data64 = data62.recovery_period_in_days;
              if (!(typeof data64 == "number" && (!(data64 % 1) && !isNaN(data64)))) {
                const err112 = { instancePath: instancePath + "/point_in_time_recovery/" + i15 + "/recovery_period_in_days", schemaPath: "#/properties/point_in_time_recovery/items/properties/recovery_period_in_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err112];
                } else {
                  vErrors.push(err112);
                }
                errors++;
              }
              if (typeof data64 == "number") {
                if (data64 > 35 || isNaN(data64)) {
                  const err113 = { instancePath: instancePath + "/point_in_time_recovery/" + i15 + "/recovery_period_in_days", schemaPath: "#/properties/point_in_time_recovery/items/properties/recovery_period_in_days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 35 }, message: "must be <= 35" };
                  if (vErrors === null) {
                    vErrors = [err113];
                  } else {
                    vErrors.push(err113);
                  }
                  errors++;
                }
                if (data64 < 1 || isNaN(data64)) {
                  const err114 = { instancePath: instancePath + "/point_in_time_recovery/" + i15 + "/recovery_period_in_days", schemaPath: "#/properties/point_in_time_recovery/items/properties/recovery_period_in_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err114];
                  } else {
                    vErrors.push(err114);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err115 = { instancePath: instancePath + "/point_in_time_recovery/" + i15, schemaPath: "#/properties/point_in_time_recovery/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err115];
            } else {
              vErrors.push(err115);
            }
            errors++;
          }
        }
      } else {
        const err116 = { instancePath: instancePath + "/point_in_time_recovery", schemaPath: "#/properties/point_in_time_recovery/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err116];
        } else {
          vErrors.push(err116);
        }
        errors++;
      }
    }
    if (data.range_key !== void 0) {
      if (typeof data.range_key !== "string") {
        const err117 = { instancePath: instancePath + "/range_key", schemaPath: "#/properties/range_key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err117];
        } else {
          vErrors.push(err117);
        }
        errors++;
      }
    }
    if (data.read_capacity !== void 0) {
      let data66 = data.read_capacity;
      if (!(typeof data66 == "number" && (!(data66 % 1) && !isNaN(data66)))) {
        const err118 = { instancePath: instancePath + "/read_capacity", schemaPath: "#/properties/read_capacity/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err118];
        } else {
          vErrors.push(err118);
        }
        errors++;
      }
    }
    if (data.region !== void 0) {
      if (typeof data.region !== "string") {
        const err119 = { instancePath: instancePath + "/region", schemaPath: "#/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err119];
        } else {
          vErrors.push(err119);
        }
        errors++;
      }
    }
    if (data.replica !== void 0) {
      let data68 = data.replica;
      if (Array.isArray(data68)) {
        const len16 = data68.length;
        for (let i16 = 0; i16 < len16; i16++) {
          let data69 = data68[i16];
          if (data69 && typeof data69 == "object" && !Array.isArray(data69)) {
            if (data69.region_name === void 0) {
              const err120 = { instancePath: instancePath + "/replica/" + i16, schemaPath: "#/properties/replica/items/required", keyword: "required", params: { missingProperty: "region_name" }, message: "must have required property 'region_name'" };
              if (vErrors === null) {
                vErrors = [err120];
              } else {
                vErrors.push(err120);
              }
              errors++;
            }
            for (const key14 in data69) {
              if (!(key14 === "consistency_mode" || key14 === "deletion_protection_enabled" || key14 === "kms_key_arn" || key14 === "point_in_time_recovery" || key14 === "propagate_tags" || key14 === "region_name")) {
                const err121 = { instancePath: instancePath + "/replica/" + i16, schemaPath: "#/properties/replica/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err121];
                } else {
                  vErrors.push(err121);
                }
                errors++;
              }
            }
            if (data69.consistency_mode !== void 0) {
              let data70 = data69.consistency_mode;
              if (typeof data70 !== "string") {
                const err122 = { instancePath: instancePath + "/replica/" + i16 + "/consistency_mode", schemaPath: "#/properties/replica/items/properties/consistency_mode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err122];
                } else {
                  vErrors.push(err122);
                }
                errors++;
              }
              if (!(data70 === "EVENTUAL" || data70 === "STRONG")) {
                const err123 = { instancePath: instancePath + "/replica/" + i16 + "/consistency_mode", schemaPath: "#/properties/replica/items/properties/consistency_mode/enum", keyword: "enum", params: { allowedValues: schema60.properties.replica.items.properties.consistency_mode.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err123];
                } else {
                  vErrors.push(err123);
                }
                errors++;
              }
            }
            if (data69.deletion_protection_enabled !== void 0) {
              if (typeof data69.deletion_protection_enabled !== "boolean") {
                const err124 = { instancePath: instancePath + "/replica/" + i16 + "/deletion_protection_enabled", schemaPath: "#/properties/replica/items/properties/deletion_protection_enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err124];
                } else {
                  vErrors.push(err124);
                }
                errors++;
              }
            }
            if (data69.kms_key_arn !== void 0) {
              if (typeof data69.kms_key_arn !== "string") {
                const err125 = { instancePath: instancePath + "/replica/" + i16 + "/kms_key_arn", schemaPath: "#/properties/replica/items/properties/kms_key_arn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err125];
                } else {
                  vErrors.push(err125);
                }
                errors++;
              }
            }
            if (data69.point_in_time_recovery !== void 0) {
              if (typeof data69.point_in_time_recovery !== "boolean") {
                const err126 = { instancePath: instancePath + "/replica/" + i16 + "/point_in_time_recovery", schemaPath: "#/properties/replica/items/properties/point_in_time_recovery/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err126];
                } else {
                  vErrors.push(err126);
                }
                errors++;
              }
            }
            if (data69.propagate_tags !== void 0) {
              if (typeof data69.propagate_tags !== "boolean") {
                const err127 = { instancePath: instancePath + "/replica/" + i16 + "/propagate_tags", schemaPath: "#/properties/replica/items/properties/propagate_tags/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err127];
                } else {
                  vErrors.push(err127);
                }
                errors++;
              }
            }
            if (data69.region_name !== void 0) {
              if (typeof data69.region_name !== "string") {
                const err128 = { instancePath: instancePath + "/replica/" + i16 + "/region_name", schemaPath: "#/properties/replica/items/properties/region_name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err128];
                } else {
                  vErrors.push(err128);
                }
                errors++;
              }
            }
          } else {
            const err129 = { instancePath: instancePath + "/replica/" + i16, schemaPath: "#/properties/replica/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err129];
            } else {
              vErrors.push(err129);
            }
            errors++;
          }
        }
      } else {
        const err130 = { instancePath: instancePath + "/replica", schemaPath: "#/properties/replica/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err130];
        } else {
          vErrors.push(err130);
        }
        errors++;
      }
    }
    if (data.restore_backup_arn !== void 0) {
      if (typeof data.restore_backup_arn !== "string") {
        const err131 = { instancePath: instancePath + "/restore_backup_arn", schemaPath: "#/properties/restore_backup_arn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err131];
        } else {
          vErrors.push(err131);
        }
        errors++;
      }
    }
    if (data.restore_date_time !== void 0) {
      if (typeof data.restore_date_time !== "string") {
        const err132 = { instancePath: instancePath + "/restore_date_time", schemaPath: "#/properties/restore_date_time/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err132];
        } else {
          vErrors.push(err132);
        }
        errors++;
      }
    }
    if (data.restore_source_name !== void 0) {
      if (typeof data.restore_source_name !== "string") {
        const err133 = { instancePath: instancePath + "/restore_source_name", schemaPath: "#/properties/restore_source_name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err133];
        } else {
          vErrors.push(err133);
        }
        errors++;
      }
    }
    if (data.restore_source_table_arn !== void 0) {
      if (typeof data.restore_source_table_arn !== "string") {
        const err134 = { instancePath: instancePath + "/restore_source_table_arn", schemaPath: "#/properties/restore_source_table_arn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err134];
        } else {
          vErrors.push(err134);
        }
        errors++;
      }
    }
    if (data.restore_to_latest_time !== void 0) {
      if (typeof data.restore_to_latest_time !== "boolean") {
        const err135 = { instancePath: instancePath + "/restore_to_latest_time", schemaPath: "#/properties/restore_to_latest_time/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err135];
        } else {
          vErrors.push(err135);
        }
        errors++;
      }
    }
    if (data.server_side_encryption !== void 0) {
      let data81 = data.server_side_encryption;
      if (Array.isArray(data81)) {
        if (data81.length > 1) {
          const err136 = { instancePath: instancePath + "/server_side_encryption", schemaPath: "#/properties/server_side_encryption/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items" };
          if (vErrors === null) {
            vErrors = [err136];
          } else {
            vErrors.push(err136);
          }
          errors++;
        }
        const len17 = data81.length;
        for (let i17 = 0; i17 < len17; i17++) {
          let data82 = data81[i17];
          if (data82 && typeof data82 == "object" && !Array.isArray(data82)) {
            if (data82.enabled === void 0) {
              const err137 = { instancePath: instancePath + "/server_side_encryption/" + i17, schemaPath: "#/properties/server_side_encryption/items/required", keyword: "required", params: { missingProperty: "enabled" }, message: "must have required property 'enabled'" };
              if (vErrors === null) {
                vErrors = [err137];
              } else {
                vErrors.push(err137);
              }
              errors++;
            }
            for (const key15 in data82) {
              if (!(key15 === "enabled" || key15 === "kms_key_arn")) {
                const err138 = { instancePath: instancePath + "/server_side_encryption/" + i17, schemaPath: "#/properties/server_side_encryption/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err138];
                } else {
                  vErrors.push(err138);
                }
                errors++;
              }
            }
            if (data82.enabled !== void 0) {
              if (typeof data82.enabled !== "boolean") {
                const err139 = { instancePath: instancePath + "/server_side_encryption/" + i17 + "/enabled", schemaPath: "#/properties/server_side_encryption/items/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err139];
                } else {
                  vErrors.push(err139);
                }
                errors++;
              }
            }
            if (data82.kms_key_arn !== void 0) {
              if (typeof data82.kms_key_arn !== "string") {
                const err140 = { instancePath: instancePath + "/server_side_encryption/" + i17 + "/kms_key_arn", schemaPath: "#/properties/server_side_encryption/items/properties/kms_key_arn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err140];
                } else {
                  vErrors.push(err140);
                }
                errors++;
              }
            }
          } else {
            const err141 = { instancePath: instancePath + "/server_side_encryption/" + i17, schemaPath: "#/properties/server_side_encryption/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err141];
            } else {
              vErrors.push(err141);
            }
            errors++;
          }
        }
      } else {
        const err142 = { instancePath: instancePath + "/server_side_encryption", schemaPath: "#/properties/server_side_encryption/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err142];
        } else {
          vErrors.push(err142);
        }
        errors++;
      }
    }
    if (data.stream_enabled !== void 0) {
      if (typeof data.stream_enabled !== "boolean") {
        const err143 = { instancePath: instancePath + "/stream_enabled", schemaPath: "#/properties/stream_enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err143];
        } else {
          vErrors.push(err143);
        }
        errors++;
      }
    }
    if (data.stream_view_type !== void 0) {
      let data86 = data.stream_view_type;
      if (typeof data86 !== "string") {
        const err144 = { instancePath: instancePath + "/stream_view_type", schemaPath: "#/properties/stream_view_type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err144];
        } else {
          vErrors.push(err144);
        }
        errors++;
      }
      if (!(data86 === "" || data86 === "NEW_IMAGE" || data86 === "OLD_IMAGE" || data86 === "NEW_AND_OLD_IMAGES" || data86 === "KEYS_ONLY")) {
        const err145 = { instancePath: instancePath + "/stream_view_type", schemaPath: "#/properties/stream_view_type/enum", keyword: "enum", params: { allowedValues: schema60.properties.stream_view_type.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err145];
        } else {
          vErrors.push(err145);
        }
        errors++;
      }
    }
    if (data.table_class !== void 0) {
      let data87 = data.table_class;
      if (typeof data87 !== "string") {
        const err146 = { instancePath: instancePath + "/table_class", schemaPath: "#/properties/table_class/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err146];
        } else {
          vErrors.push(err146);
        }
        errors++;
      }
      if (!(data87 === "STANDARD" || data87 === "STANDARD_INFREQUENT_ACCESS")) {
        const err147 = { instancePath: instancePath + "/table_class", schemaPath: "#/properties/table_class/enum", keyword: "enum", params: { allowedValues: schema60.properties.table_class.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err147];
        } else {
          vErrors.push(err147);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      let data88 = data.tags;
      if (data88 && typeof data88 == "object" && !Array.isArray(data88)) {
        for (const key16 in data88) {
          if (typeof data88[key16] !== "string") {
            const err148 = { instancePath: instancePath + "/tags/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/tags/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err148];
            } else {
              vErrors.push(err148);
            }
            errors++;
          }
        }
      } else {
        const err149 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err149];
        } else {
          vErrors.push(err149);
        }
        errors++;
      }
    }
    if (data.tags_all !== void 0) {
      let data90 = data.tags_all;
      if (data90 && typeof data90 == "object" && !Array.isArray(data90)) {
        for (const key17 in data90) {
          if (typeof data90[key17] !== "string") {
            const err150 = { instancePath: instancePath + "/tags_all/" + key17.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/tags_all/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err150];
            } else {
              vErrors.push(err150);
            }
            errors++;
          }
        }
      } else {
        const err151 = { instancePath: instancePath + "/tags_all", schemaPath: "#/properties/tags_all/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err151];
        } else {
          vErrors.push(err151);
        }
        errors++;
      }
    }
    if (data.timeouts !== void 0) {
      let data92 = data.timeouts;
      if (Array.isArray(data92)) {
        if (data92.length > 1) {
          const err152 = { instancePath: instancePath + "/timeouts", schemaPath: "#/properties/timeouts/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items" };
          if (vErrors === null) {
            vErrors = [err152];
          } else {
            vErrors.push(err152);
          }
          errors++;
        }
        const len18 = data92.length;
        for (let i18 = 0; i18 < len18; i18++) {
          let data93 = data92[i18];
          if (data93 && typeof data93 == "object" && !Array.isArray(data93)) {
            for (const key18 in data93) {
              if (!(key18 === "create" || key18 === "delete" || key18 === "update")) {
                const err153 = { instancePath: instancePath + "/timeouts/" + i18, schemaPath: "#/properties/timeouts/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err153];
                } else {
                  vErrors.push(err153);
                }
                errors++;
              }
            }
            if (data93.create !== void 0) {
              if (typeof data93.create !== "string") {
                const err154 = { instancePath: instancePath + "/timeouts/" + i18 + "/create", schemaPath: "#/properties/timeouts/items/properties/create/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err154];
                } else {
                  vErrors.push(err154);
                }
                errors++;
              }
            }
            if (data93.delete !== void 0) {
              if (typeof data93.delete !== "string") {
                const err155 = { instancePath: instancePath + "/timeouts/" + i18 + "/delete", schemaPath: "#/properties/timeouts/items/properties/delete/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err155];
                } else {
                  vErrors.push(err155);
                }
                errors++;
              }
            }
            if (data93.update !== void 0) {
              if (typeof data93.update !== "string") {
                const err156 = { instancePath: instancePath + "/timeouts/" + i18 + "/update", schemaPath: "#/properties/timeouts/items/properties/update/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err156];
                } else {
                  vErrors.push(err156);
                }
                errors++;
              }
            }
          } else {
            const err157 = { instancePath: instancePath + "/timeouts/" + i18, schemaPath: "#/properties/timeouts/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err157];
            } else {
              vErrors.push(err157);
            }
            errors++;
          }
        }
      } else {
        const err158 = { instancePath: instancePath + "/timeouts", schemaPath: "#/properties/timeouts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err158];
        } else {
          vErrors.push(err158);
        }
        errors++;
      }
    }
    if (data.ttl !== void 0) {
      let data97 = data.ttl;
      if (Array.isArray(data97)) {
        if (data97.length > 1) {
          const err159 = { instancePath: instancePath + "/ttl", schemaPath: "#/properties/ttl/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items" };
          if (vErrors === null) {
            vErrors = [err159];
          } else {
            vErrors.push(err159);
          }
          errors++;
        }
        const len19 = data97.length;
        for (let i19 = 0; i19 < len19; i19++) {
          let data98 = data97[i19];
          if (data98 && typeof data98 == "object" && !Array.isArray(data98)) {
            for (const key19 in data98) {
              if (!(key19 === "attribute_name" || key19 === "enabled")) {
                const err160 = { instancePath: instancePath + "/ttl/" + i19, schemaPath: "#/properties/ttl/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err160];
                } else {
                  vErrors.push(err160);
                }
                errors++;
              }
            }
            if (data98.attribute_name !== void 0) {
              let data99 = data98.attribute_name;
              if (typeof data99 === "string") {
                if (func1(data99) > 255) {
                  const err161 = { instancePath: instancePath + "/ttl/" + i19 + "/attribute_name", schemaPath: "#/properties/ttl/items/properties/attribute_name/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters" };
                  if (vErrors === null) {
                    vErrors = [err161];
                  } else {
                    vErrors.push(err161);
                  }
                  errors++;
                }
              } else {
                const err162 = { instancePath: instancePath + "/ttl/" + i19 + "/attribute_name", schemaPath: "#/properties/ttl/items/properties/attribute_name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err162];
                } else {
                  vErrors.push(err162);
                }
                errors++;
              }
            }
            if (data98.enabled !== void 0) {
              if (typeof data98.enabled !== "boolean") {
                const err163 = { instancePath: instancePath + "/ttl/" + i19 + "/enabled", schemaPath: "#/properties/ttl/items/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err163];
                } else {
                  vErrors.push(err163);
                }
                errors++;
              }
            }
          } else {
            const err164 = { instancePath: instancePath + "/ttl/" + i19, schemaPath: "#/properties/ttl/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err164];
            } else {
              vErrors.push(err164);
            }
            errors++;
          }
        }
      } else {
        const err165 = { instancePath: instancePath + "/ttl", schemaPath: "#/properties/ttl/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err165];
        } else {
          vErrors.push(err165);
        }
        errors++;
      }
    }
    if (data.warm_throughput !== void 0) {
      let data101 = data.warm_throughput;
      if (Array.isArray(data101)) {
        if (data101.length > 1) {
          const err166 = { instancePath: instancePath + "/warm_throughput", schemaPath: "#/properties/warm_throughput/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items" };
          if (vErrors === null) {
            vErrors = [err166];
          } else {
            vErrors.push(err166);
          }
          errors++;
        }
        const len20 = data101.length;
        for (let i20 = 0; i20 < len20; i20++) {
          let data102 = data101[i20];
          if (data102 && typeof data102 == "object" && !Array.isArray(data102)) {
            for (const key20 in data102) {
              if (!(key20 === "read_units_per_second" || key20 === "write_units_per_second")) {
                const err167 = { instancePath: instancePath + "/warm_throughput/" + i20, schemaPath: "#/properties/warm_throughput/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err167];
                } else {
                  vErrors.push(err167);
                }
                errors++;
              }
            }
            if (data102.read_units_per_second !== void 0) {
              if (!(typeof data102.read_units_per_second == "number")) {
                const err168 = { instancePath: instancePath + "/warm_throughput/" + i20 + "/read_units_per_second", schemaPath: "#/properties/warm_throughput/items/properties/read_units_per_second/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err168];
                } else {
                  vErrors.push(err168);
                }
                errors++;
              }
            }
            if (data102.write_units_per_second !== void 0) {
              if (!(typeof data102.write_units_per_second == "number")) {
                const err169 = { instancePath: instancePath + "/warm_throughput/" + i20 + "/write_units_per_second", schemaPath: "#/properties/warm_throughput/items/properties/write_units_per_second/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err169];
                } else {
                  vErrors.push(err169);
                }
                errors++;
              }
            }
          } else {
            const err170 = { instancePath: instancePath + "/warm_throughput/" + i20, schemaPath: "#/properties/warm_throughput/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err170];
            } else {
              vErrors.push(err170);
            }
            errors++;
          }
        }
      } else {
        const err171 = { instancePath: instancePath + "/warm_throughput", schemaPath: "#/properties/warm_throughput/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err171];
        } else {
          vErrors.push(err171);
        }
        errors++;
      }
    }
    if (data.write_capacity !== void 0) {
      let data105 = data.write_capacity;
      if (!(typeof data105 == "number" && (!(data105 % 1) && !isNaN(data105)))) {
        const err172 = { instancePath: instancePath + "/write_capacity", schemaPath: "#/properties/write_capacity/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err172];
        } else {
          vErrors.push(err172);
        }
        errors++;
      }
    }
  } else {
    const err173 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err173];
    } else {
      vErrors.push(err173);
    }
    errors++;
  }
  validate141.errors = vErrors;
  return errors === 0;
}
var v6 = validate142;
var schema61 = { "$comment": "aws_dynamodb_table_replica: arguments, blocks and types from the provider bindings; constraints with a $comment are added from the page it names", "type": "object", "properties": { "deletion_protection_enabled": { "type": "boolean" }, "global_table_arn": { "type": "string" }, "id": { "type": "string" }, "kms_key_arn": { "type": "string" }, "point_in_time_recovery": { "type": "boolean" }, "region": { "type": "string" }, "table_class_override": { "type": "string", "enum": ["STANDARD", "STANDARD_INFREQUENT_ACCESS"], "$comment": "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table_replica#table_class_override" }, "tags": { "type": "object", "additionalProperties": { "type": "string" } }, "tags_all": { "type": "object", "additionalProperties": { "type": "string" } }, "timeouts": { "type": "array", "maxItems": 1, "items": { "type": "object", "properties": { "create": { "type": "string" }, "delete": { "type": "string" }, "update": { "type": "string" } }, "additionalProperties": false } } }, "required": ["global_table_arn"], "additionalProperties": false };
function validate142(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.global_table_arn === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "global_table_arn" }, message: "must have required property 'global_table_arn'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func0.call(schema61.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.deletion_protection_enabled !== void 0) {
      if (typeof data.deletion_protection_enabled !== "boolean") {
        const err2 = { instancePath: instancePath + "/deletion_protection_enabled", schemaPath: "#/properties/deletion_protection_enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.global_table_arn !== void 0) {
      if (typeof data.global_table_arn !== "string") {
        const err3 = { instancePath: instancePath + "/global_table_arn", schemaPath: "#/properties/global_table_arn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      if (typeof data.id !== "string") {
        const err4 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.kms_key_arn !== void 0) {
      if (typeof data.kms_key_arn !== "string") {
        const err5 = { instancePath: instancePath + "/kms_key_arn", schemaPath: "#/properties/kms_key_arn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.point_in_time_recovery !== void 0) {
      if (typeof data.point_in_time_recovery !== "boolean") {
        const err6 = { instancePath: instancePath + "/point_in_time_recovery", schemaPath: "#/properties/point_in_time_recovery/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.region !== void 0) {
      if (typeof data.region !== "string") {
        const err7 = { instancePath: instancePath + "/region", schemaPath: "#/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.table_class_override !== void 0) {
      let data6 = data.table_class_override;
      if (typeof data6 !== "string") {
        const err8 = { instancePath: instancePath + "/table_class_override", schemaPath: "#/properties/table_class_override/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (!(data6 === "STANDARD" || data6 === "STANDARD_INFREQUENT_ACCESS")) {
        const err9 = { instancePath: instancePath + "/table_class_override", schemaPath: "#/properties/table_class_override/enum", keyword: "enum", params: { allowedValues: schema61.properties.table_class_override.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      let data7 = data.tags;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        for (const key1 in data7) {
          if (typeof data7[key1] !== "string") {
            const err10 = { instancePath: instancePath + "/tags/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/tags/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.tags_all !== void 0) {
      let data9 = data.tags_all;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        for (const key2 in data9) {
          if (typeof data9[key2] !== "string") {
            const err12 = { instancePath: instancePath + "/tags_all/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/tags_all/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/tags_all", schemaPath: "#/properties/tags_all/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.timeouts !== void 0) {
      let data11 = data.timeouts;
      if (Array.isArray(data11)) {
        if (data11.length > 1) {
          const err14 = { instancePath: instancePath + "/timeouts", schemaPath: "#/properties/timeouts/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        const len0 = data11.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data12 = data11[i0];
          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            for (const key3 in data12) {
              if (!(key3 === "create" || key3 === "delete" || key3 === "update")) {
                const err15 = { instancePath: instancePath + "/timeouts/" + i0, schemaPath: "#/properties/timeouts/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data12.create !== void 0) {
              if (typeof data12.create !== "string") {
                const err16 = { instancePath: instancePath + "/timeouts/" + i0 + "/create", schemaPath: "#/properties/timeouts/items/properties/create/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data12.delete !== void 0) {
              if (typeof data12.delete !== "string") {
                const err17 = { instancePath: instancePath + "/timeouts/" + i0 + "/delete", schemaPath: "#/properties/timeouts/items/properties/delete/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data12.update !== void 0) {
              if (typeof data12.update !== "string") {
                const err18 = { instancePath: instancePath + "/timeouts/" + i0 + "/update", schemaPath: "#/properties/timeouts/items/properties/update/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
          } else {
            const err19 = { instancePath: instancePath + "/timeouts/" + i0, schemaPath: "#/properties/timeouts/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/timeouts", schemaPath: "#/properties/timeouts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
  } else {
    const err21 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate142.errors = vErrors;
  return errors === 0;
}

// rules/resource-schema/precompiled.ts
var PRECOMPILED = { "strict": { "AWS::DynamoDB::GlobalTable": v0, "AWS::DynamoDB::Table": v1, "AWS::Serverless::SimpleTable": v2, "aws_dynamodb_global_secondary_index": v3, "aws_dynamodb_global_table": v4, "aws_dynamodb_table": v5, "aws_dynamodb_table_replica": v6 } };

// rules/resource-schema/validate.ts
var SCHEMA_SOURCE = schemas_default.source;
var TERRAFORM_SCHEMA_SOURCE = terraform_schemas_default.source;
var SCHEMAS = { ...schemas_default.resources, ...terraform_schemas_default.resources };
function isTerraformType(resourceType) {
  return resourceType in terraform_schemas_default.resources;
}
var AJV_OPTIONS = ajv_options_default;
var strict = { variant: "strict", options: AJV_OPTIONS, validators: /* @__PURE__ */ new Map() };
var converting = {
  variant: "converting",
  options: { ...AJV_OPTIONS, coerceTypes: true },
  validators: /* @__PURE__ */ new Map()
};
function validatorFor(resourceType, compiler) {
  const cache = compiler.validators;
  const cached = cache.get(resourceType);
  if (cached) return cached;
  const schema = SCHEMAS[resourceType];
  if (!schema) return void 0;
  const precompiled = PRECOMPILED?.[compiler.variant]?.[resourceType];
  if (precompiled) return precompiled;
  compiler.ajv ??= new import_ajv.Ajv(compiler.options);
  const validate = compiler.ajv.compile(schema);
  cache.set(resourceType, validate);
  return validate;
}
function schemaAt(resourceType, schemaPath) {
  let node2 = SCHEMAS[resourceType];
  for (const part of schemaPath.replace(/^#\//, "").split("/").slice(0, -1)) {
    if (typeof node2 !== "object" || node2 === null) return void 0;
    node2 = node2[part.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  return typeof node2 === "object" && node2 !== null ? node2 : void 0;
}
function pathOf(pointer) {
  const parts = pointer.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
  if (parts[0] === "Properties" && parts.length > 1) parts.shift();
  return parts.reduce(
    (path14, part) => /^\d+$/.test(part) ? `${path14}[${part}]` : path14 ? `${path14}.${part}` : part,
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
  const validate = validatorFor(resourceType, strict);
  if (!validate) return [];
  const problems = problemsOf(declaration, validate, declaration.value);
  if (!problems.some((p) => p.kind === "type")) return problems;
  const convert = validatorFor(resourceType, converting);
  return problemsOf(declaration, convert, structuredClone(declaration.value));
}
function problemsOf(declaration, validate, value) {
  if (validate(value) || !validate.errors) return [];
  return validate.errors.flatMap((error) => problemOf3(declaration, error) ?? []);
}
function problemOf3(declaration, error) {
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
  const terraform = isTerraformType(resourceType);
  const at2 = (p) => ({
    pointer: p,
    path: pathOf(p) || (terraform ? "the resource" : "Properties"),
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
      if (terraform && Array.isArray(actual) && actual.every((item) => mapLike(item))) {
        return {
          kind: "blockCount",
          ...at2(pointer),
          data: {
            count: actual.length,
            limit: Number(params.limit),
            bound: error.keyword === "maxItems" ? "at most" : "at least"
          }
        };
      }
      return {
        kind: error.keyword,
        ...at2(pointer),
        data: { count: Array.isArray(actual) ? actual.length : 0, limit: Number(params.limit) }
      };
    default:
      return void 0;
  }
}
function mapLike(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function valueAt(root, pointer) {
  let node2 = root;
  for (const part of pointer.split("/").slice(1)) {
    if (typeof node2 !== "object" || node2 === null) return void 0;
    node2 = node2[part.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  return node2;
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
  samWithoutTransform: '{{table}} is an AWS::Serverless::SimpleTable, but the template does not declare "Transform: {{transform}}"; CloudFormation rejects the resource type without the SAM transform.',
  unknownArgument: `{{table}}: {{path}} has no argument or block "{{property}}"{{suggestion}}; Terraform rejects what the AWS provider's {{resourceType}} schema does not define.`,
  requiredArgument: '{{table}}: {{path}} is missing "{{property}}", which the AWS provider requires.',
  blockCount: "{{table}}: {{path}} is written {{count}} times; the AWS provider allows {{bound}} {{limit}}.",
  streamViewTypeRequired: "{{table}} sets stream_enabled = true without stream_view_type; the AWS provider requires a view type when the stream is enabled."
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
  maxItems: { messageId: "maxItems" },
  blockCount: { messageId: "blockCount" }
};
var TERRAFORM_REPORTS = {
  unknownProperty: { messageId: "unknownArgument" },
  required: { messageId: "requiredArgument" }
};
var resource_schema_default = defineRule({
  id: "resource-schema",
  kind: "table",
  description: "Each DynamoDB resource matches its resource schema (CloudFormation/SAM, or the Terraform AWS provider's): known properties or arguments, required ones, types, allowed values, ranges and lengths, and valid resource attributes.",
  severity: "error",
  messages: MESSAGES11,
  check({ tables, report }) {
    for (const table of tables) {
      const declaration = table.declaration;
      if (!declaration) continue;
      for (const resource of [declaration, ...declaration.related ?? []]) {
        const base = { table: resource.label ?? tableLabel(table), resourceType: resource.resourceType };
        const terraform = isTerraformType(resource.resourceType);
        for (const problem of validateDeclaration(resource)) {
          report({
            table,
            property: `${resource.label ?? ""}${problem.path}:${problem.kind}:${String(problem.data.property ?? "")}`,
            location: problem.location,
            ...(terraform ? TERRAFORM_REPORTS[problem.kind] : void 0) ?? SCHEMA_REPORTS[problem.kind],
            data: { ...base, path: problem.path, ...problem.data }
          });
        }
      }
      if (isTerraformType(declaration.resourceType)) {
        checkStreamViewType(table, declaration, report);
        continue;
      }
      checkKeyOrder(table, declaration, report);
      checkReplicaRegions(table, declaration, report);
      checkProvisionedCapacity(table, declaration, report);
      checkAttributes(table, declaration, report);
    }
  }
});
function mapOf(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
}
function listOf(value) {
  return Array.isArray(value) ? value : [];
}
function keySchemas(properties2) {
  const schemas = [{ pointer: "/Properties/KeySchema", keys: listOf(properties2.KeySchema) }];
  for (const kind of ["GlobalSecondaryIndexes", "LocalSecondaryIndexes"]) {
    listOf(properties2[kind]).forEach(
      (index, i) => schemas.push({ pointer: `/Properties/${kind}/${i}/KeySchema`, keys: listOf(mapOf(index)?.KeySchema) })
    );
  }
  return schemas;
}
function checkKeyOrder(table, declaration, report) {
  const properties2 = mapOf(declaration.value.Properties);
  if (!properties2) return;
  for (const { pointer, keys } of keySchemas(properties2)) {
    const keyTypes = keys.map((key) => mapOf(key)?.KeyType);
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
  const properties2 = mapOf(declaration.value.Properties);
  if (!properties2) return;
  const throughputs = [
    { pointer: "/Properties/ProvisionedThroughput", value: properties2.ProvisionedThroughput }
  ];
  listOf(properties2.GlobalSecondaryIndexes).forEach(
    (index, i) => throughputs.push({
      pointer: `/Properties/GlobalSecondaryIndexes/${i}/ProvisionedThroughput`,
      value: mapOf(index)?.ProvisionedThroughput
    })
  );
  for (const throughput of throughputs) {
    const capacities = mapOf(throughput.value);
    if (!capacities) continue;
    for (const key of ["ReadCapacityUnits", "WriteCapacityUnits"]) {
      const written2 = capacities[key];
      const value = typeof written2 === "string" && written2.trim() !== "" ? Number(written2) : written2;
      if (typeof value !== "number" || Number.isNaN(value) || value >= 1) continue;
      const at2 = `${throughput.pointer}/${key}`;
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
function checkStreamViewType(table, declaration, report) {
  const { value } = declaration;
  const enabled = value.stream_enabled === true || value.stream_enabled === "true";
  const viewType = value.stream_view_type;
  if (!enabled || declaration.unknown.includes("/stream_view_type")) return;
  if (typeof viewType === "string" && viewType !== "") return;
  report({
    table,
    property: "stream_view_type:required",
    location: locationOf2(declaration, "/stream_enabled"),
    messageId: "streamViewTypeRequired",
    data: { table: tableLabel(table) }
  });
}
function checkAttributes(table, declaration, report) {
  const label = tableLabel(table);
  const format = table.source.format;
  const template = declaration.template;
  if (!template) return;
  const { transforms } = template;
  const wholeTemplate = format !== "serverless";
  const knowsConditions = wholeTemplate && transforms.every((t) => t === SAM_TRANSFORM);
  const knowsResources = wholeTemplate && transforms.length === 0;
  const condition = typeof declaration.value.Condition === "string" ? declaration.value.Condition : void 0;
  if (knowsConditions && condition !== void 0 && !template.conditions.includes(condition)) {
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
    if (template.resources.includes(target)) continue;
    report({
      table,
      property: `DependsOn:${target}`,
      location: locationOf2(declaration, pointer),
      messageId: "undefinedDependency",
      data: { table: label, target }
    });
  }
  if (declaration.resourceType === "AWS::Serverless::SimpleTable" && (format === "cloudformation" || format === "sam") && !transforms.includes(SAM_TRANSFORM)) {
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
      const key = `${file}\0${scope}\0${use.operation}`;
      const rank = (ranks.get(key) ?? 0) + 1;
      ranks.set(key, rank);
      const severity = severities.find(([matches]) => matches(file))?.[1];
      report({
        ...table ? { table } : {},
        // Where the call is, not its line: the finding keeps its identity when code above it moves.
        property: `${file}:${scope}:${use.operation}:${ordinal2(rank)}`,
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
function ordinal2(rank) {
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
  const declaredIndexes2 = kind === "global" ? declared.globalIndexes : declared.localIndexes;
  const liveIndexes = kind === "global" ? live.globalIndexes : live.localIndexes;
  if (!declaredIndexes2.known || !liveIndexes.known) return;
  const noun = `${kind} index`;
  const liveByName = new Map(liveIndexes.value.flatMap((i) => i.name.known ? [[i.name.value, i]] : []));
  const declaredNames = /* @__PURE__ */ new Set();
  let allNamed = true;
  for (const index of declaredIndexes2.value) {
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
    add(`index:${name}`, declaredIndexes2.location, "error", { kind: "liveOnly", what: `${noun} ${name}` });
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
  for (const [key, value] of liveTags) {
    if (!declaredKeys.has(key) && !key.startsWith("aws:")) changes.push(`${key}=${value} live, not declared`);
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
        what: `its key schema changes (${describeKeys2(base)} \u2192 ${describeKeys2(head)})`,
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
function describeKeys2(table) {
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

// rules/unknown-index.ts
var unknown_index_default = defineRule({
  id: "unknown-index",
  kind: "code",
  description: "Code queries an index the table lacks.",
  severity: "error",
  messages: {
    unknownIndex: "{{operation}} reads index '{{index}}' of {{target}}, which declares no such index ({{declared}}): DynamoDB rejects the request with a ValidationException.{{suggestion}}"
  },
  check({ uses, tables, report }) {
    const identities = new CallIdentities();
    for (const use of uses) {
      if (!INDEX_READS.has(use.operation) || !use.index?.known) continue;
      const table = declaredTableOf(use, tables);
      const indexes = table && declaredIndexes(table);
      if (!table || !indexes) continue;
      const index = use.index.value;
      const names = indexes.map((i) => i.indexName);
      if (names.includes(index)) continue;
      const nearest2 = names.length ? closest(index, names) : void 0;
      const suggest = nearest2 !== void 0 && distance(index, nearest2) <= Math.max(2, Math.floor(index.length / 3));
      report({
        table,
        property: identities.of(use, `index:${index}`),
        location: use.index.location,
        messageId: "unknownIndex",
        data: {
          operation: use.operation,
          index,
          target: targetLabel(use, table),
          declared: names.length ? `its indexes: ${names.join(", ")}` : "it has no indexes",
          suggestion: suggest ? ` Did you mean '${nearest2}'?` : ""
        }
      });
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

// rules/unprocessed-items.ts
var unprocessed_items_default = defineRule({
  id: "unprocessed-items",
  kind: "code",
  description: "A batch whose unprocessed items are lost.",
  severity: "warning",
  messages: {
    write: "BatchWriteItem on {{target}} ({{library}}): nothing in this file reads UnprocessedItems. Under throttling DynamoDB accepts part of a batch and returns the rest there; without a retry those writes are silently lost. Retry UnprocessedItems with backoff until it is empty.",
    get: "BatchGetItem on {{target}} ({{library}}): nothing in this file reads UnprocessedKeys. Under throttling or past 16 MB DynamoDB returns part of the items and lists the rest there; without a retry the result is silently incomplete. Retry UnprocessedKeys with backoff until it is empty."
  },
  check({ uses, tables, report }) {
    const identities = new CallIdentities();
    for (const use of onePerCall(uses)) {
      const write = use.operation === "BatchWriteItem";
      if (!write && use.operation !== "BatchGetItem" || use.unprocessedHandled !== false) continue;
      const table = declaredTableOf(use, tables);
      report({
        ...table ? { table } : {},
        property: identities.of(use),
        location: use.location,
        messageId: write ? "write" : "get",
        data: { target: targetLabel(use, table), library: use.library }
      });
    }
  }
});

// rules/unused-index.ts
var unused_index_default = defineRule({
  id: "unused-index",
  kind: "code",
  description: "A GSI no linted code reads.",
  severity: "warning",
  messages: {
    unusedIndex: "No Query or Scan in the linted code reads the GSI '{{index}}' of {{table}}, though {{uses}} call(s) use the table ({{read}}). Every write to the table that touches the index's keys is written again to it and billed: drop the index, or lint the code that reads it too."
  },
  // A table with a GSI is judged only when calls use it, single-item ones included.
  needs: () => ["gsi-table-calls"],
  check({ uses, tables, report }) {
    const byTable = /* @__PURE__ */ new Map();
    const seen = /* @__PURE__ */ new Map();
    for (const use of uses) {
      const table = declaredTableOf(use, tables);
      if (!table) continue;
      const key = `${table.source.file}\0${table.id}`;
      const model = seen.get(key) ?? table;
      seen.set(key, model);
      byTable.set(model, [...byTable.get(model) ?? [], use]);
    }
    const readAnywhere = new Set(
      uses.filter((use) => !use.declaredTable && INDEX_READS.has(use.operation)).map(indexRead)
    );
    for (const [table, tableUses] of byTable) {
      const reads = tableUses.filter((use) => INDEX_READS.has(use.operation));
      const read = reads.map(indexRead);
      if (read.includes(void 0)) continue;
      const indexes = declaredIndexes(table);
      if (!indexes) continue;
      const named = [...new Set(read.filter((name) => typeof name === "string"))];
      for (const index of indexes) {
        if (index.kind !== "global" || named.includes(index.indexName) || readAnywhere.has(index.indexName))
          continue;
        report({
          table,
          property: `index:${index.indexName}`,
          location: indexLocation(index),
          messageId: "unusedIndex",
          data: {
            index: index.indexName,
            table: tableLabel(table),
            uses: tableUses.length,
            read: named.length ? `indexes read: ${named.join(", ")}` : "none reads an index"
          }
        });
      }
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
  unknown_index_default,
  key_condition_mismatch_default,
  consistent_read_on_gsi_default,
  unused_index_default,
  filter_expression_default,
  unprocessed_items_default,
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

// src/shared/read-file.ts
import { constants, closeSync, fstatSync, openSync, readSync } from "node:fs";
var MAX_FILE_BYTES = 5 * 1024 * 1024;
var OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK;
function readInputFileSync(file, scratch, maxBytes = MAX_FILE_BYTES) {
  let fd;
  try {
    fd = openSync(file, OPEN_FLAGS);
    const info = fstatSync(fd);
    const refusal = refuse(info, maxBytes);
    if (refusal) return refusal;
    if (scratch.buffer.length < info.size + 1) scratch.buffer = Buffer.allocUnsafe(info.size + 1);
    const buffer = scratch.buffer;
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
  return { skipped: oversizeReason(size, maxBytes), oversize: true };
}
function oversizeReason(size, maxBytes = MAX_FILE_BYTES) {
  const megabytes = (bytes) => (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, "");
  return `${(size / 1024 / 1024).toFixed(1)} MB is over the ${megabytes(maxBytes)} MB limit for one file`;
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
var NO_BYTES = Buffer.alloc(0);
var readBounded = async (file, problems) => {
  const outcome = readInputFileSync(file.path, { buffer: NO_BYTES });
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

// src/iac/format.ts
var OFFLOAD_WINDOW = 32;
function settled(io, result) {
  return io.settle ? io.settle(result) : result;
}
function settledFile(io, kind, file, bytes, load) {
  return io.settleFile ? io.settleFile(kind, file, bytes, load) : settled(io, load());
}
function fileFormat(spec) {
  return {
    name: spec.name,
    sourceFormats: spec.sourceFormats,
    deployer: spec.deployer,
    candidate: spec.candidate,
    detect: spec.detect,
    loadText: spec.loadText,
    async load(files, io) {
      const problems = [];
      const results = [];
      const inFlight = /* @__PURE__ */ new Set();
      const consumed = [];
      for (const file of files) {
        const bytes = await io.read(file, problems);
        if (!bytes || !spec.detect(bytes, fileName(file.display))) continue;
        consumed.push(file.path);
        const load = () => loadGuarded(file.display, () => spec.loadText(decode(bytes), file.display));
        if (!io.offload) {
          results.push(settledFile(io, spec.name, file.display, bytes, load));
          continue;
        }
        const loading = io.offload(spec.name, file.display, bytes, load);
        results.push(loading);
        inFlight.add(loading);
        const settledLoad = () => inFlight.delete(loading);
        loading.then(settledLoad, settledLoad);
        if (inFlight.size >= OFFLOAD_WINDOW) await Promise.race(inFlight);
      }
      return formatLoad(await Promise.all(results), problems, consumed);
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

// src/iac/cdk-app.ts
import { access as access2 } from "node:fs/promises";
import path6 from "node:path";

// src/iac/cdk.ts
import { access, readFile } from "node:fs/promises";
import path4 from "node:path";

// src/iac/cdk-source-map.ts
import { readdir } from "node:fs/promises";
import path3 from "node:path";
import { fileURLToPath } from "node:url";

// src/iac/cdk-construct.ts
var GRAMMARS = {
  ".js": "javascript",
  ".mjs": "javascript",
  ".cjs": "javascript",
  ".jsx": "javascript",
  ".ts": "typescript",
  ".mts": "typescript",
  ".cts": "typescript",
  ".tsx": "tsx"
};
function constructGrammar(file) {
  const dot = file.lastIndexOf(".");
  return dot < 0 ? void 0 : GRAMMARS[file.slice(dot).toLowerCase()];
}
var INDEX_ADDERS = /* @__PURE__ */ new Set(["addGlobalSecondaryIndex", "addLocalSecondaryIndex"]);
var INDEX_LISTS = ["globalSecondaryIndexes", "localSecondaryIndexes"];
async function readConstruct(text, file, grammar, line, column) {
  const parser2 = await createParser(grammar);
  try {
    const tree = parseWithin(parser2, text);
    if (!tree) return void 0;
    try {
      const call = constructAt(tree.rootNode, line - 1, column - 1);
      return call ? describeConstruct(call, file) : void 0;
    } finally {
      tree.delete();
    }
  } finally {
    parser2.delete();
  }
}
function constructAt(root, row, column) {
  for (let node2 = root.descendantForPosition({ row, column }); node2; node2 = node2.parent) {
    if (node2.type === "new_expression") return node2;
  }
  return root.descendantsOfType("new_expression").find((node2) => node2?.startPosition.row === row) ?? void 0;
}
function describeConstruct(call, file) {
  const args = call.childForFieldName("arguments")?.namedChildren ?? [];
  const idArgument = args[1] ?? args[0];
  const head = locationOf(call, file);
  const location = idArgument ? { ...head, endLine: idArgument.endPosition.row + 1, endColumn: idArgument.endPosition.column } : head;
  const propsNode = args[2] ? objectLiteral(args[2]) : void 0;
  const props = propsNode ? properties(propsNode, file) : /* @__PURE__ */ new Map();
  const indexes = /* @__PURE__ */ new Map();
  const replicas = /* @__PURE__ */ new Map();
  for (const listName of INDEX_LISTS) {
    for (const element of arrayElements(propsNode, listName)) addIndex(indexes, element, file);
  }
  for (const added of indexAdderCalls(call)) addIndex(indexes, added, file);
  for (const element of arrayElements(propsNode, "replicas")) {
    const object = objectLiteral(element);
    const region = object && stringValue(propertyValue(object, "region"));
    if (object && region !== void 0) {
      replicas.set(region, { location: locationOf(element, file), props: properties(object, file) });
    }
  }
  for (const element of arrayElements(propsNode, "replicationRegions")) {
    const region = stringValue(element);
    if (region !== void 0) replicas.set(region, { location: locationOf(element, file), props: /* @__PURE__ */ new Map() });
  }
  return { location, props, indexes, replicas };
}
function addIndex(indexes, node2, file) {
  const object = objectLiteral(node2);
  if (!object) return;
  const name = stringValue(propertyValue(object, "indexName"));
  if (name !== void 0 && !indexes.has(name)) {
    indexes.set(name, { location: locationOf(node2, file), props: properties(object, file) });
  }
}
var MAX_INDIRECTION = 4;
function objectLiteral(node2, depth = 0) {
  if (node2.type === "object") return node2;
  if ((node2.type === "as_expression" || node2.type === "satisfies_expression" || node2.type === "parenthesized_expression") && node2.namedChildren[0]) {
    return objectLiteral(node2.namedChildren[0], depth);
  }
  if (node2.type !== "identifier" || depth >= MAX_INDIRECTION) return void 0;
  for (let scope = node2.parent; scope; scope = scope.parent) {
    if (scope.type !== "statement_block" && scope.type !== "program") continue;
    for (const declarator of scope.descendantsOfType("variable_declarator")) {
      if (declarator.childForFieldName("name")?.text !== node2.text) continue;
      const value = declarator.childForFieldName("value");
      const found = value ? objectLiteral(value, depth + 1) : void 0;
      if (found) return found;
    }
  }
  return void 0;
}
function members(object, depth = 0) {
  return object.namedChildren.flatMap((child) => {
    if (child.type !== "spread_element") return [child];
    const spread = child.namedChildren[0];
    const source = spread && depth < MAX_INDIRECTION ? objectLiteral(spread) : void 0;
    return source ? members(source, depth + 1) : [];
  });
}
function properties(object, file) {
  const found = /* @__PURE__ */ new Map();
  for (const child of members(object)) {
    if (child.type === "pair") {
      const key = keyName(child.childForFieldName("key"));
      if (key !== void 0) found.set(key, locationOf(child, file));
    } else if (child.type === "shorthand_property_identifier") {
      found.set(child.text, locationOf(child, file));
    }
  }
  return found;
}
function keyName(key) {
  if (!key) return void 0;
  if (key.type === "property_identifier") return key.text;
  return stringValue(key);
}
function propertyValue(object, name) {
  if (object.type !== "object") return void 0;
  const pair = members(object).findLast(
    (child) => child.type === "pair" && keyName(child.childForFieldName("key")) === name
  );
  return pair?.childForFieldName("value") ?? void 0;
}
function arrayElements(object, name) {
  const value = object ? propertyValue(object, name) : void 0;
  if (value?.type !== "array") return [];
  return value.namedChildren.filter((node2) => node2 !== null);
}
function stringValue(node2) {
  if (!node2) return void 0;
  if (node2.type === "string") return node2.text.slice(1, -1);
  if (node2.type === "template_string" && !node2.namedChildren.some((c) => c?.type === "template_substitution")) {
    return node2.text.slice(1, -1);
  }
  return void 0;
}
function indexAdderCalls(call) {
  let holder = call.parent;
  while (holder && (holder.type === "as_expression" || holder.type === "parenthesized_expression")) {
    holder = holder.parent;
  }
  const receiver = holder?.type === "variable_declarator" ? holder.childForFieldName("name")?.text : holder?.type === "assignment_expression" ? holder.childForFieldName("left")?.text : void 0;
  if (!receiver) return [];
  const scopes = receiver.startsWith("this.") ? ["class_body", "program"] : ["statement_block", "program", "class_body"];
  let scope = holder;
  while (scope && !scopes.includes(scope.type)) scope = scope.parent;
  if (!scope) return [];
  const calls = [];
  for (const candidate of scope.descendantsOfType("call_expression")) {
    const callee = candidate?.childForFieldName("function");
    if (callee?.type !== "member_expression") continue;
    const method = callee.childForFieldName("property")?.text;
    if (!method || !INDEX_ADDERS.has(method) || callee.childForFieldName("object")?.text !== receiver)
      continue;
    const argument = candidate?.childForFieldName("arguments")?.namedChildren[0];
    if (argument) calls.push(argument);
  }
  return calls;
}

// src/iac/cdk-construct-python.ts
var INDEX_ADDERS2 = /* @__PURE__ */ new Set(["add_global_secondary_index", "add_local_secondary_index"]);
async function readPythonConstruct(text, file, line, id) {
  if (bracketsNestedBeyond(text, MAX_PARSED_BRACKET_DEPTH)) return void 0;
  const parser2 = await createParser("python");
  try {
    const tree = parseWithin(parser2, text);
    if (!tree) return void 0;
    try {
      const call = tree.rootNode.descendantsOfType("call").find(
        (node2) => node2.startPosition.row <= line - 1 && node2.endPosition.row >= line - 1 && stringValue2(positional(node2)[1]) === id
      );
      return call ? describe2(call, file) : void 0;
    } finally {
      tree.delete();
    }
  } finally {
    parser2.delete();
  }
}
function describe2(call, file) {
  const idArgument = positional(call)[1];
  const head = locationOf(call, file);
  const location = idArgument ? { ...head, endLine: idArgument.endPosition.row + 1, endColumn: idArgument.endPosition.column } : head;
  const indexes = /* @__PURE__ */ new Map();
  const replicas = /* @__PURE__ */ new Map();
  const addIndex2 = (node2) => {
    const name = stringValue2(keyword(node2, "index_name"));
    if (name !== void 0 && !indexes.has(name)) {
      indexes.set(name, { location: locationOf(node2, file), props: keywords(node2, file) });
    }
  };
  for (const list of ["global_secondary_indexes", "local_secondary_indexes"]) {
    for (const element of listElements(keyword(call, list))) addIndex2(element);
  }
  for (const added of adderCalls(call)) addIndex2(added);
  for (const element of listElements(keyword(call, "replicas"))) {
    const region = stringValue2(keyword(element, "region"));
    if (region !== void 0)
      replicas.set(region, { location: locationOf(element, file), props: keywords(element, file) });
  }
  for (const element of listElements(keyword(call, "replication_regions"))) {
    const region = stringValue2(element);
    if (region !== void 0) replicas.set(region, { location: locationOf(element, file), props: /* @__PURE__ */ new Map() });
  }
  return { location, props: keywords(call, file), indexes, replicas };
}
function argumentsOf(call) {
  return call.childForFieldName("arguments")?.namedChildren ?? [];
}
function positional(call) {
  return argumentsOf(call).filter((node2) => node2.type !== "keyword_argument");
}
function keywords(call, file) {
  const found = /* @__PURE__ */ new Map();
  if (call.type !== "call") return found;
  for (const argument of argumentsOf(call)) {
    const name = argument.type === "keyword_argument" ? argument.childForFieldName("name")?.text : void 0;
    if (name) found.set(camelCase(name), locationOf(argument, file));
  }
  return found;
}
function keyword(call, name) {
  if (call.type !== "call") return void 0;
  const argument = argumentsOf(call).find(
    (node2) => node2.type === "keyword_argument" && node2.childForFieldName("name")?.text === name
  );
  return argument?.childForFieldName("value") ?? void 0;
}
function listElements(node2) {
  return node2?.type === "list" || node2?.type === "tuple" ? node2.namedChildren : [];
}
function camelCase(name) {
  return name.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
}
function stringValue2(node2) {
  if (node2?.type !== "string" || node2.namedChildren.some((c) => c.type === "interpolation")) return void 0;
  return node2.namedChildren.find((c) => c.type === "string_content")?.text ?? "";
}
function adderCalls(call) {
  const holder = call.parent;
  const receiver = holder?.type === "assignment" ? holder.childForFieldName("left")?.text : void 0;
  if (!receiver) return [];
  const scopes = receiver.startsWith("self.") ? ["class_definition", "module"] : ["function_definition", "module"];
  let scope = holder;
  while (scope && !scopes.includes(scope.type)) scope = scope.parent;
  if (!scope) return [];
  return scope.descendantsOfType("call").filter((candidate) => {
    const callee = candidate.childForFieldName("function");
    return callee?.type === "attribute" && INDEX_ADDERS2.has(callee.childForFieldName("attribute")?.text ?? "") && callee.childForFieldName("object")?.text === receiver;
  });
}

// src/iac/cdk-source-map.ts
var MAX_FRAMES = 64;
var MAX_FRAME_LENGTH = 4096;
var POSITION = /^(.+):(\d+):(\d+)$/;
function framePosition(frame) {
  const text = frame.trim();
  const open = text.endsWith(")") ? text.lastIndexOf("(") : -1;
  return POSITION.exec(open >= 0 ? text.slice(open + 1, -1) : text);
}
async function userFrame(trace, appFolder, exists2) {
  for (const text of trace.slice(0, MAX_FRAMES)) {
    const match = framePosition(text.slice(0, MAX_FRAME_LENGTH));
    if (!match?.[1] || !match[2] || !match[3]) continue;
    const written2 = match[1].startsWith("file://") ? fileURLToPath(match[1]) : match[1];
    if (written2.startsWith("node:") || /[\\/]node_modules[\\/]/.test(written2) || !path3.isAbsolute(written2)) {
      continue;
    }
    const file = await localFile(written2, appFolder, exists2);
    if (file) return { file, line: Number(match[2]), column: Number(match[3]) };
  }
  return void 0;
}
async function localFile(written2, appFolder, exists2) {
  const inApp = path3.relative(appFolder, written2);
  if (!inApp.startsWith("..") && !path3.isAbsolute(inApp))
    return await exists2(written2) ? written2 : void 0;
  const parts = written2.split(/[\\/]/).filter(Boolean);
  for (let start = 1; start < parts.length; start += 1) {
    const candidate = path3.join(appFolder, ...parts.slice(start));
    if (await exists2(candidate)) return candidate;
  }
  return void 0;
}
async function mapToSource(result, template, templateDisplay, stack, io) {
  const sources = new SourceCache(io, stack.appFolder);
  const resources = entry(template, "Resources")?.value;
  const tables = [];
  for (const table of result.tables) {
    const resource = entry(resources, table.id);
    const construct = resource ? await sources.construct(table, stack.traces.get(table.id)) : void 0;
    tables.push(resource && construct ? relocateTable(table, templateDisplay, resource, construct) : table);
  }
  return { ...result, tables };
}
var SourceCache = class {
  constructor(io, appFolder) {
    this.io = io;
    this.appFolder = appFolder;
  }
  io;
  appFolder;
  texts = /* @__PURE__ */ new Map();
  sourceFiles;
  text(file) {
    let text = this.texts.get(file);
    if (!text) {
      const scratch = [];
      text = this.io.read({ path: file, display: displayPath(this.io.cwd, file) }, scratch).then((bytes) => bytes ? decode(bytes) : void 0);
      this.texts.set(file, text);
    }
    return text;
  }
  async construct(table, trace) {
    const frame = trace ? await userFrame(trace, this.appFolder, async (file) => await this.text(file) !== void 0) : void 0;
    const display = (file) => displayPath(this.io.cwd, file);
    if (frame) {
      const grammar = constructGrammar(frame.file);
      const text = await this.text(frame.file);
      if (grammar && text !== void 0) {
        const construct = await readConstruct(text, display(frame.file), grammar, frame.line, frame.column);
        if (construct) return construct;
      }
    }
    return this.byConstructId(table);
  }
  /** The one line of the app's source that creates a table with the construct's id, for non-JS apps. */
  async byConstructId(table) {
    const id = constructId(table);
    if (!id) return void 0;
    const pattern = new RegExp(
      `Table\\w*\\s*\\(\\s*[\\w.]+\\s*,\\s*(?:[\\w.]+\\()?\\s*["']${escapeRegExp(id)}["']`
    );
    const hits = [];
    this.sourceFiles ??= appSources(this.appFolder);
    for (const file of await this.sourceFiles) {
      const text = await this.text(file);
      if (text === void 0) continue;
      text.split("\n").forEach((line, index) => {
        const match = pattern.exec(line);
        if (match) {
          const location = {
            file: displayPath(this.io.cwd, file),
            line: index + 1,
            column: match.index + 1,
            endLine: index + 1,
            endColumn: match.index + match[0].length
          };
          hits.push({ location, text });
        }
      });
    }
    const [only] = hits;
    if (!only || hits.length > 1) return void 0;
    const python = only.location.file.endsWith(".py") ? await readPythonConstruct(only.text, only.location.file, only.location.line, id) : void 0;
    return python ?? { location: only.location, props: /* @__PURE__ */ new Map(), indexes: /* @__PURE__ */ new Map(), replicas: /* @__PURE__ */ new Map() };
  }
};
function constructId(table) {
  const parts = table.source.constructPath?.split("/") ?? [];
  const last = parts.at(-1);
  return last === "Resource" || last === "Default" ? parts.at(-2) : last;
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
var SOURCE_EXTENSIONS = /\.(py|java|cs|go|fs|vb)$/;
var SKIPPED_FOLDERS = /* @__PURE__ */ new Set([
  "node_modules",
  "cdk.out",
  ".git",
  ".venv",
  "venv",
  "bin",
  "obj",
  "target",
  "__pycache__"
]);
var MAX_SOURCE_FILES = 500;
async function appSources(folder) {
  const found = [];
  const pending = [folder];
  while (pending.length && found.length < MAX_SOURCE_FILES) {
    const dir = pending.shift();
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const item of entries) {
      if (item.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(item.name) && !item.name.startsWith("."))
          pending.push(path3.join(dir, item.name));
      } else if (SOURCE_EXTENSIONS.test(item.name)) found.push(path3.join(dir, item.name));
    }
  }
  return found.slice(0, MAX_SOURCE_FILES);
}
function spansOf(node2, pointer, spans) {
  if (node2.kind === "map") {
    for (const item of node2.entries) {
      const at2 = [...pointer, item.key];
      spans.push({ pointer: at2, location: item.location });
      spansOf(item.value, at2, spans);
    }
  } else if (node2.kind === "seq") {
    node2.items.forEach((item, index) => {
      const at2 = [...pointer, String(index)];
      spans.push({ pointer: at2, location: item.location });
      spansOf(item, at2, spans);
    });
  }
}
function contains(outer, inner) {
  const afterStart = inner.line > outer.line || inner.line === outer.line && inner.column >= outer.column;
  const beforeEnd = inner.line < outer.endLine || inner.line === outer.endLine && inner.column <= outer.endColumn;
  return afterStart && beforeEnd;
}
function relocateTable(table, templateDisplay, resource, construct) {
  const spans = [{ pointer: [], location: resource.location }];
  spansOf(resource.value, [], spans);
  const resolver = new PointerResolver(resource.value, construct);
  const moved = /* @__PURE__ */ new Map();
  const relocate = (location) => {
    if (location.file !== templateDisplay) return location;
    const key = `${location.line}:${location.column}:${location.endLine}:${location.endColumn}`;
    const cached = moved.get(key);
    if (cached) return cached;
    const span = spans.findLast((candidate) => contains(candidate.location, location));
    const target = span ? { ...resolver.resolve(span.pointer), generated: location } : location;
    moved.set(key, target);
    return target;
  };
  const { declaration, ...rest } = table;
  const relocated = relocateLocations(rest, relocate);
  return {
    ...relocated,
    ...declaration ? {
      declaration: {
        ...declaration,
        locate: (pointer) => {
          const location = declaration.locate(pointer);
          return location && relocate(location);
        }
      }
    } : {}
  };
}
function isLocation(value) {
  return "file" in value && typeof value.file === "string" && "line" in value && typeof value.line === "number" && "endLine" in value;
}
function relocateLocations(value, relocate) {
  if (Array.isArray(value)) return value.map((item) => relocateLocations(item, relocate));
  if (typeof value !== "object" || value === null) return value;
  if (isLocation(value)) return relocate(value);
  const copy = {};
  for (const [key, item] of Object.entries(value)) copy[key] = relocateLocations(item, relocate);
  return copy;
}
var CONSTRUCT_PROPS = {
  TableName: ["tableName"],
  BillingMode: ["billingMode", "billing"],
  ProvisionedThroughput: ["billingMode", "billing", "readCapacity", "writeCapacity"],
  WriteProvisionedThroughputSettings: ["billing"],
  WriteOnDemandThroughputSettings: ["billing"],
  ReadProvisionedThroughputSettings: ["readCapacity", "billing"],
  ReadOnDemandThroughputSettings: ["maxReadRequestUnits", "billing"],
  OnDemandThroughput: ["maxReadRequestUnits", "maxWriteRequestUnits"],
  StreamSpecification: ["stream", "dynamoStream"],
  TimeToLiveSpecification: ["timeToLiveAttribute"],
  PointInTimeRecoverySpecification: ["pointInTimeRecoverySpecification", "pointInTimeRecovery"],
  SSESpecification: ["encryption", "encryptionKey"],
  TableClass: ["tableClass"],
  DeletionProtectionEnabled: ["deletionProtection"],
  ContributorInsightsSpecification: [
    "contributorInsightsSpecification",
    "contributorInsightsEnabled",
    "contributorInsights"
  ],
  KinesisStreamSpecification: ["kinesisStream"],
  ImportSourceSpecification: ["importSource"],
  ResourcePolicy: ["resourcePolicy"],
  WarmThroughput: ["warmThroughput"],
  DeletionPolicy: ["removalPolicy"],
  UpdateReplacePolicy: ["removalPolicy"]
};
var THROUGHPUT_PROPS = {
  ReadCapacityUnits: ["readCapacity"],
  WriteCapacityUnits: ["writeCapacity"]
};
var PointerResolver = class {
  constructor(resource, construct) {
    this.resource = resource;
    this.construct = construct;
  }
  resource;
  construct;
  resolve(pointer) {
    const [first, property, ...rest] = pointer;
    if (first === "DeletionPolicy" || first === "UpdateReplacePolicy") {
      return this.prop(this.construct, CONSTRUCT_PROPS[first]);
    }
    if (first !== "Properties" || property === void 0) return this.construct.location;
    const properties2 = entry(this.resource, "Properties")?.value;
    const [index, inner, ...deeper] = rest;
    switch (property) {
      case "KeySchema":
        return this.keyOf(this.construct, node(properties2, property, index));
      case "AttributeDefinitions":
        return this.attribute(scalar(node(properties2, property, index), "AttributeName"));
      case "GlobalSecondaryIndexes":
      case "LocalSecondaryIndexes":
        return this.index(node(properties2, property, index), inner, deeper[0]);
      case "Replicas":
        return this.replica(node(properties2, property, index), inner, deeper);
      case "ProvisionedThroughput":
        return this.prop(this.construct, [
          ...index ? THROUGHPUT_PROPS[index] ?? [] : [],
          ...CONSTRUCT_PROPS[property] ?? []
        ]);
      default:
        return this.prop(this.construct, CONSTRUCT_PROPS[property]);
    }
  }
  prop(source, names, fallback = source.location) {
    for (const name of names ?? []) {
      const found = source.props.get(name);
      if (found) return found;
    }
    return fallback;
  }
  /** A key's line (`partitionKey`, `sortKey`); the whole key schema is written as the partition key. */
  keyOf(source, key) {
    if (!key) return this.prop(source, ["partitionKey", "sortKey"]);
    return this.prop(source, [scalar(key, "KeyType") === "RANGE" ? "sortKey" : "partitionKey"]);
  }
  /** An attribute definition is written as the key that uses it: the table's or an index's. */
  attribute(name) {
    const properties2 = entry(this.resource, "Properties")?.value;
    const keyUsing = (owner) => {
      const keys = entry(owner, "KeySchema")?.value;
      return keys?.kind === "seq" ? keys.items.find((k) => scalar(k, "AttributeName") === name) : void 0;
    };
    const tableKey = keyUsing(properties2);
    if (name === void 0 || tableKey) return this.keyOf(this.construct, tableKey);
    for (const list of ["GlobalSecondaryIndexes", "LocalSecondaryIndexes"]) {
      const indexes = entry(properties2, list)?.value;
      for (const index of indexes?.kind === "seq" ? indexes.items : []) {
        const key = keyUsing(index);
        const source = this.construct.indexes.get(scalar(index, "IndexName") ?? "");
        if (key && source) return this.keyOf(source, key);
      }
    }
    return this.construct.location;
  }
  index(index, inner, position) {
    const source = this.construct.indexes.get(scalar(index, "IndexName") ?? "");
    if (!source) return this.prop(this.construct, ["globalSecondaryIndexes", "localSecondaryIndexes"]);
    switch (inner) {
      case "KeySchema":
        return this.keyOf(source, node(index, inner, position));
      case "Projection":
        return this.prop(source, ["projectionType", "nonKeyAttributes"]);
      case "ProvisionedThroughput":
        return this.prop(source, [
          ...position ? THROUGHPUT_PROPS[position] ?? [] : [],
          "readCapacity",
          "writeCapacity"
        ]);
      case void 0:
        return source.location;
      default:
        return this.prop(source, CONSTRUCT_PROPS[inner]);
    }
  }
  /** A replica the app lists; the primary region's (which `TableV2` adds itself) is the construct's own. */
  replica(replica, inner, deeper) {
    const source = this.construct.replicas.get(scalar(replica, "Region") ?? "");
    if (inner === void 0)
      return source?.location ?? this.prop(this.construct, ["replicas", "replicationRegions"]);
    if (inner === "GlobalSecondaryIndexes") {
      const index = node(replica, inner, deeper[0]);
      const indexSource = this.construct.indexes.get(scalar(index, "IndexName") ?? "");
      return indexSource?.location ?? source?.location ?? this.construct.location;
    }
    const names = CONSTRUCT_PROPS[inner];
    return source ? this.prop(source, names, this.prop(this.construct, names, source.location)) : this.prop(this.construct, names);
  }
};
function node(parent, key, index) {
  const value = entry(parent, key)?.value;
  if (index === void 0) return value;
  return value?.kind === "seq" ? value.items[Number(index)] : void 0;
}
function scalar(parent, key) {
  const value = entry(parent, key)?.value;
  return value?.kind === "scalar" && value.value !== null ? String(value.value) : void 0;
}

// src/iac/cdk.ts
var CDK_STACK_ARTIFACT = Buffer.from("aws:cloudformation:stack");
var NESTED_ARTIFACT = Buffer.from("cdk:cloud-assembly");
function readCdkManifest(text, file) {
  const parsed = parseSource(text, file);
  if ("problem" in parsed) return { stacks: [], nested: [], problems: [parsed.problem] };
  const stacks = [];
  const nested = [];
  const artifacts = entry(parsed.root, "artifacts")?.value;
  for (const artifact of artifacts?.kind === "map" ? artifacts.entries : []) {
    const type = entry(artifact.value, "type")?.value;
    const properties2 = entry(artifact.value, "properties")?.value;
    if (type?.kind === "scalar" && type.value === "cdk:cloud-assembly") {
      const directory = entry(properties2, "directoryName")?.value;
      if (directory?.kind === "scalar" && typeof directory.value === "string") nested.push(directory.value);
    }
    if (type?.kind !== "scalar" || type.value !== "aws:cloudformation:stack") continue;
    const templateFile = entry(properties2, "templateFile")?.value;
    const stackName = entry(properties2, "stackName")?.value;
    if (templateFile?.kind !== "scalar" || typeof templateFile.value !== "string") continue;
    const region = environmentRegion(entry(artifact.value, "environment")?.value);
    stacks.push({
      name: stackName?.kind === "scalar" && stackName.value !== null ? String(stackName.value) : artifact.key,
      templateFile: templateFile.value,
      ...region ? { region } : {},
      traces: logicalIdTraces(entry(artifact.value, "metadata")?.value)
    });
  }
  return { stacks, nested, problems: [] };
}
function environmentRegion(environment) {
  if (environment?.kind !== "scalar") return void 0;
  return /^aws:\/\/[^/]*\/([a-z]{2}(?:-[a-z]+)+-\d+)$/.exec(String(environment.value))?.[1];
}
function logicalIdTraces(metadata) {
  const traces = /* @__PURE__ */ new Map();
  for (const construct of metadata?.kind === "map" ? metadata.entries : []) {
    for (const item of construct.value.kind === "seq" ? construct.value.items : []) {
      const type = entry(item, "type")?.value;
      const data = entry(item, "data")?.value;
      const trace = entry(item, "trace")?.value;
      if (type?.kind !== "scalar" || type.value !== "aws:cdk:logicalId") continue;
      if (data?.kind !== "scalar" || typeof data.value !== "string" || trace?.kind !== "seq") continue;
      traces.set(
        data.value,
        trace.items.flatMap(
          (frame) => frame.kind === "scalar" && typeof frame.value === "string" ? [frame.value] : []
        )
      );
    }
  }
  return traces;
}
async function loadAssembly(manifest, io, problems, synthesized) {
  const results = [];
  const consumed = [];
  const read = synthesized ? readBounded : io.read;
  const bytes = await read(manifest, problems);
  if (!bytes?.includes(CDK_STACK_ARTIFACT) && !(synthesized && bytes?.includes(NESTED_ARTIFACT))) {
    return { results, consumed };
  }
  consumed.push(manifest.path);
  const folder = path4.dirname(manifest.path);
  const parsed = readCdkManifest(decode(bytes), manifest.display);
  problems.push(...parsed.problems);
  const appFolder = synthesized?.appFolder ?? await cdkAppFolder(folder, io.cwd);
  for (const stack of parsed.stacks) {
    const template = path4.resolve(folder, stack.templateFile);
    consumed.push(template);
    const display = synthesized ? path4.posix.join(synthesized.displayFolder, stack.templateFile) : displayPath(io.cwd, template);
    const templateBytes = await read({ path: template, display }, problems);
    if (!templateBytes) continue;
    const text = decode(templateBytes);
    const loaded = loadTemplateText(text, display, {
      format: "cdk",
      stack: stack.name,
      ...stack.region ? { region: stack.region } : {}
    });
    results.push(settled(io, await sourceMapped(loaded, text, display, stack, appFolder, io)));
  }
  for (const directory of synthesized ? parsed.nested : []) {
    const displayFolder = path4.posix.join(synthesized?.displayFolder ?? "", directory);
    const nested = await loadAssembly(
      {
        path: path4.join(folder, directory, "manifest.json"),
        display: path4.posix.join(displayFolder, "manifest.json")
      },
      io,
      problems,
      { appFolder, displayFolder }
    );
    results.push(...nested.results);
    consumed.push(...nested.consumed);
  }
  return { results, consumed };
}
async function assemblyFiles(manifest, depth = 0) {
  const text = await readFile(manifest, "utf8").catch(() => void 0);
  if (text === void 0 || depth > MAX_NESTED_ASSEMBLIES) return [];
  const folder = path4.dirname(manifest);
  const parsed = readCdkManifest(text, manifest);
  const nested = await Promise.all(
    parsed.nested.map((directory) => assemblyFiles(path4.join(folder, directory, "manifest.json"), depth + 1))
  );
  return [
    manifest,
    ...parsed.stacks.map((stack) => path4.resolve(folder, stack.templateFile)),
    ...nested.flat()
  ];
}
var MAX_NESTED_ASSEMBLIES = 8;
async function sourceMapped(loaded, text, display, stack, appFolder, io) {
  if (stack.traces.size === 0 || loaded.tables.length === 0) return loaded;
  const parsed = parseSource(text, display);
  if ("problem" in parsed || !parsed.root) return loaded;
  return mapToSource(loaded, parsed.root, display, { traces: stack.traces, appFolder }, io).catch(
    () => loaded
  );
}
async function cdkAppFolder(assemblyFolder, cwd) {
  for (let dir = path4.dirname(assemblyFolder); ; dir = path4.dirname(dir)) {
    const found = await access(path4.join(dir, "cdk.json")).then(
      () => true,
      () => false
    );
    if (found) return dir;
    if (dir === cwd || dir === path4.dirname(dir) || path4.relative(cwd, dir).startsWith("..")) break;
  }
  return path4.dirname(assemblyFolder);
}
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
      const assembly = await loadAssembly(file, io, problems);
      results.push(...assembly.results);
      consumed.push(...assembly.consumed);
    }
    return formatLoad(results, problems, consumed);
  }
};

// src/iac/cdk-synth.ts
import { spawn } from "node:child_process";
import { mkdtemp, readFile as readFile2, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path5 from "node:path";
function readCdkJson(text) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
  }
  const settings = isRecord(parsed) ? parsed : {};
  return {
    ...typeof settings.app === "string" && settings.app.trim() ? { app: settings.app } : {},
    output: typeof settings.output === "string" ? settings.output : "cdk.out",
    context: isRecord(settings.context) ? settings.context : {}
  };
}
var DEFAULT_SYNTH_TIMEOUT_S = 300;
async function synthesize(appFolder, settings, timeoutSeconds = DEFAULT_SYNTH_TIMEOUT_S) {
  const assembly = await mkdtemp(path5.join(tmpdir(), "dynalint-cdk-"));
  const cleanup = () => rm(assembly, { recursive: true, force: true });
  const context = {
    ...settings.context,
    ...await savedContext(appFolder),
    // As `cdk synth` sets them: construct paths in the template metadata (messages name constructs by them).
    "aws:cdk:enable-path-metadata": true,
    "aws:cdk:bundling-stacks": []
  };
  const outcome = await runCommand(settings.app, appFolder, timeoutSeconds, {
    ...process.env,
    CDK_OUTDIR: assembly,
    CDK_DEBUG: "true",
    CDK_CONTEXT_JSON: JSON.stringify(context)
  });
  if (outcome.timedOut) {
    await cleanup();
    return { ok: false, reason: "timeout", stderr: outcome.stderr };
  }
  const manifest = await readFile2(path5.join(assembly, "manifest.json")).catch(() => void 0);
  if (outcome.exitCode !== 0 || !manifest) {
    await cleanup();
    return {
      ok: false,
      reason: "failed",
      stderr: outcome.stderr,
      ...outcome.exitCode !== null ? { exitCode: outcome.exitCode } : {}
    };
  }
  return { ok: true, assembly, cleanup };
}
async function savedContext(appFolder) {
  const text = await readFile2(path5.join(appFolder, "cdk.context.json"), "utf8").catch(() => void 0);
  if (text === void 0) return {};
  try {
    const parsed = JSON.parse(text);
    return isRecord(parsed) ? parsed : {};
  } catch {
    return {};
  }
}
var STDERR_KEEP = 64 * 1024;
function runCommand(command, cwd, timeoutSeconds, env) {
  return new Promise((resolve) => {
    const child = spawn(command, {
      cwd,
      env,
      shell: true,
      detached: process.platform !== "win32",
      stdio: ["ignore", "ignore", "pipe"]
    });
    let stderr = "";
    let timedOut = false;
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk) => {
      stderr = (stderr + chunk).slice(-STDERR_KEEP);
    });
    const timer = setTimeout(() => {
      timedOut = true;
      stopTree(child.pid);
    }, timeoutSeconds * 1e3);
    child.on("error", (error) => {
      stderr += `
${error.message}`;
    });
    child.on("close", (exitCode) => {
      clearTimeout(timer);
      resolve({ exitCode, timedOut, stderr });
    });
  });
}
function stopTree(pid) {
  if (pid === void 0) return;
  try {
    if (process.platform === "win32") process.kill(pid);
    else process.kill(-pid, "SIGKILL");
  } catch {
  }
}
var NOISE = /^\s*at .*:\d+:\d+\)?$|^Node\.js v\d/;
function stderrTail(stderr, lines = 6, width = 300) {
  return stderr.split(/\r?\n/).map((line) => line.trim()).filter((line) => line && !NOISE.test(line)).slice(-lines).map((line) => line.length > width ? `${line.slice(0, width)}\u2026` : line).join(" | ");
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/iac/cdk-app.ts
var cdkAppFormat = {
  name: "CDK app (cdk.json)",
  sourceFormats: ["cdk"],
  deployer: "cloudformation",
  candidate: (name) => name === "cdk.json",
  async load(files, io) {
    const problems = [];
    const results = [];
    const consumed = files.map((file) => file.path);
    for (const file of files) {
      const bytes = await io.read(file, problems);
      if (!bytes) continue;
      const settings = readCdkJson(decode(bytes));
      const committed = path6.join(path6.dirname(file.path), settings.output, "manifest.json");
      if (io.cdkSynth) {
        consumed.push(...await assemblyFiles(committed));
        const app = await synthesizeApp(file, settings, io, problems);
        results.push(...app.results);
        consumed.push(...app.consumed);
      } else if (!await exists(committed)) {
        problems.push(notSynthesized(file, settings));
      }
    }
    return formatLoad(results, problems, consumed);
  }
};
async function synthesizeApp(file, settings, io, problems) {
  const appFolder = path6.dirname(file.path);
  const location = fileStart(file.display);
  if (!settings.app) {
    problems.push({
      ruleId: "cdk-synth-failed",
      severity: "warning",
      message: 'This cdk.json names no `app` command, so the app cannot be synthesized and its tables are not linted: add the command that runs the app (e.g. `"app": "npx ts-node --prefer-ts-exts bin/app.ts"`).',
      location,
      key: "no-app"
    });
    return { results: [], consumed: [] };
  }
  const checkout = io.checkoutFolder ? await io.checkoutFolder(appFolder) : void 0;
  if (io.checkoutFolder && !checkout) {
    problems.push({
      ruleId: "cdk-synth-failed",
      severity: "warning",
      message: "The CDK app could not be copied out of this revision to synthesize it, so its tables are not linted.",
      location,
      key: "checkout"
    });
    return { results: [], consumed: [] };
  }
  const timeout = io.cdkSynth?.timeoutSeconds;
  const outcome = await synthesize(
    checkout?.path ?? appFolder,
    { ...settings, app: settings.app },
    timeout
  ).finally(() => checkout?.cleanup());
  if (!outcome.ok) {
    const tail = stderrTail(outcome.stderr);
    const how = outcome.reason === "timeout" ? `did not finish within ${timeout ?? 300} s and was stopped` : outcome.exitCode !== void 0 && outcome.exitCode !== 0 ? `failed (exit code ${outcome.exitCode})` : "wrote no cloud assembly";
    problems.push({
      ruleId: "cdk-synth-failed",
      severity: "warning",
      message: `Synthesizing this CDK app (\`${settings.app}\`) ${how}, so its tables are not linted${tail ? `; its error output ends: ${tail}` : ""}`,
      location,
      key: outcome.reason
    });
    return { results: [], consumed: [] };
  }
  try {
    const folder = path6.posix.dirname(file.display);
    const assembly = await loadAssembly(
      {
        path: path6.join(outcome.assembly, "manifest.json"),
        display: path6.posix.join(folder, settings.output, "manifest.json")
      },
      io,
      problems,
      { displayFolder: path6.posix.join(folder, settings.output), appFolder }
    );
    return { results: assembly.results, consumed: [] };
  } finally {
    await outcome.cleanup();
  }
}
function notSynthesized(file, settings) {
  const folder = path6.posix.dirname(file.display);
  const assembly = folder === "." ? settings.output : `${folder}/${settings.output}`;
  return {
    ruleId: "cdk-not-synthesized",
    severity: "info",
    message: `This CDK app has no synthesized cloud assembly (${assembly}/ is missing), so its tables are not linted: run dynalint with \`--cdk-synth\` to synthesize it into a temporary folder, or run \`npx cdk synth\`${folder === "." ? "" : ` in ${folder}`} and lint the assembly (\`npx dynalint ${assembly}\`).`,
    location: fileStart(file.display)
  };
}
function exists(file) {
  return access2(file).then(
    () => true,
    () => false
  );
}

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
async function readServiceFiles(services, discovered, cwd, read, problems) {
  const claimed = /* @__PURE__ */ new Set();
  const readers = /* @__PURE__ */ new Map();
  const discoveredAt = new Map(discovered.map((file) => [file.path, file]));
  for (const { file, bytes } of services) {
    if (!isServiceWithFiles(file.path, bytes)) continue;
    const folder = path7.dirname(file.path);
    const texts = /* @__PURE__ */ new Map();
    const serviceText = decode(bytes);
    const built2 = builtReferences(folder, serviceText);
    let pending = references(serviceText);
    for (let depth = 0; depth < MAX_NESTING && pending.length; depth += 1) {
      const next = [];
      for (const reference of pending) {
        const absolute = path7.resolve(folder, reference);
        if (texts.has(absolute) || absolute === file.path) continue;
        const included = await read(
          discoveredAt.get(absolute) ?? { path: absolute, display: displayPath(cwd, absolute) },
          problems
        );
        if (!included) continue;
        const text = decode(included);
        texts.set(absolute, { text, file: displayPath(cwd, absolute) });
        claimed.add(absolute);
        next.push(...references(text));
        built2.push(...builtReferences(folder, text));
      }
      pending = next;
    }
    for (const candidate of discovered) {
      if (texts.has(candidate.path) || !built2.some((pattern) => pattern.test(candidate.path))) continue;
      const included = await read(candidate, problems);
      if (included) texts.set(candidate.path, { text: decode(included), file: candidate.display });
    }
    readers.set(file.path, (reference) => texts.get(path7.resolve(folder, reference)));
  }
  return { claimed, readerFor: (servicePath) => readers.get(servicePath) };
}
var FILE_VARIABLE = "${file(";
function builtReferences(folder, text) {
  const patterns = [];
  for (let at2 = text.indexOf(FILE_VARIABLE); at2 !== -1; at2 = text.indexOf(FILE_VARIABLE, at2 + 1)) {
    let depth = 0;
    let end = at2 + FILE_VARIABLE.length;
    for (; end < text.length; end += 1) {
      const c = text[end];
      if (c === "\n" || c === ")" && depth === 0) break;
      if (c === "{") depth += 1;
      else if (c === "}") depth -= 1;
    }
    let argument = text.slice(at2 + FILE_VARIABLE.length, end).trim().replace(/^['"]|['"]$/g, "");
    if (!argument.includes("${")) continue;
    while (/\$\{[^${}]*\}/.test(argument)) argument = argument.replace(/\$\{[^${}]*\}/g, "\0");
    const absolute = path7.resolve(folder, argument);
    const source = absolute.split("\0").map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(".*");
    patterns.push(new RegExp(`^${source}$`));
  }
  return patterns;
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
var FILE_VARIABLE2 = Buffer.from("${file(");
function detect(bytes, name) {
  if (!bytes.includes(TABLE_MARKER) && !bytes.includes(FILE_VARIABLE2)) return false;
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
    const services = [];
    for (const file of files) {
      const bytes = await io.read(file, problems);
      if (bytes && detect(bytes, fileName(file.display))) services.push({ file, bytes });
    }
    const included = await readServiceFiles(services, files, io.cwd, io.read, problems);
    const results = [];
    const consumed = [...included.claimed];
    for (const { file, bytes } of services) {
      if (included.claimed.has(file.path)) continue;
      consumed.push(file.path);
      const readServiceFile = included.readerFor(file.path);
      const load = () => loadGuarded(
        file.display,
        () => loadTemplateText(decode(bytes), file.display, readServiceFile ? { readServiceFile } : {})
      );
      results.push(
        readServiceFile ? settled(io, load()) : settledFile(io, "serverless", file.display, bytes, load)
      );
    }
    return formatLoad(results, problems, consumed);
  }
};

// src/iac/terraform/index.ts
import path13 from "node:path";

// src/iac/terraform/directory.ts
import path11 from "node:path";

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
  if (bracketsNestedBeyond(text, MAX_PARSED_BRACKET_DEPTH)) {
    return { message: nestedTooDeeply(fileStart(file)).message, location: fileStart(file), skipped: true };
  }
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
      const node2 = cursor.currentNode;
      if (node2.isMissing) {
        return { message: `HCL: missing "${node2.type}"`, location: locationOf(node2, file) };
      }
      if (node2.isError) {
        const text = node2.text.split("\n")[0]?.trim().slice(0, 40) ?? "";
        return {
          message: text ? `HCL: unexpected "${text}"` : "HCL: syntax error",
          location: locationOf(node2, file)
        };
      }
      if (node2.hasError && cursor.gotoFirstChild()) continue;
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
  at(node2) {
    return locationOf(node2, this.file);
  }
  body(node2) {
    const attributes = [];
    const blocks = [];
    for (const child of node2.namedChildren) {
      if (child?.type === "attribute") attributes.push(this.attribute(child));
      else if (child?.type === "block") blocks.push(this.block(child));
    }
    return { attributes, blocks, location: this.at(node2), syntax: "native" };
  }
  attribute(node2) {
    const name = node2.namedChildren.find((c) => c?.type === "identifier");
    const value = node2.namedChildren.find((c) => c?.type === "expression");
    return {
      name: name?.text ?? "",
      value: value ? this.expression(value) : this.opaque("nothing", node2),
      location: this.at(node2)
    };
  }
  /** Runs `read` one level deeper; past `MAX_HCL_NESTING` the whole file is skipped. */
  nested(node2, read) {
    if (this.depth >= MAX_HCL_NESTING) {
      throw new SourceLimitError(
        `blocks or expressions nested more than ${MAX_HCL_NESTING} levels deep`,
        this.at(node2)
      );
    }
    this.depth += 1;
    try {
      return read();
    } finally {
      this.depth -= 1;
    }
  }
  block(node2) {
    return this.nested(node2, () => this.blockAt(node2));
  }
  blockAt(node2) {
    let type = "";
    const labels = [];
    let body;
    for (const child of node2.namedChildren) {
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
    return { type, labels, body: body ?? emptyBody(this.at(node2)), location: this.at(node2) };
  }
  /** `expression` nodes wrap one value node, optionally followed by traversal steps (`.x`, `[0]`, splats). */
  expression(node2) {
    return this.sequence(
      node2.namedChildren.filter((c) => c !== null && c.type !== "comment"),
      node2
    );
  }
  /** A value node and the traversal steps after it; `whole` spans them (an expression or an operand). */
  sequence(children, whole) {
    const node2 = whole;
    const [first, ...steps] = children;
    if (!first) return this.opaque("an empty expression", node2);
    if (steps.length === 0) return this.value(first);
    if (first.type !== "variable_expr") return this.opaque("an expression with indexes", node2);
    const traversal = [];
    for (const step of steps) {
      if (step.type === "get_attr") {
        const name = step.namedChildren.find((c) => c?.type === "identifier");
        traversal.push({ kind: "attribute", name: name?.text ?? "" });
      } else if (step.type === "index") {
        const index = step.namedChildren[0];
        const key = index?.namedChildren.find((c) => c?.type === "expression");
        if (index?.type === "legacy_index") {
          const digits = index.text.replace(/^\./, "");
          traversal.push({
            kind: "index",
            key: { kind: "literal", value: Number(digits), location: this.at(index) }
          });
        } else if (key) {
          traversal.push({ kind: "index", key: this.expression(key) });
        } else {
          return this.opaque("an index expression", node2);
        }
      } else {
        return this.opaque(`a ${step.type.replace(/_/g, " ")}`, node2);
      }
    }
    const location = whole.namedChildren.length === children.length ? this.at(node2) : this.span(first, children.at(-1) ?? first);
    return { kind: "traversal", root: first.text, steps: traversal, location };
  }
  span(from, to) {
    const start = this.at(from);
    const end = this.at(to);
    return { ...start, endLine: end.endLine, endColumn: end.endColumn };
  }
  /** Every kind of expression is read through here (operands too), so it counts the nesting. */
  value(node2) {
    return this.nested(node2, () => this.valueAt(node2));
  }
  valueAt(node2) {
    switch (node2.type) {
      case "expression":
        return this.expression(node2);
      case "literal_value":
        return this.literal(node2);
      case "collection_value": {
        const collection = node2.namedChildren[0];
        if (collection?.type === "tuple") return this.tuple(collection);
        if (collection?.type === "object") return this.object(collection);
        return this.opaque("a collection", node2);
      }
      case "template_expr": {
        const template = node2.namedChildren[0];
        return template ? this.template(template) : this.opaque("a template", node2);
      }
      case "variable_expr":
        return { kind: "traversal", root: node2.text, steps: [], location: this.at(node2) };
      case "function_call": {
        const name = node2.namedChildren.find((c) => c?.type === "identifier")?.text ?? "";
        const args = node2.namedChildren.find((c) => c?.type === "function_arguments")?.namedChildren.filter((c) => c?.type === "expression").map((c) => this.expression(c));
        return { kind: "call", name, args: args ?? [], location: this.at(node2) };
      }
      case "conditional": {
        const [condition, whenTrue, whenFalse] = node2.namedChildren.filter(
          (c) => c?.type === "expression"
        );
        if (!condition || !whenTrue || !whenFalse) return this.opaque("a conditional expression", node2);
        return {
          kind: "conditional",
          condition: this.expression(condition),
          whenTrue: this.expression(whenTrue),
          whenFalse: this.expression(whenFalse),
          location: this.at(node2)
        };
      }
      case "for_expr":
        return this.opaque("a for expression", node2);
      case "operation":
        return this.negativeNumber(node2) ?? this.operation(node2);
      default:
        return this.opaque(`a ${node2.type.replace(/_/g, " ")}`, node2);
    }
  }
  /**
   * `unary_operation` (operator, operand) or `binary_operation` (left, operator, right). An operand that is
   * a traversal (`var.a.b != null`) is spread over several sibling nodes, so operands are split at the
   * operator token.
   */
  operation(node2) {
    const operation = node2.namedChildren[0];
    if (!operation) return this.opaque("an operator expression", node2);
    const children = operation.children.filter(
      (c) => c !== null && c.type !== "comment" && c.type !== "(" && c.type !== ")"
    );
    const operatorAt = children.findIndex((c) => !c.isNamed);
    const operator = children[operatorAt];
    if (!operator) return this.opaque("an operator expression", node2);
    const groups = [children.slice(0, operatorAt), children.slice(operatorAt + 1)].filter((g) => g.length);
    const operands = groups.map((group) => this.sequence(group, operation));
    const arity = operation.type === "unary_operation" ? 1 : 2;
    if (operands.length !== arity) return this.opaque("an operator expression", node2);
    return { kind: "operation", operator: operator.type, operands, location: this.at(node2) };
  }
  /** `-3`: HCL writes negative numbers as a unary minus on a literal. */
  negativeNumber(node2) {
    const unary = node2.namedChildren[0];
    if (unary?.type !== "unary_operation" || unary.child(0)?.type !== "-") return void 0;
    const operand = unary.namedChildren.find((c) => c?.type === "literal_value");
    const number = operand?.namedChildren[0];
    if (number?.type !== "numeric_lit") return void 0;
    return { kind: "literal", value: -this.number(number), location: this.at(node2) };
  }
  number(node2) {
    return this.numbers.get(node2.startIndex) ?? Number(node2.text);
  }
  literal(node2) {
    const child = node2.namedChildren[0];
    const location = this.at(node2);
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
        return this.opaque("a literal", node2);
    }
  }
  stringLiteral(node2) {
    const start = node2.child(0);
    const end = node2.child(node2.childCount - 1);
    if (!start || !end || start === end) return "";
    return unescapeHcl(this.text.slice(start.endIndex, end.startIndex));
  }
  tuple(node2) {
    const items = node2.namedChildren.filter((c) => c?.type === "expression").map((c) => this.expression(c));
    return { kind: "tuple", items, location: this.at(node2) };
  }
  object(node2) {
    const entries = [];
    for (const element of node2.namedChildren) {
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
    return { kind: "object", entries, location: this.at(node2) };
  }
  /** A bare name or a literal string; parenthesised or computed keys are not known statically. */
  objectKey(node2) {
    const key = this.expression(node2);
    if (key.kind === "literal" && typeof key.value === "string") return key.value;
    if (key.kind === "traversal" && key.steps.length === 0 && node2.namedChildren.length === 1) {
      return key.root;
    }
    return void 0;
  }
  /** Quoted and heredoc templates: literal text between the delimiters, interpolations as expressions. */
  template(node2) {
    const heredoc = node2.type === "heredoc_template";
    const children = node2.children.filter((c) => c !== null);
    if (children.some((c) => c.type === "template_directive")) {
      return this.opaque("a template directive (%{ \u2026 })", node2);
    }
    const opening = heredoc ? children.find((c) => c.type === "heredoc_identifier") : children[0];
    const closing = children.at(-1);
    if (!opening || !closing) return this.opaque("a template", node2);
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
    const strip = heredoc && node2.text.startsWith("<<-") ? commonIndent(parts) : 0;
    const literal = (text, first) => unescapeHcl(
      strip ? text.replace(new RegExp(`(${first ? "^|" : ""}\\n)[ \\t]{0,${strip}}`, "g"), "$1") : text,
      heredoc
    );
    const cleaned = parts.map((p, i) => typeof p === "string" ? literal(p, i === 0) : p).filter((p) => p !== "");
    const location = this.at(node2);
    if (cleaned.length === 0) return { kind: "literal", value: "", location };
    if (cleaned.length === 1 && typeof cleaned[0] === "string") {
      return { kind: "literal", value: cleaned[0], location };
    }
    return { kind: "template", parts: cleaned, location };
  }
  opaque(description, node2) {
    return { kind: "opaque", description, location: this.at(node2) };
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
    ...context.scaled?.fixed.length ? { fixedScaling: context.scaled.fixed } : {},
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
      for (const instanceScope of instanceScopes(resource, scope)) {
        const table = tableAddress(resource.body, instanceScope);
        if (!table) continue;
        const list = byAddress.get(table) ?? [];
        list.push(replicaResource(resource, instanceScope, regions));
        byAddress.set(table, list);
      }
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
function tableAddress(body, scope) {
  const arn = attributeOf(body, "global_table_arn")?.value;
  if (arn?.kind !== "traversal" || arn.root !== "aws_dynamodb_table") return void 0;
  const [first, second] = arn.steps;
  if (first?.kind !== "attribute") return void 0;
  const address2 = `aws_dynamodb_table.${first.name}`;
  if (second?.kind !== "index") return address2;
  const key = evaluate(second.key, scope);
  return key.kind === "scalar" && typeof key.value === "string" ? `${address2}[${JSON.stringify(key.value)}]` : address2;
}
function instanceScopes(resource, scope) {
  const forEach = attributeOf(resource.body, "for_each");
  const elements = forEach ? iterate(evaluate(forEach.value, scope), true) : void 0;
  if (!elements || "reason" in elements) return [scope];
  return elements.map((each) => ({
    ...scope,
    iterators: new Map([...scope.iterators ?? [], ["each", each]])
  }));
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

// src/iac/terraform/declaration.ts
var META_ARGUMENTS = /* @__PURE__ */ new Set([
  "count",
  "for_each",
  "provider",
  "depends_on",
  "lifecycle",
  "provisioner",
  "connection"
]);
var MAP_ARGUMENTS = /* @__PURE__ */ new Set(["tags", "tags_all"]);
function isBlockValue(name, value) {
  if (MAP_ARGUMENTS.has(name)) return false;
  if (value.kind === "map") return true;
  return value.kind === "list" && value.items.some((i) => i.kind === "map" || i.kind === "list");
}
function terraformDeclaration(resourceType, fields) {
  const unknown2 = [];
  const path14 = [];
  const pointer = () => path14.length ? `/${path14.join("/")}` : "";
  const valueJson = (value2) => {
    switch (value2.kind) {
      case "unknown":
        unknown2.push(pointer());
        return null;
      case "scalar":
        return value2.value;
      case "list": {
        const items = value2.items.map((item, i) => {
          path14.push(String(i));
          const json = valueJson(item);
          path14.pop();
          return json;
        });
        return withLocations(
          items,
          value2.items.map((i) => i.location)
        );
      }
      case "map": {
        const map = {};
        const locations = {};
        for (const entry2 of value2.entries) {
          if (entry2.value.kind === "scalar" && entry2.value.value === null) continue;
          path14.push(pointerToken(entry2.key));
          const before = unknown2.length;
          const json = valueJson(entry2.value);
          path14.pop();
          if (json === null && unknown2.length > before) continue;
          map[entry2.key] = json;
          locations[entry2.key] = entry2.location;
        }
        return withLocations(map, locations);
      }
    }
  };
  const blocksJson = (list) => {
    if (!list.known) {
      unknown2.push(pointer());
      return void 0;
    }
    const items = list.items.map((item, i) => {
      path14.push(String(i));
      const json = bodyJson(item, false);
      path14.pop();
      return json;
    });
    return withLocations(
      items,
      list.items.map((i) => i.location)
    );
  };
  const bodyJson = (block, root) => {
    const map = {};
    const locations = {};
    if (!block.names) {
      unknown2.push(pointer());
      return withLocations(map, locations);
    }
    const { fields: written2, blocks } = block.names();
    const add = (name, location, read) => {
      if (root && META_ARGUMENTS.has(name)) return;
      path14.push(pointerToken(name));
      const json = read();
      path14.pop();
      if (json === void 0) return;
      map[name] = json;
      locations[name] = location;
    };
    for (const name of written2) {
      const found = block.get(name);
      if (!found) continue;
      if (found.value.kind === "unknown") {
        add(name, found.location, () => {
          unknown2.push(pointer());
          return void 0;
        });
      } else if (isBlockValue(name, found.value)) {
        add(name, found.location, () => blocksJson(block.blocks(name)));
      } else {
        add(name, found.location, () => valueJson(found.value));
      }
    }
    for (const type of blocks) {
      const list = block.blocks(type);
      add(type, list.location ?? block.location, () => blocksJson(list));
    }
    return withLocations(map, locations);
  };
  const value = bodyJson(fields, true);
  return { resourceType, value, locate: locator(value, fields.location), unknown: unknown2, open: [] };
}

// src/iac/terraform/related.ts
var LINKS = {
  aws_dynamodb_table_replica: "global_table_arn",
  aws_dynamodb_global_secondary_index: "table_name",
  aws_dynamodb_global_table: "name"
};
function findRelatedResources(resources) {
  const byAddress = /* @__PURE__ */ new Map();
  const byName = /* @__PURE__ */ new Map();
  for (const block of resources) {
    const argument = LINKS[block.labels[0]];
    const link = argument ? attributeOf(block.body, argument)?.value : void 0;
    if (!link) continue;
    const address2 = referencedTable(link);
    if (address2) push(byAddress, address2, block);
    else if (link.kind === "literal" && typeof link.value === "string") push(byName, link.value, block);
  }
  return { byAddress, byName };
}
function push(map, key, block) {
  const list = map.get(key) ?? [];
  list.push(block);
  map.set(key, list);
}
function referencedTable(expression) {
  if (expression.kind !== "traversal" || expression.root !== "aws_dynamodb_table") return void 0;
  const [first] = expression.steps;
  return first?.kind === "attribute" ? `aws_dynamodb_table.${first.name}` : void 0;
}
var built = /* @__PURE__ */ new WeakMap();
function relatedDeclarations(related, address2, name, scope) {
  let byScope = built.get(related);
  if (!byScope) {
    byScope = /* @__PURE__ */ new WeakMap();
    built.set(related, byScope);
  }
  let byTable = byScope.get(scope);
  if (!byTable) {
    byTable = /* @__PURE__ */ new Map();
    byScope.set(scope, byTable);
  }
  const key = name === void 0 ? address2 : `${address2}\0=${name}`;
  let declarations = byTable.get(key);
  if (!declarations) {
    declarations = buildRelated(related, address2, name, scope);
    byTable.set(key, declarations);
  }
  return declarations;
}
function buildRelated(related, address2, name, scope) {
  const blocks = [
    ...related.byAddress.get(address2) ?? [],
    ...name !== void 0 ? related.byName.get(name) ?? [] : []
  ];
  return blocks.map((block) => {
    const [type, label] = block.labels;
    const multiplied = attributeOf(block.body, "count") ?? attributeOf(block.body, "for_each");
    const blockScope = multiplied ? { ...scope, instances: `${type}.${label} has ${multiplied.name}` } : scope;
    return {
      ...terraformDeclaration(type, bodyFields(block.body, blockScope, block.location)),
      label: `${type}.${label}`
    };
  });
}

// src/iac/terraform/files.ts
import path10 from "node:path";

// src/iac/terraform/terragrunt.ts
import path8 from "node:path";
function isTerragruntFile(file) {
  return path8.posix.basename(file).toLowerCase() === "terragrunt.hcl";
}
var LOCAL = /^\.\.?(\/|$)/;
var REGISTRY = /^tfr:\/\/(?:[^/]*)\/([^?]+)(?:\?version=([^&]+))?$/;
var FIND_IN_PARENT_FOLDERS = "find_in_parent_folders";
var DEFAULT_INCLUDE_NAME = "terragrunt.hcl";
function terragruntUnit(config, scope, lookup = () => void 0) {
  const terraform = blocksOf(config.body, "terraform")[0];
  const sourceAttribute = terraform ? attributeOf(terraform.body, "source") : void 0;
  const sourceValue = sourceAttribute ? evaluate(sourceAttribute.value, scope) : void 0;
  if (!sourceAttribute || sourceValue?.kind !== "scalar" || typeof sourceValue.value !== "string")
    return void 0;
  const written2 = sourceValue.value;
  const registry = REGISTRY.exec(written2);
  const source = LOCAL.test(written2) ? path8.posix.normalize(written2.replace(/\/\/+/g, "/")) : registry?.[1] ?? written2;
  if (!LOCAL.test(source) && !isDynamoDbTableModule(source)) return void 0;
  const own = inputsOf(config, scope);
  if (!own || passesVariables(config)) return void 0;
  const includes = [0, 1].flatMap((labels) => blocksOf(config.body, "include", labels));
  const included = includes.map((block) => includedInputs(block, lookup));
  const known2 = included.every((inputs2) => inputs2 !== void 0);
  const inputs = /* @__PURE__ */ new Map();
  for (const parent of known2 ? included : [])
    for (const [name, value] of parent ?? []) inputs.set(name, value);
  for (const [name, value] of own) inputs.set(name, value);
  if (registry?.[2] && !inputs.has("version"))
    inputs.set("version", { kind: "scalar", value: registry[2], location: sourceAttribute.location });
  return {
    source,
    sourceLocation: sourceAttribute.location,
    inputs,
    ...known2 ? {} : {
      unsetReason: `not set in ${config.file}, whose include may set it (the included file is not read)`
    },
    location: attributeOf(config.body, "inputs")?.location ?? sourceAttribute.location
  };
}
function passesVariables(config) {
  return blocksOf(config.body, "terraform").some(
    (block) => blocksOf(block.body, "extra_arguments", 1).length > 0
  );
}
function inputsOf(config, scope) {
  const inputs = /* @__PURE__ */ new Map();
  const attribute2 = attributeOf(config.body, "inputs");
  if (!attribute2) return inputs;
  const value = evaluate(attribute2.value, scope);
  if (value.kind !== "map") return void 0;
  for (const entry2 of value.entries) inputs.set(entry2.key, entry2.value);
  return inputs;
}
function includedInputs(block, lookup) {
  const strategy = attributeOf(block.body, "merge_strategy")?.value;
  if (strategy && !(strategy.kind === "literal" && strategy.value === "shallow")) return void 0;
  const target = attributeOf(block.body, "path")?.value;
  if (target?.kind !== "call" || target.name !== FIND_IN_PARENT_FOLDERS || target.args.length > 1)
    return void 0;
  const [nameArgument] = target.args;
  if (nameArgument && !(nameArgument.kind === "literal" && typeof nameArgument.value === "string"))
    return void 0;
  const included = lookup(
    typeof nameArgument?.value === "string" ? nameArgument.value : DEFAULT_INCLUDE_NAME
  );
  if (!included || passesVariables(included.config) || [0, 1].some((labels) => blocksOf(included.config.body, "include", labels).length))
    return void 0;
  return inputsOf(included.config, included.scope);
}
function unitFields(unit) {
  const entries = [...unit.inputs].map(([key, value]) => ({ key, value, location: value.location }));
  const object = { kind: "map", entries, location: unit.location };
  return {
    location: unit.location,
    get(name) {
      const entry2 = object.entries.find((e) => e.key === name);
      if (entry2 && !(entry2.value.kind === "scalar" && entry2.value.value === null))
        return { value: entry2.value, location: entry2.location };
      if (entry2 || !unit.unsetReason) return void 0;
      return {
        value: unknownValue(`${name} is ${unit.unsetReason}`, unit.location),
        location: unit.location
      };
    },
    blocks(type) {
      const entry2 = object.entries.find((e) => e.key === type);
      if (!entry2) {
        return unit.unsetReason ? unknown(`${type} is ${unit.unsetReason}`, unit.location) : { known: true, items: [] };
      }
      return objectList(entry2.value, type, entry2.location);
    }
  };
}

// src/iac/terraform/variables.ts
import path9 from "node:path";

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
  const name = path9.posix.basename(file).toLowerCase();
  return /^terraform\.tfvars(\.json)?$/.test(name) || /\.auto\.tfvars(\.json)?$/.test(name);
}
function loadOrder(a, b) {
  const rank = (f) => {
    const name = path9.posix.basename(f.file).toLowerCase();
    if (name === "terraform.tfvars") return "0";
    if (name === "terraform.tfvars.json") return "1";
    return `2${path9.posix.basename(f.file)}`;
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
    `var.${name} differs between ${path9.posix.basename(first.file)} and ${path9.posix.basename(differing.file)} (one is chosen with -var-file)`,
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
  if (isTerragruntFile(file)) return "terragrunt";
  const base = path10.posix.basename(file).toLowerCase();
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
  const steps = expression.steps.filter(
    (s) => s.kind === "attribute" || s.key.kind === "literal" && typeof s.key.value === "string"
  );
  return traversalText({ ...expression, steps });
}
function previousAddresses(address2, moves) {
  const previous = [];
  let current = address2;
  for (let step = 0; step < moves.length; step += 1) {
    const move = moves.find(
      (m) => current === m.to || current.startsWith(`${m.to}.`) || current.startsWith(`${m.to}[`)
    );
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
var META_ARGUMENTS2 = /* @__PURE__ */ new Set([
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
  const { configs, variableFiles, terragrunt } = readDirectory(session, files);
  const budget = new EvaluationBudget(TERRAFORM_EVALUATION_BUDGET);
  const scope = { module: moduleValues(configs, variableFiles, void 0, budget) };
  const root = { directory, configs, scope, key: "", stack: [directory] };
  appendAll(result.tables, moduleTables(session, root));
  reportExhausted(session, budget, configs, directory);
  for (const unit of terragrunt) appendAll(result.tables, terragruntTables(session, root, unit));
  return result;
}
function terragruntTables(session, root, config) {
  const budget = new EvaluationBudget(TERRAFORM_EVALUATION_BUDGET);
  const lookup = (name) => {
    const file = session.included?.(config.file, name);
    const parsed = file && (session.parsed.get(file.display) ?? parseFile(session.parser, file));
    if (!file || !parsed || "problem" in parsed) return void 0;
    session.parsed.set(file.display, parsed);
    return { config: parsed, scope: { module: moduleValues([parsed], [], void 0, budget) } };
  };
  const unit = terragruntUnit(config, { module: moduleValues([config], [], void 0, budget) }, lookup);
  reportExhausted(session, budget, [config], root.directory);
  if (!unit) return [];
  const note = `applied by Terragrunt from ${config.file} (source "${unit.source}")`;
  if (isDynamoDbTableModule(unit.source)) {
    const table = buildModuleTable({
      address: "aws_dynamodb_table.this",
      fields: unitFields(unit),
      source: terraformSource(config.file),
      notes: [note]
    });
    return table ? [table] : [];
  }
  const target = session.modules?.resolve(
    { root: root.directory, directory: root.directory, key: "" },
    unit.source
  );
  if (!target || root.stack.includes(target.directory)) return [];
  const { configs } = readDirectory(session, target.files);
  const inputs = new Map(unit.inputs);
  if (unit.unsetReason) {
    for (const block of configs.flatMap((c) => blocksOf(c.body, "variable", 1))) {
      const name = block.labels[0];
      if (!inputs.has(name))
        inputs.set(name, unknownValue(`var.${name} is ${unit.unsetReason}`, unit.location));
    }
  }
  return calledModuleTables(session, root, target, configs, inputs, "").map((table) => ({
    ...table,
    source: { ...table.source, file: config.file },
    notes: [...table.notes ?? [], note]
  }));
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
  const terragrunt = [];
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
    const group = {
      variables: variableFiles,
      override: overrides,
      terragrunt,
      configuration: configurations
    };
    group[role].push(parsed);
    if (firstReport) {
      const { suppressions, problems } = hclSuppressions(parsed);
      appendAll(session.into.suppressions, suppressions);
      appendAll(session.into.problems, problems);
    }
  }
  return { configs: applyOverrides(configurations, overrides), variableFiles, terragrunt };
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
  const related = findRelatedResources(resources.map((r) => r.block));
  for (const { block, file } of resources) {
    if (block.labels[0] !== "aws_dynamodb_table") continue;
    appendAll(tables, resourceTables(block, file, scope, autoscaling, replicas, related));
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
    return registryModuleTables(block, file, caller.scope, autoscaling);
  }
  const name = block.labels[0];
  const key = caller.key ? `${caller.key}.${name}` : name;
  const target = session.modules?.resolve(
    { root: caller.stack[0] ?? caller.directory, directory: caller.directory, key },
    source.value
  );
  if (!target || caller.stack.includes(target.directory) || caller.stack.length > MAX_MODULE_DEPTH) return [];
  const { configs } = readDirectory(session, target.files);
  return instancesOf(block, caller.scope).flatMap((instance) => {
    const inputs = /* @__PURE__ */ new Map();
    for (const attribute2 of block.body.attributes) {
      if (!META_ARGUMENTS2.has(attribute2.name))
        inputs.set(attribute2.name, evaluate(attribute2.value, instance.scope));
    }
    const prefix = `module.${name}${instance.key}.`;
    return calledModuleTables(session, caller, target, configs, inputs, key).map((table) => ({
      ...table,
      id: prefix + table.id,
      source: { ...table.source, file },
      ...table.movedFrom ? { movedFrom: table.movedFrom.map((id) => prefix + id) } : {},
      notes: [
        ...table.notes ?? [],
        `declared through module.${name} (source "${source.value}")`,
        ...instance.notes
      ]
    }));
  });
}
function calledModuleTables(session, caller, target, configs, inputs, key) {
  const budget = new EvaluationBudget(TERRAFORM_EVALUATION_BUDGET);
  const tables = moduleTables(session, {
    directory: target.directory,
    configs,
    scope: {
      module: moduleValues(configs, [], inputs, budget),
      moduleFiles: new Set(target.files.map((f) => f.display))
    },
    key,
    stack: [...caller.stack, target.directory]
  });
  reportExhausted(session, budget, configs, target.directory);
  return tables;
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
var MAX_MODELLED_INSTANCES = 256;
function instancesOf(block, scope) {
  const count = attributeOf(block.body, "count");
  if (count) {
    const value = evaluate(count.value, scope);
    if (value.kind === "scalar" && typeof value.value === "number") {
      if (value.value === 0) return [];
      if (value.value === 1) return [{ scope, key: "", notes: [] }];
      return standingForAll(scope, `count = ${value.value}`, `count = ${value.value}`);
    }
    const why = value.kind === "unknown" ? value.reason : "count is not a number";
    return standingForAll(scope, "count", `count is set (${why})`);
  }
  const forEach = attributeOf(block.body, "for_each");
  if (!forEach) return [{ scope, key: "", notes: [] }];
  const elements = iterate(evaluate(forEach.value, scope), true);
  if ("reason" in elements) return standingForAll(scope, "for_each", `for_each is set (${elements.reason})`);
  if (elements.length === 0) return [];
  const keys = elements.map(
    (e) => e.key.kind === "scalar" && typeof e.key.value === "string" ? e.key.value : void 0
  );
  if (keys.every((k) => k !== void 0) && new Set(keys).size === keys.length && keys.length <= MAX_MODELLED_INSTANCES) {
    return elements.map((each, i) => ({
      scope: { ...scope, iterators: new Map([...scope.iterators ?? [], ["each", each]]) },
      key: `[${JSON.stringify(keys[i])}]`,
      notes: []
    }));
  }
  const listed = elements.length <= 8 ? elements.map((e) => describeKey(e.key)).join(", ") : `${elements.length} keys`;
  return standingForAll(scope, `for_each over ${listed}`, `for_each over ${listed}`);
}
function standingForAll(scope, instances, what) {
  return [
    { scope: { ...scope, instances }, key: "", notes: [`${what}: one model stands for every instance`] }
  ];
}
function describeKey(key) {
  return key.kind === "scalar" ? JSON.stringify(key.value) : "?";
}
function resourceTables(block, file, moduleScope, autoscaling, replicas, related) {
  const address2 = `${block.labels[0]}.${block.labels[1]}`;
  return instancesOf(block, moduleScope).map((instance) => {
    const fields = bodyFields(block.body, instance.scope, block.location);
    const name = readString(fields, "name");
    const literalName = name?.known ? name.value : void 0;
    const scaled = (instance.key ? autoscaling.byAddress.get(address2 + instance.key) : void 0) ?? autoscaling.byAddress.get(address2) ?? (literalName ? autoscaling.byName.get(literalName) : void 0);
    const legacy = literalName ? replicas.legacyByName.get(literalName) : void 0;
    const extraReplicas = [
      ...replicas.byAddress.get(address2) ?? [],
      ...instance.key && replicas.byAddress.get(address2 + instance.key) || [],
      ...legacy?.replicas ?? []
    ];
    const table = buildTable({
      address: address2 + instance.key,
      resourceType: "aws_dynamodb_table",
      fields,
      source: terraformSource(file),
      ...scaled ? { scaled } : {},
      ...extraReplicas.length ? { replicas: extraReplicas } : {},
      notes: [...instance.notes, ...legacy ? [legacy.note] : []]
    });
    const others = relatedDeclarations(related, address2, literalName, moduleScope);
    const declaration = terraformDeclaration("aws_dynamodb_table", fields);
    return { ...table, declaration: others.length ? { ...declaration, related: others } : declaration };
  });
}
function registryModuleTables(block, file, moduleScope, autoscaling) {
  const address2 = `module.${block.labels[0]}`;
  const scaled = autoscaling.byAddress.get(address2);
  return instancesOf(block, moduleScope).flatMap((instance) => {
    const table = buildModuleTable({
      address: address2 + instance.key,
      fields: bodyFields(block.body, instance.scope, block.location),
      source: terraformSource(file),
      ...scaled ? { scaled } : {},
      notes: instance.notes
    });
    return table ? [table] : [];
  });
}
function terraformSource(file) {
  return { file, format: "terraform" };
}
function moduleDirectory(display) {
  return path11.posix.dirname(display);
}

// src/iac/terraform/sources.ts
import { readdir as readdir2, readFile as readFile3 } from "node:fs/promises";
import path12 from "node:path";
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
        path12.resolve(directory.path, relativeTo(directory.display, display)),
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
        const loaded = await this.load(path12.resolve(next.dir.path, source), display);
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
    const names = await readdir2(absolute).catch(() => []);
    const files = [];
    for (const name of names.filter(isConfigurationFile).sort()) {
      const fileDisplay = joinDisplay(display, name);
      const bytes = await this.read({ path: path12.join(absolute, name), display: fileDisplay }, this.problems);
      if (bytes) files.push({ display: fileDisplay, text: decode(bytes) });
    }
    if (files.length === 0) return void 0;
    this.modules.set(display, { directory: display, files });
    return { path: absolute, display, files };
  }
  /** `.terraform/modules/modules.json`: module keys → vendored directories (relative to the root module). */
  async readModulesJson(directory) {
    const keys = /* @__PURE__ */ new Map();
    const text = await readFile3(
      path12.join(directory.path, ".terraform", "modules", "modules.json"),
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
  const joined = path12.posix.normalize(path12.posix.join(directory, relative)).replace(/\/+$/, "");
  return joined === "" || joined === "./" ? "." : joined;
}
function relativeTo(from, to) {
  return path12.posix.relative(from, to) || ".";
}

// src/iac/terraform/index.ts
async function loadTerraformTables(files, read = readBounded, settle = (result) => result) {
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
    const display = path13.posix.dirname(group[0]?.display ?? ".");
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
    const included = await readIncludes(directory, read);
    results.push(
      settle(
        await loadTerraformDirectory(texts, {
          modules: sources,
          reported,
          included: (unit, name) => included.get(`${unit}\0${name}`)
        }).catch((error) => ({
          tables: [],
          suppressions: [],
          problems: [unexpected(error, texts[0]?.display ?? ".")]
        }))
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
async function readIncludes(directory, read) {
  const found = /* @__PURE__ */ new Map();
  for (const unit of directory.files.filter((f) => isTerragruntFile(f.display))) {
    const names = [...unit.text.matchAll(INCLUDE_CALL)].map((m) => m[1] ?? DEFAULT_INCLUDE_NAME);
    for (const name of new Set(names)) {
      let folder = directory.display;
      let absolute = directory.path;
      while (folder !== "." && folder !== "" && !folder.startsWith("..")) {
        folder = path13.posix.dirname(folder);
        absolute = path13.dirname(absolute);
        const display = folder === "." ? name : `${folder}/${name}`;
        const bytes = await read({ path: path13.join(absolute, name), display }, []);
        if (bytes) {
          found.set(`${unit.display}\0${name}`, { display, text: decode(bytes) });
          break;
        }
      }
    }
  }
  return found;
}
var INCLUDE_CALL = /find_in_parent_folders\(\s*(?:"([^"]+)")?\s*\)/g;
function byDirectory(files) {
  const groups = /* @__PURE__ */ new Map();
  for (const file of files) {
    const directory = path13.dirname(file.path);
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
  candidate: (name) => TERRAFORM_EXTENSIONS.some((extension) => name.toLowerCase().endsWith(extension)) || isTerragruntFile(name),
  // Every .tf/.tf.json/.tfvars file is Terraform's, whether or not it declares a table: no other format reads it.
  load: async (files, io) => ({
    ...await loadTerraformTables(files, io.read, io.settle),
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
function oneFileFormat(name) {
  return FORMATS.find((format) => format.name === name && "loadText" in format);
}
function isIacCandidate(name) {
  return FORMATS.some((format) => format.candidate(name));
}
async function loadDeclaredTables(files, cwd, read = readBounded, running = {}) {
  const taken = /* @__PURE__ */ new Set();
  const parts = [];
  for (const format of FORMATS) {
    const candidates = files.filter(
      (file) => !taken.has(file.path) && (format.candidate(fileName(file.path)) || file.named === true && format.detect !== void 0)
    );
    if (candidates.length === 0) continue;
    const loaded = await format.load(candidates, { ...running, cwd, read });
    parts.push(loaded);
    for (const file of loaded.consumed ?? []) taken.add(file);
  }
  return mergeLoadedTables(parts);
}

export {
  INDEX_READS,
  declaredIndexes,
  indexRead,
  attributeUses,
  declaredTableOf,
  require_picomatch2 as require_picomatch,
  distance,
  rules,
  MAX_FILE_BYTES,
  readInputFileSync,
  oversizeReason,
  readFailure,
  fileSkipped,
  decode,
  loadGuarded,
  FORMATS,
  oneFileFormat,
  isIacCandidate,
  loadDeclaredTables
};
