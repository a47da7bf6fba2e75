import type { Expression, Node } from '@babel/types';
import { DOCS } from '../docs.js';
import { canEndWithoutReturn, guardFunction, isNextResponseCall, localInit, ownReturns, runnerCalls } from '../guard-function.js';
import { amplifyGuards, type AmplifyGuard } from '../guard-files.js';
import { planGuardTemplate, TEMPLATE_FIX } from '../guard-template-fix.js';
import { position } from '../position.js';
import type { Check, Finding } from '../check.js';

const NEW_RESPONSE = 'guard-new-response';
const REDIRECT = 'guard-redirect-drops-cookies';

/**
 * Amplify writes refreshed token cookies onto the response given to `runWithAmplifyServerContext`: the guard
 * must return that response, and copy its cookies onto a redirect, or the refresh is lost.
 */
export const guardResponse: Check = {
  codes: [NEW_RESPONSE, REDIRECT],
  run(project) {
    return amplifyGuards(project).flatMap((guard) => judge(guard));
  },
  fix: (project, findings, options) => planGuardTemplate(project, findings, options.force),
};

function judge(guard: AmplifyGuard): Finding[] {
  const fn = guardFunction(guard);
  if (fn === undefined) return [];
  const runner = runnerCalls(guard).find((call) => call.response !== undefined);
  const given = runner?.response;
  if (runner === undefined || given === undefined) return [];
  // The function the guard handed the response to: the runner, or the app's helper that runs it.
  const callee = runner.call.callee.type === 'Identifier' ? runner.call.callee.name : 'runWithAmplifyServerContext';
  const givenName = given.type === 'Identifier' ? given.name : undefined;
  const text = guard.source.slice(fn.start ?? 0, fn.end ?? 0);
  const copiesCookies = (name: string) => new RegExp(`\\b${name}\\.cookies\\.set\\(`).test(text);
  const findings: Finding[] = [];
  for (const statement of ownReturns(fn)) {
    const returned = statement.argument;
    // A return before Amplify runs (an early exit for public paths) has no cookies of Amplify's to carry.
    if (!returned || (statement.end ?? 0) <= (runner.call.start ?? 0)) continue;
    const kind = responseKind(guard, fn, returned, givenName, copiesCookies);
    if (kind === 'new') {
      findings.push(
        finding(
          guard,
          returned,
          NEW_RESPONSE,
          'error',
          `The guard returns a new NextResponse instead of the response it gave ${callee}: refreshed token cookies are dropped, and users are signed out when their access token expires.`,
          `Return the response passed to ${callee} (or copy its cookies onto the one you return).`,
        ),
      );
    } else if (kind === 'redirect') {
      findings.push(
        finding(
          guard,
          returned,
          REDIRECT,
          'warning',
          'The redirect is a new response without the cookies Amplify set on the response it was given (cleared or refreshed tokens): the browser keeps stale ones.',
          'Copy them: for (const cookie of response.cookies.getAll()) redirect.cookies.set(cookie).',
        ),
      );
    }
  }
  if (canEndWithoutReturn(fn)) {
    findings.push({
      ...finding(
        guard,
        fn.body,
        NEW_RESPONSE,
        'error',
        `The guard can end without a return, and Next.js then answers without the response it gave ${callee}: refreshed token cookies are dropped, and users are signed out when their access token expires.`,
        `End every path of the guard with a return: \`return ${givenName ?? 'response'}\` where it lets the request through.`,
      ),
      ...endOf(fn.body),
    });
  }
  return findings;
}

/** Where the closing brace of a block is. */
function endOf(block: Node): { line: number; column: number } {
  return { line: block.loc?.end.line ?? 1, column: Math.max(1, block.loc?.end.column ?? 1) };
}

function responseKind(
  guard: AmplifyGuard,
  fn: Node & { body: Node },
  returned: Expression,
  givenName: string | undefined,
  copiesCookies: (name: string) => boolean,
): 'new' | 'redirect' | undefined {
  if (isNextResponseCall(guard, returned, 'next')) return 'new';
  if (isNextResponseCall(guard, returned, 'redirect')) return 'redirect';
  if (returned.type !== 'Identifier' || returned.name === givenName || copiesCookies(returned.name)) return undefined;
  const init = localInit(fn, returned.name);
  if (isNextResponseCall(guard, init, 'next')) return 'new';
  if (isNextResponseCall(guard, init, 'redirect')) return 'redirect';
  return undefined;
}

function finding(guard: AmplifyGuard, at: Node, code: string, severity: Finding['severity'], message: string, fix: string): Finding {
  return {
    code,
    severity,
    file: guard.file,
    ...position(at),
    message,
    fix: `${fix} Or: ${TEMPLATE_FIX}`,
    docs: DOCS.guard,
    fixable: true,
    fixNeedsForce: true,
  };
}
