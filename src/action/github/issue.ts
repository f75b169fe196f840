/**
 * The drift tracking issue of scheduled audits: one open issue, labelled `dynalint-drift` and found again
 * by a hidden marker. Drift opens it (or updates it); a clean audit comments and closes it. Never a
 * duplicate: an open one is always reused.
 */
import type { GitHubClient } from './client.ts';
import { ownedBy, tokenIdentity } from './comment.ts';

export const ISSUE_MARKER = '<!-- dynalint:drift-tracking-issue -->';
export const ISSUE_LABEL = 'dynalint-drift';

export interface TrackingIssue {
  readonly repository: { owner: string; repo: string };
  readonly title: string;
  /** The drift report, or undefined when the audit found none. */
  readonly body: string | undefined;
  /** Said when closing: which run found the drift gone. */
  readonly resolvedComment: string;
  /**
   * The audit could not reach the tables (endpoint, credentials): the open issue keeps its drift list and
   * gets this dated note instead; nothing is opened or closed.
   */
  readonly notChecked?: string;
  /** This run's hidden marker (`keyMarker`): another job's issue is never updated or closed. */
  readonly marker?: string;
  /** Also take over an issue with the unkeyed marker of older versions (a run without a key label). */
  readonly adoptLegacy?: boolean;
}

export type IssueOutcome =
  | { readonly action: 'opened' | 'updated' | 'closed' | 'noted'; readonly number: number }
  | { readonly action: 'none' };

export async function syncTrackingIssue(client: GitHubClient, issue: TrackingIssue): Promise<IssueOutcome> {
  const open = await client.paginate(client.rest.issues.listForRepo, {
    ...issue.repository,
    state: 'open',
    labels: ISSUE_LABEL,
    per_page: 100,
  });
  const marker = issue.marker ?? ISSUE_MARKER;
  // As with the sticky comment: an issue someone else opened with the marker is not ours to edit or close.
  const ours = ownedBy(await tokenIdentity(client));
  const marked = (candidate: (typeof open)[number], wanted: string) =>
    !candidate.pull_request && candidate.body?.split('\n', 1)[0] === wanted && ours(candidate.user);
  // A single, unkeyed run adopts the issue an older version opened (its marker had no key).
  const existing =
    open.find((candidate) => marked(candidate, marker)) ??
    (issue.adoptLegacy ? open.find((candidate) => marked(candidate, ISSUE_MARKER)) : undefined);
  if (issue.notChecked !== undefined) {
    if (!existing) return { action: 'none' };
    await client.rest.issues.createComment({
      ...issue.repository,
      issue_number: existing.number,
      body: issue.notChecked,
    });
    return { action: 'noted', number: existing.number };
  }
  if (issue.body === undefined) {
    if (!existing) return { action: 'none' };
    await client.rest.issues.createComment({
      ...issue.repository,
      issue_number: existing.number,
      body: issue.resolvedComment,
    });
    await client.rest.issues.update({
      ...issue.repository,
      issue_number: existing.number,
      state: 'closed',
      state_reason: 'completed',
    });
    return { action: 'closed', number: existing.number };
  }
  const body = `${marker}\n${issue.body}`;
  if (existing) {
    await client.rest.issues.update({
      ...issue.repository,
      issue_number: existing.number,
      title: issue.title,
      body,
    });
    return { action: 'updated', number: existing.number };
  }
  const created = await client.rest.issues.create({
    ...issue.repository,
    title: issue.title,
    body,
    labels: [ISSUE_LABEL],
  });
  return { action: 'opened', number: created.data.number };
}
