import { ProjectError } from '../errors.js';
import type { ProjectInfo } from '../project/detect.js';
import { declaredSpec } from '../project/package-json.js';
import type { Output } from '../ui/output.js';
import { installEnded, installRunning, installStarting } from '../run-state.js';
import { chooseAdapterSpec, formatCommand, installCommand, type AdapterRelease } from './dependencies.js';

/** Asks the registry for every adapter release and its peer dependencies (one request). */
async function fetchAdapterReleases(root: string): Promise<AdapterRelease[]> {
  const { execa } = await import('execa');
  const { stdout } = await execa('npm', ['view', '@aws-amplify/adapter-nextjs@>=1.0.0', 'version', 'peerDependencies', '--json'], {
    cwd: root,
    timeout: 30_000,
  });
  const parsed = JSON.parse(stdout) as AdapterRelease | AdapterRelease[];
  return Array.isArray(parsed) ? parsed : [parsed];
}

/** The specs to install: aws-amplify as is, the adapter at a version whose peers accept this project. */
export async function resolveInstallSpecs(info: ProjectInfo, missing: string[]): Promise<string[]> {
  if (!missing.includes('@aws-amplify/adapter-nextjs')) return missing;
  let releases: AdapterRelease[];
  try {
    releases = await fetchAdapterReleases(info.root);
  } catch (error) {
    throw new ProjectError(
      `Could not read @aws-amplify/adapter-nextjs releases from the npm registry (${(error as Error).message.split('\n')[0]}).`,
      'Check your network and registry settings, or run with --skip-install and install the packages yourself.',
    );
  }
  const amplifySpec = declaredSpec(info.packageJson, 'aws-amplify');
  const adapter = chooseAdapterSpec(releases, info.next.version, amplifySpec);
  if (!adapter) {
    throw new ProjectError(
      `No @aws-amplify/adapter-nextjs release accepts Next.js ${info.next.version}${amplifySpec ? ` with aws-amplify ${amplifySpec}` : ''}.`,
      'Upgrade aws-amplify (npm install aws-amplify@latest), then run again.',
    );
  }
  return missing.map((name) => (name === '@aws-amplify/adapter-nextjs' ? adapter : name));
}

/** How long a signal waits for the package manager to exit before reporting what it has changed so far. */
const STOP_WAIT_MS = 10_000;

export async function installPackages(info: ProjectInfo, specs: string[], out: Output): Promise<string> {
  const command = installCommand(info.packageManager.name, specs);
  const printable = formatCommand(command);
  const { execa } = await import('execa');
  const progress = out.progress(`Installing ${specs.join(', ')} with ${info.packageManager.name}`);
  installStarting(info.root, printable);
  try {
    const child = execa(command.command, command.args, { cwd: info.root, all: true });
    // A signal stops the package manager too, and waits for it, so that the message can say what it changed.
    installRunning(async (signal) => {
      child.kill(signal);
      const gaveUp = new Promise((resolve) => setTimeout(resolve, STOP_WAIT_MS).unref());
      await Promise.race([child.catch(() => {}), gaveUp]);
    });
    await child;
  } catch (error) {
    installEnded();
    progress.done();
    const output = (error as { all?: string }).all ?? '';
    const tail = output.trim().split('\n').slice(-8).join('\n');
    if (tail) out.line(tail);
    throw new ProjectError(`${printable} failed; no file was written.`, `Run it by hand, then run amplify-next init again.`);
  }
  installEnded();
  progress.done();
  return printable;
}
