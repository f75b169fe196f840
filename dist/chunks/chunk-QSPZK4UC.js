import { createRequire as __dynalintCreateRequire } from 'node:module'; const require = __dynalintCreateRequire(import.meta.url);
import {
  HOLE,
  MAX_PARSED_BRACKET_DEPTH,
  MAX_PARSE_MS,
  Query,
  bracketsNestedBeyond,
  createParser,
  locationOf,
  parseSelect,
  parseWithin,
  writtenTable
} from "./chunk-WPUJZHJN.js";
import {
  fileStart,
  known,
  readDirective,
  suppressionOf,
  unknown
} from "./chunk-WIEP54A5.js";

// src/code/expressions.ts
var TOKEN = /\s*(?:(<=|>=|<>|[=<>(),[\]+-])|(:[A-Za-z0-9_]+)|(#[A-Za-z0-9_]+|[A-Za-z_][A-Za-z0-9_]*)|(\.)|(\S))/y;
function tokenize(expression) {
  const tokens = [];
  TOKEN.lastIndex = 0;
  for (; ; ) {
    if (/^\s*$/.test(expression.slice(TOKEN.lastIndex))) return tokens;
    const match = TOKEN.exec(expression);
    if (!match || match[5] !== void 0) return void 0;
    if (match[1] !== void 0) tokens.push({ kind: "symbol", text: match[1] });
    else if (match[2] !== void 0) tokens.push({ kind: "value", text: match[2] });
    else if (match[3] !== void 0) tokens.push({ kind: "name", text: match[3] });
    else tokens.push({ kind: "symbol", text: "." });
  }
}
function resolveName(text, names) {
  return text.startsWith("#") ? names.get(text) : text;
}
var LEGACY_OPERATORS = {
  EQ: "=",
  LT: "<",
  LE: "<=",
  GT: ">",
  GE: ">=",
  BETWEEN: "BETWEEN",
  BEGINS_WITH: "begins_with"
};
var COMPARISONS = /* @__PURE__ */ new Set(["=", "<", "<=", ">", ">="]);
function parseKeyCondition(expression, names) {
  const tokens = tokenize(expression)?.filter((t) => t.text !== "(" && t.text !== ")");
  if (!tokens || tokens.length === 0) return void 0;
  const terms = [];
  let at = 0;
  const next = () => tokens[at++];
  while (at < tokens.length) {
    const first = next();
    if (!first) return void 0;
    if (first.kind === "name" && first.text.toLowerCase() === "begins_with") {
      const name = next();
      const comma = next();
      const value = next();
      if (name?.kind !== "name" || comma?.text !== "," || value?.kind !== "value") return void 0;
      const attribute = resolveName(name.text, names);
      if (attribute === void 0) return void 0;
      terms.push({ attribute, operator: "begins_with" });
    } else if (first.kind === "name") {
      const attribute = resolveName(first.text, names);
      const operator = next();
      if (attribute === void 0 || !operator) return void 0;
      if (operator.kind === "name" && operator.text.toUpperCase() === "BETWEEN") {
        const low = next();
        const and = next();
        const high = next();
        if (low?.kind !== "value" || and?.text.toUpperCase() !== "AND" || high?.kind !== "value")
          return void 0;
        terms.push({ attribute, operator: "BETWEEN" });
      } else if (operator.kind === "symbol" && COMPARISONS.has(operator.text)) {
        if (next()?.kind !== "value") return void 0;
        terms.push({ attribute, operator: operator.text });
      } else return void 0;
    } else return void 0;
    if (at === tokens.length) return terms;
    if (next()?.text.toUpperCase() !== "AND" || at === tokens.length) return void 0;
  }
  return terms;
}
var FUNCTIONS = /* @__PURE__ */ new Set([
  "attribute_exists",
  "attribute_not_exists",
  "attribute_type",
  "begins_with",
  "contains",
  "size"
]);
var KEYWORDS = /* @__PURE__ */ new Set(["AND", "OR", "NOT", "BETWEEN", "IN"]);
function conditionAttributes(expression, names) {
  const tokens = tokenize(expression);
  if (!tokens) return void 0;
  const attributes = [];
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at];
    if (token?.kind !== "name") continue;
    if (tokens[at - 1]?.text === ".") continue;
    if (KEYWORDS.has(token.text.toUpperCase())) continue;
    if (FUNCTIONS.has(token.text) && tokens[at + 1]?.text === "(") continue;
    const attribute = resolveName(token.text, names);
    if (attribute === void 0) return void 0;
    if (!attributes.includes(attribute)) attributes.push(attribute);
  }
  return attributes;
}
var UPDATE_CLAUSES = /* @__PURE__ */ new Set(["SET", "REMOVE", "ADD", "DELETE"]);
var UPDATE_FUNCTIONS = /* @__PURE__ */ new Set(["if_not_exists", "list_append"]);
function updatedAttributes(expression, names) {
  const tokens = tokenize(expression);
  if (!tokens) return void 0;
  const written = [];
  let expectTarget = false;
  let depth = 0;
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at];
    if (!token) break;
    if (token.text === "(" || token.text === "[") depth++;
    else if (token.text === ")" || token.text === "]") depth--;
    if (token.kind === "name" && UPDATE_CLAUSES.has(token.text.toUpperCase()) && depth === 0) {
      expectTarget = true;
      continue;
    }
    if (token.text === "," && depth === 0) {
      expectTarget = true;
      continue;
    }
    if (!expectTarget || token.kind !== "name" || UPDATE_FUNCTIONS.has(token.text)) continue;
    const attribute = resolveName(token.text, names);
    if (attribute === void 0) return void 0;
    if (!written.includes(attribute)) written.push(attribute);
    expectTarget = false;
  }
  return written;
}

// src/code/syntax.ts
function parentOf(node) {
  let parents = parentMemo.get(node.tree);
  if (!parents) {
    parents = /* @__PURE__ */ new Map();
    parentMemo.set(node.tree, parents);
  }
  let parent = parents.get(node.id);
  if (parent === void 0) {
    parent = node.parent;
    parents.set(node.id, parent);
  }
  return parent;
}
var parentMemo = /* @__PURE__ */ new WeakMap();
function scopeName(node, namers) {
  for (let at = parentOf(node); at; at = parentOf(at)) {
    const namer = namers[at.type];
    const name = namer ? namer(at) : void 0;
    if (name) return name;
  }
  return "<module>";
}
var nameField = (node) => node.childForFieldName("name")?.text;
function enclosing(node, types) {
  let byTree = enclosingMemo.get(node.tree);
  if (!byTree) {
    byTree = /* @__PURE__ */ new Map();
    enclosingMemo.set(node.tree, byTree);
  }
  let found = byTree.get(types);
  if (!found) {
    found = /* @__PURE__ */ new Map();
    byTree.set(types, found);
  }
  const path = [];
  let result;
  for (let at = parentOf(node); at; at = parentOf(at)) {
    if (found.has(at.id)) {
      result = found.get(at.id);
      break;
    }
    if (types.has(at.type)) {
      result = at;
      break;
    }
    path.push(at.id);
  }
  for (const id of path) found.set(id, result);
  return result;
}
var enclosingMemo = /* @__PURE__ */ new WeakMap();
var PAGINATION_WORDS = /* @__PURE__ */ new Set(["lastevaluatedkey", "exclusivestartkey"]);
function readsPages(scope, extraWords = []) {
  let answers = pageAnswers.get(scope.tree);
  if (!answers) {
    answers = /* @__PURE__ */ new Map();
    pageAnswers.set(scope.tree, answers);
  }
  const key = `${scope.id}:${extraWords.join(",")}`;
  let answer = answers.get(key);
  if (answer === void 0) {
    answer = walkForPages(scope, extraWords);
    answers.set(key, answer);
  }
  return answer;
}
var pageAnswers = /* @__PURE__ */ new WeakMap();
function walkForPages(scope, extraWords) {
  const words = extraWords.length ? /* @__PURE__ */ new Set([...PAGINATION_WORDS, ...extraWords]) : PAGINATION_WORDS;
  const folded = scope.text.replace(/_/g, "").toLowerCase();
  if (![...words].some((word) => folded.includes(word))) return false;
  const cursor = scope.walk();
  try {
    for (; ; ) {
      const node = cursor.currentNode;
      if (node.childCount === 0 && !node.type.includes("comment")) {
        const word = node.text.replace(/^["'`]|["'`]$/g, "").replace(/^(get|with|set)(?=[A-Z_])/, "").replace(/_/g, "").toLowerCase();
        if (words.has(word)) return true;
      }
      if (node.type.includes("comment") || !cursor.gotoFirstChild()) {
        while (!cursor.gotoNextSibling()) {
          if (!cursor.gotoParent()) return false;
        }
      }
    }
  } finally {
    cursor.delete();
  }
}
var MAX_SYNTAX_DEPTH = 256;
function nestedTooDeeply(root, deadline = Infinity) {
  const pending = [[root, 0]];
  let opened = 0;
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [node, depth] = next;
    if (depth > MAX_SYNTAX_DEPTH) return true;
    if (++opened % 4096 === 0 && performance.now() > deadline) {
      throw new AnalysisLimitError(`parsing and querying took longer than ${MAX_PARSE_MS / 1e3} s`);
    }
    if (depth + node.descendantCount - 1 <= MAX_SYNTAX_DEPTH) continue;
    for (const child of node.children) pending.push([child, depth + 1]);
  }
  return false;
}
function tableFields(ref, file) {
  if (!ref) return {};
  const location = locationOf(ref.node, file);
  switch (ref.kind) {
    case "literal":
      return { table: known(ref.value, location) };
    case "env":
      return {
        table: unknown(`read from the environment variable ${ref.variable}`, location),
        tableVariable: ref.variable
      };
    case "unknown":
      return { table: unknown(ref.reason, location) };
  }
}
function integerLiteral(text) {
  if (text === void 0) return void 0;
  const value = Number(text.replace(/[lLuU]+$/, "").replace(/_/g, ""));
  return Number.isInteger(value) ? value : void 0;
}
function argumentsOf(node) {
  return node ? node.namedChildren.filter((child) => !child.type.includes("comment")) : [];
}
function detect(root, language, deadline) {
  const captured = captureNodes(root, language.patterns, deadline);
  const { declarations } = captured;
  const candidates = root.hasError ? outsideErrors(root, captured.candidates) : captured.candidates;
  if (candidates.length === 0) return [];
  const file = language.forFile(declarations);
  if (!file) return [];
  const found = candidates.flatMap((candidate) => file.detect(candidate) ?? []);
  return file.finish ? file.finish(found) : found;
}
function outsideErrors(root, nodes) {
  const ranges = root.descendantsOfType("ERROR").map((e) => [e.startIndex, e.endIndex]).sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return nodes.filter((node) => {
    let low = 0;
    let high = merged.length - 1;
    while (low <= high) {
      const mid = low + high >> 1;
      const [start, end] = merged[mid];
      if (node.startIndex < start) high = mid - 1;
      else if (node.startIndex >= end) low = mid + 1;
      else return node.endIndex > end;
    }
    return true;
  });
}
var AnalysisLimitError = class extends Error {
  name = "AnalysisLimitError";
};
var compiled = /* @__PURE__ */ new WeakMap();
function captureNodes(root, patterns, deadline = performance.now() + MAX_PARSE_MS) {
  const language = root.tree.language;
  const source = patterns.filter((p) => language.idForNodeType(p.type, true) !== null).map((p) => p.pattern).join("\n");
  let byLanguage = compiled.get(language);
  if (!byLanguage) {
    byLanguage = /* @__PURE__ */ new Map();
    compiled.set(language, byLanguage);
  }
  let query = byLanguage.get(source);
  if (!query) {
    query = new Query(language, source);
    byLanguage.set(source, query);
  }
  const declarations = [];
  const candidates = [];
  let cancelled = false;
  const captures = query.captures(root, {
    progressCallback: () => cancelled ||= performance.now() > deadline
  });
  if (cancelled)
    throw new AnalysisLimitError(`parsing and querying took longer than ${MAX_PARSE_MS / 1e3} s`);
  for (const capture of captures) {
    if (capture.name === "declaration") declarations.push(capture.node);
    else if (capture.name === "candidate") candidates.push(capture.node);
  }
  return { declarations, candidates };
}
var ESCAPES = { n: "\n", t: "	", r: "\r", "0": "\0" };
function unescapeSequence(sequence) {
  const body = sequence.slice(1);
  const code = /^(?:u\{?([0-9a-fA-F]+)\}?|x([0-9a-fA-F]{2}))$/.exec(body);
  if (code) return String.fromCodePoint(parseInt(code[1] ?? code[2] ?? "0", 16));
  return ESCAPES[body] ?? body;
}
function joinStringParts(parts, textTypes) {
  return parts.map(
    (part) => part.type === "escape_sequence" ? unescapeSequence(part.text) : textTypes.has(part.type) ? part.text : ""
  ).join("");
}
var SCAN_PARAMETERS = /* @__PURE__ */ new Set([
  "TableName",
  "FilterExpression",
  "ProjectionExpression",
  "ExclusiveStartKey",
  "Segment",
  "TotalSegments",
  "ExpressionAttributeNames",
  "ExpressionAttributeValues",
  "ScanFilter"
]);
var MAX_HOPS = 4;
function constantString(reader, node, hops = 0) {
  const inner = reader.unwrap?.(node) ?? node;
  const literal = reader.literal(inner);
  if (literal !== void 0 || hops >= MAX_HOPS) return literal;
  const bound = reader.bound(inner);
  return bound ? constantString(reader, bound, hops + 1) : void 0;
}
function tableReference(reader, node, hops = 0) {
  const inner = reader.unwrap?.(node) ?? node;
  const literal = reader.literal(inner);
  if (literal !== void 0) return { kind: "literal", value: literal, node };
  const variable = reader.environment(inner);
  if (variable) return { kind: "env", variable, node };
  if (hops < MAX_HOPS) {
    const preferred = reader.preferred?.(inner);
    const ref = preferred ? tableReference(reader, preferred, hops + 1) : void 0;
    if (ref && ref.kind !== "unknown") return { ...ref, node };
    const bound = reader.bound(inner);
    if (bound) return { ...tableReference(reader, bound, hops + 1), node };
  }
  const text = node.text.replace(/\s+/g, " ");
  return {
    kind: "unknown",
    reason: `computed at run time (${text.length > 60 ? `${text.slice(0, 57)}\u2026` : text})`,
    node
  };
}
function scanDetection(node, library, facts, values, functions) {
  const total = integerLiteral(facts.segments?.text);
  return {
    node,
    operation: facts.operation ?? (facts.segments ? "ParallelScan" : "Scan"),
    library,
    ...facts.table ? { table: tableReference(values, facts.table) } : {},
    ...total !== void 0 ? { totalSegments: total } : {},
    ...pagination(node, facts, functions)
  };
}
function pagination(node, facts, functions) {
  if (facts.paginated !== void 0) return { paginated: facts.paginated };
  const scope = enclosing(node, functions);
  if (readsPages(scope ?? node)) return { paginated: true };
  if (scope?.parent && (takesRequest(scope, facts.request) || returnsResult(node, scope))) return {};
  return { paginated: false };
}
var PASSING = /* @__PURE__ */ new Set([
  "unary_expression",
  "pointer_expression",
  "dictionary_splat",
  "list_splat",
  "parenthesized_expression",
  "argument"
]);
function takesRequest(scope, request) {
  let at = request;
  while (at && PASSING.has(at.type) && at.namedChildren.length > 0) at = at.namedChildren.at(-1);
  if (at?.type !== "identifier") return false;
  const name = at.text;
  const parameters = scope.childForFieldName("parameters") ?? scope.childForFieldName("parameter");
  if (!parameters) return false;
  if (parameters.type === "identifier") return parameters.text === name;
  return parameters.descendantsOfType("identifier").some((id) => id.text === name);
}
var HANDING_ON = /* @__PURE__ */ new Set(["await_expression", "await", "parenthesized_expression", "expression_list"]);
function returnsResult(call, scope) {
  let at = call;
  while (at.parent && HANDING_ON.has(at.parent.type)) at = at.parent;
  const parent = at.parent;
  if (!parent) return false;
  if (parent.type === "return_statement") return true;
  if (parent.equals(scope) && scope.childForFieldName("body")?.equals(at)) return true;
  const holder = assignedName(parent, at);
  if (!holder) return false;
  return returnedNamesOf(scope).has(holder);
}
var returnedNames = /* @__PURE__ */ new WeakMap();
function returnedNamesOf(scope) {
  let byScope = returnedNames.get(scope.tree);
  if (!byScope) {
    byScope = /* @__PURE__ */ new Map();
    returnedNames.set(scope.tree, byScope);
  }
  let names = byScope.get(scope.id);
  if (!names) {
    const found = /* @__PURE__ */ new Set();
    for (const statement of scope.descendantsOfType("return_statement")) {
      if (!enclosingSame(statement, scope)) continue;
      const pending = [...statement.namedChildren];
      for (let value = pending.pop(); value; value = pending.pop()) {
        if (value.type === "identifier") found.add(value.text);
        else if (HANDING_ON.has(value.type)) pending.push(...argumentsOf(value));
      }
    }
    names = found;
    byScope.set(scope.id, names);
  }
  return names;
}
function assignedName(parent, value) {
  const left = parent.childForFieldName("left") ?? parent.childForFieldName("name") ?? parent.childForFieldName("pattern");
  if (!left || left.equals(value)) return void 0;
  const right = parent.childForFieldName("right") ?? parent.childForFieldName("value");
  if (right && !right.equals(value)) return void 0;
  const first = left.type === "expression_list" || left.type === "pattern_list" ? left.namedChildren[0] : left;
  return first?.type === "identifier" ? first.text : void 0;
}
function enclosingSame(node, scope) {
  for (let at = node.parent; at; at = at.parent) {
    if (at.equals(scope)) return true;
    if (at.childForFieldName("parameters") && at.childForFieldName("body")) return false;
  }
  return false;
}
var ScopedNames = class {
  /** `functions`: node types that open a scope; `fileWide`: names that are visible everywhere (`this.x`). */
  constructor(functions, fileWide = () => false) {
    this.functions = functions;
    this.fileWide = fileWide;
  }
  functions;
  fileWide;
  names = /* @__PURE__ */ new Map();
  /**
   * Declarations not yet placed in their scope, by name, in declaration order: most names of a file are
   * never looked up, and finding a declaration's function walks up its ancestors, each step a call into
   * WebAssembly. A name's are placed when it is first looked up.
   */
  unplaced = /* @__PURE__ */ new Map();
  set(name, value, declaration) {
    const list = this.unplaced.get(name);
    if (list) list.push({ value, declaration });
    else this.unplaced.set(name, [{ value, declaration }]);
  }
  place(name, value, declaration) {
    const enclosingScope = this.fileWide(name) ? void 0 : enclosing(declaration, this.functions);
    const scope = enclosingScope && parentOf(enclosingScope) ? { start: enclosingScope.startIndex, end: enclosingScope.endIndex } : void 0;
    let byName = this.names.get(name);
    if (!byName) {
      byName = { groups: /* @__PURE__ */ new Map() };
      this.names.set(name, byName);
    }
    const key = scope ? scope.start : -1;
    let group = byName.groups.get(key);
    if (!group) {
      group = { scope, start: key, entries: [], sorted: true };
      byName.groups.set(key, group);
      byName.functions = void 0;
    }
    const start = declaration.startIndex;
    const last = group.entries[group.entries.length - 1];
    if (last && last.start > start) group.sorted = false;
    group.entries.push({ value, start });
  }
  has(name) {
    return this.names.has(name) || this.unplaced.has(name);
  }
  /** Every value `name` may hold at `at`: the innermost scope's declarations, the nearest before `at` first. */
  all(name, at) {
    const place = at.startIndex;
    const group = this.innermost(name, place);
    if (!group) return [];
    const split = lastAtOrBefore(group.entries, place);
    const before = group.entries.slice(0, split + 1).reverse();
    return [...before, ...group.entries.slice(split + 1)].map((e) => e.value);
  }
  get(name, at) {
    const place = at.startIndex;
    const group = this.innermost(name, place);
    if (!group) return void 0;
    return group.entries[Math.max(0, lastAtOrBefore(group.entries, place))]?.value;
  }
  /** The declarations of `name` in the innermost scope that holds `place`, in order. */
  innermost(name, place) {
    const unplaced = this.unplaced.get(name);
    if (unplaced) {
      this.unplaced.delete(name);
      for (const { value, declaration } of unplaced) this.place(name, value, declaration);
    }
    const byName = this.names.get(name);
    if (!byName) return void 0;
    if (!byName.functions) {
      const groups2 = [...byName.groups.values()].filter((g) => g.scope !== void 0).sort((a, b) => a.start - b.start);
      let maxEnd = -1;
      const maxEndSoFar2 = groups2.map((g) => maxEnd = Math.max(maxEnd, g.scope?.end ?? 0));
      byName.functions = { groups: groups2, maxEndSoFar: maxEndSoFar2 };
    }
    const { groups, maxEndSoFar } = byName.functions;
    let found;
    for (let i = lastAtOrBefore(groups, place); i >= 0 && maxEndSoFar[i] > place; i -= 1) {
      const scope = groups[i].scope;
      if (scope && place < scope.end) {
        found = groups[i];
        break;
      }
    }
    const group = found ?? byName.groups.get(-1);
    if (group && !group.sorted) {
      group.entries.sort((a, b) => a.start - b.start);
      group.sorted = true;
    }
    return group;
  }
};
function lastAtOrBefore(entries, place) {
  let low = 0;
  let high = entries.length - 1;
  while (low <= high) {
    const mid = low + high >> 1;
    if (entries[mid].start <= place) low = mid + 1;
    else high = mid - 1;
  }
  return high;
}

// src/code/request-facts.ts
var READS = /* @__PURE__ */ new Set(["Query", "Scan", "ParallelScan"]);
function requestAccess(operation, request, opaque) {
  const names = namesMap(request);
  const hidden = (node) => ({ node, reason: "the request is built elsewhere" });
  const unseen = opaque && hidden(opaque);
  const index = READS.has(operation) ? stringFact(request, "IndexName") ?? unseen : void 0;
  const keyCondition = operation === "Query" ? keyConditionFact(request, names) ?? unseen : void 0;
  const filter = READS.has(operation) ? filterFact(request, names) ?? unseen : void 0;
  const selectNode = READS.has(operation) ? request.field("Select") : void 0;
  const select = selectNode ? request.string(selectNode) : void 0;
  const consistentRead = booleanFact(request, "ConsistentRead");
  const written = writtenAttributes(operation, request, names);
  return {
    ...index && { index },
    ...keyCondition && { keyCondition },
    ...filter && { filter },
    ...select !== void 0 && { select },
    ...consistentRead && { consistentRead },
    ...written && { writtenAttributes: written }
  };
}
function namesMap(request) {
  const node = request.field("ExpressionAttributeNames");
  return attributeNames(node && request.entries(node), (value) => request.string(value));
}
function attributeNames(entries, string) {
  const names = /* @__PURE__ */ new Map();
  for (const { key, value } of entries ?? []) {
    const placeholder = string(key);
    const name = string(value);
    if (placeholder !== void 0 && name !== void 0) names.set(placeholder, name);
  }
  return names;
}
function detected(node, value) {
  return value !== void 0 ? { node, value } : { node, reason: "computed at run time" };
}
function stringFact(request, field) {
  const node = request.field(field);
  return node && detected(node, request.string(node));
}
function booleanFact(request, field) {
  const node = request.field(field);
  return node && detected(node, request.boolean(node));
}
function throughNames(node, values, read, hops = 0) {
  const value = read(values.unwrap?.(node) ?? node);
  if (value !== void 0 || hops >= MAX_HOPS) return value;
  const bound = values.bound(node);
  return bound ? throughNames(bound, values, read, hops + 1) : void 0;
}
function queryPaging(node, facts, values, functions) {
  const { paginated } = scanDetection(node, "", { ...facts, operation: "Query" }, values, functions);
  return paginated === void 0 ? {} : { paginated };
}
function scanWithAccess(node, library, facts, values, functions, request, opaque) {
  return {
    ...scanDetection(node, library, facts, values, functions),
    ...requestAccess("Scan", request, opaque)
  };
}
function opaqueName(request, values) {
  return request?.type === "identifier" && !values.bound(request) ? request : void 0;
}
function keyConditionFact(request, names) {
  const node = request.field("KeyConditionExpression");
  if (node) {
    const text = request.string(node);
    if (text !== void 0) {
      const terms2 = parseKeyCondition(text, names);
      return terms2 ? { node, value: terms2 } : { node, reason: "a key condition with a placeholder or form that is not literal" };
    }
    const built = request.keyBuilder?.(node);
    return built ? { node, value: built } : { node, reason: "computed at run time" };
  }
  const legacy = request.field("KeyConditions");
  if (!legacy) return void 0;
  const terms = legacyTerms(request, legacy);
  return terms ? { node: legacy, value: terms } : { node: legacy, reason: "computed at run time" };
}
function legacyTerms(request, node) {
  const entries = request.entries(node);
  if (!entries) return void 0;
  const terms = [];
  for (const { key, value } of entries) {
    const attribute = request.string(key);
    const comparison = request.entries(value)?.find((entry) => (request.string(entry.key) ?? entry.key.text) === "ComparisonOperator")?.value;
    const operator = comparison ? LEGACY_OPERATORS[request.string(comparison) ?? ""] : void 0;
    if (attribute === void 0 || !operator) return void 0;
    terms.push({ attribute, operator, node: key });
  }
  return terms;
}
function filterFact(request, names) {
  const node = request.field("FilterExpression");
  if (node) {
    const text = request.string(node);
    const attributes = text !== void 0 ? conditionAttributes(text, names) : request.filterBuilder?.(node);
    return attributes ? { node, value: attributes } : { node, reason: "computed at run time" };
  }
  const legacy = request.field("ScanFilter") ?? request.field("QueryFilter");
  if (!legacy) return void 0;
  const keys = literalKeys(request, legacy);
  return keys ? { node: legacy, value: keys } : { node: legacy, reason: "computed at run time" };
}
function writtenAttributes(operation, request, names) {
  if (operation === "PutItem") {
    const item = request.field("Item");
    return item ? literalKeys(request, item) : void 0;
  }
  if (operation !== "UpdateItem") return void 0;
  const update = request.field("UpdateExpression");
  const text = update ? request.string(update) : void 0;
  if (text !== void 0) return updatedAttributes(text, names);
  const built = update && request.updateBuilder?.(update);
  if (built) return [...built];
  const legacy = update ? void 0 : request.field("AttributeUpdates");
  return legacy ? literalKeys(request, legacy) : void 0;
}
function literalKeys(request, node) {
  const keys = request.entries(node)?.map(({ key }) => request.string(key));
  return keys?.every((key) => key !== void 0) ? keys : void 0;
}
function withTables(found, request, values, table) {
  if (found.operation !== "BatchGetItem" && found.operation !== "BatchWriteItem")
    return [{ ...found, ...table ? { table: tableReference(values, table) } : {} }];
  const items = request.field("RequestItems");
  if (!items) return [found];
  const keys = request.entries(items)?.map(({ key }) => key);
  if (!keys)
    return [
      { ...found, table: { kind: "unknown", reason: "RequestItems is built at run time", node: items } }
    ];
  return keys.map((key) => ({ ...found, table: tableReference(values, key) }));
}
var UNPROCESSED = {
  // The enhanced Java client's results: unprocessedPutItemsForTable, unprocessedDeleteItemsForTable.
  BatchWriteItem: /unprocessed_?((put|delete)_?)?items/i,
  BatchGetItem: /unprocessed_?keys/i
};
var unprocessedAnswers = /* @__PURE__ */ new WeakMap();
function readsUnprocessed(node, word) {
  const tree = node.tree;
  let answers = unprocessedAnswers.get(tree);
  if (!answers) {
    answers = /* @__PURE__ */ new Map();
    unprocessedAnswers.set(tree, answers);
  }
  let answer = answers.get(word);
  if (answer === void 0) {
    answer = word.test(tree.rootNode.text) && mentionsOutsideComments(tree.rootNode, word);
    answers.set(word, answer);
  }
  return answer;
}
function mentionsOutsideComments(root, word) {
  const cursor = root.walk();
  try {
    for (; ; ) {
      const node = cursor.currentNode;
      const comment = node.type.includes("comment");
      if (!comment && node.childCount === 0 && word.test(node.text)) return true;
      if (comment || !cursor.gotoFirstChild()) {
        while (!cursor.gotoNextSibling()) {
          if (!cursor.gotoParent()) return false;
        }
      }
    }
  } finally {
    cursor.delete();
  }
}
function batchHandling(operation, node, paged = false) {
  const word = UNPROCESSED[operation];
  if (!word) return {};
  return { unprocessedHandled: paged && operation === "BatchGetItem" || readsUnprocessed(node, word) };
}

// src/code/templates.ts
function statementText(reader, node, hops = 0) {
  const constant = constantString(reader, node);
  if (constant !== void 0 || hops >= MAX_HOPS) return constant;
  const inner = reader.unwrap?.(node) ?? node;
  const part = (value) => statementText(reader, value, hops + 1) ?? HOLE;
  const parts = reader.template?.(inner);
  if (parts) return parts.map((p) => typeof p === "string" ? p : part(p)).join("");
  const operands = reader.concatenation?.(inner);
  if (operands) return operands.map(part).join("");
  const bound = reader.bound(inner);
  return bound ? statementText(reader, bound, hops + 1) : void 0;
}
function printfParts(format, args) {
  const parts = [];
  let next = 0;
  let at = 0;
  for (const match of format.matchAll(/%(?:(\d+)\$)?[-#+ 0,(]*\d*(?:\.\d+)?([a-zA-Z%])/g)) {
    parts.push(format.slice(at, match.index));
    at = match.index + match[0].length;
    const verb = match[2];
    if (verb === "%") parts.push("%");
    else if (verb === "n") parts.push("\n");
    else {
      const index = match[1] ? Number(match[1]) - 1 : next++;
      parts.push(args[index] ?? HOLE);
    }
  }
  parts.push(format.slice(at));
  return parts;
}
function braceParts(format, positional, named = /* @__PURE__ */ new Map()) {
  const parts = [];
  let next = 0;
  let at = 0;
  for (const match of format.matchAll(/\{\{|\}\}|\{([^{}]*)\}/g)) {
    parts.push(format.slice(at, match.index));
    at = match.index + match[0].length;
    if (match[0] === "{{" || match[0] === "}}") {
      parts.push(match[0].charAt(0));
      continue;
    }
    const field = (match[1] ?? "").split(/[!:,]/)[0]?.trim() ?? "";
    const value = field === "" ? positional[next++] : /^\d+$/.test(field) ? positional[Number(field)] : named.get(field);
    parts.push(value ?? HOLE);
  }
  parts.push(format.slice(at));
  return parts;
}
function plusOperands(node) {
  const left = node.childForFieldName("left");
  const right = node.childForFieldName("right");
  return node.type === "binary_expression" && node.childForFieldName("operator")?.text === "+" && left && right ? [left, right] : void 0;
}

// src/code/csharp.ts
var LIBRARY = "aws-sdk-net";
var TYPES = {
  IAmazonDynamoDB: "client",
  AmazonDynamoDBClient: "client",
  DynamoDBContext: "context",
  IDynamoDBContext: "context",
  Table: "table",
  ITable: "table",
  ScanRequest: "request",
  ScanOperationConfig: "request",
  ScanConfig: "request",
  ExecuteStatementRequest: "request",
  QueryRequest: "request",
  QueryOperationConfig: "request",
  GetItemRequest: "request",
  PutItemRequest: "request",
  UpdateItemRequest: "request",
  DeleteItemRequest: "request",
  BatchGetItemRequest: "request",
  BatchWriteItemRequest: "request",
  TransactGetItemsRequest: "request",
  TransactWriteItemsRequest: "request",
  // DynamoDBContext's per-call settings: `IndexName`, `ConsistentRead`.
  DynamoDBOperationConfig: "config",
  QueryConfig: "config",
  LoadConfig: "config"
};
var CLIENT_OPERATIONS = {
  Query: "Query",
  GetItem: "GetItem",
  PutItem: "PutItem",
  UpdateItem: "UpdateItem",
  DeleteItem: "DeleteItem",
  BatchGetItem: "BatchGetItem",
  BatchWriteItem: "BatchWriteItem",
  TransactGetItems: "TransactGetItems",
  TransactWriteItems: "TransactWriteItems"
};
var TABLE_OPERATIONS = {
  Query: "Query",
  GetItem: "GetItem",
  PutItem: "PutItem",
  UpdateItem: "UpdateItem",
  DeleteItem: "DeleteItem"
};
var CONTEXT_OPERATIONS = {
  Load: "GetItem",
  Query: "Query",
  FromQuery: "Query",
  Save: "PutItem",
  Delete: "DeleteItem",
  CreateBatchGet: "BatchGetItem",
  CreateBatchWrite: "BatchWriteItem",
  CreateTransactGet: "TransactGetItems",
  CreateTransactWrite: "TransactWriteItems"
};
var SCAN_METHODS = /* @__PURE__ */ new Set(["Scan", "ScanAsync", "FromScan", "FromScanAsync"]);
var SCOPES = {
  method_declaration: nameField,
  constructor_declaration: nameField,
  local_function_statement: nameField,
  class_declaration: nameField,
  record_declaration: nameField
};
var FUNCTIONS2 = /* @__PURE__ */ new Set([
  "method_declaration",
  "constructor_declaration",
  "local_function_statement",
  "lambda_expression",
  "compilation_unit"
]);
var METHODS = /* @__PURE__ */ new Set([
  ...SCAN_METHODS,
  "ExecuteStatement",
  "ExecuteStatementAsync",
  ...[.../* @__PURE__ */ new Set([...Object.keys(CLIENT_OPERATIONS), ...Object.keys(CONTEXT_OPERATIONS)])].flatMap((m) => [
    m,
    `${m}Async`
  ])
]);
var PATTERNS = [
  ...[
    "using_directive",
    "variable_declaration",
    "parameter",
    "property_declaration",
    "class_declaration",
    "assignment_expression"
  ].map((type) => ({
    type,
    pattern: `(${type}) @declaration`
  })),
  { type: "invocation_expression", pattern: "(invocation_expression) @candidate" }
];
var csharpDetector = {
  patterns: PATTERNS,
  scopes: SCOPES,
  forFile(declarations) {
    const usesDynamoDb = declarations.some(
      (d) => d.type === "using_directive" && d.text.includes("Amazon.DynamoDBv2")
    );
    return usesDynamoDb ? new CSharpFile(declarations) : void 0;
  }
};
var CSharpFile = class {
  bindings = new ScopedNames(FUNCTIONS2);
  /** `request.IndexName = "byCustomer"` after the request is made: `request.IndexName` → the value. */
  members = new ScopedNames(FUNCTIONS2);
  /** `[DynamoDBTable("orders")] class Order`: mapped class → the table name's expression. */
  mapped = /* @__PURE__ */ new Map();
  constructor(declarations) {
    for (const declaration of declarations) {
      if (declaration.type === "using_directive") continue;
      if (declaration.type === "assignment_expression") {
        this.assignMember(declaration);
        continue;
      }
      if (declaration.type === "class_declaration") {
        const name = declaration.childForFieldName("name")?.text;
        const table = mappedTable(declaration);
        if (name && table) this.mapped.set(name, table);
        continue;
      }
      const type = baseType(declaration.childForFieldName("type"));
      const declarators = declaration.type === "variable_declaration" ? declaration.namedChildren.filter((c) => c.type === "variable_declarator") : [declaration];
      for (const declarator of declarators) {
        const name = declarator.childForFieldName("name")?.text;
        const value = declarator.type === "variable_declarator" ? declaratorValue(declarator) : void 0;
        if (name)
          this.bindings.set(
            name,
            { ...type && type !== "var" ? { type } : {}, ...value ? { value } : {} },
            declarator
          );
      }
    }
  }
  roleOf(node, depth = 0) {
    if (!node || depth > 8) return void 0;
    switch (node.type) {
      case "identifier":
      case "member_access_expression": {
        const name = node.type === "member_access_expression" ? node.childForFieldName("name")?.text : node.text;
        if (node.type === "member_access_expression" && name === "Paginators") {
          const owner = this.roleOf(node.childForFieldName("expression"), depth + 1);
          return owner?.role === "client" ? { role: "paginators", type: "Paginators" } : void 0;
        }
        const declared = name ? this.bindings.get(name, node) : void 0;
        if (declared?.type) return known2(declared.type);
        if (declared?.value) return this.roleOf(declared.value, depth + 1);
        return name ? known2(name) : void 0;
      }
      case "object_creation_expression":
        return known2(baseType(node.childForFieldName("type")) ?? "");
      case "await_expression":
      case "parenthesized_expression":
        return this.roleOf(node.namedChildren[0], depth + 1);
      case "invocation_expression": {
        const callee = node.childForFieldName("function");
        const method = callee?.childForFieldName("name")?.text;
        const owner = this.roleOf(callee?.childForFieldName("expression"), depth + 1);
        if (method === "LoadTable" || method === "TryLoadTable")
          return owner?.role === "table" ? owner : void 0;
        if (callee?.childForFieldName("name")?.type === "generic_name" && callee.text.includes("GetTargetTable"))
          return { role: "table", type: "Table" };
        return void 0;
      }
      default:
        return void 0;
    }
  }
  detect(node) {
    const callee = node.childForFieldName("function");
    const name = callee?.childForFieldName("name");
    const method = (name?.type === "generic_name" ? name.namedChildren[0]?.text : name?.text) ?? "";
    if (!METHODS.has(method)) return void 0;
    const receiverNode = callee?.childForFieldName("expression");
    const receiver = this.roleOf(receiverNode);
    const args = argumentsOf(node.childForFieldName("arguments")).map(
      (a) => a.type === "argument" ? a.namedChildren.at(-1) ?? a : a
    );
    const request = args.find((a) => this.roleOf(a)?.role === "request");
    const initializer = request ? this.initializer(request) : /* @__PURE__ */ new Map();
    if (method.startsWith("ExecuteStatement")) {
      if (receiver?.role !== "client" && !request) return void 0;
      const statement = initializer.get("Statement");
      const text = statement ? statementText(this.values, statement) : void 0;
      return text === void 0 ? void 0 : { node, operation: "ExecuteStatement", library: LIBRARY, statement: text };
    }
    const role = receiver?.role;
    if (!SCAN_METHODS.has(method)) {
      const base = method.replace(/Async$/, "");
      if (role === "context") return this.contextOperation(node, base, name, args);
      if (role === "table") return this.tableOperation(node, base, receiverNode, args, request);
      return this.clientOperation(node, base, role, args, request, initializer);
    }
    if (role === "context") {
      const entity = name?.type === "generic_name" ? typeArguments(name)[0] : void 0;
      const table2 = entity ? this.mapped.get(entity) : void 0;
      return {
        node,
        operation: "Scan",
        library: `${LIBRARY} (DynamoDBContext)`,
        paginated: true,
        ...table2 ? { table: tableReference(this.values, table2) } : entity ? { entity } : {}
      };
    }
    if (role === "table") {
      const table2 = this.loadedTableName(receiverNode);
      return this.scan(node, `${LIBRARY} (Table)`, initializer, table2, true);
    }
    if (role === "paginators") return this.scan(node, LIBRARY, initializer, void 0, true);
    if (role !== "client" && !request) return void 0;
    const first = args[0];
    const table = !request && first && first.type !== "object_creation_expression" ? first : void 0;
    return this.scan(node, LIBRARY, initializer, table, void 0, request);
  }
  scan(node, library, initializer, table, paginated, request) {
    const tableNode = initializer.get("TableName") ?? table;
    const segments = initializer.get("TotalSegments");
    const facts = { table: tableNode, segments, paginated, request };
    const fields = this.fields(initializer, request);
    return scanWithAccess(node, library, facts, this.values, FUNCTIONS2, fields, this.opaque(request));
  }
  /** The low-level client (and its `Paginators`): a request object's facts; one row per batch table. */
  clientOperation(node, base, role, args, request, initializer) {
    const operation = CLIENT_OPERATIONS[base];
    if (!operation || role !== "client" && role !== "paginators" && !request) return void 0;
    const requestType = request ? this.roleOf(request)?.type : void 0;
    if (requestType !== void 0 && requestType !== `${operation}Request`) return void 0;
    const fields = this.fields(initializer, request);
    const found = {
      node,
      operation,
      library: LIBRARY,
      ...requestAccess(operation, fields, this.opaque(request)),
      ...batchHandling(operation, node, role === "paginators"),
      ...operation === "Query" && queryPaging(
        node,
        { request, paginated: role === "paginators" || void 0 },
        this.values,
        FUNCTIONS2
      )
    };
    const first = args[0];
    const table = fields.field("TableName") ?? (!request && first && first.type !== "object_creation_expression" ? first : void 0);
    return withTables(found, fields, this.values, table);
  }
  /** The document model's `Table`: a `QueryOperationConfig`, or `Query(hashKey, filter)`. */
  tableOperation(node, base, receiverNode, args, request) {
    const operation = TABLE_OPERATIONS[base];
    if (!operation) return void 0;
    const table = this.loadedTableName(receiverNode);
    const config = request ? this.initializer(request) : void 0;
    return {
      node,
      operation,
      library: `${LIBRARY} (Table)`,
      ...table ? { table: tableReference(this.values, table) } : {},
      ...operation === "Query" ? this.queryConfig(node, config, request) : {},
      ...operation === "Query" && { paginated: true }
    };
  }
  /**
   * A `QueryOperationConfig`: `IndexName`, `KeyExpression` (an `Expression` with its statement and
   * names), `FilterExpression`, `ConsistentRead`, `Select`. Without one (`Query(hashKey, filter)`), the
   * key attribute comes from the table's description at run time.
   */
  queryConfig(node, config, request) {
    if (!config || !request)
      return { keyCondition: { node, reason: "the key attribute is read from the table at run time" } };
    const fields = this.fields(config, request);
    const access = requestAccess("Query", fields, this.opaque(request));
    const keyExpression = config.get("KeyExpression");
    const filter = config.get("Filter");
    if (filter)
      return { ...access, keyCondition: { node: filter, reason: "key terms may come from the QueryFilter" } };
    if (!keyExpression) return access;
    const expression = this.initializer(keyExpression);
    const statement = expression.get("ExpressionStatement");
    const text = statement ? constantString(this.values, statement) : void 0;
    const map = expression.get("ExpressionAttributeNames");
    const names = attributeNames(map && this.dictionaryEntries(map), (n) => constantString(this.values, n));
    const terms = text !== void 0 ? parseKeyCondition(text, names) : void 0;
    return { ...access, keyCondition: detected(keyExpression, terms) };
  }
  /**
   * `DynamoDBContext`: the mapped class's table, the index and consistency its operation config sets.
   * Key attributes come from the class's `[DynamoDBHashKey]`/`[DynamoDBRangeKey]`, not the call.
   */
  contextOperation(node, base, name, args) {
    const operation = CONTEXT_OPERATIONS[base];
    if (!operation) return void 0;
    const entity = name?.type === "generic_name" ? typeArguments(name)[0] : this.declaredType(args[0]);
    const table = entity ? this.mapped.get(entity) : void 0;
    const config = args.find((a) => {
      const role = this.roleOf(a)?.role;
      return role === "config" || role === "request";
    });
    const settings = config ? this.initializer(config) : /* @__PURE__ */ new Map();
    const fields = this.fields(settings, config);
    const index = fields.field("IndexName");
    const consistent = fields.field("ConsistentRead");
    const batch = operation === "BatchGetItem" || operation === "BatchWriteItem";
    const query = operation === "Query";
    return {
      node,
      operation,
      library: `${LIBRARY} (DynamoDBContext)`,
      ...table ? { table: tableReference(this.values, table) } : entity ? { entity } : {},
      ...query && { keyCondition: { node, reason: "key attributes come from the mapped class" } },
      ...query && index && { index: detected(index, constantString(this.values, index)) },
      ...consistent && { consistentRead: detected(consistent, this.booleanValue(consistent)) },
      ...batch && { unprocessedHandled: true },
      ...query && { paginated: true }
    };
  }
  /** The declared type of a variable passed (`SaveAsync(order)` with `Order order`). */
  declaredType(node) {
    return node?.type === "identifier" ? this.bindings.get(node.text, node)?.type : void 0;
  }
  opaque(request) {
    return opaqueName(request, this.values);
  }
  /** An object initializer's assignments as request fields. */
  assignMember(assignment) {
    const left = assignment.childForFieldName("left");
    const right = assignment.childForFieldName("right");
    const owner = left?.type === "member_access_expression" ? left.childForFieldName("expression") : null;
    const member = left?.childForFieldName("name")?.text;
    if (owner?.type === "identifier" && member && right)
      this.members.set(`${owner.text}.${member}`, right, assignment);
  }
  /** A request's fields: its object initializer, then what is assigned to the variable holding it. */
  fields(initializer, request) {
    const assigned = (name) => request?.type === "identifier" ? this.members.get(`${request.text}.${name}`, request) : void 0;
    return {
      field: (name) => initializer.get(name) ?? assigned(name),
      string: (node) => constantString(this.values, node) ?? enumConstant(node),
      entries: (node) => this.dictionaryEntries(node),
      boolean: (node) => this.booleanValue(node)
    };
  }
  /** `new Dictionary<string, string> { { "#c", "customerId" }, ["#t"] = "createdAt" }`, or a name bound to one. */
  dictionaryEntries(node) {
    return throughNames(node, this.values, (literal) => this.dictionaryLiteral(literal));
  }
  dictionaryLiteral(node) {
    const init = node.type === "object_creation_expression" ? node.childForFieldName("initializer") : node.type === "initializer_expression" ? node : void 0;
    if (!init) return void 0;
    const entries = [];
    for (const element of init.namedChildren) {
      if (element.type === "initializer_expression") {
        const [key, value] = element.namedChildren;
        if (!key || !value || element.namedChildren.length !== 2) return void 0;
        entries.push({ key, value });
      } else if (element.type === "assignment_expression") {
        const left = element.childForFieldName("left");
        const key = left?.type === "element_binding_expression" ? left.namedChildren[0]?.namedChildren.at(-1) : void 0;
        const value = element.childForFieldName("right");
        if (!key || !value) return void 0;
        entries.push({ key, value });
      } else return void 0;
    }
    return entries;
  }
  booleanValue(node) {
    return throughNames(
      node,
      this.values,
      (n) => n.type === "boolean_literal" ? n.text === "true" : void 0
    );
  }
  /** `new ScanRequest { TableName = …, TotalSegments = 4 }` (or a variable holding one) → its assignments. */
  initializer(node, depth = 0) {
    const values = /* @__PURE__ */ new Map();
    if (node.type === "identifier" && depth < 4) {
      const value = this.bindings.get(node.text, node)?.value;
      return value ? this.initializer(value, depth + 1) : values;
    }
    const init = node.type === "object_creation_expression" ? node.childForFieldName("initializer") : void 0;
    for (const assignment of init?.namedChildren ?? []) {
      if (assignment.type !== "assignment_expression") continue;
      const left = assignment.childForFieldName("left")?.text;
      const right = assignment.childForFieldName("right");
      if (left && right) values.set(left, right);
    }
    return values;
  }
  /** `Table.LoadTable(client, "orders")` bound to the receiver → "orders". */
  loadedTableName(receiver, depth = 0) {
    if (!receiver || depth > 4) return void 0;
    if (receiver.type === "identifier")
      return this.loadedTableName(this.bindings.get(receiver.text, receiver)?.value, depth + 1);
    if (receiver.type === "member_access_expression")
      return this.loadedTableName(
        this.bindings.get(receiver.childForFieldName("name")?.text ?? "", receiver)?.value,
        depth + 1
      );
    if (receiver.type !== "invocation_expression") return void 0;
    const args = argumentsOf(receiver.childForFieldName("arguments")).map((a) => a.namedChildren.at(-1) ?? a);
    return args[1];
  }
  values = {
    literal: stringValue,
    environment: (node) => node.type === "invocation_expression" && node.childForFieldName("function")?.text === "Environment.GetEnvironmentVariable" ? stringValue(argumentsOf(node.childForFieldName("arguments"))[0]?.namedChildren.at(-1)) : void 0,
    // A constant or static field, also through its class: `TableName`, `Tables.Orders`.
    bound: (node) => {
      const name = node.type === "member_access_expression" ? node.childForFieldName("name") : node;
      return name?.type === "identifier" ? this.bindings.get(name.text, node)?.value : void 0;
    },
    // `Environment.GetEnvironmentVariable("X") ?? string.Empty`: the variable, not the fallback.
    preferred: (node) => node.type === "binary_expression" && node.childForFieldName("operator")?.text === "??" ? node.childForFieldName("left") ?? void 0 : void 0,
    template: (node) => {
      if (node.type === "interpolated_string_expression")
        return node.namedChildren.flatMap((part) => {
          if (part.type === "string_content") return [part.text];
          if (part.type === "escape_sequence") return [unescapeSequence(part.text)];
          const expression = part.type === "interpolation" ? part.namedChildren.find((c) => c.type !== "interpolation_brace") : void 0;
          return expression ? [expression] : [];
        });
      if (node.type !== "invocation_expression" || !/^[sS]tring\.Format$/.test(node.childForFieldName("function")?.text ?? ""))
        return void 0;
      const [format, ...args] = argumentsOf(node.childForFieldName("arguments")).map(
        (a) => a.namedChildren.at(-1) ?? a
      );
      const text = format ? stringValue(format) : void 0;
      return text === void 0 ? void 0 : braceParts(text, args);
    },
    concatenation: plusOperands
  };
};
function mappedTable(declaration) {
  for (const list of declaration.namedChildren.filter((c) => c.type === "attribute_list")) {
    for (const attribute of list.namedChildren) {
      const name = attribute.childForFieldName("name")?.text ?? attribute.namedChildren[0]?.text;
      if (name !== "DynamoDBTable" && name !== "DynamoDBTableAttribute") continue;
      const argument = attribute.descendantsOfType("attribute_argument")[0];
      return argument?.namedChildren.at(-1) ?? void 0;
    }
  }
  return void 0;
}
function typeArguments(generic) {
  const list = generic.namedChildren.find((c) => c.type === "type_argument_list");
  return list ? list.namedChildren.map((t) => baseType(t) ?? t.text) : [];
}
function known2(type) {
  const role = TYPES[type];
  return role ? { role, type } : void 0;
}
function declaratorValue(declarator) {
  const children = declarator.namedChildren;
  const last = children.at(-1);
  return last && !last.equals(declarator.childForFieldName("name") ?? last) ? last : void 0;
}
function baseType(node) {
  if (!node) return void 0;
  if (node.type === "implicit_type") return "var";
  if (node.type === "generic_name") return node.namedChildren[0]?.text;
  if (node.type === "qualified_name") return baseType(node.childForFieldName("name"));
  if (node.type === "nullable_type") return baseType(node.namedChildren[0]);
  return node.text;
}
function enumConstant(node) {
  if (node.type !== "member_access_expression" || node.childForFieldName("expression")?.text !== "Select")
    return void 0;
  return node.childForFieldName("name")?.text;
}
var CSHARP_TEXT = /* @__PURE__ */ new Set(["string_literal_content"]);
function stringValue(node) {
  if (node?.type === "string_literal") return joinStringParts(node.namedChildren, CSHARP_TEXT);
  if (node?.type === "verbatim_string_literal") return node.text.slice(2, -1).replace(/""/g, '"');
  return void 0;
}

// src/code/go.ts
var PACKAGES = {
  "github.com/aws/aws-sdk-go/service/dynamodb": "aws-sdk-go",
  "github.com/aws/aws-sdk-go-v2/service/dynamodb": "aws-sdk-go-v2"
};
var SCAN_METHODS2 = /* @__PURE__ */ new Set(["Scan", "ScanWithContext", "ScanPages", "ScanPagesWithContext"]);
var STATEMENT_METHODS = /* @__PURE__ */ new Set(["ExecuteStatement", "ExecuteStatementWithContext"]);
var OPERATIONS = /* @__PURE__ */ new Set([
  "GetItem",
  "Query",
  "PutItem",
  "UpdateItem",
  "DeleteItem",
  "BatchGetItem",
  "BatchWriteItem",
  "TransactGetItems",
  "TransactWriteItems"
]);
function operationOf(method) {
  const match = /^(\w+?)(Pages)?(WithContext)?$/.exec(method);
  const operation = match?.[1];
  return operation && OPERATIONS.has(operation) ? { operation, pages: match?.[2] !== void 0 } : void 0;
}
var UPDATE_STEPS = /* @__PURE__ */ new Set(["Set", "Add", "Remove", "Delete"]);
var EXPRESSION_PACKAGES = /* @__PURE__ */ new Set([
  "github.com/aws/aws-sdk-go-v2/feature/dynamodb/expression",
  "github.com/aws/aws-sdk-go/service/dynamodb/expression"
]);
var KEY_METHODS = {
  Equal: "=",
  LessThan: "<",
  LessThanEqual: "<=",
  GreaterThan: ">",
  GreaterThanEqual: ">=",
  Between: "BETWEEN",
  BeginsWith: "begins_with"
};
var SCOPES2 = {
  function_declaration: nameField,
  method_declaration: nameField
};
var FUNCTIONS3 = /* @__PURE__ */ new Set(["function_declaration", "method_declaration", "func_literal", "source_file"]);
var PATTERNS2 = [
  ...[
    "import_spec",
    "short_var_declaration",
    "assignment_statement",
    "var_spec",
    "const_spec",
    "parameter_declaration"
  ].map((type) => ({
    type,
    pattern: `(${type}) @declaration`
  })),
  {
    type: "call_expression",
    pattern: `(call_expression
      function: (selector_expression field: (field_identifier) @_method)
      (#match? @_method "^(Scan|Query|GetItem|PutItem|UpdateItem|DeleteItem|BatchGetItem|BatchWriteItem|TransactGetItems|TransactWriteItems|ExecuteStatement)(Pages)?(WithContext)?$|^New(Scan|Query)Paginator$")) @candidate`
  }
];
var goDetector = {
  patterns: PATTERNS2,
  scopes: SCOPES2,
  forFile(declarations) {
    const file = new GoFile(declarations);
    return file.packages.size ? file : void 0;
  }
};
var GoFile = class {
  /** Local package name → SDK, for the DynamoDB packages the file imports. */
  packages = /* @__PURE__ */ new Map();
  /** Local names of the expression builder package. */
  expressions = /* @__PURE__ */ new Set();
  bindings = new ScopedNames(FUNCTIONS3);
  constructor(declarations) {
    for (const spec of declarations.filter((d) => d.type === "import_spec")) {
      const path = stringValue2(spec.childForFieldName("path"));
      if (path && EXPRESSION_PACKAGES.has(path))
        this.expressions.add(spec.childForFieldName("name")?.text ?? "expression");
      const library = path ? PACKAGES[path] : void 0;
      if (!library) continue;
      const alias = spec.childForFieldName("name")?.text;
      this.packages.set(alias ?? "dynamodb", library);
    }
    if (this.packages.size === 0) return;
    for (const node of declarations) {
      if (node.type === "import_spec") continue;
      if (node.type === "parameter_declaration") {
        for (const name of node.childrenForFieldName("name")) this.bindings.set(name.text, node, node);
        continue;
      }
      const names = node.type.endsWith("spec") ? node.childrenForFieldName("name") : argumentsOf(node.childForFieldName("left"));
      const values = argumentsOf(
        node.type.endsWith("spec") ? node.childForFieldName("value") : node.childForFieldName("right")
      );
      names.forEach((name, i) => {
        const value = values[i];
        if (value) this.bindings.set(name.text, value, node);
      });
    }
  }
  detect(node) {
    const callee = node.childForFieldName("function");
    const method = callee?.childForFieldName("field")?.text ?? "";
    const args = argumentsOf(node.childForFieldName("arguments"));
    if (method === "NewScanPaginator" || method === "NewQueryPaginator") {
      const library = this.packages.get(callee?.childForFieldName("operand")?.text ?? "");
      if (!library) return void 0;
      if (method === "NewQueryPaginator") {
        const input2 = this.input(args[1], "QueryInput");
        return this.operation(node, "Query", input2?.body, input2?.library ?? library, args[1]).map((d) => ({
          ...d,
          paginated: true
        }));
      }
      const input = this.input(args[1], "ScanInput");
      return { ...this.scan(node, input?.body, input?.library ?? library, args[1]), paginated: true };
    }
    const other = operationOf(method);
    for (const arg of args) {
      if (SCAN_METHODS2.has(method)) {
        const input = this.input(arg, "ScanInput");
        if (!input) continue;
        const scan = this.scan(node, input.body, input.library, arg);
        return method.startsWith("ScanPages") ? { ...scan, paginated: true } : scan;
      }
      if (STATEMENT_METHODS.has(method)) {
        const input = this.input(arg, "ExecuteStatementInput");
        if (!input) continue;
        const statement = input.body ? this.field(input.body, "Statement") : void 0;
        const text = statement ? statementText(this.values, statement) : void 0;
        return text === void 0 ? void 0 : { node, operation: "ExecuteStatement", library: input.library, statement: text };
      }
      if (other) {
        const input = this.input(arg, `${other.operation}Input`);
        if (!input) continue;
        const found = this.operation(node, other.operation, input.body, input.library, arg, other.pages);
        return other.pages ? found.map((d) => ({ ...d, paginated: true })) : found;
      }
    }
    return void 0;
  }
  /** A request other than a Scan: its table(s) (one per `RequestItems` key for a batch) and access facts. */
  operation(node, operation, body, library, request, paged = false) {
    const fields = this.fields(body, request);
    const found = {
      node,
      operation,
      library,
      ...requestAccess(operation, fields, body ? void 0 : request),
      ...batchHandling(operation, node, paged),
      ...operation === "Query" && queryPaging(node, { request }, this.values, FUNCTIONS3)
    };
    const table = fields.field("TableName");
    return withTables(found, fields, this.values, table);
  }
  /** A request literal's fields; none when the request is a parameter (then `requestAccess` is told so). */
  fields(body, request) {
    const variable = request ? unwrap(request) : void 0;
    const assigned = (name) => variable?.type === "identifier" ? this.bindings.get(`${variable.text}.${name}`, variable) : void 0;
    return {
      field: (name) => (body ? this.field(body, name) : void 0) ?? assigned(name),
      string: (node) => constantString(this.values, node) ?? selectConstant(unwrap(node)),
      entries: (node) => this.mapEntries(node),
      boolean: (node) => {
        const inner = unwrap(node);
        return inner.type === "true" ? true : inner.type === "false" ? false : void 0;
      },
      keyBuilder: (node) => this.built(node, "KeyCondition", "WithKeyCondition", (c) => this.keyTerms(c)),
      filterBuilder: (node) => this.built(node, "Filter", "WithFilter", (c) => this.conditionNames(c)),
      updateBuilder: (node) => this.built(node, "Update", "WithUpdate", (u) => this.updateTargets(u))
    };
  }
  /** `map[string]string{"#s": "status"}` (or a name bound to one): its keyed elements. */
  mapEntries(node) {
    return throughNames(node, this.values, (literal) => this.mapLiteral(literal));
  }
  mapLiteral(inner) {
    const body = inner.type === "composite_literal" ? inner.childForFieldName("body") : inner;
    if (body?.type !== "literal_value") return void 0;
    const entries = [];
    for (const element of body.namedChildren) {
      if (element.type === "comment") continue;
      const [key, value] = element.type === "keyed_element" ? element.namedChildren : [];
      if (!key || !value) return void 0;
      entries.push({ key: elementValue(key), value: elementValue(value) });
    }
    return entries;
  }
  /**
   * `expr.KeyCondition()` where `expr` is bound to `expression.NewBuilder().WithKeyCondition(c)….Build()`:
   * what `read` makes of `c`.
   */
  built(node, accessor, builder, read) {
    if (node.type !== "call_expression") return void 0;
    const callee = node.childForFieldName("function");
    const expression = callee?.childForFieldName("operand");
    if (callee?.childForFieldName("field")?.text !== accessor || expression?.type !== "identifier")
      return void 0;
    for (let at = this.values.bound(expression); at?.type === "call_expression"; ) {
      const step = at.childForFieldName("function");
      const condition = argumentsOf(at.childForFieldName("arguments"))[0];
      if (step?.childForFieldName("field")?.text === builder && condition) return read(condition);
      at = step?.childForFieldName("operand") ?? void 0;
    }
    return void 0;
  }
  /** `pkg.Name(x)`/`pkg.Key(x)` and the like: the call's function when its operand is the expression package. */
  builderFunction(node) {
    const callee = node.type === "call_expression" ? node.childForFieldName("function") : void 0;
    const operand = callee?.childForFieldName("operand");
    return operand?.type === "identifier" && this.expressions.has(operand.text) ? callee?.childForFieldName("field")?.text : void 0;
  }
  /** `expression.Key("pk").Equal(v).And(expression.Key("sk").BeginsWith(p))`, `KeyAnd`, `KeyEqual(Key("pk"), v)`. */
  keyTerms(node, hops = 0) {
    if (hops > 8) return void 0;
    if (node.type === "identifier") {
      const bound = this.values.bound(node);
      return bound ? this.keyTerms(bound, hops + 1) : void 0;
    }
    if (node.type !== "call_expression") return void 0;
    const args = argumentsOf(node.childForFieldName("arguments"));
    const both = (a, b) => {
      const left = a && this.keyTerms(a, hops + 1);
      const right = b && this.keyTerms(b, hops + 1);
      return left && right ? [...left, ...right] : void 0;
    };
    const name = this.builderFunction(node);
    if (name === "KeyAnd") return both(args[0], args[1]);
    const operator = name?.startsWith("Key") ? KEY_METHODS[name.slice("Key".length)] : void 0;
    if (name !== void 0) return operator && args[0] ? this.keyTerm(args[0], operator) : void 0;
    const callee = node.childForFieldName("function");
    const method = callee?.childForFieldName("field")?.text ?? "";
    const subject = callee?.childForFieldName("operand");
    if (!subject) return void 0;
    if (method === "And") return both(subject, args[0]);
    const chained = KEY_METHODS[method];
    return chained ? this.keyTerm(subject, chained) : void 0;
  }
  /** `expression.Key("pk")` with an operator → one term, when the name is literal. */
  keyTerm(key, operator) {
    const name = argumentsOf(key.childForFieldName("arguments"))[0];
    const attribute = this.builderFunction(key) === "Key" && name ? constantString(this.values, name) : void 0;
    return attribute === void 0 ? void 0 : [{ attribute, operator, node: key }];
  }
  /**
   * The attributes an update builder writes: the names its `Set`/`Add`/`Remove`/`Delete` steps target
   * (`expression.Set(expression.Name("status"), v).Remove(expression.Name("draft"))`), not those read on
   * a right-hand side. Unknown when a step or a name is not written out.
   */
  updateTargets(node, hops = 0) {
    if (hops > 16) return void 0;
    if (node.type === "identifier") {
      const bound = this.values.bound(node);
      return bound ? this.updateTargets(bound, hops + 1) : void 0;
    }
    if (node.type === "composite_literal") return [];
    if (node.type !== "call_expression") return void 0;
    const callee = node.childForFieldName("function");
    const step = callee?.childForFieldName("field")?.text ?? "";
    if (!UPDATE_STEPS.has(step)) return void 0;
    const target = argumentsOf(node.childForFieldName("arguments"))[0];
    const name = target && this.builderFunction(target) === "Name" ? argumentsOf(target.childForFieldName("arguments"))[0] : void 0;
    const attribute = name ? constantString(this.values, name) : void 0;
    if (attribute === void 0) return void 0;
    const operand = callee?.childForFieldName("operand");
    const before = this.builderFunction(node) === step ? [] : operand ? this.updateTargets(operand, hops + 1) : void 0;
    return before && (before.includes(attribute) ? before : [...before, attribute]);
  }
  /**
   * The attribute names a condition built with `expression.Name("status").Equal(…)` reads. Values
   * (`expression.Value(x)`) are skipped; any other name the file cannot follow makes it unknown.
   */
  conditionNames(node, hops = 0) {
    const names = [];
    const visit = (at, depth) => {
      if (depth > 64) return false;
      const builder = this.builderFunction(at);
      if (builder === "Value") return true;
      if (builder === "Name" || builder === "Key") {
        const arg = argumentsOf(at.childForFieldName("arguments"))[0];
        const name = arg ? constantString(this.values, arg) : void 0;
        if (name === void 0) return false;
        if (!names.includes(name)) names.push(name);
        return true;
      }
      if (at.type === "identifier") {
        if (this.expressions.has(at.text)) return true;
        const bound = hops < 4 ? this.values.bound(at) : void 0;
        const inner = bound && this.conditionNames(bound, hops + 1);
        if (!inner) return false;
        for (const name of inner) if (!names.includes(name)) names.push(name);
        return true;
      }
      return argumentsOf(at).every((child) => visit(child, depth + 1));
    };
    return visit(node, 0) ? names : void 0;
  }
  /** `&dynamodb.ScanInput{…}`, `dynamodb.ScanInput{…}`, or a variable bound to one. */
  input(node, type, depth = 0) {
    if (!node || depth > 4) return void 0;
    if (node.type === "unary_expression")
      return this.input(node.childForFieldName("operand") ?? void 0, type, depth + 1);
    if (node.type === "identifier") return this.input(this.bindings.get(node.text, node), type, depth + 1);
    if (node.type === "parameter_declaration") {
      const declared = node.childForFieldName("type");
      const named = declared?.type === "pointer_type" ? declared.namedChildren[0] : declared;
      if (named?.type !== "qualified_type" || named.childForFieldName("name")?.text !== type)
        return void 0;
      const library2 = this.packages.get(named.childForFieldName("package")?.text ?? "");
      return library2 ? { body: void 0, library: library2 } : void 0;
    }
    if (node.type !== "composite_literal") return void 0;
    const literalType = node.childForFieldName("type");
    if (literalType?.type !== "qualified_type" || literalType.childForFieldName("name")?.text !== type)
      return void 0;
    const library = this.packages.get(literalType.childForFieldName("package")?.text ?? "");
    return library ? { body: node.childForFieldName("body") ?? void 0, library } : void 0;
  }
  scan(node, body, library, request) {
    const table = body ? this.field(body, "TableName") : void 0;
    const segments = body ? this.field(body, "TotalSegments") : void 0;
    const facts = { table, segments: segments && unwrap(segments), request };
    const fields = this.fields(body, request);
    return scanWithAccess(node, library, facts, this.values, FUNCTIONS3, fields, body ? void 0 : request);
  }
  field(body, name) {
    for (const element of body.namedChildren) {
      if (element.type !== "keyed_element") continue;
      const [key, value] = element.namedChildren;
      if (key?.text === name && value) return elementValue(value);
    }
    return void 0;
  }
  values = {
    literal: stringValue2,
    environment: environmentVariable,
    bound: (node) => {
      const bound = node.type === "identifier" ? this.bindings.get(node.text, node) : void 0;
      return bound?.type === "parameter_declaration" ? void 0 : bound;
    },
    unwrap,
    // fmt.Sprintf("SELECT * FROM \"%v\"", table)
    template: (node) => {
      if (node.type !== "call_expression" || node.childForFieldName("function")?.text !== "fmt.Sprintf")
        return void 0;
      const [format, ...args] = argumentsOf(node.childForFieldName("arguments"));
      const text = format ? stringValue2(format) : void 0;
      return text === void 0 ? void 0 : printfParts(text, args);
    },
    concatenation: plusOperands
  };
};
function selectConstant(node) {
  const name = node.type === "selector_expression" ? node.childForFieldName("field")?.text : void 0;
  const words = name && /^Select((?:[A-Z][a-z]+)+)$/.exec(name)?.[1];
  return words ? words.replace(/(?<=[a-z])(?=[A-Z])/g, "_").toUpperCase() : void 0;
}
function elementValue(node) {
  return node.type === "literal_element" ? node.namedChildren[0] ?? node : node;
}
function unwrap(node) {
  if (node.type === "unary_expression") return unwrap(node.childForFieldName("operand") ?? node);
  if (node.type === "call_expression" && /^aws\.(String|Int32|Int64|Bool)$/.test(node.childForFieldName("function")?.text ?? "")) {
    const arg = argumentsOf(node.childForFieldName("arguments"))[0];
    return arg ? unwrap(arg) : node;
  }
  return node;
}
function stringValue2(node) {
  if (node?.type === "raw_string_literal") return node.namedChildren.map((c) => c.text).join("");
  if (node?.type !== "interpreted_string_literal") return void 0;
  return node.namedChildren.map((c) => c.type === "escape_sequence" ? unescapeSequence(c.text) : c.text).join("");
}
function environmentVariable(node) {
  if (node.type !== "call_expression") return void 0;
  const callee = node.childForFieldName("function")?.text;
  if (callee !== "os.Getenv" && callee !== "os.LookupEnv") return void 0;
  return stringValue2(argumentsOf(node.childForFieldName("arguments"))[0]);
}

// src/code/java.ts
var PACKAGES2 = [
  ["com.amazonaws.services.dynamodbv2", "aws-sdk-java"],
  ["software.amazon.awssdk.services.dynamodb", "aws-sdk-java-v2"],
  ["software.amazon.awssdk.enhanced.dynamodb", "aws-sdk-java-v2-enhanced"]
];
var TYPES2 = {
  AmazonDynamoDB: "client",
  AmazonDynamoDBClient: "client",
  AmazonDynamoDBAsync: "client",
  AmazonDynamoDBAsyncClient: "client",
  DynamoDbClient: "client",
  DynamoDbAsyncClient: "client",
  DynamoDBMapper: "mapper",
  IDynamoDBMapper: "mapper",
  DynamoDbEnhancedClient: "enhanced-client",
  DynamoDbEnhancedAsyncClient: "enhanced-client",
  DynamoDbTable: "enhanced-table",
  DynamoDbAsyncTable: "enhanced-table",
  DynamoDbIndex: "enhanced-table",
  DynamoDbAsyncIndex: "enhanced-table",
  DynamoDB: "document",
  Table: "document-table",
  Index: "document-table",
  ScanRequest: "request",
  ScanEnhancedRequest: "request",
  DynamoDBScanExpression: "request",
  ScanSpec: "request",
  ExecuteStatementRequest: "request",
  QueryRequest: "request",
  QueryEnhancedRequest: "request",
  QuerySpec: "request",
  DynamoDBQueryExpression: "request",
  GetItemRequest: "request",
  PutItemRequest: "request",
  UpdateItemRequest: "request",
  DeleteItemRequest: "request",
  BatchGetItemRequest: "request",
  BatchWriteItemRequest: "request",
  TransactGetItemsRequest: "request",
  TransactWriteItemsRequest: "request"
};
var SCAN_METHODS3 = /* @__PURE__ */ new Set(["scan", "scanPaginator", "parallelScan", "scanPage"]);
var CLIENT_OPERATIONS2 = {
  getItem: "GetItem",
  query: "Query",
  queryPaginator: "Query",
  putItem: "PutItem",
  updateItem: "UpdateItem",
  deleteItem: "DeleteItem",
  batchGetItem: "BatchGetItem",
  batchGetItemPaginator: "BatchGetItem",
  batchWriteItem: "BatchWriteItem",
  transactGetItems: "TransactGetItems",
  transactWriteItems: "TransactWriteItems"
};
var TABLE_OPERATIONS2 = {
  getItem: "GetItem",
  query: "Query",
  putItem: "PutItem",
  updateItem: "UpdateItem",
  deleteItem: "DeleteItem"
};
var MAPPER_OPERATIONS = {
  load: "GetItem",
  query: "Query",
  queryPage: "Query",
  save: "PutItem",
  delete: "DeleteItem",
  batchLoad: "BatchGetItem",
  batchSave: "BatchWriteItem",
  batchWrite: "BatchWriteItem",
  batchDelete: "BatchWriteItem",
  transactionLoad: "TransactGetItems",
  transactionWrite: "TransactWriteItems"
};
var ENHANCED_CLIENT_OPERATIONS = {
  batchGetItem: "BatchGetItem",
  batchWriteItem: "BatchWriteItem",
  transactGetItems: "TransactGetItems",
  transactWriteItems: "TransactWriteItems"
};
var FIELD_ALIASES = {
  ExpressionAttributeNames: ["expressionAttributeNames", "withExpressionAttributeNames", "withNameMap"],
  FilterExpression: ["filterExpression", "withFilterExpression"]
};
var SCOPES3 = {
  method_declaration: nameField,
  constructor_declaration: nameField,
  class_declaration: nameField,
  record_declaration: nameField,
  enum_declaration: nameField
};
var FUNCTIONS4 = /* @__PURE__ */ new Set(["method_declaration", "constructor_declaration", "lambda_expression", "program"]);
var PATTERNS3 = [
  ...[
    "import_declaration",
    "field_declaration",
    "local_variable_declaration",
    "formal_parameter",
    "class_declaration"
  ].map((type) => ({ type, pattern: `(${type}) @declaration` })),
  // `request.setIndexName("byCustomer");`, `query.withHashKeyValues(key);`: a setter run as a statement.
  {
    type: "expression_statement",
    pattern: `(expression_statement (method_invocation
      object: (identifier)
      name: (identifier) @_setter
      (#match? @_setter "^(set|with)[A-Z]"))) @declaration`
  },
  {
    type: "method_invocation",
    pattern: `(method_invocation
      name: (identifier) @_method
      (#any-of? @_method "scan" "scanPaginator" "parallelScan" "scanPage" "executeStatement" "getItem" "query"
        "queryPaginator" "putItem" "updateItem" "deleteItem" "batchGetItem" "batchGetItemPaginator"
        "batchWriteItem" "transactGetItems" "transactWriteItems" "load" "queryPage" "save" "delete"
        "batchLoad" "batchSave" "batchWrite" "batchDelete" "transactionLoad" "transactionWrite")) @candidate`
  }
];
var javaDetector = {
  patterns: PATTERNS3,
  scopes: SCOPES3,
  forFile(declarations) {
    const file = new JavaFile(declarations);
    return file.types.size ? file : void 0;
  }
};
var JavaFile = class {
  /** Simple type name → SDK, for the DynamoDB types this file can name. */
  types = /* @__PURE__ */ new Map();
  bindings = new ScopedNames(FUNCTIONS4);
  /**
   * Method invocations by name, and what the invocations of a method pass at a parameter's position, each
   * made once per file: every statement parameter asked it, and a file of n copies of a method asked n times.
   */
  invocations;
  passed = /* @__PURE__ */ new Map();
  /**
   * Setter statements as builder fields, by node id: every request of a scope reads all of the scope's
   * setters, and each read of a node is a call into WebAssembly.
   */
  setterFields = /* @__PURE__ */ new Map();
  /** `@DynamoDBTable(tableName = "orders") class Order`: mapped class → the table name's expression. */
  mapped = /* @__PURE__ */ new Map();
  /** Setter statements by the name of the request they set (`request.setIndexName(…)`). */
  setters = new ScopedNames(FUNCTIONS4);
  constructor(declarations) {
    for (const declaration of declarations.filter((d) => d.type === "import_declaration")) {
      const name = declaration.namedChildren.find((c) => c.type === "scoped_identifier")?.text ?? "";
      const library = PACKAGES2.find(([prefix]) => name.startsWith(prefix))?.[1];
      if (!library) continue;
      const wildcard = declaration.namedChildren.some((c) => c.type === "asterisk");
      if (wildcard) {
        for (const type of Object.keys(TYPES2)) if (!this.types.has(type)) this.types.set(type, library);
      } else {
        const simple = name.slice(name.lastIndexOf(".") + 1);
        if (TYPES2[simple]) this.types.set(simple, library);
      }
    }
    if (this.types.size === 0) return;
    for (const node of declarations) {
      if (node.type === "import_declaration") continue;
      if (node.type === "expression_statement") {
        const call = node.namedChildren[0];
        const object = call?.childForFieldName("object");
        if (call && object) this.setters.set(object.text, call, node);
        continue;
      }
      if (node.type === "class_declaration") {
        const name = node.childForFieldName("name")?.text;
        const table = mappedTable2(node);
        if (name && table) this.mapped.set(name, table);
        continue;
      }
      const type = baseType2(node.childForFieldName("type"));
      const declarators = node.type === "formal_parameter" ? [node] : node.childrenForFieldName("declarator");
      for (const declarator of declarators) {
        const name = declarator.childForFieldName("name")?.text;
        const value = declarator.childForFieldName("value") ?? void 0;
        if (name)
          this.bindings.set(
            name,
            {
              ...type && type !== "var" ? { type } : {},
              ...value ? { value } : {},
              ...node.type === "formal_parameter" ? { parameter: node } : {}
            },
            declarator
          );
      }
    }
  }
  /** The DynamoDB type an expression has, from declarations, constructors, builders and factories. */
  typeOf(node, depth = 0) {
    if (!node || depth > 8) return void 0;
    switch (node.type) {
      case "identifier":
      case "field_access": {
        const name = node.type === "field_access" ? node.childForFieldName("field")?.text : node.text;
        const declared = name ? this.bindings.get(name, node) : void 0;
        if (declared?.type) return this.known(declared.type);
        if (node.type === "identifier" && !declared) return this.known(node.text);
        return this.typeOf(declared?.value, depth + 1);
      }
      case "object_creation_expression":
        return this.known(baseType2(node.childForFieldName("type")) ?? "");
      case "parenthesized_expression":
      case "cast_expression":
        return this.typeOf(node.childForFieldName("value") ?? node.namedChildren.at(-1), depth + 1);
      case "method_invocation": {
        const method = node.childForFieldName("name")?.text;
        const object = this.typeOf(node.childForFieldName("object"), depth + 1);
        if (!object) return void 0;
        if (object.role === "enhanced-client" && method === "table")
          return { ...object, role: "enhanced-table", type: "DynamoDbTable" };
        if (object.role === "document" && method === "getTable")
          return { ...object, role: "document-table", type: "Table" };
        return object;
      }
      default:
        return void 0;
    }
  }
  known(type) {
    const library = this.types.get(type);
    const role = TYPES2[type];
    return library && role ? { role, library, type } : void 0;
  }
  detect(node) {
    const method = node.childForFieldName("name")?.text ?? "";
    const receiver = this.typeOf(node.childForFieldName("object"));
    const args = argumentsOf(node.childForFieldName("arguments"));
    const request = args.map((a) => ({ node: a, typed: this.typeOf(a) })).find((a) => a.typed?.role === "request");
    const chain = request ? this.builderCalls(request.node) : new Map(args.flatMap((a) => lambdaCalls(a)));
    const role = receiver?.role;
    if (method === "executeStatement") {
      if (role !== "client" && request?.typed?.type !== "ExecuteStatementRequest") return void 0;
      const statement = chain.get("statement") ?? chain.get("withStatement");
      const library2 = receiver?.library ?? request?.typed?.library ?? "aws-sdk-java-v2";
      const passed = statement ? this.passedIn(statement) : void 0;
      if (passed) {
        return passed.flatMap(({ call, value }) => {
          const text2 = statementText(this.values, value);
          return text2 === void 0 ? [] : [{ node: call, operation: "ExecuteStatement", library: library2, statement: text2 }];
        });
      }
      const text = statement ? statementText(this.values, statement) : void 0;
      return text === void 0 ? void 0 : { node, operation: "ExecuteStatement", library: library2, statement: text };
    }
    if (!SCAN_METHODS3.has(method)) return this.operation(node, method, receiver, args, request, chain);
    if (role === "mapper" || request?.typed?.type === "DynamoDBScanExpression") {
      const parallel = method === "parallelScan";
      const total = parallel ? integerLiteral(args[2]?.text) : void 0;
      const entity = args[0]?.type === "class_literal" ? baseType2(args[0].namedChildren[0]) : void 0;
      const table = entity ? this.mapped.get(entity) : void 0;
      return {
        node,
        operation: parallel ? "ParallelScan" : "Scan",
        library: "aws-sdk-java (DynamoDBMapper)",
        ...table ? { table: tableReference(this.values, table) } : entity ? { entity } : {},
        ...total !== void 0 ? { totalSegments: total } : {},
        // scan() and parallelScan() return lists that load every page lazily; scanPage() reads one.
        paginated: method === "scanPage" ? readsPages(enclosing(node, FUNCTIONS4) ?? node) : true
      };
    }
    if (role === "enhanced-table" || role === "document-table") {
      const tableNode = this.tableOfReceiver(node.childForFieldName("object"));
      return this.scan(node, receiver?.library ?? "aws-sdk-java-v2-enhanced", chain, tableNode, true);
    }
    if (role !== "client" && !request) return void 0;
    if (!receiver && this.declaredElsewhere(node.childForFieldName("object"))) return void 0;
    const library = receiver?.library ?? request?.typed?.library ?? "aws-sdk-java-v2";
    const tableArgument = !request && args[0] && this.isStringLike(args[0]) ? args[0] : void 0;
    return this.scan(
      node,
      library,
      chain,
      tableArgument,
      method === "scanPaginator" ? true : void 0,
      request?.node
    );
  }
  scan(node, library, chain, table, paginated, request) {
    const tableNode = chain.get("tableName") ?? chain.get("withTableName") ?? chain.get("<constructor>") ?? table;
    const segments = chain.get("totalSegments") ?? chain.get("withTotalSegments");
    const facts = { table: tableNode, segments, paginated, request };
    const fields = this.fields(this.withStatements(chain, request));
    return scanWithAccess(node, library, facts, this.values, FUNCTIONS4, fields, this.opaque(request));
  }
  /** Every data-plane call other than a Scan or a PartiQL statement. */
  operation(node, method, receiver, args, request, chain) {
    const role = receiver?.role;
    const receiverNode = node.childForFieldName("object");
    if (role === "mapper") return this.mapperOperation(node, method, args, request, chain);
    if (role === "enhanced-table" || role === "document-table") {
      const operation2 = TABLE_OPERATIONS2[method];
      if (!operation2) return void 0;
      const table2 = this.tableOfReceiver(receiverNode);
      const library2 = receiver?.library ?? "aws-sdk-java-v2-enhanced";
      const index = this.indexOfReceiver(receiverNode);
      return {
        node,
        operation: operation2,
        library: library2,
        ...table2 ? { table: tableReference(this.values, table2) } : {},
        ...role === "enhanced-table" ? this.enhancedAccess(operation2, args, chain) : this.documentAccess(operation2, args, chain),
        ...index && { index: detected(index, constantString(this.values, index)) },
        // Both return iterables that fetch every page as they are read (PageIterable, ItemCollection).
        ...operation2 === "Query" && { paginated: true }
      };
    }
    if (role === "enhanced-client") {
      const operation2 = ENHANCED_CLIENT_OPERATIONS[method];
      return operation2 ? { node, operation: operation2, library: receiver?.library ?? "", ...batchHandling(operation2, node) } : void 0;
    }
    const operation = CLIENT_OPERATIONS2[method];
    if (!operation || role !== "client" && !request) return void 0;
    if (request && request.typed?.type !== `${operation}Request`) return void 0;
    if (!receiver && this.declaredElsewhere(receiverNode)) return void 0;
    const library = receiver?.library ?? request?.typed?.library ?? "aws-sdk-java-v2";
    const fields = this.fields(this.withStatements(chain, request?.node));
    const found = {
      node,
      operation,
      library,
      ...requestAccess(operation, fields, this.opaque(request?.node)),
      ...batchHandling(operation, node, method.endsWith("Paginator")),
      ...operation === "Query" && queryPaging(
        node,
        { request: request?.node, paginated: method.endsWith("Paginator") || void 0 },
        this.values,
        FUNCTIONS4
      )
    };
    const first = args[0];
    const table = fields.field("TableName") ?? chain.get("<constructor>") ?? (!request && first && this.isStringLike(first) ? first : void 0);
    return withTables(found, fields, this.values, table);
  }
  opaque(request) {
    return opaqueName(request, this.values);
  }
  /**
   * A request's builder calls with the setters later statements run on the variable holding it
   * (`request.setIndexName(…)`, `query.withHashKeyValues(…)`), each under its `with…` name.
   */
  withStatements(chain, request) {
    const calls = new Map(chain);
    if (request?.type !== "identifier") return calls;
    for (const call of this.setters.all(request.text, request)) {
      const [key, value] = this.setterField(call);
      if (value && !calls.has(key)) calls.set(key, value);
    }
    return calls;
  }
  /** A setter statement as a builder field (`setIndexName(x)` → `withIndexName`, x), read once per statement. */
  setterField(call) {
    let field = this.setterFields.get(call.id);
    if (!field) {
      const name = call.childForFieldName("name")?.text ?? "";
      field = [name.replace(/^set/, "with"), argumentsOf(call.childForFieldName("arguments"))[0]];
      this.setterFields.set(call.id, field);
    }
    return field;
  }
  /** Builder setters (`indexName(…)`, v1's `withIndexName(…)`) as request fields. */
  fields(chain) {
    return {
      field: (name) => {
        const setters = FIELD_ALIASES[name] ?? [lowerFirst(name), `with${name}`];
        for (const setter of setters) {
          const value = chain.get(setter);
          if (value) return value;
        }
        return void 0;
      },
      string: (node) => constantString(this.values, node) ?? enumConstant2(node),
      entries: (node) => this.mapEntries(node),
      boolean: (node) => this.booleanValue(node),
      filterBuilder: (node) => this.expressionAttributes(node)
    };
  }
  /** `Map.of(k, v, …)`, `Map.ofEntries(Map.entry(k, v), …)`, the document API's `new NameMap().with(k, v)`. */
  mapEntries(node) {
    return throughNames(node, this.values, (literal) => this.mapLiteral(literal));
  }
  mapLiteral(node) {
    if (node.type === "object_creation_expression") return [];
    if (node.type !== "method_invocation") return void 0;
    const name = node.childForFieldName("name")?.text;
    const object = node.childForFieldName("object");
    const args = argumentsOf(node.childForFieldName("arguments"));
    if (name === "of" && /^(Map|ImmutableMap)$/.test(object?.text ?? "") && args.length % 2 === 0)
      return args.flatMap((key, i) => {
        const value = args[i + 1];
        return i % 2 === 0 && value ? [{ key, value }] : [];
      });
    if (name === "ofEntries" && object?.text === "Map") {
      const entries = args.map((entry) => {
        const [key, value] = entry.type === "method_invocation" && entry.childForFieldName("name")?.text === "entry" ? argumentsOf(entry.childForFieldName("arguments")) : [];
        return key && value ? { key, value } : void 0;
      });
      return entries.every((e) => e !== void 0) ? entries : void 0;
    }
    if (name === "with" && object && args[0] && args[1]) {
      const before = this.mapLiteral(object);
      return before ? [...before, { key: args[0], value: args[1] }] : void 0;
    }
    return void 0;
  }
  booleanValue(node) {
    return throughNames(
      node,
      this.values,
      (n) => n.type === "true" || n.type === "false" ? n.type === "true" : void 0
    );
  }
  /** The enhanced client's `Expression.builder().expression("#s = :s").expressionNames(…)`: the attributes read. */
  expressionAttributes(node) {
    const calls = this.builderCalls(node);
    const expression = calls.get("expression");
    const text = expression ? constantString(this.values, expression) : void 0;
    if (text === void 0) return void 0;
    const map = calls.get("expressionNames");
    const names = attributeNames(map && this.mapEntries(map), (n) => constantString(this.values, n));
    return conditionAttributes(text, names);
  }
  /**
   * The enhanced client: key attribute names come from the table schema (the bean's annotations), not
   * the call, so a query's key condition is unknown; its filter is an `Expression` the call may spell out.
   */
  enhancedAccess(operation, args, chain) {
    if (operation !== "Query" && operation !== "GetItem") return {};
    const fields = this.fields(chain);
    const consistent = fields.field("ConsistentRead");
    const consistentRead = consistent && {
      consistentRead: detected(consistent, this.booleanValue(consistent))
    };
    if (operation === "GetItem") return { ...consistentRead };
    const filterNode = fields.field("FilterExpression");
    const conditional = chain.get("queryConditional") ?? args[0];
    return {
      ...conditional && {
        keyCondition: { node: conditional, reason: "key attributes come from the table schema" }
      },
      ...filterNode && { filter: detected(filterNode, this.expressionAttributes(filterNode)) },
      ...consistentRead
    };
  }
  /** The v1 document API: a `QuerySpec`, or `query("customerId", value)` naming the hash key. */
  documentAccess(operation, args, chain) {
    const calls = this.withStatements(chain, args[0]);
    const hashKey = operation === "Query" && args.length >= 2 ? args[0] : void 0;
    const attribute = hashKey ? constantString(this.values, hashKey) : void 0;
    if (hashKey && attribute !== void 0 && args.length === 2)
      return { keyCondition: { node: hashKey, value: [{ attribute, operator: "=", node: hashKey }] } };
    if (hashKey) return { keyCondition: { node: hashKey, reason: "computed at run time" } };
    return {
      ...requestAccess(operation, this.fields(calls), this.opaque(args[0])),
      ...operation === "Query" && this.addedKeyTerms(calls, ["withHashKey", "withRangeKeyCondition"])
    };
  }
  /**
   * Setters that put key terms into a query beside its key condition expression: the expression alone
   * is then not the whole condition, so it is unknown rather than read as complete.
   */
  addedKeyTerms(chain, setters) {
    const added = setters.map((setter) => chain.get(setter)).find((node) => node !== void 0);
    return added ? { keyCondition: { node: added, reason: "key terms come from the mapped object or key attribute" } } : {};
  }
  /** DynamoDBMapper: the entity's table from its `@DynamoDBTable`, a query expression's facts; batches retry. */
  mapperOperation(node, method, args, request, chain) {
    const operation = MAPPER_OPERATIONS[method];
    if (!operation) return void 0;
    const first = args[0];
    const entity = first?.type === "class_literal" ? baseType2(first.namedChildren[0]) : first?.type === "identifier" ? this.bindings.get(first.text, first)?.type : void 0;
    const table = entity ? this.mapped.get(entity) : void 0;
    const batch = method.startsWith("batch");
    const query = operation === "Query" && request?.typed?.type === "DynamoDBQueryExpression";
    const calls = this.withStatements(chain, request?.node);
    const fields = this.fields(calls);
    const access = query ? requestAccess("Query", fields, this.opaque(request.node)) : {};
    const keyCondition = query && this.addedKeyTerms(calls, ["withHashKeyValues", "withRangeKeyConditions"]);
    return {
      node,
      operation,
      library: "aws-sdk-java (DynamoDBMapper)",
      ...table ? { table: tableReference(this.values, table) } : entity && !batch ? { entity } : {},
      ...access,
      ...keyCondition,
      ...batch ? { unprocessedHandled: true } : {},
      ...operation === "Query" ? { paginated: method === "query" ? true : readsPages(enclosing(node, FUNCTIONS4) ?? node) } : {}
    };
  }
  /** The index a receiver was obtained with: `table.index("byCustomer")`, `table.getIndex("byCustomer")`. */
  indexOfReceiver(receiver, depth = 0) {
    if (!receiver || depth > 4) return void 0;
    if (receiver.type === "identifier" || receiver.type === "field_access") {
      const name = receiver.type === "field_access" ? receiver.childForFieldName("field")?.text : receiver.text;
      return this.indexOfReceiver(
        name ? this.bindings.get(name, receiver)?.value ?? null : null,
        depth + 1
      );
    }
    if (receiver.type === "method_invocation" && /^(index|getIndex)$/.test(receiver.childForFieldName("name")?.text ?? ""))
      return argumentsOf(receiver.childForFieldName("arguments"))[0];
    return void 0;
  }
  /**
   * When `value` is a parameter of its method: the file's calls of that method and what each passes
   * for it. Undefined when it is not a parameter.
   */
  passedIn(value) {
    if (value.type !== "identifier") return void 0;
    const parameter = this.bindings.get(value.text, value)?.parameter;
    const method = parameter?.parent?.parent;
    if (!parameter?.parent || method?.type !== "method_declaration") return void 0;
    const index = argumentsOf(parameter.parent).findIndex((p) => p.equals(parameter));
    const name = method.childForFieldName("name")?.text;
    if (name === void 0) return [];
    const key = `${name}\0${index}`;
    let passed = this.passed.get(key);
    if (!passed) {
      passed = this.invocationsNamed(method.tree.rootNode, name).flatMap((call) => {
        const argument = argumentsOf(call.childForFieldName("arguments"))[index];
        return argument ? [{ call, value: argument }] : [];
      });
      this.passed.set(key, passed);
    }
    return passed;
  }
  /** The file's method invocations of one name, from an index of them all made on the first lookup. */
  invocationsNamed(root, name) {
    if (!this.invocations) {
      const byName = /* @__PURE__ */ new Map();
      for (const call of root.descendantsOfType("method_invocation")) {
        const called = call.childForFieldName("name")?.text;
        if (called === void 0) continue;
        const calls = byName.get(called);
        if (calls) calls.push(call);
        else byName.set(called, [call]);
      }
      this.invocations = byName;
    }
    return this.invocations.get(name) ?? [];
  }
  /** Builder and setter calls on a request, by method name → first argument (the request may be a variable). */
  builderCalls(node, depth = 0) {
    const calls = /* @__PURE__ */ new Map();
    let at = node;
    for (let steps = 0; at && steps < 64; steps += 1) {
      if (at.type === "identifier" && depth < 4) {
        const value = this.bindings.get(at.text, at)?.value;
        for (const [k, v] of value ? this.builderCalls(value, depth + 1) : [])
          if (!calls.has(k)) calls.set(k, v);
        break;
      }
      if (at.type === "object_creation_expression") {
        const first2 = argumentsOf(at.childForFieldName("arguments"))[0];
        if (first2) calls.set("<constructor>", first2);
        break;
      }
      if (at.type !== "method_invocation") break;
      const name = at.childForFieldName("name")?.text;
      const first = argumentsOf(at.childForFieldName("arguments"))[0];
      if (name && first && !calls.has(name)) calls.set(name, first);
      at = at.childForFieldName("object");
    }
    return calls;
  }
  /** The table name an enhanced or document table was obtained with: `…table("orders", schema)`. */
  tableOfReceiver(receiver, depth = 0) {
    if (!receiver || depth > 4) return void 0;
    if (receiver.type === "identifier" || receiver.type === "field_access") {
      const name = receiver.type === "field_access" ? receiver.childForFieldName("field")?.text : receiver.text;
      return this.tableOfReceiver(
        name ? this.bindings.get(name, receiver)?.value ?? null : null,
        depth + 1
      );
    }
    if (receiver.type !== "method_invocation") return void 0;
    const method = receiver.childForFieldName("name")?.text ?? "";
    if (/^(table|getTable)$/.test(method)) return argumentsOf(receiver.childForFieldName("arguments"))[0];
    if (/^(index|getIndex)$/.test(method))
      return this.tableOfReceiver(receiver.childForFieldName("object"), depth + 1);
    return void 0;
  }
  /** No receiver (`scan(request)`), `this`/`super`, or a name declared with a type the SDKs do not have. */
  declaredElsewhere(receiver) {
    if (!receiver || receiver.type === "this" || receiver.type === "super") return true;
    const name = receiver.type === "field_access" ? receiver.childForFieldName("field")?.text : receiver.text;
    const type = name ? this.bindings.get(name, receiver)?.type : void 0;
    return type !== void 0 && !TYPES2[type];
  }
  isStringLike(node) {
    if (node.type === "string_literal") return true;
    if (node.type === "identifier") return this.bindings.get(node.text, node)?.type === "String";
    return node.type === "method_invocation" && node.childForFieldName("name")?.text === "getenv";
  }
  values = {
    literal: stringValue3,
    environment: (node) => node.type === "method_invocation" && node.childForFieldName("object")?.text === "System" && node.childForFieldName("name")?.text === "getenv" ? stringValue3(argumentsOf(node.childForFieldName("arguments"))[0]) : void 0,
    // A constant, also through its class: `TABLE`, `Tables.ORDERS`.
    bound: (node) => {
      const name = node.type === "field_access" ? node.childForFieldName("field") : node;
      return name?.type === "identifier" ? this.bindings.get(name.text, node)?.value : void 0;
    },
    // String.format("SELECT * FROM %s", table), "SELECT * FROM %s".formatted(table)
    template: (node) => {
      if (node.type !== "method_invocation") return void 0;
      const name = node.childForFieldName("name")?.text;
      const object = node.childForFieldName("object");
      const args = argumentsOf(node.childForFieldName("arguments"));
      if (name === "format" && object?.text === "String") {
        const [format, ...rest] = args;
        const text2 = format ? stringValue3(format) : void 0;
        return text2 === void 0 ? void 0 : printfParts(text2, rest);
      }
      const text = name === "formatted" && object ? stringValue3(object) : void 0;
      return text === void 0 ? void 0 : printfParts(text, args);
    },
    concatenation: plusOperands
  };
};
function mappedTable2(declaration) {
  const modifiers = declaration.namedChildren.find((c) => c.type === "modifiers");
  for (const annotation of modifiers?.namedChildren ?? []) {
    if (annotation.type !== "annotation" || annotation.childForFieldName("name")?.text !== "DynamoDBTable")
      continue;
    const pair = annotation.descendantsOfType("element_value_pair").find((p) => p.childForFieldName("key")?.text === "tableName");
    return pair?.childForFieldName("value") ?? void 0;
  }
  return void 0;
}
function baseType2(node) {
  if (!node) return void 0;
  if (node.type === "generic_type") return baseType2(node.namedChildren[0]);
  if (node.type === "scoped_type_identifier") return node.text.slice(node.text.lastIndexOf(".") + 1);
  return node.text;
}
function lambdaCalls(node) {
  if (node.type !== "lambda_expression") return [];
  return node.descendantsOfType("method_invocation").flatMap((call) => {
    const name = call.childForFieldName("name")?.text;
    const first = argumentsOf(call.childForFieldName("arguments"))[0];
    return name && first ? [[name, first]] : [];
  });
}
function lowerFirst(name) {
  return name.charAt(0).toLowerCase() + name.slice(1);
}
function enumConstant2(node) {
  if (node.type !== "field_access" || node.childForFieldName("object")?.text !== "Select") return void 0;
  return node.childForFieldName("field")?.text;
}
var JAVA_TEXT = /* @__PURE__ */ new Set(["string_fragment", "multiline_string_fragment"]);
function stringValue3(node) {
  if (node?.type !== "string_literal") return void 0;
  return joinStringParts(node.namedChildren, JAVA_TEXT);
}

// src/code/javascript-requests.ts
var READS2 = /* @__PURE__ */ new Set(["Query", "Scan", "ParallelScan"]);
function requestAccess2(source, params, operation) {
  if (!params) return {};
  const names = attributeNames2(source, params);
  const facts = {};
  const read = (key) => source.property(params, key);
  if (READS2.has(operation)) {
    const index = read("IndexName");
    if (index) facts.index = stringFact2(source, index);
    const filter = read("FilterExpression");
    const legacyFilter = read("ScanFilter") ?? read("QueryFilter");
    if (filter) facts.filter = expressionFact(source, filter, names, conditionAttributes);
    else if (legacyFilter) facts.filter = keysFact(source, legacyFilter);
    const select = read("Select");
    const selected = select && constantString(source.values, select);
    if (selected !== void 0) facts.select = selected;
  }
  if (operation === "Query") {
    const condition = read("KeyConditionExpression");
    const legacy = read("KeyConditions");
    if (condition) facts.keyCondition = expressionFact(source, condition, names, parseKeyCondition);
    else if (legacy) facts.keyCondition = legacyKeyCondition(source, legacy);
  }
  if (READS2.has(operation) || operation === "GetItem") {
    const consistent = read("ConsistentRead");
    if (consistent) facts.consistentRead = booleanFact2(source, consistent);
  }
  if (operation === "PutItem") {
    const item = read("Item");
    const written = item && literalKeys2(source, item);
    if (written) facts.writtenAttributes = written;
  }
  if (operation === "UpdateItem") {
    const update = read("UpdateExpression");
    const legacy = read("AttributeUpdates");
    const text = update && constantString(source.values, update);
    const written = text !== void 0 && names ? updatedAttributes(text, names) : legacy ? literalKeys2(source, legacy) : void 0;
    if (written) facts.writtenAttributes = written;
  }
  return facts;
}
function computed(node) {
  const text = node.text.replace(/\s+/g, " ");
  return `computed at run time (${text.length > 60 ? `${text.slice(0, 57)}\u2026` : text})`;
}
function stringFact2(source, node) {
  const value = constantString(source.values, node);
  return value !== void 0 ? { node, value } : { node, reason: computed(node) };
}
function booleanFact2(source, node) {
  let at = node;
  for (let hops = 0; at && hops < 4 && at.type !== "true" && at.type !== "false"; hops++)
    at = source.values.bound(at);
  return at?.type === "true" || at?.type === "false" ? { node, value: at.type === "true" } : { node, reason: computed(node) };
}
function attributeNames2(source, params) {
  const node = source.property(params, "ExpressionAttributeNames");
  if (!node) return /* @__PURE__ */ new Map();
  const object = source.objectOf(node);
  if (!object) return void 0;
  const names = /* @__PURE__ */ new Map();
  for (const entry of object.namedChildren) {
    if (entry.type === "comment") continue;
    if (entry.type !== "pair") return void 0;
    const key = keyText(source, entry.childForFieldName("key"));
    const value = entry.childForFieldName("value");
    const name = value ? constantString(source.values, value) : void 0;
    if (key === void 0 || name === void 0) return void 0;
    names.set(key, name);
  }
  return names;
}
function expressionFact(source, node, names, read) {
  const text = constantString(source.values, node);
  if (text === void 0) return { node, reason: computed(node) };
  const value = names ? read(text, names) : void 0;
  return value !== void 0 ? { node, value } : {
    node,
    reason: "its ExpressionAttributeNames are not all literal, or the expression is not understood"
  };
}
function legacyKeyCondition(source, node) {
  const object = source.objectOf(node);
  const terms = [];
  for (const entry of object?.namedChildren ?? []) {
    if (entry.type === "comment") continue;
    const attribute = entry.type === "pair" ? keyText(source, entry.childForFieldName("key")) : void 0;
    const condition = source.objectOf(entry.childForFieldName("value") ?? void 0);
    const operatorNode = condition && source.property(condition, "ComparisonOperator");
    const operator = operatorNode && LEGACY_OPERATORS[constantString(source.values, operatorNode) ?? ""];
    if (attribute === void 0 || !operator) return { node, reason: computed(node) };
    terms.push({ attribute, operator });
  }
  return object && terms.length ? { node, value: terms } : { node, reason: computed(node) };
}
function keysFact(source, node) {
  const keys = literalKeys2(source, node);
  return keys ? { node, value: keys } : { node, reason: computed(node) };
}
function literalKeys2(source, node) {
  const object = source.objectOf(unmarshalled(node));
  if (!object) return void 0;
  const keys = [];
  for (const entry of object.namedChildren) {
    if (entry.type === "comment") continue;
    const key = entry.type === "pair" ? keyText(source, entry.childForFieldName("key")) : entry.type === "shorthand_property_identifier" ? entry.text : void 0;
    if (key === void 0) return void 0;
    if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}
function unmarshalled(node) {
  if (node.type !== "call_expression") return node;
  const callee = node.childForFieldName("function")?.text;
  const argument = node.childForFieldName("arguments")?.namedChildren[0];
  return callee === "marshall" && argument ? argument : node;
}
function keyText(source, key) {
  if (!key) return void 0;
  if (key.type === "property_identifier") return key.text;
  if (key.type === "string" || key.type === "number") return source.values.literal(key) ?? key.text;
  if (key.type === "computed_property_name") {
    const inner = key.namedChildren[0];
    return inner ? constantString(source.values, inner) : void 0;
  }
  return void 0;
}

// src/code/javascript.ts
var V3 = "aws-sdk-js-v3";
var V2 = "aws-sdk-js-v2";
function libraryOf(module) {
  if (module.startsWith("@aws-sdk/client-dynamodb") || module.startsWith("@aws-sdk/lib-dynamodb")) return V3;
  if (module === "aws-sdk" || module.startsWith("aws-sdk/")) return V2;
  if (module === "dynamoose" || module.startsWith("dynamoose/")) return "dynamoose";
  if (module === "electrodb") return "electrodb";
  if (module.startsWith("dynamodb-toolbox")) return "dynamodb-toolbox";
  if (module.startsWith("dynamodb-onetable")) return "dynamodb-onetable";
  return void 0;
}
var CLIENT_CLASSES = /* @__PURE__ */ new Set([
  "DynamoDB",
  "DynamoDBClient",
  "DynamoDBDocument",
  "DynamoDBDocumentClient",
  "DocumentClient",
  "DynamoDB.DocumentClient"
]);
var SDK_COMMANDS = {
  GetItemCommand: "GetItem",
  GetCommand: "GetItem",
  PutItemCommand: "PutItem",
  PutCommand: "PutItem",
  UpdateItemCommand: "UpdateItem",
  UpdateCommand: "UpdateItem",
  DeleteItemCommand: "DeleteItem",
  DeleteCommand: "DeleteItem",
  QueryCommand: "Query",
  ScanCommand: "Scan",
  BatchGetItemCommand: "BatchGetItem",
  BatchGetCommand: "BatchGetItem",
  BatchWriteItemCommand: "BatchWriteItem",
  BatchWriteCommand: "BatchWriteItem",
  TransactGetItemsCommand: "TransactGetItems",
  TransactGetCommand: "TransactGetItems",
  TransactWriteItemsCommand: "TransactWriteItems",
  TransactWriteCommand: "TransactWriteItems",
  ExecuteStatementCommand: "ExecuteStatement",
  BatchExecuteStatementCommand: "BatchExecuteStatement",
  ExecuteTransactionCommand: "ExecuteTransaction"
};
var CLIENT_METHODS = {
  getItem: "GetItem",
  get: "GetItem",
  putItem: "PutItem",
  put: "PutItem",
  updateItem: "UpdateItem",
  update: "UpdateItem",
  deleteItem: "DeleteItem",
  delete: "DeleteItem",
  query: "Query",
  scan: "Scan",
  batchGetItem: "BatchGetItem",
  batchGet: "BatchGetItem",
  batchWriteItem: "BatchWriteItem",
  batchWrite: "BatchWriteItem",
  transactGetItems: "TransactGetItems",
  transactGet: "TransactGetItems",
  transactWriteItems: "TransactWriteItems",
  transactWrite: "TransactWriteItems",
  executeStatement: "ExecuteStatement",
  batchExecuteStatement: "BatchExecuteStatement",
  executeTransaction: "ExecuteTransaction"
};
var COMMON_METHODS = /* @__PURE__ */ new Set(["get", "put", "update", "delete", "query"]);
var REQUEST_PARAMETERS = /* @__PURE__ */ new Set([
  ...SCAN_PARAMETERS,
  "KeyConditionExpression",
  "KeyConditions",
  "IndexName",
  "UpdateExpression",
  "ConditionExpression",
  "RequestItems",
  "TransactItems"
]);
var MODEL_METHODS = {
  get: "GetItem",
  put: "PutItem",
  create: "PutItem",
  upsert: "PutItem",
  update: "UpdateItem",
  patch: "UpdateItem",
  delete: "DeleteItem",
  remove: "DeleteItem",
  query: "Query",
  find: "Query",
  batchGet: "BatchGetItem",
  batchPut: "BatchWriteItem",
  batchDelete: "BatchWriteItem",
  batchWrite: "BatchWriteItem"
};
var TOOLBOX_COMMANDS = {
  ScanCommand: "Scan",
  QueryCommand: "Query",
  GetItemCommand: "GetItem",
  PutItemCommand: "PutItem",
  UpdateItemCommand: "UpdateItem",
  DeleteItemCommand: "DeleteItem",
  BatchGetCommand: "BatchGetItem",
  BatchWriteCommand: "BatchWriteItem"
};
var CLIENT_NAME = /dynamo|ddb|doc(ument)?client/i;
var SCOPES4 = {
  function_declaration: nameField,
  generator_function_declaration: nameField,
  method_definition: nameField,
  class_declaration: nameField,
  function_expression: (node) => nameField(node) ?? declaredName(node),
  arrow_function: (node) => declaredName(node)
};
function declaredName(node) {
  const parent = node.parent;
  if (parent?.type === "variable_declarator") return parent.childForFieldName("name")?.text;
  if (parent?.type === "pair") return parent.childForFieldName("key")?.text;
  if (parent?.type === "assignment_expression") return parent.childForFieldName("left")?.text;
  return void 0;
}
var FUNCTIONS5 = /* @__PURE__ */ new Set([
  "function_declaration",
  "generator_function_declaration",
  "method_definition",
  "function_expression",
  "arrow_function",
  "program"
]);
var PATTERNS4 = [
  ...[
    "import_statement",
    "variable_declarator",
    "assignment_expression",
    "public_field_definition",
    "field_definition",
    "required_parameter",
    "optional_parameter"
  ].map((type) => ({ type, pattern: `(${type}) @declaration` })),
  { type: "new_expression", pattern: "(new_expression) @candidate" },
  {
    type: "call_expression",
    pattern: '(call_expression function: (identifier) @_function (#match? @_function "[sS]can|[qQ]uery")) @candidate'
  },
  {
    type: "call_expression",
    pattern: `(call_expression
      function: (member_expression property: (property_identifier) @_method)
      (#any-of? @_method ${[
      .../* @__PURE__ */ new Set([...Object.keys(CLIENT_METHODS), ...Object.keys(MODEL_METHODS), "build", "go", "pages"])
    ].map((method) => `"${method}"`).join(" ")})) @candidate`
  }
];
var javascriptDetector = {
  patterns: PATTERNS4,
  scopes: SCOPES4,
  forFile: (declarations) => new JsFile(declarations)
};
var JsFile = class {
  bindings = new ScopedNames(FUNCTIONS5, (name) => name.startsWith("this."));
  /** The DynamoDB library the file imports (SDK v3 first), for calls tied only by their parameters. */
  fileLibrary;
  importedLibraries = /* @__PURE__ */ new Set();
  /** Names starting `Unprocessed` the file's code holds, collected once when a batch call asks. */
  constructor(declarations) {
    for (const node of declarations) this.declare(node);
    this.fileLibrary = [V3, V2, "dynamoose", "dynamodb-toolbox", "dynamodb-onetable", "electrodb"].find(
      (library) => this.importedLibraries.has(library)
    );
  }
  bind(name, binding, declaration) {
    if (binding.kind === "import") {
      const library = libraryOf(binding.module);
      if (library) this.importedLibraries.add(library);
    }
    this.bindings.set(name, binding, declaration);
  }
  declare(node) {
    switch (node.type) {
      case "import_statement":
        return this.declareImport(node);
      case "variable_declarator": {
        const name = node.childForFieldName("name");
        const value = node.childForFieldName("value");
        const type = node.childForFieldName("type");
        if (name?.type === "identifier" && type)
          this.bind(name.text, { kind: "type", name: typeName(type) }, node);
        if (!value) return;
        const module = requiredModule(value);
        if (module !== void 0 && name) return this.declareRequire(name, module);
        if (name?.type === "identifier") this.bind(name.text, { kind: "value", node: value }, node);
        return;
      }
      case "assignment_expression": {
        const left = node.childForFieldName("left");
        const right = node.childForFieldName("right");
        if (left && right && (left.type === "identifier" || left.type === "member_expression"))
          this.bind(left.text, { kind: "value", node: right }, node);
        return;
      }
      case "public_field_definition":
      case "field_definition": {
        const name = node.childForFieldName("name") ?? node.childForFieldName("property");
        const value = node.childForFieldName("value");
        const type = node.childForFieldName("type");
        if (!name) return;
        if (value) this.bind(`this.${name.text}`, { kind: "value", node: value }, node);
        else if (type) this.bind(`this.${name.text}`, { kind: "type", name: typeName(type) }, node);
        return;
      }
      case "required_parameter":
      case "optional_parameter": {
        const pattern = node.childForFieldName("pattern");
        const type = node.childForFieldName("type");
        if (pattern?.type !== "identifier" || !type) return;
        const binding = { kind: "type", name: typeName(type) };
        this.bind(pattern.text, binding, node);
        if (node.namedChildren.some((c) => c.type === "accessibility_modifier" || c.type === "readonly"))
          this.bind(`this.${pattern.text}`, binding, node);
        return;
      }
    }
  }
  declareImport(node) {
    const module = stringValue4(node.childForFieldName("source"));
    const clause = node.namedChildren.find((c) => c.type === "import_clause");
    if (module === void 0 || !clause) return;
    for (const part of clause.namedChildren) {
      if (part.type === "identifier") this.bind(part.text, { kind: "import", module, name: "default" }, node);
      else if (part.type === "namespace_import") {
        const local = part.namedChildren.find((c) => c.type === "identifier");
        if (local) this.bind(local.text, { kind: "import", module, name: "*" }, node);
      } else if (part.type === "named_imports") {
        for (const specifier of part.namedChildren) {
          if (specifier.type !== "import_specifier") continue;
          const imported = specifier.childForFieldName("name")?.text;
          const local = specifier.childForFieldName("alias")?.text ?? imported;
          if (imported && local) this.bind(local, { kind: "import", module, name: imported }, node);
        }
      }
    }
  }
  /** `const AWS = require('aws-sdk')`, `const { ScanCommand: Scan } = require('@aws-sdk/client-dynamodb')`. */
  declareRequire(node, module) {
    const name = node;
    if (name.type === "identifier") return this.bind(name.text, { kind: "import", module, name: "*" }, node);
    if (name.type !== "object_pattern") return;
    for (const part of name.namedChildren) {
      if (part.type === "shorthand_property_identifier_pattern")
        this.bind(part.text, { kind: "import", module, name: part.text }, node);
      else if (part.type === "pair_pattern") {
        const key = part.childForFieldName("key")?.text;
        const value = part.childForFieldName("value");
        if (key && value?.type === "identifier")
          this.bind(value.text, { kind: "import", module, name: key }, node);
      }
    }
  }
  /** What `node` is, following same-file bindings a few steps. */
  resolve(node, depth = 0) {
    if (!node || depth > 8) return void 0;
    switch (node.type) {
      case "identifier":
      case "this":
        return this.resolveName(node, depth);
      case "parenthesized_expression":
      case "await_expression":
      case "non_null_expression":
      case "as_expression":
      case "satisfies_expression":
        return this.resolve(node.namedChildren[0], depth + 1);
      case "binary_expression":
        return this.resolve(node.childForFieldName("left"), depth + 1);
      case "member_expression": {
        const own = this.bindings.has(node.text) ? this.resolveName(node, depth) : void 0;
        if (own) return own;
        const object = this.resolve(node.childForFieldName("object"), depth + 1);
        const property = node.childForFieldName("property")?.text ?? "";
        if (object?.kind !== "export") return void 0;
        return {
          ...object,
          name: object.name === "*" || object.name === "default" ? property : `${object.name}.${property}`
        };
      }
      case "new_expression": {
        const constructor = this.resolve(node.childForFieldName("constructor"), depth + 1);
        if (constructor?.kind !== "export") return void 0;
        if (CLIENT_CLASSES.has(constructor.name) && (constructor.library === V3 || constructor.library === V2))
          return { kind: "client", library: constructor.library };
        if (constructor.library === "dynamodb-toolbox" || constructor.library === "electrodb")
          return { kind: "model", library: constructor.library };
        return void 0;
      }
      case "call_expression": {
        const callee = node.childForFieldName("function");
        if (callee?.type !== "member_expression") return void 0;
        const method = callee.childForFieldName("property")?.text;
        const object = this.resolve(callee.childForFieldName("object"), depth + 1);
        if (method === "from" && object?.kind === "export" && object.library === V3)
          return { kind: "client", library: V3 };
        if (method === "model" && object?.kind === "export" && object.library === "dynamoose")
          return { kind: "model", library: "dynamoose" };
        if (method === "getModel" && (object || this.importedLibraries.has("dynamodb-onetable")))
          return { kind: "model", library: "dynamodb-onetable" };
        return void 0;
      }
      default:
        return void 0;
    }
  }
  resolveName(node, depth) {
    const binding = this.bindings.get(node.text, node);
    if (!binding) return void 0;
    if (binding.kind === "value") return this.resolve(binding.node, depth + 1);
    if (binding.kind === "type") {
      if (CLIENT_CLASSES.has(binding.name) || binding.name.startsWith("DynamoDB"))
        return { kind: "client", library: this.fileLibrary === V2 ? V2 : V3 };
      return void 0;
    }
    const library = libraryOf(binding.module);
    return library ? { kind: "export", library, name: binding.name } : void 0;
  }
  detect(node) {
    return node.type === "new_expression" ? this.newExpression(node) : this.call(node);
  }
  newExpression(node) {
    const constructor = this.resolve(node.childForFieldName("constructor"));
    if (constructor?.kind !== "export" || constructor.library !== V3) return void 0;
    const params = this.objectOf(argumentsOf(node.childForFieldName("arguments"))[0]);
    const sent = sendingCall(node) ?? node;
    const operation = SDK_COMMANDS[constructor.name];
    return operation ? this.sdkOperation(sent, V3, operation, params, argumentsOf(node.childForFieldName("arguments"))[0]) : void 0;
  }
  call(node) {
    const callee = node.childForFieldName("function");
    const args = argumentsOf(node.childForFieldName("arguments"));
    if (callee?.type === "identifier") {
      const handle = this.resolve(callee);
      if (handle?.kind !== "export" || handle.library !== V3) return void 0;
      const params = this.objectOf(args[1]);
      if (handle.name === "paginateScan")
        return {
          ...this.sdkScan(node, V3, params, args[1]),
          ...requestAccess2(this, params, "Scan"),
          paginated: true
        };
      if (handle.name === "paginateQuery") return this.query(node, V3, params, args[1], true);
      return void 0;
    }
    if (callee?.type !== "member_expression") return void 0;
    const method = callee.childForFieldName("property")?.text ?? "";
    const receiver = callee.childForFieldName("object");
    switch (method) {
      case "build":
        return this.toolboxCommand(node, args);
      case "go":
      case "pages":
        return this.electroOperation(node, receiver, args);
      default:
        return this.method(node, method, receiver, args);
    }
  }
  /** A client's or a model's method: `ddb.query(params)`, `Order.get(key)`, `Model.scan().exec()`. */
  method(node, method, receiver, args) {
    const handle = this.resolve(receiver);
    const modelOperation = MODEL_METHODS[method];
    if (handle?.kind === "model") {
      if (method === "scan") return this.modelScan(node, handle.library);
      if (handle.library === "electrodb") return void 0;
      return modelOperation ? this.modelOperation(node, handle.library, modelOperation, args) : void 0;
    }
    const operation = CLIENT_METHODS[method];
    if (!operation) return void 0;
    const params = this.objectOf(args[0]);
    const library = this.clientLibrary(receiver, params, COMMON_METHODS.has(method) ? args[0] : void 0);
    if (library)
      return this.sdkOperation(node, chainHas(node, "promise") ? V2 : library, operation, params, args[0]);
    if (this.importedLibraries.has("dynamoose") && chainHas(node, "exec")) {
      if (method === "scan") return this.modelScan(node, "dynamoose");
      if (method === "query") return this.modelOperation(node, "dynamoose", "Query", args);
    }
    return void 0;
  }
  /**
   * The SDK a client method's receiver belongs to, if anything ties it to DynamoDB. For method names other
   * libraries share (`get`, `query`), a receiver named like a client also needs a request (`argument`)
   * that is not a plain string or number: `dynamoCache.get('key')` is not a GetItem.
   */
  clientLibrary(receiver, params, argument) {
    const handle = this.resolve(receiver);
    if (handle?.kind === "client") return handle.library;
    if (this.madeElsewhere(receiver)) return void 0;
    const sdk = this.fileLibrary === V2 ? V2 : V3;
    if (params && objectKeys(params).some((key) => REQUEST_PARAMETERS.has(key))) return sdk;
    const name = receiver?.type === "member_expression" ? receiver.childForFieldName("property")?.text : receiver?.text;
    if (!name || !CLIENT_NAME.test(name)) return void 0;
    if (argument && LITERALS.has(argument.type) && argument.type !== "object") return void 0;
    return sdk;
  }
  /** One SDK request: a Scan, a Query, a single-item call, a batch or a transaction. */
  sdkOperation(node, library, operation, params, request) {
    switch (operation) {
      case "Scan":
        return { ...this.sdkScan(node, library, params, request), ...requestAccess2(this, params, "Scan") };
      case "Query":
        return this.query(node, library, params, request);
      case "ExecuteStatement":
        return this.statement(node, library, params);
      case "BatchGetItem":
      case "BatchWriteItem":
        return this.batch(node, library, operation, params);
      case "TransactGetItems":
      case "TransactWriteItems":
        return this.transaction(node, library, operation, params);
      default:
        return this.singleRequest(node, library, operation, params);
    }
  }
  query(node, library, params, request, paginated) {
    const table = params ? this.property(params, "TableName") : void 0;
    return {
      ...scanDetection(
        node,
        library,
        { operation: "Query", table, request, paginated },
        this.values,
        FUNCTIONS5
      ),
      ...requestAccess2(this, params, "Query")
    };
  }
  /** GetItem, PutItem, UpdateItem, DeleteItem (and the PartiQL batch and transaction calls, with no table). */
  singleRequest(node, library, operation, params) {
    const table = params ? this.property(params, "TableName") : void 0;
    return {
      node,
      operation,
      library,
      ...table ? { table: tableReference(this.values, table) } : {},
      ...requestAccess2(this, params, operation)
    };
  }
  /** One detection per table of `RequestItems` (`{ [ORDERS_TABLE]: [...] }`); one without a table otherwise. */
  batch(node, library, operation, params) {
    const base = { node, operation, library, ...batchHandling(operation, node) };
    const items = params && this.objectOf(this.property(params, "RequestItems"));
    const tables = (items?.namedChildren ?? []).flatMap((entry) => {
      const key = entry.type === "pair" ? entry.childForFieldName("key") : entry.type === "shorthand_property_identifier" ? entry : null;
      if (!key) return [];
      const named = key.type === "computed_property_name" ? unwrapped(key.namedChildren[0]) : key.type === "shorthand_property_identifier" ? key : void 0;
      const literal = named ? void 0 : keyText(this, key);
      if (literal !== void 0)
        return [{ ...base, table: { kind: "literal", value: literal, node: key } }];
      return named ? [{ ...base, table: tableReference(this.values, named) }] : [];
    });
    return tables.length ? tables : [base];
  }
  /** One detection per literal element of `TransactItems` (`{ Put: { TableName, Item } }`). */
  transaction(node, library, operation, params) {
    const items = params ? this.arrayOf(this.property(params, "TransactItems")) : void 0;
    const parts = (items?.namedChildren ?? []).flatMap((element) => {
      const item = this.objectOf(element);
      const entry = item?.namedChildren.find((c) => c.type === "pair");
      const action = entry ? keyText(this, entry.childForFieldName("key")) : void 0;
      const request = this.objectOf(entry?.childForFieldName("value") ?? void 0);
      const table = request ? this.property(request, "TableName") : void 0;
      if (!request || !table) return [];
      const written = action === "Put" ? "PutItem" : action === "Update" ? "UpdateItem" : void 0;
      return [
        {
          node,
          operation,
          library,
          table: tableReference(this.values, table),
          ...written ? requestAccess2(this, request, written) : {}
        }
      ];
    });
    return parts.length ? parts : [{ node, operation, library }];
  }
  /** An array literal, directly or through a same-file binding. */
  arrayOf(node, depth = 0) {
    if (!node || depth > 4) return void 0;
    if (node.type === "array") return node;
    const bound = this.values.bound(node);
    return bound ? this.arrayOf(bound, depth + 1) : void 0;
  }
  /**
   * An ORM call: Dynamoose (`Model.get`, `Model.query(…).using('byCustomer').exec()`), dynamodb-toolbox v0
   * (`Table.query(pk, { index })`) and OneTable (`Model.find(props, { index })`). Which index an ORM
   * query reads is known only when the call names it; Dynamoose picks one itself otherwise.
   */
  modelOperation(node, library, operation, args) {
    const detection = { node, operation, library };
    if (operation !== "Query") return detection;
    if (library === "dynamoose") {
      const using = chainCall(node, "using");
      const name = argumentsOf(using?.childForFieldName("arguments"))[0];
      if (name) return { ...detection, index: this.stringValueOf(name) };
      return {
        ...detection,
        index: { node, reason: "chosen by Dynamoose from the attributes the query names" }
      };
    }
    const options = this.objectOf(args[1]);
    const index = options ? this.property(options, "index") : void 0;
    return index ? { ...detection, index: this.stringValueOf(index) } : detection;
  }
  stringValueOf(node) {
    const value = constantString(this.values, node);
    return value !== void 0 ? { node, value } : { node, reason: computed(node) };
  }
  /**
   * Whether the file shows the receiver is something other than a DynamoDB client: constructed from a
   * non-DynamoDB class (`new FakeDynamo()`), a literal, or declared with another type. Its name or the
   * parameters it is given then prove nothing. Values from calls and imports stay untraceable.
   */
  madeElsewhere(receiver, depth = 0) {
    if (!receiver || depth > 4 || receiver.type !== "identifier" && receiver.type !== "member_expression")
      return false;
    const binding = this.bindings.get(receiver.text, receiver);
    if (binding?.kind === "type")
      return !CLIENT_CLASSES.has(binding.name) && !binding.name.startsWith("DynamoDB");
    if (binding?.kind !== "value") return false;
    let value = binding.node;
    while (value.type === "parenthesized_expression" || value.type === "await_expression")
      value = value.namedChildren[0] ?? value;
    if (value.type === "identifier" || value.type === "member_expression")
      return this.madeElsewhere(value, depth + 1);
    if (value.type === "new_expression") {
      const made = this.resolve(value.childForFieldName("constructor"));
      return made === void 0 && this.resolve(value) === void 0;
    }
    return LITERALS.has(value.type);
  }
  sdkScan(node, library, params, request) {
    const segments = params ? this.property(params, "TotalSegments") : void 0;
    const table = params ? this.property(params, "TableName") : void 0;
    return scanDetection(
      node,
      library,
      { table, segments: segments && this.numberConstant(segments), request },
      this.values,
      FUNCTIONS5
    );
  }
  statement(node, library, params) {
    const statement = params ? this.property(params, "Statement") : void 0;
    const text = statement ? statementText(this.values, statement) : void 0;
    return text === void 0 ? void 0 : { node, operation: "ExecuteStatement", library, statement: text };
  }
  /** Dynamoose `Model.scan()…exec()`, dynamodb-toolbox v0 `Table.scan()`, OneTable `Model.scan()`. */
  modelScan(node, library) {
    const parallel = chainCall(node, "parallel");
    const segments = parallel ? integerLiteral(argumentsOf(parallel.childForFieldName("arguments"))[0]?.text) : void 0;
    const paginated = library === "dynamoose" ? chainHas(node, "all") || readsPages(enclosing(node, FUNCTIONS5) ?? node, ["lastkey", "startat"]) : void 0;
    return {
      node,
      operation: parallel ? "ParallelScan" : "Scan",
      library,
      ...segments !== void 0 ? { totalSegments: segments } : {},
      ...paginated !== void 0 ? { paginated } : {}
    };
  }
  /**
   * dynamodb-toolbox v1: `Table.build(ScanCommand)` (parallel with `.options({ totalSegments })`),
   * `Table.build(QueryCommand).query({ partition, index })`, `Entity.build(PutItemCommand)`.
   */
  toolboxCommand(node, args) {
    const command = this.resolve(args[0]);
    if (command?.kind !== "export" || command.library !== "dynamodb-toolbox") return void 0;
    const operation = TOOLBOX_COMMANDS[command.name];
    if (!operation) return void 0;
    if (operation === "Query") {
      const query = this.objectOf(argumentsOf(chainCall(node, "query")?.childForFieldName("arguments"))[0]);
      const index = query ? this.property(query, "index") : void 0;
      return {
        node,
        operation,
        library: "dynamodb-toolbox",
        ...index ? { index: this.stringValueOf(index) } : {}
      };
    }
    if (operation !== "Scan") return { node, operation, library: "dynamodb-toolbox" };
    const options = chainCall(node, "options");
    const params = this.objectOf(argumentsOf(options?.childForFieldName("arguments"))[0]);
    const segments = params ? this.property(params, "totalSegments") : void 0;
    return {
      node,
      operation: segments ? "ParallelScan" : "Scan",
      library: "dynamodb-toolbox",
      ...totalSegments(segments)
    };
  }
  /**
   * ElectroDB: `entity.scan.go()`, `entity.scan.where(…).go({ pages: 'all' })`, and in a file that
   * imports ElectroDB `entity.query.byCustomer({…}).go()`, `entity.get({…}).go()`, `entity.put({…}).go()`.
   */
  electroOperation(node, receiver, args) {
    let at = receiver;
    while (at?.type === "call_expression")
      at = at.childForFieldName("function")?.childForFieldName("object") ?? null;
    const property = at?.type === "member_expression" ? at.childForFieldName("property")?.text : void 0;
    if (property !== "scan") return this.electroRequest(node, receiver);
    const options = this.objectOf(args[0]);
    return {
      node,
      operation: "Scan",
      library: "electrodb",
      ...options && this.property(options, "pages") ? { paginated: true } : {}
    };
  }
  /** ElectroDB's other requests: the first method of the chain that names an operation. */
  electroRequest(node, receiver) {
    if (!this.importedLibraries.has("electrodb")) return void 0;
    const methods = [];
    for (let at2 = receiver; at2; ) {
      if (at2.type === "call_expression") at2 = at2.childForFieldName("function");
      else if (at2.type === "member_expression") {
        const property = at2.childForFieldName("property");
        if (property) methods.unshift(property);
        at2 = at2.childForFieldName("object");
      } else break;
    }
    const at = methods.findIndex((method2) => MODEL_METHODS[method2.text] !== void 0);
    const method = methods[at];
    const operation = method && MODEL_METHODS[method.text];
    if (!method || !operation) return void 0;
    if (operation !== "Query") return { node, operation, library: "electrodb" };
    const pattern = methods[at + 1]?.text ?? "the access pattern";
    return {
      node,
      operation,
      library: "electrodb",
      index: { node: method, reason: `the index of ${pattern}, set in the entity's schema` }
    };
  }
  /** An object literal, directly or through a same-file `const params = { … }`. */
  objectOf(node, depth = 0) {
    if (!node || depth > 4) return void 0;
    if (node.type === "object") return node;
    if (node.type === "identifier") {
      const binding = this.bindings.get(node.text, node);
      return binding?.kind === "value" ? this.objectOf(binding.node, depth + 1) : void 0;
    }
    if (node.type === "parenthesized_expression" || node.type === "as_expression" || node.type === "satisfies_expression")
      return this.objectOf(node.namedChildren[0], depth + 1);
    return void 0;
  }
  /** A property's value in an object literal, including properties spread in from same-file objects. */
  property(object, key, depth = 0) {
    for (const entry of object.namedChildren) {
      if (entry.type === "pair" && propertyKey(entry.childForFieldName("key")) === key)
        return entry.childForFieldName("value") ?? void 0;
      if (entry.type === "shorthand_property_identifier" && entry.text === key) return entry;
      if (entry.type === "spread_element" && depth < 4) {
        const spread = this.objectOf(entry.namedChildren[0]);
        const found = spread ? this.property(spread, key, depth + 1) : void 0;
        if (found) return found;
      }
    }
    return void 0;
  }
  /** A number literal, or a same-file const holding one (`TotalSegments: SEGMENTS`). */
  numberConstant(node, depth = 0) {
    if (node.type !== "identifier" && node.type !== "shorthand_property_identifier") return node;
    const binding = this.bindings.get(node.text, node);
    return binding?.kind === "value" && depth < 4 ? this.numberConstant(binding.node, depth + 1) : node;
  }
  values = {
    literal: stringValue4,
    unwrap: (node) => unwrapped(node) ?? node,
    environment: environmentVariable2,
    bound: (node) => {
      if (node.type !== "identifier" && node.type !== "shorthand_property_identifier") return void 0;
      const binding = this.bindings.get(node.text, node);
      return binding?.kind === "value" ? binding.node : void 0;
    },
    preferred: (node) => node.type === "binary_expression" && node.childForFieldName("operator")?.text !== "+" ? node.childForFieldName("left") ?? void 0 : void 0,
    // `${…}` substitutions: the text between them as written (escapes decoded), the expressions put in.
    template: (node) => node.type === "template_string" ? node.namedChildren.flatMap((part) => {
      if (part.type === "string_fragment") return [part.text];
      if (part.type === "escape_sequence") return [unescapeSequence(part.text)];
      const expression = part.type === "template_substitution" ? part.namedChildren[0] : void 0;
      return expression ? [expression] : [];
    }) : void 0,
    concatenation: plusOperands
  };
};
var JS_TEXT = /* @__PURE__ */ new Set(["string_fragment"]);
var LITERALS = /* @__PURE__ */ new Set(["object", "array", "string", "template_string", "number", "true", "false", "null"]);
function unwrapped(node) {
  let at = node;
  while (at && (at.type === "non_null_expression" || at.type === "parenthesized_expression" || at.type === "as_expression"))
    at = at.namedChildren[0];
  return at;
}
function sendingCall(command) {
  const call = command.parent?.type === "arguments" ? command.parent.parent : void 0;
  const callee = call?.childForFieldName("function");
  return call?.type === "call_expression" && callee?.type === "member_expression" && callee.childForFieldName("property")?.text === "send" ? call : void 0;
}
function requiredModule(node) {
  if (node.type !== "call_expression" || node.childForFieldName("function")?.text !== "require")
    return void 0;
  return stringValue4(argumentsOf(node.childForFieldName("arguments"))[0]);
}
function stringValue4(node) {
  if (!node) return void 0;
  if (node.type === "string") return joinStringParts(node.namedChildren, JS_TEXT);
  if (node.type === "template_string" && !node.namedChildren.some((c) => c.type === "template_substitution"))
    return joinStringParts(node.namedChildren, JS_TEXT);
  return void 0;
}
function environmentVariable2(node) {
  const object = node.childForFieldName("object");
  if (object?.text !== "process.env") return void 0;
  if (node.type === "member_expression") return node.childForFieldName("property")?.text;
  if (node.type === "subscript_expression") return stringValue4(node.childForFieldName("index"));
  return void 0;
}
function propertyKey(key) {
  if (!key) return void 0;
  return key.type === "string" ? stringValue4(key) : key.text;
}
function objectKeys(object) {
  return object.namedChildren.flatMap((entry) => {
    if (entry.type === "pair") return [propertyKey(entry.childForFieldName("key")) ?? ""];
    if (entry.type === "shorthand_property_identifier") return [entry.text];
    return [];
  });
}
function typeName(node) {
  return node.text.replace(/^:\s*/, "").replace(/<.*$/s, "").trim();
}
function chainCall(node, method) {
  let at = node;
  for (; ; ) {
    const member = at.parent;
    if (member?.type !== "member_expression" || !member.childForFieldName("object")?.equals(at))
      return void 0;
    const call = member.parent;
    if (call?.type !== "call_expression" || !call.childForFieldName("function")?.equals(member))
      return void 0;
    if (member.childForFieldName("property")?.text === method) return call;
    at = call;
  }
}
function chainHas(node, method) {
  return chainCall(node, method) !== void 0;
}
function totalSegments(segments) {
  const value = integerLiteral(segments?.text);
  return value !== void 0 ? { totalSegments: value } : {};
}

// src/code/python-strings.ts
function formatted(node) {
  if (node.type === "string" && node.namedChildren.some((c) => c.type === "interpolation")) {
    const raw = /^[a-zA-Z]*[rR]/.test(node.text);
    return node.namedChildren.flatMap((part) => {
      if (part.type === "string_content") return [raw ? part.text : decodeEscapes(part)];
      if (part.type !== "interpolation") return [];
      const expression = part.childForFieldName("expression") ?? part.namedChildren[0];
      return expression ? [expression] : [];
    });
  }
  if (node.type === "binary_operator" && node.childForFieldName("operator")?.text === "%") {
    const format = stringValue5(node.childForFieldName("left") ?? node);
    const right = node.childForFieldName("right");
    if (format === void 0 || !right) return void 0;
    const args = right.type === "tuple" ? argumentsOf(right) : right.type === "dictionary" ? [] : [right];
    return printfParts(format, args);
  }
  if (node.type === "call") {
    const callee = node.childForFieldName("function");
    const format = callee?.type === "attribute" ? callee.childForFieldName("object") : null;
    if (callee?.childForFieldName("attribute")?.text !== "format" || format?.type !== "string")
      return void 0;
    const text = stringValue5(format);
    if (text === void 0) return void 0;
    const args = argumentsOf(node.childForFieldName("arguments"));
    const named = new Map(
      args.flatMap((a) => {
        const name = a.childForFieldName("name")?.text;
        const value = a.childForFieldName("value");
        return a.type === "keyword_argument" && name && value ? [[name, value]] : [];
      })
    );
    return braceParts(
      text,
      args.filter((a) => a.type !== "keyword_argument"),
      named
    );
  }
  return void 0;
}
function stringValue5(node) {
  if (node.type !== "string" || node.namedChildren.some((c) => c.type === "interpolation")) return void 0;
  const raw = /^[a-zA-Z]*[rR]/.test(node.text);
  return node.namedChildren.filter((c) => c.type === "string_content").map((content) => raw ? content.text : decodeEscapes(content)).join("");
}
function decodeEscapes(content) {
  const text = content.text;
  let decoded = "";
  let at = 0;
  for (const escape of content.namedChildren) {
    if (escape.type !== "escape_sequence" && escape.type !== "escape_interpolation") continue;
    const start = escape.startIndex - content.startIndex;
    const value = escape.type === "escape_interpolation" ? escape.text.charAt(0) : unescapeSequence(escape.text);
    decoded += text.slice(at, start) + value;
    at = start + escape.text.length;
  }
  return decoded + text.slice(at);
}
function environmentVariable3(node) {
  if (node.type === "subscript" && node.childForFieldName("value")?.text.endsWith("environ")) {
    const key = node.childForFieldName("subscript");
    return key ? stringValue5(key) : void 0;
  }
  if (node.type !== "call") return void 0;
  const callee = node.childForFieldName("function")?.text ?? "";
  if (!/(^|\.)(environ\.get|getenv)$/.test(callee)) return void 0;
  const first = argumentsOf(node.childForFieldName("arguments"))[0];
  return first ? stringValue5(first) : void 0;
}

// src/code/pynamodb.ts
function modelAttributes(model, isIndex = () => false) {
  const attributes = /* @__PURE__ */ new Map();
  for (const statement of model.childForFieldName("body")?.namedChildren ?? []) {
    const assignment = statement.type === "expression_statement" ? statement.namedChildren[0] : statement;
    if (assignment?.type !== "assignment") continue;
    const left = assignment.childForFieldName("left");
    const right = assignment.childForFieldName("right");
    if (left?.type !== "identifier" || right?.type !== "call") continue;
    if (isIndex(right.childForFieldName("function")?.text ?? "")) continue;
    const args = argumentsOf(right.childForFieldName("arguments"));
    const flag = (name) => keywordValue(args, name)?.type === "true";
    const attrName = keywordValue(args, "attr_name");
    attributes.set(left.text, {
      name: (attrName && stringValue5(attrName)) ?? left.text,
      hashKey: flag("hash_key"),
      rangeKey: flag("range_key")
    });
  }
  return attributes;
}
function attributeClass(model, attribute) {
  for (const statement of model.childForFieldName("body")?.namedChildren ?? []) {
    const assignment = statement.type === "expression_statement" ? statement.namedChildren[0] : statement;
    if (assignment?.type !== "assignment" || assignment.childForFieldName("left")?.text !== attribute)
      continue;
    const right = assignment.childForFieldName("right");
    return right?.type === "call" ? right.childForFieldName("function")?.text : void 0;
  }
  return void 0;
}
function metaValue(owner, name) {
  const meta = owner.childForFieldName("body")?.namedChildren.find(
    (c) => c.type === "class_definition" && c.childForFieldName("name")?.text === "Meta"
  );
  for (const assignment of meta?.descendantsOfType("assignment") ?? []) {
    if (assignment.childForFieldName("left")?.text === name)
      return assignment.childForFieldName("right") ?? void 0;
  }
  return void 0;
}
var COMPARISONS2 = {
  "==": "=",
  "<": "<",
  "<=": "<=",
  ">": ">",
  ">=": ">="
};
var METHODS2 = { between: "BETWEEN", begins_with: "begins_with" };
function rangeCondition(node, attributeName) {
  if (node.type === "parenthesized_expression" && node.namedChildren[0])
    return rangeCondition(node.namedChildren[0], attributeName);
  if (node.type === "comparison_operator") {
    const [left] = node.namedChildren;
    const operator2 = COMPARISONS2[node.children[1]?.text ?? ""];
    const attribute2 = left ? attributeName(left) : void 0;
    return operator2 && attribute2 !== void 0 && node.namedChildren.length === 2 ? { attribute: attribute2, operator: operator2, node: left } : void 0;
  }
  if (node.type !== "call") return void 0;
  const callee = node.childForFieldName("function");
  const operator = METHODS2[callee?.childForFieldName("attribute")?.text ?? ""];
  const reference = callee?.childForFieldName("object");
  const attribute = reference ? attributeName(reference) : void 0;
  return operator && reference && attribute !== void 0 ? { attribute, operator, node: reference } : void 0;
}
function conditionReferences(node, attributeName) {
  const names = [];
  const visit = (at) => {
    const operator = at.childForFieldName("operator")?.text ?? at.children[0]?.text;
    switch (at.type) {
      case "parenthesized_expression":
        return at.namedChildren[0] ? visit(at.namedChildren[0]) : false;
      case "binary_operator":
        return (operator === "&" || operator === "|") && argumentsOf(at).every((operand) => visit(operand));
      case "unary_operator":
        return at.children[0]?.text === "~" && at.namedChildren[0] ? visit(at.namedChildren[0]) : false;
      case "comparison_operator":
      case "call": {
        const subject = at.type === "call" ? at.childForFieldName("function")?.childForFieldName("object") : at.namedChildren[0];
        const name = subject ? attributeName(subject) : void 0;
        if (name === void 0) return false;
        if (!names.includes(name)) names.push(name);
        return true;
      }
      default:
        return false;
    }
  };
  return visit(node) ? names : void 0;
}
function keywordValue(args, name) {
  const found = args.find((a) => a.type === "keyword_argument" && a.childForFieldName("name")?.text === name);
  return found?.childForFieldName("value") ?? void 0;
}

// src/code/python.ts
var BOTO3 = "boto3";
var PYNAMODB = "pynamodb";
var AWS_SDK_MODULE = /^(boto3|aioboto3|botocore|aiobotocore|mypy_boto3_dynamodb|types_boto3_dynamodb)\b/;
var CLIENT_NAME2 = /dynamo|ddb/i;
var TABLE_NAME = /dynamo|ddb|table/i;
var OTHER = { kind: "other" };
var OPERATIONS2 = {
  query: "Query",
  get_item: "GetItem",
  put_item: "PutItem",
  update_item: "UpdateItem",
  delete_item: "DeleteItem",
  batch_get_item: "BatchGetItem",
  batch_write_item: "BatchWriteItem",
  transact_get_items: "TransactGetItems",
  transact_write_items: "TransactWriteItems"
};
var ITEM_OPERATIONS = {
  save: "PutItem",
  update: "UpdateItem",
  delete: "DeleteItem",
  refresh: "GetItem"
};
var TABLE_METHODS = /* @__PURE__ */ new Set(["query", "get_item", "put_item", "update_item", "delete_item"]);
var RESOURCE_METHODS = /* @__PURE__ */ new Set(["batch_get_item", "batch_write_item"]);
var DYNAMODB_PARAMETERS = /* @__PURE__ */ new Set([
  "TableName",
  "KeyConditionExpression",
  "UpdateExpression",
  "RequestItems",
  "TransactItems"
]);
var KEY_METHODS2 = {
  eq: "=",
  lt: "<",
  lte: "<=",
  gt: ">",
  gte: ">=",
  between: "BETWEEN",
  begins_with: "begins_with"
};
var CONDITIONS_MODULE = "boto3.dynamodb.conditions";
var SCOPES5 = {
  function_definition: nameField,
  class_definition: nameField
};
var FUNCTIONS6 = /* @__PURE__ */ new Set(["function_definition", "module"]);
var PATTERNS5 = [
  ...[
    "import_statement",
    "import_from_statement",
    "assignment",
    "class_definition",
    "function_definition"
  ].map((type) => ({
    type,
    pattern: `(${type}) @declaration`
  })),
  {
    type: "call",
    pattern: `(call
      function: (attribute attribute: (identifier) @_method)
      (#any-of? @_method "scan" "get_paginator" "paginate" "execute_statement" "query" "get_item" "put_item"
        "update_item" "delete_item" "batch_get_item" "batch_write_item" "transact_get_items"
        "transact_write_items" "batch_writer" "batch_write" "save" "update" "delete" "refresh" "get")) @candidate`
  },
  // `paginate(client.scan, TableName=…)`: the Scan method handed to a helper that calls it.
  {
    type: "call",
    pattern: `(call
      arguments: (argument_list (attribute attribute: (identifier) @_method) @candidate)
      (#eq? @_method "scan"))`
  }
];
var pythonDetector = {
  patterns: PATTERNS5,
  scopes: SCOPES5,
  forFile: (declarations) => new PyFile(declarations)
};
function isPaginatorFactory(node) {
  return node.childForFieldName("function")?.childForFieldName("attribute")?.text === "get_paginator";
}
function memberName(node) {
  return node.text.replace(/^cls\./, "self.");
}
var PyFile = class {
  /** `get_paginator('scan')` calls whose paginator pages somewhere: reported where it pages. */
  paging = /* @__PURE__ */ new Set();
  bindings = new ScopedNames(FUNCTIONS6, (name) => name.startsWith("self."));
  /** `kwargs["ExclusiveStartKey"] = …`: the dictionary's name → the assignment. */
  items = new ScopedNames(FUNCTIONS6);
  imports = /* @__PURE__ */ new Map();
  models = /* @__PURE__ */ new Map();
  /** PynamoDB model and index classes by name: their bodies declare keys and indexes. */
  modelClasses = /* @__PURE__ */ new Map();
  functions = /* @__PURE__ */ new Map();
  classes = /* @__PURE__ */ new Map();
  /**
   * Every call in the file by the name it calls (`f` for `f(…)`, `self.f(…)`, `obj.f(…)`), read once when a
   * parameter's arguments are looked for: each lookup then costs the calls of that name, not of the file.
   */
  callsByName;
  /**
   * A parameter's handle per function, name, depth and the functions being resolved: every use of a parameter
   * asks the same question (a file of n copies of a function would otherwise resolve n² arguments).
   */
  parameters = /* @__PURE__ */ new Map();
  /** What calls pass to a parameter, by callee names, parameter, depth and the functions being resolved. */
  passed = /* @__PURE__ */ new Map();
  /** Functions whose returns are being resolved: a recursive helper ends the search. */
  resolving = /* @__PURE__ */ new Set();
  /** A function's returned values, by node id: each definition is searched once, however often it is called. */
  returned = /* @__PURE__ */ new Map();
  returnedHandles = /* @__PURE__ */ new Map();
  resolved = /* @__PURE__ */ new Map();
  splats = /* @__PURE__ */ new Map();
  itemEntries = /* @__PURE__ */ new Map();
  constructor(declarations) {
    for (const node of declarations) this.declare(node);
  }
  declare(node) {
    if (node.type === "import_statement") {
      for (const name of node.childrenForFieldName("name")) {
        const dotted = name.type === "aliased_import" ? name.childForFieldName("name") : name;
        const local = name.type === "aliased_import" ? name.childForFieldName("alias")?.text : dotted?.text.split(".")[0];
        if (dotted && local) this.imports.set(local, dotted.text);
      }
    } else if (node.type === "import_from_statement") {
      const module = node.childForFieldName("module_name")?.text ?? "";
      for (const name of node.childrenForFieldName("name")) {
        const imported = name.type === "aliased_import" ? name.childForFieldName("name")?.text : name.text;
        const local = name.type === "aliased_import" ? name.childForFieldName("alias")?.text : name.text;
        if (imported && local) this.imports.set(local, `${module}.${imported}`);
      }
    } else if (node.type === "assignment") {
      const left = node.childForFieldName("left");
      const right = node.childForFieldName("right");
      if (!left || !right) return;
      if (left.type === "identifier" || left.type === "attribute")
        this.bindings.set(memberName(left), right, node);
      else if (left.type === "subscript" && left.childForFieldName("value")?.type === "identifier")
        this.items.set(left.childForFieldName("value")?.text ?? "", node, node);
    } else if (node.type === "class_definition") {
      const name = node.childForFieldName("name")?.text;
      const bases = argumentsOf(node.childForFieldName("superclasses"));
      if (!name) return;
      if (bases.some((base) => this.isPynamoModel(base))) {
        this.models.set(name, metaTableName(node));
        this.modelClasses.set(name, node);
      } else this.classes.set(name, node);
    } else if (node.type === "function_definition") {
      const name = node.childForFieldName("name")?.text;
      if (name) this.functions.set(name, [...this.functions.get(name) ?? [], node]);
    }
  }
  /** A PynamoDB `Model` base class, or a same-file subclass of one. */
  isPynamoModel(base) {
    const imported = this.imports.get(base.text.split(".")[0] ?? "");
    if (imported?.startsWith("pynamodb")) return true;
    return this.models.has(base.text);
  }
  /**
   * What an expression is, remembered per node, depth and the functions being resolved (everything the
   * answer depends on): a name bound n times whose values use names bound n times would otherwise cost
   * n to the power of the depth.
   */
  resolve(node, depth = 0) {
    if (!node || depth > 12) return void 0;
    const key = `${node.id}:${depth}:${[...this.resolving].join(",")}`;
    if (this.resolved.has(key)) return this.resolved.get(key);
    const handle = this.resolveUncached(node, depth);
    this.resolved.set(key, handle);
    return handle;
  }
  resolveUncached(node, depth) {
    switch (node.type) {
      case "identifier":
      case "attribute":
        return this.resolveName(node, depth);
      case "parenthesized_expression":
      case "await":
        return this.resolve(node.namedChildren[0], depth + 1);
      case "call":
        return this.resolveCall(node, depth);
      case "subscript": {
        const value = this.resolve(node.childForFieldName("value"), depth + 1);
        return value?.kind === "other" || value?.kind === "module" && !AWS_SDK_MODULE.test(value.name) ? OTHER : void 0;
      }
      case "string":
      case "integer":
      case "float":
      case "dictionary":
      case "list":
      case "tuple":
      case "set":
      case "none":
      case "true":
      case "false":
      case "list_comprehension":
      case "dictionary_comprehension":
        return OTHER;
      default:
        return void 0;
    }
  }
  resolveName(node, depth) {
    const name = memberName(node);
    if (this.models.has(name)) {
      const table = this.models.get(name);
      return { kind: "model", ...table ? { table } : {} };
    }
    const bound = this.bindings.all(name, node);
    if (bound.length) return this.firstOf(bound.map((value) => () => this.resolve(value, depth + 1)));
    const imported = this.imports.get(name);
    if (imported) return { kind: "module", name: imported };
    if (name.startsWith("self.")) {
      const accessor = this.functions.get(name.slice("self.".length));
      return accessor ? this.returnedBy(accessor, depth) : void 0;
    }
    if (node.type === "identifier") return this.parameter(node, depth);
    return void 0;
  }
  /** The first DynamoDB handle among lazily resolved candidates; `other` only when every one is. */
  firstOf(candidates) {
    let allOther = candidates.length > 0;
    for (const candidate of candidates) {
      const handle = candidate();
      if (handle && handle.kind !== "other") return handle;
      if (!handle) allOther = false;
    }
    return allOther ? OTHER : void 0;
  }
  resolveCall(node, depth) {
    const callee = node.childForFieldName("function");
    const args = argumentsOf(node.childForFieldName("arguments"));
    const first = args[0] ? stringValue5(args[0]) : void 0;
    if (callee?.type === "identifier") {
      const imported = this.imports.get(callee.text);
      if (imported && /^boto3\.(client|resource)$/.test(imported) && first === "dynamodb")
        return { kind: imported.endsWith("client") ? "client" : "resource" };
      const functions = this.functions.get(callee.text);
      if (functions) return this.returnedBy(functions, depth);
      if (this.classes.has(callee.text)) return OTHER;
      if (this.modelClasses.has(callee.text)) return { kind: "item", model: callee.text };
      if (imported && !AWS_SDK_MODULE.test(imported) && !imported.startsWith(PYNAMODB)) return OTHER;
      return void 0;
    }
    if (callee?.type !== "attribute") return void 0;
    const method = callee.childForFieldName("attribute")?.text;
    const object = callee.childForFieldName("object");
    if ((method === "client" || method === "resource") && first === "dynamodb")
      return { kind: method === "client" ? "client" : "resource" };
    if (object && /^(self|cls)$/.test(object.text) && method && this.functions.has(method))
      return this.returnedBy(this.functions.get(method) ?? [], depth);
    const receiver = this.resolve(object, depth + 1);
    if (receiver?.kind === "model" && method === "get" && object && this.modelClasses.has(object.text))
      return { kind: "item", model: object.text };
    if (method === "Table" && (receiver?.kind === "resource" || receiver?.kind !== "other" && this.usesBoto3())) {
      const name = args.find((a) => a.type !== "keyword_argument") ?? keyword(args, "name");
      return { kind: "table", ...name ? { name } : {} };
    }
    if (method === "create_table" && (receiver?.kind === "resource" || receiver === void 0 && this.usesBoto3() && keyword(args, "KeySchema") !== void 0)) {
      const name = keyword(args, "TableName");
      return { kind: "table", ...name ? { name } : {} };
    }
    if (method === "get_paginator" && (first === "scan" || first === "query") && this.isClient(object, receiver))
      return { kind: "paginator", call: node, operation: first === "scan" ? "Scan" : "Query" };
    if (receiver?.kind === "other") return OTHER;
    if (receiver?.kind === "module" && !AWS_SDK_MODULE.test(receiver.name) && !receiver.name.startsWith(PYNAMODB))
      return OTHER;
    return void 0;
  }
  /**
   * What a same-file function returns, over all its `return` statements. Remembered per name when no
   * other resolution is under way (so no recursion guard shaped the answer): a file calling a function
   * n times with n definitions of its name would otherwise resolve n² returns.
   */
  returnedBy(functions, depth) {
    const outermost = this.resolving.size === 0;
    if (outermost && this.returnedHandles.has(functions)) return this.returnedHandles.get(functions);
    const handle = this.returnedByUncached(functions, depth);
    if (outermost) this.returnedHandles.set(functions, handle);
    return handle;
  }
  returnedByUncached(functions, depth) {
    const candidates = functions.flatMap((fn) => {
      if (this.resolving.has(fn.id)) return [];
      let values = this.returned.get(fn.id);
      if (!values) {
        values = returnsOf(fn);
        this.returned.set(fn.id, values);
      }
      return values.map((value) => () => {
        this.resolving.add(fn.id);
        try {
          return this.resolve(value, depth + 1);
        } finally {
          this.resolving.delete(fn.id);
        }
      });
    });
    return this.firstOf(candidates);
  }
  /**
   * A function parameter: its type annotation, its default, or what the file's calls of the function
   * pass (`Store(boto3.resource("dynamodb").Table("orders"))` for `__init__(self, table)`).
   */
  parameter(node, depth) {
    const fn = enclosing(node, FUNCTION_DEFINITIONS);
    if (!fn) return void 0;
    const key = `${fn.id}:${node.text}:${depth}:${[...this.resolving].join(",")}`;
    if (this.parameters.has(key)) return this.parameters.get(key);
    const handle = this.parameterUncached(fn, node, depth);
    this.parameters.set(key, handle);
    return handle;
  }
  parameterUncached(fn, node, depth) {
    const parameters = argumentsOf(fn.childForFieldName("parameters"));
    const index = parameters.findIndex((p) => parameterName(p) === node.text);
    const declared = parameters[index];
    if (!declared) return void 0;
    const annotation = declared.childForFieldName("type")?.text ?? "";
    if (/\bDynamoDBClient\b/.test(annotation)) return { kind: "client" };
    if (/\bDynamoDBServiceResource\b/.test(annotation)) return { kind: "resource" };
    if (/\bTable\b/.test(annotation) && this.usesBoto3()) return { kind: "table" };
    if (this.modelClasses.has(annotation)) return { kind: "item", model: annotation };
    const fallback = declared.childForFieldName("value");
    const name = fn.childForFieldName("name")?.text ?? "";
    const method = enclosing(fn, FUNCTION_OR_CLASS)?.type === "class_definition";
    const position = method ? index - 1 : index;
    const callees = /* @__PURE__ */ new Set([name]);
    if (method && name === "__init__") {
      const owner = enclosing(fn, FUNCTION_OR_CLASS)?.childForFieldName("name")?.text;
      if (owner) callees.add(owner);
    }
    const found = this.passedTo(node, callees, position, depth);
    if (found && found.kind !== "other") return found;
    return fallback ? this.resolve(fallback, depth + 1) : found;
  }
  /**
   * What the file's calls of `callees` pass as the parameter named by `parameter` (by keyword, or at
   * `position`). Remembered by callee names rather than by definition: n definitions of one name share the
   * same n calls, which would otherwise be looked through n² times.
   */
  passedTo(parameter, callees, position, depth) {
    const key = `${[...callees].join(",")}:${parameter.text}:${position}:${depth}:${[...this.resolving].join(",")}`;
    if (this.passed.has(key)) return this.passed.get(key);
    const passed = this.callsOf(parameter, callees).flatMap((call) => {
      const args = argumentsOf(call.childForFieldName("arguments"));
      const value = keyword(args, parameter.text) ?? args.filter((a) => a.type !== "keyword_argument")[position];
      return value ? [() => this.resolve(value, depth + 1)] : [];
    });
    const found = this.firstOf(passed);
    this.passed.set(key, found);
    return found;
  }
  /** Calls in the file of a function or class named in `callees` (`f(…)`, `self.f(…)`, `obj.f(…)`). */
  callsOf(anywhere, callees) {
    if (!this.callsByName) {
      this.callsByName = /* @__PURE__ */ new Map();
      for (const call of anywhere.tree.rootNode.descendantsOfType("call")) {
        const callee = call.childForFieldName("function");
        const name = callee?.type === "attribute" ? callee.childForFieldName("attribute")?.text : callee?.text;
        if (name === void 0) continue;
        const calls = this.callsByName.get(name);
        if (calls) calls.push(call);
        else this.callsByName.set(name, [call]);
      }
    }
    const byName = this.callsByName;
    return [...callees].flatMap((name) => byName.get(name) ?? []).sort((a, b) => a.startIndex - b.startIndex);
  }
  usesBoto3() {
    return [...this.imports.values()].some((module) => AWS_SDK_MODULE.test(module));
  }
  /**
   * A DynamoDB client by its origin; a receiver the file cannot trace (a parameter nobody in the file
   * passes, an attribute set elsewhere) by its name, and only in a file that uses the AWS SDK.
   */
  isClient(receiver, handle) {
    if (handle?.kind === "client") return true;
    if (handle && !(handle.kind === "module" && !AWS_SDK_MODULE.test(handle.name))) return false;
    return this.usesBoto3() && CLIENT_NAME2.test(lastName(receiver));
  }
  /** A boto3 Table by its origin, or (untraceable, in a file using the AWS SDK) by its name. */
  isTable(receiver, handle) {
    if (handle?.kind === "table") return true;
    if (handle && !(handle.kind === "module" && !AWS_SDK_MODULE.test(handle.name))) return false;
    return this.usesBoto3() && TABLE_NAME.test(lastName(receiver));
  }
  /** A paginator is reported where it pages (with its arguments), or where it is made if it never does. */
  finish(found) {
    return found.filter((d) => !(this.paging.has(d.node.id) && isPaginatorFactory(d.node)));
  }
  detect(node) {
    if (node.type === "attribute") return this.scanReference(node);
    const found = this.call(node);
    if (found?.madeBy) this.paging.add(found.madeBy.id);
    return found?.detection;
  }
  call(node) {
    const callee = node.childForFieldName("function");
    const method = callee?.childForFieldName("attribute")?.text;
    const receiverNode = callee?.childForFieldName("object") ?? null;
    if (method === "get" && !(receiverNode?.type === "identifier" && /^[A-Z]/.test(receiverNode.text)))
      return void 0;
    const receiver = this.resolve(receiverNode);
    const args = argumentsOf(node.childForFieldName("arguments"));
    const keys = this.keywordNames(args);
    switch (method) {
      case "scan": {
        if (receiver?.kind === "model") return { detection: this.pynamoScan(node, receiver.table, args) };
        if (receiver?.kind === "table") return { detection: this.sdkScan(node, args, receiver.name) };
        if (receiver?.kind === "other") return void 0;
        if (this.isClient(receiverNode, receiver))
          return { detection: this.sdkScan(node, args, this.keyword(args, "TableName")) };
        if (keys.some((k) => SCAN_PARAMETERS.has(k)) && (receiver === void 0 || receiver.kind === "module"))
          return { detection: this.sdkScan(node, args, this.keyword(args, "TableName")) };
        if (this.isTable(receiverNode, receiver)) return { detection: this.sdkScan(node, args, void 0) };
        const model = receiverNode && receiver?.kind === "module" ? importedClass(receiverNode, receiver.name) : void 0;
        if (model)
          return {
            detection: { ...this.pynamoScan(node, void 0, args), entity: model, entityRequired: true }
          };
        return void 0;
      }
      case "get_paginator": {
        const paginator = this.resolve(node);
        if (paginator?.kind !== "paginator") return void 0;
        const made = paginator.operation === "Scan" ? this.sdkScan(node, [], void 0) : this.query(node, [], void 0);
        return { detection: { ...made, paginated: true } };
      }
      case "paginate": {
        if (receiver?.kind !== "paginator") return void 0;
        const table = this.keyword(args, "TableName");
        const made = receiver.operation === "Scan" ? this.sdkScan(node, args, table) : this.query(node, args, table);
        return { detection: { ...made, paginated: true }, madeBy: receiver.call };
      }
      case "execute_statement": {
        if (receiver?.kind === "other") return void 0;
        if (!this.isClient(receiverNode, receiver) && !keys.includes("Statement")) return void 0;
        const statement = this.keyword(args, "Statement");
        const text = statement ? statementText(this.values, statement) : void 0;
        return text === void 0 ? void 0 : { detection: { node, operation: "ExecuteStatement", library: BOTO3, statement: text } };
      }
      default: {
        const detection = method ? this.operationCall(node, method, receiverNode, receiver, args, keys) : void 0;
        return detection ? { detection } : void 0;
      }
    }
  }
  /** Any other data-plane call: boto3 clients, resources and tables, PynamoDB models and indexes. */
  operationCall(node, method, receiverNode, receiver, args, keys) {
    if (receiver?.kind === "model") return this.pynamoCall(node, method, receiverNode, void 0, args);
    if (receiver?.kind === "item") return this.pynamoItemCall(node, method, receiver.model, args);
    const index = receiverNode ? this.pynamoIndex(receiverNode) : void 0;
    if (index) return this.pynamoCall(node, method, index.model, index, args);
    if (method === "batch_writer") {
      if (receiver?.kind !== "table" && !(receiver === void 0 && this.isTable(receiverNode, receiver)))
        return void 0;
      const table = receiver?.kind === "table" ? receiver.name : void 0;
      return {
        node,
        operation: "BatchWriteItem",
        library: BOTO3,
        unprocessedHandled: true,
        ...table ? { table: tableReference(this.values, table) } : {}
      };
    }
    const operation = OPERATIONS2[method];
    if (!operation) return void 0;
    if (receiver?.kind === "table")
      return TABLE_METHODS.has(method) ? this.request(node, operation, args, receiver.name) : void 0;
    if (receiver?.kind === "resource")
      return RESOURCE_METHODS.has(method) ? this.request(node, operation, args, void 0) : void 0;
    if (receiver?.kind === "other" || receiver?.kind === "paginator") return void 0;
    if (this.isClient(receiverNode, receiver) || keys.some((k) => DYNAMODB_PARAMETERS.has(k)) && (receiver === void 0 || receiver.kind === "module"))
      return this.request(node, operation, args, this.keyword(args, "TableName"));
    if (TABLE_METHODS.has(method) && this.isTable(receiverNode, receiver))
      return this.request(node, operation, args, void 0);
    return void 0;
  }
  /** A low-level request (client, resource or table): its table(s) and access facts. */
  request(node, operation, args, table) {
    const fields = this.fields(args);
    const found = {
      node,
      operation,
      library: BOTO3,
      ...requestAccess(operation, fields, this.opaqueSplat(args)),
      ...batchHandling(operation, node),
      ...operation === "Query" && queryPaging(
        node,
        { request: args.find((a) => a.type === "dictionary_splat") },
        this.values,
        FUNCTIONS6
      )
    };
    return withTables(found, fields, this.values, table);
  }
  query(node, args, table) {
    return this.request(node, "Query", args, table)[0] ?? { node, operation: "Query", library: BOTO3 };
  }
  /** A `**kwargs` whose dictionary the file does not build here: it may carry any field. */
  opaqueSplat(args) {
    return args.find((a) => {
      const dictionary = a.type === "dictionary_splat" ? a.namedChildren[0] : void 0;
      if (!dictionary) return false;
      const bound = dictionary.type === "identifier" ? this.bindings.get(dictionary.text, dictionary) : void 0;
      const built = bound?.type === "dictionary" || bound?.type === "call" && bound.childForFieldName("function")?.text === "dict";
      return !built;
    });
  }
  /** boto3 keyword arguments (written out or in a `**kwargs` dictionary) as request fields. */
  fields(args) {
    return {
      field: (name) => this.keyword(args, name),
      string: (node) => constantString(this.values, node),
      entries: (node) => this.dictionaryEntries(node),
      boolean: (node) => this.booleanValue(node),
      keyBuilder: (node) => this.keyBuilder(node),
      filterBuilder: (node) => this.filterBuilder(node)
    };
  }
  /** A dictionary literal's entries (or a name bound to one); undefined when it unpacks another. */
  dictionaryEntries(node) {
    return throughNames(node, this.values, (literal) => this.dictionaryLiteral(literal));
  }
  dictionaryLiteral(node) {
    if (node.type !== "dictionary") return void 0;
    const entries = [];
    for (const pair of argumentsOf(node)) {
      const key = pair.type === "pair" ? pair.childForFieldName("key") : null;
      const value = pair.childForFieldName("value");
      if (!key || !value) return void 0;
      entries.push({ key, value });
    }
    return entries;
  }
  booleanValue(node) {
    return throughNames(
      node,
      this.values,
      (n) => n.type === "true" || n.type === "false" ? n.type === "true" : void 0
    );
  }
  /** boto3's `Key('pk').eq(v) & Key('sk').begins_with(p)`, or a name bound to one. */
  keyBuilder(node, hops = 0) {
    if (hops > 8) return void 0;
    switch (node.type) {
      case "parenthesized_expression":
        return node.namedChildren[0] ? this.keyBuilder(node.namedChildren[0], hops + 1) : void 0;
      case "identifier": {
        const bound = this.bindings.get(node.text, node);
        return bound ? this.keyBuilder(bound, hops + 1) : void 0;
      }
      case "binary_operator": {
        const left = node.childForFieldName("left");
        const right = node.childForFieldName("right");
        if (node.childForFieldName("operator")?.text !== "&" || !left || !right) return void 0;
        const both = [this.keyBuilder(left, hops + 1), this.keyBuilder(right, hops + 1)];
        return both[0] && both[1] ? [...both[0], ...both[1]] : void 0;
      }
      case "call": {
        const callee = node.childForFieldName("function");
        const operator = KEY_METHODS2[callee?.childForFieldName("attribute")?.text ?? ""];
        const subject = callee?.childForFieldName("object");
        const attribute = subject ? this.conditionSubject(subject, "Key") : void 0;
        return operator && subject && attribute !== void 0 ? [{ attribute, operator, node: subject }] : void 0;
      }
      default:
        return void 0;
    }
  }
  /** The attributes boto3's `Attr('status').eq(s) & ~Attr('deleted').exists()` reads. */
  filterBuilder(node, hops = 0) {
    if (hops > 8) return void 0;
    switch (node.type) {
      case "parenthesized_expression":
      case "unary_operator":
        return node.namedChildren[0] ? this.filterBuilder(node.namedChildren[0], hops + 1) : void 0;
      case "identifier": {
        const bound = this.bindings.get(node.text, node);
        return bound ? this.filterBuilder(bound, hops + 1) : void 0;
      }
      case "binary_operator": {
        const operator = node.childForFieldName("operator")?.text;
        const left = node.childForFieldName("left");
        const right = node.childForFieldName("right");
        if (operator !== "&" && operator !== "|" || !left || !right) return void 0;
        const both = [this.filterBuilder(left, hops + 1), this.filterBuilder(right, hops + 1)];
        return both[0] && both[1] ? [.../* @__PURE__ */ new Set([...both[0], ...both[1]])] : void 0;
      }
      case "call": {
        let subject = node.childForFieldName("function")?.childForFieldName("object");
        while (subject?.type === "call" && subject.childForFieldName("function")?.type === "attribute")
          subject = subject.childForFieldName("function")?.childForFieldName("object");
        const attribute = subject ? this.conditionSubject(subject, "Attr") ?? this.conditionSubject(subject, "Key") : void 0;
        return attribute !== void 0 ? [attribute] : void 0;
      }
      default:
        return void 0;
    }
  }
  /** `Key('pk')` / `Attr('status')` from boto3's conditions module → the attribute name, when literal. */
  conditionSubject(node, builder) {
    if (node.type !== "call") return void 0;
    const callee = node.childForFieldName("function");
    const [head = "", ...rest] = callee?.text.split(".") ?? [];
    const imported = this.imports.get(head);
    if (!imported || [imported, ...rest].join(".") !== `${CONDITIONS_MODULE}.${builder}`) return void 0;
    const name = argumentsOf(node.childForFieldName("arguments"))[0];
    return name ? constantString(this.values, name) : void 0;
  }
  /** `Order.by_customer` where the model declares `by_customer = ByCustomerIndex()`. */
  pynamoIndex(receiver) {
    if (receiver.type !== "attribute") return void 0;
    const model = receiver.childForFieldName("object");
    const attribute = receiver.childForFieldName("attribute")?.text;
    const modelClass = model && this.modelClasses.get(model.text);
    const indexClass = modelClass && attribute ? attributeClass(modelClass, attribute) : void 0;
    const index = indexClass ? this.modelClasses.get(indexClass) : void 0;
    return model && index ? { model, index } : void 0;
  }
  /**
   * A PynamoDB item's own calls: `save()` (PutItem, writing the model's attributes), `update(actions=[…])`
   * (the attributes its actions target), `delete()`, `refresh()` (GetItem).
   */
  pynamoItemCall(node, method, model, args) {
    const operation = ITEM_OPERATIONS[method];
    const modelClass = this.modelClasses.get(model);
    if (!operation || !modelClass) return void 0;
    const table = this.models.get(model);
    const attributes = modelAttributes(modelClass, (name) => this.modelClasses.has(name));
    const written = operation === "PutItem" ? [...attributes.values()].map((a) => a.name) : operation === "UpdateItem" ? this.updateActions(keyword(args, "actions") ?? args[0], attributes) : void 0;
    return {
      node,
      operation,
      library: PYNAMODB,
      ...table ? { table: tableReference(this.values, table) } : {},
      ...written && { writtenAttributes: written },
      ...operation === "GetItem" && this.pynamoConsistentRead(args)
    };
  }
  /** `[Order.status.set(s), Order.visits.add(1)]`: the attributes the actions target, when all are written out. */
  updateActions(actions, attributes) {
    const list = actions && throughNames(actions, this.values, (n) => n.type === "list" ? n : void 0);
    if (!list) return void 0;
    const names = argumentsOf(list).map((action) => {
      const subject = action.type === "call" ? action.childForFieldName("function")?.childForFieldName("object") : void 0;
      const attribute = subject?.type === "attribute" ? subject.childForFieldName("attribute")?.text : void 0;
      return attribute === void 0 ? void 0 : attributes.get(attribute)?.name ?? attribute;
    });
    return names.every((n) => n !== void 0) ? [...new Set(names)] : void 0;
  }
  /** PynamoDB `Model.query`, `Model.get`, `Model.batch_write()`, `Model.index.query`. */
  pynamoCall(node, method, modelNode, index, args) {
    const modelClass = modelNode ? this.modelClasses.get(modelNode.text) : void 0;
    const table = this.models.get(modelNode?.text ?? "");
    const base = { node, library: PYNAMODB, ...table ? { table: tableReference(this.values, table) } : {} };
    if (method === "batch_write" && !index)
      return { ...base, operation: "BatchWriteItem", unprocessedHandled: true };
    if (method === "get" && !index)
      return { ...base, operation: "GetItem", ...this.pynamoConsistentRead(args) };
    if (method !== "query" || !modelClass) return void 0;
    const attributeName = (reference) => {
      const owner = reference.type === "attribute" ? reference.childForFieldName("object")?.text : void 0;
      const name = reference.childForFieldName("attribute")?.text;
      const declared = owner ? this.modelClasses.get(owner) : void 0;
      return declared && name ? modelAttributes(declared).get(name)?.name ?? name : void 0;
    };
    return {
      ...base,
      operation: "Query",
      paginated: true,
      ...this.pynamoQuery(node, index?.index ?? modelClass, args, attributeName),
      ...index && { index: this.pynamoIndexName(index.index) }
    };
  }
  pynamoQuery(node, keyed, args, attributeName) {
    const positional = args.filter((a) => a.type !== "keyword_argument");
    const hashValue = positional[0] ?? keyword(args, "hash_key");
    const range = positional[1] ?? keyword(args, "range_key_condition");
    const hash = [...modelAttributes(keyed).values()].find((a) => a.hashKey);
    const rangeTerm = range ? rangeCondition(range, attributeName) : void 0;
    const keyNode = hashValue ?? node;
    const keyCondition = hash && (!range || rangeTerm) ? {
      node: keyNode,
      value: [
        { attribute: hash.name, operator: "=", node: keyNode },
        ...rangeTerm ? [rangeTerm] : []
      ]
    } : {
      node: keyNode,
      reason: hash ? "computed at run time" : "the hash key is declared in another class"
    };
    const filterNode = keyword(args, "filter_condition");
    return {
      keyCondition,
      ...filterNode && { filter: detected(filterNode, conditionReferences(filterNode, attributeName)) },
      ...this.pynamoConsistentRead(args)
    };
  }
  pynamoConsistentRead(args) {
    const node = keyword(args, "consistent_read");
    return node ? { consistentRead: detected(node, this.booleanValue(node)) } : {};
  }
  /** An index class's `Meta.index_name`, when literal; anything else is left unknown. */
  pynamoIndexName(index) {
    const name = metaValue(index, "index_name");
    const value = name ? constantString(this.values, name) : void 0;
    return value !== void 0 && name ? { node: name, value } : { node: name ?? index, reason: "the index name is not a literal in its Meta class" };
  }
  /**
   * `paginate(client.scan, TableName="orders")`: the helper calls the Scan; whether it pages is read
   * from the helper when the file defines it, and unknown otherwise.
   */
  scanReference(node) {
    const receiverNode = node.childForFieldName("object");
    const receiver = this.resolve(receiverNode);
    const table = receiver?.kind === "table";
    if (!table && !this.isClient(receiverNode, receiver)) return void 0;
    const call = node.parent?.parent;
    if (call?.type !== "call") return void 0;
    const args = argumentsOf(call.childForFieldName("arguments"));
    const callee = call.childForFieldName("function");
    const helperName = callee?.type === "attribute" ? callee.childForFieldName("attribute")?.text : callee?.text;
    const helper = helperName ? this.functions.get(helperName)?.[0] : void 0;
    const tableNode = receiver?.kind === "table" ? receiver.name : this.keyword(args, "TableName");
    const segments = this.keyword(args, "TotalSegments");
    const scan = scanDetection(
      call,
      BOTO3,
      { table: tableNode, segments, paginated: true },
      this.values,
      FUNCTIONS6
    );
    const { paginated: _assumed, ...withoutPaging } = scan;
    return helper ? { ...withoutPaging, paginated: readsPages(helper) } : withoutPaging;
  }
  /** Keyword names a call passes, with those of `**kwargs` dictionaries built in the file. */
  keywordNames(args) {
    return args.flatMap((a) => {
      if (a.type === "keyword_argument") return [a.childForFieldName("name")?.text ?? ""];
      return a.type === "dictionary_splat" ? this.splatEntries(a).map(([key]) => key) : [];
    });
  }
  /** A keyword argument's value, written out or carried in a `**kwargs` dictionary built in the file. */
  keyword(args, name) {
    const direct = keyword(args, name);
    if (direct) return direct;
    for (const splat of args.filter((a) => a.type === "dictionary_splat")) {
      const entry = this.splatEntries(splat).find(([key]) => key === name);
      if (entry) return entry[1];
    }
    return void 0;
  }
  /** `**kwargs`: the keys and values of `kwargs = {…}` and of `kwargs["Key"] = …` before the call. */
  /**
   * The literal entries a `**params` request passes, remembered per splat (a request's fields each look it
   * up) and per item assignment (every request of a function sees the same `params['X'] = …` lines).
   */
  splatEntries(splat) {
    let entries = this.splats.get(splat.id);
    if (!entries) {
      entries = this.splatEntriesUncached(splat);
      this.splats.set(splat.id, entries);
    }
    return entries;
  }
  itemEntry(assignment) {
    if (this.itemEntries.has(assignment.id)) return this.itemEntries.get(assignment.id);
    const target = assignment.childForFieldName("left");
    const key = target?.childForFieldName("subscript");
    const value = assignment.childForFieldName("right");
    const text = key ? stringValue5(key) : void 0;
    const entry = text !== void 0 && value ? [text, value] : void 0;
    this.itemEntries.set(assignment.id, entry);
    return entry;
  }
  splatEntriesUncached(splat) {
    const dictionary = splat.namedChildren[0];
    if (dictionary?.type !== "identifier") return [];
    const entries = [];
    const literal = this.bindings.get(dictionary.text, dictionary);
    if (literal?.type === "dictionary") {
      for (const pair of literal.namedChildren) {
        const key = pair.type === "pair" ? pair.childForFieldName("key") : null;
        const value = pair.childForFieldName("value");
        const text = key ? stringValue5(key) : void 0;
        if (text !== void 0 && value) entries.push([text, value]);
      }
    } else if (literal?.type === "call" && literal.childForFieldName("function")?.text === "dict") {
      for (const [key, value] of argumentsOf(literal.childForFieldName("arguments")).flatMap(
        (a) => a.type === "keyword_argument" ? [[a.childForFieldName("name"), a.childForFieldName("value")]] : []
      ))
        if (key && value) entries.push([key.text, value]);
    }
    for (const assignment of this.items.all(dictionary.text, dictionary)) {
      const entry = this.itemEntry(assignment);
      if (entry) entries.push(entry);
    }
    return entries;
  }
  sdkScan(node, args, table) {
    const segments = this.keyword(args, "TotalSegments");
    const request = args.find((a) => a.type === "dictionary_splat");
    const facts = { table, segments, request };
    const fields = this.fields(args);
    return scanWithAccess(node, BOTO3, facts, this.values, FUNCTIONS6, fields, this.opaqueSplat(args));
  }
  /** PynamoDB's `scan` pages through the table itself; `segment`/`total_segments` make it parallel. */
  pynamoScan(node, table, args) {
    const segments = keyword(args, "total_segments");
    return scanDetection(node, PYNAMODB, { table, segments, paginated: true }, this.values, FUNCTIONS6);
  }
  values = {
    literal: stringValue5,
    environment: environmentVariable3,
    bound: (node) => node.type === "identifier" || node.type === "attribute" ? this.bindings.get(memberName(node), node) : void 0,
    preferred: (node) => node.type === "boolean_operator" ? node.childForFieldName("left") ?? void 0 : void 0,
    template: formatted,
    concatenation: (node) => {
      if (node.type === "concatenated_string") return node.namedChildren;
      const operator = node.type === "binary_operator" ? node.childForFieldName("operator")?.text : void 0;
      const left = node.childForFieldName("left");
      const right = node.childForFieldName("right");
      return operator === "+" && left && right ? [left, right] : void 0;
    }
  };
};
var FUNCTION_DEFINITIONS = /* @__PURE__ */ new Set(["function_definition"]);
var FUNCTION_OR_CLASS = /* @__PURE__ */ new Set(["function_definition", "class_definition"]);
function lastName(node) {
  if (!node) return "";
  return node.type === "attribute" ? node.childForFieldName("attribute")?.text ?? "" : node.text;
}
function importedClass(receiver, imported) {
  if (receiver.type !== "identifier" || AWS_SDK_MODULE.test(imported) || imported.startsWith(PYNAMODB))
    return void 0;
  const name = imported.split(".").at(-1) ?? "";
  return imported.includes(".") && /^[A-Z]\w*$/.test(name) ? name : void 0;
}
function parameterName(parameter) {
  if (parameter.type === "identifier") return parameter.text;
  const name = parameter.childForFieldName("name") ?? parameter.namedChildren[0];
  return name?.type === "identifier" ? name.text : void 0;
}
function returnsOf(fn) {
  return fn.descendantsOfType("return_statement").filter((r) => enclosing(r, FUNCTION_DEFINITIONS)?.equals(fn)).flatMap((r) => {
    const value = r.namedChildren[0];
    return value ? [value] : [];
  });
}
function keyword(args, name) {
  const found = args.find((a) => a.type === "keyword_argument" && a.childForFieldName("name")?.text === name);
  return found?.childForFieldName("value") ?? void 0;
}
function metaTableName(model) {
  const meta = model.childForFieldName("body")?.namedChildren.find(
    (c) => c.type === "class_definition" && c.childForFieldName("name")?.text === "Meta"
  );
  for (const assignment of meta?.descendantsOfType("assignment") ?? []) {
    if (assignment.childForFieldName("left")?.text === "table_name")
      return assignment.childForFieldName("right") ?? void 0;
  }
  return void 0;
}

// src/code/languages.ts
var LANGUAGES = [
  {
    id: "javascript",
    name: "JavaScript",
    extensions: { ".js": "javascript", ".mjs": "javascript", ".cjs": "javascript", ".jsx": "javascript" },
    detector: javascriptDetector,
    commentTypes: ["comment"]
  },
  {
    id: "typescript",
    name: "TypeScript",
    extensions: { ".ts": "typescript", ".mts": "typescript", ".cts": "typescript", ".tsx": "tsx" },
    detector: javascriptDetector,
    commentTypes: ["comment"]
  },
  {
    id: "python",
    name: "Python",
    extensions: { ".py": "python" },
    detector: pythonDetector,
    commentTypes: ["comment"]
  },
  { id: "go", name: "Go", extensions: { ".go": "go" }, detector: goDetector, commentTypes: ["comment"] },
  {
    id: "java",
    name: "Java",
    extensions: { ".java": "java" },
    detector: javaDetector,
    commentTypes: ["line_comment", "block_comment"]
  },
  {
    id: "csharp",
    name: "C#",
    extensions: { ".cs": "c_sharp" },
    detector: csharpDetector,
    commentTypes: ["comment"]
  }
];
var SKIPPED_SUFFIXES = [
  ".d.ts",
  ".d.mts",
  ".d.cts",
  ".min.js",
  ".min.mjs",
  ".min.cjs",
  "-min.js",
  ".bundle.js"
];
function codeFileKind(name) {
  const lower = name.toLowerCase();
  if (SKIPPED_SUFFIXES.some((suffix) => lower.endsWith(suffix))) return void 0;
  const dot = lower.lastIndexOf(".");
  if (dot < 0) return void 0;
  const extension = lower.slice(dot);
  for (const language of LANGUAGES) {
    const grammar = language.extensions[extension];
    if (grammar) return { language: language.id, grammar };
  }
  return void 0;
}
function languageById(id) {
  return LANGUAGES.find((language) => language.id === id);
}

// src/code/suppressions.ts
var DIRECTIVE = "dynalint-ignore-next-line";
function commentSuppressions(root, text, file, commentTypes) {
  const suppressions = [];
  const problems = [];
  if (!text.includes(DIRECTIVE)) return { suppressions, problems };
  for (const comment of root.descendantsOfType([...commentTypes])) {
    const at = comment.text.indexOf(DIRECTIVE);
    if (at < 0) continue;
    const directive = locationOf(comment, file);
    const line = directive.endLine + 1;
    const read = suppressionOf(
      readDirective(comment.text.slice(at + DIRECTIVE.length)),
      { file, startLine: line, endLine: line, directive },
      `"${DIRECTIVE} <rule-id> -- why this call is fine"`
    );
    if ("problem" in read) problems.push(read.problem);
    else suppressions.push(read.suppression);
  }
  return { suppressions, problems };
}

// src/code/analyze.ts
var parsers = /* @__PURE__ */ new Map();
function parserFor(grammar) {
  let parser = parsers.get(grammar);
  if (!parser) {
    parser = createParser(grammar);
    parsers.set(grammar, parser);
  }
  return parser;
}
async function analyzeFile(input) {
  const notes = [];
  const empty = { uses: [], suppressions: [], problems: [], notes };
  let parser;
  try {
    parser = await parserFor(input.grammar);
  } catch (error) {
    notes.push(`${input.display}: the ${input.grammar} grammar did not load (${String(error)})`);
    return empty;
  }
  const language = languageById(input.language);
  if (!language) {
    notes.push(`${input.display}: no code-scan language "${input.language}"`);
    return empty;
  }
  if (bracketsNestedBeyond(input.text, MAX_PARSED_BRACKET_DEPTH)) {
    return {
      ...empty,
      problems: [skipped(input.display, `code nested more than ${MAX_SYNTAX_DEPTH} levels deep`)]
    };
  }
  const deadline = performance.now() + MAX_PARSE_MS;
  const tree = parseWithin(parser, input.text);
  if (!tree) {
    return {
      ...empty,
      problems: [skipped(input.display, `parsing took longer than ${MAX_PARSE_MS / 1e3} s`)]
    };
  }
  try {
    const root = tree.rootNode;
    if (nestedTooDeeply(root, deadline)) {
      return {
        ...empty,
        problems: [skipped(input.display, `code nested more than ${MAX_SYNTAX_DEPTH} levels deep`)]
      };
    }
    const detector = language.detector;
    const detections = detect(root, detector, deadline);
    const sound = detections.filter((d) => !withinSyntaxError(d.node));
    if (root.hasError) {
      notes.push(
        `${input.display}: syntax errors${firstErrorLine(root)}; calls inside them are not reported`
      );
    }
    const uses = sound.flatMap((d) => toUse(d, input, detector));
    const { suppressions, problems } = commentSuppressions(
      root,
      input.text,
      input.display,
      language.commentTypes
    );
    return { uses, suppressions, problems, notes };
  } catch (error) {
    if (error instanceof AnalysisLimitError)
      return { ...empty, problems: [skipped(input.display, error.message)] };
    notes.push(`${input.display}: not analysed (${error instanceof Error ? error.message : String(error)})`);
    return empty;
  } finally {
    tree.delete();
  }
}
function toUse(detection, input, detector) {
  const details = {};
  if (detection.paginated !== void 0) details.paginated = detection.paginated;
  if (detection.totalSegments !== void 0) details.totalSegments = detection.totalSegments;
  if (detection.entity !== void 0) details.entity = detection.entity;
  if (detection.entityRequired) details.entityRequired = true;
  let table = detection.table;
  let statementIndex;
  if (detection.statement !== void 0) {
    details.statement = detection.statement;
    const select = parseSelect(detection.statement);
    const name = select ? select.table : writtenTable(detection.statement);
    table = name === void 0 ? { kind: "unknown", reason: "interpolated into the statement", node: detection.node } : { kind: "literal", value: name, node: detection.node };
    if (select?.index !== void 0)
      statementIndex = known(select.index, locationOf(detection.node, input.display));
  }
  return [
    {
      operation: detection.operation,
      language: input.language,
      library: detection.library,
      location: locationOf(detection.node, input.display),
      scope: scopeName(detection.node, detector.scopes),
      ...tableFields(table, input.display),
      ...accessFacts(detection, input.display),
      ...statementIndex ? { index: statementIndex } : {},
      ...Object.keys(details).length ? { details } : {}
    }
  ];
}
function propOf(value, file) {
  const location = locationOf(value.node, file);
  return value.value !== void 0 ? known(value.value, location) : unknown(value.reason ?? "computed at run time", location);
}
function accessFacts(detection, file) {
  const { index, keyCondition, filter, select, consistentRead, unprocessedHandled, writtenAttributes: writtenAttributes2 } = detection;
  const terms = keyCondition && {
    node: keyCondition.node,
    ...keyCondition.reason !== void 0 && { reason: keyCondition.reason },
    ...keyCondition.value && {
      value: keyCondition.value.map(({ attribute, operator, node }) => ({
        attribute,
        operator,
        location: locationOf(node ?? keyCondition.node, file)
      }))
    }
  };
  return {
    ...index && { index: propOf(index, file) },
    ...terms && { keyCondition: propOf(terms, file) },
    ...filter && { filter: propOf(filter, file) },
    ...select !== void 0 && { select },
    ...consistentRead && { consistentRead: propOf(consistentRead, file) },
    ...unprocessedHandled !== void 0 && { unprocessedHandled },
    ...writtenAttributes2 && { writtenAttributes: writtenAttributes2 }
  };
}
function skipped(file, why) {
  return {
    ruleId: "file-skipped",
    severity: "warning",
    message: `not analysed: ${why}`,
    location: fileStart(file)
  };
}
function withinSyntaxError(node) {
  if (node.hasError) return true;
  for (let at = parentOf(node); at; at = parentOf(at)) if (at.isError) return true;
  return false;
}
function firstErrorLine(root) {
  const error = root.descendantsOfType("ERROR")[0];
  return error ? ` (first at line ${error.startPosition.row + 1})` : "";
}

export {
  LANGUAGES,
  codeFileKind,
  analyzeFile
};
