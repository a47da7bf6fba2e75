import { Worker } from 'node:worker_threads';
import type { MigrationJob, MigrationOutcome } from './migration.js';

/** Below this many files, starting workers costs more than it saves. */
const IN_PROCESS_LIMIT = 16;
const BATCH_SIZE = 8;

interface WorkerSlot {
  worker: Worker;
  /** Where each batch sent and not answered yet starts, in the order the worker answers them. */
  pending: { start: number; size: number }[];
}

/**
 * Transforms files as they are found: workers start as soon as there are enough jobs to be worth them, and
 * each full batch goes at once to the worker with the least work queued, so that they transform while the
 * caller is still reading the tree (it does not yield until it is done: a worker that waited for its answer
 * to be read would sit idle). The last, partial batch goes when the caller is done. Few jobs are
 * transformed in this process instead. Outcomes come back in the order the jobs were added.
 */
export class MigrationPool {
  private readonly jobs: MigrationJob[] = [];
  private readonly outcomes: MigrationOutcome[] = [];
  private readonly workers: WorkerSlot[] = [];
  private next = 0;
  private done = 0;
  private failure: unknown;
  private finished?: () => void;

  constructor(
    private readonly size: number,
    private readonly onDone: (count: number) => void = () => {},
  ) {}

  /** Starts one worker now, so that it loads the transform while the caller is still reading files. */
  warmUp(): void {
    if (this.size > 1 && this.workers.length === 0) this.startWorker();
  }

  add(job: MigrationJob): void {
    this.jobs.push(job);
    if (this.size > 1 && this.jobs.length > IN_PROCESS_LIMIT) {
      // One worker per batch, up to the pool size: a few candidates never start a worker per core.
      const wanted = Math.min(this.size, Math.ceil(this.jobs.length / BATCH_SIZE));
      while (this.workers.length < wanted) this.startWorker();
    }
    this.dispatch(false);
  }

  /** Waits for every job; runs them in this process when no worker was started. */
  async finish(): Promise<MigrationOutcome[]> {
    if (this.workers.length === 0) {
      const { migrateOne } = await import('./migrate-one.js');
      this.jobs.forEach((job, index) => {
        this.outcomes[index] = migrateOne(job);
        this.onDone(index + 1);
      });
      return this.outcomes;
    }
    this.dispatch(true);
    if (this.done < this.jobs.length && this.failure === undefined) {
      await new Promise<void>((resolve) => (this.finished = resolve));
    }
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
    if (this.failure) throw this.failure;
    return this.outcomes;
  }

  private startWorker(): void {
    const worker = new Worker(new URL('./worker.js', import.meta.url));
    worker.on('error', (error) => {
      this.failure ??= error;
      this.finished?.();
    });
    const slot: WorkerSlot = { worker, pending: [] };
    worker.on('message', (results: MigrationOutcome[]) => {
      const { start } = slot.pending.shift()!;
      results.forEach((outcome, i) => (this.outcomes[start + i] = outcome));
      this.done += results.length;
      this.onDone(this.done);
      if (this.done === this.jobs.length) this.finished?.();
    });
    this.workers.push(slot);
  }

  /** Sends every full batch waiting (and with `all`, the last partial one) to the least loaded worker. */
  private dispatch(all: boolean): void {
    if (this.workers.length === 0) return;
    while (this.jobs.length - this.next >= BATCH_SIZE || (all && this.next < this.jobs.length)) {
      const queued = (slot: WorkerSlot) => slot.pending.reduce((sum, batch) => sum + batch.size, 0);
      const slot = this.workers.reduce((best, s) => (queued(s) < queued(best) ? s : best));
      const start = this.next;
      const batch = this.jobs.slice(start, start + BATCH_SIZE);
      this.next += batch.length;
      slot.pending.push({ start, size: batch.length });
      slot.worker.postMessage(batch);
    }
  }
}
