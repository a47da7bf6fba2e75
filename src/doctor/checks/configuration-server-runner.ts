import type { CallExpression, Node } from '@babel/types';
import { walk } from '../../ast/walk.js';
import { serverRunnerSites } from '../amplify-sites.js';
import { DOCS } from '../docs.js';
import { position } from '../position.js';
import type { Check, Finding } from '../check.js';

const MULTIPLE = 'server-runner-multiple';
const PER_REQUEST = 'server-runner-per-request';

/** `createServerRunner` belongs once at module level: every call builds its own Amplify config and token store. */
export const serverRunner: Check = {
  codes: [MULTIPLE, PER_REQUEST],
  run(project) {
    const sites = serverRunnerSites(project);
    const findings: Finding[] = [];
    const inFunctions = new Set<CallExpression>();
    for (const ast of new Set(sites.map((site) => site.ast))) collectCallsInFunctions(ast.program, inFunctions);
    // The runner the other modules should share: the conventional utils module's, else the first at module level.
    const moduleLevel = sites.filter((site) => !inFunctions.has(site.call));
    const kept = moduleLevel.find((site) => /^(src\/)?utils\/amplifyServerUtils\.[^/]+$/.test(site.file)) ?? moduleLevel[0];
    for (const site of sites) {
      if (inFunctions.has(site.call)) {
        findings.push({
          code: PER_REQUEST,
          severity: 'error',
          file: site.file,
          ...position(site.call),
          message:
            'createServerRunner is called inside a function, so every request builds a new runner: slower, and nothing is shared between calls.',
          fix: 'Call createServerRunner({ config }) once at module level of the server utils module and export runWithAmplifyServerContext from it.',
          docs: DOCS.serverRunner,
          fixable: false,
        });
      } else if (site !== kept) {
        const first = kept!;
        findings.push({
          code: MULTIPLE,
          severity: 'warning',
          file: site.file,
          ...position(site.call),
          message: `createServerRunner is also called at ${first.file}:${position(first.call).line}: two runners can hold two configs, and code using the other one sees another backend.`,
          fix: 'Keep one server utils module with one createServerRunner call, and import runWithAmplifyServerContext from it everywhere.',
          docs: DOCS.serverRunner,
          fixable: false,
        });
      }
    }
    return findings;
  },
};

function collectCallsInFunctions(program: Node, found: Set<CallExpression>): void {
  walk(program, (node) => {
    if (
      node.type !== 'FunctionDeclaration' &&
      node.type !== 'FunctionExpression' &&
      node.type !== 'ArrowFunctionExpression' &&
      node.type !== 'ObjectMethod' &&
      node.type !== 'ClassMethod'
    )
      return;
    walk(node.body, (inner) => {
      if (inner.type === 'CallExpression' && inner.callee.type === 'Identifier' && inner.callee.name === 'createServerRunner')
        found.add(inner);
    });
    return false;
  });
}
