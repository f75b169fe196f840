/**
 * Text from GitHub's answers (URLs, error messages) on its way into the step's log. The runner reads
 * `::command::` lines from stdout and masks only secrets it was told about, so what the API sends is made
 * one line, stripped of credentials and query strings, and cleared of the secrets this run holds.
 */

const secrets = new Set<string>();

/** A value that must never be printed (the token); registered next to `core.setSecret`. */
export function registerSecret(value: string): void {
  if (value) secrets.add(value);
}

/** Control characters end a log line and could start a workflow command on the next. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ');
}

/** `text` with every registered secret and URL credential replaced by `***`, on one line. */
export function redactSecrets(text: string): string {
  let redacted = text;
  for (const secret of secrets) redacted = redacted.split(secret).join('***');
  // Credentials in URLs (`https://x-access-token:…@host`), as git and HTTP errors quote them.
  redacted = redacted.replace(/\/\/[^/\s@]+@/g, '//***@');
  return oneLine(redacted);
}

/**
 * A URL to print: scheme, host and path only — user info (`x-access-token:…@`), query and fragment can
 * carry tokens and are dropped; anything that is no http(s) URL is not printed at all.
 */
export function logSafeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  // GitHub's own links have plain paths; one with anything else (`::`, quotes) was not written for a log.
  if (!/^[\w.~%/-]*$/.test(parsed.pathname)) return undefined;
  return redactSecrets(`${parsed.protocol}//${parsed.host}${parsed.pathname}`);
}

/** A request path template or URL for a log line: the path only. */
export function logSafePath(url: string): string {
  return redactSecrets(url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').replace(/[?#].*$/s, ''));
}
