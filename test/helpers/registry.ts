import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const FIXTURES = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../fixtures');

/** What the registry answered, recorded: `npm view '@aws-amplify/adapter-nextjs@>=1.0.0' version peerDependencies --json`. */
export const ADAPTER_RELEASES = path.join(FIXTURES, 'adapter-nextjs-releases.json');
/** `npm view aws-amplify versions --json`. */
export const AMPLIFY_VERSIONS = path.join(FIXTURES, 'aws-amplify-versions.json');

export interface StandInNpm {
  /** Folder to put first on PATH. */
  bin: string;
  /** Where an install (`npm install`, `yarn add`, …) logs its arguments, one line per run. */
  log: string;
  env: { PATH: string };
}

/**
 * A stand-in `npm`: `npm view` answers with the recorded registry data (the CLI asks nothing else of the
 * registry), `npm install` logs its arguments, changes nothing and exits with `installExit`. Tests stay
 * offline and never depend on the npm cache.
 */
export function standInNpm(installExit = 0, dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amplify-next-npm-'))): StandInNpm {
  const log = path.join(dir, 'install.log');
  const install = `echo "$@" >> '${log}'\n${installExit === 0 ? '' : 'echo "npm error code ETARGET" >&2\n'}exit ${installExit}`;
  const script = `#!/bin/sh
if [ "$1" = "view" ]; then
  case "$2" in
    @aws-amplify/adapter-nextjs*) cat '${ADAPTER_RELEASES}'; exit 0 ;;
    aws-amplify) cat '${AMPLIFY_VERSIONS}'; exit 0 ;;
    *) echo "stand-in npm: no recorded registry data for $2" >&2; exit 1 ;;
  esac
fi
${install}
`;
  // The other package managers install the same way; only npm is asked about the registry.
  for (const manager of ['npm', 'pnpm', 'yarn', 'bun']) fs.writeFileSync(path.join(dir, manager), script, { mode: 0o755 });
  return { bin: dir, log, env: { PATH: `${dir}${path.delimiter}${process.env.PATH}` } };
}

let offline: StandInNpm | undefined;

/** One stand-in for every CLI run that brings no npm of its own: registry reads recorded, installs a no-op. */
export function offlineNpm(): StandInNpm {
  if (!offline) {
    offline = standInNpm();
    const dir = offline.bin;
    // Open to the other user as-user.ts runs the CLI as.
    fs.chmodSync(dir, 0o755);
    process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  }
  return offline;
}
