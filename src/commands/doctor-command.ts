import { Command } from 'commander';
import { addCommonOptions, commandAction, commonOptions } from './common.js';

export function doctorCommand(): Command {
  return addCommonOptions(
    new Command('doctor')
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
    commandAction(async (raw, out) =>
      (await import('./doctor.js')).runDoctor({ ...commonOptions(raw), fix: Boolean(raw.fix), strict: Boolean(raw.strict) }, out),
    ),
  );
}
