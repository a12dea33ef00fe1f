/**
 * Whether bytes that come a piece at a time are well-formed UTF-8, as codec().isUtf8 would answer for all
 * of them at once: a character cut between two pieces is checked whole, once its last byte has come.
 */
import { codec } from "./codec";

/** The bytes a sequence led by `lead` has in all; 0 for a byte that cannot lead one. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

export class Utf8Pieces {
  private valid = true;
  /** The first bytes of a character the last piece cut (at most three). */
  private held: number[] = [];

  /** Takes the next piece. */
  add(piece: Uint8Array): void {
    if (!this.valid || piece.length === 0) return;
    let from = 0;
    if (this.held.length > 0) {
      // The cut character is finished by the piece's first bytes: checked on its own.
      const need = sequenceLength(this.held[0]!) - this.held.length;
      const taken = Math.min(need, piece.length);
      for (let i = 0; i < taken; i++) this.held.push(piece[i]!);
      from = taken;
      if (taken < need) return;
      this.valid = codec().isUtf8(Uint8Array.from(this.held));
      this.held = [];
      if (!this.valid) return;
    }
    const cut = this.cutAt(piece, from);
    this.valid = codec().isUtf8(piece.subarray(from, cut));
    for (let i = cut; i < piece.length; i++) this.held.push(piece[i]!);
  }

  /** Whether every byte taken, to the last, is well-formed UTF-8. */
  end(): boolean {
    return this.valid && this.held.length === 0;
  }

  /**
   * Where the piece's last character starts if the piece ends before it does (the piece's length if not):
   * the bytes from there wait for the next piece. A byte that leads nothing is left in, for isUtf8 to refuse.
   */
  private cutAt(piece: Uint8Array, from: number): number {
    for (let i = piece.length - 1; i >= Math.max(from, piece.length - 3); i--) {
      const b = piece[i]!;
      if ((b & 0xc0) === 0x80) continue;
      const length = sequenceLength(b);
      return length > piece.length - i ? i : piece.length;
    }
    return piece.length;
  }
}
