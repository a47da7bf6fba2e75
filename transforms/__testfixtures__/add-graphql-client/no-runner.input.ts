export { runWithAmplifyServerContext } from './runner';
