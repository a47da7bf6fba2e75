import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (test/e2e/lib → ../../..). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The built CLI: `npm run test:e2e` runs `npm run build` first. */
export const CLI_BIN = path.join(REPO_ROOT, 'bin', 'amplify-next.js');

/** The apps kept in the repo, copied (never run in place) for every run. */
export const APPS_DIR = path.join(REPO_ROOT, 'test', 'e2e', 'apps');

/** Screenshots, logs and the timing summary of the last run (git-ignored). */
export const ARTIFACTS_DIR = path.join(REPO_ROOT, 'test', 'e2e', '.work', 'artifacts');

/**
 * Installs and app copies live outside the repository on purpose: inside it, Node's module resolution,
 * TypeScript's `@types` lookup and Next.js's lockfile/root detection all walk up into the repo's own
 * node_modules (which has aws-amplify, next and react), and a missing install would go unnoticed.
 * E2E_WORK_DIR overrides the location.
 */
export const WORK_DIR = process.env.E2E_WORK_DIR ? path.resolve(process.env.E2E_WORK_DIR) : path.join(os.tmpdir(), 'amplify-next-e2e');

export const INSTALLS_DIR = path.join(WORK_DIR, 'installs');
export const RUN_DIR = path.join(WORK_DIR, 'apps');
