import type { Node } from '@babel/types';
import { v5OnlyKeys } from '../../project/v5-config-shape.js';
import { allConfigureSites, importOf, serverRunnerSites, type ConfigureSite, type RunnerSite } from '../amplify-sites.js';
import { configArgument, defaultExportObject, localObject, objectShape } from '../config-argument.js';
import { resolveConfigFile } from '../config-file.js';
import { DOCS } from '../docs.js';
import { position } from '../position.js';
import type { Check, DoctorProject, Finding } from '../check.js';

const MISSING = 'config-file-missing';
const V5_SHAPE = 'config-v5-shape';

/** The config handed to Amplify must exist and be shaped for v6, or nothing is configured. */
export const configFile: Check = {
  codes: [MISSING, V5_SHAPE],
  run(project) {
    const sites: Array<[ConfigureSite | RunnerSite, 'client' | 'server']> = [
      ...allConfigureSites(project).map((site) => [site, 'client'] as [ConfigureSite, 'client']),
      ...serverRunnerSites(project).map((site) => [site, 'server'] as [RunnerSite, 'server']),
    ];
    const findings: Finding[] = [];
    const reported = new Set<string>();
    for (const [site, side] of sites) {
      const argument = configArgument(site, side);
      if (argument === undefined) continue;
      const finding = judge(project, site, argument);
      const key = finding && `${finding.code} ${finding.file}:${finding.line}:${finding.column}`;
      if (finding && !reported.has(key!)) {
        reported.add(key!);
        findings.push(finding);
      }
    }
    return findings;
  },
};

function judge(project: DoctorProject, site: ConfigureSite | RunnerSite, argument: Node): Finding | undefined {
  if (argument.type === 'ObjectExpression') return shapeFinding(site.file, argument, objectShape(argument), 'This config object');
  if (argument.type !== 'Identifier') return undefined;
  const declaration = importOf(site.ast, argument.name);
  if (declaration === undefined) {
    const local = localObject(site.ast, argument.name);
    return local ? shapeFinding(site.file, argument, objectShape(local), argument.name) : undefined;
  }
  const specifier = declaration.source.value;
  const resolved = resolveConfigFile(project, site.file, specifier);
  if (resolved.kind === 'missing') {
    return {
      code: MISSING,
      severity: 'error',
      file: site.file,
      ...position(declaration.source),
      message: `The Amplify config '${specifier}' does not exist: the build fails, or Amplify runs unconfigured.`,
      fix: 'Generate it (npx ampx sandbox or npx ampx generate outputs for Gen 2, amplify pull for Gen 1), or import the config file the project has.',
      docs: DOCS.ssr,
      fixable: false,
    };
  }
  if (resolved.kind !== 'file') return undefined;
  const shape = configShape(project, resolved.file);
  return shape === undefined ? undefined : shapeFinding(site.file, argument, shape, resolved.file);
}

function configShape(project: DoctorProject, file: string): unknown {
  if (file.endsWith('.json')) {
    const text = project.read(file);
    try {
      return text === null ? undefined : (JSON.parse(text) as unknown);
    } catch {
      return undefined;
    }
  }
  const ast = project.parse(file);
  const object = ast ? defaultExportObject(ast) : undefined;
  return object ? objectShape(object) : undefined;
}

function shapeFinding(file: string, at: Node, shape: unknown, what: string): Finding | undefined {
  const keys = v5OnlyKeys(shape);
  if (keys.length === 0) return undefined;
  return {
    code: V5_SHAPE,
    severity: 'error',
    file,
    ...position(at),
    message: `${what} is shaped for Amplify v5 (${keys.join(', ')}): v6 does not read it, so the app runs with no user pool and every server call sees no user.`,
    fix: 'Give it the v6 shape ({ Auth: { Cognito: { userPoolId, userPoolClientId } } }), or import the amplifyconfiguration.json / amplify_outputs.json the Amplify CLI writes.',
    docs: DOCS.v6Config,
    fixable: false,
  };
}
