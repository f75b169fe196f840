/**
 * An IaC pool worker: loads the one-file-format files the main thread sends (CloudFormation, SAM, plan JSON)
 * and judges their tables with the table rules, as the main thread's `settle` would; it sends back what the
 * run keeps.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { judgeTables, type RuleSetting } from '../engine.ts';
import { loadGuarded } from '../iac/format.ts';
import { oneFileFormat } from '../iac/index.ts';
import type { LoadResult } from '../model.ts';
import type { DeployRegion } from '../rule.ts';
import { decode } from '../shared/files.ts';
import { rules } from '../../rules/index.ts';

/** What every job of a run shares, given when the worker starts. */
export interface IacWorkerSetup {
  readonly settings: readonly (readonly [string, RuleSetting])[];
  readonly region?: DeployRegion;
  /** The run reads the tables after loading; otherwise only their keys are sent back. */
  readonly keepTables: boolean;
}

export interface IacJob {
  readonly id: number;
  /** A `fileFormat`'s name. */
  readonly format: string;
  readonly file: string;
  readonly bytes: Uint8Array;
}

export type IacJobReply =
  | {
      readonly id: number;
      readonly result: LoadResult;
      readonly findings: FileJudgementData['findings'];
      readonly failures: FileJudgementData['failures'];
      /** `file\0id` of every table the file declares (its tables may be left out of `result`). */
      readonly declared: readonly string[];
    }
  | { readonly id: number; readonly error: string };

type FileJudgementData = ReturnType<typeof judgeTables>;

const setup = workerData as IacWorkerSetup;
const settings = new Map(setup.settings);
const context = setup.region ? { region: setup.region } : {};

parentPort?.on('message', (job: IacJob) => {
  const format = oneFileFormat(job.format);
  if (!format) {
    parentPort?.postMessage({
      id: job.id,
      error: `no one-file format "${job.format}"`,
    } satisfies IacJobReply);
    return;
  }
  const loaded = loadGuarded(job.file, () =>
    format.loadText(
      decode(Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength)),
      job.file,
    ),
  );
  const { result, findings, failures } = judgeTables(rules, settings, context, loaded);
  const declared = result.tables.map((table) => `${table.source.file}\u0000${table.id}`);
  parentPort?.postMessage({
    id: job.id,
    result: setup.keepTables ? result : { ...result, tables: [] },
    findings,
    failures,
    declared,
  } satisfies IacJobReply);
});
