/**
 * The bundle as users run it: `node dist/cli.js` scans application code with the bundled worker entry and
 * the brotli-compressed grammars under dist/. CI builds dist/ before the tests; a dist/ older than the
 * sources is rebuilt here first.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JsonReport } from '../helpers/cli.ts';
import { workspace } from '../helpers/workspace.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const run = promisify(execFile);

/** Newest modification time of the files under `folder`. */
function newest(folder: string): number {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce(
      (latest, entry) => Math.max(latest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs),
      0,
    );
}

beforeAll(() => {
  const worker = path.join(ROOT, 'dist/code-worker.js');
  const built = existsSync(worker) ? statSync(worker).mtimeMs : 0;
  if (built < Math.max(newest(path.join(ROOT, 'src')), newest(path.join(ROOT, 'rules'))))
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'ignore' });
}, 180_000);

async function dynalint(cwd: string, args: string[]): Promise<{ report: JsonReport; stderr: string }> {
  const { stdout, stderr } = await run(
    process.execPath,
    [CLI, ...args, '--format', 'json', '--fail-on', 'never'],
    {
      cwd,
      env: { ...process.env, NODE_DEBUG: 'dynalint' },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return { report: JSON.parse(stdout) as JsonReport, stderr };
}

/** A handler of 7–9 KB with one scan, in each of three languages. */
function handler(i: number): [string, string] {
  const filler = (line: string) =>
    Array.from({ length: 200 }, (_, k) => line.replaceAll('#', String(k))).join('\n');
  switch (i % 3) {
    case 0:
      return [
        `src/h${i}.ts`,
        `import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';\nconst client = new DynamoDBClient({});\n${filler('export const value# = (x: number): number => x * # + 1;')}\nexport const all${i} = () => client.send(new ScanCommand({ TableName: process.env.ORDERS_TABLE }));\n`,
      ];
    case 1:
      return [
        `jobs/h${i}.py`,
        `import os\nimport boto3\n\n${filler('VALUE_# = # * 2 + 1')}\n\n\ndef everything():\n    return boto3.resource("dynamodb").Table(os.environ["ORDERS_TABLE"]).scan()\n`,
      ];
    default:
      return [
        `cmd/h${i}.go`,
        `package cmd\n\nimport (\n\t"context"\n\t"os"\n\n\t"github.com/aws/aws-sdk-go-v2/aws"\n\t"github.com/aws/aws-sdk-go-v2/service/dynamodb"\n)\n\n${filler('const value# = # * 2')}\n\nfunc All(ctx context.Context, c *dynamodb.Client) {\n\tc.Scan(ctx, &dynamodb.ScanInput{TableName: aws.String(os.Getenv("ORDERS_TABLE"))})\n}\n`,
      ];
  }
}

describe('dist/cli.js code scan', () => {
  it('parses on the bundled worker threads when there is enough to parse, and attributes every scan', async () => {
    const files: Record<string, string> = {
      'template.yaml': `Resources:
  OrdersTable:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
      KeySchema: [{ AttributeName: id, KeyType: HASH }]
`,
    };
    for (let i = 0; i < 60; i += 1) {
      const [name, text] = handler(i);
      files[name] = text;
    }
    const dir = await workspace(files);
    const { report, stderr } = await dynalint(dir, ['.']);
    const scans = report.findings.filter((f) => f.ruleId === 'scan-usage');
    expect(scans).toHaveLength(60);
    expect(new Set(scans.map((f) => f.table))).toEqual(new Set(['OrdersTable']));
    const pool = /(\d+) \(\d+ KB\) parsed, (\d+) of them on (\d+) worker threads/.exec(stderr);
    expect(pool?.[1]).toBe('60');
    expect(pool?.[2]).toBe('60');
    expect(Number(pool?.[3])).toBeGreaterThan(0);
  });

  it('reports the examples the same way as the sources do', async () => {
    const { report } = await dynalint(ROOT, ['examples/']);
    expect(
      report.findings
        .filter((f) => f.ruleId === 'scan-usage' || f.ruleId === 'partiql-full-scan')
        .map((f) => `${f.location.file}:${f.location.line} ${f.table ?? '-'}`),
    ).toEqual([
      'examples/sam-app/src/handlers/daily-report.ts:13 OrdersTable',
      'examples/sam-app/src/handlers/list-orders.js:10 OrdersTable',
      'examples/serverless-service/handlers/settle.py:19 PaymentsTable',
      'examples/serverless-service/handlers/settle.py:24 -',
    ]);
  });
});
