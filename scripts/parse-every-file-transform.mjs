// The migrate-v5 transform written as jscodeshift transforms usually are, for the benchmark: it builds
// jscodeshift's AST of every file it is given and looks there for an aws-amplify import before migrating.
// Run by the stock jscodeshift CLI, it shows what that per-file parse costs next to the shipped transform,
// which skips files by their text (`mayNeedMigration`).
import { migrateSource } from '../dist/transforms/migrate-v5/index.js';

const AMPLIFY_MODULES = new Set(['aws-amplify', '@aws-amplify/datastore/ssr']);

export default function transformer(file, api, options) {
  const j = api.jscodeshift;
  const root = j(file.source);
  const fromAmplify = (value) => typeof value === 'string' && AMPLIFY_MODULES.has(value);
  const importsAmplify =
    root
      .find(j.ImportDeclaration)
      .filter((p) => fromAmplify(p.node.source.value))
      .size() > 0 ||
    root
      .find(j.CallExpression, { callee: { type: 'Identifier', name: 'require' } })
      .filter((p) => p.node.arguments[0]?.type === 'StringLiteral' && fromAmplify(p.node.arguments[0].value))
      .size() > 0;
  if (!importsAmplify) return file.source;
  return migrateSource(file.source, file.path, {
    utilsImport: typeof options.utilsImport === 'string' ? options.utilsImport : '@/utils/amplifyServerUtils',
    amplifyVersion: typeof options.amplifyVersion === 'string' ? options.amplifyVersion : undefined,
  }).output;
}
