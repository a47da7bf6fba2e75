import type { Check } from '../types.js';

/** Every check `doctor` runs, in the order their findings are reported within a file. */
export const checks: readonly Check[] = [];
