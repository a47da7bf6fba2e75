import { parse as parseJsonc } from 'jsonc-parser';
import { countCodeStyle, type CodeStyleCounts } from '../ast/code-style.js';
import type { FileStore } from './file-store.js';
import type { PackageJson } from './package-json.js';

/** How the project writes code, so that generated files look like its own. */
export interface CodeStyle {
  quote: "'" | '"';
  semicolons: boolean;
  source: 'prettier' | 'biome' | 'project files' | 'default';
  /** One indentation level, when a formatter sets it (our templates indent by two spaces). */
  indent?: string;
  /** The formatter's print width (80 when unset). */
  printWidth?: number;
  /** Whether a list broken over lines ends with a comma. */
  trailingCommas?: boolean;
  /** The formatter sorts imports (Biome's organizeImports). */
  sortsImports?: boolean;
}

const DEFAULT_STYLE: CodeStyle = { quote: "'", semicolons: true, source: 'default' };
const PRETTIER_FILES = ['.prettierrc', '.prettierrc.json', '.prettierrc.json5'];
const SAMPLE_STEMS = [
  'app/layout',
  'src/app/layout',
  'app/page',
  'src/app/page',
  'pages/_app',
  'src/pages/_app',
  'pages/index',
  'src/pages/index',
];

/** Prettier's settings when it is configured in JSON, else what the project's own pages and layouts do. */
export function detectProjectCodeStyle(files: FileStore, pkg: PackageJson): CodeStyle {
  const prettier = readPrettier(files, pkg);
  if (prettier) {
    const width = typeof prettier.tabWidth === 'number' ? prettier.tabWidth : 2;
    return {
      quote: prettier.singleQuote === true ? "'" : '"',
      semicolons: prettier.semi !== false,
      source: 'prettier',
      indent: prettier.useTabs === true ? '\t' : ' '.repeat(width),
      printWidth: typeof prettier.printWidth === 'number' ? prettier.printWidth : 80,
      trailingCommas: prettier.trailingComma !== 'none',
    };
  }
  const biome = readBiome(files);
  if (biome) return biome;
  const samples = SAMPLE_STEMS.flatMap((stem) => ['tsx', 'ts', 'jsx', 'js'].map((ext) => `${stem}.${ext}`));
  const total: CodeStyleCounts = { single: 0, double: 0, terminated: 0, unterminated: 0 };
  for (const file of samples) {
    const source = files.text(file);
    if (source === null) continue;
    // An unparsable file says nothing about style; commands that edit it report it.
    const ast = files.parse(file);
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

interface PrettierOptions {
  singleQuote?: unknown;
  semi?: unknown;
  tabWidth?: unknown;
  useTabs?: unknown;
  printWidth?: unknown;
  trailingComma?: unknown;
}

function readPrettier(files: FileStore, pkg: PackageJson): PrettierOptions | undefined {
  for (const name of PRETTIER_FILES) {
    const text = files.editableText(name);
    if (text === null) continue;
    const value: unknown = parseJsonc(text, [], { allowTrailingComma: true });
    if (value && typeof value === 'object') return value as PrettierOptions;
  }
  if (pkg.prettier && typeof pkg.prettier === 'object') return pkg.prettier as PrettierOptions;
  return undefined;
}

type Json = Record<string, unknown>;
const objectAt = (value: unknown, key: string): Json => {
  const inner = value && typeof value === 'object' ? (value as Json)[key] : undefined;
  return inner && typeof inner === 'object' && !Array.isArray(inner) ? (inner as Json) : {};
};

/** Biome's formatter settings (its defaults: tabs, width 80, double quotes, semicolons, trailing commas). */
function readBiome(files: FileStore): CodeStyle | undefined {
  for (const name of ['biome.json', 'biome.jsonc']) {
    const text = files.editableText(name);
    if (text === null) continue;
    const config: unknown = parseJsonc(text, [], { allowTrailingComma: true });
    const general = objectAt(config, 'formatter');
    const js = { ...general, ...objectAt(objectAt(config, 'javascript'), 'formatter') };
    const width = typeof js.indentWidth === 'number' ? js.indentWidth : 2;
    const organize = objectAt(objectAt(objectAt(config, 'assist'), 'actions'), 'source').organizeImports;
    return {
      quote: js.quoteStyle === 'single' ? "'" : '"',
      semicolons: js.semicolons !== 'asNeeded',
      source: 'biome',
      indent: js.indentStyle === 'space' ? ' '.repeat(width) : '\t',
      printWidth: typeof js.lineWidth === 'number' ? js.lineWidth : 80,
      trailingCommas: js.trailingCommas !== 'none',
      sortsImports: objectAt(config, 'assist').enabled !== false && organize !== 'off',
    };
  }
  return undefined;
}
