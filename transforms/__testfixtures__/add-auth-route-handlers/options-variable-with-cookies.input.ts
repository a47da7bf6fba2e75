import { createServerRunner } from '@aws-amplify/adapter-nextjs';
import config from '@/amplify_outputs.json';

const options = { config };

export const { runWithAmplifyServerContext } = createServerRunner(options);
