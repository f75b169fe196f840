import { createRequire as __dynalintCreateRequire } from 'node:module'; const require = __dynalintCreateRequire(import.meta.url);
import {
  DIAGNOSTICS,
  EMBEDDED,
  HOMEPAGE,
  NAME,
  SourceSyntaxError,
  VERSION,
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
  findAutoscaling,
  fingerprint,
  isTerraformPlanJson,
  iterate,
  jsonBody,
  jsonObject,
  loadPlanText,
  loadTemplateText,
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
  ruleDocsUrl,
  runRules,
  sameValue,
  sortFindings,
  stringSetting,
  unexpected,
  unknownValue,
  unusedSuppressions,
  valueFields
} from "./chunk-3WLUJZ5D.js";
import {
  analyzeFile,
  codeFileKind,
  createParser,
  locationOf,
  parseSelect
} from "./chunk-IPJSJVSJ.js";
import {
  deployerOf,
  fileStart,
  indexLocation,
  known,
  readDirective,
  suppressionOf,
  tableLabel,
  unknown,
  valueOf
} from "./chunk-7UPOVYUT.js";
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
    exports.basename = (path10, { windows } = {}) => {
      const segs = path10.split(windows ? /[\\/]/ : "/");
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
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
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
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
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
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
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
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
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
      } = constants.globChars(opts.windows);
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
    var constants = require_constants();
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
    picomatch4.constants = constants;
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

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key2) {
      return typeof key2 == "string" && exports.IDENTIFIER.test(key2) ? new _Code(`.${key2}`) : _`[${key2}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key2) {
      if (typeof key2 == "string" && exports.IDENTIFIER.test(key2)) {
        return new _Code(`${key2}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key2}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key2, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key2);
          if (key2 !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules2 = self.RULES.keywords;
      for (const key2 in schema) {
        if (!rules2[key2])
          checkStrictMode(it, `unknown keyword: "${key2}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules2) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key2 in schema)
        if (rules2[key2])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key2 in schema)
        if (key2 !== "$ref" && RULES.all[key2])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message: message2 }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message2 == "function" ? message2(cxt) : message2]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key2 in properties) {
          assignDefault(it, key2, properties[key2].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key2 = keys[i];
          if (!equal(a[key2], b[key2])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key2 in schema) {
          var sch = schema[key2];
          if (Array.isArray(sch)) {
            if (key2 in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key2 + "/" + i, rootSchema, jsonPtr, key2, schema, i);
            }
          } else if (key2 in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key2 + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key2, schema, prop);
            }
          } else if (key2 in traverse.keywords || opts.allKeys && !(key2 in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key2, rootSchema, jsonPtr, key2, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key2 in schema) {
        if (REF_KEYWORDS.has(key2))
          return true;
        const sch = schema[key2];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key2 in schema) {
        if (key2 === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key2))
          continue;
        if (typeof schema[key2] == "object") {
          (0, util_1.eachItem)(schema[key2], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key2 in schema)
        if (self.RULES.all[key2])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules2 = it.self.RULES.all;
      for (const keyword in rules2) {
        const rule = rules2[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils2 = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path10) {
      let input = path10;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path10) {
      if (path10 === "" || path10[0] === "/") {
        return removeDotSegments(path10);
      }
      const segments = path10.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils2();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path10 = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path10 && path10 !== "/" ? path10 : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils2();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse(serialize(base, options), options);
        relative = parse(serialize(relative, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative.scheme) {
        target.scheme = relative.scheme;
        target.userinfo = relative.userinfo;
        target.host = relative.host;
        target.port = relative.port;
        target.path = removeDotSegments(relative.path || "");
        target.query = relative.query;
      } else {
        if (relative.userinfo !== void 0 || relative.host !== void 0 || relative.port !== void 0) {
          target.userinfo = relative.userinfo;
          target.host = relative.host;
          target.port = relative.port;
          target.path = removeDotSegments(relative.path || "");
          target.query = relative.query;
        } else {
          if (!relative.path) {
            target.path = base.path;
            if (relative.query !== void 0) {
              target.query = relative.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative.path[0] === "/") {
              target.path = removeDotSegments(relative.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative.path;
              } else if (!base.path) {
                target.path = relative.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError2 = getParseError(parsed, matches);
        if (parseError2 !== void 0) {
          parsed.error = parsed.error || parseError2;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve,
      resolveComponent,
      equal,
      serialize,
      parse
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv2 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key2, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key2 = (0, resolve_1.normalizeId)(key2 || id);
        this._checkUnique(key2);
        this.schemas[key2] = this._addSchema(schema, _meta, key2, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key2, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key2, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message2 = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message2);
          else
            throw new Error(message2);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules2 = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key2 in rules2) {
            const rule = rules2[key2];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key2];
            if ($data && schema)
              keywords[key2] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv2.ValidationError = validation_error_1.default;
    Ajv2.MissingRefError = ref_error_1.default;
    exports.default = Ajv2;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key2 in checkOpts) {
        const opt = key2;
        if (opt in options)
          this.logger[log](`${msg}: option ${key2}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key2 in optsSchemas)
          this.addSchema(optsSchemas[key2], key2);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key2 in schema) {
        if (key2 === "__proto__")
          continue;
        const deps = Array.isArray(schema[key2]) ? propertyDeps : schemaDeps;
        deps[key2] = schema[key2];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key2) => {
          cxt.setParams({ propertyName: key2 });
          cxt.subschema({
            keyword: "propertyNames",
            data: key2,
            dataTypes: ["string"],
            propertyName: key2,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key2) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key2);
            else
              gen.if(isAdditional(key2), () => additionalPropertyCode(key2));
          });
        }
        function isAdditional(key2) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key2);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key2} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key2})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key2) {
          gen.code((0, codegen_1._)`delete ${data}[${key2}]`);
        }
        function additionalPropertyCode(key2) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key2);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key2 });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key2, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key2);
              });
            } else {
              applyAdditionalSchema(key2, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key2, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key2,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key2) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key2})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key2,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key2}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv2 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv2;
    module.exports = exports = Ajv2;
    module.exports.Ajv = Ajv2;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv2;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
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
    var separatorAfter = (run3, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run3.length && !run3[index].wildcard; index++) {
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
        run3.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run3.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run3, at)})[^\\/])*`;
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
    var basenameOf = (path10) => {
      const end = path10.length - 1;
      const index = path10.lastIndexOf(
        SLASH,
        path10[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path10 : path10.slice(index + 1);
    };
    var parentOf = (path10) => {
      if (path10.charCodeAt(0) === SLASH_CODE || path10.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path10.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path10.length - 1;
      const cut = path10.lastIndexOf(
        SLASH,
        path10.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path10.slice(0, cut + 1);
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
      testLiteral(path10) {
        const rules2 = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules2.length - 1; index >= 0; index--) {
          const rule = rules2[index];
          if (rule.checkRegex.test(path10)) {
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
      test(path10, mode) {
        const rules2 = this._rules;
        const { length } = rules2;
        const shortcut = this._basenameCount * 2 >= length;
        const basename3 = shortcut ? basenameOf(path10) : path10;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules2[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename3 : path10
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
    var checkPath = (path10, originalPath, doThrow) => {
      if (!isString(path10)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path10) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path10)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path10) => {
      const first = path10.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path10.length === 1) {
        return true;
      }
      const second = path10.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path10.length === 2 || path10.charCodeAt(2) === SLASH_CODE;
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
      _test(originalPath, cache, path10) {
        checkPath(
          path10,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path10 ? this._t(path10, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path10 = convertPath(target);
        if (!path10 || path10.charCodeAt(path10.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path10);
        }
        const dir = this._t(path10, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path10);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path10, cache) {
        if (path10 in cache) {
          return cache[path10];
        }
        const parentPath = parentOf(path10);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path10] = parent && parent.ignored ? parent : this._rules.test(path10, MODE_IGNORE);
      }
      ignores(path10) {
        return this._test(path10, this._ignoreCache, convertPath(path10)).ignored;
      }
      createFilter() {
        return (path10) => !this.ignores(path10);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path10) {
        return this._test(path10, this._testCache, convertPath(path10));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path10) => checkPath(convertPath(path10), path10, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path10) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path10) || isNotRelative(path10);
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
  projectionAll: "ProjectionType ALL"
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
  projectionAll: 'projection_type = "ALL"'
};
function vocabularyOf(table) {
  return deployerOf(table) === "terraform" ? TERRAFORM : CLOUDFORMATION;
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
function replacementOutcome(head) {
  if (deployerOf(head) === "terraform") {
    return valueOf(head.deletionProtection) === true ? "terraformBlocked" : "terraformDestroys";
  }
  if (head.name?.known) return "customNameFails";
  return valueOf(head.updateReplacePolicy) === "Retain" ? "oldTableRetained" : "oldTableDeleted";
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
      } else if (table.keySchema.known) {
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
function words(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2").split(/[^A-Za-z0-9]+|(?<=[a-zA-Z])(?=[0-9])|(?<=[0-9])(?=[a-zA-Z])/).filter(Boolean).map((w) => w.toLowerCase());
}
function lowCardinalityReason(name, extra = []) {
  if (extra.some((pattern) => pattern.test(name))) return { messageId: "configuredPattern" };
  const parts = words(name);
  const last = parts.at(-1);
  if (!last || HIGH_CARDINALITY_SUFFIXES.has(last)) return void 0;
  if (parts.length > 1 && BOOLEAN_PREFIXES.has(parts[0])) return { messageId: "yesNoFlag" };
  const word = [...parts].reverse().find((w) => LOW_CARDINALITY_WORDS.has(w));
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
import path from "node:path";
var GENERIC_WORDS = /* @__PURE__ */ new Set(["table", "tbl", "name", "arn", "ddb", "dynamo", "dynamodb"]);
function attributeUses(uses, tables, environment) {
  const declared = firstOfEach(tables);
  return uses.map((use) => {
    const match = attribute(use, declared, environment);
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
  const codeFolders = path.posix.dirname(use.location.file).split("/");
  const scored = candidates.map((table) => {
    const folders = path.posix.dirname(table.source.file).split("/");
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

// rules/protection-weakened.ts
var MESSAGES2 = {
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
  messages: MESSAGES2,
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
          messageId: outcome,
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
  protection_weakened_default
];

// src/config/load.ts
var import_ajv = __toESM(require_ajv(), 1);
import { readFile, stat } from "node:fs/promises";
import path2 from "node:path";

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

// src/config/schema.json
var schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/dynalint/dynalint/blob/main/src/config/schema.json",
  title: 'dynalint configuration (.dynalint.yml, .dynalint.json or the "dynalint" key of package.json)',
  type: "object",
  properties: {
    preset: {
      description: "Which rules are on before `rules` adjusts them: `recommended` (default) or `all` (adds opt-in rules).",
      enum: ["recommended", "all"]
    },
    rules: {
      description: "Per rule: a severity (`off`, `info`, `warning`, `error`) or `[severity, options]`.",
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
      description: "Globs, relative to the configuration file's folder, of files and folders not to lint.",
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
  let directory = path2.resolve(cwd);
  for (; ; ) {
    for (const name of CONFIG_FILES) {
      const candidate = path2.join(directory, name);
      if (!(await stat(candidate).catch(() => void 0))?.isFile()) continue;
      if (name !== "package.json") return candidate;
      const text = await readFile(candidate, "utf8");
      if (/"dynalint"\s*:/.test(text)) return candidate;
    }
    const isRepositoryRoot = await stat(path2.join(directory, ".git")).catch(() => void 0);
    const parent = path2.dirname(directory);
    if (isRepositoryRoot || parent === directory) return void 0;
    directory = parent;
  }
}
async function loadConfig(catalogue, options) {
  const file = options.configPath ? path2.resolve(options.cwd, options.configPath) : await findConfigFile(options.cwd);
  let source;
  if (file) {
    const text = await readFile(file, "utf8").catch(() => {
      throw new ConfigError(`cannot read configuration file ${displayPath(options.cwd, file)}`);
    });
    source = parseConfig(text, displayPath(options.cwd, file));
  }
  return resolveConfig(
    catalogue,
    source,
    options.cwd,
    file ? path2.dirname(file) : options.cwd,
    options.ruleOverrides,
    options.switches
  );
}
function parseConfig(text, file) {
  const parsed = parseSource(text, file);
  if ("problem" in parsed) throw new ConfigError(parsed.problem.message, parsed.problem.location);
  const root = path2.basename(file) === "package.json" ? entry(parsed.root, "dynalint")?.value : parsed.root;
  return { file, root, value: root ? toPlain(root) : {} };
}
var ajv;
var validateConfig;
function validator() {
  ajv ??= new import_ajv.Ajv({
    allErrors: true,
    useDefaults: true,
    strict: true,
    strictTuples: false,
    allowUnionTypes: true
  }).addFormat("regex", (pattern) => {
    try {
      new RegExp(pattern);
      return true;
    } catch {
      return false;
    }
  });
  return ajv;
}
function resolveConfig(catalogue, source, cwd, directory, ruleOverrides = [], switches = []) {
  const user = source?.value ?? {};
  if (source) {
    validateConfig ??= validator().compile(schema_default);
    if (!validateConfig(user)) throw schemaError(validateConfig.errors ?? [], source, "");
  }
  const byId = new Map(catalogue.map((rule) => [rule.id, rule]));
  const preset = user.preset ?? "recommended";
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
    const enabled = chosen ? chosen.severity !== "off" : preset === "all" || rule.recommended !== false || switchedOn;
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
  const prefix = path2.relative(cwd, directory).split(path2.sep).join("/");
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
  const message2 = error?.keyword === "additionalProperties" ? `unknown key "${name}"` : error?.keyword === "enum" ? `"${name}" must be one of ${error.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}` : `"${name}" ${error?.message ?? "is invalid"}`;
  return new ConfigError(message2, locate(source, keyPath, extra !== void 0));
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

// src/shared/files.ts
import { readFile as readFile2, stat as stat2 } from "node:fs/promises";
var MAX_FILE_BYTES = 5 * 1024 * 1024;
var readBounded = async (file, problems) => {
  const info = await stat2(file.path).catch(() => void 0);
  if (!info) return void 0;
  if (info.size > MAX_FILE_BYTES) {
    problems.push({
      ruleId: "file-skipped",
      severity: "warning",
      message: `not read: ${(info.size / 1024 / 1024).toFixed(1)} MB is over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit for one file`,
      location: fileStart(file.display)
    });
    return void 0;
  }
  return readFile2(file.path).catch(() => void 0);
};
function decode(bytes) {
  const text = bytes.toString("utf8");
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}

// src/iac/cdk.ts
import path3 from "node:path";

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
        if (!bytes || !spec.detect(bytes, basename(file.display))) continue;
        consumed.push(file.path);
        try {
          results.push(spec.loadText(decode(bytes), file.display));
        } catch (error) {
          results.push({ tables: [], suppressions: [], problems: [unexpected(error, file.display)] });
        }
      }
      const loaded = mergeResults(results);
      return { ...loaded, problems: [...problems, ...loaded.problems], consumed };
    }
  };
}
function basename(display) {
  return display.slice(display.lastIndexOf("/") + 1);
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
        const template = path3.resolve(path3.dirname(file.path), stack.templateFile);
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
    const loaded = mergeResults(results);
    return { ...loaded, problems: [...problems, ...loaded.problems], consumed };
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

// src/iac/serverless-format.ts
var SERVICE_FILE = /^serverless\.(ya?ml|json)$/i;
var EXTENSIONS2 = [".yaml", ".yml", ".json"];
var SERVICE_KEY = /^(service|"service")\s*:/m;
var PROVIDER_KEY = /^\s{0,2}(provider|"provider")\s*:/m;
var TABLE_MARKER = Buffer.from("AWS::DynamoDB::");
var serverlessFormat = fileFormat({
  name: "Serverless Framework",
  sourceFormats: ["serverless"],
  deployer: "cloudformation",
  candidate: (name) => EXTENSIONS2.some((extension) => name.toLowerCase().endsWith(extension)),
  detect(bytes, name) {
    if (!bytes.includes(TABLE_MARKER)) return false;
    if (SERVICE_FILE.test(name)) return true;
    const text = bytes.toString("utf8");
    return SERVICE_KEY.test(text) && PROVIDER_KEY.test(text);
  },
  loadText: (text, display) => loadTemplateText(text, display)
});

// src/iac/terraform/index.ts
import path5 from "node:path";

// src/iac/terraform/hcl.ts
var parser;
function hclParser() {
  parser ??= createParser("terraform");
  return parser;
}
function parseHcl(parser2, text, file) {
  const tree = parser2.parse(text);
  if (!tree) return { message: "HCL: the parser gave no result", location: fileLocation(file) };
  try {
    const root = tree.rootNode;
    if (root.hasError) return syntaxProblem(root, file);
    const reader = new HclReader(text, file);
    const bodyNode = root.namedChildren.find((c) => c?.type === "body");
    const comments = text.includes("dynalint-ignore") ? root.descendantsOfType("comment").flatMap((c) => c ? [{ text: c.text, location: locationOf(c, file) }] : []) : [];
    return {
      file,
      body: bodyNode ? reader.body(bodyNode) : emptyBody(locationOf(root, file)),
      comments
    };
  } finally {
    tree.delete();
  }
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
  constructor(text, file) {
    this.text = text;
    this.file = file;
  }
  text;
  file;
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
  block(node) {
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
    const children = node.namedChildren.filter((c) => c !== null && c.type !== "comment");
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
    return { kind: "traversal", root: first.text, steps: traversal, location: this.at(node) };
  }
  value(node) {
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
      case "conditional":
        return this.opaque("a conditional expression", node);
      case "for_expr":
        return this.opaque("a for expression", node);
      case "operation": {
        const negated = this.negativeNumber(node);
        return negated ?? this.opaque("an operator expression", node);
      }
      default:
        return this.opaque(`a ${node.type.replace(/_/g, " ")}`, node);
    }
  }
  /** `-3`: HCL writes negative numbers as a unary minus on a literal. */
  negativeNumber(node) {
    const unary = node.namedChildren[0];
    if (unary?.type !== "unary_operation" || unary.child(0)?.type !== "-") return void 0;
    const operand = unary.namedChildren.find((c) => c?.type === "literal_value");
    const number = operand?.namedChildren[0];
    if (number?.type !== "numeric_lit") return void 0;
    return { kind: "literal", value: -Number(number.text), location: this.at(node) };
  }
  literal(node) {
    const child = node.namedChildren[0];
    const location = this.at(node);
    switch (child?.type) {
      case "numeric_lit":
        return { kind: "literal", value: Number(child.text), location };
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
  const written = readThroughput(fields);
  if (written || !billingMode.known || billingMode.value !== "PROVISIONED") return written;
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

// src/iac/terraform/variables.ts
import path4 from "node:path";
var CONSTANT_SCOPE = {
  module: { variable: () => void 0, local: () => void 0 }
};
function isVariableFile(file) {
  return /\.tfvars(\.json)?$/i.test(file);
}
function isAutoLoaded(file) {
  const name = path4.posix.basename(file).toLowerCase();
  return /^terraform\.tfvars(\.json)?$/.test(name) || /\.auto\.tfvars(\.json)?$/.test(name);
}
function loadOrder(a, b) {
  const rank = (f) => {
    const name = path4.posix.basename(f.file).toLowerCase();
    if (name === "terraform.tfvars") return "0";
    if (name === "terraform.tfvars.json") return "1";
    return `2${path4.posix.basename(f.file)}`;
  };
  return rank(a) < rank(b) ? -1 : rank(a) > rank(b) ? 1 : 0;
}
function moduleValues(configs, variableFiles) {
  const variables = resolveVariables(configs, variableFiles);
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
    variable: (name) => variables.get(name),
    local(name, at) {
      const cached = locals.get(name);
      if (cached) return cached;
      const expression = localExpressions.get(name);
      if (!expression) return void 0;
      if (evaluating.has(name)) return unknownValue(`local.${name} refers to itself`, at);
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
      if (declaredDefault) value = evaluate(declaredDefault.value, CONSTANT_SCOPE);
      for (const file of auto) value = assignedIn(file, name) ?? value;
      resolved.set(name, chooseAmong(chosen, name, value));
    }
  }
  return resolved;
}
function assignedIn(file, name) {
  const attribute2 = attributeOf(file.body, name);
  return attribute2 ? evaluate(attribute2.value, CONSTANT_SCOPE) : void 0;
}
function chooseAmong(files, name, base) {
  if (files.length === 0) return base;
  const candidates = files.map((file) => ({ file: file.file, value: assignedIn(file, name) ?? base }));
  const first = candidates[0];
  const differing = candidates.find((c) => !sameValue(c.value, first.value));
  if (!differing) return first.value;
  return unknownValue(
    `var.${name} differs between ${path4.posix.basename(first.file)} and ${path4.posix.basename(differing.file)} (one is chosen with -var-file)`,
    first.value.location
  );
}

// src/iac/terraform/directory.ts
async function loadTerraformDirectory(files) {
  return loadWithParser(await hclParser(), files);
}
function loadWithParser(parser2, files) {
  const result = { tables: [], suppressions: [], problems: [] };
  const configs = [];
  const variableFiles = [];
  for (const file of files) {
    const parsed = parseFile(parser2, file);
    if ("problem" in parsed) {
      result.problems.push(parsed.problem);
      continue;
    }
    (isVariableFile(file.display) ? variableFiles : configs).push(parsed);
    const { suppressions, problems } = hclSuppressions(parsed);
    result.suppressions.push(...suppressions);
    result.problems.push(...problems);
  }
  const scope = { module: moduleValues(configs, variableFiles) };
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
    if (table) result.tables.push(table);
  }
  for (const config of configs) {
    for (const block of blocksOf(config.body, "module", 1)) {
      const table = moduleTable(block, config.file, scope, autoscaling);
      if (table) result.tables.push(table);
    }
  }
  return result;
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
      throw error;
    }
  }
  const parsed = parseHcl(parser2, file.text, file.display);
  return "body" in parsed ? parsed : parseError(parsed.message, parsed.location);
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
  const address = `${block.labels[0]}.${block.labels[1]}`;
  const fields = bodyFields(block.body, instances.scope, block.location);
  const name = readString(fields, "name");
  const literalName = name?.known ? name.value : void 0;
  const scaled = autoscaling.byAddress.get(address) ?? (literalName ? autoscaling.byName.get(literalName) : void 0);
  const legacy = literalName ? replicas.legacyByName.get(literalName) : void 0;
  const extraReplicas = [...replicas.byAddress.get(address) ?? [], ...legacy?.replicas ?? []];
  return buildTable({
    address,
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
  const address = `module.${block.labels[0]}`;
  const scaled = autoscaling.byAddress.get(address);
  return buildModuleTable({
    address,
    fields: bodyFields(block.body, instances.scope, block.location),
    source: terraformSource(file),
    ...scaled ? { scaled } : {},
    notes: instances.notes
  });
}
function terraformSource(file) {
  return { file, format: "terraform" };
}

// src/iac/terraform/index.ts
var DYNAMODB_MARKERS = [Buffer.from("aws_dynamodb_"), Buffer.from("dynamodb-table")];
function mentionsDynamoDb(bytes) {
  return DYNAMODB_MARKERS.some((marker) => bytes.includes(marker));
}
async function loadTerraformTables(files, read = readBounded) {
  const problems = [];
  const results = [];
  let parsed = 0;
  for (const directory of byDirectory(files).values()) {
    const contents = await Promise.all(directory.map((file) => read(file, problems)));
    const relevant = directory.some(
      (file, i) => !isVariableFile(file.display) && contents[i] && mentionsDynamoDb(contents[i])
    );
    if (!relevant) continue;
    const texts = directory.flatMap((file, i) => {
      const bytes = contents[i];
      return bytes ? [{ display: file.display, text: decode(bytes) }] : [];
    });
    parsed += texts.length;
    results.push(
      await loadTerraformDirectory(texts).catch((error) => ({
        tables: [],
        suppressions: [],
        problems: [unexpected(error, texts[0]?.display ?? ".")]
      }))
    );
  }
  return {
    tables: results.flatMap((r) => r.tables),
    suppressions: results.flatMap((r) => r.suppressions),
    problems: [...problems, ...results.flatMap((r) => r.problems)],
    environment: [],
    files: parsed
  };
}
function byDirectory(files) {
  const groups = /* @__PURE__ */ new Map();
  for (const file of files) {
    const directory = path5.dirname(file.path);
    const group = groups.get(directory);
    if (group) group.push(file);
    else groups.set(directory, [file]);
  }
  return groups;
}
var TERRAFORM_EXTENSIONS = [".tf", ".tf.json", ".tfvars", ".tfvars.json"];
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
      (file) => !taken.has(file.path) && (format.candidate(basename2(file.path)) || file.named === true && format.detect !== void 0)
    );
    if (candidates.length === 0) continue;
    const loaded = await format.load(candidates, { cwd, read });
    parts.push(loaded);
    for (const file of loaded.consumed ?? []) taken.add(file);
  }
  return mergeLoadedTables(parts);
}
function basename2(file) {
  return file.slice(Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\")) + 1);
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
import { readFile as readFile3, readdir, realpath, stat as stat3 } from "node:fs/promises";
import path6 from "node:path";
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
  const seen = /* @__PURE__ */ new Set();
  const configIgnored = options.ignore?.length ? (0, import_picomatch2.default)(options.ignore, { dot: true }) : () => false;
  const useGitignore = options.gitignore !== false;
  const repositoryRoot = useGitignore ? await findRepositoryRoot(options.cwd) ?? path6.resolve(options.cwd) : void 0;
  const add = (file, kind, display = displayPath(options.cwd, file), named = false) => {
    if (seen.has(file)) return;
    seen.add(file);
    files.push({ path: file, kind, display, ...named ? { named } : {} });
  };
  for (const named of paths.length ? paths : ["."]) {
    const start = path6.resolve(options.cwd, named);
    const info = await stat3(start).catch(() => void 0);
    if (!info) {
      missing.push(named);
      continue;
    }
    if (info.isFile()) {
      add(start, options.classify(path6.basename(start)) ?? "iac", void 0, true);
      continue;
    }
    if (!info.isDirectory()) continue;
    const root = await realpath(start);
    let matchers = repositoryRoot ? await ancestorMatchers(repositoryRoot, start) : [];
    if (isIgnored(matchers, start, true)) matchers = [];
    const visited = /* @__PURE__ */ new Set([root]);
    const firstOfRoot = files.length;
    const visit = async (directory, shown, active) => {
      const entries = await readdir(directory, { withFileTypes: true }).catch(() => []);
      const here = useGitignore && entries.some((e) => e.name === ".gitignore") ? await matcherFor(directory) : void 0;
      const scope = here ? [...active, here] : active;
      const subdirectories = [];
      for (const dirent of entries) {
        const full = path6.join(directory, dirent.name);
        const display = shown ? `${shown}/${dirent.name}` : dirent.name;
        let isDirectory = dirent.isDirectory();
        let isFile = dirent.isFile();
        if (dirent.isSymbolicLink()) {
          const target = await realpath(full).catch(() => void 0);
          if (!target || !isWithin(root, target)) continue;
          const targetInfo = await stat3(target).catch(() => void 0);
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
    await visit(start, path6.relative(options.cwd, start).split(path6.sep).join("/"), matchers);
    const walked = files.splice(firstOfRoot).sort((a, b) => compareText(a.path, b.path));
    files.push(...walked);
  }
  return { files, missing };
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function isIgnored(matchers, file, isDirectory) {
  let ignored = false;
  for (const matcher of matchers) {
    const relative = path6.relative(matcher.base, file).split(path6.sep).join("/");
    if (!relative || relative.startsWith("..")) continue;
    const result = matcher.rules.test(isDirectory ? `${relative}/` : relative);
    if (result.ignored) ignored = true;
    else if (result.unignored) ignored = false;
  }
  return ignored;
}
async function matcherFor(directory) {
  const text = await readFile3(path6.join(directory, ".gitignore"), "utf8").catch(() => void 0);
  return text === void 0 ? void 0 : { base: directory, rules: (0, import_ignore.default)().add(text) };
}
async function ancestorMatchers(repositoryRoot, start) {
  const relative = path6.relative(repositoryRoot, start);
  if (relative.startsWith("..") || path6.isAbsolute(relative)) return [];
  const matchers = [];
  let directory = repositoryRoot;
  for (const part of relative ? relative.split(path6.sep) : []) {
    const matcher = await matcherFor(directory);
    if (matcher) matchers.push(matcher);
    directory = path6.join(directory, part);
  }
  return matchers;
}
async function findRepositoryRoot(cwd) {
  let directory = path6.resolve(cwd);
  for (; ; ) {
    if (await stat3(path6.join(directory, ".git")).catch(() => void 0)) return directory;
    const parent = path6.dirname(directory);
    if (parent === directory) return void 0;
    directory = parent;
  }
}
function isWithin(root, target) {
  const relative = path6.relative(root, target);
  return relative === "" || !relative.startsWith("..") && !path6.isAbsolute(relative);
}

// src/code/scan.ts
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { availableParallelism } from "node:os";
import path8 from "node:path";
import { debuglog } from "node:util";

// src/code/pool.ts
import { existsSync } from "node:fs";
import path7 from "node:path";
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
      path7.join(path7.dirname(require2.resolve("tsx/package.json")), "dist/esm/api/index.mjs")
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
  for (let at = bytes.indexOf(CAN); at !== -1; at = bytes.indexOf(CAN, at + CAN.length)) {
    const before = bytes[at - 1];
    if (before === LOWER_S || before === UPPER_S) return true;
  }
  for (let at = bytes.indexOf(XECUTE); at !== -1; at = bytes.indexOf(XECUTE, at + XECUTE.length)) {
    const after = bytes[at + XECUTE.length];
    if (after === UPPER_S || after === UNDERSCORE) return true;
  }
  return false;
}
function mentionsDynamoDb2(text) {
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
  let bytes = 0;
  for (const [i, file] of files.entries()) {
    const input = readCandidate(file);
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
  return merge(analyses, inputs.length, pool?.analysedOnWorkers ?? 0);
}
async function analyzeEach(inputs) {
  const results = [];
  for (const input of inputs) results.push(await analyzeFile(input));
  return results;
}
function readCandidate(file) {
  const kind = codeFileKind(path8.basename(file.path));
  if (!kind) return void 0;
  const bytes = readBounded2(file);
  if (!bytes || !mentionsOperation(bytes)) return void 0;
  if (isBinary(bytes)) {
    debug("%s: binary content; skipped", file.display);
    return void 0;
  }
  const text = decode(bytes);
  if (!mentionsDynamoDb2(text)) return void 0;
  if (longestLine(bytes) > MAX_LINE_LENGTH) {
    debug("%s: a line is over %d characters (minified or generated); skipped", file.display, MAX_LINE_LENGTH);
    return void 0;
  }
  return { display: file.display, text, ...kind };
}
var scratch = Buffer.allocUnsafe(256 * 1024);
function readBounded2(file) {
  let fd;
  try {
    fd = openSync(file.path, "r");
    let length = 0;
    for (; ; ) {
      if (length === scratch.length) {
        const size = fstatSync(fd).size;
        if (size > MAX_FILE_BYTES) {
          debug("%s: %d bytes is over the %d-byte limit; skipped", file.display, size, MAX_FILE_BYTES);
          return void 0;
        }
        const larger = Buffer.allocUnsafe(Math.max(size + 1, scratch.length * 2));
        scratch.copy(larger, 0, 0, length);
        scratch = larger;
      }
      const n = readSync(fd, scratch, length, scratch.length - length, null);
      if (n === 0) return scratch.subarray(0, length);
      length += n;
    }
  } catch (error) {
    debug("%s: not read (%s)", file.display, error instanceof Error ? error.message : String(error));
    return void 0;
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function merge(analyses, parsed, parsedOnWorkers) {
  const result = { uses: [], suppressions: [], problems: [], parsed, parsedOnWorkers };
  for (const analysis of analyses) {
    result.uses.push(...analysis.uses);
    result.suppressions.push(...analysis.suppressions);
    result.problems.push(...analysis.problems);
    for (const note of analysis.notes) debug("%s", note);
  }
  return result;
}

// src/diff/base.ts
var import_picomatch3 = __toESM(require_picomatch2(), 1);
import path9 from "node:path";

// src/diff/git.ts
import { execFile, spawn } from "node:child_process";
import { promisify } from "node:util";
var run = promisify(execFile);
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
  let at = 0;
  for (const file of paths) {
    const headerEnd = output.indexOf(10, at);
    if (headerEnd === -1) break;
    const header = output.toString("utf8", at, headerEnd);
    at = headerEnd + 1;
    if (header.endsWith(" missing") || header.endsWith(" ambiguous")) continue;
    const [, type, size] = header.split(" ");
    if (type === void 0 || size === void 0) continue;
    const length = Number(size);
    if (type === "blob") contents.set(file, output.subarray(at, at + length));
    at += length + 1;
  }
  return contents;
}

// src/diff/base.ts
var FETCH_ADVICE = "in GitHub Actions, check out with `fetch-depth: 0` (actions/checkout)";
async function loadBaseTables(options) {
  const unavailable = (message2) => ({
    tables: [],
    problems: [{ ruleId: "base-unavailable", severity: "error", message: message2, location: options.fallback }]
  });
  const repository = await openRepository(options.cwd);
  if (!repository)
    return unavailable(
      `--base ${options.ref}: ${options.cwd} is not in a git repository, so changes are not checked`
    );
  const commit = await resolveCommit(options.cwd, options.ref);
  if (!commit) {
    const why = repository.shallow ? `this is a shallow clone without it: fetch more history (\`git fetch --unshallow\`; ${FETCH_ADVICE})` : `this clone does not have it: fetch it (e.g. \`git fetch origin main\`; ${FETCH_ADVICE})`;
    return unavailable(`base revision "${options.ref}" not found, so changes are not checked: ${why}`);
  }
  try {
    const ignored = options.ignore.length ? (0, import_picomatch3.default)(options.ignore, { dot: true }) : () => false;
    const files = (await listFiles(options.cwd, commit, options.paths)).filter(
      (file) => candidateKind(path9.posix.basename(file)) === "iac" && !file.split("/").some((part) => SKIPPED_DIRECTORIES.has(part)) && !ignored(file)
    );
    const contents = await readFiles(
      repository.root,
      commit,
      files.map((f) => repository.prefix + f)
    );
    const read = async (file) => {
      const bytes = contents.get(repository.prefix + file.display);
      return bytes && bytes.length <= MAX_FILE_BYTES ? bytes : void 0;
    };
    const candidates = files.map((display) => ({ path: path9.resolve(options.cwd, display), display }));
    const loaded = await loadDeclaredTables(candidates, options.cwd, read);
    return { tables: loaded.tables, problems: loaded.problems.map((p) => atBase(p, options.ref)) };
  } catch (error) {
    if (error instanceof GitError)
      return unavailable(`base revision "${options.ref}" could not be read: ${error.message}`);
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
  const matchers = [
    (t) => {
      const name = valueOf(t.name);
      return name === void 0 ? void 0 : `name\0${name}`;
    },
    (t) => `id\0${t.id}`
  ];
  for (const identity of matchers) {
    const candidates = groupBy(
      [...unmatchedBase.values()].flat().filter((t) => identity(t) !== void 0),
      (t) => identity(t)
    );
    for (const [k, headModels] of [...unmatchedHead]) {
      const id = identity(headModels[0]);
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
    options.base === void 0 ? void 0 : baseTables(options, options.base)
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
    ...base && options.base !== void 0 ? { change: { pairs: pairTables(base.tables, loaded.tables), base: options.base } } : {}
  });
  const problems = [...loaded.problems, ...code?.problems ?? [], ...base?.problems ?? []];
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
  const findings = sortFindings(dedupeFindings([...suppressed.findings, ...unused.map(problemFinding)]));
  return {
    findings,
    summary: summarize(
      findings,
      loaded.files + (code?.parsed ?? 0),
      new Set(loaded.tables.map((t) => `${t.source.file}\0${t.id}`)).size
    ),
    tables: loaded.tables,
    failures,
    missingPaths: walked.missing
  };
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
  const { collectDrift } = await import("./live-55PQWZ6Q.js");
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
function baseTables(options, ref) {
  return loadBaseTables({
    cwd: options.cwd,
    ref,
    paths: options.paths,
    ignore: options.config.ignore,
    fallback: fileStart(options.config.file ?? options.paths[0] ?? ".")
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
    const config = await loadConfig(catalogue, {
      cwd: options.cwd,
      ...options.configPath ? { configPath: options.configPath } : {},
      ruleOverrides: options.ruleOverrides ?? [],
      switches: options.switches ?? []
    });
    result = await run2({
      cwd: options.cwd,
      paths: options.paths,
      config,
      catalogue,
      ...options.code !== void 0 ? { code: options.code } : {},
      ...options.drift ? { drift: options.drift } : {},
      ...options.base !== void 0 ? { base: options.base } : {}
    });
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
  const exitCode = result.failures.length > 0 ? EXIT_USAGE : exitDecision(result.findings, options.failOn ?? "error", options.maxWarnings);
  return { ok: true, result, catalogue, failures: result.failures, exitCode };
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
      fingerprint: f.fingerprint
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
function formatMarkdown({ findings, summary, rules: rules2 }, options = {}) {
  const lines = [];
  const push = (line) => {
    lines.push(line);
  };
  push(`## ${options.title ?? "dynalint"}`);
  push("");
  if (findings.length === 0) {
    push(`\u2705 No problems in ${plural(summary.files, "file")} (${plural(summary.tables, "table")}).`);
    return `${lines.join("\n")}
`;
  }
  push(
    `**${plural(findings.length, "problem")}** (${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")}, ${plural(summary.infos, "info")}) in ${plural(summary.files, "file")}, ${plural(summary.tables, "table")}.`
  );
  const budget = options.maxBytes ?? Number.POSITIVE_INFINITY;
  const reserve = 200;
  let size = Buffer.byteLength(lines.join("\n"));
  let omitted = 0;
  const byRule = /* @__PURE__ */ new Map();
  for (const finding of findings)
    byRule.set(finding.ruleId, [...byRule.get(finding.ruleId) ?? [], finding]);
  const descriptions = new Map(rules2.map((r) => [r.id, r]));
  for (const [ruleId, group] of byRule) {
    const rule = descriptions.get(ruleId);
    const header = [
      "",
      `### ${rule ? `[${ruleId}](${rule.helpUri})` : ruleId} (${group.length})`,
      ...rule ? ["", rule.description] : [],
      "",
      "| | Location | Table | Message |",
      "|---|---|---|---|"
    ];
    const headerSize = Buffer.byteLength(header.join("\n")) + 1;
    if (size + headerSize + reserve > budget) {
      omitted += group.length;
      continue;
    }
    lines.push(...header);
    size += headerSize;
    for (const finding of group) {
      const where = `${finding.location.file}:${finding.location.line}:${finding.location.column}`;
      const link = options.linkTo?.(finding);
      const row = `| ${ICON[finding.severity]} | ${link ? `[${escape2(where)}](${link})` : `\`${where}\``} | ${escape2(finding.table ?? "")} | ${escape2(finding.message)} |`;
      const rowSize = Buffer.byteLength(row) + 1;
      if (size + rowSize + reserve > budget) {
        omitted += 1;
        continue;
      }
      lines.push(row);
      size += rowSize;
    }
  }
  if (omitted > 0) push(`
\u2026and ${plural(omitted, "more finding")} not shown here (see the full report).`);
  return `${lines.join("\n")}
`;
}
function escape2(text) {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
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
      helpUri: ruleDocsUrl(r.id)
    })),
    ...DIAGNOSTICS.map((d) => ({ ...d, helpUri: diagnosticDocsUrl(d.id) }))
  ];
}
function rulesMarkdownTable(catalogue) {
  const rows = catalogue.map(
    (r) => `| [\`${r.id}\`](rules/${r.id}.md) | ${r.kind} | ${r.severity} | ${r.recommended === false ? "" : "\u2713"} | ${r.description} |`
  );
  return ["| Rule | Kind | Default | Recommended | What it checks |", "|---|---|---|---|---|", ...rows].join(
    "\n"
  );
}
function rulesText(catalogue) {
  const width = Math.max(...catalogue.map((r) => r.id.length));
  const lines = catalogue.map(
    (r) => `${r.id.padEnd(width)}  ${r.kind.padEnd(6)}  ${r.severity.padEnd(7)}  ${r.recommended === false ? "opt-in     " : "recommended"}  ${r.description}`
  );
  return `${lines.join("\n")}
`;
}

// src/report/sarif.ts
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
    properties: {
      tags: ["dynamodb"],
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
      {
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

Lints Amazon DynamoDB tables declared in CloudFormation, SAM, CDK (cdk.out),
Serverless Framework and Terraform/OpenTofu files under the given paths (default:
the current folder), and the DynamoDB calls their application code makes
(JS/TS, Python, Go, Java, C#); with --drift, compares the tables with the
deployed ones.

Options:
${section("general")}
Drift (compare declared tables with the deployed ones):
${section("drift")}
Exit codes: 0 no findings at or above --fail-on, 1 findings, 2 usage or
configuration error, or a rule that failed.
`;
}
function helpLine(option) {
  const flag = `${option.short ? `-${option.short}, ` : "    "}--${option.name}${option.value ? ` ${option.value}` : ""}`;
  const words3 = option.help.split(" ");
  const lines = [];
  let line = "";
  for (const word of words3) {
    if (line && OPTION_COLUMN + line.length + 1 + word.length > HELP_WIDTH) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
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
  const optional = (key2, value) => value === void 0 ? {} : { [key2]: value };
  return {
    ...optional("endpoint", endpoint),
    ...optional("seed", text("seed")),
    ...optional("region", text("region")),
    ...optional("profile", text("profile")),
    ...optional("concurrency", concurrency),
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
  EXIT_CLEAN,
  EXIT_USAGE,
  FAIL_ON,
  lint,
  failureMessages,
  formatJson,
  formatMarkdown,
  plural,
  ruleMetadata,
  rulesMarkdownTable,
  rulesText,
  formatSarif,
  parseArgsConfig,
  helpText,
  driftOptions
};
