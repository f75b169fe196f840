/**
 * Describe throughput: creates 300 tables on a local DynamoDB-compatible server, then describes them all
 * sequentially (concurrency 1, the baseline) and concurrently (the default, 8), reporting wall time, the
 * speed-up, and API requests per table, from one run.
 *
 *   node --import tsx bench/drift/run.ts [--tables N] [--latency MS] [--concurrency N]
 *
 * Local servers answer in well under a millisecond, so on their own they measure dynalint's and the
 * server's CPU, not the network wait that concurrency hides against AWS. `--latency MS` (default 20,
 * a typical in-region round trip) delays every response by that much in a loopback proxy in front of
 * the server; `--latency 0` measures without it.
 */
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  PLACEHOLDER_CREDENTIALS,
  PLACEHOLDER_REGION,
  connect,
  silenceSdkNodeWarning,
} from '../../src/live/api.ts';
import { describeTables } from '../../src/live/describe.ts';
import { startEmbedded } from '../../src/live/embedded.ts';
import { DEFAULT_CONCURRENCY } from '../../src/live/index.ts';

const { values } = parseArgs({
  options: {
    tables: { type: 'string', default: '300' },
    latency: { type: 'string', default: '20' },
    concurrency: { type: 'string', default: String(DEFAULT_CONCURRENCY) },
  },
});
const tableCount = Number(values.tables);
const latencyMs = Number(values.latency);
const concurrency = Number(values.concurrency);

silenceSdkNodeWarning();
const server = await startEmbedded();
const proxy = latencyMs > 0 ? await delayingProxy(server.endpoint, latencyMs) : undefined;
const endpoint = proxy?.endpoint ?? server.endpoint;

const names = Array.from({ length: tableCount }, (_, i) => `bench-${String(i).padStart(4, '0')}`);
const client = new DynamoDBClient({
  endpoint: server.endpoint,
  region: PLACEHOLDER_REGION,
  credentials: PLACEHOLDER_CREDENTIALS,
});
const created = performance.now();
for (const name of names) {
  await client.send(
    new CreateTableCommand({
      TableName: name,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'sk', AttributeType: 'S' },
        { AttributeName: 'gsi', AttributeType: 'S' },
      ],
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: [
        {
          IndexName: 'byGsi',
          KeySchema: [{ AttributeName: 'gsi', KeyType: 'HASH' }],
          Projection: { ProjectionType: 'ALL' },
        },
      ],
    }),
  );
}
client.destroy();
console.log(
  `created ${tableCount} tables on dynalite in ${((performance.now() - created) / 1000).toFixed(2)} s`,
);
console.log(`response latency added by the proxy: ${latencyMs} ms`);

async function measure(label: string, limit: number): Promise<{ ms: number; perTable: number }> {
  const api = await connect({
    endpoint,
    timeoutMs: 10_000,
    maxAttempts: 5,
    placeholderCredentials: true,
    withoutCloudFormation: true,
  });
  const start = performance.now();
  const result = await describeTables(api, names, { concurrency: limit, tags: true });
  const ms = performance.now() - start;
  const found = [...result.tables.values()].filter((t) => t.status === 'found').length;
  const perTable = api.calls() / tableCount;
  api.close();
  if (found !== tableCount) throw new Error(`${label}: described ${found} of ${tableCount} tables`);
  console.log(
    `${label.padEnd(24)} ${(ms / 1000).toFixed(2).padStart(7)} s  ${api.calls()} requests, ${perTable.toFixed(2)} per table`,
  );
  return { ms, perTable };
}

// One warm-up pass so neither measurement pays for JIT and connection set-up alone.
await measure('warm-up (concurrent)', concurrency);
const sequential = await measure('sequential (1)', 1);
const concurrent = await measure(`concurrent (${concurrency})`, concurrency);
const speedup = sequential.ms / concurrent.ms;
console.log(
  `speed-up: ${speedup.toFixed(1)}x (target >= 5x); requests per table: ${concurrent.perTable.toFixed(2)} (target <= 4)`,
);

await proxy?.close();
await server.close();

/** A loopback proxy that holds each response for `delayMs` before passing it on. */
async function delayingProxy(target: string, delayMs: number) {
  const upstream = new URL(target);
  const proxyServer = createServer((req, res) => {
    const forward = httpRequest(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () =>
          setTimeout(() => {
            res.writeHead(answer.statusCode ?? 500, answer.headers);
            res.end(Buffer.concat(chunks));
          }, delayMs),
        );
      },
    );
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => proxyServer.listen(0, '127.0.0.1', () => resolve()));
  const { port } = proxyServer.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => proxyServer.close(() => resolve())),
  };
}
