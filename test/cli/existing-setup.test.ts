import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO, runJson } from '../helpers/cli.js';
import { cleanupTrees, copyTree, makeTree, packageJson, readTree } from '../helpers/tree.js';

const APPS = path.join(REPO, 'test/fixtures/apps');

afterAll(cleanupTrees);

describe('init recognises a setup by what it does, whatever its files are called', () => {
  it('a configure component under another name, imported relatively under another name, is reused: no duplicate', () => {
    const root = makeTree({
      'package.json': packageJson({ next: '15.1.0', react: '^19.0.0', 'aws-amplify': '^6.12.0' }),
      'tsconfig.json': '{ "compilerOptions": { "paths": { "@/*": ["./*"] } } }\n',
      'amplify_outputs.json':
        '{ "version": "1.3", "auth": { "user_pool_id": "us-east-1_x", "aws_region": "us-east-1", "user_pool_client_id": "c" } }\n',
      'app/providers/amplify.tsx':
        "'use client';\nimport { Amplify as AmplifyLib } from 'aws-amplify';\nimport outputs from '../../amplify_outputs.json';\n\nAmplifyLib.configure(outputs, { ssr: true });\n\nexport default function AmplifyProvider({ children }: { children: React.ReactNode }) {\n  return children;\n}\n",
      'app/layout.tsx':
        "import AmplifyProvider from './providers/amplify';\n\nexport default function RootLayout({ children }: { children: React.ReactNode }) {\n  return (\n    <html>\n      <body>\n        <AmplifyProvider>{children}</AmplifyProvider>\n      </body>\n    </html>\n  );\n}\n",
      'app/page.tsx': 'export default function Page() {\n  return null;\n}\n',
    });
    const before = readTree(path.join(root, 'app'));
    const { json, stderr, exitCode } = runJson(['init', '--yes', '--skip-install', '--cwd', root]);
    expect(exitCode).toBe(0);
    expect(stderr).toContain('Already there   app/providers/amplify.tsx');
    expect(json.created).toEqual(['utils/amplifyServerUtils.ts', 'middleware.ts']);
    expect(json.updated).toEqual([]);
    expect(json.skipped).toEqual([]);
    expect(readTree(path.join(root, 'app'))).toEqual(before);
    expect(fs.existsSync(path.join(root, 'components'))).toBe(false);
  });

  it("a 'use client' root layout that configures Amplify itself is left alone: no component, no import of the layout into itself", () => {
    const layout =
      "'use client';\nimport { Amplify } from 'aws-amplify';\nimport config from '@/amplifyconfiguration.json';\n\nAmplify.configure(config, { ssr: true });\n\nexport default function RootLayout({ children }: { children: React.ReactNode }) {\n  return (\n    <html>\n      <body>{children}</body>\n    </html>\n  );\n}\n";
    const root = makeTree({
      'package.json': packageJson({ next: '15.1.0', react: '^19.0.0', 'aws-amplify': '^6.12.0' }),
      'tsconfig.json': '{ "compilerOptions": { "paths": { "@/*": ["./src/*"] } } }\n',
      'src/amplifyconfiguration.json':
        '{ "aws_project_region": "us-east-1", "aws_user_pools_id": "us-east-1_x", "aws_user_pools_web_client_id": "c" }\n',
      'src/app/layout.tsx': layout,
      'src/app/page.tsx': 'export default function Page() {\n  return null;\n}\n',
    });
    const { json, exitCode } = runJson(['init', '--yes', '--skip-install', '--cwd', root]);
    expect(exitCode).toBe(0);
    expect(json.created).toEqual(['src/utils/amplifyServerUtils.ts', 'src/middleware.ts']);
    expect(json.updated).toEqual([]);
    expect(json.notes).toContain('src/app/layout.tsx configures Amplify with { ssr: true } itself: left as it is.');
    expect(fs.readFileSync(path.join(root, 'src/app/layout.tsx'), 'utf8')).toBe(layout);
    expect(fs.existsSync(path.join(root, 'src/components'))).toBe(false);
    expect(runJson(['init', '--yes', '--skip-install', '--cwd', root]).json.outcome).toBe('nothing-to-do');
  });

  it('a client module that configures without { ssr: true } is not taken for a configure component', () => {
    const root = makeTree({
      'package.json': packageJson({ next: '15.1.0', react: '^19.0.0' }),
      'app/amplify.js':
        "'use client';\nimport { Amplify } from 'aws-amplify';\nimport outputs from '../amplify_outputs.json';\n\nAmplify.configure(outputs);\n\nexport default function C() {\n  return null;\n}\n",
      'app/layout.js':
        'export default function L({ children }) {\n  return (\n    <html>\n      <body>{children}</body>\n    </html>\n  );\n}\n',
    });
    const { json } = runJson(['init', '--yes', '--skip-install', '--cwd', root]);
    expect(json.created).toContain('components/ConfigureAmplifyClientSide.js');
    expect(json.notes.join('\n')).toContain('app/amplify.js:5 calls Amplify.configure without { ssr: true }');
  });

  it('a server runner module under another name is imported by the guard instead of writing a second one', () => {
    const root = copyTree(path.join(APPS, 'next14-renamed-runner-js'));
    const { json } = runJson(['init', '--yes', '--skip-install', '--cwd', root]);
    expect(json.created).toEqual(['src/middleware.js']);
    expect(fs.readFileSync(path.join(root, 'src/middleware.js'), 'utf8')).toContain(
      "import { runWithAmplifyServerContext } from '@/utils/amplify-server-utils';",
    );
    const routes = runJson(['add', 'auth-routes', '--yes', '--cwd', root]);
    expect(routes.exitCode).toBe(0);
    expect(routes.json.updated).toContain('src/utils/amplify-server-utils.js');
    expect(fs.readFileSync(path.join(root, 'src/utils/amplify-server-utils.js'), 'utf8')).toContain('createAuthRouteHandlers');
  });

  it('says when the browser and the server would be configured from different config files, and not once they agree', () => {
    const mismatch = copyTree(path.join(APPS, 'next13-config-mismatch-js'));
    const { json } = runJson(['init', '--yes', '--skip-install', '--cwd', mismatch]);
    expect(json.notes).toContain(
      'pages/_app.js configures the browser from aws-exports.js, but utils/amplifyServerUtils.js configures the server from amplify_outputs.json: signed in on one, a user is not on the other. Import the same config file in both (--config aws-exports.js to generate the server side from it).',
    );
    const again = runJson(['init', '--yes', '--skip-install', '--cwd', mismatch]);
    expect(again.json.notes.join('\n')).toContain('configures the browser from aws-exports.js');

    const agreed = copyTree(path.join(APPS, 'next13-config-mismatch-js'));
    const withFlag = runJson(['init', '--yes', '--skip-install', '--config', 'aws-exports.js', '--cwd', agreed]);
    expect(withFlag.exitCode).toBe(0);
    expect(withFlag.json.notes.join('\n')).not.toContain('configures the browser from');
    expect(fs.readFileSync(path.join(agreed, 'utils/amplifyServerUtils.js'), 'utf8')).toContain("import config from '../aws-exports'\n");
  });
});
