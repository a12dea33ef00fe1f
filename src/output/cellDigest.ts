/**
 * A digest of cell values, the way the ownership record vouches for what a check wrote (REPORT.md
 * "Ownership"): over values (address, kind, text or number by value, formula), never over a file's XML or
 * Office's objects, so every host takes the same digest of the same cells, and a copy that Excel saved again
 * (shared strings, other style ids) is still recognised.
 */
import { ByteRun } from "../workbook/bytes/byteRun";
import { codec, type Sha256 } from "../workbook/bytes/codec";
import { utf8Encode } from "../workbook/bytes/text";
import { columnLetters } from "./cellRef";
import { writeCentsNumber } from "./centsDigits";

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

/** Lines hashed a buffer at a time (the same digest as one update a line). */
const BUFFER_BYTES = 1 << 16;

/**
 * SHA-256 over cells fed in row then column order: a line a cell, its address, kind, value and formula
 * apart by U+0001, as UTF-8 (a lone surrogate as U+FFFD). The line is written a field at a time into a
 * buffer (ByteRun), never joined into a string first: a sheet of 100,000 rows has a million cells. Apart,
 * each field encodes as it does in the line: the separators are no surrogates to pair with.
 *
 * `add` takes a cell as a reader found it; `number` and `text` are the same lines for the cells a writer
 * writes (a whole or decimal number, a text), with the column's letters kept from one row to the next.
 */
export class CellDigest {
  private readonly hash: Sha256 = codec().sha256();
  // A field longer than the buffer goes to `write` whole, encoded as the buffer would encode it.
  private readonly run = new ByteRun(
    { write: (text) => this.hash.update(utf8Encode(text)), writeBytes: (bytes) => this.hash.update(bytes) },
    BUFFER_BYTES,
    false,
  );
  private readonly letters: string[] = [];
  private readonly lastText: (string | undefined)[] = [];
  private readonly lastBytes: (Uint8Array | undefined)[] = [];
  private readonly repeats: number[] = [];

  add(cell: CellValueKey): void {
    this.run.ascii(this.lettersOf(cell.col));
    this.run.number(cell.row);
    this.run.ascii(SEPARATOR);
    this.run.ascii(cell.kind);
    this.run.ascii(SEPARATOR);
    this.run.text(canonicalValue(cell.kind, cell.value));
    this.run.ascii(SEPARATOR);
    this.run.text(cell.formula ?? "");
    this.run.ascii(LINE_END);
  }

  /** A number's cell: a finite number's canonical form is String(n), which ByteRun writes. */
  number(col: number, row: number, value: number): void {
    this.head(col, row, NUMBER_KIND);
    this.run.number(value);
    this.run.ascii(NO_FORMULA);
  }

  /** An amount's cell, from its whole 分: the line number(col, row, cents / 100) gives. */
  cents(col: number, row: number, cents: number): void {
    this.head(col, row, NUMBER_KIND);
    writeCentsNumber(this.run, cents);
    this.run.ascii(NO_FORMULA);
  }

  /** A text's cell, shared or inline alike. */
  text(col: number, row: number, text: string): void {
    this.head(col, row, TEXT_KIND);
    // A column often holds the text of the row above (a file's name, a verdict): its bytes are kept.
    // Encoded apart only once it comes a third time running: a text seen twice is cheaper written twice.
    if (this.lastText[col] === text && text.length <= KEPT_TEXT) {
      const kept = this.lastBytes[col];
      if (kept) this.run.bytes(kept);
      else if (this.repeats[col]++ === 0) this.run.text(text);
      else this.run.bytes((this.lastBytes[col] = utf8Encode(text)));
    } else {
      this.lastText[col] = text;
      this.lastBytes[col] = undefined;
      this.repeats[col] = 0;
      this.run.text(text);
    }
    this.run.ascii(NO_FORMULA);
  }

  hex(): string {
    this.run.flush();
    return this.hash.hex();
  }

  /** The line's address and its kind between separators. */
  private head(col: number, row: number, kind: string): void {
    this.run.ascii(this.lettersOf(col));
    this.run.number(row);
    this.run.ascii(kind);
  }

  private lettersOf(col: number): string {
    return (this.letters[col] ??= columnLetters(col));
  }
}

/** Texts up to this long have their bytes kept (a longer one is written in pieces, see ByteRun.text). */
const KEPT_TEXT = 1024;

// The separators and kinds as ASCII text: a few bytes copied by the run's loop, where an array of them was
// a call to the typed array's set for each of some three million fields.
const SEPARATOR = "\u0001";
const LINE_END = "\n";
const NUMBER_KIND = "\u0001n\u0001";
const TEXT_KIND = "\u0001s\u0001";
/** The empty formula's separator and the line's end. */
const NO_FORMULA = "\u0001\n";
