import type { ReviewItem } from '../migrate-result.js';
import { stringLiteralContent } from '../../../src/ast/string-literal.js';

const NEXTJS_SSR = 'https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs/';
const NEXTJS_SUPPORTED_APIS =
  'https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs/#supported-apis-for-nextjs-server-side-usage';
const DATASTORE_SERVER =
  'https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs-v5-to-v6-migration-guide/#migrating-from-datastore-to-api-in-a-server-context';
const V5_TO_V6 = 'https://docs.amplify.aws/gen1/javascript/build-a-backend/troubleshooting/migrate-from-javascript-v5-to-v6/';
const AUTH_MIGRATION = 'https://docs.amplify.aws/gen1/javascript/build-a-backend/auth/auth-migration-guide/';
const NEXTJS_V5_TO_V6 = 'https://docs.amplify.aws/nextjs/build-a-backend/server-side-rendering/nextjs-v5-to-v6-migration-guide/';
const GENERIC_SSR = 'https://docs.amplify.aws/gen1/javascript/build-a-backend/server-side-rendering/';
const STORAGE_MIGRATION = 'https://docs.amplify.aws/gen1/javascript/build-a-backend/storage/storage-v5-to-v6-migration-guide/';
const GRAPHQL_SERVER = 'https://docs.amplify.aws/gen1/nextjs/build-a-backend/graphqlapi/connect-from-server-runtime/';

/** Table I codes (TODO level) and the info codes, each with its docs link. */
export const CODE_URLS = {
  // Table I
  'datastore-server': DATASTORE_SERVER,
  'datastore-ssr-import': DATASTORE_SERVER,
  'configure-options': V5_TO_V6,
  'default-import': V5_TO_V6,
  'auth-client-only': NEXTJS_SUPPORTED_APIS,
  'storage-put-server': NEXTJS_SUPPORTED_APIS,
  'storage-download-server': NEXTJS_SUPPORTED_APIS,
  'cognito-user-shape': AUTH_MIGRATION,
  'result-shape': AUTH_MIGRATION,
  'error-shape': AUTH_MIGRATION,
  'ssr-context-escapes': NEXTJS_V5_TO_V6,
  'dynamic-category-access': NEXTJS_V5_TO_V6,
  'module-scope-context': NEXTJS_V5_TO_V6,
  'missing-response': NEXTJS_SSR,
  'per-instance-configure': NEXTJS_SSR,
  reexport: NEXTJS_SSR,
  'test-mock': NEXTJS_SSR,
  'non-nextjs': GENERIC_SSR,
  'graphql-subscription-server': GRAPHQL_SERVER,
  // No server equivalent for a v5 method that is not in Tables B/D/E/F (API.cancel, Storage.cancel, ...).
  'no-server-equivalent': NEXTJS_SUPPORTED_APIS,
  // Info level
  'behaviour-change': NEXTJS_SSR,
  'credentials-undefined': AUTH_MIGRATION,
  'deprecated-key-api': STORAGE_MIGRATION,
  'server-module-configure': NEXTJS_SSR,
  'client-v5-remains': V5_TO_V6,
  'no-server-guard': NEXTJS_SSR,
  'edge-root-import': NEXTJS_SSR,
  'empty-module': NEXTJS_V5_TO_V6,
} as const;

export type ReviewCode = keyof typeof CODE_URLS;

/**
 * What each code means in a few words: the marker line in the file carries this (with the code and the
 * link) so that it stays one readable line; the report carries the full reason for the statement.
 */
const CODE_SUMMARIES: Record<ReviewCode, string> = {
  'datastore-server': 'DataStore has no v6 server API',
  'datastore-ssr-import': 'this module is gone in v6',
  'configure-options': 'these options moved in v6',
  'default-import': 'v6 has no default export',
  'auth-client-only': 'client-only Auth API in v6',
  'storage-put-server': 'no server upload in this version',
  'storage-download-server': 'no server download in v6',
  'cognito-user-shape': 'the v5 user/session shape is gone in v6',
  'result-shape': 'the v6 result has another shape',
  'error-shape': 'v6 errors have other names',
  'ssr-context-escapes': 'the SSR instance leaves this function',
  'dynamic-category-access': 'dynamic access to the SSR instance',
  'module-scope-context': 'withSSRContext at module scope',
  'missing-response': 'v6 needs the response too',
  'per-instance-configure': 'no per-instance configure in v6',
  reexport: 'withSSRContext is re-exported',
  'test-mock': 'a test mocks withSSRContext',
  'non-nextjs': 'not a Next.js server function',
  'graphql-subscription-server': 'no subscriptions on the server',
  'no-server-equivalent': 'no v6 server equivalent',
  'behaviour-change': 'v5 read no cookies here; v6 does',
  'credentials-undefined': 'credentials may be undefined',
  'deprecated-key-api': 'key/accessLevel inputs are deprecated',
  'server-module-configure': 'Amplify.configure in a server module',
  'client-v5-remains': 'client-side v5 code remains',
  'no-server-guard': 'also runs in the browser',
  'edge-root-import': 'root aws-amplify import on the Edge',
  'empty-module': 'nothing is left in this module',
};

export function codeSummary(code: ReviewCode): string {
  return CODE_SUMMARIES[code];
}

export const TODO_PREFIX = 'TODO(amplify-next):';
export const NOTE_PREFIX = 'NOTE(amplify-next):';

/** `// TODO(amplify-next): <code>: <summary>. See <url>` (the full reason is in the report). */
export function todoComment(code: ReviewCode, url: string = CODE_URLS[code]): string {
  return `// ${TODO_PREFIX} ${code}: ${CODE_SUMMARIES[code]}. See ${url}`;
}

/** `// NOTE(amplify-next): <code>: <summary>. See <url>` above migrated code an info item is about. */
export function noteComment(code: ReviewCode): string {
  return `// ${NOTE_PREFIX} ${code}: ${CODE_SUMMARIES[code]}. See ${CODE_URLS[code]}`;
}

/** `NOTE(amplify-next): <code>: …` in a comment: the code, when it is one of ours. */
export function noteCode(comment: string): ReviewCode | undefined {
  const m = /^\s*NOTE\(amplify-next\): ([a-z-]+):/.exec(comment);
  return m && m[1] in CODE_URLS ? (m[1] as ReviewCode) : undefined;
}

/**
 * A reason is one line in the report: a line break in it (from a name taken from the code) is escaped.
 */
function oneLine(text: string): string {
  return text.replace(/[\n\r\u2028\u2029]/g, (char) => stringLiteralContent(char, "'"));
}

/** Docs links for codes shared by several tables, when the item is about REST or Storage. */
export const REST_URL = V5_TO_V6;
export const STORAGE_URL = STORAGE_MIGRATION;

function stripDot(reason: string): string {
  return reason.replace(/\.\s*$/, '');
}

/** 1-based line and column of an offset. */
export function lineColumn(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lastNl = -1;
  for (let i = 0; i < offset; i++) {
    if (source.charCodeAt(i) === 10) {
      line++;
      lastNl = i;
    }
  }
  let column = offset - lastNl;
  if (line === 1 && source.charCodeAt(0) === 0xfeff) column -= 1;
  return { line, column };
}

export function makeItem(
  source: string,
  node: { start?: number | null },
  code: ReviewCode,
  reason: string,
  level: 'todo' | 'info',
  url: string = CODE_URLS[code],
): ReviewItem {
  const { line, column } = lineColumn(source, node.start!);
  return { line, column, code, reason: oneLine(stripDot(reason)), url, level };
}
