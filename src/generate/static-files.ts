import path from 'node:path';
import { folderEntries } from '../project/app-folders.js';

/**
 * File extensions the generated guard's matcher leaves out (a path-to-regexp alternation, so it can sit in
 * the matcher as it is): what `public/` holds in practice — images, fonts, media, styles and scripts,
 * documents, `robots.txt`, `sitemap.xml`, web manifests. Next.js matches the middleware before it serves a
 * `public/` file, and a matcher is fixed at build time, so the guard tells static files by their ending
 * (as Clerk's and Supabase's middleware do). `json` is not among them: Pages Router data requests
 * (`/_next/data/…/page.json`) must stay guarded.
 */
export const STATIC_FILE_EXTENSIONS =
  'avif|bmp|css|csv|docx?|eot|gif|html?|ico|jpe?g|js|m4a|map|mjs|mp3|mp4|ogg|otf|pdf|png|svg|tiff?|ttf|txt|wasm|wav|webm|webmanifest|webp|woff2?|xlsx?|xml|zip';

const STATIC_FILE = new RegExp(`\\.(?:${STATIC_FILE_EXTENSIONS})$`);

/** How many `public/` entries are looked at, at most (a folder of generated assets can be huge). */
const MAX_ENTRIES = 5000;

/**
 * The files under `public/` (project-relative, `/`-separated) whose URL the guard's matcher still covers,
 * because their name does not end in one of {@link STATIC_FILE_EXTENSIONS} (dotfiles such as `.gitkeep` left aside).
 */
export function guardedPublicFiles(root: string): string[] {
  const guarded: string[] = [];
  const pending = ['public'];
  let seen = 0;
  while (pending.length > 0 && seen < MAX_ENTRIES) {
    const dir = pending.shift()!;
    for (const entry of folderEntries(path.join(root, dir))) {
      if (++seen > MAX_ENTRIES) break;
      const relative = `${dir}/${entry.name}`;
      if (entry.isDirectory()) pending.push(relative);
      else if (entry.isFile() && !entry.name.startsWith('.') && !STATIC_FILE.test(entry.name)) guarded.push(relative);
    }
  }
  return guarded;
}
