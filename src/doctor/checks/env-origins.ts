import { ORIGIN_VARIABLE } from '../../generate/auth-routes-plan.js';
import { lastEntry, parseDotenv } from '../../generate/dotenv.js';
import type { DoctorProject } from '../check.js';
import { positionAtOffset, type Position } from './locate.js';

/** The env files Next.js loads (`@next/env`), the ones it reads first first. */
export const ENV_FILES = ['.env.development.local', '.env.production.local', '.env.local', '.env.development', '.env.production', '.env'];

export interface OriginEntry {
  file: string;
  value: string;
  position: Position;
  production: boolean;
}

/** Every env file's AMPLIFY_APP_ORIGIN (the entry dotenv uses, its last one). */
export function originEntries(project: DoctorProject): OriginEntry[] {
  const entries: OriginEntry[] = [];
  for (const file of ENV_FILES) {
    const text = project.read(file);
    const entry = text === null ? undefined : lastEntry(parseDotenv(text), ORIGIN_VARIABLE);
    if (text === null || entry === undefined) continue;
    entries.push({
      file,
      value: entry.value,
      position: positionAtOffset(text, entry.start),
      production: file.startsWith('.env.production'),
    });
  }
  return entries;
}

/**
 * The adapter's own origin test (`isValidOrigin` in @aws-amplify/adapter-nextjs: its regular expression,
 * then the URL parser), plus no path: the adapter appends the route paths to the value as it is.
 */
const ADAPTER_ORIGIN = /^(http:\/\/localhost(:\d{1,5})?)|(https?:\/\/[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?)$/;

export function isOrigin(value: string): boolean {
  if (!ADAPTER_ORIGIN.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
  } catch {
    return false;
  }
}
