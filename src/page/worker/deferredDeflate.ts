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

export class DeferredDeflate {
  private readonly nonce = crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  private readonly pieces: Uint8Array[] = [];

  /** The codec's deflatePiece: the piece kept, a token written in its place (level and end are the browser's). */
  readonly deflatePiece = (piece: Uint8Array): DeflatedPiece => {
    const token = new Uint8Array(TOKEN_BYTES);
    token.set(this.nonce);
    new DataView(token.buffer).setUint32(NONCE_BYTES, this.pieces.length, true);
    this.pieces.push(piece);
    return () => token;
  };

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
