/**
 * Fast text check: false means the file cannot contain a migration site. A site needs one of:
 * `withSSRContext` (Table A–G units, re-exports, mocks), `@aws-amplify/datastore/ssr` (Table G), or an
 * 'aws-amplify' import with `configure(` or a default import (Table H / I configure-options, default-import);
 * or it is v6 code of an earlier run (a NOTE marker, runWithAmplifyServerContext).
 * Kept apart from the transform so that the runner can filter files without loading the transform.
 */
export function mayNeedMigration(source: string): boolean {
  // v6 code of an earlier run: its NOTE markers and the client-side v5 code it left are listed again.
  return holdsV5Code(source) || source.includes('NOTE(amplify-next):') || source.includes('runWithAmplifyServerContext');
}

/** The part of `mayNeedMigration` that is v5 code itself, not v6 code an earlier run left. */
export function holdsV5Code(source: string): boolean {
  if (source.includes('withSSRContext') || source.includes('@aws-amplify/datastore/ssr')) return true;
  if (!source.includes('aws-amplify')) return false;
  return /\.configure\s*\(/.test(source) || /import\s+[\w$]+\s*(?:,\s*\{[^}]*\}\s*)?from\s*['"]aws-amplify['"]/.test(source);
}
