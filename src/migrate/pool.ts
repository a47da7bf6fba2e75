import { Worker } from 'node:worker_threads';
import type { MigrationJob, MigrationOutcome } from './migration.js';

/** Below this many files, starting workers costs more than it saves. */
const IN_PROCESS_LIMIT = 16;
const BATCH_SIZE = 8;

interface WorkerSlot {
  worker: Worker;
  busy: boolean;
}

/**
 * Transforms files as they are found: jobs are queued while the caller is still reading the tree, workers
 * start as soon as there are enough jobs to be worth them, and take batches as they free up. Few jobs are
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
      // One worker per batch waiting, up to the pool size: a few candidates never start a worker per core.
      const wanted = Math.min(this.size, Math.ceil((this.jobs.length - this.next) / BATCH_SIZE));
      while (this.workers.length < wanted) this.startWorker();
    }
    this.dispatch();
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
    this.workers.push({ worker, busy: false });
    this.dispatch();
  }

  private dispatch(): void {
    for (const slot of this.workers) {
      if (slot.busy || this.next >= this.jobs.length) continue;
      const start = this.next;
      const batch = this.jobs.slice(start, start + BATCH_SIZE);
      this.next += batch.length;
      slot.busy = true;
      slot.worker.once('message', (results: MigrationOutcome[]) => {
        results.forEach((outcome, i) => (this.outcomes[start + i] = outcome));
        this.done += results.length;
        slot.busy = false;
        this.onDone(this.done);
        if (this.done === this.jobs.length && this.finished) this.finished();
        else this.dispatch();
      });
      slot.worker.postMessage(batch);
    }
  }
}
