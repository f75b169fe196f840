// Bundles the entry points into dist/ and ships the tree-sitter WebAssembly files beside them,
// brotli-compressed. Deterministic: CI rebuilds and fails if dist/ changes.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { brotliCompressSync, constants } from 'node:zlib';
import { build } from 'esbuild';

const dist = new URL('../dist/', import.meta.url);
await rm(dist, { recursive: true, force: true });
await build({
  // code-worker: the code scan's worker-thread entry, loaded beside the bundle (src/code/pool.ts).
  entryPoints: { cli: 'src/cli.ts', action: 'src/action.ts', 'code-worker': 'src/code/worker.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Prefer ESM builds: some packages' `main` is a UMD wrapper whose dynamic require() cannot be bundled.
  mainFields: ['module', 'main'],
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'linked',
  logLevel: 'warning',
  // dynalite (the `--endpoint embedded` server) cannot be bundled: it loads its request handlers with
  // computed require() paths and a native LevelDB binding at load time. It stays a runtime dependency,
  // imported only when the embedded server starts.
  external: ['dynalite'],
  // CommonJS dependencies inside an ESM bundle still call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __dynalintCreateRequire } from 'node:module'; const require = __dynalintCreateRequire(import.meta.url);",
  },
});

const require = createRequire(import.meta.url);
const wasm = JSON.parse(await readFile(new URL('../src/parsers/grammars.json', import.meta.url), 'utf8'));
await mkdir(new URL('wasm/', dist), { recursive: true });
for (const { package: pkg, file } of [wasm.runtime, ...Object.values(wasm.grammars)]) {
  const bytes = await readFile(require.resolve(`${pkg}/${file}`));
  const compressed = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24 },
  });
  await writeFile(new URL(`wasm/${file}.br`, dist), compressed);
}
