import { Command, Option } from 'commander';
import { addCommonOptions, commandAction, commonOptions } from './common.js';
import type { Router } from '../project/layout.js';
import { PACKAGE_MANAGERS, type PackageManagerName } from '../project/package-manager.js';

export function initCommand(): Command {
  return addCommonOptions(
    new Command('init')
      .description('Set up Amplify v6 SSR: server utils, client configuration, route guard (middleware, or proxy on Next.js 16), packages.')
      .addOption(new Option('--router <router>', 'only set up this router when the app has both').choices(['app', 'pages']))
      .option('--skip-install', 'do not install packages; print the install command')
      .addOption(new Option('--package-manager <name>', 'package manager to install with').choices(PACKAGE_MANAGERS))
      .option('--config <file>', 'Amplify config file to use (amplify_outputs.json, amplifyconfiguration.json, aws-exports.js)')
      .option(
        '--sign-in-path <route>',
        "where the guard (middleware or proxy) sends signed-out users (default: the app's sign-in page, else /sign-in)",
      )
      .option('--no-middleware', 'do not generate the guard (middleware.ts, or proxy.ts on Next.js 16)')
      .addHelpText(
        'after',
        `
Examples:
  $ npx amplify-next init
  $ npx amplify-next init --yes --skip-install
  $ npx amplify-next init --dry-run --router app --sign-in-path /login`,
      ),
  ).action(
    commandAction(async (raw, out) =>
      (await import('./init.js')).runInit(
        {
          ...commonOptions(raw),
          router: raw.router as Router | undefined,
          skipInstall: Boolean(raw.skipInstall),
          packageManager: raw.packageManager as PackageManagerName | undefined,
          config: raw.config as string | undefined,
          signInPath: raw.signInPath as string | undefined,
          middleware: raw.middleware !== false,
        },
        out,
      ),
    ),
  );
}
