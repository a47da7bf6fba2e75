import path from 'node:path';
import { parse as parseJsonc } from 'jsonc-parser';
import { countCodeStyle, type CodeStyleCounts } from '../../transforms/lib/code-style.js';
import { tryParseModule } from '../../transforms/lib/source.js';
import type { PackageJson } from './package-json.js';
import { readTextToInspect, readUtf8File } from './read-file.js';

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
export function detectProjectCodeStyle(root: string, pkg: PackageJson): CodeStyle {
  const prettier = readPrettier(root, pkg);
  if (prettier) {
    return {
      quote: prettier.singleQuote === true ? "'" : '"',
      semicolons: prettier.semi !== false,
      source: 'prettier',
    };
  }
  const samples = SAMPLE_STEMS.flatMap((stem) => ['tsx', 'ts', 'jsx', 'js'].map((ext) => `${stem}.${ext}`));
  const total: CodeStyleCounts = { single: 0, double: 0, terminated: 0, unterminated: 0 };
  for (const file of samples) {
    const source = readTextToInspect(path.join(root, file), file);
    if (source === null) continue;
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

function readPrettier(root: string, pkg: PackageJson): { singleQuote?: boolean; semi?: boolean } | undefined {
  for (const name of PRETTIER_FILES) {
    const text = readUtf8File(path.join(root, name), name);
    if (text === null) continue;
    const value: unknown = parseJsonc(text, [], { allowTrailingComma: true });
    if (value && typeof value === 'object') return value as { singleQuote?: boolean; semi?: boolean };
  }
  if (pkg.prettier && typeof pkg.prettier === 'object') return pkg.prettier as { singleQuote?: boolean; semi?: boolean };
  return undefined;
}
