import { NEXT_CONFIG_EXTENSIONS } from '../../generate/next-config.js';
import type { DoctorProject } from '../check.js';

/** The next.config Next.js reads (the first that exists, as `planNextConfig` picks it). */
export function nextConfigFile(project: DoctorProject): string | undefined {
  return project.info.files.firstExisting('next.config', NEXT_CONFIG_EXTENSIONS);
}
