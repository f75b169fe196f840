/**
 * Byte tests that keep files away from the parser. A file is parsed only when it names an operation
 * (`scan`, `Scan`, `ExecuteStatement`, `execute_statement`) and something that can tie a call to
 * DynamoDB (a DynamoDB package, client name or request parameter): every detector needs both, so a file
 * without them cannot hold a finding. Binary and minified files are never parsed.
 */
const CAN = Buffer.from('can');
const XECUTE = Buffer.from('xecute');
const LOWER_S = 0x73;
const UPPER_S = 0x53;
const UNDERSCORE = 0x5f;

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
];

/** Longest line a hand-written source has; longer means minified or generated. */
export const MAX_LINE_LENGTH = 10_000;

/**
 * `scan`/`Scan` or `xecuteStatement`/`execute_statement`, in two passes over the bytes instead of four:
 * this test runs on every code file of a repository, so it is most of the scan's time.
 */
export function mentionsOperation(bytes: Buffer): boolean {
  for (let at = bytes.indexOf(CAN); at !== -1; at = bytes.indexOf(CAN, at + CAN.length)) {
    const before = bytes[at - 1];
    if (before === LOWER_S || before === UPPER_S) return true;
  }
  for (let at = bytes.indexOf(XECUTE); at !== -1; at = bytes.indexOf(XECUTE, at + XECUTE.length)) {
    const after = bytes[at + XECUTE.length];
    if (after === UPPER_S || after === UNDERSCORE) return true;
  }
  return false;
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
