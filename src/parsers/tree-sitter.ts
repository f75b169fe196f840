/**
 * One tree-sitter runtime (web-tree-sitter, WebAssembly) for every grammar dynalint parses: application
 * code and HCL. Grammars load once per process, on first use.
 *
 * Where the `.wasm` files are: in the bundle, `dist/wasm/<file>.br` (brotli-compressed at build time,
 * which shrinks them about tenfold); from source (tests, tsx), the grammar packages in node_modules.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { brotliDecompressSync } from 'node:zlib';
import { Language, Parser, type Node, type Tree } from 'web-tree-sitter';
import type { Location } from '../model.ts';
import wasmFiles from './grammars.json' with { type: 'json' };

export type GrammarName = keyof typeof wasmFiles.grammars;

export const GRAMMAR_NAMES = Object.keys(wasmFiles.grammars) as GrammarName[];

let runtime: Promise<void> | undefined;
const languages = new Map<GrammarName, Promise<Language>>();

/** A parser for `grammar`; parsers are cheap, languages are cached. */
export async function createParser(grammar: GrammarName): Promise<Parser> {
  const language = await loadLanguage(grammar);
  const parser = new Parser();
  parser.setLanguage(language);
  return parser;
}

/** Parsing one file may take this long; past it the parse is cancelled (error recovery on hostile input). */
export const MAX_PARSE_MS = 4_000;

/** The tree of `text`, or null when parsing took longer than `budgetMs` and was cancelled. */
/**
 * Bracket depth past which text is not handed to tree-sitter: its error recovery on millions of unclosed
 * brackets can exhaust the WebAssembly memory, and an aborted runtime parses nothing after. Four times the
 * depth the code scan analyses (every bracket level is at least one level of the tree), so brackets inside
 * strings or comments, counted too, would need to be unbalanced by hundreds to reach it.
 */
export const MAX_PARSED_BRACKET_DEPTH = 1024;

/** Whether `([{` nest deeper than `limit` anywhere in `text`, closers matched by count: one pass, no parse. */
export function bracketsNestedBeyond(text: string, limit: number): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x28 || c === 0x5b || c === 0x7b) {
      depth += 1;
      if (depth > limit) return true;
    } else if ((c === 0x29 || c === 0x5d || c === 0x7d) && depth > 0) depth -= 1;
  }
  return false;
}

export function parseWithin(parser: Parser, text: string, budgetMs = MAX_PARSE_MS): Tree | null {
  const deadline = performance.now() + budgetMs;
  const tree = parser.parse(text, null, { progressCallback: () => performance.now() > deadline });
  // A cancelled parse would otherwise resume on the parser's next call, with the next file's text.
  if (!tree) parser.reset();
  return tree;
}

export function loadLanguage(grammar: GrammarName): Promise<Language> {
  let language = languages.get(grammar);
  if (!language) {
    const { package: pkg, file } = wasmFiles.grammars[grammar];
    language = initRuntime().then(async () => Language.load(await readWasm(pkg, file)));
    languages.set(grammar, language);
  }
  return language;
}

function initRuntime(): Promise<void> {
  runtime ??= readWasm(wasmFiles.runtime.package, wasmFiles.runtime.file).then((wasmBinary) =>
    Parser.init({ wasmBinary }),
  );
  return runtime;
}

async function readWasm(pkg: string, file: string): Promise<Uint8Array> {
  for (const candidate of bundledCandidates(file)) {
    const compressed = await readFile(candidate).catch(() => undefined);
    if (compressed) return new Uint8Array(brotliDecompressSync(compressed));
  }
  // Every package here either exports the .wasm file or exports nothing (so any file resolves).
  const require = createRequire(import.meta.url);
  return new Uint8Array(await readFile(require.resolve(`${pkg}/${file}`)));
}

/** `dist/wasm/` seen from an entry (`dist/cli.js`) or from a shared chunk (`dist/chunks/…`). */
function bundledCandidates(file: string): URL[] {
  return [new URL(`./wasm/${file}.br`, import.meta.url), new URL(`../wasm/${file}.br`, import.meta.url)];
}

/** A syntax node's span as a 1-based, end-inclusive `Location` in `file`. */
export function locationOf(node: Node, file: string): Location {
  const start = node.startPosition;
  const end = node.endPosition;
  return {
    file,
    line: start.row + 1,
    column: start.column + 1,
    endLine: end.row + 1,
    endColumn: Math.max(1, end.column),
  };
}
