/**
 * Real local DynamoDB servers for drift tests, each on a random loopback port: dynalite (in process)
 * and AWS's DynamoDB Local (the jar inside the `amplify-dynamodb-simulator` package, run with java).
 * Each says which table settings it keeps, so a suite states per server what can be compared rather
 * than asserting on values a server never stored.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  CreateTableCommand,
  DynamoDBClient,
  ListTablesCommand,
  UpdateTimeToLiveCommand,
  type CreateTableCommandInput,
} from '@aws-sdk/client-dynamodb';
import { PLACEHOLDER_CREDENTIALS, PLACEHOLDER_REGION, silenceSdkNodeWarning } from '../../src/live/api.ts';
import { startEmbedded } from '../../src/live/embedded.ts';
import type { LiveSetting } from '../../src/live/normalize.ts';

export interface LocalServer {
  readonly name: string;
  readonly endpoint: string;
  /** Settings CreateTable/UpdateTimeToLive store and DescribeTable/DescribeTimeToLive report. */
  readonly keeps: ReadonlySet<LiveSetting>;
  readonly client: DynamoDBClient;
  stop(): Promise<void>;
}

export async function startDynalite(): Promise<LocalServer> {
  const server = await startEmbedded();
  return localServer('dynalite', server.endpoint, [], () => server.close());
}

/** Fails (never skips) when java is missing: the suite must run on both servers. */
export async function startDynamoDbLocal(): Promise<LocalServer> {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error || java.status !== 0) {
    throw new Error(
      'DynamoDB Local needs java (17 or later) on PATH; the drift suite runs against it as well as dynalite',
    );
  }
  const require = createRequire(import.meta.url);
  const emulator = path.join(
    path.dirname(require.resolve('amplify-dynamodb-simulator/package.json')),
    'emulator',
  );
  const port = await freePort();
  // DynamoDB Local writes a metadata file into its working folder.
  const folder = await mkdtemp(path.join(tmpdir(), 'dynamodb-local-'));
  const child = spawn(
    'java',
    [
      `-Djava.library.path=${path.join(emulator, 'DynamoDBLocal_lib')}`,
      '-jar',
      path.join(emulator, 'DynamoDBLocal.jar'),
      '-inMemory',
      '-sharedDb',
      '-disableTelemetry',
      '-port',
      String(port),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], cwd: folder },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const endpoint = `http://127.0.0.1:${port}`;
  const server = localServer(
    'DynamoDB Local',
    endpoint,
    ['stream', 'ttl', 'deletionProtection'],
    async () => {
      child.kill();
      await exited;
      await rm(folder, { recursive: true, force: true });
    },
  );
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      await server.client.send(new ListTablesCommand({}));
      return server;
    } catch (error) {
      if (child.exitCode !== null || Date.now() > deadline) {
        await server.stop();
        throw new Error(`DynamoDB Local did not start on ${endpoint}\n${output}`, { cause: error });
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

function localServer(
  name: string,
  endpoint: string,
  keeps: LiveSetting[],
  close: () => Promise<void>,
): LocalServer {
  silenceSdkNodeWarning();
  const client = new DynamoDBClient({
    endpoint,
    region: PLACEHOLDER_REGION,
    credentials: PLACEHOLDER_CREDENTIALS,
  });
  return {
    name,
    endpoint,
    keeps: new Set(keeps),
    client,
    async stop() {
      client.destroy();
      await close();
    },
  };
}

/** A CreateTable input as plain data (the same shape CloudFormation properties use); the server validates it. */
export type TableInput = Readonly<Record<string, unknown>> & { readonly TableName: string };

/** Creates a table, then sets TTL when asked (CreateTable has no TTL setting). */
export async function createLiveTable(
  server: LocalServer,
  input: TableInput,
  ttlAttribute?: string,
): Promise<void> {
  await server.client.send(new CreateTableCommand(input as unknown as CreateTableCommandInput));
  if (ttlAttribute) {
    await server.client.send(
      new UpdateTimeToLiveCommand({
        TableName: input.TableName,
        TimeToLiveSpecification: { AttributeName: ttlAttribute, Enabled: true },
      }),
    );
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
