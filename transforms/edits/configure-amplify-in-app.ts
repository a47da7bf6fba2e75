import type { CallExpression, File, ObjectExpression } from '@babel/types';
import { type Binding, collectBindings, freeName } from '../../src/ast/bindings.js';
import { detectCodeStyle } from '../../src/ast/code-style.js';
import { defaultImportLocal, formatImport, importedName, insertAfterImports, topLevelImports } from '../../src/ast/import-statements.js';
import { applySplices, type Splice } from '../../src/ast/splices.js';
import { findConfigureCalls, hasSsrTrue, isSsrTrue } from '../../src/ast/amplify-configure.js';
import { findProperty } from '../../src/ast/object-properties.js';
import type { EditResult } from './edit-result.js';
import type { EditSource } from '../../src/ast/edit-source.js';

export interface ConfigureAmplifyInAppOptions {
  filePath: string;
  /** How `_app` imports the Amplify config: `amplify_outputs.json`, `amplifyconfiguration.json` or `aws-exports`. */
  configImportSpecifier: string;
}

type Step = { splices: Splice[] } | { reason: string };

const SSR_OPTIONS = '{ ssr: true }';
const AMPLIFY_SOURCES = ['aws-amplify', '@aws-amplify/core'];

/**
 * Makes a Pages Router `_app` configure Amplify v6 for SSR once, at module level:
 * `import { Amplify } from 'aws-amplify'`, the config import and `Amplify.configure(config, { ssr: true })`.
 * Existing calls are completed (`ssr` goes in the second argument in v6) instead of being added twice.
 */
export function configureAmplifyInApp(input: EditSource, options: ConfigureAmplifyInAppOptions): EditResult {
  const { filePath, configImportSpecifier } = options;
  const { text: source, ast } = input;
  const style = detectCodeStyle(source, ast);
  const bindings = collectBindings(ast);

  const amplify = resolveAmplifyImport(ast, bindings, filePath);
  if ('reason' in amplify) return { kind: 'manual', reason: amplify.reason };
  const splices: Splice[] = [...amplify.splices];
  const imports: string[] = amplify.needsImport ? [formatImport(style, '{ Amplify }', 'aws-amplify')] : [];
  const statements: string[] = [];

  const calls = findConfigureCalls(ast, amplify.local);
  if (calls.length > 1) {
    return {
      kind: 'manual',
      reason: `${filePath} calls ${amplify.local}.configure more than once, so it is not clear which call to make SSR-aware.`,
    };
  }
  if (calls.length === 1) {
    const fix = completeConfigureCall(source, ast, calls[0], filePath);
    if ('reason' in fix) return { kind: 'manual', reason: fix.reason };
    splices.push(...fix.splices);
  } else {
    const existing = defaultImportLocal(ast, configImportSpecifier);
    const configName = existing ?? freeName(bindings, [preferredConfigName(configImportSpecifier), 'amplifyConfig']);
    if (!existing) imports.push(formatImport(style, configName, configImportSpecifier));
    statements.push(`${amplify.local}.configure(${configName}, ${SSR_OPTIONS})${style.semicolons ? ';' : ''}`);
  }

  if (imports.length > 0 || statements.length > 0) splices.push(...insertAfterImports(source, ast, style, { imports, statements }));
  if (splices.length === 0) return { kind: 'unchanged' };
  return { kind: 'changed', text: applySplices(source, splices) };
}

function preferredConfigName(specifier: string): string {
  return /amplify_outputs(\.json)?$/.test(specifier) ? 'outputs' : 'config';
}

/** The local name of v6's `Amplify`, plus the splices that fix a v4 default import of it. */
function resolveAmplifyImport(
  ast: File,
  bindings: Binding[],
  filePath: string,
): { local: string; needsImport: boolean; splices: Splice[] } | { reason: string } {
  const valueImports = topLevelImports(ast).filter((d) => d.importKind !== 'type');
  // `@aws-amplify/core` exports the same `Amplify` singleton that `aws-amplify` re-exports.
  for (const declaration of valueImports.filter((d) => AMPLIFY_SOURCES.includes(d.source.value))) {
    for (const specifier of declaration.specifiers) {
      if (specifier.type !== 'ImportSpecifier' || specifier.importKind === 'type') continue;
      const imported = importedName(specifier);
      if (imported === 'Amplify') return { local: specifier.local.name, needsImport: false, splices: [] };
    }
  }
  for (const declaration of valueImports.filter((d) => d.source.value === 'aws-amplify')) {
    for (const specifier of declaration.specifiers) {
      if (specifier.type === 'ImportNamespaceSpecifier') {
        return { reason: `${filePath} imports 'aws-amplify' as a namespace, which this edit does not rewrite.` };
      }
      if (specifier.type !== 'ImportDefaultSpecifier') continue;
      // v4's `import Amplify from 'aws-amplify'`: v6 has no default export.
      if (specifier.local.name !== 'Amplify' || declaration.specifiers.length > 1) {
        return {
          reason: `${filePath} imports the default export of 'aws-amplify' (Amplify v4), which v6 does not have; it needs import { Amplify } from 'aws-amplify' instead.`,
        };
      }
      return {
        local: 'Amplify',
        needsImport: false,
        splices: [{ start: specifier.start ?? 0, end: specifier.end ?? 0, text: '{ Amplify }' }],
      };
    }
  }
  if (bindings.some((binding) => binding.name === 'Amplify')) {
    return { reason: `${filePath} already declares a binding named Amplify that is not imported from 'aws-amplify'.` };
  }
  return { local: 'Amplify', needsImport: true, splices: [] };
}

/** Splices that turn an existing `Amplify.configure(...)` into v6's SSR form, if it is not already. */
function completeConfigureCall(source: string, ast: File, call: CallExpression, filePath: string): Step {
  const name = source.slice(call.callee.start ?? 0, call.callee.end ?? 0);
  const atModuleLevel = ast.program.body.some((s) => s.type === 'ExpressionStatement' && s.expression === call);
  if (!atModuleLevel) {
    return {
      reason: `${filePath} calls ${name} inside a function or block, where it does not run before server-side rendering; it belongs at module level as ${name}(config, ${SSR_OPTIONS}).`,
    };
  }
  const [config, second, ...rest] = call.arguments;
  if (!config || rest.length > 0 || config.type === 'SpreadElement' || config.type === 'ArgumentPlaceholder') {
    return { reason: `${filePath} calls ${name} with arguments this edit does not recognise.` };
  }
  if (second) {
    if (second.type === 'ObjectExpression' && hasSsrTrue(second)) return { splices: [] };
    return { reason: `${filePath} passes a second argument to ${name} without ssr: true, and merging options is a human decision.` };
  }
  if (config.type === 'ObjectExpression' && findProperty(config, 'ssr')) return rewriteV5SsrObject(source, ast, config, name, filePath);
  const end = config.end ?? 0;
  return { splices: [{ start: end, end, text: `, ${SSR_OPTIONS}` }] };
}

/** v5's `Amplify.configure({ ...config, ssr: true })` → `Amplify.configure(config, { ssr: true })`. */
function rewriteV5SsrObject(source: string, ast: File, object: ObjectExpression, name: string, filePath: string): Step {
  const [first, second, ...more] = object.properties;
  const spread = [first, second].find((p) => p?.type === 'SpreadElement');
  const ssr = [first, second].find((p) => p?.type === 'ObjectProperty');
  const hasComments = (ast.comments ?? []).some((c) => (c.start ?? 0) > (object.start ?? 0) && (c.end ?? 0) < (object.end ?? 0));
  if (more.length > 0 || !spread || spread.type !== 'SpreadElement' || !ssr || !isSsrTrue(ssr) || hasComments) {
    return {
      reason: `${filePath} passes ssr inside the config object of ${name} (the Amplify v5 form), which v6 ignores; it must move to the second argument as ${name}(config, ${SSR_OPTIONS}).`,
    };
  }
  const config = source.slice(spread.argument.start ?? 0, spread.argument.end ?? 0);
  return { splices: [{ start: object.start ?? 0, end: object.end ?? 0, text: `${config}, ${SSR_OPTIONS}` }] };
}
