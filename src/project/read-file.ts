import { isUtf8 } from 'node:buffer';
import fs from 'node:fs';
import { ProjectError } from '../errors.js';

/** Far above any source or config file a project holds: what is larger is not one. */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;
const MAX_SIZE_TEXT = '32 MiB';

/** A file that is not valid UTF-8: it is reported and left alone, never re-encoded. */
export class NotUtf8Error extends ProjectError {
  /** The first byte that is not UTF-8, e.g. `0xE9`. */
  readonly byte: string;

  constructor(
    readonly file: string,
    /** Where that byte is, as `line:column`. */
    readonly position: string,
    byte: number,
  ) {
    const hex = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    super(`${file} is not valid UTF-8 (byte ${hex} at ${position}).`, `Save ${file} as UTF-8, then run again.`);
    this.byte = hex;
  }

  /** Why the file is left alone, for a plan's "Skipped" list. */
  get skipReason(): string {
    return `not valid UTF-8 (byte ${this.byte} at ${this.position}); left alone: save it as UTF-8, then run again`;
  }
}

/** A file larger than MAX_FILE_BYTES: not read at all. */
export class FileTooLargeError extends ProjectError {
  /** Why the file is left alone, after its name in a report. */
  static readonly reason = `larger than ${MAX_SIZE_TEXT}, more than any source or config file: not read`;

  constructor(readonly file: string) {
    super(
      `${file} is ${FileTooLargeError.reason}.`,
      `Check what ${file} is (a generated bundle or data file does not belong there), then run again.`,
    );
  }
}

export interface ReadOptions {
  /**
   * The path was a regular file when its folder was listed (a source file found by the walk): it is opened
   * at once, not stat'ed first. Opening does not follow a symlink put there since, nor wait on a FIFO; what
   * is there now is still checked before a byte is read.
   */
  listed?: boolean;
}

/**
 * The bytes of the regular file `file` (`shown` names it in messages), or `null` when there is none. A
 * folder, FIFO, device or socket where a file is expected, or a file over MAX_FILE_BYTES, is a ProjectError:
 * nothing here can block on a pipe or read a device without end.
 */
export function readRegularFile(file: string, shown: string, options: ReadOptions = {}): Buffer | null {
  if (options.listed) {
    let fd: number;
    try {
      fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOFOLLOW ?? 0));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return null;
      // Something else is there now (a symlink, a file we may not read): the full checks name it.
      return readRegularFile(file, shown);
    }
    return readOpened(fd, file, shown);
  }
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw cannotRead(shown, error);
  }
  checkRegular(file, shown, stat);
  let fd: number;
  try {
    // Non-blocking: should the path become a FIFO after the stat, opening it must not wait for a writer.
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw cannotRead(shown, error);
  }
  return readOpened(fd, file, shown);
}

/** Reads an opened `file` after checking that what was opened is a regular file, and closes it. */
function readOpened(fd: number, file: string, shown: string): Buffer {
  try {
    const opened = fs.fstatSync(fd);
    checkRegular(file, shown, opened);
    return readAll(fd, shown, opened.size);
  } catch (error) {
    if (error instanceof ProjectError) throw error;
    throw cannotRead(shown, error);
  } finally {
    fs.closeSync(fd);
  }
}

/** A source file as read: its text (bytes that are not UTF-8 as U+FFFD) and, when it is not valid UTF-8, why. */
export interface SourceText {
  text: string;
  notUtf8?: NotUtf8Error;
}

/** `readRegularFile` as a `SourceText`: a file that is not valid UTF-8 is read all the same, and says so. */
export function readSourceText(file: string, shown: string, options: ReadOptions = {}): SourceText | null {
  const bytes = readRegularFile(file, shown, options);
  if (bytes === null) return null;
  const text = bytes.toString('utf8');
  return isUtf8(bytes) ? { text } : { text, notUtf8: notUtf8Error(bytes, shown) };
}

/** Whether there is a file at `file`: `false` when nothing is there, the same ProjectError as a read for a folder, FIFO or device. */
export function regularFileExists(file: string, shown: string): boolean {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (stat === undefined) return false;
  checkRegular(file, shown, stat);
  return true;
}

/** `readRegularFile` as text; a file that is not valid UTF-8 throws a NotUtf8Error. */
export function readUtf8File(file: string, shown: string): string | null {
  const bytes = readRegularFile(file, shown);
  return bytes === null ? null : decodeUtf8(bytes, shown);
}

/** The text of `bytes` (a BOM is kept), or a NotUtf8Error naming where the first invalid byte is. */
export function decodeUtf8(bytes: Buffer, shown: string): string {
  if (isUtf8(bytes)) return bytes.toString('utf8');
  throw notUtf8Error(bytes, shown);
}

/** The NotUtf8Error of `bytes` (not valid UTF-8): where its first invalid byte is, and which. */
function notUtf8Error(bytes: Buffer, shown: string): NotUtf8Error {
  const offset = firstInvalidByte(bytes);
  return new NotUtf8Error(shown, positionOf(bytes, offset), bytes[offset]!);
}

function checkRegular(file: string, shown: string, stat: fs.Stats): void {
  if (stat.isFile()) {
    if (stat.size > MAX_FILE_BYTES) throw new FileTooLargeError(shown);
    return;
  }
  const what = kindOf(stat);
  const through = linkTarget(file);
  const found = through === undefined ? `is ${what}` : `links to ${through}, ${what}`;
  if (stat.isDirectory()) {
    throw new ProjectError(`${shown} ${found}, where a file is expected.`, `Rename or remove that folder, then run again.`);
  }
  throw new ProjectError(
    `${shown} ${found}, not a regular file: amplify-next reads only regular files.`,
    `Put the file itself at ${shown}, then run again.`,
  );
}

function kindOf(stat: fs.Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

function linkTarget(file: string): string | undefined {
  try {
    return fs.lstatSync(file).isSymbolicLink() ? fs.realpathSync(file) : undefined;
  } catch {
    return undefined;
  }
}

/** Reads to the end, but never more than MAX_FILE_BYTES (the size a stat gives can be 0 or can grow). */
function readAll(fd: number, shown: string, size: number): Buffer {
  let buffer = Buffer.allocUnsafe(Math.min(size, MAX_FILE_BYTES) + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > MAX_FILE_BYTES) throw new FileTooLargeError(shown);
      const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, MAX_FILE_BYTES + 1));
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
    }
    const read = fs.readSync(fd, buffer, length, buffer.length - length, null);
    if (read === 0) break;
    length += read;
  }
  if (length > MAX_FILE_BYTES) throw new FileTooLargeError(shown);
  return buffer.subarray(0, length);
}

function cannotRead(shown: string, error: unknown): ProjectError {
  const err = error as NodeJS.ErrnoException;
  const why: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    ELOOP: 'a loop of symbolic links',
    EISDIR: 'it is a folder',
  };
  const reason = (err.code && why[err.code]) ?? err.code ?? err.message;
  return new ProjectError(`${shown} cannot be read (${reason}).`, `Fix ${shown} or its permissions, then run again.`);
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence (Unicode table 3-7). */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      const min = k === 1 ? low : 0x80;
      const max = k === 1 ? high : 0xbf;
      if (next === undefined || next < min || next > max) return i;
    }
    i += length;
  }
  return i;
}

/** `line:column` of a byte offset; everything before it is valid UTF-8. Lines end at LF, CRLF or CR. */
function positionOf(bytes: Buffer, offset: number): string {
  const before = bytes.subarray(0, offset).toString('utf8');
  const lines = before.split(/\r\n|\r|\n/);
  return `${lines.length}:${lines[lines.length - 1]!.length + 1}`;
}
