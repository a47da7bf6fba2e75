/**
 * What a Next.js `config.matcher` pattern matches, judged the way Next.js compiles it (path-to-regexp:
 * `:name`, `:name*`, `:name+`, `:name?` and regex groups such as `/((?!api|_next/static).*)`).
 * `undefined` when the pattern is not one this can compile.
 */
export function patternMatches(pattern: string, pathname: string): boolean | undefined {
  const source = pattern
    .replace(/\/:[A-Za-z_]\w*\*/g, '(?:/.*)?')
    .replace(/\/:[A-Za-z_]\w*\+/g, '(?:/.+)')
    .replace(/\/:[A-Za-z_]\w*\?/g, '(?:/[^/]+)?')
    .replace(/:[A-Za-z_]\w*/g, '[^/]+');
  try {
    return new RegExp(`^(?:${source})/?$`).test(pathname);
  } catch {
    return undefined;
  }
}

/** Whether any of the patterns (no matcher: every path) matches `pathname`; `undefined` when one cannot be judged. */
export function matcherMatches(patterns: readonly string[] | undefined, pathname: string): boolean | undefined {
  if (patterns === undefined) return true;
  let unknown = false;
  for (const pattern of patterns) {
    const matches = patternMatches(pattern, pathname);
    if (matches === true) return true;
    if (matches === undefined) unknown = true;
  }
  return unknown ? undefined : false;
}

const EXCLUSION = /^\/\(\(\?!(.*)\)\.\*\)$/;

/** The alternatives of the docs' catch-all `/((?!a|b|c).*)`, or `undefined` for any other pattern. */
export function excludedAlternatives(pattern: string): string[] | undefined {
  const inner = EXCLUSION.exec(pattern)?.[1];
  if (inner === undefined) return undefined;
  const alternatives: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = 0; i < inner.length; i++) {
    const char = inner[i]!;
    if (char === '\\') {
      current += char + (inner[i + 1] ?? '');
      i++;
      continue;
    }
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (depth < 0) return undefined;
    if (char === '|' && depth === 0) {
      alternatives.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  if (depth !== 0) return undefined;
  alternatives.push(current);
  return alternatives;
}

export function exclusionPattern(alternatives: readonly string[]): string {
  return `/((?!${alternatives.join('|')}).*)`;
}

/** An excluded alternative that is a bare path prefix (`api`, `sign-in`): it also excludes `/apidocs`. */
export function isBarePrefix(alternative: string): boolean {
  return /^[\w-]+(?:\/[\w-]+)*$/.test(alternative);
}

/** The alternative that excludes exactly `segment` and what lies below it. */
export function wholeSegment(segment: string): string {
  return `${segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:/|$)`;
}
