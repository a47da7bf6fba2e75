import { UsageError } from '../errors.js';
import type { AuthCookieOptions } from '../../transforms/edits/add-auth-route-handlers.js';

/** `--origin`: an http(s) URL with nothing after the host and port. Returns it without a trailing slash. */
export function parseOrigin(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`--origin "${value}" is not a URL.`, 'Pass the origin the app is served from, e.g. --origin https://app.example.com');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`--origin "${value}" must use http or https.`, 'e.g. --origin https://app.example.com');
  }
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    throw new UsageError(`--origin "${value}" must be an origin only (no path, query or credentials).`, `Use --origin ${url.origin}`);
  }
  return url;
}

export function isLocalhost(url: URL): boolean {
  return ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

const ROUTE = /^\/[A-Za-z0-9_\-/]*$/;

export function parseRedirectPath(flag: string, value: string): string {
  if (!ROUTE.test(value) || value.includes('//')) {
    throw new UsageError(`${flag} "${value}" is not an app route like /dashboard.`, 'Use a path that starts with / (no host, query or hash).');
  }
  return value;
}

const DOMAIN = /^\.?(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)*[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;

export function parseCookieOptions(
  raw: { cookieDomain?: string; cookieSameSite?: string; cookieMaxAge?: string },
  origin: URL,
): AuthCookieOptions | undefined {
  const cookies: AuthCookieOptions = {};
  if (raw.cookieDomain !== undefined) {
    if (!DOMAIN.test(raw.cookieDomain)) {
      throw new UsageError(`--cookie-domain "${raw.cookieDomain}" is not a domain.`, 'e.g. --cookie-domain .example.com');
    }
    cookies.domain = raw.cookieDomain;
  }
  if (raw.cookieSameSite !== undefined) {
    if (!['strict', 'lax', 'none'].includes(raw.cookieSameSite)) {
      throw new UsageError(`--cookie-same-site "${raw.cookieSameSite}" is not strict, lax or none.`);
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
      throw new UsageError(`--cookie-max-age "${raw.cookieMaxAge}" is not a positive number of seconds.`, 'e.g. --cookie-max-age 2592000 (30 days)');
    }
    cookies.maxAge = seconds;
  }
  return Object.keys(cookies).length > 0 ? cookies : undefined;
}
