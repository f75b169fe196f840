/**
 * Turns what the SDK throws into what a user can act on: the IAM action to grant, the endpoint that did
 * not answer, the operation a server does not implement. Messages carry error names and AWS's own
 * text only; nothing from the client configuration (credentials never reach a message).
 */

export type FailureKind =
  /** The table (or stack) does not exist. */
  | 'not-found'
  /** The caller lacks the IAM action. */
  | 'access-denied'
  /** The endpoint does not implement the operation (local emulators). */
  | 'not-supported'
  /** Still throttled after the SDK's adaptive retries. */
  | 'throttled'
  /** The endpoint did not answer: nothing else will work either. */
  | 'network'
  /** No usable credentials or region: nothing else will work either. */
  | 'setup'
  /** The endpoint answered with something DynamoDB would not send (a broken server or proxy). */
  | 'invalid-answer'
  /** The server failed (HTTP 5xx), whatever error type its body names. */
  | 'server'
  | 'other';

export interface LiveFailure {
  readonly kind: FailureKind;
  /** One line: the error name and AWS's message. */
  readonly detail: string;
}

const THROTTLING = new Set([
  'ThrottlingException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'LimitExceededException',
  'TooManyRequestsException',
]);

const SETUP = new Set([
  'CredentialsProviderError',
  'UnrecognizedClientException',
  'InvalidSignatureException',
  'ExpiredTokenException',
  'InvalidClientTokenId',
  'SignatureDoesNotMatch',
]);

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
]);

export function classify(error: unknown): LiveFailure {
  const name = error instanceof Error ? error.name : 'Error';
  const message = error instanceof Error ? error.message : String(error);
  const code = errorCode(error);
  const detail = oneLine(message && message !== 'UnknownError' ? `${name}: ${message}` : name);
  if (name === 'InvalidAnswerError') return { kind: 'invalid-answer', detail: oneLine(message) };
  // A 5xx is the server failing: a body naming ResourceNotFound does not make the table missing.
  const status = httpStatus(error);
  if (status !== undefined && status >= 500)
    return { kind: 'server', detail: oneLine(`HTTP ${status} ${detail}`) };
  if (name === 'ResourceNotFoundException' || name === 'TableNotFoundException')
    return { kind: 'not-found', detail };
  if (name === 'AccessDeniedException' || name === 'AccessDenied') return { kind: 'access-denied', detail };
  if (name === 'UnknownOperationException') return { kind: 'not-supported', detail };
  if (THROTTLING.has(name)) return { kind: 'throttled', detail };
  if (SETUP.has(name) || /region is missing/i.test(message)) return { kind: 'setup', detail };
  if (name === 'ValidationError' && /does not exist/.test(message)) return { kind: 'not-found', detail };
  if (
    (code && NETWORK_CODES.has(code)) ||
    name === 'TimeoutError' ||
    name === 'AbortError' ||
    isTransportFailure(error)
  ) {
    return { kind: 'network', detail: oneLine(code ? `${code}: ${message}` : detail) };
  }
  return { kind: 'other', detail };
}

function httpStatus(error: unknown): number | undefined {
  const status = (error as { $metadata?: { httpStatusCode?: unknown } } | null)?.$metadata?.httpStatusCode;
  return typeof status === 'number' ? status : undefined;
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  const cause = (error as { cause?: unknown }).cause;
  return cause ? errorCode(cause) : undefined;
}

/** SDK errors carry `$metadata`; only those from a response have its HTTP status. */
function isTransportFailure(error: unknown): boolean {
  const metadata = (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata;
  return metadata !== undefined && typeof metadata.httpStatusCode !== 'number';
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 300 ? `${line.slice(0, 297)}...` : line;
}
