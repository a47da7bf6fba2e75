import type { CrossFileFacts, HelperSpec, ReviewItem, WrapperSpec } from '../../transforms/migrate-v5/index.js';

export interface MigrationJob {
  /** Absolute path. */
  file: string;
  source: string;
  utilsImport: string;
  amplifyVersion?: string;
  /** Calls of helpers in other modules that migrate with this file (`line:column`). */
  helperCalls?: string[];
  /** Helpers this module exports that migrate with their callers. */
  helpers?: HelperSpec[];
  /** Project modules that re-export withSSRContext, as this file imports them. */
  ssrModules?: { specifier: string; names: string[] }[];
  /** Every importer of this module's withSSRContext re-exports was migrated. */
  dropReexports?: boolean;
  /** Project modules exporting wrappers of withSSRContext that migrate with this file, as it imports them. */
  wrapperModules?: { specifier: string; wrappers: WrapperSpec[] }[];
  /** Wrappers this module exports whose every call was migrated. */
  dropWrappers?: string[];
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
