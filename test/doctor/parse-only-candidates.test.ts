import fs from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { checks } from '../../src/doctor/checks/index.js';
import { loadDoctorProject } from '../../src/doctor/project.js';
import { runChecks } from '../../src/doctor/run-checks.js';
import { REPO } from '../helpers/cli.js';
import { cleanupTrees, copyTree } from '../helpers/tree.js';

afterAll(cleanupTrees);

it('doctor parses only the files whose text can hold a finding', () => {
  const root = copyTree(path.join(REPO, 'test/fixtures/doctor/configure-not-rendered-clean'));
  fs.rmSync(path.join(root, 'expected-findings.json'));
  for (let i = 0; i < 40; i++) {
    fs.mkdirSync(path.join(root, 'components/list'), { recursive: true });
    fs.writeFileSync(path.join(root, `components/list/Item${i}.tsx`), `export function Item${i}() {\n  return <li>${i}</li>;\n}\n`);
  }
  const project = loadDoctorProject(root);
  const parsed: string[] = [];
  const { parse } = project;
  project.parse = (file) => (parsed.push(file), parse(file));

  expect(runChecks(project, checks)).toEqual([]);
  expect([...new Set(parsed)].sort()).toEqual([
    'app/layout.tsx',
    'components/ConfigureAmplifyClientSide.tsx',
    'components/Providers.tsx',
    'middleware.ts',
    'utils/amplifyServerUtils.ts',
  ]);
  expect(parsed.some((file) => file.startsWith('components/list/'))).toBe(false);
});
