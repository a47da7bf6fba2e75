// Runs npm scripts side by side (`node scripts/run-parallel.mjs typecheck format:check`): pretest's checks
// are single-threaded, so on two cores they take the time of the longest instead of the sum. Each script's
// output is printed when it ends, not interleaved; the exit code is the first failure's, else 0.
import { spawn } from 'node:child_process';

const npm = process.env.npm_execpath;
const results = await Promise.all(
  process.argv.slice(2).map(
    (script) =>
      new Promise((resolve) => {
        // npm_execpath is npm's own CLI when npm runs this; otherwise the npm on PATH.
        const [command, args] = npm ? [process.execPath, [npm, 'run', '--silent', script]] : ['npm', ['run', '--silent', script]];
        const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], shell: !npm && process.platform === 'win32' });
        let output = '';
        child.stdout.on('data', (chunk) => (output += chunk));
        child.stderr.on('data', (chunk) => (output += chunk));
        child.on('close', (code, signal) => {
          process.stdout.write(output);
          if (code !== 0) process.stderr.write(`npm run ${script} failed (${signal ?? `exit ${code}`})\n`);
          resolve(code ?? 1);
        });
      }),
  ),
);
process.exitCode = results.find((code) => code !== 0) ?? 0;
