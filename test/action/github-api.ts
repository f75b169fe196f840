/**
 * A local stand-in for api.github.com: every request's method, path, query and body is validated against
 * GitHub's official REST OpenAPI description (`@octokit/openapi`), and the answers keep state the way
 * GitHub does (check runs, issue comments, issues), so several Action runs can be observed in a row.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { openapiSchemaToJsonSchema } from '@openapi-contrib/openapi-schema-to-json-schema';
import { Ajv, type ValidateFunction } from 'ajv';

const require = createRequire(import.meta.url);

/** The operations the Action calls: method + path template as the OpenAPI description writes them. */
const OPERATIONS = [
  ['post', '/repos/{owner}/{repo}/check-runs'],
  ['patch', '/repos/{owner}/{repo}/check-runs/{check_run_id}'],
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}/files'],
  ['get', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['post', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['patch', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['get', '/repos/{owner}/{repo}/issues'],
  ['post', '/repos/{owner}/{repo}/issues'],
  ['patch', '/repos/{owner}/{repo}/issues/{issue_number}'],
] as const;

type Method = (typeof OPERATIONS)[number][0];

interface Operation {
  readonly method: Method;
  readonly template: string;
  readonly pattern: RegExp;
  readonly body?: ValidateFunction;
  readonly query: Map<string, ValidateFunction>;
}

interface Parameter {
  readonly name: string;
  readonly in: string;
  readonly schema?: object;
}

let compiled: Promise<Operation[]> | undefined;

/** Compiles the request schemas of the operations above, once per test run. */
function operations(): Promise<Operation[]> {
  compiled ??= (async () => {
    const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
    const description = JSON.parse(await readFile(file, 'utf8')) as {
      paths: Record<
        string,
        Record<string, { parameters?: ({ $ref?: string } & Parameter)[]; requestBody?: unknown }>
      >;
      components: { parameters: Record<string, Parameter>; schemas: Record<string, object> };
    };
    // OpenAPI 3.0 schemas are not quite JSON Schema (`nullable`); convert the ones requests can reach.
    const toJsonSchema = (schema: object): object => {
      const { $schema: _dialect, ...converted } = openapiSchemaToJsonSchema(schema, {
        cloneSchema: true,
      }) as Record<string, unknown>;
      return converted;
    };
    for (const [name, schema] of Object.entries(description.components.schemas)) {
      description.components.schemas[name] = toJsonSchema(schema);
    }
    for (const [method, template] of OPERATIONS) {
      const body = (
        description.paths[template]?.[method]?.requestBody as
          { content?: Record<string, { schema?: object }> } | undefined
      )?.content?.['application/json'];
      if (body?.schema) body.schema = toJsonSchema(body.schema);
    }
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    ajv.addSchema({ ...description, $id: 'github' }, 'github');
    return OPERATIONS.map(([method, template]) => {
      const operation = description.paths[template]?.[method];
      if (!operation) throw new Error(`${method} ${template} is not in GitHub's OpenAPI description`);
      const pointer = `github#/paths/${template.replace(/~/g, '~0').replace(/\//g, '~1')}/${method}`;
      const query = new Map<string, ValidateFunction>();
      for (const parameter of operation.parameters ?? []) {
        const resolved = parameter.$ref
          ? description.components.parameters[parameter.$ref.replace('#/components/parameters/', '')]
          : parameter;
        if (resolved?.in === 'query' && resolved.schema)
          query.set(resolved.name, ajv.compile(resolved.schema));
      }
      return {
        method,
        template,
        pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '([^/]+)')}$`),
        ...(operation.requestBody
          ? { body: ajv.compile({ $ref: `${pointer}/requestBody/content/application~1json/schema` }) }
          : {}),
        query,
      };
    });
  })();
  return compiled;
}

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly template: string;
  readonly query: URLSearchParams;
  readonly body: unknown;
  readonly authorization?: string;
}

export interface CheckRun {
  readonly id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion?: string;
  output?: { title?: string; summary?: string; annotations?: unknown[] };
  annotations: unknown[];
}

export interface IssueComment {
  readonly id: number;
  readonly issue: number;
  body: string;
  /** Who wrote it (default: the token's identity). */
  readonly author?: { readonly login: string; readonly type: 'User' | 'Bot' };
}

export interface Issue {
  readonly number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: string[];
  /** Who opened it (default: the token's identity). */
  readonly author?: { readonly login: string; readonly type: 'User' | 'Bot' };
}

export interface PullRequestFile {
  readonly filename: string;
  readonly status: string;
  readonly patch?: string;
}

export class GitHubApi {
  readonly requests: RecordedRequest[] = [];
  /** Requests that do not match GitHub's REST description: every test expects none. */
  readonly violations: string[] = [];
  readonly checkRuns: CheckRun[] = [];
  readonly comments: IssueComment[] = [];
  readonly issues: Issue[] = [];
  /** Files of pull request #N, as `pulls.listFiles` returns them. */
  readonly pullFiles = new Map<number, PullRequestFile[]>();
  /** Areas the token may not write: answered with 403 like a read-only token. */
  readonly denied = new Set<'checks' | 'comments' | 'issues'>();
  /** `METHOD /template` → a status to answer once (a transient GitHub error), then answer normally. */
  readonly failOnce = new Map<string, number>();
  /** `METHOD /template` → never answered (a hung GitHub): the request stays open until `stop`. */
  readonly hang = new Set<string>();
  /** The login GraphQL's `viewer` answers: the identity of the token. */
  identity = 'github-actions[bot]';
  /** The `html_url` of created objects, from the repository's URL (a hostile one in some tests). */
  htmlUrl: (repository: string) => string = (repository) => `https://github.com/${repository}`;
  /** Error answers quote the request's Authorization header, as a careless proxy might. */
  echoCredentials = false;
  private nextId = 1000;
  private server?: Server;
  url = '';

  async start(): Promise<this> {
    const ops = await operations();
    this.server = createServer((request, response) => {
      void this.handle(ops, request, response);
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  private async handle(ops: Operation[], request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.url);
    const method = (request.method ?? 'GET').toLowerCase();
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const body: unknown = text ? JSON.parse(text) : undefined;
    if (method === 'post' && url.pathname === '/graphql')
      return this.graphql(body, request.headers.authorization, response);
    const operation = ops.find((op) => op.method === method && op.pattern.test(url.pathname));
    if (!operation) {
      this.violations.push(
        `${method.toUpperCase()} ${url.pathname}: not an operation of GitHub's REST API that dynalint uses`,
      );
      return send(response, 404, { message: 'Not Found' });
    }
    if (operation.body && !operation.body(body)) {
      this.violations.push(
        `${method.toUpperCase()} ${operation.template}: body ${JSON.stringify(operation.body.errors)}`,
      );
    }
    for (const [name, value] of url.searchParams) {
      const validate = operation.query.get(name);
      const parsed = /^\d+$/.test(value) ? Number(value) : value;
      if (!validate)
        this.violations.push(
          `${method.toUpperCase()} ${operation.template}: unknown query parameter ${name}`,
        );
      else if (!validate(parsed))
        this.violations.push(
          `${operation.template}: query ${name}=${value} ${JSON.stringify(validate.errors)}`,
        );
    }
    const key = `${method.toUpperCase()} ${operation.template}`;
    this.requests.push({
      method: method.toUpperCase(),
      path: url.pathname,
      template: operation.template,
      query: url.searchParams,
      body,
      ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}),
    });
    // A hung GitHub: the request stays open until `stop`.
    if (this.hang.has(key)) return;
    const transient = this.failOnce.get(key);
    if (transient !== undefined) {
      this.failOnce.delete(key);
      return send(response, transient, {
        message: this.echoCredentials
          ? `Validation Failed for request with authorization ${request.headers.authorization ?? ''}`
          : 'Server Error',
      });
    }
    const params = (operation.pattern.exec(url.pathname) ?? []).slice(1);
    this.answer(
      operation.method,
      operation.template,
      params,
      url.searchParams,
      body as Record<string, unknown>,
      response,
    );
  }

  private answer(
    method: Method,
    template: string,
    params: string[],
    query: URLSearchParams,
    body: Record<string, unknown>,
    response: ServerResponse,
  ): void {
    const [owner, repo] = params;
    const html = this.htmlUrl(`${owner}/${repo}`);
    const forbidden = (area: 'checks' | 'comments' | 'issues') => {
      if (!this.denied.has(area)) return false;
      send(response, 403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest',
      });
      return true;
    };
    switch (`${method} ${template}`) {
      case 'post /repos/{owner}/{repo}/check-runs': {
        if (forbidden('checks')) return;
        const run: CheckRun = {
          id: this.nextId++,
          name: String(body.name),
          head_sha: String(body.head_sha),
          status: String(body.status ?? 'queued'),
          annotations: [],
        };
        this.checkRuns.push(run);
        return send(response, 201, {
          id: run.id,
          html_url: `${html}/runs/${run.id}`,
          status: run.status,
          name: run.name,
        });
      }
      case 'patch /repos/{owner}/{repo}/check-runs/{check_run_id}': {
        if (forbidden('checks')) return;
        const run = this.checkRuns.find((r) => r.id === Number(params[2]));
        if (!run) return send(response, 404, { message: 'Not Found' });
        const output = body.output as CheckRun['output'];
        if (output) run.output = output;
        run.annotations.push(...(output?.annotations ?? []));
        if (body.status) run.status = String(body.status);
        if (body.conclusion) run.conclusion = String(body.conclusion);
        return send(response, 200, { id: run.id, html_url: `${html}/runs/${run.id}`, status: run.status });
      }
      case 'get /repos/{owner}/{repo}/pulls/{pull_number}/files':
        return sendPage(
          response,
          query,
          this.pullFiles.get(Number(params[2])) ?? [],
          this.url,
          `/repos/${owner}/${repo}/pulls/${params[2]}/files`,
        );
      case 'get /repos/{owner}/{repo}/issues/{issue_number}/comments': {
        const comments = this.comments
          .filter((c) => c.issue === Number(params[2]))
          .map((c) => ({ id: c.id, body: c.body, user: c.author ?? this.bot() }));
        return sendPage(
          response,
          query,
          comments,
          this.url,
          `/repos/${owner}/${repo}/issues/${params[2]}/comments`,
        );
      }
      case 'post /repos/{owner}/{repo}/issues/{issue_number}/comments': {
        if (forbidden('comments')) return;
        const comment: IssueComment = {
          id: this.nextId++,
          issue: Number(params[2]),
          body: String(body.body),
        };
        this.comments.push(comment);
        return send(response, 201, {
          id: comment.id,
          body: comment.body,
          html_url: `${html}/issues/${params[2]}#issuecomment-${comment.id}`,
        });
      }
      case 'patch /repos/{owner}/{repo}/issues/comments/{comment_id}': {
        if (forbidden('comments')) return;
        const comment = this.comments.find((c) => c.id === Number(params[2]));
        if (!comment) return send(response, 404, { message: 'Not Found' });
        comment.body = String(body.body);
        return send(response, 200, { id: comment.id, body: comment.body });
      }
      case 'get /repos/{owner}/{repo}/issues': {
        const state = query.get('state') ?? 'open';
        const labels = query.get('labels')?.split(',') ?? [];
        const issues = this.issues
          .filter((i) => (state === 'all' || i.state === state) && labels.every((l) => i.labels.includes(l)))
          .map((i) => ({
            number: i.number,
            title: i.title,
            body: i.body,
            state: i.state,
            labels: i.labels.map((name) => ({ name })),
            user: i.author ?? this.bot(),
          }));
        return sendPage(response, query, issues, this.url, `/repos/${owner}/${repo}/issues`);
      }
      case 'post /repos/{owner}/{repo}/issues': {
        if (forbidden('issues')) return;
        const issue: Issue = {
          number: this.nextId++,
          title: String(body.title),
          body: String(body.body ?? ''),
          state: 'open',
          labels: (body.labels as string[] | undefined) ?? [],
        };
        this.issues.push(issue);
        return send(response, 201, { number: issue.number, html_url: `${html}/issues/${issue.number}` });
      }
      case 'patch /repos/{owner}/{repo}/issues/{issue_number}': {
        if (forbidden('issues')) return;
        const issue = this.issues.find((i) => i.number === Number(params[2]));
        if (!issue) return send(response, 404, { message: 'Not Found' });
        if (body.title !== undefined) issue.title = String(body.title);
        if (body.body !== undefined) issue.body = String(body.body);
        if (body.state === 'open' || body.state === 'closed') issue.state = body.state;
        return send(response, 200, { number: issue.number, state: issue.state });
      }
      default:
        return send(response, 500, { message: `no answer for ${method} ${template}` });
    }
  }

  /** The token's identity as the REST API names its author (`type` Bot for `name[bot]`). */
  private bot(): { login: string; type: 'User' | 'Bot' } {
    return { login: this.identity, type: this.identity.endsWith('[bot]') ? 'Bot' : 'User' };
  }

  /** The one GraphQL query dynalint sends: who the token is. */
  private graphql(body: unknown, authorization: string | undefined, response: ServerResponse): void {
    const query = (body as { query?: unknown } | undefined)?.query;
    if (typeof query !== 'string' || query.replace(/\s+/g, ' ').trim() !== 'query { viewer { login } }') {
      this.violations.push(`POST /graphql: an unexpected query ${JSON.stringify(query)}`);
      return send(response, 200, { errors: [{ message: 'unexpected query' }] });
    }
    this.requests.push({
      method: 'POST',
      path: '/graphql',
      template: '/graphql',
      query: new URLSearchParams(),
      body,
      ...(authorization ? { authorization } : {}),
    });
    return send(response, 200, { data: { viewer: { login: this.identity } } });
  }
}

function send(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(body));
}

/** GitHub-style pagination: `per_page`, `page` and a `Link` header to the next page. */
function sendPage(
  response: ServerResponse,
  query: URLSearchParams,
  items: unknown[],
  base: string,
  path: string,
): void {
  const perPage = Number(query.get('per_page') ?? 30);
  const page = Number(query.get('page') ?? 1);
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const next = new URLSearchParams(query);
  next.set('page', String(page + 1));
  const headers: Record<string, string> =
    page * perPage < items.length ? { link: `<${base}${path}?${next}>; rel="next"` } : {};
  send(response, 200, slice, headers);
}
