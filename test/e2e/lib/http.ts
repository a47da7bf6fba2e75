import crypto from 'node:crypto';

export interface SetCookie {
  name: string;
  value: string;
  /** Attribute names in lower case → value ('' for flags such as HttpOnly). */
  attributes: Map<string, string>;
  raw: string;
}

export interface HttpAnswer {
  url: string;
  status: number;
  /** The Location header resolved against the request URL, or null. */
  location: URL | null;
  headers: Headers;
  setCookies: SetCookie[];
  body: string;
}

export class RequestTimeout extends Error {
  constructor(url: string, ms: number) {
    super(`no answer from ${url} within ${ms} ms`);
    this.name = 'RequestTimeout';
  }
}

export function parseSetCookie(raw: string): SetCookie {
  const [pair, ...attrs] = raw.split(';');
  const eq = pair!.indexOf('=');
  const name = pair!.slice(0, eq).trim();
  let value = pair!.slice(eq + 1).trim();
  try {
    value = decodeURIComponent(value);
  } catch {
    // keep it as sent
  }
  const attributes = new Map<string, string>();
  for (const attr of attrs) {
    const i = attr.indexOf('=');
    const key = (i === -1 ? attr : attr.slice(0, i)).trim().toLowerCase();
    if (key) attributes.set(key, i === -1 ? '' : attr.slice(i + 1).trim());
  }
  return { name, value, attributes, raw };
}

/**
 * One real HTTP request with Node's fetch, never following redirects, with a hard timeout so that a
 * handler that waits on an unreachable host cannot hang the suite.
 */
export async function request(
  baseUrl: string,
  pathAndQuery: string,
  options: { cookies?: Record<string, string>; timeoutMs?: number; headers?: Record<string, string> } = {},
): Promise<HttpAnswer> {
  const url = new URL(pathAndQuery, baseUrl).toString();
  const timeoutMs = options.timeoutMs ?? 20_000;
  const headers: Record<string, string> = { ...options.headers };
  if (options.cookies) {
    headers.cookie = Object.entries(options.cookies)
      .map(([k, v]) => `${k}=${v}`)
      .join('; ');
  }
  let response: Response;
  try {
    response = await fetch(url, { redirect: 'manual', headers, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    if ((error as Error).name === 'TimeoutError') throw new RequestTimeout(url, timeoutMs);
    throw error;
  }
  const body = await response.text();
  const location = response.headers.get('location');
  return {
    url,
    status: response.status,
    location: location ? new URL(location, url) : null,
    headers: response.headers,
    setCookies: response.headers.getSetCookie().map(parseSetCookie),
    body,
  };
}

export function describeAnswer(answer: HttpAnswer): string {
  return [
    `GET ${answer.url} → ${answer.status}`,
    answer.location ? `  Location: ${answer.location}` : null,
    ...answer.setCookies.map((c) => `  Set-Cookie: ${c.raw}`),
    answer.body ? `  body: ${answer.body.slice(0, 300).replace(/\s+/g, ' ')}` : null,
  ]
    .filter(Boolean)
    .join('\n');
}

/** Cookies that would carry a Cognito session: a name with idToken/accessToken/refreshToken and a value. */
export function tokenCookies(answer: HttpAnswer): SetCookie[] {
  return answer.setCookies.filter((c) => /idToken|accessToken|refreshToken/i.test(c.name) && c.value !== '');
}

export function base64url(data: Buffer): string {
  return data.toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The PKCE S256 challenge of a verifier (RFC 7636). */
export function s256(verifier: string): string {
  return base64url(crypto.createHash('sha256').update(verifier, 'ascii').digest());
}
