import config from '@/amplify_outputs.json';

export { config };
