/**
 * How a new part is deflated, for both writers (ZipStreamWriter straight into the zip, DeflatedPart kept
 * aside): text encoded a piece at a time, pieces deflated with a sync flush (the last with finish) so they
 * join into one deflate stream, and the level chosen by the part's size.
 */
import { constants, deflateRawSync } from "node:zlib";

/** Bytes deflated at a time: large enough that the flush between pieces costs nothing measurable. */
export const PIECE_BYTES = 1 << 20;
/** Characters of text encoded at a time (at most three bytes each). */
const PIECE_CHARS = PIECE_BYTES / 2;

/**
 * A rewritten sheet of 100,000 rows is some 80 MB of XML: level 1 deflates it four times faster than the
 * default level 6 for about a third more bytes. Smaller parts keep the default.
 */
export const LARGE_PART_BYTES = 4 * 1024 * 1024;
export const FAST_LEVEL = 1;
export const DEFAULT_LEVEL = 6;

export function levelFor(size: number): number {
  return size >= LARGE_PART_BYTES ? FAST_LEVEL : DEFAULT_LEVEL;
}

/** The text as UTF-8, a piece of at most PIECE_CHARS characters at a time, never splitting a surrogate pair. */
export function forEachUtf8Piece(text: string, take: (bytes: Buffer) => void): void {
  for (let i = 0; i < text.length;) {
    let end = Math.min(text.length, i + PIECE_CHARS);
    if (end < text.length && (text.charCodeAt(end - 1) & 0xfc00) === 0xd800) end--;
    take(Buffer.from(text.slice(i, end), "utf8"));
    i = end;
  }
}

/** The pieces taken since the last call, deflated as one; `last` ends the stream. */
export function deflatePieces(pieces: readonly Uint8Array[], bytes: number, level: number, last: boolean): Buffer {
  const input = pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces, bytes);
  return deflateRawSync(input, { level, finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH });
}
