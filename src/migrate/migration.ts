import type { CrossFileFacts, MigrateOptions, ReviewItem } from '../../transforms/migrate-v5/index.js';

/** One file to migrate: its path (absolute), its text and what the transform is told about the project. */
export interface MigrationJob extends MigrateOptions {
  file: string;
  source: string;
}

export interface MigrationOutcome {
  file: string;
  source: string;
  output: string;
  changed: boolean;
  review: ReviewItem[];
  usesGraphqlClient: boolean;
  /** Helpers across files: what the transform found and migrated (absent when the file failed). */
  crossFile?: CrossFileFacts;
  /** Set when the file could not be read, parsed or transformed; the file is then left alone. */
  error?: string;
}
