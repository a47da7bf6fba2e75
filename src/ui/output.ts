import { Chalk, type ChalkInstance } from 'chalk';

/** Where human text goes: stdout normally, stderr with --json (stdout then carries only the JSON summary). */
export interface Output {
  readonly color: ChalkInstance;
  readonly json: boolean;
  line(text?: string): void;
  warn(text: string): void;
  error(text: string): void;
  /** A transient progress line on a TTY; nothing otherwise. */
  progress(text: string): { done(): void };
  printJson(value: unknown): void;
}

export function createOutput(options: { json: boolean }): Output {
  const stream = options.json ? process.stderr : process.stdout;
  const useColor = Boolean(stream.isTTY) && !('NO_COLOR' in process.env) && process.env.TERM !== 'dumb';
  const color = new Chalk({ level: useColor ? 1 : 0 });
  const write = (text: string) => stream.write(`${text}\n`);
  return {
    color,
    json: options.json,
    line: (text = '') => write(text),
    warn: (text) => write(color.yellow(`! ${text}`)),
    error: (text) => process.stderr.write(`${color.red(`✖ ${text}`)}\n`),
    progress(text) {
      if (!stream.isTTY) return { done() {} };
      stream.write(`${color.dim(`… ${text}`)}`);
      return {
        done: () => stream.write('\r\x1b[2K'),
      };
    },
    printJson: (value) => process.stdout.write(`${JSON.stringify(value, null, 2)}\n`),
  };
}
