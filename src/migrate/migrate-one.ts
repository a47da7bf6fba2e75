import { migrateSource } from '../../transforms/migrate-v5/index.js';
import type { MigrationJob, MigrationOutcome } from './types.js';

/** Runs the transform on one file; a file that fails to parse becomes an outcome with `error`, never a throw. */
export function migrateOne(job: MigrationJob): MigrationOutcome {
  try {
    const result = migrateSource(job.source, job.file, { utilsImport: job.utilsImport, amplifyVersion: job.amplifyVersion });
    return { file: job.file, source: job.source, output: result.output, changed: result.changed, review: result.review, usesGraphqlClient: result.usesGraphqlClient };
  } catch (error) {
    const err = error as Error & { loc?: { line: number; column: number } };
    const where = err.loc ? `${err.loc.line}:${err.loc.column + 1}: ` : '';
    return {
      file: job.file,
      source: job.source,
      output: job.source,
      changed: false,
      review: [],
      usesGraphqlClient: false,
      error: `${where}${err.message.replace(/\s*\(\d+:\d+\)$/, '')}`,
    };
  }
}
