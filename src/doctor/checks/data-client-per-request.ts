import type { Check, Finding } from '../check.js';
import { ADAPTER_DATA, callsWithAncestors, importedAs } from './data-imports.js';
import { DOCS } from '../docs.js';
import { positionOf } from './locate.js';
import { inAnyFunction } from './server-files.js';

const SERVER_CLIENTS: Array<{ name: string; sources: string[] }> = [
  { name: 'generateServerClientUsingCookies', sources: ADAPTER_DATA },
  { name: 'generateServerClientUsingReqRes', sources: ADAPTER_DATA },
  { name: 'generateClient', sources: ['aws-amplify/api/server', 'aws-amplify/data/server'] },
];

/** A server Data client built inside a function: once per request instead of once per server. */
export const dataClientPerRequestCheck: Check = {
  codes: ['data-client-per-request'],
  run(project) {
    const files = new Set(SERVER_CLIENTS.flatMap(({ name }) => [...project.sourceFilesContaining(name)]));
    const findings: Finding[] = [];
    for (const file of [...files].sort()) {
      const ast = project.parse(file);
      if (!ast) continue;
      for (const { name, sources } of SERVER_CLIENTS) {
        for (const { call, ancestors } of callsWithAncestors(ast, importedAs(ast, sources, name))) {
          if (!inAnyFunction(ancestors)) continue;
          findings.push({
            code: 'data-client-per-request',
            severity: 'warning',
            file,
            ...positionOf(call),
            message: `${name} runs inside a function here, so every request builds a new Data client from the config (slower responses and more memory), where one module-level client serves them all.`,
            fix: `Create the client once at module level (e.g. in the utils module) and use it in every request${name === 'generateServerClientUsingCookies' ? '' : ', passing the contextSpec of runWithAmplifyServerContext'}.`,
            docs: DOCS.dataServer,
            fixable: false,
          });
        }
      }
    }
    return findings.sort((a, b) => a.line - b.line);
  },
};
