import fs from 'node:fs';

/**
 * A test hook, inert unless AMPLIFY_NEXT_TEST_PAUSE_WRITE is set to "<n>:<fifo>": right before the write
 * phase's n-th rename it writes one line to the FIFO, then blocks until something writes to the FIFO. Tests use
 * it to send a signal or save a file at an exact point of the write phase.
 */
export function pauseBeforeRename(n: number): void {
  const setting = process.env.AMPLIFY_NEXT_TEST_PAUSE_WRITE;
  if (!setting) return;
  const colon = setting.indexOf(':');
  if (Number(setting.slice(0, colon)) !== n) return;
  const fifo = setting.slice(colon + 1);
  fs.writeFileSync(fifo, `paused before rename ${n}\n`);
  fs.readFileSync(fifo);
}
