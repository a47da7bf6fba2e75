import type { AmplifyConfigFile } from '../project/amplify-config.js';
import type { ProjectInfo } from '../project/detect.js';
import type { Router } from '../project/layout.js';
import type { RootLayouts } from '../project/root-layouts.js';
import { SUPPORTED_NEXT_RANGE } from '../project/next-version.js';
import type { Output } from './output.js';

const ROUTER_NAMES: Record<Router, string> = { app: 'App Router', pages: 'Pages Router' };
const CONFIG_KINDS: Record<AmplifyConfigFile['kind'], string> = {
  gen2: 'Gen 2',
  gen1: 'Gen 1',
  'gen1-legacy': 'Gen 1, legacy',
};

function aliasText(info: ProjectInfo): string {
  if (!info.aliases) return 'no import alias (relative imports)';
  return Object.entries(info.aliases.paths)
    .map(([pattern, targets]) => `${pattern} → ${targets.join(', ')}`)
    .join('; ');
}

function rootLayoutText({ found, examined }: RootLayouts): string {
  if (found.length > 0) return found.join(', ');
  return examined.length > 0 ? `none renders <body> (looked at ${examined.join(', ')})` : 'none yet';
}

export function printDetected(out: Output, info: ProjectInfo, config: AmplifyConfigFile, routers: Router[]): void {
  const { color } = out;
  const row = (label: string, value: string) => out.line(`  ${color.dim(label.padEnd(16))}${value}`);
  out.line(color.bold('Detected'));
  row('Next.js', `${info.next.version} (${info.next.source})`);
  row('Router', routers.map((r) => `${ROUTER_NAMES[r]} (${info.layout.routers[r]}/)`).join(' + '));
  row('Language', `${info.typescript ? 'TypeScript' : 'JavaScript'}, ${aliasText(info)}`);
  row('Package manager', `${info.packageManager.name} (${info.packageManager.source})`);
  const exists = info.files.exists(config.path);
  row('Amplify config', `${config.path} (${CONFIG_KINDS[config.kind]}${exists ? '' : ', not created yet'})`);
  const { rootLayouts } = info.setup.paths;
  if (routers.includes('app') && rootLayouts) row('Root layout', rootLayoutText(rootLayouts));
  const setup = info.setup.alreadyThere;
  row('Already there', setup.length > 0 ? setup.join(', ') : 'no Amplify SSR setup yet');
  out.line();
}

export function projectJson(info: ProjectInfo, config: AmplifyConfigFile, routers: Router[]) {
  return {
    root: info.root,
    next: { ...info.next, supportedRange: SUPPORTED_NEXT_RANGE },
    routers: Object.fromEntries(routers.map((r) => [r, info.layout.routers[r]])),
    srcDir: info.layout.srcDir,
    typescript: info.typescript,
    aliases: info.aliases?.paths ?? null,
    packageManager: info.packageManager,
    amplifyConfig: { ...config, exists: info.amplifyConfigs.some((file) => file.path === config.path) },
    rootLayouts: routers.includes('app') ? (info.setup.paths.rootLayouts?.found ?? []) : null,
  };
}
