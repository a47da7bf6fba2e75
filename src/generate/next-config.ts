import type { ProjectInfo } from '../project/detect.js';
import type { Plan } from '../plan/plan.js';
import { renameServerComponentsPackagesKey } from '../../transforms/edits/rename-server-packages-key.js';
import { planEdit } from './plan-edit.js';

/** The next.config names Next.js reads, in the order it looks for them. */
export const NEXT_CONFIG_EXTENSIONS = ['js', 'mjs', 'cjs', 'ts', 'mts'];

/**
 * next.config is left alone, except for the misspelled `serverComponentsPackages` key of the Amplify docs,
 * which Next.js ignores ("Unrecognized key"): it is renamed to the key the detected version reads.
 */
export function planNextConfig(plan: Plan, info: ProjectInfo): void {
  const file = info.files.firstExisting('next.config', NEXT_CONFIG_EXTENSIONS);
  if (file === undefined) return;
  const target = info.next.major >= 15 ? 'serverExternalPackages' : 'experimental.serverComponentsExternalPackages';
  planEdit(plan, info.files, file, {
    reason: `renames serverComponentsPackages (not a Next.js option) to ${target}`,
    edit: (source) => renameServerComponentsPackagesKey(source, { filePath: file, nextMajor: info.next.major }),
    manualSnippet: `// Next.js ${info.next.major} reads ${target}, not serverComponentsPackages.`,
  });
}
