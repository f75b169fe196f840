// An esbuild plugin that replaces rules/resource-schema/precompiled.ts with ajv's standalone code: every
// resource schema's strict validator, with the options validate.ts uses. Compiling them was most of a small run's fixed cost, paid
// again by every worker thread.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SCHEMAS = path.join(ROOT, 'rules/resource-schema');
// Only the strict variant: the converting one runs only after a type error, and is compiled then.
const VARIANTS = { strict: {} };
const NAMESPACE = 'dynalint-precompiled';

async function json(name) {
  return JSON.parse(await readFile(path.join(SCHEMAS, name), 'utf8'));
}

/** Each variant's standalone module (`v0`, `v1`, … exported) and which type each export validates. */
async function standaloneModules() {
  const options = await json('ajv-options.json');
  const resources = {
    ...(await json('schemas.json')).resources,
    ...(await json('terraform-schemas.json')).resources,
  };
  const types = Object.keys(resources).sort();
  const modules = {};
  for (const [variant, extra] of Object.entries(VARIANTS)) {
    // ajv's code optimisation, skipped at run time to compile faster, makes the shipped code smaller.
    const ajv = new Ajv({
      ...options,
      ...extra,
      code: { ...options.code, optimize: true, source: true, esm: true },
    });
    for (const type of types) ajv.addSchema(resources[type], type);
    modules[variant] = standaloneCode.default(
      ajv,
      Object.fromEntries(types.map((type, i) => [`v${i}`, type])),
    );
  }
  return { types, modules };
}

export function precompiledValidators() {
  let generated;
  const modules = () => (generated ??= standaloneModules());
  return {
    name: 'precompiled-validators',
    setup(build) {
      build.onLoad({ filter: /[\\/]rules[\\/]resource-schema[\\/]precompiled\.ts$/ }, async () => {
        const { types } = await modules();
        const variants = Object.keys(VARIANTS);
        const imports = variants.map((variant) => `import * as ${variant} from '${NAMESPACE}:${variant}';`);
        const table = variants.map(
          (variant) =>
            `${JSON.stringify(variant)}: {${types.map((type, i) => `${JSON.stringify(type)}: ${variant}.v${i}`).join(', ')}}`,
        );
        return {
          contents: `${imports.join('\n')}\nexport const PRECOMPILED = {${table.join(', ')}};\n`,
          loader: 'js',
          resolveDir: SCHEMAS,
        };
      });
      build.onResolve({ filter: new RegExp(`^${NAMESPACE}:`) }, (args) => ({
        path: args.path.slice(NAMESPACE.length + 1),
        namespace: NAMESPACE,
      }));
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, async (args) => ({
        contents: (await modules()).modules[args.path],
        loader: 'js',
        // The generated code requires ajv's runtime helpers (ucs2length, equal), bundled from here.
        resolveDir: ROOT,
      }));
    },
  };
}
