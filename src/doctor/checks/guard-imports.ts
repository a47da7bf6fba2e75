import { DOCS } from '../docs.js';
import { runnerCalls } from '../guard-function.js';
import { amplifyGuards, type AmplifyGuard } from '../guard-files.js';
import { planGuardTemplate, TEMPLATE_FIX } from '../guard-template-fix.js';
import { position } from '../position.js';
import type { Check, Finding } from '../check.js';

const NOT_SERVER = 'guard-import-not-server';
const NO_RESPONSE = 'guard-session-without-response';

/** Browser builds of Amplify fail in a guard; a server context without a response cannot refresh tokens. */
export const guardImports: Check = {
  codes: [NOT_SERVER, NO_RESPONSE],
  run(project) {
    return amplifyGuards(project).flatMap((guard) => [...browserImports(guard), ...withoutResponse(guard)]);
  },
  fix: (project, findings, options) =>
    planGuardTemplate(
      project,
      findings.filter((finding) => finding.code === NO_RESPONSE),
      options.force,
    ),
};

function isBrowserBuild(source: string): boolean {
  if (source === 'aws-amplify') return true;
  if (source.startsWith('aws-amplify/')) return !source.endsWith('/server');
  return source.startsWith('@aws-amplify/') && !source.startsWith('@aws-amplify/adapter-nextjs');
}

function browserImports(guard: AmplifyGuard): Finding[] {
  return guard.ast.program.body.flatMap((statement): Finding[] => {
    if (statement.type !== 'ImportDeclaration' || statement.importKind === 'type' || !isBrowserBuild(statement.source.value)) return [];
    if (
      statement.specifiers.length > 0 &&
      statement.specifiers.every((specifier) => specifier.type === 'ImportSpecifier' && specifier.importKind === 'type')
    )
      return [];
    const server =
      statement.source.value === 'aws-amplify'
        ? 'aws-amplify/auth/server'
        : `${statement.source.value.replace(/^@aws-amplify\//, 'aws-amplify/')}/server`;
    return [
      {
        code: NOT_SERVER,
        severity: 'error',
        file: guard.file,
        ...position(statement.source),
        message: `The guard imports '${statement.source.value}', the browser build of Amplify: it fails or misbehaves on the server (on the Edge runtime: "Dynamic Code Evaluation not allowed").`,
        fix: `Import the server APIs from '${server}' and run them inside runWithAmplifyServerContext.`,
        docs: DOCS.guard,
        fixable: false,
      },
    ];
  });
}

function withoutResponse(guard: AmplifyGuard): Finding[] {
  return runnerCalls(guard)
    .filter((runner) => runner.context !== undefined && runner.response === undefined)
    .map((runner) => ({
      code: NO_RESPONSE,
      severity: 'error',
      file: guard.file,
      ...position(runner.context!),
      message:
        'The guard runs Amplify without a response in nextServerContext: fetchAuthSession cannot write refreshed tokens, so users are sent to sign in when their access token expires.',
      fix: `Pass { request, response } with response = NextResponse.next(), and return that response. Or: ${TEMPLATE_FIX}`,
      docs: DOCS.guard,
      fixable: true,
      fixNeedsForce: true,
    }));
}
