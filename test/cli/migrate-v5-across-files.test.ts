import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO, runJson } from '../helpers/cli.js';
import { formatDiagnostics, typeCheckProject } from '../helpers/typecheck.js';
import { cleanupTrees, copyTree, makeTree, packageJson, readTree, type Tree } from '../helpers/tree.js';

afterAll(cleanupTrees);

/**
 * Projects under transforms/__testfixtures__/migrate-v5-across-files/<case>/: `input/` (the v5 app),
 * `output/` (every file the run writes, byte for byte; the others stay as they were) and `review.json`
 * (the review items, `{ file, line, code, level }`).
 */
const PROJECTS = path.join(REPO, 'transforms', '__testfixtures__', 'migrate-v5-across-files');

function expected(name: string): { input: Tree; tree: Tree; review: { file: string; line: number; code: string; level: string }[] } {
  const input = readTree(path.join(PROJECTS, name, 'input'));
  const output = readTree(path.join(PROJECTS, name, 'output'));
  const review = JSON.parse(fs.readFileSync(path.join(PROJECTS, name, 'review.json'), 'utf8'));
  return { input, tree: { ...input, ...output }, review };
}

function reasonsOf(json: { reviewItems: { file: string; line: number; column: number; reason: string }[] }): string[] {
  return json.reviewItems.map((item) => `${item.file}:${item.line}:${item.column} ${item.reason}`);
}

function reviewOf(json: { reviewItems: { file: string; line: number; code: string; level: string }[] }) {
  return json.reviewItems.map(({ file, line, code, level }) => ({ file, line, code, level }));
}

/** tsc (strict, the project's tsconfig) over the migrated tree, against the installed v6 packages. */
function typeErrors(root: string): string[] {
  fs.symlinkSync(path.join(REPO, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  const diagnostics = typeCheckProject(root, (options) => ({ ...options, types: [] }));
  return diagnostics.length === 0 ? [] : [formatDiagnostics(diagnostics, root)];
}

/** Migrates a copy of fixture project `name`: the run succeeds, and the tree and review are the expected ones. */
function migrateProject(name: string) {
  const { input, tree, review } = expected(name);
  const root = copyTree(path.join(PROJECTS, name, 'input'));
  const { json, exitCode } = runJson(['migrate-v5', '--yes', '--cwd', root]);
  expect(exitCode).toBe(0);
  expect(readTree(root)).toEqual(tree);
  expect(reviewOf(json)).toEqual(review);
  return { root, json, input, tree, review };
}

/** A dry run of fixture project `name` writes nothing and plans what the real run (`migrateProject`) then does. */
function migrateProjectAfterDryRun(name: string) {
  const { input } = expected(name);
  const root = copyTree(path.join(PROJECTS, name, 'input'));
  const dry = runJson(['migrate-v5', '--dry-run', '--cwd', root]);
  expect(dry.exitCode).toBe(0);
  expect(readTree(root)).toEqual(input);
  fs.rmSync(root, { recursive: true });
  const run = migrateProject(name);
  expect(dry.json.filesChanged).toEqual(run.json.filesChanged);
  expect(reviewOf(dry.json)).toEqual(reviewOf(run.json));
  return run;
}

/** A second run on the migrated tree changes nothing (the type check's node_modules link is removed first). */
function secondRun(root: string, tree: Tree) {
  fs.rmSync(path.join(root, 'node_modules'), { force: true });
  const second = runJson(['migrate-v5', '--yes', '--cwd', root]);
  expect(second.json.filesChanged).toEqual([]);
  expect(readTree(root)).toEqual(tree);
  return second;
}

describe('migrate-v5 across files', () => {
  it('migrates a helper module and its callers together: the helpers take the contextSpec, the callers pass it; the result type-checks', () => {
    const { root, json, tree } = migrateProject('graphql-helper-two-callers');
    expect(json.filesChanged).toEqual(['lib/api.ts', 'lib/auth.ts', 'pages/api/posts.ts', 'pages/index.tsx', 'pages/posts/[id].tsx']);
    expect(json.totals).toMatchObject({ migrated: 5, todoOnly: 0 });
    expect(typeErrors(root)).toEqual([]);

    // A second run finds nothing left to migrate.
    secondRun(root, tree);
  }, 120_000);

  it('gives an ES module helper without imports an import, never a require', () => {
    const { root, tree } = migrateProjectAfterDryRun('helper-without-imports');
    expect(tree['lib/user.js']).toMatch(/^import \{ getCurrentUser \} from 'aws-amplify\/auth\/server';\n\n\/\*\*/);
    secondRun(root, tree);
  });

  it('keeps a helper and its callers in v5 when a caller cannot be followed (a client call, a dynamic import), reported at file:line', () => {
    const { json } = migrateProject('helper-unseen-callers');
    const reasons = reasonsOf(json);
    expect(reasons).toContain(
      'components/LatestPosts.js:9:7 listPublishedPosts is called here without the SSR instance of a withSSRContext call in the same function; listPublishedPosts (lib/posts.js) and its callers (pages/index.js:7) stay v5',
    );
    expect(reasons).toContain(
      'pages/feed.js:5:23 the module is loaded dynamically here, so the calls of listPublishedPosts cannot be followed; listPublishedPosts (lib/posts.js) and its callers (pages/index.js:7) stay v5',
    );
  });

  it('keeps a helper outside the migrated paths, and the callers of it inside them, in v5', () => {
    const { input } = expected('graphql-helper-two-callers');
    const root = copyTree(path.join(PROJECTS, 'graphql-helper-two-callers', 'input'));
    const { json, exitCode } = runJson(['migrate-v5', 'pages', '--yes', '--cwd', root]);
    expect(exitCode).toBe(0);
    expect(readTree(root)['lib/api.ts']).toBe(input['lib/api.ts']);
    expect(readTree(root)['lib/auth.ts']).toBe(input['lib/auth.ts']);
    expect(json.filesChanged).toEqual(['pages/api/posts.ts', 'pages/index.tsx', 'pages/posts/[id].tsx']);
    expect(json.totals).toMatchObject({ migrated: 0, todoOnly: 3 });
    const outside = json.reviewItems.filter((item: { reason: string }) => / is outside the migrated paths/.test(item.reason));
    expect(outside.map((item: { file: string; line: number }) => `${item.file}:${item.line}`).sort()).toEqual([
      'pages/api/posts.ts:8',
      'pages/index.tsx:12',
      'pages/index.tsx:13',
      'pages/posts/[id].tsx:10',
    ]);
  });

  it('migrates the importers of a module that re-exports withSSRContext, then drops the re-export; the result type-checks', () => {
    const { root, json } = migrateProject('reexported-with-ssr-context');
    expect(json.totals).toMatchObject({ migrated: 3, todoOnly: 0 });
    expect(typeErrors(root)).toEqual([]);
  }, 120_000);

  it('keeps the re-export while an importer still uses it (a unit that stays v5), and migrates the others', () => {
    const { input, tree } = expected('reexported-with-ssr-context');
    const root = copyTree(path.join(PROJECTS, 'reexported-with-ssr-context', 'input'));
    const datastore =
      "import { withSSRContext } from '../lib/amplify';\nimport { Post } from '../models';\n\nexport async function getServerSideProps({ req }) {\n  const SSR = withSSRContext({ req });\n  const posts = await SSR.DataStore.query(Post);\n  return { props: { count: posts.length } };\n}\n";
    fs.writeFileSync(path.join(root, 'pages/posts.js'), datastore);
    const { json, exitCode } = runJson(['migrate-v5', '--yes', '--cwd', root]);
    expect(exitCode).toBe(0);
    const after = readTree(root);
    expect(after['lib/amplify.ts']).toBe(
      input['lib/amplify.ts']!.replace(
        'export const',
        '// TODO(amplify-next): reexport: withSSRContext is re-exported. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs/\nexport const',
      ),
    );
    expect(after['pages/index.tsx']).toBe(tree['pages/index.tsx']);
    expect(after['pages/api/session.ts']).toBe(tree['pages/api/session.ts']);
    expect(reviewOf(json)).toEqual([
      { file: 'lib/amplify.ts', line: 7, code: 'reexport', level: 'todo' },
      { file: 'pages/posts.js', line: 6, code: 'datastore-server', level: 'todo' },
    ]);
  });

  it("migrates the importers of withSSRContext from a barrel (`export * from 'aws-amplify'`), which stays as it is, valid v6; dry run = real run; the result type-checks", () => {
    const { root, json, tree } = migrateProjectAfterDryRun('reexported-barrel');
    expect(tree['lib/amplify.ts']).toContain(
      "// Everything of aws-amplify, configured: import from here, not from 'aws-amplify'.\nexport * from 'aws-amplify';\n",
    );
    expect(json.filesChanged).toEqual(['lib/amplify.ts', 'pages/api/token.ts', 'pages/index.tsx']);
    expect(json.totals).toMatchObject({ migrated: 3, todoOnly: 0 });
    expect(typeErrors(root)).toEqual([]);
    secondRun(root, tree);
  }, 120_000);

  it('keeps the TODO on a barrel while withSSRContext is taken through it where the run cannot follow, and says where', () => {
    const { input, tree } = expected('reexported-barrel');
    const root = copyTree(path.join(PROJECTS, 'reexported-barrel', 'input'));
    const { json, exitCode } = runJson(['migrate-v5', 'lib', 'pages/index.tsx', '--yes', '--cwd', root]);
    expect(exitCode).toBe(0);
    const after = readTree(root);
    expect(after['pages/index.tsx']).toBe(tree['pages/index.tsx']);
    expect(after['pages/api/token.ts']).toBe(input['pages/api/token.ts']);
    expect(after['lib/amplify.ts']).toContain(
      "// TODO(amplify-next): reexport: withSSRContext is re-exported. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs/\nexport * from 'aws-amplify';",
    );
    expect(reasonsOf(json)).toContain(
      "pages/api/token.ts:2:1 withSSRContext is imported from lib/amplify.ts here, outside the migrated paths; lib/amplify.ts keeps the TODO on its export * from 'aws-amplify' while withSSRContext is taken through it",
    );

    // A namespace import that reads withSSRContext keeps it too; one that reads only other names does not.
    const whole = path.join(root, 'pages/api/whole.ts');
    fs.writeFileSync(path.join(root, 'lib/amplify.ts'), input['lib/amplify.ts']!);
    fs.rmSync(path.join(root, 'pages/api/token.ts'));
    fs.writeFileSync(whole, "import * as amplify from '../../lib/amplify';\n\nexport const ssrOf = amplify.withSSRContext;\n");
    const kept = runJson(['migrate-v5', 'lib', '--yes', '--cwd', root]);
    expect(reasonsOf(kept.json)).toContain(
      "pages/api/whole.ts:1:1 lib/amplify.ts is imported whole here (import * as amplify), so its withSSRContext cannot be followed; lib/amplify.ts keeps the TODO on its export * from 'aws-amplify' while withSSRContext is taken through it",
    );
    fs.writeFileSync(path.join(root, 'lib/amplify.ts'), input['lib/amplify.ts']!);
    fs.writeFileSync(
      whole,
      "import * as amplify from '../../lib/amplify';\n\nexport const configured = () => amplify.Amplify.getConfig();\n",
    );
    const dropped = runJson(['migrate-v5', 'lib', '--yes', '--cwd', root]);
    expect(dropped.json.reviewItems).toEqual([]);
    expect(readTree(root)['lib/amplify.ts']).toBe(tree['lib/amplify.ts']);
  });

  it('keeps a helper that returns the v5 user whole, and its callers, in v5: the helper says why, the callers point to it', () => {
    const helper =
      "import { Auth } from 'aws-amplify';\n\nexport async function getUser(auth: typeof Auth) {\n  const user = await auth.currentAuthenticatedUser();\n  return user;\n}\n";
    const page =
      "import type { GetServerSideProps } from 'next';\nimport { withSSRContext } from 'aws-amplify';\nimport { getUser } from '../lib/user';\n\nexport const getServerSideProps: GetServerSideProps = async ({ req }) => {\n  const { Auth } = withSSRContext({ req });\n  const user = await getUser(Auth);\n  return { props: { email: user.attributes.email } };\n};\n\nexport default function Profile({ email }: { email: string }) {\n  return <p>{email}</p>;\n}\n";
    const root = makeTree({
      'package.json': packageJson({ next: '14.2.35', 'aws-amplify': '^5.3.11', react: '^18.2.0' }),
      'amplify_outputs.json': '{ "version": "1.3" }\n',
      'lib/user.ts': helper,
      'pages/profile.tsx': page,
    });
    const { json, exitCode } = runJson(['migrate-v5', '--yes', '--cwd', root]);
    expect(exitCode).toBe(0);
    expect(json.totals).toMatchObject({ migrated: 0, todoOnly: 2 });
    const after = readTree(root);
    expect(after['lib/user.ts']).toBe(
      helper.replace(
        '  return user;',
        '  // TODO(amplify-next): cognito-user-shape: the v5 user/session shape is gone in v6. See https://docs.amplify.aws/gen1/javascript/build-a-backend/auth/auth-migration-guide/\n  return user;',
      ),
    );
    const items = json.reviewItems.map(
      (item: { file: string; line: number; code: string; reason: string }) => `${item.file}:${item.line} ${item.code} ${item.reason}`,
    );
    expect(items).toEqual([
      'lib/user.ts:5 cognito-user-shape getUser returns the result of a v5 Auth call to callers in other modules, which would read the v6 value as v5',
      'pages/profile.tsx:7 ssr-context-escapes Auth from the SSR instance is passed to another function; v6 context must not leave runWithAmplifyServerContext',
      'pages/profile.tsx:7 ssr-context-escapes getUser cannot be migrated itself (see the TODO in lib/user.ts); getUser (lib/user.ts) and its callers (pages/profile.tsx:7) stay v5',
    ]);
  });

  it('reports each caller that keeps a helper in v5 for another reason, two in different files; the helper stays v5 with them', () => {
    const helper =
      'export async function loadUsername(auth) {\n  const user = await auth.currentAuthenticatedUser();\n  return user.username;\n}\n';
    const page = (model: string) =>
      `import { withSSRContext } from 'aws-amplify';\nimport { loadUsername } from '../lib/user';\nimport { ${model} } from '../models';\n\nexport async function getServerSideProps({ req }) {\n  const SSR = withSSRContext({ req });\n  const username = await loadUsername(SSR.Auth);\n  const items = await SSR.DataStore.query(${model});\n  return { props: { username, count: items.length } };\n}\n`;
    const root = makeTree({
      'package.json': packageJson({ next: '14.2.35', 'aws-amplify': '^5.3.11', react: '^18.2.0' }),
      'amplify_outputs.json': '{ "version": "1.3" }\n',
      'models/index.js': "export const Note = 'Note';\nexport const Todo = 'Todo';\n",
      'lib/user.js': helper,
      'pages/notes.js': page('Note'),
      'pages/todos.js': page('Todo'),
    });
    const { json, exitCode } = runJson(['migrate-v5', '--yes', '--cwd', root]);
    expect(exitCode).toBe(0);
    expect(readTree(root)['lib/user.js']).toBe(helper);
    expect(json.filesChanged).toEqual(['pages/notes.js', 'pages/todos.js']);
    const subject = 'loadUsername (lib/user.js) and its callers (pages/notes.js:7, pages/todos.js:7) stay v5';
    expect(reasonsOf(json).filter((r) => r.endsWith(subject))).toEqual([
      `pages/notes.js:7:26 this caller stays v5 for another reason (see its TODO); ${subject}`,
      `pages/todos.js:7:26 this caller stays v5 for another reason (see its TODO); ${subject}`,
    ]);
  });

  it('migrates the same JavaScript helper once the callers it could not follow are gone', () => {
    const root = copyTree(path.join(PROJECTS, 'helper-unseen-callers', 'input'));
    fs.rmSync(path.join(root, 'components/LatestPosts.js'));
    fs.rmSync(path.join(root, 'pages/feed.js'));
    const { json, exitCode } = runJson(['migrate-v5', '--yes', '--cwd', root]);
    expect(exitCode).toBe(0);
    expect(json.reviewItems).toEqual([]);
    expect(json.filesChanged).toEqual(['lib/posts.js', 'pages/index.js']);
    const helper = readTree(root)['lib/posts.js'];
    expect(helper).toContain("import { reqResBasedClient } from '@/utils/amplifyServerUtils';");
    expect(helper).toContain(
      'export async function listPublishedPosts(contextSpec) {\n  const { data } = await reqResBasedClient.graphql(contextSpec, {',
    );
    expect(readTree(root)['pages/index.js']).toContain('operation: (contextSpec) => listPublishedPosts(contextSpec),');
  });

  it('migrates the callers of modules that wrap withSSRContext as direct calls, then removes the wrappers and the imports only they used; dry run = real run; the result type-checks', () => {
    const { input, tree, review } = expected('wrapper-two-callers');
    const root = copyTree(path.join(PROJECTS, 'wrapper-two-callers', 'input'));
    const dry = runJson(['migrate-v5', '--dry-run', '--cwd', root]);
    expect(dry.exitCode).toBe(0);
    expect(readTree(root)).toEqual(input);
    const { json, exitCode } = runJson(['migrate-v5', '--yes', '--cwd', root]);
    expect(exitCode).toBe(0);
    expect(dry.json.filesChanged).toEqual(json.filesChanged);
    expect(reviewOf(dry.json)).toEqual(reviewOf(json));
    expect(readTree(root)).toEqual(tree);
    expect(reviewOf(json)).toEqual(review);
    expect(json.filesChanged).toEqual(['lib/ssr.ts', 'pages/api/session.ts', 'pages/index.tsx', 'pages/profile.tsx']);
    expect(json.totals).toMatchObject({ migrated: 4, todoOnly: 0 });
    // The module keeps its configure call, comments and other exports; the wrappers and withSSRContext go.
    expect(tree['lib/ssr.ts']).toContain("export const SIGN_IN_PATH = '/sign-in';");
    expect(tree['lib/ssr.ts']).toContain('/** The same, from the whole getServerSideProps context. */');
    expect(tree['lib/ssr.ts']).not.toMatch(/withSSRContext|getSSR|GetServerSidePropsContext/);
    expect(typeErrors(root)).toEqual([]);

    secondRun(root, tree);
  }, 120_000);

  it('migrates the callers of a wrapper that returns one category, and says so when the module is left with nothing; the result type-checks', () => {
    const { root, json, tree } = migrateProject('wrapper-returns-category');
    expect(tree['lib/server-auth.ts']).toBe('');
    expect(json.reviewItems[0].reason).toBe(
      'nothing is left in this module once serverAuth (a wrapper of withSSRContext, which v6 does not have) is gone: delete the file',
    );
    expect(json.totals).toMatchObject({ migrated: 3, todoOnly: 0 });
    expect(typeErrors(root)).toEqual([]);
  }, 120_000);

  it('keeps a wrapper and all its callers in v5 when one use passes it as a value, reported at file:line with every other use that blocks it; a second run adds nothing', () => {
    const { root, json, input, tree, review } = migrateProject('wrapper-unseen-callers');
    expect(readTree(root)['pages/index.js']).toBe(input['pages/index.js']);
    expect(reasonsOf(json)).toContain(
      'lib/guards.js:4:48 getSSR is used here without being called, so the SSR instance it returns cannot be followed; getSSR (lib/amplify-ssr.js) and its callers (pages/index.js:4, pages/notes.js:5) stay v5',
    );
    // The caller that would stay v5 anyway is found although the use above already keeps the wrapper.
    expect(reasonsOf(json)).toContain(
      'pages/notes.js:5:15 this caller stays v5 (datastore-server: DataStore.query: DataStore has no server API in v6; query the GraphQL API with reqResBasedClient instead (mind _version/_deleted and data.listX.items)); getSSR (lib/amplify-ssr.js) and its callers (pages/index.js:4, pages/notes.js:5) stay v5',
    );
    const second = secondRun(root, tree);
    // The same items; the wrapper's is a line lower, under the TODO line of the first run.
    expect(reviewOf(second.json)).toEqual(review.map((item) => (item.file === 'lib/amplify-ssr.js' ? { ...item, line: 8 } : item)));
  });

  it('keeps a wrapper and its other callers in v5 when one caller stays v5 for another reason, and says which and why', () => {
    const { input } = expected('wrapper-unseen-callers');
    const root = copyTree(path.join(PROJECTS, 'wrapper-unseen-callers', 'input'));
    fs.rmSync(path.join(root, 'lib/guards.js'));
    const { json, exitCode } = runJson(['migrate-v5', '--yes', '--cwd', root]);
    expect(exitCode).toBe(0);
    const after = readTree(root);
    expect(after['pages/index.js']).toBe(input['pages/index.js']);
    expect(after['pages/notes.js']).toBe(input['pages/notes.js']);
    expect(json.filesChanged).toEqual(['lib/amplify-ssr.js']);
    expect(reasonsOf(json)).toContain(
      'pages/notes.js:5:15 this caller stays v5 (datastore-server: DataStore.query: DataStore has no server API in v6; query the GraphQL API with reqResBasedClient instead (mind _version/_deleted and data.listX.items)); getSSR (lib/amplify-ssr.js) and its callers (pages/index.js:4, pages/notes.js:5) stay v5',
    );
  });

  it('reports each caller that keeps a wrapper in v5, two in different files, at file:line', () => {
    const { input } = expected('wrapper-unseen-callers');
    const root = copyTree(path.join(PROJECTS, 'wrapper-unseen-callers', 'input'));
    fs.rmSync(path.join(root, 'lib/guards.js'));
    const drafts =
      "import { getSSR } from '../lib/amplify-ssr';\n\nexport async function getServerSideProps(context) {\n  const SSR = getSSR(context);\n  const drafts = await SSR.API.get('drafts', '/drafts', { response: true });\n  return { props: { count: drafts.data.length } };\n}\n";
    fs.writeFileSync(path.join(root, 'pages/drafts.js'), drafts);
    const { json, exitCode } = runJson(['migrate-v5', '--yes', '--cwd', root]);
    expect(exitCode).toBe(0);
    const after = readTree(root);
    expect(after['pages/index.js']).toBe(input['pages/index.js']);
    expect(after['pages/drafts.js']).toBe(drafts);
    const subject = 'getSSR (lib/amplify-ssr.js) and its callers (pages/drafts.js:4, pages/index.js:4, pages/notes.js:5) stay v5';
    const blockers = reasonsOf(json).filter((r) => r.endsWith(subject));
    expect(blockers).toEqual([
      `pages/drafts.js:4:15 this caller stays v5 (result-shape: response: true returned the full axios response; v6 returns { statusCode, headers, body } from .response); ${subject}`,
      `pages/notes.js:5:15 this caller stays v5 (datastore-server: DataStore.query: DataStore has no server API in v6; query the GraphQL API with reqResBasedClient instead (mind _version/_deleted and data.listX.items)); ${subject}`,
    ]);
  });

  it('keeps a wrapper in v5 when a caller is outside the migrated paths', () => {
    const { input } = expected('wrapper-unseen-callers');
    const root = copyTree(path.join(PROJECTS, 'wrapper-unseen-callers', 'input'));
    fs.rmSync(path.join(root, 'lib/guards.js'));
    const { json, exitCode } = runJson(['migrate-v5', 'lib', 'pages/index.js', '--yes', '--cwd', root]);
    expect(exitCode).toBe(0);
    expect(readTree(root)['pages/index.js']).toBe(input['pages/index.js']);
    expect(reasonsOf(json)).toContain(
      'pages/notes.js:5:15 getSSR is called here, outside the migrated paths; getSSR (lib/amplify-ssr.js) and its callers (pages/index.js:4) stay v5',
    );
  });

  it('migrates a JavaScript wrapper once the uses it could not follow are gone: its comment stays, the module is said to be left with nothing else', () => {
    const { input } = expected('wrapper-unseen-callers');
    const root = copyTree(path.join(PROJECTS, 'wrapper-unseen-callers', 'input'));
    fs.rmSync(path.join(root, 'lib/guards.js'));
    fs.rmSync(path.join(root, 'pages/notes.js'));
    const { json, exitCode } = runJson(['migrate-v5', '--yes', '--cwd', root]);
    expect(exitCode).toBe(0);
    expect(json.filesChanged).toEqual(['lib/amplify-ssr.js', 'pages/index.js']);
    const after = readTree(root);
    expect(after['lib/amplify-ssr.js']).toBe(
      '/**\n * Amplify for the page being rendered on the server.\n * Pass the getServerSideProps context.\n */\n',
    );
    expect(after['pages/index.js']).toBe(
      input['pages/index.js']!.replace(
        "import { getSSR } from '../lib/amplify-ssr';\n",
        "import { getCurrentUser } from 'aws-amplify/auth/server';\nimport { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';\n",
      ).replace(
        '  const { Auth } = getSSR(context);\n  try {\n    const user = await Auth.currentAuthenticatedUser();',
        '  try {\n    const user = await runWithAmplifyServerContext({\n      nextServerContext: { request: context.req, response: context.res },\n      operation: (contextSpec) => getCurrentUser(contextSpec),\n    });',
      ),
    );
    expect(reasonsOf(json)).toEqual([
      'lib/amplify-ssr.js:7:1 nothing is left in this module once getSSR (a wrapper of withSSRContext, which v6 does not have) is gone: delete the file',
    ]);
  });

  it('migrates the callers of wrappers exported from an export list, one under another name (`serverAuth as getServerAuth`); the other names stay; dry run = real run; the result type-checks', () => {
    const { root, json, tree } = migrateProjectAfterDryRun('wrapper-export-list');
    expect(json.filesChanged).toEqual(['lib/amplify.ts', 'pages/api/me.ts', 'pages/index.tsx']);
    expect(json.totals).toMatchObject({ migrated: 3, todoOnly: 0 });
    expect(tree['lib/amplify.ts']).toContain('// The Amplify instance of the page being rendered.\n\nexport { PUBLIC_ROUTES };\n');
    expect(tree['pages/index.tsx']).toContain("import { PUBLIC_ROUTES } from '../lib/amplify';");
    expect(typeErrors(root)).toEqual([]);
    secondRun(root, tree);
  }, 120_000);

  it('migrates the callers of a wrapper declared, then exported as default, under any local name of the default import; dry run = real run; the result type-checks', () => {
    const { root, json, tree } = migrateProjectAfterDryRun('wrapper-default-export');
    expect(tree['lib/amplifySSR.ts']).toBe('');
    expect(json.reviewItems[0].reason).toBe(
      'nothing is left in this module once amplifySSR (a wrapper of withSSRContext, which v6 does not have) is gone: delete the file',
    );
    expect(json.totals).toMatchObject({ migrated: 3, todoOnly: 0 });
    expect(typeErrors(root)).toEqual([]);
    secondRun(root, tree);
  }, 120_000);

  it('migrates the JavaScript callers of `export default function` wrapping withSSRContext; its doc comment stays; dry run = real run', () => {
    const { root, json, tree } = migrateProjectAfterDryRun('wrapper-default-function');
    expect(tree['lib/getAmplifySSR.js']).toBe('/** Amplify bound to the request of a getServerSideProps call. */\n');
    expect(json.filesChanged).toEqual(['lib/getAmplifySSR.js', 'pages/dashboard.js', 'pages/index.js']);
    secondRun(root, tree);
  });

  it('migrates the callers of an anonymous `export default (context) => withSSRContext(context)`; a CommonJS wrapper stays v5 and says why', () => {
    const anonymous = "import { withSSRContext } from 'aws-amplify';\n\nexport default (context) => withSSRContext(context);\n";
    const commonJs =
      "const { withSSRContext } = require('aws-amplify');\n\nconst getSSR = (context) => withSSRContext(context);\n\nmodule.exports = { getSSR };\n";
    const page = (imports: string, call: string) =>
      `${imports}\n\nexport async function getServerSideProps(context) {\n  const { Auth } = ${call}(context);\n  const user = await Auth.currentAuthenticatedUser();\n  return { props: { username: user.username } };\n}\n`;
    const legacy = page("import { getSSR } from '../lib/ssr';", 'getSSR');
    const root = makeTree({
      'package.json': packageJson({ next: '14.2.35', 'aws-amplify': '^5.3.11', react: '^18.2.0' }),
      'amplify_outputs.json': '{ "version": "1.3" }\n',
      'lib/amplify-for.js': anonymous,
      'lib/ssr.js': commonJs,
      'pages/index.js': page("import amplifyFor from '../lib/amplify-for';", 'amplifyFor'),
      'pages/legacy.js': legacy,
    });
    const { json, exitCode } = runJson(['migrate-v5', '--yes', '--cwd', root]);
    expect(exitCode).toBe(0);
    const after = readTree(root);
    expect(after['lib/amplify-for.js']).toBe('');
    expect(after['pages/index.js']).toBe(
      "import { getCurrentUser } from 'aws-amplify/auth/server';\nimport { runWithAmplifyServerContext } from '../utils/amplifyServerUtils';\n\nexport async function getServerSideProps(context) {\n  const user = await runWithAmplifyServerContext({\n    nextServerContext: { request: context.req, response: context.res },\n    operation: (contextSpec) => getCurrentUser(contextSpec),\n  });\n  return { props: { username: user.username } };\n}\n",
    );
    expect(after['pages/legacy.js']).toBe(legacy);
    expect(reasonsOf(json)).toEqual([
      'lib/amplify-for.js:3:1 nothing is left in this module once the default export (a wrapper of withSSRContext, which v6 does not have) is gone: delete the file',
      'lib/ssr.js:3:1 getSSR returns the SSR instance to its callers through module.exports, which migrate-v5 does not follow across files; export it with `export` to migrate it with them',
    ]);
  });

  it('applies the missing-response rule to a wrapper call as to a direct call: a helper with only the request keeps the wrapper in v5', () => {
    const wrapper =
      "import { withSSRContext } from 'aws-amplify';\n\nexport function amplifyFor(req) {\n  return withSSRContext({ req });\n}\n";
    const api =
      "import { amplifyFor } from '../../lib/amplify';\n\nexport default async function handler(req, res) {\n  const { Auth } = amplifyFor(req);\n  const user = await Auth.currentAuthenticatedUser();\n  res.json({ username: user.username });\n}\n";
    const loader =
      "import { amplifyFor } from './amplify';\n\nexport async function loadUser(req, query) {\n  const { Auth } = amplifyFor(req);\n  const user = await Auth.currentAuthenticatedUser();\n  return { username: user.username, query };\n}\n";
    const root = makeTree({
      'package.json': packageJson({ next: '14.2.35', 'aws-amplify': '^5.3.11', react: '^18.2.0' }),
      'amplify_outputs.json': '{ "version": "1.3" }\n',
      'lib/amplify.js': wrapper,
      'lib/load-user.js': loader,
      'pages/api/me.js': api,
    });
    const { json, exitCode } = runJson(['migrate-v5', '--yes', '--cwd', root]);
    expect(exitCode).toBe(0);
    const after = readTree(root);
    expect(after['pages/api/me.js']).toBe(api);
    expect(after['lib/load-user.js']).toBe(loader);
    expect(reasonsOf(json)).toContain(
      'lib/load-user.js:4:20 this caller stays v5 (missing-response: loadUser receives the request but no response (nothing says its next parameter is one); v6 needs both); amplifyFor (lib/amplify.js) and its callers (lib/load-user.js:4, pages/api/me.js:4) stay v5',
    );

    // Without that caller, the API route gets its response as a direct call would.
    fs.rmSync(path.join(root, 'lib/load-user.js'));
    fs.writeFileSync(path.join(root, 'lib/amplify.js'), wrapper);
    const second = runJson(['migrate-v5', '--yes', '--cwd', root]);
    expect(second.exitCode).toBe(0);
    expect(readTree(root)['pages/api/me.js']).toContain('nextServerContext: { request: req, response: res },');
  });
});
