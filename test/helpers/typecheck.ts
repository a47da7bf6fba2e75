import { createHash } from 'node:crypto';
import path from 'node:path';
import ts from 'typescript';

/**
 * The parsed and bound files, shared by every program a test file type-checks, as an editor's language
 * service shares them between projects: the packages' declarations (next, react, aws-amplify, the adapter)
 * are read once, not once per program. A file is reused only for the same path, text and the compiler
 * options that shape it.
 */
const registry = ts.createDocumentRegistry();

/**
 * The program `tsc -p <root> --noEmit` builds, with `adjust` applied to the tsconfig's options, and every
 * diagnostic tsc would report for it: the tsconfig's own, then those of ts.getPreEmitDiagnostics (options,
 * syntax, types and, where the options emit declarations, declaration diagnostics).
 */
export function typeCheckProject(
  root: string,
  adjust: (options: ts.CompilerOptions) => ts.CompilerOptions = (options) => options,
): readonly ts.Diagnostic[] {
  const configErrors: ts.Diagnostic[] = [];
  const parsed = ts.getParsedCommandLineOfConfigFile(
    path.join(root, 'tsconfig.json'),
    { noEmit: true },
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (diagnostic) => configErrors.push(diagnostic) },
  );
  if (!parsed) return configErrors;
  const options = adjust(parsed.options);
  const texts = new Map<string, string | undefined>();
  const text = (file: string) => {
    if (!texts.has(file)) texts.set(file, ts.sys.readFile(file));
    return texts.get(file);
  };
  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => options,
    getScriptFileNames: () => parsed.fileNames,
    getProjectReferences: () => parsed.projectReferences,
    getScriptVersion: (file) =>
      createHash('sha1')
        .update(text(file) ?? '')
        .digest('hex'),
    getScriptSnapshot: (file) => {
      const content = text(file);
      return content === undefined ? undefined : ts.ScriptSnapshot.fromString(content);
    },
    getCurrentDirectory: () => root,
    getDefaultLibFileName: ts.getDefaultLibFilePath,
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
    realpath: ts.sys.realpath,
    useCaseSensitiveFileNames: () => ts.sys.useCaseSensitiveFileNames,
  };
  // Never disposed: that would give the files back to the registry. The service and its checker are
  // collected once this returns; the registry keeps the files.
  const program = ts.createLanguageService(host, registry).getProgram()!;
  return [...configErrors, ...parsed.errors, ...ts.getPreEmitDiagnostics(program)];
}

/** The diagnostics as tsc prints them without --pretty: `file(line,col): error TScode: message`. */
export function formatDiagnostics(diagnostics: readonly ts.Diagnostic[], root: string): string {
  return ts.formatDiagnostics(diagnostics, {
    getCanonicalFileName: (file) => file,
    getCurrentDirectory: () => root,
    getNewLine: () => '\n',
  });
}
