import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checks } from '../../src/doctor/checks/index.js';
import { loadDoctorProject } from '../../src/doctor/project.js';
import { runChecks } from '../../src/doctor/run-checks.js';
import { REPO } from '../helpers/cli.js';
import { cleanupTrees, copyTree } from '../helpers/tree.js';

afterAll(cleanupTrees);

/**
 * Every folder of test/fixtures/doctor is a project with `expected-findings.json`: the findings
 * (code, file, line, column) `doctor --json` reports on it, in its order; `[]` for a clean project. The checks
 * run in-process here, as the command runs them (doctor.test.ts runs the built CLI for its output, exit codes
 * and --fix).
 */
const FIXTURES = path.join(REPO, 'test/fixtures/doctor');
const cases = fs
  .readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const CODES = new Set(checks.flatMap((check) => check.codes));

interface Expected {
  code: string;
  file: string;
  line: number;
  column: number;
}

describe("doctor's checks on test/fixtures/doctor", () => {
  it('has fixtures', () => expect(cases.length).toBeGreaterThan(0));

  it.each(cases)('%s', (name) => {
    const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, name, 'expected-findings.json'), 'utf8')) as Expected[];
    const root = copyTree(path.join(FIXTURES, name));
    fs.rmSync(path.join(root, 'expected-findings.json'));
    const findings = runChecks(loadDoctorProject(root), checks);
    expect(findings.map(({ code, file, line, column }) => ({ code, file, line, column }))).toEqual(expected);
    // A fixture named exactly for a code holds that problem (the others are variants and near misses).
    if (CODES.has(name)) expect(findings.map((f) => f.code)).toContain(name);
    for (const finding of findings) {
      expect(finding.message).toMatch(/^\S.*[.)]$/);
      expect(finding.fix.length).toBeGreaterThan(0);
      expect(finding.docs).toMatch(/^https:\/\/(docs\.amplify\.aws|nextjs\.org|github\.com\/vercel\/next\.js\/security)\//);
    }
  });
});
