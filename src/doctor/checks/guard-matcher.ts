import fs from 'node:fs';
import path from 'node:path';
import type { Node, StringLiteral } from '@babel/types';
import { walk } from '../../ast/walk.js';
import { stringLiteral } from '../../ast/string-literal.js';
import { readGuardFacts } from '../../project/guard-facts.js';
import { emptyPlan } from '../../plan/plan.js';
import { DOCS } from '../docs.js';
import { amplifyGuards, type AmplifyGuard } from '../guard-files.js';
import { gatesByPath, guardFunction } from '../guard-function.js';
import { excludedAlternatives, exclusionPattern, isBarePrefix, matcherMatches, wholeSegment } from '../matcher.js';
import { position, WHOLE_FILE } from '../position.js';
import type { Check, DoctorProject, Finding } from '../check.js';

const SIGN_IN = 'guard-matcher-sign-in';
const STATIC = 'guard-matcher-static';
const PUBLIC = 'guard-matcher-public';
const PREFIX = 'guard-matcher-prefix';

/** Paths of Next.js' own assets a guard must let through. */
const ASSETS: Array<{ path: string; alternative: string }> = [
  { path: '/_next/static/chunks/main.js', alternative: '_next/static/' },
  { path: '/_next/image', alternative: '_next/image' },
  { path: '/favicon.ico', alternative: 'favicon\\.ico$' },
];

/** What a guard's matcher lets through decides who gets redirected: the sign-in page, assets, look-alike routes. */
export const guardMatcher: Check = {
  codes: [SIGN_IN, STATIC, PUBLIC, PREFIX],
  run(project) {
    return amplifyGuards(project).flatMap((guard) => judge(project, guard).map((problem) => problem.finding));
  },
  fix(project, findings) {
    const plan = emptyPlan();
    for (const guard of amplifyGuards(project)) {
      const problems = judge(project, guard).filter(
        (problem) => problem.rewrite && findings.some((finding) => finding.file === guard.file && finding.code === problem.finding.code),
      );
      const literal = problems[0]?.literal;
      if (literal === undefined) continue;
      let pattern = literal.value;
      for (const problem of problems) pattern = problem.rewrite!(pattern);
      const quote = guard.source[literal.start ?? 0] === '"' ? '"' : "'";
      const after = `${guard.source.slice(0, literal.start!)}${stringLiteral(pattern, quote)}${guard.source.slice(literal.end!)}`;
      plan.changes.push({
        path: guard.file,
        kind: 'update',
        before: guard.source,
        after,
        reason: 'matcher lets the sign-in page, assets and look-alike routes through',
      });
    }
    return plan;
  },
};

interface Problem {
  finding: Finding;
  /** The one catch-all pattern literal this is about, when `rewrite` can fix it. */
  literal?: StringLiteral;
  rewrite?: (pattern: string) => string;
}

function judge(project: DoctorProject, guard: AmplifyGuard): Problem[] {
  const facts = readGuardFacts(guard.ast);
  if (facts.matcher === null) return [];
  const literals = matcherLiterals(guard.ast);
  const single = literals.length === 1 && excludedAlternatives(literals[0]!.value) !== undefined ? literals[0] : undefined;
  const where = single ? position(single) : literals[0] ? position(literals[0]) : WHOLE_FILE;
  const problem = (
    code: string,
    severity: Finding['severity'],
    message: string,
    fix: string,
    rewrite?: (pattern: string) => string,
  ): Problem => ({
    finding: {
      code,
      severity,
      file: guard.file,
      ...where,
      message,
      fix,
      docs: DOCS.matcher,
      fixable: single !== undefined && rewrite !== undefined,
    },
    literal: single,
    rewrite: single ? rewrite : undefined,
  });
  const guarded = (pathname: string) => matcherMatches(facts.matcher ?? undefined, pathname) === true;
  const problems: Problem[] = [];
  const runsOn = literals.length === 0 ? 'With no matcher, the guard runs on' : 'The matcher runs the guard on';
  // A guard that checks the path itself redirects only where its code says: the matcher alone does not loop it.
  const fn = guardFunction(guard);
  const pathGated = fn !== undefined && gatesByPath(fn);
  const exclude = (what: string) =>
    literals.length === 0 ? `Add a matcher to export const config that excludes ${what}.` : `Exclude ${what} from the matcher.`;

  const signIn = facts.signInPath?.split(/[?#]/)[0];
  if (signIn !== undefined && signIn !== '/' && !pathGated && guarded(signIn)) {
    const segment = signIn.replace(/^\//, '');
    problems.push(
      problem(
        SIGN_IN,
        'error',
        `${runsOn} ${signIn}, where it sends signed-out users: they loop between redirects and never see the sign-in page.`,
        exclude(`${signIn} (as a whole segment: ${wholeSegment(segment)})`),
        (pattern) => addAlternatives(pattern, [wholeSegment(segment)]),
      ),
    );
  }
  const assets = ASSETS.filter((asset) => guarded(asset.path));
  if (assets.length > 0) {
    problems.push(
      problem(
        STATIC,
        'warning',
        `${runsOn} ${assets.map((asset) => asset.path.replace('/chunks/main.js', '')).join(', ')}: ${pathGated ? 'every asset request pays a session check, and a redirect there breaks the asset' : 'signed-out users get no scripts, images or icon, and every asset request pays a session check'}.`,
        exclude('_next/static, _next/image and favicon.ico'),
        (pattern) =>
          addAlternatives(
            pattern,
            assets.map((asset) => asset.alternative),
          ),
      ),
    );
  }
  const publicFiles = publicPaths(project).filter((file) => file !== '/favicon.ico' && guarded(file));
  if (publicFiles.length > 0) {
    problems.push(
      problem(
        PUBLIC,
        'warning',
        `${runsOn} files of public/ (${publicFiles.slice(0, 3).join(', ')}${publicFiles.length > 3 ? ', …' : ''}): ${pathGated ? 'every request for them pays a session check, and a redirect there breaks the file' : 'signed-out users are redirected instead of getting them'}.`,
        exclude('those files (or a folder that holds them)'),
      ),
    );
  }
  for (const literal of literals) {
    const alternatives = excludedAlternatives(literal.value) ?? [];
    const prefixes = alternatives.filter(
      (alternative) =>
        isBarePrefix(alternative) && !alternative.startsWith('_next') && guarded(`/${alternative}docs`) === false && guarded('/x-page'),
    );
    if (prefixes.length === 0) continue;
    problems.push({
      ...problem(
        PREFIX,
        'warning',
        `The matcher excludes ${prefixes.map((prefix) => `/${prefix}`).join(', ')} as a prefix, so routes that only start the same (/${prefixes[0]}docs) are not guarded.`,
        `Exclude each as a whole segment: ${prefixes.map(wholeSegment).join(', ')}.`,
        (pattern) =>
          exclusionPattern(
            excludedAlternatives(pattern)!.map((alternative) => (prefixes.includes(alternative) ? wholeSegment(alternative) : alternative)),
          ),
      ),
    });
  }
  return problems;
}

function addAlternatives(pattern: string, added: readonly string[]): string {
  const alternatives = excludedAlternatives(pattern)!;
  return exclusionPattern([...alternatives, ...added.filter((alternative) => !alternatives.includes(alternative))]);
}

/** The string literals of `export const config = { matcher }`. */
function matcherLiterals(ast: AmplifyGuard['ast']): StringLiteral[] {
  const found: StringLiteral[] = [];
  walk(ast.program, (node: Node) => {
    if (node.type !== 'ObjectProperty' || node.computed) return;
    const key = node.key.type === 'Identifier' ? node.key.name : node.key.type === 'StringLiteral' ? node.key.value : undefined;
    if (key !== 'matcher') return;
    if (node.value.type === 'StringLiteral') found.push(node.value);
    if (node.value.type === 'ArrayExpression')
      for (const element of node.value.elements) if (element?.type === 'StringLiteral') found.push(element);
    return false;
  });
  return found;
}

/** The URL paths of the files directly in `public/`. */
function publicPaths(project: DoctorProject): string[] {
  try {
    return fs
      .readdirSync(path.join(project.info.root, 'public'), { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => `/${entry.name}`)
      .sort();
  } catch {
    return [];
  }
}
