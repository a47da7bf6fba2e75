export interface MigrateOptions {
  /** Module specifier of the project's utils module for this file, e.g. '@/utils/amplifyServerUtils' or '../utils/amplifyServerUtils'. */
  utilsImport: string;
  /** Resolved aws-amplify version of the project, if known (Storage.put migrates only when >= 6.17.0). */
  amplifyVersion?: string;
}

export interface ReviewItem {
  /** 1-based, in the INPUT file. */
  line: number;
  /** 1-based. */
  column: number;
  /** A Table I code, or an info code (cognito-user-shape, behaviour-change, deprecated-key-api, ...). */
  code: string;
  /** Short, one sentence. */
  reason: string;
  /** Docs link from the reference. */
  url: string;
  level: 'todo' | 'info';
}

export interface MigrateResult {
  /** === source (same string) when nothing changed. */
  output: string;
  changed: boolean;
  review: ReviewItem[];
  /** True when the output imports the GraphQL client from the utils module. */
  usesGraphqlClient: boolean;
}
