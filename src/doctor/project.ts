import { detectSourceProject, type DetectOptions } from '../project/detect.js';
import type { DoctorProject } from './check.js';

/** The project through the same file store as the other commands: each file read and parsed at most once. */
export function loadDoctorProject(root: string, options: DetectOptions = {}): DoctorProject {
  const { info, nextNote } = detectSourceProject(root, options);
  const { files } = info;
  return {
    info,
    nextNote,
    read: (file) => files.scan(file),
    parse: (file) => files.scanParse(file),
    sourceFiles: () => files.sourceFiles(),
    sourceFilesContaining: (needle) => files.sourceFilesContaining(needle),
  };
}
