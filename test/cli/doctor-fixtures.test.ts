import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO, runJson } from '../helpers/cli.js';
import { cleanupTrees, copyTree } from '../helpers/tree.js';

afterAll(cleanupTrees);

/**
 * Every folder of test/fixtures/doctor is a project with `expected-findings.json`: the findings
 * (code, file, line, column) `doctor --json` reports on it, in its order; `[]` for a clean project.
 */
const FIXTURES = path.join(REPO, 'test/fixtures/doctor');
const cases = fs
  .readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

interface Expected {
  code: string;
  file: string;
  line: number;
  column: number;
}

describe('doctor on test/fixtures/doctor', () => {
  it('has fixtures', () => expect(cases.length).toBeGreaterThan(0));

  it.each(cases)('%s', (name) => {
    const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, name, 'expected-findings.json'), 'utf8')) as Expected[];
    const root = copyTree(path.join(FIXTURES, name));
    fs.rmSync(path.join(root, 'expected-findings.json'));
    const { json, exitCode, stderr } = runJson(['doctor', '--cwd', root]);
    const found = (json.findings as Expected[]).map(({ code, file, line, column }) => ({ code, file, line, column }));
    expect(found, stderr).toEqual(expected);
    const errors = (json.findings as Array<{ severity: string }>).filter((finding) => finding.severity === 'error').length;
    expect(exitCode).toBe(errors > 0 ? 1 : 0);
  });
});
