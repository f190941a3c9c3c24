import type { Point } from './types.js';

/**
 * Maps 0-based UTF-16 offsets to 1-based line/column and back, in O(log lines).
 * Line breaks are "\n", "\r\n" and lone "\r", as in unified's vfile-location.
 */
export class LineIndex {
  /** Offset at which each line starts. */
  private readonly lineStarts: number[] = [0];
  /** The line (0-based) of the last lookup: offsets are mostly asked for in text order. */
  private lastLine = 0;

  constructor(readonly text: string) {
    if (!text.includes('\r')) {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 10 /* \n */) this.lineStarts.push(i + 1);
      else if (code === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.lineStarts.push(i + 1);
      }
    }
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** The point for an offset; offsets past the end clamp to the end. */
  pointAt(offset: number): Point {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(clamped);
    return { line: line + 1, column: clamped - this.lineStarts[line]! + 1, offset: clamped };
  }

  /** The 0-based line holding `offset` (0 <= offset <= text.length). */
  private lineOf(offset: number): number {
    const starts = this.lineStarts;
    const last = this.lastLine;
    // The line of the last lookup, or the next one.
    if (starts[last]! <= offset) {
      const next = starts[last + 1];
      if (next === undefined || offset < next) return last;
      const after = starts[last + 2];
      if (after === undefined || offset < after) return (this.lastLine = last + 1);
    }
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return (this.lastLine = low);
  }

  /** The offset of a 1-based line and column, or undefined when outside the text. */
  offsetAt(line: number, column: number): number | undefined {
    const start = this.lineStarts[line - 1];
    if (start === undefined || column < 1) return undefined;
    const offset = start + column - 1;
    return offset <= this.text.length ? offset : undefined;
  }

  /** The text of a 1-based line without its line break. */
  lineText(line: number): string {
    const start = this.lineStarts[line - 1] ?? this.text.length;
    const next = this.lineStarts[line] ?? this.text.length;
    return this.text.slice(start, next).replace(/\r?\n$|\r$/, '');
  }
}
