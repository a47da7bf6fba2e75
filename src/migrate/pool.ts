import { Worker } from 'node:worker_threads';
import { migrateOne } from './migrate-one.js';
import type { MigrationJob, MigrationOutcome } from './types.js';

/** Below this many files, starting workers costs more than it saves. */
const IN_PROCESS_LIMIT = 16;
const BATCH_SIZE = 8;

/**
 * Transforms the jobs on `jobs` worker threads (batches handed out as workers free up), or in this process
 * when there are few. Outcomes come back in job order.
 */
export async function runJobs(
  jobs: MigrationJob[],
  workers: number,
  onDone: (count: number) => void = () => {},
): Promise<MigrationOutcome[]> {
  if (workers <= 1 || jobs.length <= IN_PROCESS_LIMIT) {
    return jobs.map((job, index) => {
      const outcome = migrateOne(job);
      onDone(index + 1);
      return outcome;
    });
  }
  const batches: Array<{ start: number; jobs: MigrationJob[] }> = [];
  for (let start = 0; start < jobs.length; start += BATCH_SIZE) batches.push({ start, jobs: jobs.slice(start, start + BATCH_SIZE) });
  const outcomes = new Array<MigrationOutcome>(jobs.length);
  let next = 0;
  let done = 0;
  const count = Math.min(workers, batches.length);
  await Promise.all(
    Array.from({ length: count }, async () => {
      const worker = new Worker(new URL('./worker.js', import.meta.url));
      try {
        while (next < batches.length) {
          const batch = batches[next++]!;
          const results = await new Promise<MigrationOutcome[]>((resolve, reject) => {
            worker.once('message', resolve);
            worker.once('error', reject);
            worker.postMessage(batch.jobs);
          });
          worker.removeAllListeners('error');
          results.forEach((outcome, i) => (outcomes[batch.start + i] = outcome));
          done += results.length;
          onDone(done);
        }
      } finally {
        await worker.terminate();
      }
    }),
  );
  return outcomes;
}
