import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeUtf8, FileTooLargeError, MAX_FILE_BYTES, NotUtf8Error, readRegularFile } from '../../src/project/read-file.js';
import { uniformLineEnding, withLfLineEnds } from '../../src/ast/line-endings.js';
import { cleanupTrees, makeTree } from '../helpers/tree.js';

afterEach(cleanupTrees);

function notUtf8(bytes: number[] | Buffer): NotUtf8Error {
  try {
    decodeUtf8(Buffer.from(bytes), 'f.ts');
  } catch (error) {
    if (error instanceof NotUtf8Error) return error;
    throw error;
  }
  throw new Error('decoded');
}

describe('decodeUtf8', () => {
  it('keeps a BOM and every character of valid UTF-8', () => {
    const text = '\uFEFFconst s = "café ✓ 😀";\r\n';
    expect(decodeUtf8(Buffer.from(text), 'f.ts')).toBe(text);
  });

  it.each([
    ['a Windows-1252 é', Buffer.from('a\n// caf\xe9', 'latin1'), '0xE9', '2:7'],
    ['after valid multi-byte characters, counted as characters', Buffer.concat([Buffer.from('é😀'), Buffer.from([0xff])]), '0xFF', '1:4'],
    ['an overlong NUL', [0x61, 0xc0, 0x80], '0xC0', '1:2'],
    ['a UTF-16 surrogate', [0xed, 0xa0, 0x80], '0xED', '1:1'],
    ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], '0xF4', '1:1'],
    ['a sequence cut short at the end', [0x61, 0x62, 0xe2, 0x9c], '0xE2', '1:3'],
    ['a lone continuation byte after CR-only lines', [0x61, 0x0d, 0x62, 0x0d, 0x80], '0x80', '3:1'],
  ])('names the first invalid byte: %s', (_name, bytes, byte, position) => {
    const error = notUtf8(bytes as number[]);
    expect(error.byte).toBe(byte);
    expect(error.position).toBe(position);
    expect(error.message).toBe(`f.ts is not valid UTF-8 (byte ${byte} at ${position}).`);
  });
});

describe('readRegularFile', () => {
  it.skipIf(process.platform !== 'linux')('reads a file whose stat size says nothing (0) to its end', () => {
    expect(readRegularFile('/proc/self/status', 'status')!.toString('utf8')).toMatch(/^Name:/);
  });

  it('gives null for a missing file or a path through a file', () => {
    const root = makeTree({ 'a.txt': 'x' });
    expect(readRegularFile(path.join(root, 'missing.txt'), 'missing.txt')).toBeNull();
    expect(readRegularFile(path.join(root, 'a.txt/b.txt'), 'a.txt/b.txt')).toBeNull();
  });

  it('refuses a file over the cap without reading it', () => {
    const root = makeTree({ 'big.js': '' });
    fs.truncateSync(path.join(root, 'big.js'), MAX_FILE_BYTES + 1);
    expect(() => readRegularFile(path.join(root, 'big.js'), 'big.js')).toThrow(FileTooLargeError);
    expect(() => readRegularFile(path.join(root, 'big.js'), 'big.js', { listed: true })).toThrow(FileTooLargeError);
  });
});

describe('readRegularFile of a path a walk listed as a regular file', () => {
  it('reads it, and gives null when it is gone', () => {
    const root = makeTree({ 'a.js': 'export {};\n' });
    expect(readRegularFile(path.join(root, 'a.js'), 'a.js', { listed: true })!.toString('utf8')).toBe('export {};\n');
    expect(readRegularFile(path.join(root, 'gone.js'), 'gone.js', { listed: true })).toBeNull();
  });

  it('names what is there now when it became a folder or a symlink, as an unlisted read does', () => {
    const root = makeTree({ 'dir/x.js': '', 'target.js': 'export {};\n' });
    fs.symlinkSync(path.join(root, 'target.js'), path.join(root, 'link.js'));
    for (const file of ['dir', 'link.js']) {
      const listed = () => readRegularFile(path.join(root, file), file, { listed: true });
      const unlisted = () => readRegularFile(path.join(root, file), file);
      let expected: unknown;
      try {
        expected = unlisted();
      } catch (error) {
        expected = (error as Error).message;
      }
      let got: unknown;
      try {
        got = listed();
      } catch (error) {
        got = (error as Error).message;
      }
      expect(got).toEqual(expected);
    }
    expect(() => readRegularFile(path.join(root, 'dir'), 'dir', { listed: true })).toThrow(/dir is a folder, where a file is expected/);
  });

  it.skipIf(process.platform === 'win32')('never waits on a FIFO put there since', () => {
    const root = makeTree({});
    execFileSync('mkfifo', [path.join(root, 'pipe.js')]);
    expect(() => readRegularFile(path.join(root, 'pipe.js'), 'pipe.js', { listed: true })).toThrow(/pipe\.js is a FIFO \(named pipe\)/);
  });
});

describe('line endings', () => {
  it.each([
    ['a\nb\n', '\n'],
    ['a\r\nb\r\n', '\r\n'],
    ['a\rb\r', '\r'],
    ['a\r\nb\n', undefined],
    ['a\rb\n', undefined],
    ['ab', undefined],
  ])('%j ends its lines with %j', (text, eol) => {
    expect(uniformLineEnding(text)).toBe(eol);
  });

  it.each(['x\ry\r', 'x\r\ny\r\n'])('an edit of %j on its LF form comes back with its own line ends', (text) => {
    const lf = withLfLineEnds(text);
    expect(lf.text).toBe('x\ny\n');
    expect(lf.restore(`${lf.text}z\n`)).toBe(`${text}z${text.endsWith('\r\n') ? '\r\n' : '\r'}`);
  });

  it('a text that mixes line ends is edited as it is', () => {
    const lf = withLfLineEnds('x\ry\n');
    expect(lf.text).toBe('x\ry\n');
    expect(lf.restore('x\ry\nz\n')).toBe('x\ry\nz\n');
  });
});
