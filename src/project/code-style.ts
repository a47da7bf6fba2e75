import fs from 'node:fs';
import path from 'node:path';
import { parse as parseJsonc } from 'jsonc-parser';
import { countCodeStyle, type CodeStyleCounts } from '../../transforms/lib/code-style.js';
import { tryParseModule } from '../../transforms/lib/source.js';

/** How the project writes code, so that generated files look like its own. */
export interface CodeStyle {
  quote: "'" | '"';
  semicolons: boolean;
  source: 'prettier' | 'project files' | 'default';
}

const DEFAULT_STYLE: CodeStyle = { quote: "'", semicolons: true, source: 'default' };
const PRETTIER_FILES = ['.prettierrc', '.prettierrc.json', '.prettierrc.json5'];
const SAMPLE_STEMS = ['app/layout', 'src/app/layout', 'app/page', 'src/app/page', 'pages/_app', 'src/pages/_app', 'pages/index', 'src/pages/index'];

/** Prettier's settings when it is configured in JSON, else what the project's own pages and layouts do. */
export function detectProjectCodeStyle(root: string): CodeStyle {
  const prettier = readPrettier(root);
  if (prettier) {
    return {
      quote: prettier.singleQuote === true ? "'" : '"',
      semicolons: prettier.semi !== false,
      source: 'prettier',
    };
  }
  const samples = SAMPLE_STEMS.flatMap((stem) => ['tsx', 'ts', 'jsx', 'js'].map((ext) => path.join(root, `${stem}.${ext}`))).filter((file) =>
    fs.existsSync(file),
  );
  const total: CodeStyleCounts = { single: 0, double: 0, terminated: 0, unterminated: 0 };
  for (const file of samples) {
    const source = fs.readFileSync(file, 'utf8');
    // An unparsable file says nothing about style; commands that edit it report it.
    const ast = tryParseModule(source, file);
    if (!ast) continue;
    const counts = countCodeStyle(source, ast);
    for (const key of Object.keys(total) as Array<keyof CodeStyleCounts>) total[key] += counts[key];
  }
  if (total.single + total.double + total.terminated + total.unterminated === 0) return DEFAULT_STYLE;
  return {
    quote: total.double > total.single ? '"' : "'",
    semicolons: total.terminated >= total.unterminated,
    source: 'project files',
  };
}

function readPrettier(root: string): { singleQuote?: boolean; semi?: boolean } | undefined {
  for (const name of PRETTIER_FILES) {
    const file = path.join(root, name);
    if (!fs.existsSync(file)) continue;
    const value: unknown = parseJsonc(fs.readFileSync(file, 'utf8'), [], { allowTrailingComma: true });
    if (value && typeof value === 'object') return value as { singleQuote?: boolean; semi?: boolean };
  }
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { prettier?: unknown };
    if (pkg.prettier && typeof pkg.prettier === 'object') return pkg.prettier as { singleQuote?: boolean; semi?: boolean };
  } catch {
    // package.json problems are reported by detection
  }
  return undefined;
}
