/**
 * What the reader sees of a sheet's bytes as they go by, for the writer of its copy (issue 22): whether they
 * are well-formed UTF-8, and the bytes after its rows (the end tag of <sheetData> and what follows it: the
 * sheet's last few kilobytes). A large sheet's copy reads the part forward, inflating it again
 * (writer/forwardBytes.ts); with these it need not read the whole part once more before its rows are
 * written, only as far as the cells the edit is decided from.
 */
import { Utf8Pieces } from "../bytes/utf8Pieces";
import type { ChunkSource } from "../zip/inflateChunks";

/** The most bytes after the rows that are kept; a sheet with more after them has no PartEnd. */
export const PART_END_BYTES = 1024 * 1024;

/** The part as the reader saw it go by, to its end. */
export interface PartEnd {
  /** The part's size in bytes, a byte-order mark included. */
  readonly length: number;
  /** Whether all of it is well-formed UTF-8 (what codec().isUtf8 says of the whole). */
  readonly utf8: boolean;
  /** Its bytes from `from` (the offset given to PartWitness.end) to its end. */
  readonly tail: Uint8Array;
}

/** Watches a part's pieces go by (tap), keeping the last PART_END_BYTES or so of them. */
export class PartWitness {
  private readonly check = new Utf8Pieces();
  private kept: Uint8Array[] = [];
  private keptBytes = 0;
  /** The offset of the first kept piece's first byte. */
  private keptFrom = 0;
  private seen = 0;
  private ended = false;
  /** The part's first three bytes (a byte-order mark, or not). */
  private readonly lead: number[] = [];

  /** The same pieces, watched as they are taken. */
  tap(source: ChunkSource): ChunkSource {
    return () => {
      const piece = source();
      if (piece === undefined) this.ended = true;
      else this.take(piece);
      return piece;
    };
  }

  /**
   * The part from `from` to its end, once the source was read to its end; undefined if it was not, if
   * that is more than PART_END_BYTES, or if the part starts with a byte-order mark (offsets the reader gives
   * count from after it, and the copy's writer splices no such part from its spans).
   */
  end(from: number): PartEnd | undefined {
    if (!this.ended || from < this.keptFrom || from > this.seen || this.seen - from > PART_END_BYTES) return undefined;
    const [a, b, c] = this.lead;
    if (a === 0xef && b === 0xbb && c === 0xbf) return undefined;
    const tail = new Uint8Array(this.seen - from);
    let at = 0;
    let offset = this.keptFrom;
    for (const piece of this.kept) {
      const start = Math.max(from - offset, 0);
      if (start < piece.length) {
        tail.set(start === 0 ? piece : piece.subarray(start), at);
        at += piece.length - start;
      }
      offset += piece.length;
    }
    return { length: this.seen, utf8: this.check.end(), tail };
  }

  private take(piece: Uint8Array): void {
    if (piece.length === 0) return;
    for (let i = 0; this.lead.length < 3 && i < piece.length; i++) this.lead.push(piece[i]!);
    this.check.add(piece);
    this.seen += piece.length;
    this.kept.push(piece);
    this.keptBytes += piece.length;
    // The oldest piece goes once the others hold PART_END_BYTES without it.
    while (this.kept.length > 1 && this.keptBytes - this.kept[0]!.length >= PART_END_BYTES) {
      const gone = this.kept.shift()!;
      this.keptBytes -= gone.length;
      this.keptFrom += gone.length;
    }
  }
}
