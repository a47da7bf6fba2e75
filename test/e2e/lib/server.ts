import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { isListening } from './port.js';
import { childEnv, killGroup, tail } from './run.js';
import { log, seconds } from './timing.js';

export interface NextServer {
  pid: number;
  port: number;
  baseUrl: string;
  output(): string;
  stop(): Promise<void>;
}

const running = new Set<NextServer>();

// Last resort: never leave a server behind, whatever ends this process.
process.once('exit', () => {
  for (const server of running) killGroup(server.pid, 'SIGKILL');
});

/**
 * `next start` in its own process group (it serves from a child `next-server` process: stopping only the
 * PID we started can leave the port taken). Resolves once it answers HTTP. `env` is added to its environment.
 */
export async function startNext(appDir: string, port: number, timeoutMs = 90_000, env: Record<string, string> = {}): Promise<NextServer> {
  const nextBin = path.join(appDir, 'node_modules', 'next', 'dist', 'bin', 'next');
  const args = [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'];
  log(`$ node ${args.join(' ')}   (in ${appDir}, detached)`);
  const started = Date.now();
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: appDir,
    env: childEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout!.setEncoding('utf8').on('data', (c: string) => (output += c));
  child.stderr!.setEncoding('utf8').on('data', (c: string) => (output += c));
  let exited: string | null = null;
  const exitPromise = new Promise<void>((resolve) => {
    child.on('exit', (code, signal) => {
      exited = `exited with ${code ?? signal}`;
      resolve();
    });
  });
  if (!child.pid) throw new Error(`could not start ${args.join(' ')}`);
  const baseUrl = `http://127.0.0.1:${port}`;
  const server: NextServer = {
    pid: child.pid,
    port,
    baseUrl,
    output: () => output,
    async stop() {
      if (!running.has(server)) return;
      running.delete(server);
      killGroup(child.pid, 'SIGTERM');
      const graceful = await Promise.race([exitPromise.then(() => true), sleep(5000).then(() => false)]);
      // The group may still hold next-server even when the leader exited: kill it all.
      killGroup(child.pid, 'SIGKILL');
      if (!graceful) await Promise.race([exitPromise, sleep(5000)]);
      for (let i = 0; i < 50 && (await isListening(port)); i++) await sleep(100);
      log(`stopped next start (process group ${child.pid}, port ${port})`);
    },
  };
  running.add(server);

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) {
      running.delete(server);
      throw new Error(`next start ${exited} before answering on ${baseUrl}\n── last lines of its output ──\n${tail(output)}`);
    }
    try {
      await fetch(`${baseUrl}/sign-in`, { redirect: 'manual', signal: AbortSignal.timeout(3000) });
      log(`next start answers on ${baseUrl} after ${seconds(Date.now() - started)} (process group ${child.pid})`);
      return server;
    } catch {
      await sleep(250);
    }
  }
  await server.stop();
  throw new Error(`next start did not answer on ${baseUrl} within ${seconds(timeoutMs)}\n── last lines of its output ──\n${tail(output)}`);
}

export async function stopAllServers(): Promise<void> {
  for (const server of [...running]) await server.stop();
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
