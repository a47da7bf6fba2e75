import { parentPort } from 'node:worker_threads';
import { migrateOne } from './migrate-one.js';
import type { MigrationJob } from './migration.js';

parentPort!.on('message', (jobs: MigrationJob[]) => {
  parentPort!.postMessage(jobs.map(migrateOne));
});
