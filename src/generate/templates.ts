import fs from 'node:fs';
import type { CodeStyle } from '../project/code-style.js';
import { applyCodeStyle } from './apply-code-style.js';
import { formatGenerated } from './format-generated.js';
import { stripTypes } from './strip-types.js';
import { stringLiteralContent } from '../ast/string-literal.js';

/** `templates/` of the package: two folders up from `src/generate` in the sources and from `dist/bundle`, three from `dist/src/generate`. */
const TEMPLATES_DIR = ['../../templates/', '../../../templates/']
  .map((relative) => new URL(relative, import.meta.url))
  .find((url) => fs.existsSync(new URL('middleware.ts', url)))!;

export type TemplateName =
  | 'amplifyServerUtils.ts'
  | 'amplifyServerUtils.isolated.ts'
  | 'ConfigureAmplifyClientSide.tsx'
  | 'middleware.ts'
  | 'proxy.ts'
  | '_app.tsx'
  | 'auth-route.app.ts'
  | 'auth-route.pages.ts'
  | 'auth-route.app.isolated.ts'
  | 'auth-route.pages.isolated.ts'
  | 'AuthButtons.tsx'
  | 'data-example.app.tsx'
  | 'data-example.pages.tsx'
  | 'data-example-graphql.app.tsx'
  | 'data-example-graphql.pages.tsx';

/**
 * Placeholders are `__NAME__` tokens in the template files, each inside a single-quoted string literal;
 * every one must be given a value, which is escaped as that literal's content. A placeholder written as an
 * identifier (a model or query name) must be given an identifier, which the escaping leaves as it is.
 */
export type TemplateValues = Record<string, string>;

export function renderOptions(info: { typescript: boolean; codeStyle: CodeStyle }): RenderOptions {
  return { typescript: info.typescript, style: info.codeStyle };
}

export interface RenderOptions {
  typescript: boolean;
  style: CodeStyle;
}

/** A template's text with its placeholders filled, in the project's language (types stripped for JS) and style. */
export function renderTemplate(name: TemplateName, values: TemplateValues, options: RenderOptions): string {
  let text = fs.readFileSync(new URL(name, TEMPLATES_DIR), 'utf8');
  text = text.replace(/__([A-Z][A-Z0-9_]*)__/g, (match, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`Template ${name} needs a value for ${match}.`);
    return stringLiteralContent(value, "'");
  });
  return formatGenerated(applyCodeStyle(options.typescript ? text : stripTypes(text, name), options.style), options.style);
}
