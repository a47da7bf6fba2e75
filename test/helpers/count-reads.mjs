// Preloaded into the CLI (node --import) by the read-count test: logs every file the process opens for
// reading under READ_LOG_ROOT, one path per line, to READ_LOG. It wraps the fs calls themselves, so a read
// that bypasses the project's file store is counted too.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import path from 'node:path';

const log = process.env.READ_LOG;
const root = process.env.READ_LOG_ROOT && fs.realpathSync(process.env.READ_LOG_ROOT);

if (log && root) {
  const record = (file, flags) => {
    if (typeof file !== 'string' && !(file instanceof URL)) return;
    const absolute = path.resolve(file instanceof URL ? new URL(file).pathname : file);
    if (!absolute.startsWith(root + path.sep)) return;
    if (typeof flags === 'string' ? /[wa+]/.test(flags) : typeof flags === 'number' && (flags & 3) !== 0) return;
    fs.appendFileSync(log, `${path.relative(root, absolute)}\n`);
  };
  const { openSync, readFileSync } = fs;
  // readFileSync may open the file through fs.openSync: that is one read, not two.
  let insideReadFile = false;
  fs.openSync = function (file, flags, ...rest) {
    if (!insideReadFile) record(file, flags ?? 'r');
    return openSync.call(this, file, flags, ...rest);
  };
  fs.readFileSync = function (file, options, ...rest) {
    if (typeof file !== 'number') record(file, (typeof options === 'object' && options?.flag) || 'r');
    insideReadFile = true;
    try {
      return readFileSync.call(this, file, options, ...rest);
    } finally {
      insideReadFile = false;
    }
  };
  syncBuiltinESMExports();
}

// PARSE_LOG: logs the SHA-1 of every text @babel/parser parses, one per line, with the parser that asked:
// `jscodeshift` (its parser options, which turn on proposals such as do-expressions) or `project` (the file store's). The test
// matches the hashes against the project's files, so a file parsed twice shows as its hash twice.
const parseLog = process.env.PARSE_LOG;
if (parseLog) {
  const { createRequire } = await import('node:module');
  const { createHash } = await import('node:crypto');
  const babel = createRequire(import.meta.url)('@babel/parser');
  const { parse } = babel;
  babel.parse = function (code, options, ...rest) {
    const parser = options?.plugins?.includes('doExpressions') ? 'jscodeshift' : 'project';
    fs.appendFileSync(parseLog, `${createHash('sha1').update(code).digest('hex')} ${parser}\n`);
    return parse.call(this, code, options, ...rest);
  };
}
