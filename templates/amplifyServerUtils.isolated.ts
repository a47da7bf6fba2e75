import type { NextServer } from '@aws-amplify/adapter-nextjs';
import { createServerRunner } from '@aws-amplify/adapter-nextjs';
import config from '__AMPLIFY_CONFIG__';

// Typed explicitly: isolatedDeclarations needs a type on each export.
type ServerRunner = NextServer.CreateServerRunnerOutput;
const serverRunner: ServerRunner = createServerRunner({
  config,
});

export const runWithAmplifyServerContext: ServerRunner['runWithAmplifyServerContext'] =
  serverRunner.runWithAmplifyServerContext;
