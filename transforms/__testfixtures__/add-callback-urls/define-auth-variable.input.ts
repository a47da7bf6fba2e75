import { defineAuth } from '@aws-amplify/backend';
import { authProps } from './props';

export const auth = defineAuth(authProps);
