/**
 * The flag values that end up in generated code or files, checked before anything is planned. Code
 * generation writes every value as a string literal, so these checks are about what a value means;
 * a refused value is shown escaped, so the error stays one line.
 */
import { UsageError } from '../errors.js';
import { showValue } from '../ui/show-value.js';
import type { AuthCookieOptions } from '../../transforms/edits/add-auth-route-handlers.js';

/** C0 and C1 control characters, DEL, line and paragraph separators, and bidirectional controls. */
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

function refuseControlCharacters(flag: string, value: string, example: string): void {
  if (CONTROL_CHARACTER.test(value)) {
    throw new UsageError(
      `${flag} ${showValue(value)} contains a control character.`,
      `Pass it without tabs, line breaks or other control characters, e.g. ${flag} ${example}`,
    );
  }
}

/** `--origin`: an http(s) URL with nothing after the host and port. */
export function parseOrigin(value: string): URL {
  const example = 'https://app.example.com';
  // The URL parser drops tabs and line breaks and trims spaces, which would write a different origin.
  refuseControlCharacters('--origin', value, example);
  if (value.trim() !== value) throw new UsageError(`--origin ${showValue(value)} has spaces around it.`, `e.g. --origin ${example}`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`--origin ${showValue(value)} is not a URL.`, `Pass the origin the app is served from, e.g. --origin ${example}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`--origin ${showValue(value)} must use http or https.`, `e.g. --origin ${example}`);
  }
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    throw new UsageError(
      `--origin ${showValue(value)} must be an origin only (no path, query or credentials).`,
      `Use --origin ${url.origin}`,
    );
  }
  return url;
}

export function isLocalhost(url: URL): boolean {
  return ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

const ROUTE = /^\/[A-Za-z0-9_\-/]*$/;

/** `--redirect-on-sign-in`, `--redirect-on-sign-out`: a path of the app. */
export function parseRedirectPath(flag: string, value: string): string {
  if (!ROUTE.test(value) || value.includes('//')) {
    throw new UsageError(
      `${flag} ${showValue(value)} is not an app route like /dashboard.`,
      'Use a path that starts with / (no host, query or hash).',
    );
  }
  return value;
}

/** Segments the middleware matcher (a path-to-regexp pattern) can hold as plain text. */
const SIGN_IN_PATH = /^\/[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*$/;

/** `--sign-in-path`: where the middleware sends signed-out users. */
export function parseSignInPath(value: string): string {
  if (!SIGN_IN_PATH.test(value)) {
    throw new UsageError(
      `--sign-in-path ${showValue(value)} is not a plain route like /sign-in.`,
      'Use letters, digits, - and _ in /-separated segments.',
    );
  }
  return value;
}

/** `--utils-import`: any module specifier a string literal can hold, but no empty one and no control characters. */
export function parseUtilsImport(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const example = '@/utils/amplifyServerUtils';
  if (value.trim() === '')
    throw new UsageError(
      '--utils-import is empty.',
      `Pass the module that exports runWithAmplifyServerContext, e.g. --utils-import ${example}`,
    );
  refuseControlCharacters('--utils-import', value, example);
  if (value.trim() !== value)
    throw new UsageError(`--utils-import ${showValue(value)} has spaces around it.`, `e.g. --utils-import ${example}`);
  return value;
}

const DOMAIN = /^\.?(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)*[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;

/** `--cookie-domain`, `--cookie-same-site`, `--cookie-max-age`, as `runtimeOptions.cookies`. */
export function parseCookieOptions(
  raw: { cookieDomain?: string; cookieSameSite?: string; cookieMaxAge?: string },
  origin: URL,
): AuthCookieOptions | undefined {
  const cookies: AuthCookieOptions = {};
  if (raw.cookieDomain !== undefined) {
    if (!DOMAIN.test(raw.cookieDomain)) {
      throw new UsageError(`--cookie-domain ${showValue(raw.cookieDomain)} is not a domain.`, 'e.g. --cookie-domain .example.com');
    }
    cookies.domain = raw.cookieDomain;
  }
  if (raw.cookieSameSite !== undefined) {
    if (!['strict', 'lax', 'none'].includes(raw.cookieSameSite)) {
      throw new UsageError(`--cookie-same-site ${showValue(raw.cookieSameSite)} is not strict, lax or none.`);
    }
    if (raw.cookieSameSite === 'none' && origin.protocol !== 'https:') {
      throw new UsageError(
        `--cookie-same-site none needs an https origin (${origin.origin} is not): browsers drop SameSite=None cookies that are not Secure.`,
        'Use --cookie-same-site lax, or an https --origin.',
      );
    }
    cookies.sameSite = raw.cookieSameSite as AuthCookieOptions['sameSite'];
  }
  if (raw.cookieMaxAge !== undefined) {
    const seconds = Number(raw.cookieMaxAge);
    if (!/^\d+$/.test(raw.cookieMaxAge) || !Number.isSafeInteger(seconds) || seconds <= 0) {
      throw new UsageError(
        `--cookie-max-age ${showValue(raw.cookieMaxAge)} is not a positive number of seconds.`,
        'e.g. --cookie-max-age 2592000 (30 days)',
      );
    }
    cookies.maxAge = seconds;
  }
  return Object.keys(cookies).length > 0 ? cookies : undefined;
}
