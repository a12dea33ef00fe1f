/**
 * The digest of a sheet's cells (ownership.ts CellDigest) taken as a writer of bytes writes them: the same
 * lines hashed (address, kind, value, formula, each followed by U+0001, the last by a line feed), written
 * as bytes into one buffer rather than built as a string a cell. The digest is what a later check computes
 * reading the part back (sheetDigest), so a line here must be byte for byte CellDigest's.
 */
import { codec } from "../workbook/bytes/codec";
import { utf8Encode } from "../workbook/bytes/text";
import { ByteRun } from "./byteRun";

/** Lines hashed a buffer at a time (the same digest as one update a line). */
const BUFFER_BYTES = 1 << 16;

export class CellDigestRun {
  private readonly hash = codec().sha256();
  private readonly run = new ByteRun(
    { write: () => { throw new Error("a digest line longer than its buffer"); }, writeBytes: (bytes) => this.hash.update(bytes) },
    BUFFER_BYTES,
    false,
  );

  /** A number's cell (`letters` the column's): a finite number's canonical form is String(n). */
  number(letters: Uint8Array, row: number, value: number): void {
    this.head(letters, row, 0x6e);
    this.run.int(value);
    this.tail();
  }

  /** A text's cell. A lone surrogate is hashed as U+FFFD, the text read back (ownership.ts readBack). */
  text(letters: Uint8Array, row: number, text: string): void {
    this.head(letters, row, 0x73);
    // A text longer than the buffer would not fit: such a cell is hashed in pieces of its UTF-8 all the same.
    if (text.length * 3 + 8 > BUFFER_BYTES) {
      this.run.flush();
      this.hash.update(utf8Encode(text));
    } else this.run.text(text);
    this.tail();
  }

  hex(): string {
    this.run.flush();
    return this.hash.hex();
  }

  private head(letters: Uint8Array, row: number, kind: number): void {
    this.run.bytes(letters);
    this.run.int(row);
    this.run.bytes(KIND[kind === 0x6e ? 0 : 1]!);
  }

  private tail(): void {
    this.run.bytes(TAIL);
  }
}

const KIND = [Uint8Array.of(1, 0x6e, 1), Uint8Array.of(1, 0x73, 1)];
const TAIL = Uint8Array.of(1, 0x0a);
