/**
 * Loads one-file-format IaC files (CloudFormation, SAM, plan JSON) on worker threads, each judged there by the
 * table rules, while the main thread reads the next files, scans code and waits on the network. A job goes to
 * the worker with the fewest outstanding; a worker that fails leaves the pool and its jobs load on the main
 * thread instead, so a run completes whatever happens to a worker.
 */
import { debuglog } from 'node:util';
import { Worker } from 'node:worker_threads';
import type { FileJudgement } from '../engine.ts';
import type { LoadResult } from '../model.ts';
import { workerEntry } from '../shared/worker-entry.ts';
import type { IacJob, IacJobReply, IacWorkerSetup } from './worker.ts';

/** A file loaded and judged on a worker. */
export interface PooledLoad extends FileJudgement {
  readonly result: LoadResult;
  readonly declared: readonly string[];
}

interface PoolWorker {
  readonly worker: Worker;
  readonly jobs: Map<number, { resolve: (load: PooledLoad) => void; reject: (error: Error) => void }>;
}

const debug = debuglog('dynalint');

export class IacPool {
  private readonly workers: PoolWorker[] = [];
  private readonly started = performance.now();
  private nextId = 0;
  private loaded = 0;
  private readonly lost: string[] = [];

  constructor(size: number, setup: IacWorkerSetup) {
    const entry = workerEntry(import.meta.url, './worker.ts', 'iac-worker.js');
    for (let i = 0; i < size; i += 1) {
      const member: PoolWorker = {
        worker: new Worker(entry.script, {
          eval: entry.eval,
          workerData: setup,
          resourceLimits: { maxOldGenerationSizeMb: 64 },
        }),
        jobs: new Map(),
      };
      member.worker.on('message', (reply: IacJobReply) => {
        const job = member.jobs.get(reply.id);
        member.jobs.delete(reply.id);
        if ('error' in reply) job?.reject(new Error(reply.error));
        else {
          this.loaded += 1;
          job?.resolve(reply);
        }
      });
      const fail = (error: Error): void => this.remove(member, error);
      member.worker.on('error', fail);
      member.worker.on('exit', (code) => fail(new Error(`IaC worker exited with code ${code}`)));
      this.workers.push(member);
    }
  }

  /** Loads and judges a file on the least busy worker; rejects when no worker can. */
  load(format: string, file: string, bytes: Buffer): Promise<PooledLoad> {
    const member = this.workers.reduce<PoolWorker | undefined>(
      (best, candidate) => (!best || candidate.jobs.size < best.jobs.size ? candidate : best),
      undefined,
    );
    if (!member) return Promise.reject(new Error('no IaC worker left'));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      member.jobs.set(id, { resolve, reject });
      member.worker.postMessage({ id, format, file, bytes } satisfies IacJob);
    });
  }

  async close(): Promise<void> {
    const members = this.workers.splice(0);
    debug(
      'IaC pool: %d files loaded on %d worker threads in %d ms%s',
      this.loaded,
      members.length + this.lost.length,
      Math.round(performance.now() - this.started),
      this.lost.length ? `; lost: ${this.lost.join('; ')}` : '',
    );
    await Promise.all(members.map((member) => member.worker.terminate()));
  }

  private remove(member: PoolWorker, error: Error): void {
    const at = this.workers.indexOf(member);
    if (at < 0) return;
    this.workers.splice(at, 1);
    this.lost.push(error.message);
    for (const job of member.jobs.values()) job.reject(error);
    member.jobs.clear();
  }
}
