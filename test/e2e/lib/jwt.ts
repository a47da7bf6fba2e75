import crypto from 'node:crypto';
import { base64url } from './http.js';

/**
 * Cognito-shaped tokens signed with a key generated here (RS256): right issuer, audience, client id,
 * token_use and expiry, but a signature no Cognito key verifies. They must never count as a session.
 */
export function forgeCognitoTokens(options: { region: string; userPoolId: string; clientId: string; username: string }) {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = crypto.randomUUID();
  const now = Math.floor(Date.now() / 1000);
  const iss = `https://cognito-idp.${options.region}.amazonaws.com/${options.userPoolId}`;
  const sub = crypto.randomUUID();
  const sign = (payload: Record<string, unknown>) => {
    const header = base64url(Buffer.from(JSON.stringify({ kid, alg: 'RS256', typ: 'JWT' })));
    const body = base64url(Buffer.from(JSON.stringify(payload)));
    const signature = crypto.sign('RSA-SHA256', Buffer.from(`${header}.${body}`), privateKey);
    return `${header}.${body}.${base64url(signature)}`;
  };
  const common = { sub, iss, iat: now, auth_time: now, exp: now + 3600, jti: crypto.randomUUID(), origin_jti: crypto.randomUUID() };
  const idToken = sign({
    ...common,
    aud: options.clientId,
    token_use: 'id',
    'cognito:username': options.username,
    email: `${options.username}@example.com`,
    email_verified: true,
  });
  const accessToken = sign({
    ...common,
    client_id: options.clientId,
    token_use: 'access',
    scope: 'openid email profile aws.cognito.signin.user.admin',
    username: options.username,
  });
  for (const token of [idToken, accessToken]) {
    const [h, p, s] = token.split('.');
    const ok = crypto.verify('RSA-SHA256', Buffer.from(`${h}.${p}`), publicKey, Buffer.from(s!, 'base64url'));
    if (!ok) throw new Error('forged token does not verify with its own key (bug in the test helper)');
  }
  const prefix = `CognitoIdentityServiceProvider.${options.clientId}`;
  return {
    idToken,
    accessToken,
    cookies: {
      [`${prefix}.LastAuthUser`]: options.username,
      [`${prefix}.${options.username}.idToken`]: idToken,
      [`${prefix}.${options.username}.accessToken`]: accessToken,
    } as Record<string, string>,
  };
}
