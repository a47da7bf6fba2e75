import { readProjectFile } from '../plan/plan-file.js';
import type { Plan } from '../plan/types.js';

const ENV_LINE = /^(\s*(?:export\s+)?)([A-Za-z_][A-Za-z0-9_]*)(\s*=\s*)(.*?)(\s*)$/;

function unquote(value: string): string {
  const quoted = /^(['"`])(.*)\1$/.exec(value);
  return quoted ? quoted[2]! : value.replace(/\s+#.*$/, '');
}

export type EnvOutcome = 'added' | 'same' | 'replaced' | 'kept';

/**
 * Sets `key=value` in a dotenv file: appended when missing (every other line stays as it is); an existing
 * different value is kept and reported, or replaced with `force`.
 */
export function planEnvVariable(
  plan: Plan,
  root: string,
  file: string,
  key: string,
  value: string,
  options: { force: boolean },
): EnvOutcome {
  const before = readProjectFile(root, file);
  const text = before ?? '';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  const index = lines.findIndex((line) => ENV_LINE.exec(line)?.[2] === key);
  if (index === -1) {
    const separator = text === '' || text.endsWith('\n') ? '' : eol;
    plan.changes.push({
      path: file,
      kind: before === null ? 'create' : 'update',
      before,
      after: `${text}${separator}${key}=${value}${eol}`,
      reason: `sets ${key}=${value}`,
    });
    return 'added';
  }
  const match = ENV_LINE.exec(lines[index]!)!;
  const current = unquote(match[4]!);
  if (current === value) return 'same';
  if (!options.force) {
    plan.skipped.push({ path: file, reason: `${key} is ${current}, not ${value}; kept (--force replaces it)` });
    return 'kept';
  }
  lines[index] = `${match[1]}${key}${match[3]}${value}${match[5]}`;
  plan.changes.push({ path: file, kind: 'update', before, after: lines.join(eol), reason: `sets ${key}=${value} (was ${current}; --force)` });
  return 'replaced';
}
