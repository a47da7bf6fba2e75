import semver from 'semver';
import { ProjectError } from '../errors.js';
import { planDataClients, type DataClientFacts } from '../generate/data-client-plan.js';
import { DEFAULT_CONFIG_FILE, type AmplifyConfigFile } from '../project/amplify-config.js';
import { detectDataBackend, type DataBackend } from '../project/data-backend.js';
import { detectProject, type ProjectInfo } from '../project/detect.js';
import { declaredSpec } from '../project/package-json.js';
import type { Output } from '../ui/output.js';
import { planJson } from '../ui/plan-output.js';
import type { CommonOptions } from './common.js';
import { executePlan } from './plan-flow.js';
import { COOKIES_CLIENT, GRAPHQL_CLIENT } from '../../transforms/edits/add-graphql-client.js';

export interface DataClientOptions extends CommonOptions {
  example: boolean;
}

/**
 * The oldest adapter with what the clients need: `@aws-amplify/adapter-nextjs/data` (and `/api`) exporting
 * generateServerClientUsingCookies and generateServerClientUsingReqRes with `authMode` and `<Schema>`.
 */
export const DATA_CLIENT_MIN_ADAPTER = '1.0.2';

const GEN2_HINT =
  'Define the Data backend: amplify/data/resource.ts with defineData({ schema }) and export type Schema = ClientSchema<typeof schema>, add it to defineBackend in amplify/backend.ts, run npx ampx sandbox, then run again.';
const GEN1_HINT =
  'Add a GraphQL API with amplify add api, then amplify push (it writes aws_appsync_graphqlEndpoint into the config), then run again.';

export async function runAddDataClient(options: DataClientOptions, out: Output): Promise<number> {
  const info = detectProject(options.cwd);
  const config = info.setup.serverConfig ?? info.amplifyConfigs[0];
  const backend = detectDataBackend(info.files, config);
  if (backend === undefined) {
    const what =
      config === undefined
        ? 'No amplify/data/resource.ts and no Amplify config file'
        : `No amplify/data/resource.ts, and ${config.path} describes no GraphQL API`;
    throw new ProjectError(
      `${what}: there is no Data backend for the server clients to talk to.`,
      config?.kind === 'gen2' || config === undefined ? GEN2_HINT : GEN1_HINT,
    );
  }

  const { plan, facts } = planDataClients(info, {
    config: config ?? DEFAULT_CONFIG_FILE,
    backend,
    example: options.example,
    force: options.force,
  });
  plan.notes.unshift(...backendNotes(info, backend, config, facts));

  const { outcome } = await executePlan(plan, info, options, out);
  if (outcome === 'applied' || outcome === 'nothing-to-do') printUsage(out, facts, options.example);
  if (options.json) {
    out.printJson({
      command: 'add data-client',
      dryRun: options.dryRun,
      outcome,
      backend: backend.kind,
      typed: facts.typed,
      authMode: facts.authMode?.mode ?? null,
      authModeSource: facts.authMode?.source ?? null,
      clients: facts.modules,
      examples: facts.examples.map((example) => ({ router: example.router, path: example.path })),
      ...planJson(plan),
    });
  }
  return 0;
}

function backendNotes(info: ProjectInfo, backend: DataBackend, config: AmplifyConfigFile | undefined, facts: DataClientFacts): string[] {
  const notes: string[] = [];
  const found = backend.resource ?? `the GraphQL API in ${config!.path}`;
  notes.push(`Data backend: ${found}; the clients are ${facts.typed ? 'typed with its Schema' : 'untyped'}.`);
  if (backend.resource !== undefined && !backend.exportsSchema && info.typescript) {
    notes.push(
      `${backend.resource} does not export type Schema: add export type Schema = ClientSchema<typeof schema> and run again for typed clients.`,
    );
  }
  if (backend.kind === 'gen2' && backend.resource === undefined) {
    notes.push(
      `There is no amplify/data/resource.ts in this project, so the clients are untyped (${config!.path} still gives them the models at run time).`,
    );
  }
  if (backend.resource !== undefined && !backend.configHasApi) {
    notes.push(
      `${config?.path ?? DEFAULT_CONFIG_FILE.path} has no data block yet: run npx ampx sandbox (or deploy) so the clients know the API's URL.`,
    );
  }
  notes.push(
    facts.authMode
      ? `authMode '${facts.authMode.mode}' (${facts.authMode.source}); pass authMode to a call to use another one.`
      : "No default authorization found: the clients use the config's default authMode.",
  );
  const adapter = declaredSpec(info.packageJson, '@aws-amplify/adapter-nextjs');
  if (adapter === undefined) notes.push('@aws-amplify/adapter-nextjs is not declared in package.json: npx amplify-next init installs it.');
  else if (
    semver.validRange(adapter) !== null &&
    semver.lt(semver.minVersion(adapter) ?? DATA_CLIENT_MIN_ADAPTER, DATA_CLIENT_MIN_ADAPTER)
  ) {
    notes.push(`@aws-amplify/adapter-nextjs ${adapter} may predate the Data clients: they need ${DATA_CLIENT_MIN_ADAPTER} or later.`);
  }
  return notes;
}

/** Without --example, the calls each place needs; with it, where they were written. */
function printUsage(out: Output, facts: DataClientFacts, example: boolean): void {
  out.line();
  out.line(out.color.bold('Use the clients'));
  const exported = facts.modules.flatMap((module) => module.clients);
  if (exported.includes(COOKIES_CLIENT)) {
    out.line(`  - Server Components, Server Actions, Route Handlers: ${COOKIES_CLIENT} (it reads cookies() per call; App Router only).`);
  }
  out.line(
    `  - getServerSideProps, API routes, middleware: ${GRAPHQL_CLIENT}, inside runWithAmplifyServerContext, with its contextSpec as the first argument.`,
  );
  out.line('  - Import the clients; never create one per request.');
  if (example && facts.examples.length > 0) return;
  for (const item of facts.examples) {
    out.line();
    out.line(`  ${item.router === 'app' ? 'App Router' : 'Pages Router'} (${item.path}):`);
    for (const line of item.text.replace(/\n$/, '').split('\n')) out.line(`    ${line}`);
  }
}
