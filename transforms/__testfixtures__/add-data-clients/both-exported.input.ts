import { createServerRunner } from '@aws-amplify/adapter-nextjs';
import { generateServerClientUsingCookies, generateServerClientUsingReqRes } from '@aws-amplify/adapter-nextjs/data';
import { cookies } from 'next/headers';
import config from '@/amplify_outputs.json';

export const { runWithAmplifyServerContext } = createServerRunner({ config });
export const cookiesClient = generateServerClientUsingCookies({ config, cookies });
export const reqResBasedClient = generateServerClientUsingReqRes({ config });
