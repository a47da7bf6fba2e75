import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/cli.js';

/**
 * The docs the code cites travel with it: every "Table X", Table A row, rewrite shape and "pitfall N" a
 * source file names is on its page, the fixtures the mapping lists exist, and the README lists every
 * migrate-v5 review code.
 */

const MAPPING = fs.readFileSync(path.join(REPO, 'docs/v5-to-v6-mapping.md'), 'utf8');
const PITFALLS = fs.readFileSync(path.join(REPO, 'docs/pitfalls.md'), 'utf8');
const README = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
const MIGRATE_FIXTURES = path.join(REPO, 'transforms/__testfixtures__/migrate-v5');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__testfixtures__' || entry.name === 'node_modules' ? [] : sourceFiles(full);
    return /\.(ts|tsx|mjs|js|md)$/.test(entry.name) ? [full] : [];
  });
}

const SOURCES = ['src', 'transforms', 'templates', 'scripts'].flatMap((dir) => sourceFiles(path.join(REPO, dir)));

/** `[file, match]` for every match of `pattern` in the sources. */
function citations(pattern: RegExp, files = SOURCES): [string, RegExpExecArray][] {
  return files.flatMap((file) =>
    [...fs.readFileSync(file, 'utf8').matchAll(pattern)].map((m): [string, RegExpExecArray] => [path.relative(REPO, file), m]),
  );
}

/** `B/D/E` → B, D, E; `A–G` → A … G. */
function tableLetters(spec: string): string[] {
  return spec.split('/').flatMap((part) => {
    const range = /^([A-Z])[–-]([A-Z])$/.exec(part);
    if (!range) return [part];
    const letters: string[] = [];
    for (let c = range[1].charCodeAt(0); c <= range[2].charCodeAt(0); c++) letters.push(String.fromCharCode(c));
    return letters;
  });
}

/** The last cell of every row of the tables whose last column is "fixtures". */
function fixtureColumn(markdown: string): string[] {
  const cells: string[] = [];
  let inFixtureTable = false;
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      inFixtureTable = false;
      continue;
    }
    const last = line
      .replace(/\|\s*$/, '')
      .split(/(?<!\\)\|/)
      .at(-1)!
      .trim();
    if (/^-+$/.test(last)) continue;
    if (last === 'fixtures') inFixtureTable = true;
    else if (inFixtureTable) cells.push(last);
  }
  return cells;
}

describe('docs the code cites', () => {
  it('has a section in docs/v5-to-v6-mapping.md for every table a source file names', () => {
    const cited = citations(/\bTables? ([A-Z](?:[/–-][A-Z])*)\b/g);
    expect(cited.length).toBeGreaterThan(20);
    const missing = cited.flatMap(([file, m]) =>
      tableLetters(m[1])
        .filter((t) => !MAPPING.includes(`## Table ${t} —`))
        .map((t) => `${file}: Table ${t}`),
    );
    expect(missing).toEqual([]);
  });

  it('has every Table A row and rewrite shape the migrate-v5 sources name', () => {
    const files = SOURCES.filter((file) => file.includes(`${path.sep}migrate-v5${path.sep}`));
    const rows = citations(/\b(A\d{1,2})\b/g, files);
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.filter(([, m]) => !MAPPING.includes(`| ${m[1]} |`)).map(([file, m]) => `${file}: ${m[1]}`)).toEqual([]);
    const shapes = citations(/\b(R1-hoist|R1|R2)\b/g, files);
    expect(shapes.length).toBeGreaterThan(5);
    expect(
      shapes.filter(([, m]) => !MAPPING.includes(`**${m[1]} `) && !MAPPING.includes(`**${m[1]}**`)).map(([file, m]) => `${file}: ${m[1]}`),
    ).toEqual([]);
  });

  it('has every pitfall a source file names in docs/pitfalls.md', () => {
    const cited = citations(/\bpitfalls? (\d+)\b/gi);
    expect(cited.length).toBeGreaterThan(0);
    expect(
      cited.filter(([, m]) => !new RegExp(`^${m[1]}\\. \\*\\*`, 'm').test(PITFALLS)).map(([file, m]) => `${file}: pitfall ${m[1]}`),
    ).toEqual([]);
  });

  it('lists only migrate-v5 fixtures that exist', () => {
    const cases = new Set(fs.readdirSync(MIGRATE_FIXTURES).map((file) => file.replace(/\.(input|output|review|meta)\.[a-z]+$/, '')));
    const listed = fixtureColumn(MAPPING).flatMap((cell) => [...cell.matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1]));
    expect(listed.length).toBeGreaterThan(100);
    expect(listed.filter((name) => !cases.has(name))).toEqual([]);
  });
});

describe('README review codes', () => {
  it('lists every migrate-v5 review code, and no other', () => {
    const reviewFile = sourceFiles(path.join(REPO, 'transforms')).find((file) =>
      fs.readFileSync(file, 'utf8').includes('export const CODE_URLS = {'),
    );
    expect(reviewFile).toBeDefined();
    const table = /export const CODE_URLS = \{([\s\S]*?)\} as const;/.exec(fs.readFileSync(reviewFile!, 'utf8'))![1];
    const codes = [...table.matchAll(/^\s*'?([a-z-]+)'?:/gm)].map((m) => m[1]).sort();
    expect(codes.length).toBeGreaterThan(20);
    const start = README.indexOf('### Review codes');
    const end = README.slice(start + 1).search(/\n##/);
    const section = README.slice(start, end === -1 ? undefined : start + 1 + end);
    const listed = [...section.matchAll(/^\| `([a-z-]+)` \| (?:todo|info)/gm)].map((m) => m[1]).sort();
    expect(listed).toEqual(codes);
  });
});
