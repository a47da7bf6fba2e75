import { ProjectError } from '../errors.js';
import type { SourceProject } from '../project/detect.js';
import type { Output } from '../ui/output.js';
import { installEnded, installRunning, installStarting } from '../run-state.js';
import { formatCommand, installCommand, type AdapterRelease } from './dependencies.js';
import type { Registry } from './resolve-packages.js';

/** The registry could not be read (network, registry settings): no decision was made. */
export class RegistryError extends ProjectError {}

async function npmView<T>(root: string, args: string[]): Promise<T> {
  const { execa } = await import('execa');
  try {
    const { stdout } = await execa('npm', ['view', ...args, '--json'], { cwd: root, timeout: 30_000 });
    return JSON.parse(stdout) as T;
  } catch (error) {
    throw new RegistryError(
      `Could not read ${args[0]} from the npm registry (${(error as Error).message.split('\n')[0]}).`,
      'Check your network and registry settings, or run with --skip-install and install the packages yourself.',
    );
  }
}

/** The npm registry, asked through the project's own npm configuration (one request each). */
export function npmRegistry(root: string): Registry {
  return {
    async adapterReleases() {
      const parsed = await npmView<AdapterRelease | AdapterRelease[]>(root, [
        '@aws-amplify/adapter-nextjs@>=1.0.0',
        'version',
        'peerDependencies',
      ]);
      return Array.isArray(parsed) ? parsed : [parsed];
    },
    async amplifyVersions() {
      const parsed = await npmView<string | string[]>(root, ['aws-amplify', 'versions']);
      return Array.isArray(parsed) ? parsed : [parsed];
    },
  };
}

/** How long a signal waits for the package manager to exit before reporting what it has changed so far. */
const STOP_WAIT_MS = 10_000;

export async function installPackages(
  info: Pick<SourceProject, 'root' | 'packageManager'>,
  specs: string[],
  out: Output,
  rerun: string,
): Promise<string> {
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
    throw new ProjectError(`${printable} failed; no file was written.`, `Run it by hand, then run ${rerun} again.`);
  }
  installEnded();
  progress.done();
  return printable;
}
