import { Command } from 'commander';
import { addCommonOptions, commandAction, commonOptions } from './common.js';

export function migrateV5Command(): Command {
  return addCommonOptions(
    new Command('migrate-v5')
      .description('Rewrite Amplify v5 withSSRContext code to v6 runWithAmplifyServerContext; list what needs a human.')
      .argument('[paths...]', 'files or folders to migrate (default: the project)')
      .option(
        '--utils-import <specifier>',
        'module that exports runWithAmplifyServerContext (default: the project utils file, through its alias)',
      )
      .option('--jobs <n>', 'worker threads (default: number of cores)')
      .option('--strict', 'exit 4 when review items (TODO markers) remain')
      .addHelpText(
        'after',
        `
Asks before writing at a terminal (--yes does not ask).
Refuses to run on a git tree with uncommitted changes unless --force (or --dry-run).
Ignores node_modules, .next, out, dist, build, .git and what .gitignore ignores.

Examples:
  $ npx amplify-next migrate-v5 --dry-run
  $ npx amplify-next migrate-v5 pages src/lib --strict
  $ npx amplify-next migrate-v5 --json > migration.json`,
      ),
  ).action(
    commandAction(async (raw, out, args) =>
      (await import('./migrate-v5.js')).runMigrateV5(
        {
          ...commonOptions(raw),
          paths: args,
          utilsImport: raw.utilsImport as string | undefined,
          jobs: raw.jobs as string | undefined,
          strict: Boolean(raw.strict),
        },
        out,
      ),
    ),
  );
}
