import crypto from 'node:crypto';
import { base64url } from '../lib/http.js';

/** An RS256 signing key made for this run, published in the stand-in's JWKS. */
export class SigningKey {
  readonly kid = crypto.randomUUID();
  private readonly privateKey: crypto.KeyObject;
  private readonly publicKey: crypto.KeyObject;

  constructor() {
    const pair = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
    this.privateKey = pair.privateKey;
    this.publicKey = pair.publicKey;
  }

  sign(payload: Record<string, unknown>): string {
    const header = base64url(Buffer.from(JSON.stringify({ kid: this.kid, alg: 'RS256' })));
    const body = base64url(Buffer.from(JSON.stringify(payload)));
    const signature = crypto.sign('RSA-SHA256', Buffer.from(`${header}.${body}`), this.privateKey);
    return `${header}.${body}.${base64url(signature)}`;
  }

  /** The public key as Cognito publishes it at /<userPoolId>/.well-known/jwks.json. */
  jwk(): Record<string, string> {
    const { n, e } = this.publicKey.export({ format: 'jwk' }) as { n: string; e: string };
    return { alg: 'RS256', e, kid: this.kid, kty: 'RSA', n, use: 'sig' };
  }
}

export interface TokenSubject {
  username: string;
  sub: string;
  email: string;
}

export interface TokenOptions {
  region: string;
  userPoolId: string;
  clientId: string;
  /** Seconds from now; negative for a token that has already expired. */
  expiresIn: number;
  /** The sign-in these tokens belong to (Cognito's origin_jti): kept across refreshes. */
  originJti: string;
  authTime: number;
}

export function decodePayload(jwt: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
}

/** ID and access tokens with the claims Cognito puts in them (developer guide, "Using tokens"). */
export function cognitoTokens(key: SigningKey, subject: TokenSubject, options: TokenOptions): { idToken: string; accessToken: string } {
  const now = Math.floor(Date.now() / 1000);
  const common = {
    sub: subject.sub,
    iss: `https://cognito-idp.${options.region}.amazonaws.com/${options.userPoolId}`,
    origin_jti: options.originJti,
    event_id: crypto.randomUUID(),
    auth_time: options.authTime,
    iat: Math.min(now, now + options.expiresIn - 60),
    exp: now + options.expiresIn,
  };
  const idToken = key.sign({
    ...common,
    email_verified: true,
    'cognito:username': subject.username,
    aud: options.clientId,
    token_use: 'id',
    email: subject.email,
    jti: crypto.randomUUID(),
  });
  const accessToken = key.sign({
    ...common,
    client_id: options.clientId,
    token_use: 'access',
    scope: 'phone openid profile email aws.cognito.signin.user.admin',
    jti: crypto.randomUUID(),
    username: subject.username,
  });
  return { idToken, accessToken };
}
