import { createServerRunner } from '@aws-amplify/adapter-nextjs';
import config from '@/amplify_outputs.json';
import { generateServerClientUsingCookies, generateServerClientUsingReqRes } from '@aws-amplify/adapter-nextjs/data';
import { cookies } from 'next/headers';

export const { runWithAmplifyServerContext } = createServerRunner({ config });

export const cookiesClient = generateServerClientUsingCookies({
  config,
  cookies,
});

export const reqResBasedClient = generateServerClientUsingReqRes({ config });
