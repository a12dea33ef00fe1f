/**
 * Deflate put off until the synchronous check has finished. The browser's own deflate (CompressionStream)
 * is several times faster than fflate in JavaScript, but it answers asynchronously, and the check's writer
 * is synchronous. So while the check writes, each piece it hands to the codec is kept as it is and a
 * 16-byte token stands in its place in the zip; once the check has finished, every entry made of tokens
 * is compressed whole by the browser (nativeZip.ts) and the zip laid out again.
 *
 * A token is this batch's random nonce and the piece's number: an input's entry cannot hold one by chance
 * or by design (the nonce is drawn afresh for every batch and never leaves the worker), so an entry whose
 * compressed bytes are all tokens of this batch is one the check wrote. The writer may read back a part it
 * wrote (the batch workbook starts from a package it wrote): such a part inflates to its pieces joined.
 */
import { concatBytes, InflateLimitError, type DeflatedPiece } from "../../workbook/bytes";

const TOKEN_BYTES = 16;
const NONCE_BYTES = 12;

/** Told of each piece as it is kept: its number, the piece, whether it ends its part (aheadDeflate.ts). */
export type PieceListener = (index: number, piece: Uint8Array, last: boolean) => void;

export class DeferredDeflate {
  private readonly nonce = crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  private readonly pieces: Uint8Array[] = [];

  constructor(private readonly onPiece?: PieceListener) {}

  /** The codec's deflatePiece: the piece kept, a token written in its place (level and end are the browser's). */
  readonly deflatePiece = (piece: Uint8Array, _level?: number, last = false): DeflatedPiece => {
    const token = new Uint8Array(TOKEN_BYTES);
    token.set(this.nonce);
    const index = this.pieces.length;
    new DataView(token.buffer).setUint32(NONCE_BYTES, index, true);
    this.pieces.push(piece);
    this.onPiece?.(index, piece, last);
    return () => token;
  };

  /** The numbers of the pieces an entry's compressed bytes stand for, when they are all this batch's and follow one another; else null. */
  runOf(raw: Uint8Array): { first: number; count: number } | null {
    if (!this.piecesOf(raw)) return null;
    const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
    const first = view.getUint32(NONCE_BYTES, true);
    const count = raw.length / TOKEN_BYTES;
    for (let i = 1; i < count; i++) if (view.getUint32(i * TOKEN_BYTES + NONCE_BYTES, true) !== first + i) return null;
    return { first, count };
  }

  /** The pieces an entry's compressed bytes stand for, in order, when they are all tokens of this batch; else null. */
  piecesOf(raw: Uint8Array): Uint8Array[] | null {
    if (raw.length === 0 || raw.length % TOKEN_BYTES !== 0) return null;
    const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
    const out: Uint8Array[] = [];
    for (let at = 0; at < raw.length; at += TOKEN_BYTES) {
      for (let i = 0; i < NONCE_BYTES; i++) if (raw[at + i] !== this.nonce[i]) return null;
      const piece = this.pieces[view.getUint32(at + NONCE_BYTES, true)];
      if (!piece) return null;
      out.push(piece);
    }
    return out;
  }

  /** A part the check wrote, read back: its pieces joined, bounded as any inflate is; null when not one. */
  inflated(raw: Uint8Array, maxOutput: number): Uint8Array | null {
    const pieces = this.piecesOf(raw);
    if (!pieces) return null;
    const size = pieces.reduce((n, p) => n + p.length, 0);
    if (size > maxOutput) throw new InflateLimitError();
    return pieces.length === 1 ? pieces[0]! : concatBytes(pieces, size);
  }
}
