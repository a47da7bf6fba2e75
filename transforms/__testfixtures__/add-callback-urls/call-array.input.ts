import { defineAuth, secret } from '@aws-amplify/backend';

const urlsFor = (path: string) => [`http://localhost:3000${path}`];

export const auth = defineAuth({
  loginWith: {
    email: true,
    externalProviders: {
      google: { clientId: secret('GOOGLE_CLIENT_ID'), clientSecret: secret('GOOGLE_CLIENT_SECRET') },
      callbackUrls: urlsFor('/profile'),
      logoutUrls: ['http://localhost:3000/'],
    },
  },
});
