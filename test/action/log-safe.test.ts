import { describe, expect, it } from 'vitest';
import { logSafePath, logSafeUrl, redactSecrets, registerSecret } from '../../src/action/log-safe.ts';

const TOKEN = 'ghs_logsafe0123456789';
registerSecret(TOKEN);

describe('text from GitHub on its way to the log', () => {
  it('prints a URL without user info, query or fragment', () => {
    expect(
      logSafeUrl(`https://x-access-token:${TOKEN}@github.com/o/r/runs/7?access_token=${TOKEN}#${TOKEN}`),
    ).toBe('https://github.com/o/r/runs/7');
  });

  it('prints no URL that is not plain http(s) or whose path carries a command', () => {
    expect(logSafeUrl('javascript:alert(1)')).toBeUndefined();
    expect(logSafeUrl('not a url')).toBeUndefined();
    expect(logSafeUrl('https://github.com/o/r\n::set-output name=x::y')).toBeUndefined();
    expect(logSafeUrl(undefined)).toBeUndefined();
  });

  it('redacts the registered token and URL credentials, and keeps the text on one line', () => {
    expect(redactSecrets(`Bad credentials: token ${TOKEN}\n::error::forged`)).toBe(
      'Bad credentials: token *** ::error::forged',
    );
    expect(redactSecrets("fatal: unable to access 'https://user:pa55@github.com/o/r/'")).toBe(
      "fatal: unable to access 'https://***@github.com/o/r/'",
    );
  });

  it('shows a request as its path', () => {
    expect(logSafePath(`https://api.github.com/repos/o/r/issues?page=2&token=${TOKEN}`)).toBe(
      '/repos/o/r/issues',
    );
    expect(logSafePath('/repos/{owner}/{repo}/check-runs')).toBe('/repos/{owner}/{repo}/check-runs');
  });
});
