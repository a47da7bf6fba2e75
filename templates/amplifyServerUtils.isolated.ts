import type { NextServer } from '@aws-amplify/adapter-nextjs';
import { createServerRunner } from '@aws-amplify/adapter-nextjs';
import config from '__AMPLIFY_CONFIG__';

// Typed explicitly: with isolatedDeclarations every export needs a type of its own.
type ServerRunner = NextServer.CreateServerRunnerOutput;
const serverRunner: ServerRunner = createServerRunner({
  config,
});

export const runWithAmplifyServerContext: ServerRunner['runWithAmplifyServerContext'] =
  serverRunner.runWithAmplifyServerContext;
