import { spawn } from 'node:child_process';
import path from 'node:path';
import { log, seconds } from './timing.js';

/**
 * The environment for every child process: this process's, without what `npm run` and vitest add
 * (npm_* config such as npm_config_local_prefix pointing at the repo, NODE_ENV=test, VITEST*), without
 * git's repository variables (GIT_DIR and the like, set when the suite runs from a git hook: git in an
 * app copy must only ever see that copy's repository), without node_modules/.bin entries of the repo on
 * PATH, and with Next.js telemetry off (no network here).
 */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_|VITEST|NODE_ENV$|TEST$|INIT_CWD$|AMPLIFY_APP_ORIGIN$|NODE_OPTIONS$|PORT$|NEXT_)/i.test(key)) continue;
    if (/^GIT_(DIR|WORK_TREE|INDEX_FILE|OBJECT_DIRECTORY|ALTERNATE_OBJECT_DIRECTORIES|COMMON_DIR|NAMESPACE|PREFIX)$/.test(key)) continue;
    env[key] = value;
  }
  env.PATH = (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter((entry) => !entry.includes(`node_modules${path.sep}.bin`))
    .join(path.delimiter);
  env.NEXT_TELEMETRY_DISABLED = '1';
  env.CI = env.CI ?? '1';
  env.NO_COLOR = '1';
  env.FORCE_COLOR = '0';
  env.npm_config_audit = 'false';
  env.npm_config_fund = 'false';
  env.npm_config_update_notifier = 'false';
  return { ...env, ...extra };
}

export interface RunOptions {
  cwd: string;
  /** Kills the command's whole process group after this long. */
  timeoutMs?: number;
  env?: Record<string, string>;
  /** Return a failed result instead of throwing. */
  allowFailure?: boolean;
  /** Lines of output shown when it fails. */
  tailLines?: number;
}

export interface RunResult {
  command: string;
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr interleaved as they came. */
  all: string;
  ms: number;
  timedOut: boolean;
}

export function formatCommand(command: string, args: string[]): string {
  return [command, ...args].map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}

export function tail(text: string, lines = 40): string {
  const all = text.trimEnd().split('\n');
  const shown = all.slice(-lines);
  return (all.length > lines ? `… (${all.length - lines} earlier lines)\n` : '') + shown.join('\n');
}

export class CommandError extends Error {
  constructor(
    public readonly result: RunResult,
    tailLines: number,
    cwd: string,
  ) {
    const why = result.timedOut
      ? `timed out after ${seconds(result.ms)}`
      : `exited with ${result.code ?? result.signal} after ${seconds(result.ms)}`;
    super(`Command failed: ${result.command}\n  in ${cwd}\n  ${why}\n── last lines of its output ──\n${tail(result.all, tailLines)}`);
    this.name = 'CommandError';
  }
}

/** Runs a real process (in its own process group), prints its duration, and on failure the command and its last lines. */
export function run(command: string, args: string[], options: RunOptions): Promise<RunResult> {
  const printable = formatCommand(command, args);
  const timeoutMs = options.timeoutMs ?? 5 * 60_000;
  const started = Date.now();
  log(`$ ${printable}   (in ${options.cwd})`);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: childEnv(options.env),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let stdout = '';
    let stderr = '';
    let all = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      all += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      all += chunk;
    });
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid, 'SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`Could not start ${printable} in ${options.cwd}: ${error.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const result: RunResult = { command: printable, code, signal, stdout, stderr, all, ms: Date.now() - started, timedOut };
      log(
        `  ${code === 0 ? 'done' : `exit ${code ?? signal}`} in ${seconds(result.ms)}: ${printable.length > 100 ? printable.slice(0, 97) + '…' : printable}`,
      );
      if ((code !== 0 || timedOut) && !options.allowFailure) {
        reject(new CommandError(result, options.tailLines ?? 40, options.cwd));
      } else {
        resolve(result);
      }
    });
  });
}

export function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (!pid) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

/** Throws a CommandError-like message for a result that ran but is not what a check wanted. */
export function failWith(result: RunResult, message: string, tailLines = 40): never {
  throw new Error(`${message}\n  command: ${result.command}\n── last lines of its output ──\n${tail(result.all, tailLines)}`);
}
