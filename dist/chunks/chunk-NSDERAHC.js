import { createRequire as __dynalintCreateRequire } from 'node:module'; const require = __dynalintCreateRequire(import.meta.url);
import {
  DIAGNOSTICS,
  EMBEDDED,
  diagnosticDocsUrl
} from "./chunk-6ZJAGDDV.js";
import {
  LANGUAGES,
  analyzeFile,
  codeFileKind
} from "./chunk-QSPZK4UC.js";
import {
  FORMATS,
  INDEX_READS,
  MAX_FILE_BYTES,
  attributeUses,
  declaredIndexes,
  declaredTableOf,
  decode,
  distance,
  fileSkipped,
  indexRead,
  isIacCandidate,
  loadDeclaredTables,
  oversizeReason,
  readFailure,
  readInputFileSync,
  require_picomatch,
  rules
} from "./chunk-RUQD66R5.js";
import {
  applySuppressions,
  dedupeFindings,
  displayPath,
  entry,
  fingerprint,
  inPreset,
  joinRuns,
  parseSource,
  presetOf,
  runRules,
  sortFindings,
  tableRulesPerFile,
  unusedSuppressions
} from "./chunk-3LO4Y62E.js";
import {
  appendAll,
  require_ajv
} from "./chunk-RSXSQYMG.js";
import {
  HOMEPAGE,
  NAME,
  VERSION,
  ruleDocsUrl
} from "./chunk-YHM737QO.js";
import {
  fileStart,
  known,
  tableLabel,
  unknown,
  valueOf
} from "./chunk-WIEP54A5.js";
import {
  __commonJS,
  __toESM
} from "./chunk-RELMD6NO.js";

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
        const basename = shortcut ? basenameOf(path10) : path10;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules2[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path10
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
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
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
    const at = group?.findIndex(match) ?? -1;
    if (!group || at === -1) return;
    group.splice(at, 1);
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

// src/code/patterns.ts
var WRITES = /* @__PURE__ */ new Set([
  "PutItem",
  "UpdateItem",
  "DeleteItem",
  "BatchWriteItem",
  "TransactWriteItems"
]);
function accessPatterns(tables, uses) {
  const byTable = /* @__PURE__ */ new Map();
  for (const table of tables) {
    const key2 = `${table.source.file}\0${table.id}`;
    if (!byTable.has(key2)) byTable.set(key2, { table, uses: [] });
  }
  const unattributed = {};
  for (const use of uses) {
    const table = declaredTableOf(use, tables);
    const entry2 = table && byTable.get(`${table.source.file}\0${table.id}`);
    if (entry2) entry2.uses.push(use);
    else unattributed[use.operation] = (unattributed[use.operation] ?? 0) + 1;
  }
  return {
    version: 1,
    tables: [...byTable.values()].map(({ table, uses: tableUses }) => tablePattern(table, tableUses)),
    unattributed
  };
}
var KEY_READS = /* @__PURE__ */ new Set(["GetItem", "BatchGetItem", "TransactGetItems"]);
function tablePattern(table, uses) {
  const indexes = declaredIndexes(table);
  const reads = uses.filter((use) => INDEX_READS.has(use.operation));
  const named = reads.map(indexRead);
  const operations = {};
  for (const use of uses) operations[use.operation] = (operations[use.operation] ?? 0) + 1;
  const readersOf = (name) => reads.filter((use) => indexRead(use) === name).map(callSite);
  const canTell = uses.length > 0 && indexes !== void 0 && !named.includes(void 0);
  return {
    table: table.id,
    label: tableLabel(table),
    file: table.source.file,
    line: table.location.line,
    keys: table.keySchema.known ? keysOf(table.keySchema.value) : null,
    operations,
    tableReaders: [
      ...readersOf(null),
      ...uses.filter((use) => KEY_READS.has(use.operation)).map(callSite)
    ].sort(byPlace),
    indexes: (indexes ?? []).map((index) => ({
      name: index.indexName,
      kind: index.kind,
      keys: index.keySchema.known ? keysOf(index.keySchema.value) : null,
      projection: index.projection?.known ? index.projection.value.type : null,
      readers: readersOf(index.indexName)
    })),
    undeclaredIndexReaders: reads.flatMap((use) => {
      const index = indexRead(use);
      return typeof index === "string" && !indexes?.some((i) => i.indexName === index) ? [{ ...callSite(use), index }] : [];
    }),
    computedIndexReaders: reads.filter((use) => indexRead(use) === void 0).map(callSite),
    scans: uses.filter((use) => use.operation === "Scan" || use.operation === "ParallelScan").map(callSite),
    unreadIndexes: canTell ? (indexes ?? []).filter((index) => index.kind === "global" && !named.includes(index.indexName)).map((index) => index.indexName) : null,
    writeAmplification: amplification(
      uses.filter((use) => WRITES.has(use.operation)),
      (indexes ?? []).filter((index) => index.kind === "global")
    )
  };
}
function byPlace(a, b) {
  return a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1;
}
function callSite(use) {
  return {
    operation: use.operation,
    file: use.location.file,
    line: use.location.line,
    scope: use.scope ?? "<module>"
  };
}
function keysOf(elements) {
  const partition = elements.find((key2) => key2.role === "partition")?.attribute;
  const sort = elements.find((key2) => key2.role === "sort")?.attribute;
  return { ...partition !== void 0 ? { partition } : {}, ...sort !== void 0 ? { sort } : {} };
}
function amplification(writes, gsis) {
  if (writes.length === 0) return null;
  let indexWrites = 0;
  let exact = 0;
  for (const write of writes) {
    const written = write.writtenAttributes;
    const reached = written && (write.operation === "PutItem" || write.operation === "UpdateItem") ? gsis.filter((gsi) => reaches(write.operation, written, gsi)).length : void 0;
    if (reached !== void 0) exact += 1;
    indexWrites += reached ?? gsis.length;
  }
  return {
    writes: writes.length,
    indexWrites,
    factor: Math.round((writes.length + indexWrites) / writes.length * 100) / 100,
    basis: exact === writes.length ? "attributes" : exact === 0 ? "index-count" : "mixed"
  };
}
function reaches(operation, written, gsi) {
  if (!gsi.keySchema.known) return true;
  const keys = gsi.keySchema.value.map((key2) => key2.attribute);
  if (operation === "PutItem") {
    const partition = gsi.keySchema.value.find((key2) => key2.role === "partition")?.attribute;
    return partition === void 0 || written.includes(partition);
  }
  const projection = gsi.projection?.known ? gsi.projection.value : void 0;
  if (!projection || projection.type === "ALL") return written.length > 0;
  const projected = projection.type === "INCLUDE" ? [...keys, ...projection.nonKeyAttributes] : keys;
  return written.some((attribute) => projected.includes(attribute));
}
function accessChanges(head, base) {
  const patternsOf = (side) => {
    const byKey = /* @__PURE__ */ new Map();
    for (const use of side.uses) {
      const table = declaredTableOf(use, side.tables);
      if (!table) continue;
      const index = indexRead(use);
      const target = `${table.id}${index === null ? "" : `.${index ?? "?"}`}`;
      const key2 = `${target}\0${use.operation}\0${use.location.file}\0${use.scope ?? ""}`;
      byKey.set(key2, [...byKey.get(key2) ?? [], { use, target }]);
    }
    return byKey;
  };
  const before = patternsOf(base);
  const after = patternsOf(head);
  const changes = [];
  const compare2 = (from, to, change) => {
    for (const [key2, calls] of to) {
      for (const { use, target } of calls.slice(from.get(key2)?.length ?? 0))
        changes.push({
          change,
          operation: use.operation,
          target,
          file: use.location.file,
          line: use.location.line
        });
    }
  };
  compare2(before, after, "adds");
  compare2(after, before, "removes");
  return changes;
}

// src/diff/base.ts
var import_picomatch2 = __toESM(require_picomatch(), 1);
import path5 from "node:path";

// src/code/scan.ts
import { availableParallelism } from "node:os";
import path2 from "node:path";
import { debuglog } from "node:util";

// src/shared/facts.ts
import { createHash } from "node:crypto";
var FactStore = class _FactStore {
  /** Records read from a cache file. */
  constructor(records = [], scope = "", entries, lookups) {
    this.scope = scope;
    this.entries = entries ?? /* @__PURE__ */ new Map();
    this.lookups = lookups ?? { hits: 0, misses: 0 };
    for (const [key2, value] of records) this.entries.set(key2, { value, used: false, recorded: true });
  }
  scope;
  entries;
  /** Lookups answered and not, for `NODE_DEBUG=dynalint`. */
  lookups;
  /**
   * The same store, for facts that also depend on `scope` (a configuration): a lint with several
   * configurations keeps one cache file.
   */
  scoped(scope) {
    return new _FactStore([], `${this.scope}${scope}\0`, this.entries, this.lookups);
  }
  get(key2) {
    const entry2 = this.entries.get(this.scope + key2);
    if (!entry2) {
      this.lookups.misses += 1;
      return void 0;
    }
    this.lookups.hits += 1;
    entry2.used = true;
    return entry2.value;
  }
  set(key2, value) {
    this.entries.set(this.scope + key2, { value, used: true, recorded: false });
  }
  /** Nothing was stored and every entry read from the cache file was used: the file need not change. */
  unchanged() {
    for (const entry2 of this.entries.values()) if (!entry2.used || !entry2.recorded) return false;
    return true;
  }
  /**
   * The entries this run used, for the cache file: entries no run asks for age out. With `unused`, all of
   * them (to inspect a cache file).
   */
  records({ unused = false } = {}) {
    const records = [];
    for (const [key2, entry2] of this.entries) if (entry2.used || unused) records.push([key2, entry2.value]);
    return records;
  }
};
function blobId(bytes) {
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}
function factKey(kind, display, blob) {
  return `${kind}\0${display}\0${blob}`;
}

// src/code/prefilter.ts
var LOWER_S = 115;
var UPPER_S = 83;
var UNDERSCORE = 95;
var OPEN_PAREN = 40;
var LESS_THAN = 60;
var GREATER_THAN = 62;
var bytesOf = (chars) => [...chars].map((c) => c.charCodeAt(0));
var REQUEST_START = bytesOf("{_$abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
var SCAN_MARKERS = [
  { text: Buffer.from("can"), before: [LOWER_S, UPPER_S] },
  { text: Buffer.from("xecute"), after: [UPPER_S, UNDERSCORE] }
];
var OPERATION_MARKERS = [
  { text: Buffer.from("uery"), before: bytesOf("qQ"), called: true },
  { text: Buffer.from("Item"), called: true },
  { text: Buffer.from("_item"), called: true },
  // batchGet, BatchWriteItem, batch_writer, batchSave, CreateBatchWrite
  { text: Buffer.from("atch"), before: bytesOf("bB"), called: true },
  { text: Buffer.from("ransact"), called: true },
  // lib-dynamodb's GetCommand, PutCommand, UpdateCommand, DeleteCommand
  { text: Buffer.from("Command"), called: true },
  // A document client's single-item calls, given a request (`{…}` or a name): not `dict.get('id')`.
  { text: Buffer.from(".get("), after: REQUEST_START },
  { text: Buffer.from(".put("), after: REQUEST_START },
  { text: Buffer.from(".update("), after: REQUEST_START },
  { text: Buffer.from(".delete("), after: REQUEST_START },
  // Object mappers: `mapper.load(…)`, `context.SaveAsync(…)`, `model.save()`.
  { text: Buffer.from(".load("), called: true },
  { text: Buffer.from(".save("), called: true },
  { text: Buffer.from("oadAsync"), before: bytesOf("L"), called: true },
  { text: Buffer.from("aveAsync"), before: bytesOf("S"), called: true }
];
function hasMarker(bytes, marker) {
  const { text } = marker;
  for (let at = bytes.indexOf(text); at !== -1; at = bytes.indexOf(text, at + text.length)) {
    if (hasNeighbours(bytes, at, marker)) return true;
  }
  return false;
}
function hasNeighbours(bytes, at, { text, before, after, called }) {
  if (before && !before.includes(bytes[at - 1] ?? -1)) return false;
  if (after && !after.includes(bytes[at + text.length] ?? -1)) return false;
  return !called || isCalled(bytes, at + text.length - 1);
}
var OPERATION_PATTERN = new RegExp(
  OPERATION_MARKERS.map((marker) => marker.text.toString("latin1").replace(/[.(]/g, "\\$&")).join("|"),
  "g"
);
var MARKER_BY_TEXT = new Map(OPERATION_MARKERS.map((marker) => [marker.text.toString("latin1"), marker]));
function hasOperationMarker(bytes, text) {
  OPERATION_PATTERN.lastIndex = 0;
  for (let found = OPERATION_PATTERN.exec(text); found; found = OPERATION_PATTERN.exec(text)) {
    const marker = MARKER_BY_TEXT.get(found[0]);
    if (marker && hasNeighbours(bytes, found.index, marker)) return true;
    OPERATION_PATTERN.lastIndex = found.index + 1;
  }
  return false;
}
function isNameByte(byte) {
  return byte >= 48 && byte <= 57 || byte >= 65 && byte <= 90 || byte >= 97 && byte <= 122 || byte === UNDERSCORE;
}
function isCalled(bytes, end) {
  let at = end;
  if (bytes[at] === OPEN_PAREN) return true;
  at += 1;
  while (at < bytes.length && isNameByte(bytes[at] ?? 0)) at += 1;
  if (bytes[at] === LESS_THAN) {
    const close = bytes.indexOf(GREATER_THAN, at);
    if (close < 0 || close - at > 100) return false;
    at = close + 1;
  }
  while (bytes[at] === 32 || bytes[at] === 9) at += 1;
  return bytes[at] === OPEN_PAREN;
}
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
  "expressionattribute",
  "keycondition",
  "indexname"
];
var MAX_LINE_LENGTH = 1e4;
function mentionsOperation(bytes) {
  if (SCAN_MARKERS.some((marker) => hasMarker(bytes, marker))) return true;
  const text = bytes.toString("latin1");
  if (!LIKELY_TIE.test(text)) return false;
  return hasOperationMarker(bytes, text);
}
var LIKELY_TIE = /[yY][nN][aA][mM][oO]|boto3|aws-sdk|[dD][dD][bB]|ocClient|ocumentClient|ableName/;
var TIE = new RegExp(TIE_MARKERS.join("|"), "i");
function mentionsDynamoDb(text) {
  return TIE.test(text);
}
var BEYOND_SINGLE_ITEMS = /scan|query|batch|transact|execute|find|dynalint-ignore/i;
function onlySingleItemCalls(text) {
  return !BEYOND_SINGLE_ITEMS.test(text);
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

// src/code/python-models.ts
var PYTHON_MODEL_MARKERS = [Buffer.from("table_name"), Buffer.from("pynamodb")];
var CLASS = /^([ \t]*)class[ \t]+(\w+)[ \t]*(?:\(([^)]*)\))?[ \t]*:/gm;
var TABLE_NAME = /^[ \t]+table_name[ \t]*(?::[^=\n]*)?=[ \t]*(.+)$/m;
var LITERAL = /^[rRuU]?(['"])([^'"\n]*)\1[ \t]*(?:#.*)?$/;
var ENVIRONMENT = /^(?:os\.)?(?:environ\s*\[\s*(['"])(\w+)\1\s*\]|(?:environ\.get|getenv)\(\s*(['"])(\w+)\3)/;
function pythonClasses(text, file) {
  const pynamodb = text.includes("pynamodb");
  const found = [];
  for (const match of text.matchAll(CLASS)) {
    const [whole, indent = "", name, bases = ""] = match;
    if (!name || name === "Meta") continue;
    const body = blockAfter(text, match.index + whole.length, indent.length);
    const meta = /^([ \t]+)class[ \t]+Meta\b[^:\n]*:/m.exec(body);
    const setting = meta ? TABLE_NAME.exec(blockAfter(body, meta.index + meta[0].length, meta[1]?.length ?? 0)) : null;
    const value = setting?.[1]?.trim();
    const literal = value ? LITERAL.exec(value) : null;
    const environment = value && !literal ? ENVIRONMENT.exec(value) : null;
    const at = setting && value ? match.index + whole.length + (meta?.index ?? 0) + (meta?.[0].length ?? 0) : match.index + whole.indexOf(name);
    found.push({
      name,
      bases: bases.split(",").map((base) => base.trim()).filter((base) => base && !base.includes("=")),
      pynamodb,
      ...literal?.[2] !== void 0 ? { table: literal[2] } : {},
      ...environment ? { tableVariable: environment[2] ?? environment[4] ?? "" } : {},
      location: value && setting ? locate(text, value, at, file) : locate(text, name, at, file)
    });
  }
  return found;
}
function pynamoModels(classes) {
  const models = /* @__PURE__ */ new Set();
  const names = /* @__PURE__ */ new Set();
  for (let changed = true; changed; ) {
    changed = false;
    for (const candidate of classes) {
      if (models.has(candidate)) continue;
      const model = candidate.bases.some(
        (base) => candidate.pynamodb && /^(?:[\w.]*\.)?Model$/.test(base) || names.has(base.split(".").at(-1) ?? base)
      );
      if (!model) continue;
      models.add(candidate);
      names.add(candidate.name);
      changed = true;
    }
  }
  return classes.filter((c) => models.has(c));
}
function blockAfter(text, from, indent) {
  const rest = text.slice(from);
  const lines = rest.split("\n");
  let length = lines[0]?.length ?? 0;
  for (const line of lines.slice(1)) {
    const content = line.trimStart();
    if (content && !content.startsWith("#") && line.length - content.length <= indent) break;
    length += line.length + 1;
  }
  return rest.slice(0, length);
}
function locate(text, needle, from, file) {
  const found = text.indexOf(needle, from);
  const at = found < 0 ? from : found;
  const before = text.slice(0, at);
  const line = before.split("\n").length;
  const column = at - before.lastIndexOf("\n");
  return { file, line, column, endLine: line, endColumn: column + needle.length };
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
    const at = match.index + whole.indexOf(table);
    const before = text.slice(0, at);
    const line = before.split("\n").length;
    const column = at - before.lastIndexOf("\n");
    found.push({
      name,
      table,
      location: { file, line, column, endLine: line, endColumn: column + table.length }
    });
  }
  return found;
}
function mayDeclareMappedClass(language, bytes) {
  const markers = language === "python" ? PYTHON_MODEL_MARKERS : [MAPPED_CLASS_MARKER];
  return markers.some((marker) => bytes.includes(marker));
}
var MappedClassCollector = class {
  mapped = [];
  python = [];
  add(language, bytes, file) {
    if (!mayDeclareMappedClass(language, bytes) || isBinary(bytes)) return;
    const text = bytes.toString("utf8");
    if (language === "python") this.python.push(...pythonClasses(text, file));
    else this.mapped.push(...mappedClasses(language, text, file));
  }
  /** Every mapped class; PynamoDB models are decided here, since a model's base may be in any file. */
  classes() {
    const models = pynamoModels(this.python).map(({ name, table, tableVariable, location }) => ({
      name,
      ...table !== void 0 ? { table } : {},
      ...tableVariable !== void 0 ? { tableVariable } : {},
      location,
      language: "python"
    }));
    return [...this.mapped, ...models];
  }
};
function withMappedTables(uses, classes) {
  return uses.flatMap((use) => {
    const entity = use.details?.entity;
    if (typeof entity !== "string") return [use];
    const candidates = classes.filter(
      (c) => c.name === entity && (c.language === void 0 || c.language === use.language)
    );
    let mapped = use;
    if (use.details?.entityRequired) {
      if (candidates.length === 0) return [];
      const { entityRequired: _required, ...details } = use.details;
      mapped = { ...use, details };
    }
    if (mapped.table) return [mapped];
    const tables = new Set(candidates.map((c) => c.table ?? `$${c.tableVariable ?? ""}`));
    const first = candidates[0];
    if (!first || tables.size !== 1) return [mapped];
    if (first.table !== void 0) return [{ ...mapped, table: known(first.table, first.location) }];
    if (first.tableVariable === void 0) return [mapped];
    const table = unknown(`read from the environment variable ${first.tableVariable}`, first.location);
    return [{ ...mapped, table, tableVariable: first.tableVariable }];
  });
}

// src/code/pool.ts
import { Worker } from "node:worker_threads";

// src/shared/worker-entry.ts
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
function workerEntry(from, source, bundled) {
  if (from.endsWith(".ts")) {
    const require2 = createRequire(from);
    const tsxApi = pathToFileURL(
      path.join(path.dirname(require2.resolve("tsx/package.json")), "dist/esm/api/index.mjs")
    );
    const entry2 = new URL(source, from);
    const bootstrap = `import(${JSON.stringify(tsxApi.href)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry2.href)}); });`;
    return { script: bootstrap, eval: true };
  }
  const candidates = [new URL(`./${bundled}`, from), new URL(`../${bundled}`, from)];
  const found = candidates.find((candidate) => existsSync(fileURLToPath(candidate)));
  return { script: found ?? candidates[0], eval: false };
}

// src/code/pool.ts
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
  entry = workerEntry(import.meta.url, "./worker.ts", "code-worker.js");
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
  const order = [];
  const keys = [];
  const singleItemOnly = [];
  const mapped = new MappedClassCollector();
  const untied = [];
  const unread = [];
  const readFile5 = options.read ?? readBounded;
  let bytes = 0;
  const analyse = (input, key2) => {
    keys[inputs.length] = key2;
    inputs.push(input);
    bytes += input.text.length;
    if (pool) pool.submit(input);
    else if (workers > 0 && bytes >= threshold) {
      pool = new AnalysisPool(workers);
      for (const earlier of inputs) pool.submit(earlier);
    }
    return inputs.length - 1;
  };
  const singleItemCalls = options.singleItemCalls?.() ?? true;
  let singleItemsWanted = typeof singleItemCalls === "boolean" ? singleItemCalls : void 0;
  if (typeof singleItemCalls !== "boolean")
    singleItemCalls.then(
      (wanted) => singleItemsWanted = wanted,
      () => void 0
    );
  const enqueue = (input, key2) => {
    if (singleItemsWanted !== true && onlySingleItemCalls(input.text)) {
      singleItemOnly.push({ at: order.length, input, ...key2 ? { key: key2 } : {} });
      order.push(void 0);
    } else order.push(analyse(input, key2));
  };
  for (const [i, file] of files.entries()) {
    const quietKey = options.facts && file.stamp !== void 0 ? `quiet\0${file.display}` : void 0;
    if (quietKey && options.facts?.get(quietKey) === file.stamp) continue;
    const candidate = readCandidate(file, mapped, untied, (candidate2) => readFile5(candidate2, unread));
    if (candidate === QUIET) {
      if (quietKey) options.facts?.set(quietKey, file.stamp);
      continue;
    }
    const key2 = candidate && options.facts && factKey("code", file.display, blobId(candidate.bytes));
    const known2 = key2 ? options.facts?.get(key2) : void 0;
    if (known2) order.push(known2);
    else if (candidate) enqueue(candidate.input, key2);
    if (pool && i % YIELD_EVERY === YIELD_EVERY - 1) await new Promise(setImmediate);
  }
  const classes = mapped.classes();
  for (const input of usingModels(untied, classes)) enqueue(input, void 0);
  if (singleItemOnly.length > 0 && await singleItemCalls)
    for (const { at, input, key: key2 } of singleItemOnly) order[at] = analyse(input, key2);
  const read = performance.now();
  const analyses = pool ? await pool.finish() : await analyzeEach(inputs);
  debug(
    "code scan: %d files read in %d ms; %d (%d KB) parsed, %d of them on %d worker threads, done %d ms later; %d with only single-item calls not parsed",
    files.length,
    Math.round(read - started),
    inputs.length,
    Math.round(bytes / 1024),
    pool?.analysedOnWorkers ?? 0,
    pool ? workers : 0,
    Math.round(performance.now() - read),
    order.filter((o) => o === void 0).length
  );
  keys.forEach((key2, i) => key2 && options.facts?.set(key2, analyses[i]));
  const all = order.flatMap(
    (o) => o === void 0 ? [] : typeof o === "number" ? [analyses[o]] : [o]
  );
  const result = merge(all, order.length, pool?.analysedOnWorkers ?? 0);
  appendAll(result.problems, unread);
  return { ...result, uses: withMappedTables(result.uses, classes) };
}
function usingModels(untied, classes) {
  const models = classes.filter((c) => c.language === "python").map((c) => c.name);
  if (models.length === 0) return [];
  const named = new RegExp(`\\b(?:${[...new Set(models)].join("|")})\\b`);
  return untied.filter((input) => named.test(input.text));
}
async function analyzeEach(inputs) {
  const results = [];
  for (const input of inputs) results.push(await analyzeFile(input));
  return results;
}
var QUIET = "quiet";
function readCandidate(file, mapped, untied, read) {
  const kind = codeFileKind(path2.basename(file.path));
  if (!kind) return void 0;
  const bytes = read(file);
  if (!bytes) return void 0;
  mapped.add(kind.language, bytes, file.display);
  if (!mentionsOperation(bytes)) return mayDeclareMappedClass(kind.language, bytes) ? void 0 : QUIET;
  if (isBinary(bytes)) {
    debug("%s: binary content; skipped", file.display);
    return void 0;
  }
  const text = decode(bytes);
  if (!mentionsDynamoDb(text)) {
    if (kind.language === "python" && text.includes("import") && longestLine(bytes) <= MAX_LINE_LENGTH)
      untied.push({ display: file.display, text, ...kind });
    return void 0;
  }
  if (isBundle(text)) {
    debug("%s: a bundler output; skipped (its sources are scanned)", file.display);
    return void 0;
  }
  if (longestLine(bytes) > MAX_LINE_LENGTH) {
    debug("%s: a line is over %d characters (minified or generated); skipped", file.display, MAX_LINE_LENGTH);
    return void 0;
  }
  return { input: { display: file.display, text, ...kind }, bytes };
}
var scratch = { buffer: Buffer.allocUnsafe(256 * 1024) };
function readBounded(file, problems) {
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

// src/discover/detect.ts
function candidateKind(name) {
  if (isIacCandidate(name)) return "iac";
  if (codeFileKind(name)) return "code";
  return void 0;
}

// src/discover/walk.ts
var import_ignore = __toESM(require_ignore(), 1);
var import_picomatch = __toESM(require_picomatch(), 1);
import { execFile } from "node:child_process";
import { lstatSync, realpathSync, statSync } from "node:fs";
import { readFile, readdir, realpath, stat } from "node:fs/promises";
import path3 from "node:path";

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
  ".terragrunt-cache",
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
  const configIgnored = options.ignore?.length ? (0, import_picomatch.default)(options.ignore, { dot: true }) : () => false;
  const useGitignore = options.gitignore !== false;
  const repositoryRoot = useGitignore ? await findRepositoryRoot(options.cwd) ?? path3.resolve(options.cwd) : void 0;
  const add = (file, kind, display = displayPath(options.cwd, file), named = false, stamp) => {
    if (seen.has(file)) return;
    if (kind === "code" && isBuildOutput(display)) return;
    seen.add(file);
    files.push({ path: file, kind, display, ...named ? { named } : {}, ...stamp ? { stamp } : {} });
  };
  const walkStarted = Date.now();
  for (const named of paths.length ? paths : ["."]) {
    const start = path3.resolve(options.cwd, named);
    const info = await stat(start).catch(() => void 0);
    if (!info) {
      missing.push(named);
      continue;
    }
    if (!info.isDirectory()) {
      add(start, options.classify(path3.basename(start)) ?? "iac", void 0, true);
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
      const shownFolder = path3.relative(options.cwd, start).split(path3.sep).join("/");
      for (const relative of listed) {
        const parts = relative.split("/");
        const name = parts.at(-1) ?? "";
        const kind = options.classify(name);
        if (!kind || parts.slice(0, -1).some((part) => SKIPPED_DIRECTORIES.has(part))) continue;
        const display = shownFolder ? `${shownFolder}/${relative}` : relative;
        const folders = display.split("/").slice(0, -1);
        const ignoredFolder = folders.some((_, at) => {
          const folder = folders.slice(0, at + 1).join("/");
          return configIgnored(folder) || configIgnored(`${folder}/`);
        });
        if (ignoredFolder || configIgnored(display)) continue;
        const full = path3.join(start, ...parts);
        const info2 = readableWithin(root, full);
        if (!info2) continue;
        add(full, kind, display, false, stampOf(info2, walkStarted));
      }
      const walked2 = files.splice(firstOfRoot).sort((a, b) => compareText(a.path, b.path));
      files.push(...walked2);
      continue;
    }
    const visit = async (directory, shown, active) => {
      const entries = await readdir(directory, { withFileTypes: true }).catch((error) => {
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
        const full = path3.join(directory, dirent.name);
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
    await visit(start, path3.relative(options.cwd, start).split(path3.sep).join("/"), matchers);
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
function readableWithin(root, file) {
  try {
    const info = lstatSync(file);
    if (info.isFile()) return info;
    if (!info.isSymbolicLink()) return void 0;
    const target = realpathSync(file);
    if (!isWithin(root, target)) return void 0;
    const targetInfo = statSync(target);
    return targetInfo.isFile() ? targetInfo : void 0;
  } catch {
    return void 0;
  }
}
var RACY_SECONDS = 2;
function stampOf(info, walkStarted) {
  if (info.mtimeMs > walkStarted - RACY_SECONDS * 1e3 || info.ctimeMs > walkStarted - RACY_SECONDS * 1e3)
    return void 0;
  return `${info.size}:${info.mtimeMs}:${info.ctimeMs}:${info.ino}`;
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function isIgnored(matchers, file, isDirectory) {
  let ignored = false;
  for (const matcher of matchers) {
    const relative = path3.relative(matcher.base, file).split(path3.sep).join("/");
    if (!relative || relative.startsWith("..")) continue;
    const result = matcher.rules.test(isDirectory ? `${relative}/` : relative);
    if (result.ignored) ignored = true;
    else if (result.unignored) ignored = false;
  }
  return ignored;
}
async function matcherFor(directory) {
  const text = await readFile(path3.join(directory, ".gitignore"), "utf8").catch(() => void 0);
  return text === void 0 ? void 0 : { base: directory, rules: (0, import_ignore.default)().add(text) };
}
async function ancestorMatchers(repositoryRoot, start) {
  const relative = path3.relative(repositoryRoot, start);
  if (relative.startsWith("..") || path3.isAbsolute(relative)) return [];
  const matchers = [];
  let directory = repositoryRoot;
  for (const part of relative ? relative.split(path3.sep) : []) {
    const matcher = await matcherFor(directory);
    if (matcher) matchers.push(matcher);
    directory = path3.join(directory, part);
  }
  return matchers;
}
async function findRepositoryRoot(cwd) {
  let directory = path3.resolve(cwd);
  for (; ; ) {
    if (await stat(path3.join(directory, ".git")).catch(() => void 0)) return directory;
    const parent = path3.dirname(directory);
    if (parent === directory) return void 0;
    directory = parent;
  }
}
function isWithin(root, target) {
  const relative = path3.relative(root, target);
  return relative === "" || !relative.startsWith("..") && !path3.isAbsolute(relative);
}

// src/diff/checkout.ts
import { access, mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path4 from "node:path";

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
    "-l",
    commit,
    "--",
    ...paths.length ? paths : ["."]
  ]);
  const files = [];
  for (const record of output.split("\0")) {
    const tab = record.indexOf("	");
    if (tab === -1) continue;
    const [mode, type, object, size] = record.slice(0, tab).split(/ +/);
    if (type !== "blob" || mode === "120000" || !object || !size) continue;
    files.push({ path: record.slice(tab + 1), object, size: Number(size) });
  }
  return files;
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
async function readBlobs(cwd, objects) {
  const contents = /* @__PURE__ */ new Map();
  const wanted = [...new Set(objects)];
  if (wanted.length === 0) return contents;
  const child = spawn("git", ["cat-file", "--batch"], { cwd, stdio: ["pipe", "pipe", "pipe"] });
  const parser = new BatchParser((object, type, body) => {
    if (type === "blob") contents.set(object, body);
  });
  child.stdout.on("data", (chunk) => parser.push(chunk));
  let stderr = "";
  child.stderr.on("data", (chunk) => {
    if (stderr.length < 4096) stderr += chunk.toString("utf8");
  });
  const exited = new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code2) => resolve(code2 ?? 1));
  });
  child.stdin.on("error", () => void 0);
  child.stdin.end(wanted.map((object) => `${object}
`).join(""));
  const code = await exited;
  if (code !== 0) throw new GitError(stderr.trim().split("\n")[0] || `git cat-file exited with ${code}`);
  parser.end();
  return contents;
}
var BatchParser = class {
  constructor(onObject) {
    this.onObject = onObject;
  }
  onObject;
  /** Output not parsed yet; joined only once the object it holds is complete (linear in the output). */
  chunks = [];
  buffered = 0;
  current;
  push(chunk) {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    if (this.current && this.buffered < this.current.size + 1) return;
    const data = this.chunks.length === 1 ? chunk : Buffer.concat(this.chunks, this.buffered);
    let at = 0;
    for (; ; ) {
      if (!this.current) {
        const lineEnd = data.indexOf(10, at);
        if (lineEnd === -1) break;
        const header = data.toString("utf8", at, lineEnd).split(" ");
        at = lineEnd + 1;
        const [object2 = "", type2 = "", size2 = ""] = header;
        if (header.length !== 3 || !/^\d+$/.test(size2)) continue;
        this.current = { object: object2, type: type2, size: Number(size2) };
      }
      const { object, type, size } = this.current;
      if (data.length - at < size + 1) break;
      this.onObject(object, type, Buffer.from(data.subarray(at, at + size)));
      at += size + 1;
      this.current = void 0;
    }
    const rest = data.subarray(at);
    this.chunks = rest.length ? [rest] : [];
    this.buffered = rest.length;
  }
  /** Output that ended inside an object is git's failure, not a file. */
  end() {
    if (this.current) throw new GitError(`git cat-file output ended inside ${this.current.object}`);
  }
};

// src/diff/checkout.ts
var MAX_FILES = 5e3;
var MAX_BYTES = 64 * 1024 * 1024;
var DEPENDENCY_FOLDERS = ["node_modules", ".venv", "venv"];
async function checkoutBaseFolder(base, folder) {
  const relative = path4.relative(base.cwd, folder).split(path4.sep).join("/") || ".";
  if (relative.startsWith("..")) return void 0;
  const files = (await listFiles(base.cwd, base.commit, [relative])).filter(
    (file) => !file.path.split("/").some((part) => SKIPPED_DIRECTORIES.has(part) || part === "cdk.out")
  );
  if (files.length === 0 || files.length > MAX_FILES) return void 0;
  if (files.reduce((total, file) => total + file.size, 0) > MAX_BYTES) return void 0;
  const contents = await readBlobs(
    base.cwd,
    files.map((file) => file.object)
  );
  const target = await mkdtemp(path4.join(tmpdir(), "dynalint-base-"));
  const cleanup = () => rm(target, { recursive: true, force: true });
  try {
    for (const file of files) {
      const bytes = contents.get(file.object);
      if (!bytes) continue;
      const inFolder = relative === "." ? file.path : path4.posix.relative(relative, file.path);
      const destination = path4.join(target, ...inFolder.split("/"));
      await mkdir(path4.dirname(destination), { recursive: true });
      await writeFile(destination, bytes);
    }
    await linkDependencies(folder, target, base.root);
  } catch {
    await cleanup();
    return void 0;
  }
  return { path: target, cleanup };
}
async function linkDependencies(folder, target, root) {
  for (const name of DEPENDENCY_FOLDERS) {
    for (let dir = folder; !path4.relative(root, dir).startsWith(".."); dir = path4.dirname(dir)) {
      const candidate = path4.join(dir, name);
      if (await access(candidate).then(
        () => true,
        () => false
      )) {
        await symlink(candidate, path4.join(target, name), process.platform === "win32" ? "junction" : "dir");
        break;
      }
      if (dir === root || dir === path4.dirname(dir)) break;
    }
  }
}

// src/diff/base.ts
var FETCH_ADVICE = "the dynalint Action fetches it with the credentials actions/checkout left (its log says why that failed); elsewhere check out with `fetch-depth: 0`";
function revisionLabel(ref) {
  return /^[0-9a-f]{40}$/i.test(ref) ? ref.slice(0, 7) : ref;
}
async function loadBaseTables(options) {
  const label = revisionLabel(options.ref);
  const unavailable = (message) => ({
    tables: [],
    problems: [{ ruleId: "base-unavailable", severity: "warning", message, location: options.fallback }]
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
    const ignored = options.ignore.length ? (0, import_picomatch2.default)(options.ignore, { dot: true }) : () => false;
    const kinds = new Set(options.code ? ["iac", "code"] : ["iac"]);
    const listed = (await listFiles(options.cwd, commit, options.paths)).filter(({ path: file }) => {
      const kind = candidateKind(path5.posix.basename(file));
      return kind !== void 0 && kinds.has(kind) && !file.split("/").some((part) => SKIPPED_DIRECTORIES.has(part)) && !ignored(file);
    });
    const oversize = listed.filter((file) => file.size > MAX_FILE_BYTES);
    const files = listed.filter((file) => file.size <= MAX_FILE_BYTES);
    const blobs = await readBlobs(
      options.cwd,
      files.map((file) => file.object)
    );
    const renames = await renamesSince(options.cwd, commit);
    const original = new Map(files.map((file) => [renames.get(file.path) ?? file.path, file.object]));
    const bytesOf2 = (file) => {
      const object = original.get(file.display);
      return object === void 0 ? void 0 : blobs.get(object);
    };
    const read = async (file) => bytesOf2(file);
    const candidates = [...original.keys()].map((display) => ({
      path: path5.resolve(options.cwd, display),
      display
    }));
    const iac = candidates.filter((file) => candidateKind(path5.posix.basename(file.display)) === "iac");
    const codeFiles = candidates.filter(
      (file) => candidateKind(path5.posix.basename(file.display)) === "code"
    );
    const facts = options.facts ? { facts: options.facts } : {};
    const [loaded, code] = await Promise.all([
      loadDeclaredTables(
        iac,
        options.cwd,
        read,
        options.cdkSynth ? {
          cdkSynth: options.cdkSynth,
          checkoutFolder: (folder) => checkoutBaseFolder(
            { cwd: options.cwd, root: repository.root, prefix: repository.prefix, commit },
            folder
          ),
          ...options.loading
        } : options.loading ?? {}
      ),
      options.code && codeFiles.length ? scanCode(codeFiles, { read: bytesOf2, ...facts }) : void 0
    ]);
    return {
      tables: loaded.tables,
      problems: [
        ...oversize.map((file) => tooLargeAtBase(renames.get(file.path) ?? file.path, file.size, label)),
        ...loaded.problems.map((p) => atBase(p, label))
      ],
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
function tooLargeAtBase(file, size, ref) {
  return {
    ruleId: "file-skipped",
    severity: "warning",
    message: `${file} at ${ref} was not read (${oversizeReason(size)}), so changes to its tables are not checked`,
    location: fileStart(file)
  };
}

// src/lint.ts
import { readFile as readFile4, stat as stat3, writeFile as writeFile3 } from "node:fs/promises";
import path9 from "node:path";

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
var import_ajv = __toESM(require_ajv(), 1);
import { readFile as readFile2, stat as stat2 } from "node:fs/promises";
import path6 from "node:path";

// src/config/defaults.ts
function defaultOptions(schema) {
  const options = {};
  fillDefaults(schema, options);
  return options;
}
function fillDefaults(schema, value) {
  if (!isRecord(schema)) return;
  if (isRecord(value) && isRecord(schema.properties)) {
    for (const [key2, property] of Object.entries(schema.properties)) {
      if (value[key2] === void 0 && isRecord(property) && "default" in property)
        value[key2] = structuredClone(property.default);
      if (value[key2] !== void 0) fillDefaults(property, value[key2]);
    }
  }
  if (Array.isArray(value) && isRecord(schema.items))
    for (const item of value) fillDefaults(schema.items, item);
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

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
function readQuantifier(pattern, at) {
  const char = pattern[at];
  if (char === "*" || char === "+") return { end: at, repeats: true };
  if (char === "?") return { end: at, repeats: false };
  const match = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(at));
  if (!match) return void 0;
  const max = match[2] === void 0 ? Number(match[1]) : match[3] ? Number(match[3]) : Infinity;
  return { end: at + match[0].length - 1, repeats: max > 1 };
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
    region: {
      description: "The AWS region the declared stacks deploy to (--region wins when drift runs). Rules that depend on it use it: a CloudFormation GlobalTable must list this region among its Replicas.",
      type: "string",
      pattern: "^[a-z]{2}(-[a-z]+)+-\\d+$"
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
  constructor(message, location) {
    super(location ? `${location.file}:${location.line}:${location.column}: ${message}` : message);
    this.location = location;
  }
  location;
};
async function findConfigFile(cwd) {
  let directory = path6.resolve(cwd);
  for (; ; ) {
    for (const name of CONFIG_FILES) {
      const candidate = path6.join(directory, name);
      if (!(await stat2(candidate).catch(() => void 0))?.isFile()) continue;
      if (name !== "package.json") return candidate;
      if (await hasDynalintKey(candidate)) return candidate;
    }
    const isRepositoryRoot = await stat2(path6.join(directory, ".git")).catch(() => void 0);
    const parent = path6.dirname(directory);
    if (isRepositoryRoot || parent === directory) return void 0;
    directory = parent;
  }
}
async function hasDynalintKey(file) {
  const text = await readFile2(file, "utf8").catch(() => "");
  if (!text.includes('"dynalint"')) return false;
  try {
    const parsed = JSON.parse(text);
    return typeof parsed === "object" && parsed !== null && "dynalint" in parsed;
  } catch {
    return false;
  }
}
async function loadConfig(catalogue, options) {
  const file = options.configPath ? path6.resolve(options.cwd, options.configPath) : await findConfigFile(options.cwd);
  let source;
  if (file) {
    const text = await readFile2(file, "utf8").catch(() => {
      throw new ConfigError(`cannot read configuration file ${displayPath(options.cwd, file)}`);
    });
    source = parseConfig(text, displayPath(options.cwd, file));
  }
  return resolveConfig(
    catalogue,
    source,
    options.cwd,
    file ? path6.dirname(file) : options.cwd,
    options.ruleOverrides,
    options.switches
  );
}
function parseConfig(text, file) {
  const parsed = parseSource(text, file);
  if ("problem" in parsed) throw new ConfigError(parsed.problem.message, parsed.problem.location);
  const root = path6.basename(file) === "package.json" ? entry(parsed.root, "dynalint")?.value : parsed.root;
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
        locate2(source, ["ignore", i])
      );
    }
  }
  const byId = new Map(catalogue.map((rule) => [rule.id, rule]));
  if (user.extends && user.preset && user.extends !== `dynalint:${user.preset}`) {
    throw new ConfigError(
      `"extends: ${user.extends}" and "preset: ${user.preset}" disagree; keep one`,
      locate2(source, ["preset"])
    );
  }
  const preset = user.extends ? user.extends.slice("dynalint:".length) : user.preset ?? "recommended";
  const configured = /* @__PURE__ */ new Map();
  for (const [id, value] of Object.entries(user.rules ?? {})) {
    if (!byId.has(id)) throw unknownRule(id, byId, locate2(source, ["rules", id], true));
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
  const setting = { severity: severity ?? rule.severity, configured: severity !== void 0 };
  if (!rule.options) return { ...setting, options };
  return {
    ...setting,
    options: Object.keys(options).length === 0 ? defaultOptions(rule.options) : withDefaults(rule.id, rule.options, options, source)
  };
}
function withDefaults(ruleId, schema, options, source) {
  const filled = structuredClone(options);
  const validate = validator().compile(schema);
  if (!validate(filled)) {
    throw schemaError(validate.errors ?? [], source, `rules.${ruleId}[1]`, ["rules", ruleId, 1]);
  }
  return filled;
}
function rebase(glob, directory, cwd) {
  const prefix = path6.relative(cwd, directory).split(path6.sep).join("/");
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
  const message = error?.keyword === "additionalProperties" ? `unknown key "${name}"` : error?.keyword === "enum" ? `"${name}" must be one of ${error.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}` : error?.keyword === "format" && error.params.format === "regex" ? `"${name}" ${regexProblem(error.data)}` : `"${name}" ${error?.message ?? "is invalid"}`;
  return new ConfigError(message, locate2(source, keyPath, extra !== void 0));
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
function locate2(source, keyPath, atKey = false) {
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
import { availableParallelism as availableParallelism2 } from "node:os";
import path8 from "node:path";

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

// src/iac-pool/pool.ts
import { debuglog as debuglog2 } from "node:util";
import { Worker as Worker2 } from "node:worker_threads";
var debug2 = debuglog2("dynalint");
var IacPool = class {
  workers = [];
  started = performance.now();
  nextId = 0;
  loaded = 0;
  lost = [];
  constructor(size, setup) {
    const entry2 = workerEntry(import.meta.url, "./worker.ts", "iac-worker.js");
    for (let i = 0; i < size; i += 1) {
      const member = {
        worker: new Worker2(entry2.script, {
          eval: entry2.eval,
          workerData: setup,
          resourceLimits: { maxOldGenerationSizeMb: 64 }
        }),
        jobs: /* @__PURE__ */ new Map()
      };
      member.worker.on("message", (reply) => {
        const job = member.jobs.get(reply.id);
        member.jobs.delete(reply.id);
        if ("error" in reply) job?.reject(new Error(reply.error));
        else {
          this.loaded += 1;
          job?.resolve(reply);
        }
      });
      const fail = (error) => this.remove(member, error);
      member.worker.on("error", fail);
      member.worker.on("exit", (code) => fail(new Error(`IaC worker exited with code ${code}`)));
      this.workers.push(member);
    }
  }
  /** Loads and judges a file on the least busy worker; rejects when no worker can. */
  load(format, file, bytes) {
    const member = this.workers.reduce(
      (best, candidate) => !best || candidate.jobs.size < best.jobs.size ? candidate : best,
      void 0
    );
    if (!member) return Promise.reject(new Error("no IaC worker left"));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      member.jobs.set(id, { resolve, reject });
      member.worker.postMessage({ id, format, file, bytes });
    });
  }
  async close() {
    const members = this.workers.splice(0);
    debug2(
      "IaC pool: %d files loaded on %d worker threads in %d ms%s",
      this.loaded,
      members.length + this.lost.length,
      Math.round(performance.now() - this.started),
      this.lost.length ? `; lost: ${this.lost.join("; ")}` : ""
    );
    await Promise.all(members.map((member) => member.worker.terminate()));
  }
  remove(member, error) {
    const at = this.workers.indexOf(member);
    if (at < 0) return;
    this.workers.splice(at, 1);
    this.lost.push(error.message);
    for (const job of member.jobs.values()) job.reject(error);
    member.jobs.clear();
  }
};

// src/iac-pool/sides.ts
function tableKey(table) {
  return `${table.source.file}\0${table.id}`;
}
function sideLoading({ pool: startPool, facts, variant }) {
  let pool;
  let started = false;
  const workers = () => {
    if (!started) pool = startPool?.();
    started = true;
    return pool;
  };
  const keyOf = (kind, file, bytes) => facts && factKey(`judged\0${kind}\0${variant}`, file, blobId(bytes));
  return {
    io: (side) => {
      const kept = (key2, judged) => {
        side.rules.adopt(judged);
        const result = side.keep(judged.result, judged.declared);
        if (key2) facts?.set(key2, { ...judged, result });
        return result;
      };
      const recalled = (key2) => {
        const known2 = key2 === void 0 ? void 0 : facts?.get(key2);
        if (!known2) return void 0;
        side.rules.adopt(known2);
        return side.keep(known2.result, known2.declared);
      };
      const judgedHere = (key2, load) => {
        const judged = side.rules.judge(load());
        return kept(key2, { ...judged, declared: judged.result.tables.map(tableKey) });
      };
      const settleFile = (kind, file, bytes, load) => {
        const key2 = keyOf(kind, file, bytes);
        return recalled(key2) ?? judgedHere(key2, load);
      };
      return {
        settle: (result) => {
          const judged = side.rules.settle(result);
          return side.keep(judged, judged.tables.map(tableKey));
        },
        settleFile,
        ...startPool ? {
          offload: async (format, file, bytes, load) => {
            const key2 = keyOf(format, file, bytes);
            const known2 = recalled(key2);
            if (known2) return known2;
            const pool2 = workers();
            if (!pool2) return judgedHere(key2, load);
            return pool2.load(format, file, bytes).then(
              (judged) => kept(key2, judged),
              () => judgedHere(key2, load)
            );
          }
        } : {}
      };
    },
    close: async () => {
      await pool?.close();
    }
  };
}

// src/shared/fact-cache.ts
import { createHash as createHash2, randomBytes } from "node:crypto";
import { statSync as statSync2 } from "node:fs";
import { readFile as readFile3, rename, rm as rm2, writeFile as writeFile2 } from "node:fs/promises";
import path7 from "node:path";
import { debuglog as debuglog3 } from "node:util";
import v8 from "node:v8";
var debug3 = debuglog3("dynalint");
var DEFAULT_CACHE_FILE = ".dynalintcache";
var MAGIC = Buffer.from("dynalint-facts 1\n");
var DIGEST_BYTES = 32;
function cacheFilePath(cwd, location = DEFAULT_CACHE_FILE) {
  const target = path7.resolve(cwd, location);
  const folder = /[\\/]$/.test(location) || statSync2(target, { throwIfNoEntry: false })?.isDirectory();
  return folder ? path7.join(target, `.cache_${sha256(cwd).slice(0, 16)}`) : target;
}
function fingerprintOf(value) {
  return sha256(JSON.stringify(value)).slice(0, 32);
}
async function readFactCache(file, stamp) {
  const bytes = await readFile3(file).catch(() => void 0);
  if (!bytes) return new FactStore();
  const records = decodeCache(bytes, stamp);
  if (!records) debug3("cache %s: unreadable or from another version; not used", file);
  return new FactStore(records ?? []);
}
async function writeFactCache(file, stamp, store) {
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  debug3("cache %s: %d lookups answered, %d not", file, store.lookups.hits, store.lookups.misses);
  if (store.unchanged()) return;
  try {
    const payload = v8.serialize({ stamp, records: store.records() });
    await writeFile2(temporary, Buffer.concat([MAGIC, digest(payload), payload]));
    await rename(temporary, file);
  } catch (error) {
    debug3("cache %s not written: %s", file, error instanceof Error ? error.message : String(error));
    await rm2(temporary, { force: true }).catch(() => void 0);
  }
}
function decodeCache(bytes, stamp) {
  if (bytes.length < MAGIC.length + DIGEST_BYTES || !bytes.subarray(0, MAGIC.length).equals(MAGIC))
    return void 0;
  const payload = bytes.subarray(MAGIC.length + DIGEST_BYTES);
  if (!digest(payload).equals(bytes.subarray(MAGIC.length, MAGIC.length + DIGEST_BYTES))) return void 0;
  try {
    const content = v8.deserialize(payload);
    if (content.stamp !== stamp || !Array.isArray(content.records)) return void 0;
    return content.records.filter(
      (record) => Array.isArray(record) && record.length === 2 && typeof record[0] === "string"
    );
  } catch {
    return void 0;
  }
}
function digest(payload) {
  return createHash2("sha256").update(payload).digest();
}
function sha256(text) {
  return createHash2("sha256").update(text).digest("hex");
}

// src/run.ts
var IAC_POOL_MIN_FILES = 64;
function iacPoolSize(candidates, requested) {
  if (candidates === 0) return 0;
  return requested ?? (candidates >= IAC_POOL_MIN_FILES ? availableParallelism2() : 0);
}
function startIacPool(size, setup) {
  try {
    return new IacPool(size, setup);
  } catch {
    return void 0;
  }
}
async function run2(options) {
  const catalogue = options.catalogue ?? rules;
  const walked = await walk(options.paths, {
    cwd: options.cwd,
    ignore: options.config.ignore,
    classify: candidateKind
  });
  const codeFiles = options.code === false ? [] : walked.files.filter((f) => f.kind === "code");
  const { rules: settings, ignore: ignore2, user } = options.config;
  const facts = options.facts?.scoped(fingerprintOf({ rules: [...settings], ignore: ignore2, user })) ?? (options.base !== void 0 ? new FactStore() : void 0);
  const region = deployRegion(options);
  const headTableRules = tableRulesPerFile(catalogue, settings, region);
  const baseTableRules = tableRulesPerFile(catalogue, settings, region);
  const tablesRead = options.keepTables !== false || codeFiles.length > 0 || options.drift !== void 0 || options.base !== void 0;
  const declaredTables = /* @__PURE__ */ new Set();
  const keep = (result, declaredKeys) => {
    for (const key2 of declaredKeys) declaredTables.add(key2);
    return tablesRead ? result : { ...result, tables: [] };
  };
  const iacFiles = walked.files.filter((f) => f.kind === "iac");
  const poolSize = iacPoolSize(iacFiles.length, options.iacWorkers);
  const loading = sideLoading({
    ...catalogue === rules && poolSize > 0 ? {
      pool: () => startIacPool(poolSize, {
        settings: [...settings],
        ...region,
        keepTables: tablesRead
      })
    } : {},
    ...facts ? { facts } : {},
    variant: fingerprintOf({ ...region, tablesRead })
  });
  const declared = loadDeclaredTables(iacFiles, options.cwd, void 0, {
    ...options.cdkSynth ? { cdkSynth: options.cdkSynth } : {},
    ...loading.io({ rules: headTableRules, keep })
  });
  const codeNeeds = factNeeds(
    catalogue.filter((rule) => rule.kind === "code"),
    options.config
  );
  const singleItemCalls = () => options.everyCall === true || options.base !== void 0 || codeNeeds.has("gsi-table-calls") && declared.then(({ tables }) => tables.some(declaresGsi));
  const scanned = codeFiles.length ? scanCode(codeFiles, { ...facts ? { facts } : {}, singleItemCalls }) : void 0;
  const [loaded, code, live, base] = await Promise.all([
    declared,
    scanned,
    options.drift ? declared.then((d) => liveFacts(options, factNeeds(catalogue, options.config), d.tables)) : void 0,
    options.base === void 0 ? void 0 : Promise.all([declared, scanned]).then(
      () => baseTables(
        options,
        options.base,
        fileStart(options.config.file ?? walked.files[0]?.display ?? "."),
        facts,
        loading.io({ rules: baseTableRules, keep: (result) => result })
      )
    )
  ]).finally(() => loading.close());
  const uses = code ? attributeUses(code.uses, loaded.tables, loaded.environment) : [];
  const {
    findings: ruleFindings,
    failures,
    ran
  } = joinRuns(
    headTableRules.run(),
    runRules(
      catalogue,
      options.config.rules,
      {
        ...code ? { code: { uses, tables: loaded.tables } } : {},
        ...live ? { drift: live.facts } : {},
        ...base && options.base !== void 0 && options.changeSafety !== false ? { change: { pairs: pairTables(base.tables, loaded.tables), base: revisionLabel(options.base) } } : {}
      },
      loaded.tables
    )
  );
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
      lintBase(catalogue, options.config, base.facts, baseTableRules.run()),
      (f) => changeRules.has(f.ruleId) || aboutTheRun.has(f.ruleId)
    );
  }
  let baselined = 0;
  if (options.baseline) {
    const linted = new Set(walked.files.map((file) => file.display));
    const judged = (entry2) => (ran.has(entry2.ruleId) || !catalogue.some((rule) => rule.id === entry2.ruleId)) && (linted.has(entry2.file) || !existsSync2(path8.resolve(options.cwd, entry2.file)));
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
    summary: summarize(findings, loaded.files + (code?.parsed ?? 0), declaredTables.size),
    tables: loaded.tables,
    uses,
    ...base?.facts ? { accessChanges: changesSince(base.facts, loaded.tables, uses) } : {},
    failures,
    missingPaths: walked.missing,
    baselined
  };
}
function deployRegion(options) {
  if (options.drift?.region) return { region: { name: options.drift.region, origin: "--region" } };
  const region = options.config.user.region;
  return region ? { region: { name: region, origin: `region in ${options.config.file ?? "the configuration"}` } } : {};
}
function changesSince(base, tables, uses) {
  const { loaded, code } = base;
  const baseUses = code ? attributeUses(code.uses, loaded.tables, loaded.environment) : [];
  return accessChanges({ tables, uses }, { tables: loaded.tables, uses: baseUses });
}
function lintBase(catalogue, config, facts, tableRuns) {
  const { loaded, code } = facts;
  const uses = code ? attributeUses(code.uses, loaded.tables, loaded.environment) : [];
  const { findings, ran } = joinRuns(
    tableRuns,
    runRules(catalogue, config.rules, code ? { code: { uses, tables: loaded.tables } } : {}, loaded.tables)
  );
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
function declaresGsi(table) {
  return declaredIndexes(table)?.some((index) => index.kind === "global") ?? false;
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
  const { collectDrift } = await import("./live-Q2AFS4KR.js");
  const firstPath = options.config.file ?? options.paths[0] ?? ".";
  return collectDrift(
    tables,
    { ...options.drift, reportUnmanaged: needs.has("live-table-list") },
    {
      cwd: options.cwd,
      tables: options.config.user.tables ?? {},
      tags: needs.has("live-tags"),
      describeUnmanaged: needs.has("unmanaged-tables-described"),
      fallback: fileStart(firstPath)
    }
  );
}
function baseTables(options, ref, fallback, facts, loading) {
  return loadBaseTables({
    ...facts ? { facts } : {},
    loading,
    cwd: options.cwd,
    ref,
    paths: options.paths,
    ignore: options.config.ignore,
    fallback,
    code: options.code !== false,
    ...options.cdkSynth ? { cdkSynth: options.cdkSynth } : {}
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
    const cacheFile = options.cache ? cacheFilePath(options.cwd, options.cacheLocation) : void 0;
    const facts = cacheFile ? await readFactCache(cacheFile, VERSION) : void 0;
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
          ...options.everyCall ? { everyCall: true } : {},
          ...options.cdkSynth ? { cdkSynth: options.cdkSynth } : {},
          ...options.drift ? { drift: options.drift } : {},
          ...options.base !== void 0 ? { base: options.base } : {},
          ...options.changeSafety === false ? { changeSafety: false } : {},
          ...baseline ? { baseline } : {},
          ...facts ? { facts } : {},
          keepTables: options.keepTables === true
        })
      );
    }
    if (cacheFile && facts) await writeFactCache(cacheFile, VERSION, facts);
    result = mergeResults(results);
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
    await writeFile3(path9.join(options.cwd, BASELINE_FILE), formatBaseline(accepted));
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
    const absolute = path9.resolve(options.cwd, named);
    const folder = (await stat3(absolute).catch(() => void 0))?.isDirectory() ? absolute : path9.dirname(absolute);
    const file = await findConfigFile(folder);
    groups.set(file, [...groups.get(file) ?? [], named]);
  }
  return [...groups].map(([file, paths]) => ({ ...file ? { configPath: file } : {}, paths }));
}
function mergeResults(results) {
  const [first] = results;
  if (results.length === 1 && first) return first;
  const findings = sortFindings(dedupeFindings(results.flatMap((r) => r.findings)));
  const sum = (pick) => results.reduce((total, r) => total + pick(r), 0);
  return {
    findings,
    summary: summarize(
      findings,
      sum((r) => r.summary.files),
      sum((r) => r.summary.tables)
    ),
    tables: results.flatMap((r) => r.tables),
    uses: results.flatMap((r) => r.uses),
    ...results.some((r) => r.accessChanges) ? { accessChanges: results.flatMap((r) => r.accessChanges ?? []) } : {},
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
  const text = await readFile4(path9.join(cwd, BASELINE_FILE), "utf8").catch(() => void 0);
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

// src/report/well-formed.ts
var LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function wellFormed(text) {
  return text.replace(LONE_SURROGATE, "\uFFFD");
}
function wellFormedJson(value, space, substitute) {
  return JSON.stringify(
    value,
    (_key, original) => {
      const item = substitute ? substitute(original) : original;
      if (typeof item === "string") return wellFormed(item);
      if (item && typeof item === "object" && !Array.isArray(item)) {
        const entries = Object.entries(item);
        if (entries.some(([key2]) => wellFormed(key2) !== key2))
          return Object.fromEntries(entries.map(([key2, inner]) => [wellFormed(key2), inner]));
      }
      return item;
    },
    space
  );
}
var ITEMS = "\0items\0";
var ITEMS_PER_CHUNK = 512;
function* wellFormedJsonChunks(skeleton, items, toJson, depth) {
  const placeholder = [];
  const whole = wellFormedJson(skeleton(placeholder), 2, (item) => item === placeholder ? ITEMS : item);
  const marker = JSON.stringify(ITEMS);
  const at = whole.indexOf(marker);
  const indent = (level) => `
${"  ".repeat(level)}`;
  yield `${whole.slice(0, at)}[`;
  for (let start = 0; start < items.length; start += ITEMS_PER_CHUNK) {
    yield items.slice(start, start + ITEMS_PER_CHUNK).map((item, i) => {
      const json = wellFormedJson(toJson(item), 2).replace(/\n/g, indent(depth + 1));
      return `${start + i === 0 ? "" : ","}${indent(depth + 1)}${json}`;
    }).join("");
  }
  yield `${items.length ? indent(depth) : ""}]${whole.slice(at + marker.length)}
`;
}

// src/report/json.ts
function jsonReport({ findings, summary }) {
  return wellFormedJsonChunks(
    (items) => ({
      version: 1,
      findings: items,
      summary: {
        files: summary.files,
        tables: summary.tables,
        errors: summary.errors,
        warnings: summary.warnings,
        infos: summary.infos
      }
    }),
    findings,
    jsonFinding,
    1
  );
}
function jsonFinding(f) {
  return {
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
    ...f.related?.length ? {
      related: f.related.map((r) => ({
        file: r.file,
        line: r.line,
        column: r.column,
        endLine: r.endLine,
        endColumn: r.endColumn
      }))
    } : {},
    ...f.table !== void 0 ? { table: f.table } : {},
    fingerprint: f.fingerprint,
    ...f.baselineState ? { baselineState: f.baselineState } : {}
  };
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
  if (input.accessChanges?.length) {
    out.push("", `**Access patterns** (compared with ${base}):`, "");
    for (const change of input.accessChanges)
      out.push(
        `- ${change.change} a ${change.operation} on ${escapeMarkdown(change.target)} at ${escapeMarkdown(`${change.file}:${change.line}`)}`
      );
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
function adviceStart(message) {
  const cut = message.indexOf(": ");
  return cut > 20 ? cut : -1;
}
function shortMessage(message) {
  const cut = adviceStart(message);
  const head = cut === -1 ? message : message.slice(0, cut);
  return head.length > SHORT_LINE ? `${head.slice(0, SHORT_LINE - 1)}\u2026` : head;
}
function advice(message) {
  const cut = adviceStart(message);
  if (cut === -1) return void 0;
  const text = message.slice(cut + 2).trim();
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
function physical(location) {
  return {
    physicalLocation: {
      // encodeURI throws on a lone surrogate: the path is made well-formed first.
      artifactLocation: { uri: encodeURI(wellFormed(location.file)), uriBaseId: "%SRCROOT%" },
      region: {
        startLine: location.line,
        startColumn: location.column,
        endLine: location.endLine,
        // SARIF end columns are exclusive; dynalint's are inclusive.
        endColumn: location.endColumn + 1
      }
    }
  };
}
function sarifReport({ findings, rules: rules2 }) {
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
  const result = (finding) => ({
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
      ) : physical(finding.location)
    ],
    ...finding.related?.length ? {
      relatedLocations: finding.related.map((location, id) => ({
        id,
        ...physical(location),
        message: { text: "synthesized template" }
      }))
    } : {},
    partialFingerprints: { "dynalintFingerprint/v1": finding.fingerprint },
    // SARIF's own comparison with a baseline run: the base revision of a change.
    ...finding.baselineState ? { baselineState: finding.baselineState } : {},
    ...finding.table !== void 0 ? { properties: { table: finding.table } } : {}
  });
  const log = (results) => ({
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
  });
  return wellFormedJsonChunks(log, findings, result, 3);
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
    name: "cdk-synth",
    type: "boolean",
    help: "synthesize each CDK app (its cdk.json `app` command) into a temporary folder and lint its tables at the app's source lines",
    group: "general"
  },
  {
    name: "cdk-synth-timeout",
    type: "string",
    value: "<s>",
    help: "with --cdk-synth: seconds one app may take to synthesize (default 300)",
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
  {
    name: "cache",
    type: "boolean",
    help: "keep what each file declares in a cache file; later runs parse only the files that changed",
    group: "general"
  },
  {
    name: "cache-location",
    type: "string",
    value: "<path>",
    help: "with --cache: the cache file, or a folder for it (default .dynalintcache)",
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
       ${NAME} patterns [paths...] [--format stylish|json|markdown]

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
  const pairs = [];
  for (const pair of list("var")) {
    const match = /^([\w.-]+)=(.*)$/s.exec(pair);
    if (!match) return `--var expects key=value, got "${pair}"`;
    pairs.push([match[1], match[2]]);
  }
  const vars = Object.fromEntries(pairs);
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
  newFindings,
  accessPatterns,
  revisionLabel,
  EXIT_CLEAN,
  EXIT_USAGE,
  FAIL_ON,
  lint,
  failureMessages,
  wellFormed,
  jsonReport,
  formatMarkdown,
  escapeMarkdown,
  plural,
  ruleMetadata,
  rulesMarkdownTable,
  rulesInPreset,
  rulesText,
  sarifReport,
  parseArgsConfig,
  helpText,
  driftOptions
};
