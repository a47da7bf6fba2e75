import type { DoctorProject } from '../types.js';

const EXTENSIONS = ['js', 'mjs', 'cjs', 'ts', 'mts'];

/** The next.config Next.js reads (the first that exists, as `planNextConfig` picks it). */
export function nextConfigFile(project: DoctorProject): string | undefined {
  return EXTENSIONS.map((ext) => `next.config.${ext}`).find((file) => project.read(file) !== null);
}
