// Bundles the entry points into dist/ and ships the tree-sitter WebAssembly files beside them,
// brotli-compressed. Deterministic: CI rebuilds and fails if dist/ changes.
//
// `--dev` (the end-to-end tests' build) rebuilds the JavaScript only and keeps the compressed grammars
// already in dist/wasm (compressing them at quality 11 is most of a release build's time); a missing one is
// compressed quickly at a low quality. CI's release build rewrites them and fails if anything differs.
import { access, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { brotliCompressSync, constants } from 'node:zlib';
import { build } from 'esbuild';
import { precompiledValidators } from './precompiled-validators.mjs';

const dev = process.argv.includes('--dev');
const dist = new URL('../dist/', import.meta.url);
if (dev) {
  await mkdir(dist, { recursive: true });
  for (const entry of await readdir(dist)) {
    if (entry !== 'wasm') await rm(new URL(entry, dist), { recursive: true, force: true });
  }
} else {
  await rm(dist, { recursive: true, force: true });
}
await build({
  // code-worker and iac-worker: the worker-thread entries of the code scan (src/code/pool.ts) and of
  // CloudFormation-family loading (src/iac-pool/pool.ts), loaded beside the bundle.
  entryPoints: {
    cli: 'src/cli.ts',
    action: 'src/action.ts',
    'code-worker': 'src/code/worker.ts',
    'iac-worker': 'src/iac-pool/worker.ts',
  },
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
  // The resource schemas' validators, compiled here rather than on every run (rules/resource-schema/precompiled.ts).
  plugins: [precompiledValidators()],
  // CommonJS dependencies inside an ESM bundle still call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __dynalintCreateRequire } from 'node:module'; const require = __dynalintCreateRequire(import.meta.url);",
  },
});

const require = createRequire(import.meta.url);
const wasm = JSON.parse(await readFile(new URL('../src/parsers/grammars.json', import.meta.url), 'utf8'));
await mkdir(new URL('wasm/', dist), { recursive: true });
for (const { package: pkg, file } of [wasm.runtime, ...Object.values(wasm.grammars)]) {
  const target = new URL(`wasm/${file}.br`, dist);
  if (
    dev &&
    (await access(target).then(
      () => true,
      () => false,
    ))
  )
    continue;
  const bytes = await readFile(require.resolve(`${pkg}/${file}`));
  const compressed = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: dev ? 4 : 11, [constants.BROTLI_PARAM_LGWIN]: 24 },
  });
  await writeFile(target, compressed);
}
