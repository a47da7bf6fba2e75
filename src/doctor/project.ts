import type { File } from '@babel/types';
import { tryParseModule } from '../ast/parse.js';
import { scanProjectFile } from '../plan/plan-file.js';
import { detectSourceProject, type DetectOptions } from '../project/detect.js';
import { toProjectPath } from '../project/project-path.js';
import { listSourceFiles } from '../project/source-files.js';
import type { DoctorProject } from './types.js';

export function loadDoctorProject(root: string, options: DetectOptions = {}): DoctorProject {
  const { info, nextNote } = detectSourceProject(root, options);
  const texts = new Map<string, string | null>();
  const asts = new Map<string, File | null>();
  let sources: string[] | undefined;

  const read = (file: string): string | null => {
    if (!texts.has(file)) texts.set(file, scanProjectFile(root, file));
    return texts.get(file) ?? null;
  };
  const sourceFiles = (): readonly string[] => {
    sources ??= listSourceFiles(root, ['.']).map((absolute) => toProjectPath(root, absolute));
    return sources;
  };
  return {
    info,
    nextNote,
    read,
    parse(file) {
      if (!asts.has(file)) {
        const text = read(file);
        asts.set(file, text === null ? null : (tryParseModule(text, file) ?? null));
      }
      return asts.get(file) ?? null;
    },
    sourceFiles,
    sourceFilesContaining: (needle) => sourceFiles().filter((file) => read(file)?.includes(needle)),
  };
}
