import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * An input/output case of an edit, discovered in `transforms/__testfixtures__/<edit>/`:
 * - `<case>.input.<ext>`: the file before the edit (required);
 * - `<case>.output.<ext>`: the expected file, byte for byte → the edit returns `changed`;
 * - `<case>.manual.txt`: a phrase the reason must contain → the edit returns `manual`;
 * - neither of the two → the edit returns `unchanged`;
 * - `<case>.options.json` (optional): options merged over the test's defaults.
 * Texts are decoded from the raw bytes, so CRLF and a BOM arrive as stored.
 */
export interface AuthEditFixture {
  name: string;
  ext: string;
  input: string;
  options: Record<string, unknown>;
  expected: { kind: 'changed'; bytes: Buffer } | { kind: 'unchanged' } | { kind: 'manual'; phrase: string };
}

const INPUT_FILE = /^(?<name>.+)\.input\.(?<ext>[a-z]+)$/;

export function loadAuthEditFixtures(directory: string): AuthEditFixture[] {
  const read = (file: string): Buffer | undefined => {
    const path = join(directory, file);
    return existsSync(path) ? readFileSync(path) : undefined;
  };
  return readdirSync(directory)
    .map((file) => INPUT_FILE.exec(file)?.groups)
    .filter((groups): groups is { name: string; ext: string } => groups !== undefined)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(({ name, ext }) => {
      const output = read(`${name}.output.${ext}`);
      const manual = read(`${name}.manual.txt`);
      const expected: AuthEditFixture['expected'] = output
        ? { kind: 'changed', bytes: output }
        : manual
          ? { kind: 'manual', phrase: manual.toString('utf8').trim() }
          : { kind: 'unchanged' };
      return {
        name,
        ext,
        input: read(`${name}.input.${ext}`)!.toString('utf8'),
        options: JSON.parse(read(`${name}.options.json`)?.toString('utf8') ?? '{}') as Record<string, unknown>,
        expected,
      };
    });
}
