import { ProjectError } from '../errors.js';

/**
 * A run stopped before it wrote anything: `problem` says what was found, without the "nothing was written"
 * that the message adds, so that a caller can say what else the run had already done (an install).
 */
export class NothingWrittenError extends ProjectError {
  constructor(
    readonly problem: string,
    hint?: string,
    /** What the message says was left alone: no file written, or nothing changed at all. */
    readonly untouched: 'written' | 'changed' = 'written',
  ) {
    super(`${problem}; nothing was ${untouched}.`, hint);
  }
}
