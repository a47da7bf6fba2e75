import { defineAuth, secret } from '@aws-amplify/backend';

export const auth = defineAuth({
  loginWith: {
    email: true,
    externalProviders: {
      google: {
        clientId: secret('GOOGLE_CLIENT_ID'),
        clientSecret: secret('GOOGLE_CLIENT_SECRET'),
        scopes: ['email', 'profile'],
      },
      signInWithApple: {
        clientId: secret('SIWA_CLIENT_ID'),
        keyId: secret('SIWA_KEY_ID'),
        privateKey: secret('SIWA_PRIVATE_KEY'),
        teamId: secret('SIWA_TEAM_ID'),
      },
      oidc: [
        {
          name: 'MicrosoftEntraID',
          clientId: secret('MICROSOFT_CLIENT_ID'),
          clientSecret: secret('MICROSOFT_CLIENT_SECRET'),
          issuerUrl: 'https://login.microsoftonline.com/TENANT/v2.0',
        },
      ],
      callbackUrls: ['http://localhost:3000/profile', 'https://www.example.com/api/auth/sign-in-callback', 'https://www.example.com/profile'],
      logoutUrls: ['http://localhost:3000/', 'https://www.example.com/api/auth/sign-out-callback', 'https://www.example.com/'],
    },
  },
});
