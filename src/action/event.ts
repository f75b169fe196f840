/** What the Action needs from the workflow run: the event, the repository, the pull request. */
import { readFile } from 'node:fs/promises';

export interface RepositoryRef {
  readonly owner: string;
  readonly repo: string;
}

export interface PullRequestRef {
  readonly number: number;
  readonly headSha: string;
  readonly baseSha: string;
  /** The base branch's name (`main`), for messages. */
  readonly baseRef?: string;
  /** The head repository is another one (a fork): the token is read-only. */
  readonly fromFork: boolean;
}

export interface RunContext {
  readonly eventName: string;
  readonly repository?: RepositoryRef;
  /** The commit the run checks (the pull request's head, or GITHUB_SHA). */
  readonly sha?: string;
  readonly pullRequest?: PullRequestRef;
  readonly apiUrl: string;
  readonly serverUrl: string;
  readonly runUrl?: string;
  /** The workflow's name and the job's id: part of the derived run key. */
  readonly workflow?: string;
  readonly job?: string;
}

interface EventPayload {
  readonly pull_request?: {
    readonly number?: number;
    readonly head?: { readonly sha?: string; readonly repo?: { readonly full_name?: string } | null };
    readonly base?: {
      readonly sha?: string;
      readonly ref?: string;
      readonly repo?: { readonly full_name?: string } | null;
    };
  };
  readonly repository?: { readonly full_name?: string };
}

export async function readRunContext(env: NodeJS.ProcessEnv): Promise<RunContext> {
  const payload: EventPayload = env.GITHUB_EVENT_PATH
    ? (JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8').catch(() => '{}')) as EventPayload)
    : {};
  const fullName = env.GITHUB_REPOSITORY ?? payload.repository?.full_name;
  const [owner, repo] = fullName?.split('/') ?? [];
  const pr = payload.pull_request;
  const pullRequest =
    pr?.number !== undefined && pr.head?.sha && pr.base?.sha
      ? {
          number: pr.number,
          headSha: pr.head.sha,
          baseSha: pr.base.sha,
          ...(pr.base.ref ? { baseRef: pr.base.ref } : {}),
          // A deleted fork leaves `head.repo` null; its token is read-only all the same.
          fromFork:
            pr.head.repo === null ||
            Boolean(pr.head.repo?.full_name && pr.head.repo.full_name !== pr.base.repo?.full_name),
        }
      : undefined;
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const sha = pullRequest?.headSha ?? env.GITHUB_SHA;
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    ...(owner && repo ? { repository: { owner, repo } } : {}),
    ...(sha ? { sha } : {}),
    ...(pullRequest ? { pullRequest } : {}),
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    serverUrl,
    ...(env.GITHUB_WORKFLOW ? { workflow: env.GITHUB_WORKFLOW } : {}),
    ...(env.GITHUB_JOB ? { job: env.GITHUB_JOB } : {}),
    ...(fullName && env.GITHUB_RUN_ID
      ? { runUrl: `${serverUrl}/${fullName}/actions/runs/${env.GITHUB_RUN_ID}` }
      : {}),
  };
}
