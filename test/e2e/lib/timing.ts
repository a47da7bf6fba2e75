import fs from 'node:fs';
import path from 'node:path';
import { ARTIFACTS_DIR } from './paths.js';

export interface StepTiming {
  label: string;
  seconds: number;
  ok: boolean;
}

const steps: StepTiming[] = [];
const startedAt = Date.now();

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

export function log(text: string): void {
  process.stdout.write(`[e2e] ${text}\n`);
}

/** Runs one step, prints its duration (also when it fails) and records it for the summary. */
export async function step<T>(label: string, fn: () => Promise<T> | T): Promise<T> {
  const start = Date.now();
  log(`▶ ${label}`);
  try {
    const value = await fn();
    const ms = Date.now() - start;
    steps.push({ label, seconds: ms / 1000, ok: true });
    log(`✔ ${label} (${seconds(ms)})`);
    return value;
  } catch (error) {
    const ms = Date.now() - start;
    steps.push({ label, seconds: ms / 1000, ok: false });
    log(`✖ ${label} failed after ${seconds(ms)}`);
    throw error;
  }
}

/** Prints every step with its duration and the total, and writes them to the artifacts folder (one file per suite). */
export function printSummary(fileName = 'timings.json'): void {
  const total = (Date.now() - startedAt) / 1000;
  const width = Math.max(20, ...steps.map((s) => s.label.length));
  const lines = [
    '',
    '──── e2e step timings ────',
    ...steps.map((s) => `${s.ok ? '✔' : '✖'} ${s.label.padEnd(width)} ${s.seconds.toFixed(1).padStart(7)} s`),
    `  ${'total (this test file)'.padEnd(width)} ${total.toFixed(1).padStart(7)} s`,
    '',
  ];
  process.stdout.write(lines.join('\n'));
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  fs.writeFileSync(path.join(ARTIFACTS_DIR, fileName), JSON.stringify({ totalSeconds: total, steps }, null, 2) + '\n');
}
