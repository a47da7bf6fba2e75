import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runJson } from '../helpers/cli.js';
import { cleanupTrees, makeTree, packageJson, type Tree } from '../helpers/tree.js';

afterAll(cleanupTrees);

const GSSP_TS = `import type { GetServerSideProps } from 'next';
import { withSSRContext } from 'aws-amplify';

export const getServerSideProps: GetServerSideProps = async ({ req }) => {
  const { Auth } = withSSRContext({ req });
  const user = await Auth.currentAuthenticatedUser();
  return { props: { username: user.username } };
};

export default function Page({ username }: { username: string }) {
  return <p>{username}</p>;
}
`;

const APP_TS = `import type { AppProps } from 'next/app';
import { Amplify } from 'aws-amplify';
import awsExports from '../src/aws-exports';

Amplify.configure({ ...awsExports, ssr: true });

export default function App({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />;
}
`;

const AWS_EXPORTS_TS = `const awsmobile = {
  aws_project_region: 'us-east-1',
  aws_cognito_region: 'us-east-1',
  aws_user_pools_id: 'us-east-1_example',
  aws_user_pools_web_client_id: 'exampleclientid',
};

export default awsmobile;
`;

/** A v5 TypeScript Pages Router app (no utils module yet) with `files` added. */
function v5App(files: Tree): string {
  return makeTree({
    'package.json': packageJson({ next: '14.2.35', 'aws-amplify': '^5.3.11', react: '^18.2.0' }),
    'tsconfig.json': '{ "compilerOptions": { "strict": true, "paths": { "@/*": ["./*"] } } }\n',
    'pages/index.tsx': GSSP_TS,
    ...files,
  });
}

function migrate(root: string): { notes: string[]; utils: string } {
  const { json, exitCode } = runJson(['migrate-v5', '--yes', '--cwd', root]);
  expect(exitCode).toBe(0);
  expect(json.otherChanges).toEqual([{ path: 'utils/amplifyServerUtils.ts', kind: 'create' }]);
  return { notes: json.notes, utils: fs.readFileSync(path.join(root, 'utils/amplifyServerUtils.ts'), 'utf8') };
}

describe('migrate-v5: the utils module it creates follows init’s config rules and says which config and why', () => {
  it('imports src/aws-exports.ts, the file _app passes to Amplify.configure, over an amplify_outputs.json found first', () => {
    const root = v5App({
      'pages/_app.tsx': APP_TS,
      'src/aws-exports.ts': AWS_EXPORTS_TS,
      'amplify_outputs.json': '{ "version": "1.3" }\n',
    });
    const { notes, utils } = migrate(root);
    expect(utils).toContain("import config from '@/src/aws-exports';");
    expect(notes).toContain(
      'utils/amplifyServerUtils.ts configures the server from src/aws-exports.ts: the file pages/_app.tsx passes to Amplify.configure.',
    );
  });

  it('takes the first config in init’s order when the app configures from none of them, and says so', () => {
    const root = v5App({ 'src/aws-exports.ts': AWS_EXPORTS_TS, 'amplify_outputs.json': '{ "version": "1.3" }\n' });
    const { notes, utils } = migrate(root);
    expect(utils).toContain("import config from '@/amplify_outputs.json';");
    expect(notes).toContain(
      "utils/amplifyServerUtils.ts configures the server from amplify_outputs.json: the first of amplify_outputs.json, src/aws-exports.ts in init's order; edit its import to use another.",
    );
  });

  it('finds an aws-exports.js in src/ as the only config', () => {
    const root = v5App({ 'src/aws-exports.js': AWS_EXPORTS_TS });
    const { notes, utils } = migrate(root);
    expect(utils).toContain("import config from '@/src/aws-exports';");
    expect(notes).toContain(
      'utils/amplifyServerUtils.ts configures the server from src/aws-exports.js: the only Amplify config file found.',
    );
  });

  it('reports a v5-shaped config (Auth.userPoolWebClientId…) that v6 would not read', () => {
    const v5Shaped =
      "export default {\n  Auth: {\n    region: 'us-east-1',\n    userPoolId: 'us-east-1_example',\n    userPoolWebClientId: 'exampleclientid',\n  },\n};\n";
    const root = v5App({ 'aws-exports.js': v5Shaped });
    const { notes, utils } = migrate(root);
    expect(utils).toContain("import config from '@/aws-exports';");
    expect(notes[0]).toMatch(
      /^aws-exports\.js is shaped for Amplify v5 \(Auth\.userPoolWebClientId, Auth\.userPoolId, Auth\.region\): v6 does not read it/,
    );
    expect(notes).toContain('utils/amplifyServerUtils.ts configures the server from aws-exports.js: the only Amplify config file found.');
  });

  it('without any config, imports amplify_outputs.json and says how to create it', () => {
    const root = v5App({});
    const { notes, utils } = migrate(root);
    expect(utils).toContain("import config from '@/amplify_outputs.json';");
    expect(notes).toContain(
      'No Amplify config file found (amplify_outputs.json, amplifyconfiguration.json or aws-exports, at the root or in src/): utils/amplifyServerUtils.ts imports amplify_outputs.json. Create it with `npx ampx sandbox` (or `npx ampx generate outputs` for a deployed backend).',
    );
  });
});
