/**
 * `--endpoint embedded`: an in-process DynamoDB-compatible server (dynalite, in memory) on a random
 * loopback port, optionally seeded from a file of CreateTable inputs, so drift can be shown and tried
 * without an AWS account. dynalite accepts but does not keep streams, encryption, table class,
 * deletion protection and tags, and always reports TTL disabled: those settings are not compared
 * against it (and are reported as not checked) rather than compared with values it never stored.
 */
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import { displayPath } from '../shared/paths.ts';
import { parseSource } from '../iac/load.ts';
import { entry } from '../iac/source-tree.ts';
import { fileStart, type Location } from '../model.ts';
import { PLACEHOLDER_CREDENTIALS, PLACEHOLDER_REGION, silenceSdkNodeWarning } from './api.ts';
import { classify } from './errors.ts';
import type { LiveSetting } from './normalize.ts';

export const EMBEDDED = 'embedded';

const NOT_KEPT = 'the embedded server (dynalite) does not keep it';

/** What dynalite accepts on CreateTable but does not store or report. */
export const EMBEDDED_GAPS: ReadonlyMap<LiveSetting, string> = new Map<LiveSetting, string>([
  ['stream', NOT_KEPT],
  ['ttl', NOT_KEPT],
  ['sse', NOT_KEPT],
  ['tableClass', NOT_KEPT],
  ['deletionProtection', NOT_KEPT],
  ['tags', NOT_KEPT],
]);

export interface EmbeddedServer {
  readonly endpoint: string;
  close(): Promise<void>;
}

/** A problem with the seed file, at the line of the table that caused it. */
export class SeedError extends Error {
  constructor(
    message: string,
    readonly location: Location,
  ) {
    super(message);
  }
}

export async function startEmbedded(): Promise<EmbeddedServer> {
  const { default: dynalite } = await import('dynalite');
  const server = dynalite({ createTableMs: 0, updateTableMs: 0, deleteTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Creates the tables a seed file describes: `{ "tables": [CreateTable input, …] }` (the request
 * shape of the DynamoDB API, as `aws dynamodb create-table --cli-input-json` takes it).
 */
export async function seedTables(endpoint: string, seedPath: string, cwd: string): Promise<number> {
  const absolute = path.resolve(cwd, seedPath);
  const file = displayPath(cwd, absolute);
  const text = await readFile(absolute, 'utf8').catch(() => {
    throw new SeedError(`cannot read the seed file ${file}`, fileStart(file));
  });
  const parsed = parseSource(text, absolute.endsWith('.json') ? absolute : `${absolute}.json`);
  if ('problem' in parsed) throw new SeedError(parsed.problem.message, { ...parsed.problem.location, file });
  const list = entry(parsed.root, 'tables')?.value;
  const inputs = (JSON.parse(text) as { tables?: unknown }).tables;
  if (list?.kind !== 'seq' || !Array.isArray(inputs)) {
    throw new SeedError('a seed file is {"tables": [CreateTable input, …]}', fileStart(file));
  }
  silenceSdkNodeWarning();
  const { CreateTableCommand, DynamoDBClient } = await import('@aws-sdk/client-dynamodb');
  const client = new DynamoDBClient({
    endpoint,
    region: PLACEHOLDER_REGION,
    credentials: PLACEHOLDER_CREDENTIALS,
  });
  try {
    for (const [i, input] of (inputs as CreateTableCommandInput[]).entries()) {
      const location = { ...(list.items[i]?.location ?? fileStart(file)), file };
      await client.send(new CreateTableCommand(input)).catch((error: unknown) => {
        throw new SeedError(`cannot create seed table ${i + 1}: ${classify(error).detail}`, location);
      });
    }
  } finally {
    client.destroy();
  }
  return inputs.length;
}
