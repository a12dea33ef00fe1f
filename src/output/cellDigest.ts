/**
 * A digest of cell values, the way the ownership record vouches for what a check wrote (REPORT.md
 * "Ownership"): over values (address, kind, text or number by value, formula), never over a file's XML or
 * Office's objects, so every host takes the same digest of the same cells, and a copy that Excel saved again
 * (shared strings, other style ids) is still recognised.
 */
import { codec, type Sha256 } from "../workbook/bytes/codec";
import { utf8Encode, utf8EncodeInto } from "../workbook/bytes/text";
import { cellAddress } from "./cellRef";

/** A cell's value as the digest sees it: the kind Excel gives it and its text, and a formula if it has one. */
export interface CellValueKey {
  readonly row: number;
  readonly col: number;
  /** "n" number, "s" text (shared or inline alike), "b", "e", "str" (a formula's text), "d". */
  readonly kind: string;
  readonly value: string;
  readonly formula?: string;
}

/** Numbers compare by value: Excel may write 1234.57 back as 1234.5699999999999. */
export function canonicalValue(kind: string, value: string): string {
  if (kind !== "n") return value;
  const n = Number(value);
  return Number.isFinite(n) && value.trim() !== "" ? String(n) : value;
}

/** SHA-256 over cells fed in row then column order. */
export class CellDigest {
  private readonly hash: Sha256 = codec().sha256();
  /** Lines not yet hashed, as UTF-8: hashed a buffer at a time (the same digest as one update a line). */
  private readonly buffer = new Uint8Array(1 << 16);
  private used = 0;

  add(cell: CellValueKey): void {
    const line = `${cellAddress(cell.row, cell.col)}\u0001${cell.kind}\u0001${canonicalValue(cell.kind, cell.value)}\u0001${cell.formula ?? ""}\n`;
    if (this.used + line.length * 3 > this.buffer.length) {
      this.flush();
      if (line.length * 3 > this.buffer.length) {
        this.hash.update(utf8Encode(line));
        return;
      }
    }
    this.used += utf8EncodeInto(line, this.buffer, this.used);
  }

  hex(): string {
    this.flush();
    return this.hash.hex();
  }

  private flush(): void {
    if (this.used === 0) return;
    this.hash.update(this.buffer.subarray(0, this.used));
    this.used = 0;
  }
}
