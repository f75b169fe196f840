import { createRequire as __dynalintCreateRequire } from 'node:module'; const require = __dynalintCreateRequire(import.meta.url);

// package.json
var package_default = {
  name: "dynalint",
  version: "0.1.0",
  description: "Lint Amazon DynamoDB tables from infrastructure-as-code, application code and live AWS: a CLI and a GitHub Action.",
  license: "MIT",
  homepage: "https://github.com/dynalint/dynalint#readme",
  repository: {
    type: "git",
    url: "git+https://github.com/dynalint/dynalint.git"
  },
  bugs: {
    url: "https://github.com/dynalint/dynalint/issues"
  },
  type: "module",
  bin: {
    dynalint: "dist/cli.js"
  },
  files: [
    "dist",
    "rules/*.md",
    "docs/*.md",
    "action.yml",
    "CHANGELOG.md"
  ],
  engines: {
    node: ">=20"
  },
  scripts: {
    build: "node scripts/build.mjs",
    typecheck: "tsc --noEmit -p tsconfig.json",
    lint: "eslint . && prettier --check .",
    format: "prettier --write .",
    test: "vitest run",
    bench: "node --import tsx bench/run.ts",
    readme: "node --import tsx scripts/update-readme.ts",
    release: "node scripts/release.mjs",
    demo: "node dist/cli.js examples/ --config examples/.dynalint.yml --drift --endpoint embedded --seed examples/deployed-tables.json --var stage=prod --report-unmanaged --fail-on never",
    fuzz: "node --import tsx test/fuzz/run.ts"
  },
  devDependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@aws-cdk/aws-service-spec": "0.1.216",
    "@aws-sdk/client-cloudformation": "^3.1169.0",
    "@aws-sdk/client-dynamodb": "^3.1169.0",
    "@eslint/js": "^10.0.1",
    "@microsoft/sarif-multitool": "^5.7.0",
    "@octokit/openapi": "^23.0.2",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@octokit/webhooks-examples": "^7.6.1",
    "@openapi-contrib/openapi-schema-to-json-schema": "^5.1.0",
    "@tree-sitter-grammars/tree-sitter-hcl": "^1.2.0",
    "@types/node": "^20.19.43",
    "@types/picomatch": "^4.0.3",
    "@types/sarif": "^2.1.7",
    ajv: "^8.20.0",
    "amplify-dynamodb-simulator": "^2.9.30",
    "aws-cdk-lib": "^2.189.1",
    bottleneck: "^2.19.5",
    constructs: "^10.8.1",
    esbuild: "^0.28.2",
    eslint: "^10.15.0",
    "fast-check": "^4.11.0",
    "fastest-levenshtein": "^1.0.16",
    ignore: "^7.0.16",
    "json-schema-to-ts": "^3.1.1",
    "jsonc-parser": "^3.3.1",
    node: "^24.21.0",
    "p-limit": "^7.3.3",
    picomatch: "^4.0.7",
    prettier: "^3.10.1",
    "tree-sitter-c-sharp": "^0.23.5",
    "tree-sitter-go": "^0.25.0",
    "tree-sitter-java": "^0.23.5",
    "tree-sitter-javascript": "^0.25.0",
    "tree-sitter-python": "^0.25.0",
    "tree-sitter-typescript": "^0.23.2",
    tsx: "^4.23.15",
    typescript: "^6.0.3",
    "typescript-eslint": "^8.73.0",
    vitest: "^4.1.12",
    "web-tree-sitter": "^0.27.2",
    yaml: "^2.9.1"
  },
  dependencies: {
    dynalite: "^4.0.0"
  }
};

// src/meta.ts
var NAME = "dynalint";
var VERSION = package_default.version;
var HOMEPAGE = "https://github.com/dynalint/dynalint";
function ruleDocsUrl(ruleId) {
  return `${HOMEPAGE}/blob/main/rules/${ruleId}.md`;
}

export {
  NAME,
  VERSION,
  HOMEPAGE,
  ruleDocsUrl
};
