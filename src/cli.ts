import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { ExitCode } from './errors.js';
import { addAuthRoutesCommand } from './commands/add-auth-routes-command.js';
import { addDataClientCommand } from './commands/add-data-client-command.js';
import { initCommand } from './commands/init-command.js';
import { migrateV5Command } from './commands/migrate-v5-command.js';
import { doctorCommand } from './commands/doctor-command.js';
import { SUPPORTED_NEXT_RANGE } from './project/next-version.js';
import { visible } from './ui/show-value.js';
import { handleSignals, settlePendingSignals } from './signals.js';

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** Commander quotes a refused argument as it is: escape it, keeping the message's own "(Did you mean …?)" line. */
function commanderErrorLine(text: string): string {
  const [message, suggestion] = text.replace(/\n$/, '').split(/\n(?=\(Did you mean [^\n]*\?\)$)/);
  return `${visible(message!)}${suggestion === undefined ? '' : `\n${suggestion}`}\n`;
}

/** Adds a command defined in its own file, with the settings `.command()` would give it (error output, exit override). */
function addCommand(parent: Command, child: Command, ...children: Command[]): void {
  parent.addCommand(child.copyInheritedSettings(parent));
  for (const grandchild of children) addCommand(child, grandchild);
}

export function buildProgram(): Command {
  const program = new Command('amplify-next')
    .description(`Set up and migrate AWS Amplify JS v6 server-side rendering in Next.js apps (Next.js ${SUPPORTED_NEXT_RANGE}).`)
    .version(VERSION, '-v, --version')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ outputError: (text, write) => write(commanderErrorLine(text)) })
    .exitOverride();

  // Each command file owns its flags, its help and the options it passes on.
  addCommand(program, initCommand());
  addCommand(
    program,
    new Command('add').description('Add a capability to an app set up with amplify-next.'),
    addAuthRoutesCommand(),
    addDataClientCommand(),
  );
  addCommand(program, migrateV5Command());
  addCommand(program, doctorCommand());

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
        process.stdout.write(
          `${JSON.stringify({ error: { message, hint: 'run with --help for usage', exitCode: ExitCode.usage } }, null, 2)}\n`,
        );
      }
      return;
    }
    throw error;
  }
}
