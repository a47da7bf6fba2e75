import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { EditResult } from '../../transforms/edits/edit-result.js';
import { parseModule } from '../../src/ast/parse.js';
import { parseEditSource, type EditSource } from '../../src/ast/edit-source.js';

/**
 * The fixtures of the transforms, under `transforms/__testfixtures__/<transform>/`, and the suite every edit
 * shares. With `UPDATE_EXPECTED=1` the expected files are written from what the code produces (review the
 * diff before committing): an edit's `<case>.output.<ext>`, migrate-v5's output and review items.
 */
export const TRANSFORM_FIXTURES = fileURLToPath(new URL('../../transforms/__testfixtures__/', import.meta.url));
const UPDATE = process.env.UPDATE_EXPECTED === '1';

function readIfExists(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** The `<case>.input.<ext>` files of a fixture folder, by case name. */
function inputCases(directory: string): { name: string; ext: string; file: string }[] {
  return readdirSync(directory)
    .map((file) => ({ file, groups: /^(?<name>.+)\.input\.(?<ext>[a-z]+)$/.exec(file)?.groups }))
    .filter((entry): entry is { file: string; groups: { name: string; ext: string } } => entry.groups !== undefined)
    .map(({ file, groups }) => ({ name: groups.name, ext: groups.ext, file }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.ext.localeCompare(b.ext));
}

// --- Edits ---------------------------------------------------------------------------------------

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
  return inputCases(directory).map(({ name, ext, file }) => {
    const input = readFileSync(join(directory, file), 'utf8');
    const output = readIfExists(join(directory, `${name}.output.${ext}`));
    const manual = readIfExists(join(directory, `${name}.manual.txt`));
    const options = JSON.parse(readIfExists(join(directory, `${name}.options.json`)) ?? '{}') as Record<string, unknown>;
    const expected: EditFixture['expected'] =
      output !== undefined
        ? { kind: 'changed', text: output }
        : manual !== undefined
          ? { kind: 'manual', phrase: manual.trim() }
          : { kind: 'unchanged' };
    return { name, ext, input, options, expected };
  });
}

/** Update mode: the output file follows a changed result, and goes when the result is not a change. */
function updateEditFixture(directory: string, fixture: EditFixture, result: EditResult): EditFixture['expected'] {
  const outputFile = join(directory, `${fixture.name}.output.${fixture.ext}`);
  if (result.kind === 'changed') {
    writeFileSync(outputFile, result.text);
    return { kind: 'changed', text: result.text };
  }
  rmSync(outputFile, { force: true });
  return fixture.expected.kind === 'changed' ? { kind: 'unchanged' } : fixture.expected;
}

type Edit<O> = (source: EditSource, options: O) => EditResult;

/**
 * The fixture tests every edit shares, over `transforms/__testfixtures__/<name>/`: each case gives the
 * expected result; a changed output parses and a re-run of the edit on it is unchanged; a manual reason is
 * one sentence; CRLF and BOM fixtures really hold those bytes; a source that does not parse throws the
 * parser's SyntaxError.
 */
export function describeEditFixtures<O extends { filePath: string }>(
  name: string,
  edit: Edit<O>,
  optionsFor: (fixture: EditFixture) => O,
  unparsable: string,
): EditFixture[] {
  const directory = join(TRANSFORM_FIXTURES, name);
  const fixtures = loadEditFixtures(directory);
  const run = (text: string, options: O) => edit(parseEditSource(text, options.filePath), options);

  describe(`${name} fixtures`, () => {
    it('has cases of every kind', () => {
      for (const kind of ['changed', 'unchanged', 'manual']) expect(fixtures.some((f) => f.expected.kind === kind)).toBe(true);
    });

    for (const fixture of fixtures) {
      const options = optionsFor(fixture);
      it(`${fixture.name}: ${fixture.expected.kind}`, () => {
        const result = run(fixture.input, options);
        const expected = UPDATE ? updateEditFixture(directory, fixture, result) : fixture.expected;
        if (expected.kind === 'changed') {
          expect(result).toEqual({ kind: 'changed', text: expected.text });
          expect(() => parseModule(expected.text, options.filePath)).not.toThrow();
          expect(run(expected.text, options)).toEqual({ kind: 'unchanged' });
        } else if (expected.kind === 'manual') {
          expect(result.kind).toBe('manual');
          if (result.kind !== 'manual') return;
          expect(result.reason).toContain(expected.phrase);
          expect(result.reason).not.toContain('\n');
          expect(result.reason.trim().split(/\.\s/)).toHaveLength(1);
        } else {
          expect(result).toEqual({ kind: 'unchanged' });
        }
      });
    }

    it('stores CRLF and BOM fixtures with their real bytes', () => {
      for (const fixture of fixtures.filter((f) => f.name.includes('crlf'))) expect(fixture.input.replace(/\r\n/g, '')).not.toContain('\n');
      for (const fixture of fixtures.filter((f) => f.name.includes('bom'))) expect(fixture.input.startsWith('\uFEFF')).toBe(true);
    });

    it('throws the parser SyntaxError on a source that does not parse', () => {
      expect(() =>
        run(unparsable, optionsFor({ name: 'unparsable', ext: 'tsx', input: unparsable, options: {}, expected: { kind: 'unchanged' } })),
      ).toThrow(SyntaxError);
    });
  });
  return fixtures;
}

// --- migrate-v5 ----------------------------------------------------------------------------------

export const MIGRATE_V5_FIXTURES = join(TRANSFORM_FIXTURES, 'migrate-v5');

export interface MigrateV5Meta {
  path?: string;
  amplifyVersion?: string;
  utilsImport?: string;
}

export interface ExpectedReviewItem {
  line: number;
  code: string;
  level: string;
  reason: string;
}

/**
 * A migrate-v5 case under `transforms/__testfixtures__/migrate-v5/`:
 *   <case>.input.<ext>    the v5 file
 *   <case>.output.<ext>   the expected file, byte for byte (equal to the input when nothing may change)
 *   <case>.review.json    the expected review items: [{ "line", "code", "level", "reason" }] — or, when the case has a
 *                         JS and a TS variant, { "<ext>": [...] } per extension (their line numbers differ)
 *   <case>.meta.json      optional: { "path": "pages/api/user", "amplifyVersion": "6.22.1", "utilsImport": "..." }
 * The path (without extension: the variant's extension is appended) decides the Next.js role (pages/api,
 * middleware, app router, ...); the default is pages/<case>.<ext>.
 */
export interface MigrateV5Case {
  name: string;
  ext: string;
  input: string;
  output: string;
  review: ExpectedReviewItem[];
  meta: MigrateV5Meta;
  /** The path the file is migrated under (its Next.js role). */
  path: string;
}

export function loadMigrateV5Cases(): MigrateV5Case[] {
  return inputCases(MIGRATE_V5_FIXTURES).map(({ name, ext, file }) => {
    const review = JSON.parse(readFileSync(join(MIGRATE_V5_FIXTURES, `${name}.review.json`), 'utf8')) as
      ExpectedReviewItem[] | Record<string, ExpectedReviewItem[]>;
    const meta = JSON.parse(readIfExists(join(MIGRATE_V5_FIXTURES, `${name}.meta.json`)) ?? '{}') as MigrateV5Meta;
    const expectedReview = Array.isArray(review) ? review : review[ext];
    if (!expectedReview) throw new Error(`${name}.review.json has no list for .${ext}`);
    return {
      name,
      ext,
      input: readFileSync(join(MIGRATE_V5_FIXTURES, file), 'utf8'),
      output: readFileSync(join(MIGRATE_V5_FIXTURES, `${name}.output.${ext}`), 'utf8'),
      review: expectedReview,
      meta,
      path: migrateV5Path(name, ext, meta),
    };
  });
}

function migrateV5Path(name: string, ext: string, meta: MigrateV5Meta): string {
  if (!meta.path) return `pages/${name}.${ext}`;
  return /\.[a-z]+$/.test(meta.path) ? meta.path : `${meta.path}.${ext}`;
}

/**
 * Update mode for a migrate-v5 case: writes its output and its review items (under its extension when the
 * review file holds one list per extension), and returns the case as now expected.
 */
export function updatedMigrateV5Case(c: MigrateV5Case, output: string, review: ExpectedReviewItem[]): MigrateV5Case {
  if (!UPDATE) return c;
  writeFileSync(join(MIGRATE_V5_FIXTURES, `${c.name}.output.${c.ext}`), output);
  const reviewFile = join(MIGRATE_V5_FIXTURES, `${c.name}.review.json`);
  const current = JSON.parse(readFileSync(reviewFile, 'utf8')) as ExpectedReviewItem[] | Record<string, ExpectedReviewItem[]>;
  const next = Array.isArray(current) ? review : { ...current, [c.ext]: review };
  writeFileSync(reviewFile, `${JSON.stringify(next, null, 2)}\n`);
  return { ...c, output, review };
}
