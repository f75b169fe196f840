/**
 * Byte tests that keep files away from the parser. A file is parsed only when it names a data-plane
 * operation (`scan`, `query`, `getItem`, `put_item`, `BatchWriteItem`, `transact…`, `ExecuteStatement`,
 * document-client commands, the `Key`/`Item` a single-item request carries) and something that can tie a
 * call to DynamoDB (a DynamoDB package, client name or request parameter): every detector needs both, so a
 * file without them cannot hold a finding. Binary and minified files are never parsed.
 */
const LOWER_S = 0x73;
const UPPER_S = 0x53;
const UNDERSCORE = 0x5f;

/** A byte sequence, and what the bytes around it must be for it to name an operation. */
interface OperationMarker {
  readonly text: Buffer;
  /** The byte before it, when it matters (`s`/`S` before `can`). */
  readonly before?: readonly number[];
  /** The byte after it, when it matters (`S`/`_` after `xecute`). */
  readonly after?: readonly number[];
}

const bytesOf = (chars: string): number[] => [...chars].map((c) => c.charCodeAt(0));

/**
 * Each marker is a substring of every spelling of its operations, so one pass over the bytes covers
 * camelCase, PascalCase and snake_case at once: `uery` after `q`/`Q` is `query`, `Query`, `QueryCommand`,
 * `paginateQuery`, `query_pages`; `Item` is `getItem`, `PutItemCommand`, `BatchWriteItem`,
 * `TransactWriteItems`; `_item` is boto3's `get_item`, `batch_write_item`, `transact_get_items`.
 */
const OPERATION_MARKERS: readonly OperationMarker[] = [
  { text: Buffer.from('can'), before: [LOWER_S, UPPER_S] },
  { text: Buffer.from('xecute'), after: [UPPER_S, UNDERSCORE] },
  { text: Buffer.from('uery'), before: bytesOf('qQ') },
  { text: Buffer.from('Item') },
  { text: Buffer.from('_item') },
  // batchGet, BatchWriteItem, batch_writer, batchSave, CreateBatchWrite
  { text: Buffer.from('atch'), before: bytesOf('bB') },
  { text: Buffer.from('ransact') },
  // lib-dynamodb's GetCommand, PutCommand, UpdateCommand, DeleteCommand
  { text: Buffer.from('Command') },
  // A document client's `get`/`delete`/`update` request: `Key: {…}`, `"Key"`, `Key=`.
  { text: Buffer.from('Key'), before: bytesOf(' \t\n{,"\'(') },
  // Object mappers: `mapper.load(…)`, `context.SaveAsync(…)`, `model.save()`.
  { text: Buffer.from('.load(') },
  { text: Buffer.from('.save(') },
  { text: Buffer.from('oadAsync'), before: bytesOf('L') },
  { text: Buffer.from('aveAsync'), before: bytesOf('S') },
];

/** Whether `marker` occurs in `bytes` with the neighbours it asks for. */
function hasMarker(bytes: Buffer, { text, before, after }: OperationMarker): boolean {
  for (let at = bytes.indexOf(text); at !== -1; at = bytes.indexOf(text, at + text.length)) {
    if (before && !before.includes(bytes[at - 1] ?? -1)) continue;
    if (after && !after.includes(bytes[at + text.length] ?? -1)) continue;
    return true;
  }
  return false;
}

/** Lower-cased: whatever a detector's tie needs (imports, type names, parameter names, client names). */
const TIE_MARKERS = [
  'dynamo',
  'pynamodb',
  'boto3',
  'aws-sdk',
  'ddb',
  'docclient',
  'documentclient',
  'electrodb',
  'onetable',
  'getmodel',
  'tablename',
  'filterexpression',
  'projectionexpression',
  'exclusivestartkey',
  'totalsegments',
  'scanfilter',
  'expressionattribute',
  'keycondition',
  'indexname',
];

/** Longest line a hand-written source has; longer means minified or generated. */
export const MAX_LINE_LENGTH = 10_000;

/**
 * Whether the bytes name a DynamoDB operation in any SDK's spelling. This test runs on every code file of
 * a repository, so it is most of the scan's time: byte searches only, no decoding.
 */
export function mentionsOperation(bytes: Buffer): boolean {
  return OPERATION_MARKERS.some((marker) => hasMarker(bytes, marker));
}

export function mentionsDynamoDb(text: string): boolean {
  const lower = text.toLowerCase();
  return TIE_MARKERS.some((marker) => lower.includes(marker));
}

/** Git's test: a NUL byte in the first 8000 bytes. */
export function isBinary(bytes: Buffer): boolean {
  return bytes.subarray(0, 8000).includes(0);
}

export function longestLine(bytes: Buffer): number {
  let longest = 0;
  let start = 0;
  for (;;) {
    const end = bytes.indexOf(10, start);
    const length = (end < 0 ? bytes.length : end) - start;
    if (length > longest) longest = length;
    if (end < 0) return longest;
    start = end + 1;
  }
}

/**
 * Runtime helpers only bundlers write (webpack, esbuild, Rollup's CommonJS plugin): a file holding one
 * is a build output that copies its sources, whose scans are reported where they are written.
 */
const BUNDLER_HELPERS = ['__webpack_require__', '__commonJS', '__toESM', 'commonjsGlobal'];

export function isBundle(text: string): boolean {
  return BUNDLER_HELPERS.some((helper) => text.includes(helper));
}
