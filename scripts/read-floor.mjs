// The floor for migrate-v5: read every source file of a tree, and parse (with the same parser) only those
// whose text mentions withSSRContext. No transform, no writes.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from '@babel/parser';

const SOURCE = /\.(jsx?|tsx?|mjs|cjs)$/;
const SKIP = new Set(['node_modules', '.next', 'out', 'dist', 'build', '.git']);
let read = 0;
let parsed = 0;

function walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP.has(entry.name)) walk(full);
    } else if (SOURCE.test(entry.name)) {
      const text = fs.readFileSync(full, 'utf8');
      read++;
      if (text.includes('withSSRContext')) {
        parse(text, { sourceType: 'module', plugins: ['typescript', 'jsx'] });
        parsed++;
      }
    }
  }
}

walk(process.argv[2]);
console.log(JSON.stringify({ read, parsed }));
