import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO, runJson } from '../helpers/cli.js';
import { cleanupTrees, copyTree } from '../helpers/tree.js';

afterAll(cleanupTrees);

/**
 * What the setup `init` + `add auth-routes` writes gives doctor nothing to report. The findings left are the
 * apps' own code that init reports and leaves alone, each listed here with why.
 */
const LEFT_ALONE: Record<string, string[]> = {
  // _app configures the browser from aws-exports.js; init's server utils use amplify_outputs.json (init notes it).
  'apps/next13-config-mismatch-js': ['config-mismatch pages/_app.js'],
  // The hand-written aws-exports.ts has the v5 shape: v6 reads no user pool from it (init notes it).
  'apps/next14-app-v5-config-ts': ['config-v5-shape components/ConfigureAmplifyClientSide.tsx', 'config-v5-shape utils/amplifyServerUtils.ts'],
  // The app's own middleware on Next.js 16: init leaves it and prints the rename command.
  'apps/next16-app-middleware-ts': ['guard-middleware-deprecated middleware.ts'],
  'e2e/apps/next16-middleware-ts': ['guard-middleware-deprecated middleware.ts'],
};

/** Apps whose config or code add auth-routes refuses (exit 1, nothing written): doctor then sees init's setup alone. */
const NO_AUTH_ROUTES = new Set([
  'apps/next14-app-v5-config-ts',
  'apps/next14-pages-aws-exports-ts',
  'apps/next14-pages-graphql-ts',
  'apps/next14-pages-src-js-middleware',
  'apps/next15-nextauth-ts',
]);

const apps = ['test/fixtures/apps', 'test/e2e/apps'].flatMap((dir) =>
  fs
    .readdirSync(path.join(REPO, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${dir.replace(/^test\/(fixtures\/)?/, '')}/${entry.name}`),
);

describe('doctor after init and add auth-routes', () => {
  it.each(apps)('%s', (app) => {
    const root = copyTree(path.join(REPO, 'test', app.startsWith('apps/') ? 'fixtures' : '', app));
    const init = runJson(['init', '--yes', '--skip-install', '--cwd', root]);
    expect(init.exitCode, init.stderr).toBe(0);
    const routes = runJson(['add', 'auth-routes', '--yes', '--skip-install', '--cwd', root]);
    expect(routes.exitCode, routes.stderr).toBe(NO_AUTH_ROUTES.has(app) ? 1 : 0);
    const { json } = runJson(['doctor', '--cwd', root]);
    const found = (json.findings as Array<{ code: string; file: string }>).map((finding) => `${finding.code} ${finding.file}`);
    expect(found).toEqual(LEFT_ALONE[app] ?? []);
  });
});
