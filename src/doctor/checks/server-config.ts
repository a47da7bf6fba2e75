import type { AmplifyConfigFile } from '../../project/amplify-config.js';
import { configuredFrom } from '../../project/configured-from.js';
import type { DoctorProject } from '../check.js';

/** The config file `createServerRunner` is given (followed to its import), else the preferred one of the project. */
export function serverConfig(project: DoctorProject): AmplifyConfigFile | undefined {
  const { info } = project;
  for (const file of project.sourceFilesContaining('createServerRunner(')) {
    const used = configuredFrom(info, file, 'server');
    const config = info.amplifyConfigs.find((candidate) => candidate.path === used);
    if (config) return config;
  }
  return info.amplifyConfigs[0];
}
