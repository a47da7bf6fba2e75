import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO, runCli, runJson } from '../helpers/cli.js';
import { expectWrittenFiles } from '../helpers/expected-tree.js';
import { initialized } from '../helpers/initialized.js';
import { cleanupTrees, copyTree, readTree, writeTree } from '../helpers/tree.js';

const APPS = path.join(REPO, 'test/fixtures/apps');
const EXPECTED = path.join(REPO, 'test/fixtures/expected/data-client');

afterAll(cleanupTrees);

const read = (root: string, file: string) => fs.readFileSync(path.join(root, file), 'utf8');

describe.each(['next15-app-data-ts', 'next15-both-data-ts', 'next14-pages-graphql-ts'])('add data-client --example on %s', (app) => {
  it('writes exactly the expected tree, then a second run plans nothing', () => {
    const root = initialized(app);
    const afterInit = readTree(root);
    const first = runCli(['add', 'data-client', '--yes', '--example', '--cwd', root]);
    expect(first.stderr).toBe('');
    expect(first.exitCode).toBe(0);
    const tree = readTree(root);
    expectWrittenFiles(path.join(EXPECTED, app), afterInit, tree);

    const second = runJson(['add', 'data-client', '--yes', '--example', '--cwd', root]);
    expect(second.json).toMatchObject({ outcome: 'nothing-to-do', created: [], updated: [] });
    expect(readTree(root)).toEqual(tree);
  });
});

describe('add data-client', () => {
  it('types the clients with the Gen 2 Schema and takes authMode from defineData', () => {
    const root = initialized('next15-app-data-ts');
    const { json, exitCode } = runJson(['add', 'data-client', '--yes', '--cwd', root]);
    expect(exitCode).toBe(0);
    expect(json).toMatchObject({
      backend: 'gen2',
      typed: true,
      authMode: 'userPool',
      authModeSource: 'defaultAuthorizationMode in amplify/data/resource.ts',
      clients: [{ path: 'utils/amplifyServerUtils.ts', clients: ['cookiesClient', 'reqResBasedClient'] }],
      updated: ['utils/amplifyServerUtils.ts'],
      created: [],
    });
    const utils = read(root, 'utils/amplifyServerUtils.ts');
    expect(utils).toContain("import type { Schema } from '@/amplify/data/resource';");
    expect(utils).toContain(
      "export const cookiesClient = generateServerClientUsingCookies<Schema>({\n  config,\n  cookies,\n  authMode: 'userPool',\n});",
    );
    expect(utils).toContain(
      "export const reqResBasedClient = generateServerClientUsingReqRes<Schema>({\n  config,\n  authMode: 'userPool',\n});",
    );
    // The runner that init wrote is kept byte for byte.
    expect(
      utils.startsWith("import { createServerRunner } from '@aws-amplify/adapter-nextjs';\nimport config from '@/amplify_outputs.json';\n"),
    ).toBe(true);
    expect(utils).toContain('export const { runWithAmplifyServerContext } = createServerRunner({\n  config,\n});\n');
  });

  it('creates the utils module with the runner and both clients when init has not run', () => {
    const root = copyTree(path.join(APPS, 'next15-app-data-ts'));
    const { json, exitCode } = runJson(['add', 'data-client', '--yes', '--cwd', root]);
    expect(exitCode).toBe(0);
    expect(json.created).toEqual(['utils/amplifyServerUtils.ts']);
    const utils = read(root, 'utils/amplifyServerUtils.ts');
    expect(utils).toContain('export const { runWithAmplifyServerContext } = createServerRunner({');
    expect(utils).toContain('export const cookiesClient = generateServerClientUsingCookies<Schema>({');
    expect(utils).toContain('export const reqResBasedClient = generateServerClientUsingReqRes<Schema>({');
  });

  it('without --example writes no page and prints the call for each router', () => {
    const root = initialized('next15-both-data-ts');
    const result = runCli(['add', 'data-client', '--yes', '--cwd', root]);
    expect(result.exitCode).toBe(0);
    expect(fs.existsSync(path.join(root, 'app/data-example'))).toBe(false);
    expect(fs.existsSync(path.join(root, 'pages/data-example-pages.tsx'))).toBe(false);
    expect(result.stdout).toContain('App Router (app/data-example/page.tsx):');
    expect(result.stdout).toContain('await cookiesClient.models.Todo.list();');
    expect(result.stdout).toContain('Pages Router (pages/data-example-pages.tsx):');
    expect(result.stdout).toContain('operation: (contextSpec) => reqResBasedClient.models.Todo.list(contextSpec),');
  });

  it('keeps next/headers out of the utils module when the Pages Router imports it', () => {
    const root = initialized('next15-both-data-ts');
    const { json } = runJson(['add', 'data-client', '--yes', '--cwd', root]);
    expect(json.clients).toEqual([
      { path: 'utils/amplifyServerUtils.ts', clients: ['reqResBasedClient'] },
      { path: 'utils/amplifyCookiesClient.ts', clients: ['cookiesClient'] },
    ]);
    expect(read(root, 'utils/amplifyServerUtils.ts')).not.toContain('next/headers');
    expect(read(root, 'utils/amplifyCookiesClient.ts')).toContain("import { cookies } from 'next/headers';");
  });

  it('warns when the utils module of an app with the Pages Router already holds the cookies client', () => {
    const root = initialized('next15-both-data-ts');
    const utils = `${read(root, 'utils/amplifyServerUtils.ts')}\nexport const cookiesClient = generateServerClientUsingCookies({ config, cookies });\n`;
    writeTree(root, {
      'utils/amplifyServerUtils.ts': utils.replace(
        "import config from '@/amplify_outputs.json';",
        "import config from '@/amplify_outputs.json';\nimport { generateServerClientUsingCookies } from '@aws-amplify/adapter-nextjs/data';\nimport { cookies } from 'next/headers';",
      ),
    });
    const { json } = runJson(['add', 'data-client', '--yes', '--cwd', root]);
    expect(json.created).toEqual([]);
    expect(json.notes).toContain(
      'utils/amplifyServerUtils.ts exports cookiesClient: a Pages Router file that imports utils/amplifyServerUtils.ts fails next build on its next/headers import; move cookiesClient to a module of its own.',
    );
  });

  it('gives a Pages Router app only the request/response client, untyped for a Gen 1 API', () => {
    const root = initialized('next14-pages-graphql-ts');
    const { json } = runJson(['add', 'data-client', '--yes', '--cwd', root]);
    expect(json).toMatchObject({
      backend: 'gen1',
      typed: false,
      authMode: 'apiKey',
      authModeSource: 'aws_appsync_authenticationType API_KEY in src/aws-exports.js',
    });
    const utils = read(root, 'src/utils/amplifyServerUtils.ts');
    expect(utils).not.toContain('cookiesClient');
    expect(utils).toContain("export const reqResBasedClient = generateServerClientUsingReqRes({\n  config,\n  authMode: 'apiKey',\n})\n");
  });

  it('reuses the reqResBasedClient migrate-v5 wrote, byte for byte, and adds only the cookies client', () => {
    const root = initialized('next15-app-data-ts');
    const migrated = [
      "import { createServerRunner } from '@aws-amplify/adapter-nextjs';",
      "import config from '@/amplify_outputs.json';",
      "import { generateServerClientUsingReqRes } from '@aws-amplify/adapter-nextjs/api';",
      '',
      'export const { runWithAmplifyServerContext } = createServerRunner({',
      '  config,',
      '});',
      '',
      'export const reqResBasedClient = generateServerClientUsingReqRes({ config });',
      '',
    ].join('\n');
    writeTree(root, { 'utils/amplifyServerUtils.ts': migrated });
    const { json } = runJson(['add', 'data-client', '--yes', '--cwd', root]);
    expect(json.updated).toEqual(['utils/amplifyServerUtils.ts']);
    expect(read(root, 'utils/amplifyServerUtils.ts')).toBe(
      [
        "import { createServerRunner } from '@aws-amplify/adapter-nextjs';",
        "import config from '@/amplify_outputs.json';",
        "import { generateServerClientUsingReqRes } from '@aws-amplify/adapter-nextjs/api';",
        "import { generateServerClientUsingCookies } from '@aws-amplify/adapter-nextjs/data';",
        "import { cookies } from 'next/headers';",
        "import type { Schema } from '@/amplify/data/resource';",
        '',
        'export const { runWithAmplifyServerContext } = createServerRunner({',
        '  config,',
        '});',
        '',
        'export const reqResBasedClient = generateServerClientUsingReqRes({ config });',
        '',
        'export const cookiesClient = generateServerClientUsingCookies<Schema>({',
        '  config,',
        '  cookies,',
        "  authMode: 'userPool',",
        '});',
        '',
      ].join('\n'),
    );
    expect(json.notes).toContain(
      'reqResBasedClient in utils/amplifyServerUtils.ts is kept as it is, untyped: give it <Schema> (generateServerClientUsingReqRes<Schema>(…)) for typed models.',
    );
  });

  it("derives authMode from defineData's defaults when the resource sets none", () => {
    const root = initialized('next15-app-data-ts');
    const resource = read(root, 'amplify/data/resource.ts').replace(
      /,\n  authorizationModes: \{\n    defaultAuthorizationMode: 'userPool',\n  \},/,
      ',',
    );
    writeTree(root, { 'amplify/data/resource.ts': resource });
    const withAuth = runJson(['add', 'data-client', '--yes', '--dry-run', '--cwd', root]).json;
    expect(withAuth).toMatchObject({
      authMode: 'userPool',
      authModeSource: 'data.default_authorization_type AMAZON_COGNITO_USER_POOLS in amplify_outputs.json',
    });

    const outputs = JSON.parse(read(root, 'amplify_outputs.json'));
    delete outputs.data.default_authorization_type;
    writeTree(root, { 'amplify_outputs.json': JSON.stringify(outputs) });
    expect(runJson(['add', 'data-client', '--yes', '--dry-run', '--cwd', root]).json).toMatchObject({
      authMode: 'userPool',
      authModeSource: "defineData's default with defineAuth (amplify/auth/resource.ts)",
    });
    fs.rmSync(path.join(root, 'amplify/auth'), { recursive: true });
    expect(runJson(['add', 'data-client', '--yes', '--dry-run', '--cwd', root]).json).toMatchObject({
      authMode: 'apiKey',
      authModeSource: "defineData's default without defineAuth in the backend",
    });
  });

  it('writes untyped clients and no example when the resource exports no Schema type', () => {
    const root = initialized('next15-app-data-ts');
    writeTree(root, { 'amplify/data/resource.ts': read(root, 'amplify/data/resource.ts').replace('export type Schema', 'type Schema') });
    const { json } = runJson(['add', 'data-client', '--yes', '--example', '--cwd', root]);
    expect(json.typed).toBe(false);
    expect(json.created).toEqual([]);
    expect(json.notes).toContain(
      'amplify/data/resource.ts does not export type Schema: add export type Schema = ClientSchema<typeof schema> and run again for typed clients.',
    );
    expect(json.notes).toContain(
      'No example written: amplify/data/resource.ts does not export type Schema (export type Schema = ClientSchema<typeof schema>).',
    );
    expect(read(root, 'utils/amplifyServerUtils.ts')).toContain('export const cookiesClient = generateServerClientUsingCookies({');
  });

  it('stops with exit 1 and writes nothing when there is no Data backend', () => {
    const root = initialized('next14-app-ts');
    const before = readTree(root);
    const result = runCli(['add', 'data-client', '--yes', '--cwd', root]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(
      'No amplify/data/resource.ts, and amplify_outputs.json describes no GraphQL API: there is no Data backend for the server clients to talk to.',
    );
    expect(result.stderr).toContain('defineData({ schema })');
    expect(result.stderr).toContain('npx ampx sandbox');
    expect(readTree(root)).toEqual(before);

    const json = runJson(['add', 'data-client', '--yes', '--cwd', root]);
    expect(json.exitCode).toBe(1);
    expect(json.json.error.exitCode).toBe(1);
  });

  it('points a Gen 1 app without an API at amplify add api', () => {
    const root = copyTree(path.join(APPS, 'next14-pages-aws-exports-ts'));
    const result = runCli(['add', 'data-client', '--yes', '--cwd', root]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('src/aws-exports.ts describes no GraphQL API');
    expect(result.stderr).toContain('amplify add api');
  });

  it('shows diffs and writes nothing in a dry run', () => {
    const root = initialized('next15-app-data-ts');
    const before = readTree(root);
    const result = runCli(['add', 'data-client', '--yes', '--dry-run', '--example', '--cwd', root]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('+export const cookiesClient = generateServerClientUsingCookies<Schema>({');
    expect(result.stdout).toContain('+++ b/app/data-example/page.tsx');
    expect(readTree(root)).toEqual(before);
  });

  it('leaves a utils module it cannot edit alone and prints the code to add', () => {
    const root = initialized('next15-app-data-ts');
    writeTree(root, { 'utils/amplifyServerUtils.ts': 'export const runWithAmplifyServerContext = () => undefined;\n' });
    const { json, exitCode } = runJson(['add', 'data-client', '--yes', '--cwd', root]);
    expect(exitCode).toBe(0);
    expect(json.updated).toEqual([]);
    expect(json.manualSteps[0].message).toContain('has no createServerRunner({ config }) call to take the config from.');
    expect(json.manualSteps[0].snippet).toContain("import type { Schema } from '@/amplify/data/resource';");
    expect(json.manualSteps[0].snippet).toContain(
      "export const cookiesClient = generateServerClientUsingCookies<Schema>({ config, cookies, authMode: 'userPool' });",
    );
  });

  it('shows the command in --help with examples', () => {
    const result = runCli(['add', 'data-client', '--help']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('--example');
    expect(result.stdout).toContain('$ npx amplify-next add data-client --example');
  });
});
