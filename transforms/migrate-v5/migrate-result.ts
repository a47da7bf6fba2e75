export interface MigrateOptions {
  /** Module specifier of the project's utils module for this file, e.g. '@/utils/amplifyServerUtils' or '../utils/amplifyServerUtils'. */
  utilsImport: string;
  /** Resolved aws-amplify version of the project, if known (Storage.put migrates only when >= 6.17.0). */
  amplifyVersion?: string;
  /** Calls (`line:column`) of helpers in other modules that migrate with this file: they get the context. */
  helperCalls?: string[];
  /** Functions this module exports that migrate with their callers: they take the context instead. */
  helpers?: HelperSpec[];
  /** Project modules (as this file imports them) that re-export withSSRContext under `names`. */
  ssrModules?: { specifier: string; names: string[] }[];
  /** Every importer of this module's withSSRContext re-exports was migrated: the re-exports go. */
  dropReexports?: boolean;
  /** Project modules (as this file imports them) that export wrappers of withSSRContext migrating with this file. */
  wrapperModules?: { specifier: string; wrappers: WrapperSpec[] }[];
  /** Wrappers this module exports whose every call was migrated: they go. */
  dropWrappers?: string[];
}

/** A wrapper's parameter as it reaches withSSRContext: the parameter itself, or its `.req`. */
export interface Forward {
  param: number;
  req?: boolean;
}

/**
 * An exported function that only returns `withSSRContext(<forwarded>)` (or one category of it): what it
 * passes, in terms of its parameters. `forwards` is `null` for no argument, a `Forward`, or an object literal
 * whose keys map to `Forward`s (`{ req }` → `{ req: { param: 0 } }`).
 */
export interface WrapperSpec {
  name: string;
  forwards: Forward | { props: Record<string, Forward> } | null;
  /** The category the wrapper returns (`withSSRContext({ req }).Auth`), or undefined for the whole instance. */
  category?: string;
  /** Its name in its own module when `name` (what callers import; 'default' for a default export) differs. */
  local?: string;
}

/** An exported helper whose parameter `param` (0-based) receives the SSR instance or one of its categories. */
export interface HelperSpec {
  name: string;
  param: number;
  /** 'instance', or the category its callers pass ('API', 'Auth', ...). */
  passes: string;
}

/** A call that passes the SSR instance (or a category) to a function imported from a project module. */
export interface HelperEscape {
  /** 1-based position of the call in the input file. */
  line: number;
  column: number;
  /** The import specifier as written, and the imported name ('default' for a default import). */
  specifier: string;
  imported: string;
  param: number;
  passes: string;
}

/** What a file knows about helpers across files. */
export interface CrossFileFacts {
  /** Calls of imported helpers that pass the SSR instance and were not migrated with them (first run). */
  escapes: HelperEscape[];
  /** Names of the `helpers` this run migrated. */
  helpersMigrated: string[];
  /** The `helperCalls` this run migrated. */
  helperCallsMigrated: string[];
  /** Names under which this module re-exports withSSRContext ('*' for `export *`). */
  reexports: string[];
  /** Some withSSRContext imported from an `ssrModules` module is still used (a unit stayed v5). */
  ssrImportsKept: boolean;
  /** Exported wrappers of withSSRContext this module holds (first run). */
  wrappers: WrapperSpec[];
  /** The `dropWrappers` this run removed. */
  wrappersDropped: string[];
  /** Calls (`line:column`) of `wrapperModules` wrappers this run migrated as units. */
  wrapperCallsMigrated: string[];
  /** Calls of `wrapperModules` wrappers whose unit stays v5, with the first reason. */
  wrapperCallsKept: { site: string; reason: string }[];
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
  crossFile: CrossFileFacts;
}
