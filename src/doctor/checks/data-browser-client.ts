import type { Check, Finding } from '../check.js';
import { callsWithAncestors, importedAs } from './data-imports.js';
import { DOCS } from '../docs.js';
import { positionOf } from './locate.js';
import { inServerFunction, isGuardFile, isServerModule } from './server-files.js';

const BROWSER_ENTRIES = ['aws-amplify/data', 'aws-amplify/api'];

/** `generateClient` from the browser entry point, called in server code. */
export const dataBrowserClientCheck: Check = {
  codes: ['data-browser-client-on-server'],
  run(project) {
    const findings: Finding[] = [];
    for (const file of project.sourceFilesContaining('generateClient')) {
      const ast = project.parse(file);
      if (!ast || isGuardFile(project, file)) continue;
      const calls = callsWithAncestors(ast, importedAs(ast, BROWSER_ENTRIES, 'generateClient'));
      if (calls.length === 0) continue;
      const wholeModule = isServerModule(project, file, ast);
      for (const { call, ancestors } of calls) {
        if (!wholeModule && !inServerFunction(ancestors)) continue;
        findings.push({
          code: 'data-browser-client-on-server',
          severity: 'error',
          file,
          ...positionOf(call),
          message:
            "generateClient from the browser entry point runs on the server here: it uses the browser's Amplify singleton, which the server never configured, so its calls fail or run without the signed-in user.",
          fix: 'On the server use the cookies client (generateServerClientUsingCookies) in the App Router, or the request/response client (generateServerClientUsingReqRes) inside runWithAmplifyServerContext: npx amplify-next add data-client writes both.',
          docs: DOCS.dataServer,
          fixable: false,
        });
      }
    }
    return findings;
  },
};
