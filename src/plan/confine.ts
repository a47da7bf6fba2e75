import path from 'node:path';
import { projectLocation } from '../project/real-path.js';
import { toProjectPath } from '../project/project-path.js';
import type { FileChange, Plan } from './plan.js';

/** Why a file is left alone: its real path is outside the project. */
export function outsideReason(
  real: string,
  whatToDo = 'make the change there by hand, or replace the link with a file of the project',
): string {
  return `really is ${real} (through a symlink), outside the project, where amplify-next never writes: ${whatToDo}`;
}

/**
 * Moves out of the plan every change whose target really lies outside the project (a symlinked file or
 * folder pointing elsewhere) and every second change of one file reached through two paths: they are
 * reported as skipped, like any file left alone. Runs before a dry run and a real run alike.
 */
export function confinePlan(plan: Plan, root: string): void {
  const kept: FileChange[] = [];
  const byRealPath = new Map<string, string>();
  for (const change of plan.changes) {
    const where = projectLocation(root, path.join(root, change.path));
    if (!where.inside) {
      plan.skipped.push({ path: change.path, reason: outsideReason(where.real) });
      continue;
    }
    const real = toProjectPath(root, where.path);
    const first = byRealPath.get(real);
    if (first !== undefined) {
      plan.skipped.push({ path: change.path, reason: `is the same file as ${first} (through a symlink), which is already planned` });
      continue;
    }
    byRealPath.set(real, change.path);
    kept.push(change);
  }
  plan.changes = kept;
}
