/**
 * One fuzz case: a mutated seed is loaded in-process by the loader it feeds, beside a good sibling file
 * whose tables (or code uses) are known. The case fails when an exception escapes, when loading takes
 * longer than the budget, or when the sibling's facts go missing.
 */
import path from 'node:path';
import { analyzeFile, type CodeFileInput } from '../../src/code/analyze.ts';
import { loadDeclaredTables } from '../../src/iac/index.ts';
import type { FileReader } from '../../src/shared/files.ts';
import { loadTerraformTables } from '../../src/iac/terraform/index.ts';
import { MAX_FILE_BYTES } from '../../src/shared/read-file.ts';
import type { Seed } from './corpus.ts';

/**
 * What the budget measures: wall time, or the process's CPU time (user + system), which other work on a busy
 * machine does not inflate. CPU time is only the case's own when the process runs one case at a time.
 */
export type BudgetClock = 'wall' | 'cpu';

export interface CaseResult {
  /** The budget's clock, in milliseconds. */
  readonly ms: number;
  /** Why the case failed; undefined when it passed. */
  readonly failure?: string;
}

const GOOD_TEMPLATE = `Resources:
  FuzzGoodSibling:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      AttributeDefinitions: [{ AttributeName: pk, AttributeType: S }]
      KeySchema: [{ AttributeName: pk, KeyType: HASH }]
`;

const GOOD_TERRAFORM = `resource "aws_dynamodb_table" "fuzz_good_sibling" {
  name         = "fuzz-good-sibling"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "pk"
  attribute {
    name = "pk"
    type = "S"
  }
}
`;

const GOOD_CODE: CodeFileInput = {
  display: 'good/scan.js',
  text: `import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
const client = new DynamoDBClient({});
export const all = () => client.send(new ScanCommand({ TableName: 'fuzz-good-sibling' }));
`,
  language: 'javascript',
  grammar: 'javascript',
};

function memoryReader(files: ReadonlyMap<string, Buffer>): FileReader {
  return (file) => Promise.resolve(files.get(file.path));
}

export async function runCase(
  seed: Seed,
  mutated: Buffer,
  budgetMs: number,
  clock: BudgetClock = 'wall',
): Promise<CaseResult> {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  let failure: string | undefined;
  try {
    // The real readers refuse larger files; what they accept is what must stay within the budget.
    failure = await check(seed, mutated.subarray(0, MAX_FILE_BYTES));
  } catch (error) {
    failure = `exception escaped: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
  }
  const cpu = process.cpuUsage(cpuBefore);
  const ms = clock === 'cpu' ? (cpu.user + cpu.system) / 1000 : performance.now() - started;
  if (!failure && ms > budgetMs)
    failure = `took ${Math.round(ms)} ms of ${clock} time (budget ${budgetMs} ms)`;
  return { ms, ...(failure ? { failure } : {}) };
}

async function check(seed: Seed, mutated: Buffer): Promise<string | undefined> {
  const base = path.posix.basename(seed.name);
  switch (seed.kind) {
    case 'template':
    case 'plan': {
      const files = new Map([
        [`fuzz/mutated/${base}`, mutated],
        ['fuzz/good/good.yaml', Buffer.from(GOOD_TEMPLATE)],
      ]);
      const walked = [...files.keys()].map((name) => ({ path: name, display: name }));
      const loaded = await loadDeclaredTables(walked, '.', memoryReader(files));
      if (!loaded.tables.some((t) => t.id === 'FuzzGoodSibling' && t.source.file === 'fuzz/good/good.yaml')) {
        return 'the good sibling template lost its table';
      }
      return problemsOn('fuzz/good/good.yaml', loaded.problems);
    }
    case 'terraform': {
      const files = new Map([
        [`fuzz/module/${base}`, mutated],
        ['fuzz/module/good_sibling.tf', Buffer.from(GOOD_TERRAFORM)],
      ]);
      const walked = [...files.keys()].map((name) => ({ path: name, display: name }));
      const loaded = await loadTerraformTables(walked, memoryReader(files));
      if (!loaded.tables.some((t) => t.id === 'aws_dynamodb_table.fuzz_good_sibling')) {
        return 'the good sibling Terraform file lost its table';
      }
      return problemsOn('fuzz/module/good_sibling.tf', loaded.problems);
    }
    case 'code': {
      const kind = seed.code;
      if (!kind) return 'a code seed without a language';
      await analyzeFile({ display: `fuzz/${base}`, text: mutated.toString('utf8'), ...kind });
      const good = await analyzeFile(GOOD_CODE);
      if (good.uses.length !== 1 || good.uses[0]?.operation !== 'Scan') {
        return 'the good code file lost its scan after the mutated one was parsed';
      }
      return undefined;
    }
  }
}

function problemsOn(file: string, problems: readonly { location: { file: string }; message: string }[]) {
  const blamed = problems.find((p) => p.location.file === file);
  return blamed ? `the good sibling was blamed: ${blamed.message}` : undefined;
}
