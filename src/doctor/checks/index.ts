import type { Check } from '../types.js';
import { configFile } from './configuration-config-file.js';
import { configMismatch } from './configuration-mismatch.js';
import { configureMultiple } from './configuration-multiple.js';
import { configureNotRendered } from './configuration-rendered.js';
import { serverRunner } from './configuration-server-runner.js';
import { configureWithoutSsr } from './configuration-ssr.js';
import { guardImports } from './guard-imports.js';
import { guardMatcher } from './guard-matcher.js';
import { guardNext16 } from './guard-next16.js';
import { guardResponse } from './guard-response.js';

/** Every check `doctor` runs (the runner sorts their findings). One entry per line. */
export const checks: readonly Check[] = [
  configMismatch,
  configureWithoutSsr,
  configureMultiple,
  configureNotRendered,
  configFile,
  serverRunner,
  guardResponse,
  guardMatcher,
  guardImports,
  guardNext16,
];
