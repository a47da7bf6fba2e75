import fs from 'node:fs';
import path from 'node:path';
import { REPO } from './cli.js';
import { copyTree } from './tree.js';

const APPS = path.join(REPO, 'test/fixtures/apps');
const EXPECTED_INIT = path.join(REPO, 'test/fixtures/expected/init');

/**
 * A temp copy of the fixture app `app` as `init --yes --skip-install` leaves it, for the tests that start
 * after init: the app's expected init tree laid over it. init.test.ts runs init on every fixture app and
 * proves that it writes exactly those files and changes nothing else, so the state is the same without
 * another process. (After UPDATE_EXPECTED=1 rewrites the init trees, run these tests again.)
 */
export function initialized(app: string): string {
  const expected = path.join(EXPECTED_INIT, app);
  if (!fs.existsSync(expected)) throw new Error(`${app} has no expected init tree in ${EXPECTED_INIT}`);
  const root = copyTree(path.join(APPS, app));
  fs.cpSync(expected, root, { recursive: true });
  return root;
}
