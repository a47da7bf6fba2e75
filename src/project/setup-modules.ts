import type { File } from '@babel/types';
import { findConfigureCalls, hasSsrTrue } from '../ast/amplify-configure.js';
import { exportsName } from '../ast/exported-names.js';
import type { FileStore } from './file-store.js';
import { importedName } from '../ast/import-statements.js';
import type { SetupModuleNeedle } from './setup-module-needles.js';

/** The modules of an Amplify SSR setup the project already has, recognised by what they do, whatever their names. */
export interface SetupModules {
  /** Modules that export `runWithAmplifyServerContext` from a `createServerRunner(...)` call. */
  serverRunners: string[];
  /** `'use client'` modules that call `Amplify.configure(…, { ssr: true })`. */
  clientConfigures: string[];
  /** Whether any source file still holds Amplify v5's `withSSRContext` (what migrate-v5 is for). */
  hasWithSsrContext: boolean;
}

/** One pass over the source files: only files whose text can hold one of them are parsed. */
export function findSetupModules(files: FileStore): SetupModules {
  const modules: SetupModules = { serverRunners: [], clientConfigures: [], hasWithSsrContext: false };
  for (const file of files.sourceFiles()) {
    const holds = (needle: SetupModuleNeedle) => files.contains(file, needle);
    if (holds('withSSRContext')) modules.hasWithSsrContext = true;
    const runner = holds('createServerRunner');
    const configure = holds('use client') && holds('.configure(');
    if (!runner && !configure) continue;
    const ast = files.scanParse(file);
    if (!ast) continue;
    if (runner && exportsName(ast, 'runWithAmplifyServerContext')) modules.serverRunners.push(file);
    if (configure && isClientConfigure(ast)) modules.clientConfigures.push(file);
  }
  return modules;
}

function isClientConfigure(ast: File): boolean {
  if (!ast.program.directives.some((directive) => directive.value.value === 'use client')) return false;
  const amplify = amplifyLocal(ast);
  if (amplify === undefined) return false;
  return findConfigureCalls(ast, amplify).some((call) => {
    const options = call.arguments[1];
    return options?.type === 'ObjectExpression' && hasSsrTrue(options);
  });
}

/** The local name of `Amplify` imported from 'aws-amplify'. */
function amplifyLocal(ast: File): string | undefined {
  for (const statement of ast.program.body) {
    if (statement.type !== 'ImportDeclaration' || statement.source.value !== 'aws-amplify') continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type === 'ImportSpecifier' && importedName(specifier) === 'Amplify') return specifier.local.name;
    }
  }
  return undefined;
}
