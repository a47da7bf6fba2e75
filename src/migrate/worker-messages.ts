import type { MigrationJob, MigrationOutcome } from './migration.js';
import type { ScanResult } from './scan-files.js';

/** What the pool asks a worker: to read source files (absolute, under `root`), or to migrate texts. */
export type WorkerRequest = { kind: 'scan'; root: string; files: string[] } | { kind: 'migrate'; jobs: MigrationJob[] };

/** A worker's answer to each request, in the order they were sent. */
export type WorkerReply =
  | { kind: 'scanned'; result: ScanResult }
  /** A file could not be read as a source file: the run stops with this message, as a read here would. */
  | { kind: 'scanFailed'; message: string; hint?: string }
  | { kind: 'migrated'; outcomes: MigrationOutcome[] };
