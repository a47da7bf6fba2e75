import { parentPort } from 'node:worker_threads';
import { CliError } from '../errors.js';
import { toProjectPath } from '../project/project-path.js';
import { readSourceText } from '../project/read-file.js';
import { migrateOne } from './migrate-one.js';
import { scanSourceFiles } from './scan-files.js';
import type { WorkerReply, WorkerRequest } from './worker-messages.js';

function answer(request: WorkerRequest): WorkerReply {
  if (request.kind === 'migrate') return { kind: 'migrated', outcomes: request.jobs.map(migrateOne) };
  try {
    const read = (file: string) => readSourceText(file, toProjectPath(request.root, file), { listed: true });
    return { kind: 'scanned', result: scanSourceFiles(request.files, read) };
  } catch (error) {
    if (error instanceof CliError) return { kind: 'scanFailed', message: error.message, hint: error.hint };
    throw error;
  }
}

parentPort!.on('message', (request: WorkerRequest) => parentPort!.postMessage(answer(request)));
