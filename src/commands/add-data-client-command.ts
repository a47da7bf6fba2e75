import { Command } from 'commander';
import { addCommonOptions, commandAction, commonOptions } from './common.js';

export function addDataClientCommand(): Command {
  return addCommonOptions(
    new Command('data-client')
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
    commandAction(async (raw, out) =>
      (await import('./add-data-client.js')).runAddDataClient({ ...commonOptions(raw), example: Boolean(raw.example) }, out),
    ),
  );
}
