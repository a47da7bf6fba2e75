import { FileTooLargeError, type SourceText } from '../project/read-file.js';
import { SETUP_MODULE_NEEDLES } from '../project/setup-module-needles.js';
import { mayNeedMigration } from '../../transforms/migrate-v5/find/prefilter.js';

/** A file the prefilter passed, with what the migration needs of its reading. */
export interface ScannedFile {
  file: string;
  text: string;
  /** Set when the file is not valid UTF-8: it is reported, never re-encoded. */
  notUtf8?: { position: string; byte: string };
}

/** What one pass over source files found; plain data, so that it crosses from a worker as it is. */
export interface ScanResult {
  /** The files that may hold something to migrate, in the order they were given. */
  candidates: ScannedFile[];
  /** Files larger than any source file: not read. */
  tooLarge: string[];
  /** The files whose text holds some of SETUP_MODULE_NEEDLES, and which; every other file read holds none. */
  setupNeedles: { file: string; found: string[] }[];
}

export function emptyScan(): ScanResult {
  return { candidates: [], tooLarge: [], setupNeedles: [] };
}

/** Adds `more` (the scan of the files after those of `into`) to `into`. */
export function appendScan(into: ScanResult, more: ScanResult): void {
  into.candidates.push(...more.candidates);
  into.tooLarge.push(...more.tooLarge);
  into.setupNeedles.push(...more.setupNeedles);
}

/**
 * Reads each of `files` (absolute) with `read` and keeps what the run needs of it: the text of the files
 * the prefilter passes, and which setup needles each file holds. A file that cannot be read as a source
 * file for any reason other than its size throws, as the read does.
 */
export function scanSourceFiles(files: readonly string[], read: (file: string) => SourceText | null): ScanResult {
  const result = emptyScan();
  for (const file of files) {
    let source: SourceText | null;
    try {
      source = read(file);
    } catch (error) {
      if (!(error instanceof FileTooLargeError)) throw error;
      result.tooLarge.push(file);
      continue;
    }
    if (source === null) continue;
    const found = SETUP_MODULE_NEEDLES.filter((needle) => source.text.includes(needle));
    if (found.length > 0) result.setupNeedles.push({ file, found });
    if (!mayNeedMigration(source.text)) continue;
    const { notUtf8 } = source;
    result.candidates.push(
      notUtf8 ? { file, text: source.text, notUtf8: { position: notUtf8.position, byte: notUtf8.byte } } : { file, text: source.text },
    );
  }
  return result;
}
