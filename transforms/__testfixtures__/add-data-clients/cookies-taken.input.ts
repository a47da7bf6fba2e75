import { createServerRunner } from '@aws-amplify/adapter-nextjs';
import config from '@/amplify_outputs.json';

const cookies = () => [];

export const { runWithAmplifyServerContext } = createServerRunner({ config });
