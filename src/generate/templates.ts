import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { stripTypes } from './strip-types.js';

const TEMPLATES_DIR = new URL('../../../templates/', import.meta.url);

export type TemplateName =
  | 'amplifyServerUtils.ts'
  | 'ConfigureAmplifyClientSide.tsx'
  | 'middleware.ts'
  | '_app.tsx'
  | 'auth-route.app.ts'
  | 'auth-route.pages.ts'
  | 'AuthButtons.tsx';

/** Placeholders are `__NAME__` tokens in the template files; every one must be given a value. */
export type TemplateValues = Record<string, string>;

export function templatesDir(): string {
  return fileURLToPath(TEMPLATES_DIR);
}

/** A template's text with its placeholders filled, as TypeScript or, for JS projects, with types stripped. */
export function renderTemplate(name: TemplateName, values: TemplateValues, options: { typescript: boolean }): string {
  let text = fs.readFileSync(new URL(name, TEMPLATES_DIR), 'utf8');
  text = text.replace(/__([A-Z][A-Z0-9_]*)__/g, (match, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`Template ${name} needs a value for ${match}.`);
    return value;
  });
  return options.typescript ? text : stripTypes(text, name);
}
