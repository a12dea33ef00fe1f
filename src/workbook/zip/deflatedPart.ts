/**
 * A part made as a sequence of text pieces and kept deflated as it is made: the writer of a large part (a
 * sheet of 100,000 rows is some 80 MB of XML) never holds its text whole, only the compressed bytes, a
 * tenth of the size. Its CRC and inflated size are known once it ends, before a byte of the zip is
 * written, so the copy's limits are checked on what will be written; the zip writer then copies the
 * compressed bytes as it copies an entry of the input.
 *
 * Text is encoded into pieces of about a megabyte, each deflated on its own by the codec with a sync flush
 * (the last with the final block), so they join into one deflate stream; the codec may hand them back
 * later than asked. The level follows the size as the zip writer chooses it: the default level for a part
 * under LARGE_PART_BYTES (one piece: a part under it is one final piece, as writeZip makes it), the fast
 * level once it grows past that. The same pieces in the same order give the same bytes in one host, and
 * the same inflated bytes in every host.
 */
import { crc32 } from "./crc32";
import { codec } from "../bytes/codec";
import { latin1Encode } from "../bytes/text";
import { FAST_LEVEL, LARGE_PART_BYTES, PIECE_BYTES, PieceQueue, deflatePieces, forEachUtf8Piece, levelFor } from "./deflatePieces";

/** Where generated text goes, a piece at a time. */
export interface TextSink {
  write(text: string): void;
  /** UTF-8 bytes given one a character (spans of a part read as "latin1"); only some sinks take them. */
  writeLatin1?(bytes: string): void;
  /** UTF-8 bytes, whole characters, which the sink may keep as they are (they are never written to); only some sinks take them. */
  writeBytes?(bytes: Uint8Array): void;
}

/** What a writer of a part puts into a TextSink, as one string (small parts, and tests). */
export function textOf(write: (out: TextSink) => void): string {
  const pieces: string[] = [];
  write({ write: (text) => void pieces.push(text) });
  return pieces.join("");
}

/** A finished part: its deflated bytes (raw deflate, method 8), CRC-32 and inflated size. */
export interface DeflatedData {
  readonly crc32: number;
  readonly uncompressedSize: number;
  readonly compressedSize: number;
  readonly chunks: readonly Uint8Array[];
}

export class DeflatedPart implements TextSink {
  /** Text is encoded straight into this buffer (no joined string), and taken as a piece once it is full. */
  private buffer = new Uint8Array(PIECE_BYTES);
  private used = 0;
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private level = 0;
  private crc = 0;
  private size = 0;
  private compressed = 0;
  private readonly chunks: Uint8Array[] = [];
  /** Pieces being deflated (perhaps on other threads), taken back in order. */
  private readonly deflating = new PieceQueue((out) => {
    this.compressed += out.length;
    this.chunks.push(out);
  });
  private done: DeflatedData | undefined;

  write(text: string): void {
    if (this.done) throw new Error("deflated part already ended");
    if (text.length === 0) return;
    // At most three bytes a UTF-16 unit: a text that might not fit goes into the next buffer, or on its own.
    if (this.used + text.length * 3 > this.buffer.length) {
      this.flush();
      if (text.length * 3 > this.buffer.length) {
        forEachUtf8Piece(text, (bytes) => this.take(bytes));
        return;
      }
    }
    this.used += codec().utf8EncodeInto(text, this.buffer, this.used);
  }

  /** UTF-8 bytes given one a character (a "latin1" string, as the scanner reads a part): copied as they are. */
  writeLatin1(bytes: string): void {
    if (this.done) throw new Error("deflated part already ended");
    if (bytes.length === 0) return;
    if (this.used + bytes.length > this.buffer.length) {
      this.flush();
      if (bytes.length > this.buffer.length) {
        for (let i = 0; i < bytes.length; i += PIECE_BYTES) this.take(latin1Encode(bytes.slice(i, i + PIECE_BYTES)));
        return;
      }
    }
    codec().latin1EncodeInto(bytes, this.buffer, this.used);
    this.used += bytes.length;
  }

  /** Raw bytes (UTF-8 text already encoded). */
  writeBytes(bytes: Uint8Array): void {
    if (this.done) throw new Error("deflated part already ended");
    this.flush();
    this.take(bytes);
  }

  end(): DeflatedData {
    if (this.done) return this.done;
    this.flush();
    if (this.level === 0) this.level = levelFor(this.size);
    this.deflate(true);
    this.deflating.drain();
    this.done = { crc32: this.crc, uncompressedSize: this.size, compressedSize: this.compressed, chunks: this.chunks };
    return this.done;
  }

  /** The text encoded so far, taken as a piece; the next text goes into a fresh buffer. */
  private flush(): void {
    if (this.used === 0) return;
    const piece = this.buffer.subarray(0, this.used);
    this.buffer = new Uint8Array(PIECE_BYTES);
    this.used = 0;
    this.take(piece);
  }

  private take(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.crc = crc32(bytes, this.crc);
    this.size += bytes.length;
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    // Until a part is known to be large, it is kept whole (up to LARGE_PART_BYTES) so a small one is
    // deflated in one go at the default level.
    if (this.level === 0 && this.size >= LARGE_PART_BYTES) this.level = FAST_LEVEL;
    // A large part's buffers are deflated as they fill (one piece each, not joined first).
    if (this.level !== 0 && this.pendingBytes >= PIECE_BYTES / 2) this.deflate(false);
  }

  private deflate(last: boolean): void {
    const out = deflatePieces(this.pending, this.pendingBytes, this.level, last);
    this.pending = [];
    this.pendingBytes = 0;
    this.deflating.add(out);
  }
}

/** A part given whole, deflated the same way. */
export function deflatePart(write: (out: TextSink) => void): DeflatedData {
  const part = new DeflatedPart();
  write(part);
  return part.end();
}
