// migrate-v5 speed: amplify-next against the stock jscodeshift CLI running the same transform over the
// same synthetic codebase, and against the floor of reading every file and parsing the matching ones.
//   npm run bench -- --files 5000 --fraction 0.02 --runs 3
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateSyntheticApp } from './synthetic-app.mjs';

const repo = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '5000' },
    fraction: { type: 'string', default: '0.02' },
    runs: { type: 'string', default: '3' },
    'skip-stock': { type: 'boolean', default: false },
  },
});
const files = Number(values.files);
const fraction = Number(values.fraction);
const runs = Number(values.runs);

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'amplify-next-bench-'));
const pristine = path.join(work, 'pristine');
generateSyntheticApp(pristine, { files, fraction });
const sizeMiB = Number(execFileSync('du', ['-sm', pristine], { encoding: 'utf8' }).split('\t')[0]);

const timeBin = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Runs `command` on a fresh copy of the codebase; returns wall seconds and peak memory (MiB) of the process. */
function measure(command, args) {
  const tree = path.join(work, 'tree');
  fs.rmSync(tree, { recursive: true, force: true });
  fs.cpSync(pristine, tree, { recursive: true });
  // The copy is flushed before the clock starts: no contender pays for the kernel writing back the last one.
  spawnSync('sync');
  const resolved = args.map((arg) => arg.replaceAll('{tree}', tree));
  const started = process.hrtime.bigint();
  const result = timeBin
    ? spawnSync(timeBin, ['-f', '__PEAK_KB__%M', command, ...resolved], { encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(command, resolved, { encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0 && result.status !== 4) {
    throw new Error(`${command} ${resolved.join(' ')} exited ${result.status}\n${result.stderr.slice(-2000)}`);
  }
  const peak = /__PEAK_KB__(\d+)/.exec(result.stderr ?? '');
  return { seconds, peakMiB: peak ? Number(peak[1]) / 1024 : NaN };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const node = process.execPath;
const transform = path.join(repo, 'dist/transforms/migrate-v5/index.js');
const parseEveryFileTransform = path.join(repo, 'scripts/parse-every-file-transform.mjs');
const jscodeshiftBin = path.join(repo, 'node_modules/jscodeshift/bin/jscodeshift.js');
const jscodeshiftFlags = [
  '--extensions=tsx,ts,jsx,js,mjs,cjs',
  '--parser=tsx',
  '--ignore-pattern=**/node_modules/**',
  '--silent',
  '{tree}',
];
const contenders = {
  'amplify-next migrate-v5': [
    node,
    [path.join(repo, 'bin/amplify-next.js'), 'migrate-v5', '--yes', '--force', '--cwd', '{tree}', '--json'],
  ],
  // The same transform as jscodeshift transforms are usually written: it parses every file first.
  'stock jscodeshift CLI': [node, [jscodeshiftBin, '-t', parseEveryFileTransform, ...jscodeshiftFlags]],
  // The stock runner with the shipped transform, which skips files by their text: the runner alone.
  'stock CLI + our prefilter': [node, [jscodeshiftBin, '-t', transform, ...jscodeshiftFlags]],
  'floor: read all + parse matching': [node, [path.join(repo, 'scripts/read-floor.mjs'), '{tree}']],
};
if (values['skip-stock']) {
  delete contenders['stock jscodeshift CLI'];
  delete contenders['stock CLI + our prefilter'];
}

const results = {};
for (let run = 0; run < runs; run++) {
  for (const [name, [command, args]] of Object.entries(contenders)) {
    (results[name] ??= []).push(measure(command, args));
  }
}
fs.rmSync(work, { recursive: true, force: true });

console.log(
  `migrate-v5 benchmark: ${files} files (${Math.round(files * fraction)} with v5, ${(fraction * 100).toFixed(1)} %), ${sizeMiB} MiB, ${os.availableParallelism?.() ?? os.cpus().length} cores, median of ${runs} runs`,
);
console.log('');
const rows = Object.entries(results).map(([name, samples]) => ({
  name,
  seconds: median(samples.map((s) => s.seconds)),
  peakMiB: median(samples.map((s) => s.peakMiB)),
}));
const ours = rows[0];
console.log(`${'contender'.padEnd(34)}${'wall s'.padStart(9)}${'peak MiB'.padStart(10)}${'vs ours'.padStart(10)}`);
for (const row of rows) {
  const ratio = row === ours ? '1.0×' : `${(row.seconds / ours.seconds).toFixed(1)}×`;
  console.log(
    `${row.name.padEnd(34)}${row.seconds.toFixed(2).padStart(9)}${(Number.isNaN(row.peakMiB) ? 'n/a' : row.peakMiB.toFixed(0)).padStart(10)}${ratio.padStart(10)}`,
  );
}
const stock = rows.find((row) => row.name === 'stock jscodeshift CLI');
const floor = rows.find((row) => row.name.startsWith('floor'));
console.log('');
if (stock) console.log(`speed-up over the stock jscodeshift runner: ${(stock.seconds / ours.seconds).toFixed(1)}×`);
console.log(`amplify-next / floor (read every file + parse the matching ones): ${(ours.seconds / floor.seconds).toFixed(2)}×`);
