/**
 * Import sources in the order Biome's organizeImports sorts them by default: by distance (URLs, sources
 * with a protocol such as `node:`, packages, aliases such as `@/`, `#`, `~`, then paths), then in natural
 * order (A < a < a9 < a10 < B < b).
 */
export function compareImportSources(a: string, b: string): number {
  return distance(a) - distance(b) || naturalCompare(a, b);
}

function distance(source: string): number {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) return 0;
  if (/^[a-z][a-z0-9+.-]*:/i.test(source)) return 1;
  if (/^(?:@\/|[#~$%])/.test(source)) return 3;
  if (source.startsWith('.') || source.startsWith('/')) return 4;
  return 2;
}

function naturalCompare(a: string, b: string): number {
  const tokens = (text: string) => text.match(/\d+|\D/g) ?? [];
  const left = tokens(a);
  const right = tokens(b);
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i]!;
    const y = right[i]!;
    if (x === y) continue;
    if (/^\d/.test(x) && /^\d/.test(y)) return Number(x) - Number(y) || x.length - y.length;
    if (x.toLowerCase() !== y.toLowerCase()) return x.toLowerCase() < y.toLowerCase() ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return left.length - right.length;
}
