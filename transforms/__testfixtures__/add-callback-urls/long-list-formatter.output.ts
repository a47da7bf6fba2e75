import { defineAuth } from '@aws-amplify/backend';

export const auth = defineAuth({
  loginWith: {
    email: true,
    externalProviders: {
      callbackUrls: [
        'http://localhost:3000/api/auth/sign-in-callback',
        'http://localhost:3000/',
        'https://www.example.com/',
      ],
      logoutUrls: [
        'http://localhost:3000/api/auth/sign-out-callback',
        'http://localhost:3000/',
        'https://www.example.com/',
      ],
    },
  },
});
