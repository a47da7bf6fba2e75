import { defineAuth } from '@aws-amplify/backend';

export const auth = defineAuth({
  loginWith: {
    email: true,
    externalProviders: {
      callbackUrls: [
        'https://www.example.com/',
        'http://localhost:3000/',
        'http://localhost:3000/api/auth/sign-in-callback',
      ],
      logoutUrls: [
        'http://localhost:3000/',
        'http://localhost:3000/api/auth/sign-out-callback',
        'https://www.example.com/',
      ],
    },
  },
});
