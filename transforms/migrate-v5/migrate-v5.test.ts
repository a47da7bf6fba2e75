import { describe, expect, it } from 'vitest';
import transformer, { mayNeedMigration, migrateSource, type MigrateOptions } from './index.js';
import { parseLikeJscodeshift } from '../../src/ast/parse.js';
import jscodeshift, { type API } from 'jscodeshift';
import { loadMigrateV5Cases, updatedMigrateV5Case, type MigrateV5Meta } from '../../test/helpers/transform-fixtures.js';

const cases = loadMigrateV5Cases();

function optionsFor(meta: MigrateV5Meta): MigrateOptions {
  return { utilsImport: meta.utilsImport ?? '@/utils/amplifyServerUtils', amplifyVersion: meta.amplifyVersion };
}

function todoLines(text: string): number {
  return (text.match(/TODO\(amplify-next\):/g) ?? []).length;
}

describe('migrate-v5 fixtures', () => {
  it('has fixtures', () => {
    expect(cases.length).toBeGreaterThan(100);
  });

  for (const fixture of cases) {
    describe(`${fixture.name}.${fixture.ext}`, () => {
      const path = fixture.path;
      const result = migrateSource(fixture.input, path, optionsFor(fixture.meta));
      const c = updatedMigrateV5Case(
        fixture,
        result.output,
        result.review.map((r) => ({ line: r.line, code: r.code, level: r.level, reason: r.reason })),
      );

      it('produces the expected output', () => {
        expect(result.output).toBe(c.output);
        expect(result.changed).toBe(c.output !== c.input);
        if (!result.changed) expect(result.output).toBe(c.input);
      });

      it('reports the expected review items', () => {
        const actual = result.review.map((r) => ({ line: r.line, code: r.code, level: r.level, reason: r.reason }));
        expect(actual).toEqual(c.review);
        for (const r of result.review) {
          expect(r.column).toBeGreaterThan(0);
          expect(r.reason.length).toBeGreaterThan(10);
          expect(r.url).toMatch(/^https:\/\/docs\.amplify\.aws\//);
          if (r.level === 'todo') expect(c.output).toContain(`TODO(amplify-next): ${r.code}: `);
        }
      });

      it('is idempotent', () => {
        const again = migrateSource(result.output, path, optionsFor(c.meta));
        expect(again.changed).toBe(false);
        expect(again.output).toBe(result.output);
        expect(todoLines(again.output)).toBe(todoLines(result.output));
      });

      it('lists the same review codes again on a re-run of its output', () => {
        const again = migrateSource(result.output, path, optionsFor(c.meta));
        const codes = (items: typeof result.review) => [...new Set(items.map((r) => `${r.level} ${r.code}`))].sort();
        expect(codes(again.review)).toEqual(codes(result.review));
      });

      it('produces code that parses', () => {
        expect(() => parseLikeJscodeshift(result.output, path)).not.toThrow();
      });

      if (c.output !== c.input) {
        it('is found by the fast text check', () => {
          expect(mayNeedMigration(c.input)).toBe(true);
        });
      }
    });
  }
});

describe('every fixture input under every Next.js role', () => {
  // The same code as a page, an API route, an App Router page/route, middleware and a helper module:
  // the transform never throws, its output parses, and a second run changes nothing.
  const roles = ['pages/role', 'pages/api/role', 'app/role/page', 'app/role/route', 'middleware', 'lib/role'];
  it('never throws, output parses, re-runs are no-ops', () => {
    let runs = 0;
    for (const c of cases) {
      for (const role of roles) {
        const path = `${role}.${c.ext}`;
        const options = optionsFor(c.meta);
        const first = migrateSource(c.input, path, options);
        expect(() => parseLikeJscodeshift(first.output, path), `${c.name}.${c.ext} as ${path}`).not.toThrow();
        const second = migrateSource(first.output, path, options);
        expect(second.output, `${c.name}.${c.ext} as ${path}`).toBe(first.output);
        runs++;
      }
    }
    expect(runs).toBe(cases.length * roles.length);
  }, 120_000);
});

describe('TODO marker format', () => {
  it('is one line: // TODO(amplify-next): <code>: <reason>. See <url>', () => {
    for (const c of cases) {
      for (const line of c.output.split(/\r?\n/)) {
        if (!line.includes('TODO(amplify-next)')) continue;
        expect(line).toMatch(/^\s*\/\/ TODO\(amplify-next\): [a-z-]+: [^\n]+\. See https:\/\/docs\.amplify\.aws\/\S+$/);
      }
    }
  });
});

describe('mayNeedMigration', () => {
  it('rejects files without any migration site', () => {
    expect(mayNeedMigration("import { Amplify } from 'aws-amplify';\nexport const x = 1;\n")).toBe(false);
    expect(mayNeedMigration('export default function Page() { return null }\n')).toBe(false);
  });
  it('accepts the v5 forms', () => {
    expect(mayNeedMigration("import { withSSRContext } from 'aws-amplify'")).toBe(true);
    expect(mayNeedMigration("import { serializeModel } from '@aws-amplify/datastore/ssr'")).toBe(true);
    expect(mayNeedMigration("import Amplify from 'aws-amplify'")).toBe(true);
    expect(mayNeedMigration("import { Amplify } from 'aws-amplify'\nAmplify.configure({ ...config, ssr: true })")).toBe(true);
  });
});

describe('jscodeshift default export', () => {
  // What the jscodeshift runner hands a transform with --parser=tsx.
  const j = jscodeshift.withParser('tsx');
  const api: API = { j, jscodeshift: j, stats: () => {}, report: () => {} };

  it('runs the same transform with the default utils import', () => {
    const c = cases.find((x) => x.name === 'context-gssp-destructured-req-gets-res' && x.ext === 'js');
    expect(c).toBeDefined();
    const out = transformer({ path: c!.path, source: c!.input }, api, {});
    expect(out).toBe(c!.output);
  });
  it('returns the source unchanged when nothing changes', () => {
    const source = 'export const x = 1;\n';
    expect(transformer({ path: 'pages/x.js', source }, api, {})).toBe(source);
  });
});
