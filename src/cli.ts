import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { CliError, ExitCode } from './errors.js';
import { addCommonOptions, commonOptions } from './commands/common.js';
import { SUPPORTED_NEXT_RANGE } from './project/next-version.js';
import { PACKAGE_MANAGERS } from './project/package-manager.js';
import { createOutput, type Output } from './ui/output.js';
import { visible } from './ui/show-value.js';
import { handleSignals, settlePendingSignals } from './signals.js';


const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

type Action = (raw: Record<string, unknown>, out: Output, args: string[]) => Promise<number>;

/** Runs a command's action with the contract's error handling: one clear line, the right exit code. */
function run(action: Action) {
  return async (...params: unknown[]) => {
    const command = params[params.length - 1] as Command;
    const raw = command.opts();
    const out = createOutput({ json: Boolean(raw.json) });
    try {
      process.exitCode = await action(raw, out, command.args);
    } catch (error) {
      const failure = asCliError(error);
      out.error(failure.message);
      if (failure.hint) process.stderr.write(`  ${failure.hint}\n`);
      if (raw.json) out.printJson({ error: { message: failure.message, hint: failure.hint ?? null, exitCode: failure.exitCode } });
      process.exitCode = failure.exitCode;
    }
  };
}

/**
 * A file system error names the file and what went wrong; anything else is a bug, shown with its stack.
 * The message and hint of an error the user can act on are one line each, whatever values they quote.
 */
function asCliError(error: unknown): CliError {
  if (error instanceof CliError) return new CliError(visible(error.message), error.exitCode, error.hint && visible(error.hint));
  const err = error as NodeJS.ErrnoException;
  if (typeof err?.code === 'string' && typeof err.path === 'string') {
    return new CliError(`${visible(err.path)}: ${err.code} (${err.syscall ?? 'file system'} failed); nothing was written.`, ExitCode.failed, 'Fix the file or its permissions, then run again.');
  }
  return new CliError(`Unexpected error: ${err?.stack ?? String(error)}`, ExitCode.failed, 'Please report this with the command you ran.');
}

/** Commander quotes a refused argument as it is: escape it, keeping the message's own "(Did you mean …?)" line. */
function commanderErrorLine(text: string): string {
  const [message, suggestion] = text.replace(/\n$/, '').split(/\n(?=\(Did you mean [^\n]*\?\)$)/);
  return `${visible(message!)}${suggestion === undefined ? '' : `\n${suggestion}`}\n`;
}

export function buildProgram(): Command {
  const program = new Command('amplify-next')
    .description(`Set up and migrate AWS Amplify JS v6 server-side rendering in Next.js apps (Next.js ${SUPPORTED_NEXT_RANGE}).`)
    .version(VERSION, '-v, --version')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ outputError: (text, write) => write(commanderErrorLine(text)) })
    .exitOverride();

  addCommonOptions(
    program
      .command('init')
      .description('Set up Amplify v6 SSR: server utils, client configuration, route guard (middleware, or proxy on Next.js 16), packages.')
      .addOption(new Option('--router <router>', 'only set up this router when the app has both').choices(['app', 'pages']))
      .option('--skip-install', 'do not install packages; print the install command')
      .addOption(new Option('--package-manager <name>', 'package manager to install with').choices(PACKAGE_MANAGERS))
      .option('--config <file>', 'Amplify config file to use (amplify_outputs.json, amplifyconfiguration.json, aws-exports.js)')
      .option('--sign-in-path <route>', "where the guard (middleware or proxy) sends signed-out users (default: the app's sign-in page, else /sign-in)")
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
    run(async (raw, out) => {
      const { runInit } = await import('./commands/init.js');
      return runInit(
        {
          ...commonOptions(raw),
          router: raw.router as 'app' | 'pages' | undefined,
          skipInstall: Boolean(raw.skipInstall),
          packageManager: raw.packageManager as (typeof PACKAGE_MANAGERS)[number] | undefined,
          config: raw.config as string | undefined,
          signInPath: raw.signInPath as string | undefined,
          middleware: raw.middleware !== false,
        },
        out,
      );
    }),
  );

  const add = program.command('add').description('Add a capability to an app set up with amplify-next.');
  addCommonOptions(
    add
      .command('auth-routes')
      .description('Add server-side sign-in, sign-up and sign-out routes (createAuthRouteHandlers).')
      .option('--origin <url>', 'origin the app is served from, written as AMPLIFY_APP_ORIGIN', 'http://localhost:3000')
      .option('--redirect-on-sign-in <path>', 'where users land after signing in', '/')
      .option('--redirect-on-sign-out <path>', "where users land after signing out (default: init's sign-in path, else /sign-in)")
      .addOption(new Option('--router <router>', 'which router gets the route when the app has both (default: app)').choices(['app', 'pages']))
      .option('--cookie-domain <domain>', 'domain of the auth cookies, e.g. .example.com')
      .option('--cookie-same-site <value>', 'SameSite of the auth cookies: strict, lax or none')
      .option('--cookie-max-age <seconds>', 'lifetime of the auth cookies in seconds')
      .option('--buttons', 'also write sign-in, sign-up and sign-out link components')
      .option('--skip-install', 'do not install or upgrade packages; print the command')
      .addHelpText(
        'after',
        `
Examples:
  $ npx amplify-next add auth-routes
  $ npx amplify-next add auth-routes --origin https://app.example.com --redirect-on-sign-in /dashboard --buttons
  $ npx amplify-next add auth-routes --cookie-domain .example.com --cookie-same-site lax --cookie-max-age 2592000`,
      ),
  ).action(
    run(async (raw, out) => {
      const { runAddAuthRoutes } = await import('./commands/add-auth-routes.js');
      return runAddAuthRoutes(
        {
          ...commonOptions(raw),
          origin: String(raw.origin),
          redirectOnSignIn: String(raw.redirectOnSignIn),
          redirectOnSignOut: raw.redirectOnSignOut as string | undefined,
          router: raw.router as 'app' | 'pages' | undefined,
          cookieDomain: raw.cookieDomain as string | undefined,
          cookieSameSite: raw.cookieSameSite as string | undefined,
          cookieMaxAge: raw.cookieMaxAge as string | undefined,
          buttons: Boolean(raw.buttons),
          skipInstall: Boolean(raw.skipInstall),
        },
        out,
      );
    }),
  );

  addCommonOptions(
    add
      .command('data-client')
      .description('Add server-side Data clients (cookiesClient, reqResBasedClient) to the utils module, typed with your Gen 2 Schema.')
      .option('--example', 'also write one usage per router (a Server Component, a getServerSideProps page)')
      .addHelpText(
        'after',
        `
Reads amplify/data/resource.ts (Gen 2: typed with its Schema) or the GraphQL API of the Amplify config
(Gen 1: untyped), and sets authMode to the API's default authorization.

Examples:
  $ npx amplify-next add data-client
  $ npx amplify-next add data-client --example
  $ npx amplify-next add data-client --dry-run --json`,
      ),
  ).action(
    run(async (raw, out) => {
      const { runAddDataClient } = await import('./commands/add-data-client.js');
      return runAddDataClient({ ...commonOptions(raw), example: Boolean(raw.example) }, out);
    }),
  );

  addCommonOptions(
    program
      .command('migrate-v5')
      .description('Rewrite Amplify v5 withSSRContext code to v6 runWithAmplifyServerContext; list what needs a human.')
      .argument('[paths...]', 'files or folders to migrate (default: the project)')
      .option('--utils-import <specifier>', 'module that exports runWithAmplifyServerContext (default: the project utils file, through its alias)')
      .option('--jobs <n>', 'worker threads (default: number of cores)')
      .option('--strict', 'exit 4 when review items (TODO markers) remain')
      .addHelpText(
        'after',
        `
Refuses to run on a git tree with uncommitted changes unless --force (or --dry-run).
Ignores node_modules, .next, out, dist, build, .git and what .gitignore ignores.

Examples:
  $ npx amplify-next migrate-v5 --dry-run
  $ npx amplify-next migrate-v5 pages src/lib --strict
  $ npx amplify-next migrate-v5 --json > migration.json`,
      ),
  ).action(
    run(async (raw, out, args) => {
      const { runMigrateV5 } = await import('./commands/migrate-v5.js');
      return runMigrateV5(
        {
          ...commonOptions(raw),
          paths: args,
          utilsImport: raw.utilsImport as string | undefined,
          jobs: raw.jobs as string | undefined,
          strict: Boolean(raw.strict),
        },
        out,
      );
    }),
  );

  addCommonOptions(
    program
      .command('doctor')
      .description('Audit the Amplify SSR setup for known pitfalls: file:line findings with fixes; writes nothing unless --fix.')
      .option('--fix', 'apply the fixes amplify-next knows how to make (with --dry-run to preview); list the rest')
      .option('--strict', 'exit 1 on warnings too, not only on errors')
      .addHelpText(
        'after',
        `
Exit codes: 0 no error found (no warning either with --strict), 1 errors found or the project could not be read,
2 usage error.

Examples:
  $ npx amplify-next doctor
  $ npx amplify-next doctor --json --strict
  $ npx amplify-next doctor --fix --dry-run`,
      ),
  ).action(
    run(async (raw, out) => {
      const { runDoctor } = await import('./commands/doctor.js');
      return runDoctor({ ...commonOptions(raw), fix: Boolean(raw.fix), strict: Boolean(raw.strict) }, out);
    }),
  );

  program.addHelpText(
    'after',
    `
Exit codes: 0 done, 1 failed (nothing written), 2 usage error, 3 migrate-v5 could not read or parse some files,\n4 migrate-v5 --strict left review items, 130 cancelled, 129/143 stopped by SIGHUP/SIGTERM.`,
  );
  return program;
}

export async function main(argv: string[]): Promise<void> {
  handleSignals();
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    await settlePendingSignals();
  } catch (error) {
    if (error instanceof CommanderError) {
      // `commander.help` is help shown because no command was given: a usage error, unlike --help.
      const ok = ['commander.helpDisplayed', 'commander.version'].includes(error.code);
      process.exitCode = ok ? ExitCode.ok : ExitCode.usage;
      if (!ok && argv.includes('--json')) {
        const message = error.message.replace(/^error: /, '');
        process.stdout.write(`${JSON.stringify({ error: { message, hint: 'run with --help for usage', exitCode: ExitCode.usage } }, null, 2)}\n`);
      }
      return;
    }
    throw error;
  }
}
