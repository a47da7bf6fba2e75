// doctor speed: a whole app set up by init, on the fixture apps and on a generated app of N files: the
// wall time of the process, and the time of reading the project and running the checks in process.
//   npm run build && node scripts/bench-doctor.mjs --files 5000 --runs 5
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateSyntheticApp } from './synthetic-app.mjs';

const dist = (file) => import(new URL(`../dist/src/doctor/${file}`, import.meta.url).href);
const { loadDoctorProject } = await dist('project.js');
const { runChecks } = await dist('run-checks.js');
const { checks } = await dist('checks/index.js');

const repo = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const bin = path.join(repo, 'bin/amplify-next.js');
const { values } = parseArgs({ options: { files: { type: 'string', default: '5000' }, runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'amplify-next-bench-doctor-'));

function cli(args) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, CI: 'true', NO_COLOR: '1' } });
  return result;
}

/** Median wall seconds of `doctor --json` on `root`, and how many findings it reported. */
function measure(root) {
  const samples = [];
  let findings = 0;
  for (let run = 0; run < runs; run++) {
    const started = process.hrtime.bigint();
    const result = cli(['doctor', '--json', '--cwd', root]);
    samples.push(Number(process.hrtime.bigint() - started) / 1e9);
    const summary = JSON.parse(result.stdout);
    if (!summary.findings) throw new Error(`doctor failed on ${root}: ${result.stdout}`);
    findings = summary.findings.length;
  }
  const inProcess = [];
  for (let run = 0; run < runs; run++) {
    const started = process.hrtime.bigint();
    runChecks(loadDoctorProject(root), checks);
    inProcess.push(Number(process.hrtime.bigint() - started) / 1e9);
  }
  return { seconds: median(samples), checks: median(inProcess), findings };
}

function median(samples) {
  return [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];
}

function setUp(root) {
  cli(['init', '--yes', '--skip-install', '--cwd', root]);
  return root;
}

const rows = [];
const startup = [];
for (let run = 0; run < runs; run++) {
  const started = process.hrtime.bigint();
  cli(['--version']);
  startup.push(Number(process.hrtime.bigint() - started) / 1e9);
}
rows.push({ app: 'amplify-next --version (start-up floor)', files: 0, seconds: median(startup), checks: 0, findings: 0 });

for (const dir of ['test/fixtures/apps', 'test/e2e/apps']) {
  for (const name of fs.readdirSync(path.join(repo, dir)).sort()) {
    const root = path.join(work, dir.replaceAll('/', '-'), name);
    fs.cpSync(path.join(repo, dir, name), root, { recursive: true });
    setUp(root);
    const files = countSources(root);
    rows.push({ app: `${dir.replace('test/', '')}/${name}`, files, ...measure(root) });
  }
}

const synthetic = path.join(work, 'synthetic');
generateSyntheticApp(synthetic, { files: Number(values.files), fraction: 0 });
fs.writeFileSync(
  path.join(synthetic, 'amplify_outputs.json'),
  JSON.stringify({ version: '1.3', auth: { aws_region: 'us-east-1', user_pool_id: 'us-east-1_x', user_pool_client_id: 'x' } }),
);
setUp(synthetic);
rows.push({ app: `generated (${values.files} files)`, files: countSources(synthetic), ...measure(synthetic) });
fs.rmSync(work, { recursive: true, force: true });

function countSources(root) {
  let count = 0;
  const visit = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!['node_modules', '.next', '.git'].includes(entry.name)) visit(path.join(dir, entry.name));
      } else if (/\.(m|c)?[jt]sx?$/.test(entry.name)) count++;
    }
  };
  visit(root);
  return count;
}

console.log(
  `doctor benchmark: median of ${runs} runs, ${os.availableParallelism?.() ?? os.cpus().length} cores, wall time of the whole process`,
);
console.log('');
console.log('| app | source files | findings | doctor process (s) | read + checks in process (ms) |');
console.log('|---|---:|---:|---:|---:|');
for (const row of rows)
  console.log(`| ${row.app} | ${row.files} | ${row.findings} | ${row.seconds.toFixed(2)} | ${(row.checks * 1000).toFixed(0)} |`);
