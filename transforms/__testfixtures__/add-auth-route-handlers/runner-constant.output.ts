import { createServerRunner } from '@aws-amplify/adapter-nextjs';
import config from '@/amplify_outputs.json';

const runner = createServerRunner({ config });

export const runWithAmplifyServerContext = runner.runWithAmplifyServerContext;

export const createAuthRouteHandlers = runner.createAuthRouteHandlers;
