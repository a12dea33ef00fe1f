/**
 * A part's bytes read forward from its start, a piece at a time (issue 22): the writer splices the table's
 * sheet from spans that come in the order of the part, so it need not hold the part whole. At 100,000 rows
 * the sheet is 55 MB inflated, the largest thing the copy held while its rows were written; read forward,
 * only the pieces around the span asked for are held.
 */
import { codec } from "../workbook/bytes/codec";
import type { ChunkSource } from "../workbook/zip";
import { Utf8Pieces } from "../workbook/bytes/utf8Pieces";

/** A part's bytes, as often as they are asked for, each time from the start. */
export interface PartBytes {
  /** The part's size in bytes. */
  readonly length: number;
  /** A fresh pass over the bytes, in pieces. */
  readonly pieces: () => ChunkSource;
  /** The bytes are not known to be UTF-8: the first pass checks them (ForwardBytes.utf8). */
  readonly unchecked: boolean;
}

/** Bytes held whole, as PartBytes: one piece, known to be UTF-8 by whoever holds them. */
export function wholePart(bytes: Uint8Array): PartBytes {
  return {
    length: bytes.length,
    pieces: () => {
      let given = false;
      return () => {
        if (given) return undefined;
        given = true;
        return bytes;
      };
    },
    unchecked: false,
  };
}

const EMPTY = new Uint8Array(0);

/** Thrown for a span asked for behind one already read past, or past the part's end. */
export class NotForward extends Error {}

/**
 * One pass over a part. Each read asks for bytes at or after the start of the read before it; the pieces
 * wholly before that start are let go.
 */
export class ForwardBytes {
  private readonly next: ChunkSource;
  private held: Uint8Array[] = [];
  /** The offset of the first held piece's first byte, and of the byte after the last held piece. */
  private base = 0;
  private top = 0;
  private ended = false;
  private readonly check: Utf8Pieces | undefined;

  constructor(part: PartBytes) {
    this.next = part.pieces();
    this.check = part.unchecked ? new Utf8Pieces() : undefined;
  }

  /** The byte at `at`, or undefined past the part's end. */
  byte(at: number): number | undefined {
    if (!this.reach(at, at + 1)) return undefined;
    const piece = this.held[0]!;
    return piece[at - this.base];
  }

  /** Bytes `from`..`to` one a character (a "latin1" string, as the scanner reads a part). */
  latin1(from: number, to: number): string {
    if (to <= from) return "";
    return codec().latin1Decode(this.bytes(from, to));
  }

  /**
   * Bytes `from`..`to`: a view of the piece that holds them (pieces are never written to), or, for a span across
   * pieces, a copy joined from them.
   */
  bytes(from: number, to: number): Uint8Array {
    if (to <= from) return EMPTY;
    if (!this.reach(from, to)) throw new NotForward(`bytes ${from}..${to} past the part's end (${this.top})`);
    const first = this.held[0]!;
    if (to - this.base <= first.length) return first.subarray(from - this.base, to - this.base);
    // A span across pieces (a row cut where one piece ends) is joined from them.
    const out = new Uint8Array(to - from);
    let at = 0;
    let offset = this.base;
    for (const piece of this.held) {
      const start = Math.max(from, offset) - offset;
      const end = Math.min(to, offset + piece.length) - offset;
      if (end > start) {
        out.set(piece.subarray(start, end), at);
        at += end - start;
      }
      offset += piece.length;
      if (offset >= to) break;
    }
    return out;
  }

  /**
   * Reads the rest of the part: its size as read, and, for bytes not known to be UTF-8, whether they are.
   * The part's bytes go by here once in each pass, so this is the first pass's last read.
   */
  finish(): { readonly length: number; readonly utf8: boolean } {
    this.held = [];
    this.base = this.top;
    while (this.pull()) {
      this.held = [];
      this.base = this.top;
    }
    return { length: this.top, utf8: this.check ? this.check.end() : true };
  }

  /** Holds bytes `from`..`to` (the pieces before `from` let go); false if the part ends first. */
  private reach(from: number, to: number): boolean {
    if (from < this.base) throw new NotForward(`byte ${from} asked for after byte ${this.base}`);
    for (;;) {
      while (this.held.length > 0 && this.base + this.held[0]!.length <= from) this.base += this.held.shift()!.length;
      if (this.top >= to) return true;
      if (!this.pull()) return false;
    }
  }

  private pull(): boolean {
    if (this.ended) return false;
    const piece = this.next();
    if (piece === undefined) {
      this.ended = true;
      return false;
    }
    this.check?.add(piece);
    if (piece.length > 0) {
      if (this.held.length === 0) this.base = this.top;
      this.held.push(piece);
      this.top += piece.length;
    }
    return true;
  }
}
