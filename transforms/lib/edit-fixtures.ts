import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Input/output fixture cases of an edit, discovered from `transforms/__testfixtures__/<edit>/`:
 * - `<case>.input.<ext>`: the file before the edit (required);
 * - `<case>.output.<ext>`: the expected text, byte for byte → the edit must return `changed`;
 * - `<case>.manual.txt`: a phrase the reason must contain → the edit must return `manual`;
 * - neither of the two: the edit must return `unchanged`;
 * - `<case>.options.json` (optional): options merged over the test's defaults.
 */
export interface EditFixture {
  name: string;
  ext: string;
  input: string;
  options: Record<string, unknown>;
  expected: { kind: 'changed'; text: string } | { kind: 'unchanged' } | { kind: 'manual'; phrase: string };
}

export function loadEditFixtures(directory: string): EditFixture[] {
  const inputs = readdirSync(directory)
    .map((file) => /^(?<name>.+)\.input\.(?<ext>[a-z]+)$/.exec(file)?.groups)
    .filter((groups): groups is { name: string; ext: string } => groups !== undefined)
    .sort((a, b) => a.name.localeCompare(b.name));
  return inputs.map(({ name, ext }) => {
    const read = (file: string): string | undefined => {
      const path = join(directory, file);
      return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    };
    const input = read(`${name}.input.${ext}`) ?? '';
    const output = read(`${name}.output.${ext}`);
    const manual = read(`${name}.manual.txt`);
    const options = JSON.parse(read(`${name}.options.json`) ?? '{}') as Record<string, unknown>;
    const expected: EditFixture['expected'] =
      output !== undefined
        ? { kind: 'changed', text: output }
        : manual !== undefined
          ? { kind: 'manual', phrase: manual.trim() }
          : { kind: 'unchanged' };
    return { name, ext, input, options, expected };
  });
}
