import { clientConfigureSites, serverRunnerSites, type ConfigureSite, type RunnerSite } from '../amplify-sites.js';
import { configArgument, importedSpecifier } from '../config-argument.js';
import { resolveConfigFile } from '../config-file.js';
import { DOCS } from '../docs.js';
import { position } from '../position.js';
import type { Check, DoctorProject, Finding } from '../check.js';

const CODE = 'config-mismatch';

/** The browser and the server configured from different files talk to two backends: signed in on one only. */
export const configMismatch: Check = {
  codes: [CODE],
  run(project) {
    const servers = serverRunnerSites(project)
      .map((site) => ({ site, config: configFileOf(project, site, 'server') }))
      .filter((entry): entry is { site: RunnerSite; config: string } => entry.config !== undefined);
    const server = servers[0];
    if (server === undefined) return [];
    const serverAt = `${server.site.file}:${position(server.site.call).line}`;
    return clientConfigureSites(project).flatMap((site): Finding[] => {
      const config = configFileOf(project, site, 'client');
      if (config === undefined || config === server.config) return [];
      return [
        {
          code: CODE,
          severity: 'error',
          file: site.file,
          ...position(site.call),
          message: `The browser is configured from ${config}, but the server (${serverAt}) from ${server.config}: a user signed in on one is not signed in on the other.`,
          fix: `Import the same config file in both places (${server.config} or ${config}).`,
          docs: DOCS.ssr,
          fixable: false,
        },
      ];
    });
  },
};

function configFileOf(project: DoctorProject, site: ConfigureSite | RunnerSite, side: 'client' | 'server'): string | undefined {
  const specifier = importedSpecifier(site.ast, configArgument(site, side));
  if (specifier === undefined) return undefined;
  const resolved = resolveConfigFile(project, site.file, specifier);
  return resolved.kind === 'file' ? resolved.file : undefined;
}
