/**
 * Byte tests that keep files away from the parser. A file is parsed only when it names a data-plane
 * operation (`scan`, `ExecuteStatement`, or a call of `query`, `getItem`, `put_item`, `BatchWriteItem`,
 * `transact…`, a document client's `get`/`put`/`update`/`delete`, a mapper's `load`/`save`) and something
 * that can tie a call to DynamoDB (a DynamoDB package, client name or request parameter): every detector
 * needs both, so a file without them cannot hold a finding. Binary and minified files are never parsed.
 */
const LOWER_S = 0x73;
const UPPER_S = 0x53;
const UNDERSCORE = 0x5f;
const OPEN_PAREN = 0x28;
const LESS_THAN = 0x3c;
const GREATER_THAN = 0x3e;

/** A byte sequence, and what the bytes around it must be for it to name an operation. */
interface OperationMarker {
  readonly text: Buffer;
  /** The byte before it, when it matters (`s`/`S` before `can`). */
  readonly before?: readonly number[];
  /** The byte after it, when it matters (`S`/`_` after `xecute`). */
  readonly after?: readonly number[];
  /**
   * Only where it is called: the rest of the name, type arguments and blanks, then `(` —
   * `client.query(`, `new GetItemCommand(`, `QueryAsync<Order>(`. A file that only imports a command
   * or names a variable `query` issues nothing.
   */
  readonly called?: true;
}

const bytesOf = (chars: string): number[] => [...chars].map((c) => c.charCodeAt(0));

/** What a request argument starts with: an object literal or a name. */
const REQUEST_START = bytesOf('{_$abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ');

/**
 * Each marker is a substring of every spelling of its operations, so one pass over the bytes covers
 * camelCase, PascalCase and snake_case at once: `uery` after `q`/`Q` is `query`, `Query`, `QueryCommand`,
 * `paginateQuery`, `query_pages`; `Item` is `getItem`, `PutItemCommand`, `BatchWriteItem`,
 * `TransactWriteItems`; `_item` is boto3's `get_item`, `batch_write_item`, `transact_get_items`.
 */
const SCAN_MARKERS: readonly OperationMarker[] = [
  { text: Buffer.from('can'), before: [LOWER_S, UPPER_S] },
  { text: Buffer.from('xecute'), after: [UPPER_S, UNDERSCORE] },
];

const OPERATION_MARKERS: readonly OperationMarker[] = [
  { text: Buffer.from('uery'), before: bytesOf('qQ'), called: true },
  { text: Buffer.from('Item'), called: true },
  { text: Buffer.from('_item'), called: true },
  // batchGet, BatchWriteItem, batch_writer, batchSave, CreateBatchWrite
  { text: Buffer.from('atch'), before: bytesOf('bB'), called: true },
  { text: Buffer.from('ransact'), called: true },
  // lib-dynamodb's GetCommand, PutCommand, UpdateCommand, DeleteCommand
  { text: Buffer.from('Command'), called: true },
  // A document client's single-item calls, given a request (`{…}` or a name): not `dict.get('id')`.
  { text: Buffer.from('.get('), after: REQUEST_START },
  { text: Buffer.from('.put('), after: REQUEST_START },
  { text: Buffer.from('.update('), after: REQUEST_START },
  { text: Buffer.from('.delete('), after: REQUEST_START },
  // Object mappers: `mapper.load(…)`, `context.SaveAsync(…)`, `model.save()`.
  { text: Buffer.from('.load('), called: true },
  { text: Buffer.from('.save('), called: true },
  { text: Buffer.from('oadAsync'), before: bytesOf('L'), called: true },
  { text: Buffer.from('aveAsync'), before: bytesOf('S'), called: true },
];

/** Whether `marker` occurs in `bytes` with the neighbours it asks for. */
function hasMarker(bytes: Buffer, marker: OperationMarker): boolean {
  const { text } = marker;
  for (let at = bytes.indexOf(text); at !== -1; at = bytes.indexOf(text, at + text.length)) {
    if (hasNeighbours(bytes, at, marker)) return true;
  }
  return false;
}

/** Whether the marker found at `at` has the neighbours it asks for. */
function hasNeighbours(bytes: Buffer, at: number, { text, before, after, called }: OperationMarker): boolean {
  if (before && !before.includes(bytes[at - 1] ?? -1)) return false;
  if (after && !after.includes(bytes[at + text.length] ?? -1)) return false;
  return !called || isCalled(bytes, at + text.length - 1);
}

/**
 * The operation markers in one pattern, over the file's Latin-1 text (one character a byte, so its offsets
 * are the bytes'): one pass instead of one a marker, which matters where every file uses an AWS SDK. No
 * marker is a prefix of another, so at most one matches at an offset; a match without its neighbours
 * resumes one character later, so every occurrence of every marker is looked at.
 */
const OPERATION_PATTERN = new RegExp(
  OPERATION_MARKERS.map((marker) => marker.text.toString('latin1').replace(/[.(]/g, '\\$&')).join('|'),
  'g',
);
const MARKER_BY_TEXT = new Map(OPERATION_MARKERS.map((marker) => [marker.text.toString('latin1'), marker]));

function hasOperationMarker(bytes: Buffer, text: string): boolean {
  OPERATION_PATTERN.lastIndex = 0;
  for (let found = OPERATION_PATTERN.exec(text); found; found = OPERATION_PATTERN.exec(text)) {
    const marker = MARKER_BY_TEXT.get(found[0]);
    if (marker && hasNeighbours(bytes, found.index, marker)) return true;
    OPERATION_PATTERN.lastIndex = found.index + 1;
  }
  return false;
}

/** Identifier bytes: a name goes on (`Query` → `QueryCommand`). */
function isNameByte(byte: number): boolean {
  return (
    (byte >= 0x30 && byte <= 0x39) ||
    (byte >= 0x41 && byte <= 0x5a) ||
    (byte >= 0x61 && byte <= 0x7a) ||
    byte === UNDERSCORE
  );
}

/** Whether the name whose last matched byte is at `end` is called: rest of the name, `<…>`, blanks, `(`. */
function isCalled(bytes: Buffer, end: number): boolean {
  let at = end;
  if (bytes[at] === OPEN_PAREN) return true;
  at += 1;
  while (at < bytes.length && isNameByte(bytes[at] ?? 0)) at += 1;
  if (bytes[at] === LESS_THAN) {
    const close = bytes.indexOf(GREATER_THAN, at);
    // Type arguments are short; farther away it is a comparison.
    if (close < 0 || close - at > 100) return false;
    at = close + 1;
  }
  while (bytes[at] === 0x20 || bytes[at] === 0x09) at += 1;
  return bytes[at] === OPEN_PAREN;
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
 * a repository, so it is most of the scan's time: `scan` and `ExecuteStatement` (two byte searches) first,
 * the other operations only in files that look tied to DynamoDB.
 */
export function mentionsOperation(bytes: Buffer): boolean {
  if (SCAN_MARKERS.some((marker) => hasMarker(bytes, marker))) return true;
  // The other markers are one more pass over every file; a cheap first look for a DynamoDB package or
  // client name (one pattern, one pass) leaves it to the files that have one.
  const text = bytes.toString('latin1');
  if (!LIKELY_TIE.test(text)) return false;
  return hasOperationMarker(bytes, text);
}

/**
 * The ties most DynamoDB code has, in one pattern: the package or service name (`dynamodb`, `boto3`,
 * `aws-sdk`), a client named `ddb`/`docClient`/`documentClient`, or a `TableName` parameter. A file that
 * calls `query` or `getItem` with none of them (and no `scan`) is not parsed.
 */
const LIKELY_TIE = /[yY][nN][aA][mM][oO]|boto3|aws-sdk|[dD][dD][bB]|ocClient|ocumentClient|ableName/;

/** The tie markers in one pattern: one pass over a file's text instead of one a marker. */
const TIE = new RegExp(TIE_MARKERS.join('|'), 'i');

export function mentionsDynamoDb(text: string): boolean {
  return TIE.test(text);
}

/**
 * Every detector names an operation other than GetItem, PutItem, UpdateItem and DeleteItem by a word holding
 * one of these (`ScanAsync`, `queryPaginator`, `batch_writer`, `TransactWriteItems`, `executeStatement`),
 * except a model's `find` (a Query). Matched in any case and anywhere, calls or not, so the test only errs
 * towards parsing. A suppression comment keeps its file too: an unused one is a finding.
 */
const BEYOND_SINGLE_ITEMS = /scan|query|batch|transact|execute|find|dynalint-ignore/i;

/** Whether the only DynamoDB calls `text` can hold are single-item ones (GetItem, PutItem, UpdateItem, DeleteItem). */
export function onlySingleItemCalls(text: string): boolean {
  return !BEYOND_SINGLE_ITEMS.test(text);
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
