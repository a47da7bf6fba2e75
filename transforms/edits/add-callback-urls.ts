import type { ArrayExpression, ObjectExpression } from '@babel/types';
import { callsOf } from '../../src/ast/walk.js';
import { endOf, hasCommentWithin, indentationAt, lineStart, startOf } from '../../src/ast/text-positions.js';
import { importedLocalName } from '../../src/ast/import-statements.js';
import { lookupProperty, objectLiteralValue, staticValue } from '../../src/ast/object-properties.js';
import { appendToList, insertBeforeItem, type ListLayout, type ListSite, removeItem, renderLiteral } from '../../src/ast/lists.js';
import { applySplices, type Splice } from '../../src/ast/splices.js';
import { parseModule } from '../../src/ast/parse.js';
import { detectCodeStyle, type SourceStyle } from '../../src/ast/code-style.js';
import { isManual, manual, type EditResult, type ManualResult } from './edit-result.js';
import type { EditSource } from '../../src/ast/edit-source.js';

export interface AddCallbackUrlsOptions {
  filePath: string;
  callbackUrls: string[];
  logoutUrls: string[];
  /** The project's formatter settings, when one is configured: a URL list it would break is broken. */
  format?: { printWidth: number; trailingCommas: boolean };
}

const BACKEND_MODULE = '@aws-amplify/backend';
const URL_KEYS = ['callbackUrls', 'logoutUrls'] as const;
type UrlKey = (typeof URL_KEYS)[number];

type Manual = ManualResult;

interface Edit {
  source: string;
  ast: ReturnType<typeof parseModule>;
  style: SourceStyle;
}

/**
 * Registers the sign-in and sign-out redirect URLs in `loginWith.externalProviders` of the `defineAuth({...})`
 * call in an Amplify Gen 2 backend's `amplify/auth/resource.ts`, adding `externalProviders` when loginWith has
 * none (defineAuth then creates the Cognito domain itself: it sets `domainPrefix` whenever externalProviders
 * is present).
 *
 * Each URL is placed where the Next.js adapter picks it: the adapter sends the first URL of the list that
 * starts with `AMPLIFY_APP_ORIGIN`, so ours goes before the first URL on its origin (and before any element
 * whose value cannot be read), and moves there when it is already listed further down.
 */
export function addCallbackUrls(input: EditSource, options: AddCallbackUrlsOptions): EditResult {
  const { text: source, ast } = input;
  const edit: Edit = { source, ast, style: detectCodeStyle(source, ast) };
  const loginWith = findLoginWith(edit);
  if (isManual(loginWith)) return loginWith;
  const externalProviders = findExternalProviders(loginWith);
  if (isManual(externalProviders)) return externalProviders;
  if (externalProviders === undefined) return addExternalProviders(edit, loginWith, options);

  const splices: Splice[] = [];
  const newProperties: string[] = [];
  for (const key of URL_KEYS) {
    const urls = [...new Set(options[key])];
    if (urls.length === 0) continue;
    const property = lookupProperty(externalProviders, key);
    if (property.kind === 'unknown') {
      return manual(`externalProviders uses a spread or computed key, so whether it already sets ${key} cannot be told.`);
    }
    if (property.kind === 'missing') {
      newProperties.push(`${key}: ${urlList(edit.style, urls)}`);
      continue;
    }
    const array = property.property.type === 'ObjectProperty' && !property.property.shorthand ? property.property.value : undefined;
    if (array?.type !== 'ArrayExpression') {
      return manual(
        `externalProviders.${key} is not an array literal (a variable, call or other expression), so add ${urls.join(', ')} to it by hand.`,
      );
    }
    const placed = placeUrls(edit, key, array, urls);
    if (isManual(placed)) return placed;
    splices.push(...placed);
  }
  if (newProperties.length > 0) {
    const added = appendToList(source, edit.ast, objectSite(externalProviders), edit.style, () => newProperties, ' ');
    if (!added) return manual('externalProviders holds only comments, so callbackUrls and logoutUrls are not added to it automatically.');
    splices.push(...added);
  }
  if (splices.length === 0) return { kind: 'unchanged' };
  const text = applySplices(source, splices);
  return { kind: 'changed', text: options.format ? breakLongUrlLists(text, options.filePath, edit.style, options.format) : text };
}

/** A one-line URL list past the print width → one URL per line, as Prettier and Biome print it. */
function breakLongUrlLists(
  text: string,
  filePath: string,
  style: SourceStyle,
  format: NonNullable<AddCallbackUrlsOptions['format']>,
): string {
  const edit: Edit = { source: text, ast: parseModule(text, filePath), style };
  const loginWith = findLoginWith(edit);
  const externalProviders = isManual(loginWith) ? undefined : findExternalProviders(loginWith);
  if (!externalProviders || isManual(externalProviders)) return text;
  const splices: Splice[] = [];
  for (const key of URL_KEYS) {
    const property = lookupProperty(externalProviders, key);
    const array = property.kind === 'found' && property.property.type === 'ObjectProperty' ? property.property.value : undefined;
    if (array?.type !== 'ArrayExpression' || array.elements.length === 0) continue;
    const start = startOf(array);
    const end = endOf(array);
    const lineEnd = text.indexOf('\n', end);
    const line = text.slice(lineStart(text, start), lineEnd === -1 ? text.length : lineEnd);
    if (text.slice(start, end).includes('\n') || line.replace(/\t/g, '  ').length <= format.printWidth) continue;
    if (hasCommentWithin(edit.ast, start, end)) continue;
    const indent = indentationAt(text, start);
    const items = array.elements.map((element) => (element ? text.slice(startOf(element), endOf(element)) : ''));
    const body = items
      .map((item, i) => `${style.eol}${indent}${style.indent}${item}${i < items.length - 1 || format.trailingCommas ? ',' : ''}`)
      .join('');
    splices.push({ start, end, text: `[${body}${style.eol}${indent}]` });
  }
  return applySplices(text, splices);
}

function findLoginWith(edit: Edit): ObjectExpression | Manual {
  const defineAuth = importedLocalName(edit.ast.program, BACKEND_MODULE, 'defineAuth');
  const calls = callsOf(edit.ast, defineAuth);
  if (calls.length > 1)
    return manual(`Found ${calls.length} ${defineAuth}(...) calls, so which one configures the Cognito domain is unclear.`);
  const argument = calls[0]?.arguments[0];
  if (argument?.type !== 'ObjectExpression') {
    return manual(`No ${defineAuth}({...}) call with an object literal was found, so there is no auth resource to add callback URLs to.`);
  }
  const loginWith = lookupProperty(argument, 'loginWith');
  const loginObject = loginWith.kind === 'found' ? objectLiteralValue(loginWith.property) : undefined;
  return loginObject ?? manual(`${defineAuth}({...}) has no loginWith object literal, so there is nowhere to put externalProviders.`);
}

/** loginWith.externalProviders as an object literal, `undefined` when loginWith has none. */
function findExternalProviders(loginWith: ObjectExpression): ObjectExpression | undefined | Manual {
  const externalProviders = lookupProperty(loginWith, 'externalProviders');
  if (externalProviders.kind === 'unknown') {
    return manual('loginWith uses a spread or computed key, so whether it already sets externalProviders cannot be told.');
  }
  if (externalProviders.kind === 'missing') return undefined;
  return (
    objectLiteralValue(externalProviders.property) ??
    manual('loginWith.externalProviders is not an object literal written in place, so the callback URLs cannot be added to it.')
  );
}

/** `externalProviders: { callbackUrls, logoutUrls }` as the last property of loginWith, in its layout. */
function addExternalProviders(edit: Edit, loginWith: ObjectExpression, options: AddCallbackUrlsOptions): EditResult {
  const entries = URL_KEYS.map((key) => `${key}: ${urlList(edit.style, [...new Set(options[key])])}`);
  const render = (layout: ListLayout): string[] => {
    if (!layout.multiline) return [`externalProviders: { ${entries.join(', ')} }`];
    const inner = layout.indent + edit.style.indent;
    const lines = entries.map((entry, i) => inner + entry + (i < entries.length - 1 || layout.trailingComma ? ',' : ''));
    return [['externalProviders: {', ...lines, `${layout.indent}}`].join(edit.style.eol)];
  };
  const splices = appendToList(edit.source, edit.ast, objectSite(loginWith), edit.style, render, ' ');
  if (!splices) return manual('loginWith holds only comments, so externalProviders is not added to it automatically.');
  return { kind: 'changed', text: applySplices(edit.source, splices) };
}

function urlList(style: SourceStyle, urls: string[]): string {
  return `[${urls.map((url) => renderLiteral(url, style)).join(', ')}]`;
}

/**
 * Splices that put each URL first among the array's elements on its origin: inserted before the first
 * element that starts with the origin or cannot be read statically, moved there when listed later, and
 * appended when no element can be picked before it.
 */
function placeUrls(edit: Edit, key: UrlKey, array: ArrayExpression, urls: string[]): Splice[] | Manual {
  if (array.elements.some((element) => element === null || element.type === 'SpreadElement')) {
    return manual(
      `externalProviders.${key} spreads another array or has holes, so whether it already holds ${urls.join(', ')} cannot be told.`,
    );
  }
  const site: ListSite = { open: startOf(array), close: endOf(array) - 1, items: array.elements.filter((e) => e !== null) };
  const values = site.items.map((element) => staticValue(element));
  const before = new Map<number, string[]>();
  const appended: string[] = [];
  const splices: Splice[] = [];
  for (const url of urls) {
    const origin = new URL(url).origin;
    const picked = values.findIndex((value) => typeof value !== 'string' || value.startsWith(origin));
    const present = values.indexOf(url);
    if (present !== -1 && present === picked) continue;
    if (present !== -1) {
      const removal = removeItem(edit.ast, site, present);
      if (!removal)
        return manual(`externalProviders.${key} has a comment beside ${url}, so move it before ${describe(values[picked])} by hand.`);
      splices.push(removal);
    }
    const literal = renderLiteral(url, edit.style);
    if (picked === -1) appended.push(literal);
    else before.set(picked, [...(before.get(picked) ?? []), literal]);
  }
  for (const [index, literals] of before) {
    splices.push(insertBeforeItem(edit.source, edit.ast, site, edit.style, index, literals.join(', ')));
  }
  if (appended.length > 0) {
    const added = appendToList(edit.source, edit.ast, site, edit.style, () => appended, '');
    if (!added) return manual(`externalProviders.${key} holds only comments, so add ${urls.join(', ')} to it by hand.`);
    splices.push(...added);
  }
  return splices;
}

function describe(value: string | number | undefined): string {
  return typeof value === 'string' ? value : 'the elements the adapter could pick first';
}

function objectSite(object: ObjectExpression): ListSite {
  return { open: startOf(object), close: endOf(object) - 1, items: object.properties };
}
