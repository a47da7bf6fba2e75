#!/usr/bin/env node
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 18 || (major === 18 && minor < 18)) {
  process.stderr.write(`amplify-next needs Node.js 18.18 or later; this is ${process.version}.\n`);
  process.exit(1);
}
import('../dist/bundle/cli.js').then(({ main }) => main(process.argv));
