/**
 * The bundle as users run it: `node dist/cli.js` scans application code with the bundled worker entry and
 * the brotli-compressed grammars under dist/ (the suite's global setup builds dist/ first).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { distCli, type JsonReport } from '../helpers/cli.ts';
import { workspace } from '../helpers/workspace.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

async function dynalint(cwd: string, args: string[]): Promise<{ report: JsonReport; stderr: string }> {
  const { code, stdout, stderr } = await distCli(cwd, [...args, '--format', 'json', '--fail-on', 'never'], {
    NODE_DEBUG: 'dynalint',
  });
  expect(code, stderr).toBe(0);
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
      'examples/serverless-service/handlers/settle.py:24 PaymentsTable',
    ]);
  });
});
