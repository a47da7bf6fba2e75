import { afterEach, describe, expect, it } from 'vitest';
import { findAmplifyConfigFiles } from '../../src/project/amplify-config.js';
import { readOAuthSettings } from '../../src/project/amplify-oauth.js';
import { cleanupTrees, makeTree } from '../helpers/tree.js';

afterEach(cleanupTrees);

describe('findAmplifyConfigFiles', () => {
  it('finds Gen 2, Gen 1 and legacy files at the root and in src/, preferred first', () => {
    const root = makeTree({ 'src/aws-exports.js': '', 'src/amplifyconfiguration.json': '{}', 'amplify_outputs.json': '{}' });
    expect(findAmplifyConfigFiles(root)).toEqual([
      { path: 'amplify_outputs.json', kind: 'gen2' },
      { path: 'src/amplifyconfiguration.json', kind: 'gen1' },
      { path: 'src/aws-exports.js', kind: 'gen1-legacy' },
    ]);
  });

  it('finds nothing in a project without a backend yet', () => {
    expect(findAmplifyConfigFiles(makeTree({ 'package.json': '{}' }))).toEqual([]);
  });
});

describe('readOAuthSettings', () => {
  it('reads auth.oauth of amplify_outputs.json', () => {
    const root = makeTree({
      'amplify_outputs.json': JSON.stringify({
        auth: {
          oauth: {
            domain: 'x.auth.us-east-1.amazoncognito.com',
            redirect_sign_in_uri: ['http://localhost:3000/a'],
            redirect_sign_out_uri: [],
          },
        },
      }),
    });
    expect(readOAuthSettings(root, { path: 'amplify_outputs.json', kind: 'gen2' })).toEqual({
      domain: 'x.auth.us-east-1.amazoncognito.com',
      redirectSignIn: ['http://localhost:3000/a'],
      redirectSignOut: [],
    });
  });

  it('returns null for a Gen 2 config without oauth (email sign-in only)', () => {
    const root = makeTree({ 'amplify_outputs.json': JSON.stringify({ auth: { user_pool_id: 'x' } }) });
    expect(readOAuthSettings(root, { path: 'amplify_outputs.json', kind: 'gen2' })).toBeNull();
  });

  it('reads the comma-separated redirects of a Gen 1 config', () => {
    const root = makeTree({
      'src/amplifyconfiguration.json': JSON.stringify({
        oauth: {
          domain: 'd.example.com',
          redirectSignIn: 'http://localhost:3000/,https://a.com/',
          redirectSignOut: 'http://localhost:3000/',
        },
      }),
    });
    expect(readOAuthSettings(root, { path: 'src/amplifyconfiguration.json', kind: 'gen1' })).toEqual({
      domain: 'd.example.com',
      redirectSignIn: ['http://localhost:3000/', 'https://a.com/'],
      redirectSignOut: ['http://localhost:3000/'],
    });
  });

  it('reads aws-exports.js as data, without running it', () => {
    const root = makeTree({
      'src/aws-exports.js': `/* eslint-disable */
const awsmobile = {
    "aws_project_region": "us-east-1",
    "oauth": {
        "domain": "legacy.auth.us-east-1.amazoncognito.com",
        "redirectSignIn": "http://localhost:3000/api/auth/sign-in-callback",
        "redirectSignOut": "http://localhost:3000/api/auth/sign-out-callback"
    }
};

export default awsmobile;
`,
    });
    expect(readOAuthSettings(root, { path: 'src/aws-exports.js', kind: 'gen1-legacy' })).toEqual({
      domain: 'legacy.auth.us-east-1.amazoncognito.com',
      redirectSignIn: ['http://localhost:3000/api/auth/sign-in-callback'],
      redirectSignOut: ['http://localhost:3000/api/auth/sign-out-callback'],
    });
  });
});
