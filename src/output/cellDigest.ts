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

/**
 * SHA-256 over cells fed in row then column order: a line a cell, its address, kind, value and formula
 * apart by U+0001, as UTF-8 (a lone surrogate as U+FFFD).
 */
export class CellDigest {
  private readonly hash: Sha256 = codec().sha256();
  /** Lines not yet hashed, as UTF-8: hashed a buffer at a time (the same digest as one update a line). */
  private readonly buffer = new Uint8Array(1 << 16);
  private used = 0;

  add(cell: CellValueKey): void {
    const address = cellAddress(cell.row, cell.col);
    const value = canonicalValue(cell.kind, cell.value);
    const formula = cell.formula ?? "";
    // The fields are encoded one by one, never joined into a line first: a sheet of 100,000 rows has a
    // million cells, and making each line a string (then flattening it to encode) cost as much again.
    // Apart, each encodes as it does in the line: the separators are no surrogates to pair with.
    const room = (address.length + cell.kind.length + value.length + formula.length) * 3 + 4;
    if (this.used + room > this.buffer.length) {
      this.flush();
      if (room > this.buffer.length) {
        this.hash.update(utf8Encode(`${address}\u0001${cell.kind}\u0001${value}\u0001${formula}\n`));
        return;
      }
    }
    const b = this.buffer;
    let at = this.used;
    at += utf8EncodeInto(address, b, at);
    b[at++] = 0x01;
    at += utf8EncodeInto(cell.kind, b, at);
    b[at++] = 0x01;
    at += utf8EncodeInto(value, b, at);
    b[at++] = 0x01;
    at += utf8EncodeInto(formula, b, at);
    b[at++] = 0x0a;
    this.used = at;
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
