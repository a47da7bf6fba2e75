import type { ReviewItem } from '../../transforms/migrate-v5/index.js';

export interface MigrationJob {
  /** Absolute path. */
  file: string;
  source: string;
  utilsImport: string;
  amplifyVersion?: string;
}

export interface MigrationOutcome {
  file: string;
  source: string;
  output: string;
  changed: boolean;
  review: ReviewItem[];
  usesGraphqlClient: boolean;
  /** Set when the file could not be read, parsed or transformed; the file is then left alone. */
  error?: string;
}
