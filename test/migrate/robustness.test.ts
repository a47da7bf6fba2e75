import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script shared with the benchmark
import { generateSyntheticApp } from '../../scripts/synthetic-app.mjs';
import { migrateSource, mayNeedMigration } from '../../transforms/migrate-v5/index.js';
import { parseModule } from '../../src/ast/parse.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amplify-next-robust-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('migrate-v5 over the benchmark generator', () => {
  const written = generateSyntheticApp(dir, { files: 400, fraction: 0.1, seed: 7 }) as Array<{ file: string; v5: boolean }>;

  it('never crashes, every output parses, files without v5 come back byte for byte', () => {
    let changed = 0;
    for (const { file, v5 } of written) {
      const source = fs.readFileSync(path.join(dir, file), 'utf8');
      const result = migrateSource(source, file, { utilsImport: '@/utils/amplifyServerUtils' });
      expect(() => parseModule(result.output, file)).not.toThrow();
      if (!v5) {
        expect(result.changed).toBe(false);
        expect(result.output).toBe(source);
      } else {
        expect(mayNeedMigration(source)).toBe(true);
        if (result.changed) changed++;
        expect(result.changed || result.review.some((item) => item.level === 'todo')).toBe(true);
      }
    }
    expect(changed).toBeGreaterThan(0);
  });
});
