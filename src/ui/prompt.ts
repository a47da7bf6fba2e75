import { CancelledError } from '../errors.js';

/** A yes/no question on stderr (stdout may carry JSON). Cancelling (Ctrl-C, Esc) exits 130. */
export async function confirm(message: string, initial = true): Promise<boolean> {
  const { default: prompts } = await import('prompts');
  const answer = await prompts(
    { type: 'confirm', name: 'value', message, initial, stdout: process.stderr },
    {
      onCancel: () => {
        throw new CancelledError();
      },
    },
  );
  return Boolean(answer.value);
}

export async function select<T extends string>(message: string, choices: Array<{ title: string; value: T }>, initial = 0): Promise<T> {
  const { default: prompts } = await import('prompts');
  const answer = await prompts(
    { type: 'select', name: 'value', message, choices, initial, stdout: process.stderr },
    {
      onCancel: () => {
        throw new CancelledError();
      },
    },
  );
  return answer.value as T;
}
