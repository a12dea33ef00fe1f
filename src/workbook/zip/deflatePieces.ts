/**
 * How a new part is deflated, for both writers (ZipStreamWriter straight into the zip, DeflatedPart kept
 * aside): text encoded a piece at a time, each piece deflated on its own by the codec (ending in a sync
 * flush, the last with the final block) so they join into one deflate stream, and the level chosen by the
 * part's size. The inflated bytes depend only on the text, never on the host; the compressed bytes on the
 * text, where the pieces end and the host's deflater (fflate in a page, zlib on the command line).
 */
import { codec, type DeflatedPiece } from "../bytes/codec";
import { concatBytes } from "../bytes/bytes";
import { utf8Encode } from "../bytes/text";

/** Bytes deflated at a time: large enough that the flush between pieces costs nothing measurable. */
export const PIECE_BYTES = 1 << 20;
/** Characters of text encoded at a time (at most three bytes each). */
const PIECE_CHARS = PIECE_BYTES / 2;

/**
 * A part of a megabyte or more (a sheet of 10,000 rows, its notes, the shared strings) is deflated at the
 * fast level: on our sheets' XML fflate's levels 1 to 3 run at the same speed, level 3 about 14% smaller
 * than level 1, and level 6 is two to three times slower for 10% fewer bytes again; zlib's level 3 takes
 * 1.5 times its level 1 (1.3 s against 0.9 s for the 230 MB of a copy of 100,000 rows) for the same 14%.
 * Smaller parts keep the default, where the time is nothing.
 */
export const LARGE_PART_BYTES = 1024 * 1024;
export const FAST_LEVEL = 3;
export const DEFAULT_LEVEL = 6;

/**
 * Pieces handed to the codec and not yet taken back, per writer: a host deflating on other threads works
 * on these while the writer makes the next; more would only hold more memory.
 */
export const PIECES_IN_FLIGHT = 6;

export function levelFor(size: number): number {
  return size >= LARGE_PART_BYTES ? FAST_LEVEL : DEFAULT_LEVEL;
}

/** The text as UTF-8, a piece of at most PIECE_CHARS characters at a time, never splitting a surrogate pair. */
export function forEachUtf8Piece(text: string, take: (bytes: Uint8Array) => void): void {
  for (let i = 0; i < text.length;) {
    let end = Math.min(text.length, i + PIECE_CHARS);
    if (end < text.length && (text.charCodeAt(end - 1) & 0xfc00) === 0xd800) end--;
    take(utf8Encode(text.slice(i, end)));
    i = end;
  }
}

/** The pieces taken since the last call, handed to the codec as one; `last` ends the stream. */
export function deflatePieces(pieces: readonly Uint8Array[], bytes: number, level: number, last: boolean): DeflatedPiece {
  const input = pieces.length === 1 ? pieces[0]! : concatBytes(pieces, bytes);
  return codec().deflatePiece(input, level, last);
}

/**
 * Deflated pieces in the order handed out, taken back in that order: at most PIECES_IN_FLIGHT wait, and
 * `drain` takes the rest.
 */
export class PieceQueue {
  private readonly waiting: DeflatedPiece[] = [];

  constructor(private readonly take: (compressed: Uint8Array) => void) {}

  add(piece: DeflatedPiece): void {
    this.waiting.push(piece);
    while (this.waiting.length > PIECES_IN_FLIGHT) this.take(this.waiting.shift()!());
  }

  drain(): void {
    while (this.waiting.length > 0) this.take(this.waiting.shift()!());
  }
}
