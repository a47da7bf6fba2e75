import { defineAuth } from '@aws-amplify/backend';

export const auth = defineAuth({
  loginWith: {
    email: true,
    externalProviders: {
      callbackUrls: ['https://www.example.com/'],
      logoutUrls: ['https://www.example.com/'],
    },
  },
});
