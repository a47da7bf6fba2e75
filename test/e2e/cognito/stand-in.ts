// A local HTTPS server playing Amazon Cognito for the user pools of the signed-in suite: the Managed Login
// endpoints the adapter's auth routes use (/oauth2/authorize, /oauth2/token, /oauth2/revoke, /logout), the
// user-pool API that Amplify's token refresher calls (POST / with X-Amz-Target, JSON 1.1) and the JWKS the
// adapter's token validator (aws-jwt-verify) fetches. It listens on 127.0.0.1:443, because the URLs Amplify
// builds are https:// without a port; the app reaches it through preload.cjs.
import crypto from 'node:crypto';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { s256 } from '../lib/http.js';
import { log } from '../lib/timing.js';
import type { StandInCerts } from './certs.js';
import { cognitoTokens, decodePayload, SigningKey, type TokenSubject } from './tokens.js';

export interface Pool {
  region: string;
  userPoolId: string;
  clientId: string;
  /** The Managed Login domain, e.g. `example.auth.eu-central-1.amazoncognito.com`. */
  domain: string;
}

export interface RecordedRequest {
  method: string;
  host: string;
  path: string;
  /** The X-Amz-Target operation (user-pool API) or the form's grant_type (token endpoint). */
  operation?: string;
  status: number;
}

interface Session {
  pool: Pool;
  subject: TokenSubject;
  originJti: string;
  authTime: number;
  revoked: boolean;
}

interface PendingCode {
  pool: Pool;
  subject: TokenSubject;
  redirectUri: string;
  codeChallenge: string;
}

const ID_TOKEN_LIFETIME = 3600;

export function userPoolHost(region: string): string {
  return `cognito-idp.${region}.amazonaws.com`;
}

export class CognitoStandIn {
  readonly key = new SigningKey();
  readonly requests: RecordedRequest[] = [];
  private readonly codes = new Map<string, PendingCode>();
  private readonly sessions = new Map<string, Session>();
  private server?: https.Server;
  /** Who "signs in" at the next /oauth2/authorize (the Managed Login form is not played). */
  nextUser?: TokenSubject;

  constructor(private readonly pools: Pool[]) {}

  hostnames(): string[] {
    return [...new Set(this.pools.flatMap((p) => [p.domain, userPoolHost(p.region)]))];
  }

  async start(certs: StandInCerts, port = 443): Promise<void> {
    const server = https.createServer({ key: certs.key, cert: certs.cert }, (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const host = (req.headers.host ?? '').replace(/:\d+$/, '');
        const url = new URL(req.url ?? '/', `https://${host}`);
        const answer = this.handle(req.method ?? 'GET', host, url, req.headers, Buffer.concat(chunks).toString('utf8'));
        this.requests.push({ method: req.method ?? 'GET', host, path: url.pathname, operation: answer.operation, status: answer.status });
        res.writeHead(answer.status, answer.headers);
        res.end(answer.body ?? '');
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    this.server = server;
    log(`Cognito stand-in listening on https://127.0.0.1:${(server.address() as AddressInfo).port} for ${this.hostnames().join(', ')}`);
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    log('Cognito stand-in stopped');
  }

  /** Kills the listener synchronously (for a process 'exit' hook). */
  stopNow(): void {
    this.server?.closeAllConnections();
    this.server?.close();
  }

  /** Requests seen since `from` (an index into `requests`). */
  since(from: number): RecordedRequest[] {
    return this.requests.slice(from);
  }

  static refreshCalls(requests: RecordedRequest[]): RecordedRequest[] {
    return requests.filter(
      (r) => r.operation === 'GetTokensFromRefreshToken' || r.operation === 'InitiateAuth' || r.operation === 'refresh_token',
    );
  }

  /** Fresh or expired tokens for the session of a refresh token, as a refresh would return them. */
  tokensFor(refreshToken: string, expiresIn: number): { idToken: string; accessToken: string } {
    const session = this.sessions.get(refreshToken);
    if (!session) throw new Error('unknown refresh token');
    return cognitoTokens(this.key, session.subject, {
      ...session.pool,
      expiresIn,
      originJti: session.originJti,
      authTime: session.authTime,
    });
  }

  isRevoked(refreshToken: string): boolean {
    return this.sessions.get(refreshToken)?.revoked ?? false;
  }

  revoke(refreshToken: string): void {
    const session = this.sessions.get(refreshToken);
    if (session) session.revoked = true;
  }

  private handle(method: string, host: string, url: URL, headers: NodeJS.Dict<string | string[]>, body: string): Answer {
    const pool = this.pools.find((p) => p.domain === host);
    if (pool) return this.managedLogin(pool, method, url, body);
    const apiPools = this.pools.filter((p) => userPoolHost(p.region) === host);
    if (apiPools.length > 0) {
      const jwks = /^\/([^/]+)\/\.well-known\/jwks\.json$/.exec(url.pathname);
      if (method === 'GET' && jwks) {
        if (!apiPools.some((p) => p.userPoolId === jwks[1])) return json(404, { message: 'User pool not found' });
        return json(200, { keys: [this.key.jwk()] });
      }
      if (method === 'POST' && url.pathname === '/') {
        const target = String(headers['x-amz-target'] ?? '');
        return this.userPoolApi(apiPools, target.replace(/^AWSCognitoIdentityProviderService\./, ''), body);
      }
    }
    return json(404, { message: `the stand-in does not serve ${method} https://${host}${url.pathname}` });
  }

  private managedLogin(pool: Pool, method: string, url: URL, body: string): Answer {
    const query = url.searchParams;
    if (method === 'GET' && url.pathname === '/oauth2/authorize') {
      const redirectUri = query.get('redirect_uri') ?? '';
      if (query.get('client_id') !== pool.clientId) return json(400, { error: 'invalid_client' });
      if (
        query.get('response_type') !== 'code' ||
        query.get('code_challenge_method') !== 'S256' ||
        !query.get('code_challenge') ||
        !redirectUri
      ) {
        return json(400, { error: 'invalid_request' });
      }
      if (!this.nextUser) return json(400, { error: 'the test did not say who signs in' });
      const code = crypto.randomUUID();
      this.codes.set(code, { pool, subject: this.nextUser, redirectUri, codeChallenge: query.get('code_challenge')! });
      const location = new URL(redirectUri);
      location.searchParams.set('code', code);
      location.searchParams.set('state', query.get('state') ?? '');
      return { status: 302, headers: { location: location.toString() } };
    }
    if (method === 'GET' && url.pathname === '/logout') {
      if (query.get('client_id') !== pool.clientId || !query.get('logout_uri')) return json(400, { error: 'invalid_request' });
      return { status: 302, headers: { location: query.get('logout_uri')! } };
    }
    const form = new URLSearchParams(body);
    if (method === 'POST' && url.pathname === '/oauth2/token') {
      const grantType = form.get('grant_type') ?? '';
      if (form.get('client_id') !== pool.clientId) return { ...json(400, { error: 'invalid_client' }), operation: grantType };
      if (grantType === 'authorization_code') {
        const pending = this.codes.get(form.get('code') ?? '');
        this.codes.delete(form.get('code') ?? '');
        if (
          !pending ||
          pending.pool !== pool ||
          pending.redirectUri !== form.get('redirect_uri') ||
          s256(form.get('code_verifier') ?? '') !== pending.codeChallenge
        ) {
          return { ...json(400, { error: 'invalid_grant' }), operation: grantType };
        }
        const refreshToken = this.newSession(pool, pending.subject);
        const tokens = this.tokensFor(refreshToken, ID_TOKEN_LIFETIME);
        return {
          ...json(200, {
            id_token: tokens.idToken,
            access_token: tokens.accessToken,
            refresh_token: refreshToken,
            expires_in: ID_TOKEN_LIFETIME,
            token_type: 'Bearer',
          }),
          operation: grantType,
        };
      }
      if (grantType === 'refresh_token') {
        const session = this.sessions.get(form.get('refresh_token') ?? '');
        if (!session || session.revoked || session.pool !== pool) return { ...json(400, { error: 'invalid_grant' }), operation: grantType };
        const tokens = this.tokensFor(form.get('refresh_token')!, ID_TOKEN_LIFETIME);
        return {
          ...json(200, { id_token: tokens.idToken, access_token: tokens.accessToken, expires_in: ID_TOKEN_LIFETIME, token_type: 'Bearer' }),
          operation: grantType,
        };
      }
      return { ...json(400, { error: 'unsupported_grant_type' }), operation: grantType };
    }
    if (method === 'POST' && url.pathname === '/oauth2/revoke') {
      const session = this.sessions.get(form.get('token') ?? '');
      if (form.get('client_id') !== pool.clientId) return { ...json(400, { error: 'invalid_client' }), operation: 'revoke' };
      if (session && session.pool === pool) session.revoked = true;
      // Cognito answers 200 with an empty body, also for an unknown token.
      return { status: 200, headers: { 'content-length': '0' }, operation: 'revoke' };
    }
    return json(404, { error: `the stand-in does not serve ${method} ${url.pathname}` });
  }

  private userPoolApi(pools: Pool[], operation: string, body: string): Answer {
    let input: Record<string, unknown>;
    try {
      input = JSON.parse(body) as Record<string, unknown>;
    } catch {
      return { ...apiError('SerializationException', 'invalid JSON'), operation };
    }
    const pool = pools.find((p) => p.clientId === input.ClientId);
    const refresh = (refreshToken: unknown): Answer => {
      const session = this.sessions.get(String(refreshToken ?? ''));
      if (!pool || !session || session.pool !== pool) return { ...apiError('NotAuthorizedException', 'Invalid Refresh Token'), operation };
      if (session.revoked) return { ...apiError('NotAuthorizedException', 'Refresh Token has been revoked'), operation };
      const tokens = this.tokensFor(String(refreshToken), ID_TOKEN_LIFETIME);
      return {
        ...apiJson({
          AuthenticationResult: {
            AccessToken: tokens.accessToken,
            ExpiresIn: ID_TOKEN_LIFETIME,
            IdToken: tokens.idToken,
            TokenType: 'Bearer',
          },
          ChallengeParameters: {},
        }),
        operation,
      };
    };
    switch (operation) {
      case 'GetTokensFromRefreshToken':
        return refresh(input.RefreshToken);
      case 'InitiateAuth':
        if (input.AuthFlow !== 'REFRESH_TOKEN_AUTH' && input.AuthFlow !== 'REFRESH_TOKEN')
          return { ...apiError('InvalidParameterException', 'only refresh flows are played'), operation };
        return refresh((input.AuthParameters as Record<string, unknown> | undefined)?.REFRESH_TOKEN);
      case 'RevokeToken': {
        const session = this.sessions.get(String(input.Token ?? ''));
        if (session && pool && session.pool === pool) session.revoked = true;
        return { ...apiJson({}), operation };
      }
      case 'GetUser': {
        const claims = decodePayload(String(input.AccessToken ?? ''));
        const session = [...this.sessions.values()].find((s) => s.subject.sub === claims.sub && !s.revoked);
        if (!session) return { ...apiError('NotAuthorizedException', 'Access Token has been revoked'), operation };
        return {
          ...apiJson({
            Username: session.subject.username,
            UserAttributes: [
              { Name: 'sub', Value: session.subject.sub },
              { Name: 'email', Value: session.subject.email },
            ],
          }),
          operation,
        };
      }
      default:
        return { ...apiError('InvalidActionException', `the stand-in does not play ${operation || '(no X-Amz-Target)'}`), operation };
    }
  }

  private newSession(pool: Pool, subject: TokenSubject): string {
    const refreshToken = `stand-in-refresh.${crypto.randomBytes(32).toString('base64url')}`;
    this.sessions.set(refreshToken, {
      pool,
      subject,
      originJti: crypto.randomUUID(),
      authTime: Math.floor(Date.now() / 1000),
      revoked: false,
    });
    return refreshToken;
  }
}

interface Answer {
  status: number;
  headers: Record<string, string>;
  body?: string;
  operation?: string;
}

function json(status: number, value: unknown): Answer {
  return { status, headers: { 'content-type': 'application/json;charset=UTF-8' }, body: JSON.stringify(value) };
}

function apiJson(value: unknown): Answer {
  return {
    status: 200,
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': crypto.randomUUID() },
    body: JSON.stringify(value),
  };
}

function apiError(type: string, message: string): Answer {
  return {
    status: 400,
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-errortype': `${type}:`, 'x-amzn-requestid': crypto.randomUUID() },
    body: JSON.stringify({ __type: type, message }),
  };
}

/**
 * A GET from the test itself to a stand-in URL (as the browser would follow a redirect to Cognito): the host
 * name is resolved to 127.0.0.1 and only the run's CA is trusted. Never follows redirects; bounded by a timeout.
 */
export function getFromStandIn(url: URL, ca: string, timeoutMs = 10_000): Promise<{ status: number; location: URL | null; body: string }> {
  return new Promise((resolve, reject) => {
    const req = https.request(
      url,
      {
        method: 'GET',
        ca,
        lookup: (_host, options, callback) =>
          options.all
            ? (callback as unknown as (e: null, a: Array<{ address: string; family: number }>) => void)(null, [
                { address: '127.0.0.1', family: 4 },
              ])
            : callback(null, '127.0.0.1', 4),
        timeout: timeoutMs,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (c: string) => (body += c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, location: res.headers.location ? new URL(res.headers.location, url) : null, body }),
        );
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer from ${url} within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end();
  });
}
