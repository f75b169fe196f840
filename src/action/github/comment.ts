/**
 * The sticky pull-request comment: one comment per pull request, found again by a hidden marker and
 * edited in place on every run, never a second one. With no findings it becomes a short all-clear (and
 * none is created when there never were findings).
 */
import { wellFormed } from '../../report/well-formed.ts';
import type { GitHubClient } from './client.ts';

/** Without a key (older versions); each run's comment now carries its key: see `keyMarker`. */
export const COMMENT_MARKER = '<!-- dynalint:pull-request-comment -->';

export interface StickyComment {
  readonly repository: { owner: string; repo: string };
  readonly pullNumber: number;
  /** The report, or undefined when there is nothing to report. */
  readonly body: string | undefined;
  readonly allClear: string;
  /** This run's hidden marker (`keyMarker`): another job's comment is never touched. */
  readonly marker?: string;
  /** Also take over a comment with the unkeyed marker of older versions (a run without a key label). */
  readonly adoptLegacy?: boolean;
}

export type CommentOutcome = 'created' | 'updated' | 'unchanged' | 'none';

export async function publishStickyComment(
  client: GitHubClient,
  comment: StickyComment,
): Promise<CommentOutcome> {
  const comments = await client.paginate(client.rest.issues.listComments, {
    ...comment.repository,
    issue_number: comment.pullNumber,
    per_page: 100,
  });
  const marker = comment.marker ?? COMMENT_MARKER;
  // Anyone can paste the marker into a comment: only the token's own comments are dynalint's to edit.
  const ours = ownedBy(await tokenIdentity(client));
  const marked = (wanted: string) =>
    comments.find((c) => c.body?.split('\n', 1)[0] === wanted && ours(c.user));
  // A single, unkeyed run adopts the comment an older version left (its marker had no key).
  const existing = marked(marker) ?? (comment.adoptLegacy ? marked(COMMENT_MARKER) : undefined);
  if (!existing && comment.body === undefined) return 'none';
  // GitHub refuses a lone surrogate (a `\ud800` escape in an input) in JSON it is sent.
  const body = wellFormed(`${marker}\n${comment.body ?? comment.allClear}`);
  if (!existing) {
    await client.rest.issues.createComment({ ...comment.repository, issue_number: comment.pullNumber, body });
    return 'created';
  }
  if (existing.body === body) return 'unchanged';
  await client.rest.issues.updateComment({ ...comment.repository, comment_id: existing.id, body });
  return 'updated';
}

/**
 * The login the token acts as: a user for a personal token, the app's bot (`github-actions[bot]` for
 * `GITHUB_TOKEN`) for an installation token, where `GET /user` is refused — GraphQL's `viewer` answers
 * both. Undefined when it cannot be asked.
 */
export async function tokenIdentity(client: GitHubClient): Promise<string | undefined> {
  try {
    const answer = await client.graphql<{ viewer?: { login?: unknown } }>('query { viewer { login } }');
    return typeof answer.viewer?.login === 'string' ? answer.viewer.login : undefined;
  } catch {
    return undefined;
  }
}

export interface Author {
  readonly login?: string;
  readonly type?: string;
}

/**
 * Whether a comment's author is the token's identity. REST names a bot `name[bot]` where GraphQL may say
 * `name`; a bot is matched only as a bot. With the identity unknown, only bots' comments qualify: a person's
 * comment is never taken over.
 */
export function ownedBy(identity: string | undefined): (author: Author | null | undefined) => boolean {
  const bare = (login: string) => login.toLowerCase().replace(/\[bot\]$/, '');
  return (author) => {
    if (!author?.login) return false;
    const isBot = author.type === 'Bot';
    if (identity === undefined) return isBot;
    if (identity.toLowerCase() === author.login.toLowerCase()) return true;
    return isBot && bare(identity) === bare(author.login);
  };
}
