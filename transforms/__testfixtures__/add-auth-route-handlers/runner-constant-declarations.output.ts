import type { NextServer } from '@aws-amplify/adapter-nextjs';
import { createServerRunner } from '@aws-amplify/adapter-nextjs';
import config from '@/amplify_outputs.json';

const runner = createServerRunner({ config });

export const { runWithAmplifyServerContext } = runner;

export const createAuthRouteHandlers: NextServer.CreateServerRunnerOutput['createAuthRouteHandlers'] =
  runner.createAuthRouteHandlers;
