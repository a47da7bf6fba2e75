import { defineAuth, secret } from '@aws-amplify/backend';

export const auth = defineAuth({
  loginWith: {
    email: true,
    externalProviders: {
      google: { clientId: secret('GOOGLE_CLIENT_ID'), clientSecret: secret('GOOGLE_CLIENT_SECRET') },
      callbackUrls: ['https://www.example.com/profile', 'http://localhost:3000/api/auth/sign-in-callback', 'http://localhost:3000/profile'],
      logoutUrls: ['http://localhost:3000/api/auth/sign-out-callback', 'http://localhost:3000/'],
    },
  },
});
