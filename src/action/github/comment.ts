/**
 * The sticky pull-request comment: one comment per pull request, found again by a hidden marker and
 * edited in place on every run, never a second one. With no findings it becomes a short all-clear (and
 * none is created when there never were findings).
 */
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
  // A single, unkeyed run adopts the comment an older version left (its marker had no key).
  const existing =
    comments.find((c) => c.body?.split('\n', 1)[0] === marker) ??
    (comment.adoptLegacy ? comments.find((c) => c.body?.split('\n', 1)[0] === COMMENT_MARKER) : undefined);
  if (!existing && comment.body === undefined) return 'none';
  const body = `${marker}\n${comment.body ?? comment.allClear}`;
  if (!existing) {
    await client.rest.issues.createComment({ ...comment.repository, issue_number: comment.pullNumber, body });
    return 'created';
  }
  if (existing.body === body) return 'unchanged';
  await client.rest.issues.updateComment({ ...comment.repository, comment_id: existing.id, body });
  return 'updated';
}
