import type { DoctorProject } from '../check.js';
import { FILE_START, jsonPropertyPosition, type Position } from './locate.js';

/** Where package.json declares `name` (in dependencies, else devDependencies), or its start. */
export function dependencyPosition(project: DoctorProject, name: string): Position {
  const text = project.read('package.json');
  if (text === null) return FILE_START;
  const section = project.info.packageJson.dependencies?.[name] !== undefined ? 'dependencies' : 'devDependencies';
  return jsonPropertyPosition(text.replace(/^\uFEFF/, ' '), [section, name]);
}
