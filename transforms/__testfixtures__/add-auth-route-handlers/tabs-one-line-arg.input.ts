import { createServerRunner } from '@aws-amplify/adapter-nextjs';
import config from '@/amplify_outputs.json';

export function unused() {
	return null;
}

export const { runWithAmplifyServerContext } = createServerRunner({ config });
