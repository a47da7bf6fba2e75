// Runs `amplify-next init --yes --skip-install` on a temporary copy of the bundled example app and shows
// what it generated: the CLI's own output, every file it created or changed, and a second run.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTwoFilesPatch } from 'diff';

const repo = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const example = path.join(repo, 'examples', 'next-app');
const bin = path.join(repo, 'bin', 'amplify-next.js');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'amplify-next-demo-'));
const app = path.join(work, 'next-app');
fs.cpSync(example, app, { recursive: true });

function heading(text) {
  process.stdout.write(`\n\x1b[1m━━ ${text}\x1b[0m\n\n`);
}

function listFiles(dir, base = dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full, base) : [path.relative(base, full)];
  });
}

heading(`amplify-next init --yes --skip-install   (in ${app})`);
execFileSync(process.execPath, [bin, 'init', '--yes', '--skip-install', '--cwd', app], { stdio: 'inherit' });

const before = new Set(listFiles(example));
for (const file of listFiles(app).sort()) {
  const after = fs.readFileSync(path.join(app, file), 'utf8');
  if (!before.has(file)) {
    heading(`created ${file}`);
    process.stdout.write(after);
  } else {
    const original = fs.readFileSync(path.join(example, file), 'utf8');
    if (original !== after) {
      heading(`changed ${file}`);
      process.stdout.write(createTwoFilesPatch(`a/${file}`, `b/${file}`, original, after).split('\n').slice(2).join('\n'));
    }
  }
}

heading('a second run plans nothing');
execFileSync(process.execPath, [bin, 'init', '--yes', '--skip-install', '--cwd', app], { stdio: 'inherit' });
fs.rmSync(work, { recursive: true, force: true });
