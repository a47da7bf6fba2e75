import { Worker } from 'node:worker_threads';
import { ProjectError } from '../errors.js';
import type { SourceText } from '../project/read-file.js';
import type { MigrationJob, MigrationOutcome } from './migration.js';
import { appendScan, emptyScan, scanSourceFiles, type ScanResult } from './scan-files.js';
import type { WorkerReply, WorkerRequest } from './worker-messages.js';

/** Below this many files, starting workers costs more than it saves. */
const IN_PROCESS_LIMIT = 16;
const BATCH_SIZE = 8;
/** Migration batches a worker holds at once: one to work on, one to start on when it is done. */
const BATCHES_IN_FLIGHT = 2;
/** Files per scan request: small enough that the workers finish reading at about the same time. */
const SCAN_CHUNK = 200;
/** Scan requests a worker holds at once, so that it never waits for its next one. */
const SCANS_IN_FLIGHT = 2;

interface WorkerSlot {
  worker: Worker;
  /** Scan requests sent and not answered yet. */
  scans: number;
  /** Migration batches sent and not answered yet. */
  batches: number;
  /** The answer to each request sent and not answered yet, in the order the worker answers them. */
  pending: ((reply: WorkerReply) => void)[];
}

/** The files queued for the scan, in chunks, and what the workers answered for each. */
interface Scan {
  root: string;
  chunks: string[][];
  /** The chunk being filled. */
  current: string[];
  sent: number;
  answered: number;
  results: ScanResult[];
  allAnswered?: () => void;
}

/**
 * Reads and transforms files on worker threads. The caller starts them once its walk has found enough
 * files (`startWorkers`), and they read the files it found (`scanLater`) while the walk goes on; the jobs
 * added after the scan go in batches, each to a worker as it is ready for more. Without workers (a
 * small tree, one core) everything runs in this process. Outcomes come back in the order the jobs were added.
 */
export class MigrationPool {
  private readonly jobs: MigrationJob[] = [];
  private readonly outcomes: MigrationOutcome[] = [];
  private readonly workers: WorkerSlot[] = [];
  private next = 0;
  private done = 0;
  private failure: unknown;
  private finished?: () => void;
  private scanning?: Scan;
  /** `finish` was called: no job will be added, the last partial batch goes too. */
  private finishing = false;
  private onDone: (count: number) => void = () => {};

  constructor(private readonly size: number) {}

  /** Starts every worker now, for a tree large enough to be read by them; they take the scan chunks queued so far. */
  startWorkers(): void {
    if (this.size < 2) return;
    while (this.workers.length < this.size) this.startWorker();
    this.sendScans();
  }

  /**
   * Queues `file` (absolute, found by a walk under `root`) for `finishScan`: once the workers run, each full
   * chunk goes to one of them at once, so that they read while the walk goes on.
   */
  scanLater(root: string, file: string): void {
    const scan = (this.scanning ??= { root, chunks: [], current: [], sent: 0, answered: 0, results: [] });
    scan.current.push(file);
    if (scan.current.length === SCAN_CHUNK) {
      scan.chunks.push(scan.current);
      scan.current = [];
      this.sendScans();
    }
  }

  /**
   * Reads what `scanLater` queued and keeps what `scanSourceFiles` keeps, on the workers when they were
   * started, else here with `readHere`. The candidates come sorted by path. A file the workers cannot read
   * as a source file fails the scan with the ProjectError reading it here would have thrown.
   */
  async finishScan(readHere: (file: string) => SourceText | null): Promise<ScanResult> {
    const scan = this.scanning;
    if (scan === undefined) return emptyScan();
    if (scan.current.length > 0) scan.chunks.push(scan.current);
    scan.current = [];
    let whole: ScanResult;
    if (this.workers.length === 0) whole = scanSourceFiles(scan.chunks.flat(), readHere);
    else {
      this.sendScans();
      if (scan.answered < scan.chunks.length && this.failure === undefined) {
        await new Promise<void>((resolve) => (scan.allAnswered = resolve));
      }
      if (this.failure !== undefined) throw this.failure;
      whole = emptyScan();
      for (const result of scan.results) appendScan(whole, result);
    }
    whole.candidates.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    whole.tooLarge.sort();
    return whole;
  }

  /** Sends the queued scan chunks to workers that hold fewer than SCANS_IN_FLIGHT. */
  private sendScans(): void {
    const scan = this.scanning;
    if (scan === undefined) return;
    for (const slot of this.workers) {
      while (slot.scans < SCANS_IN_FLIGHT && scan.sent < scan.chunks.length) {
        const index = scan.sent++;
        const files = scan.chunks[index]!;
        slot.scans++;
        this.request(slot, { kind: 'scan', root: scan.root, files }, (reply) => {
          slot.scans--;
          if (reply.kind === 'scanFailed') this.failure ??= new ProjectError(reply.message, reply.hint);
          else if (reply.kind === 'scanned') scan.results[index] = reply.result;
          scan.answered++;
          this.sendScans();
          if (scan.answered === scan.chunks.length) scan.allAnswered?.();
        });
      }
    }
  }

  add(job: MigrationJob): void {
    this.jobs.push(job);
    if (this.size > 1 && this.jobs.length > IN_PROCESS_LIMIT) {
      // One worker per batch, up to the pool size: a few candidates never start a worker per core.
      const wanted = Math.min(this.size, Math.ceil(this.jobs.length / BATCH_SIZE));
      while (this.workers.length < wanted) this.startWorker();
    }
    this.dispatch();
  }

  /** Waits for every job, telling `onDone` how many are done; runs them in this process when no worker was started. */
  async finish(onDone: (count: number) => void = () => {}): Promise<MigrationOutcome[]> {
    this.onDone = onDone;
    if (this.workers.length === 0) {
      const { migrateOne } = await import('./migrate-one.js');
      this.jobs.forEach((job, index) => {
        this.outcomes[index] = migrateOne(job);
        this.onDone(index + 1);
      });
      return this.outcomes;
    }
    this.finishing = true;
    this.dispatch();
    if (this.done < this.jobs.length && this.failure === undefined) {
      await new Promise<void>((resolve) => (this.finished = resolve));
    }
    await this.close();
    if (this.failure) throw this.failure;
    return this.outcomes;
  }

  /** Stops the workers; `finish` does when it is done, the caller when the run ends another way. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }

  private startWorker(): void {
    const worker = new Worker(new URL('./worker.js', import.meta.url));
    worker.on('error', (error) => {
      this.failure ??= error;
      this.finished?.();
      this.scanning?.allAnswered?.();
    });
    const slot: WorkerSlot = { worker, scans: 0, batches: 0, pending: [] };
    worker.on('message', (reply: WorkerReply) => slot.pending.shift()!(reply));
    this.workers.push(slot);
  }

  private request(slot: WorkerSlot, request: WorkerRequest, answer: (reply: WorkerReply) => void): void {
    slot.pending.push(answer);
    slot.worker.postMessage(request);
  }

  /**
   * Sends full batches (once `finish` is called, the last partial one too) to workers that hold fewer than
   * BATCHES_IN_FLIGHT; each answer sends the next, so that a worker given slower files gets fewer.
   */
  private dispatch(): void {
    for (;;) {
      const waiting = this.jobs.length - this.next;
      if (waiting === 0 || (waiting < BATCH_SIZE && !this.finishing)) return;
      const free = this.workers.filter((slot) => slot.batches < BATCHES_IN_FLIGHT);
      if (free.length === 0) return;
      const slot = free.reduce((best, s) => (s.batches < best.batches ? s : best));
      const start = this.next;
      const batch = this.jobs.slice(start, start + BATCH_SIZE);
      this.next += batch.length;
      slot.batches++;
      this.request(slot, { kind: 'migrate', jobs: batch }, (reply) => {
        slot.batches--;
        if (reply.kind !== 'migrated') return;
        reply.outcomes.forEach((outcome, i) => (this.outcomes[start + i] = outcome));
        this.done += reply.outcomes.length;
        this.onDone(this.done);
        if (this.done === this.jobs.length) this.finished?.();
        else this.dispatch();
      });
    }
  }
}
