import type { ArrayExpression, ObjectExpression } from '@babel/types';
import { callsOf, endOf, importedLocalName, lookupProperty, objectLiteralValue, startOf, staticValue } from '../lib/auth-ast.js';
import { appendToList, renderLiteral, type ListSite } from '../lib/auth-lists.js';
import { applySplices, parseModule, type SourceStyle, type Splice } from '../lib/source.js';
import { isManual, manual, type EditResult, type ManualResult } from './types.js';
import { detectCodeStyle } from '../lib/code-style.js';

export interface AddCallbackUrlsOptions {
  filePath: string;
  callbackUrls: string[];
  logoutUrls: string[];
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
 * Adds the sign-in and sign-out redirect URLs to `loginWith.externalProviders` of the `defineAuth({...})`
 * call in an Amplify Gen 2 backend's `amplify/auth/resource.ts`.
 */
export function addCallbackUrls(source: string, options: AddCallbackUrlsOptions): EditResult {
  const ast = parseModule(source, options.filePath);
  const edit: Edit = { source, ast, style: detectCodeStyle(source, ast) };
  const externalProviders = findExternalProviders(edit, options);
  if (isManual(externalProviders)) return externalProviders;

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
      newProperties.push(`${key}: [${urls.map((url) => renderLiteral(url, edit.style)).join(', ')}]`);
      continue;
    }
    const array = property.property.type === 'ObjectProperty' && !property.property.shorthand ? property.property.value : undefined;
    if (array?.type !== 'ArrayExpression') {
      return manual(`externalProviders.${key} is not an array literal (a variable, call or other expression), so add ${urls.join(', ')} to it by hand.`);
    }
    const added = appendUrls(edit, key, array, urls);
    if (isManual(added)) return added;
    splices.push(...added);
  }
  if (newProperties.length > 0) {
    const added = appendToList(source, edit.ast, objectSite(externalProviders), edit.style, () => newProperties, ' ');
    if (!added) return manual('externalProviders holds only comments, so callbackUrls and logoutUrls are not added to it automatically.');
    splices.push(...added);
  }
  if (splices.length === 0) return { kind: 'unchanged' };
  return { kind: 'changed', text: applySplices(source, splices) };
}

function findExternalProviders(edit: Edit, options: AddCallbackUrlsOptions): ObjectExpression | Manual {
  const defineAuth = importedLocalName(edit.ast.program, BACKEND_MODULE, 'defineAuth');
  const calls = callsOf(edit.ast, defineAuth);
  if (calls.length > 1) return manual(`Found ${calls.length} ${defineAuth}(...) calls, so which one configures the Cognito domain is unclear.`);
  const argument = calls[0]?.arguments[0];
  if (argument?.type !== 'ObjectExpression') {
    return manual(`No ${defineAuth}({...}) call with an object literal was found, so there is no auth resource to add callback URLs to.`);
  }
  const loginWith = lookupProperty(argument, 'loginWith');
  const loginObject = loginWith.kind === 'found' ? objectLiteralValue(loginWith.property) : undefined;
  if (!loginObject) {
    return manual(`${defineAuth}({...}) has no loginWith object literal, so there is nowhere to put externalProviders.`);
  }
  const externalProviders = lookupProperty(loginObject, 'externalProviders');
  if (externalProviders.kind === 'unknown') {
    return manual('loginWith uses a spread or computed key, so whether it already sets externalProviders cannot be told.');
  }
  if (externalProviders.kind === 'missing') {
    return manual(
      `loginWith has no externalProviders, and the Cognito domain it creates needs a provider or a domainPrefix that you must choose, so add \`externalProviders: { callbackUrls: ${urlList(edit.style, options.callbackUrls)}, logoutUrls: ${urlList(edit.style, options.logoutUrls)} }\` to loginWith by hand.`,
    );
  }
  return (
    objectLiteralValue(externalProviders.property) ??
    manual('loginWith.externalProviders is not an object literal written in place, so the callback URLs cannot be added to it.')
  );
}

function urlList(style: SourceStyle, urls: string[]): string {
  return `[${urls.map((url) => renderLiteral(url, style)).join(', ')}]`;
}

/** Appends the URLs the array lacks; elements that are expressions are kept and never count as a match. */
function appendUrls(edit: Edit, key: UrlKey, array: ArrayExpression, urls: string[]): Splice[] | Manual {
  if (array.elements.some((element) => element === null || element.type === 'SpreadElement')) {
    return manual(`externalProviders.${key} spreads another array or has holes, so whether it already holds ${urls.join(', ')} cannot be told.`);
  }
  const present = new Set(array.elements.map((element) => (element ? staticValue(element) : undefined)));
  const missing = urls.filter((url) => !present.has(url));
  if (missing.length === 0) return [];
  const site: ListSite = { open: startOf(array), close: endOf(array) - 1, items: array.elements.filter((e) => e !== null) };
  const splices = appendToList(edit.source, edit.ast, site, edit.style, () => missing.map((url) => renderLiteral(url, edit.style)), '');
  return splices ?? manual(`externalProviders.${key} holds only comments, so add ${missing.join(', ')} to it by hand.`);
}

function objectSite(object: ObjectExpression): ListSite {
  return { open: startOf(object), close: endOf(object) - 1, items: object.properties };
}
