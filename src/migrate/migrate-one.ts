import { migrateSource } from '../../transforms/migrate-v5/index.js';
import { withLfLineEnds } from '../ast/line-endings.js';
import type { MigrationJob, MigrationOutcome } from './migration.js';

/**
 * Runs the transform on one file, keeping its own line ends (LF, CRLF or CR); a file that fails to parse
 * becomes an outcome with `error`, never a throw.
 */
export function migrateOne(job: MigrationJob): MigrationOutcome {
  try {
    const lf = withLfLineEnds(job.source);
    const result = migrateSource(lf.text, job.file, {
      utilsImport: job.utilsImport,
      amplifyVersion: job.amplifyVersion,
      helperCalls: job.helperCalls,
      helpers: job.helpers,
      ssrModules: job.ssrModules,
      dropReexports: job.dropReexports,
      wrapperModules: job.wrapperModules,
      dropWrappers: job.dropWrappers,
    });
    const output = result.changed ? lf.restore(result.output) : job.source;
    return {
      file: job.file,
      source: job.source,
      output,
      changed: result.changed,
      review: result.review,
      usesGraphqlClient: result.usesGraphqlClient,
      crossFile: result.crossFile,
    };
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
