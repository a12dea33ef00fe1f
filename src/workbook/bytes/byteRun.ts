/**
 * The bytes of a part written as it is made, into one buffer of about a megabyte handed on whole: a sheet of
 * 100,000 rows is millions of cells, and building each as a string, joining them and encoding the join a
 * short piece at a time allocated more than the sheet is. Markup is ASCII and written byte for byte; text
 * is UTF-8-encoded straight into the buffer; whole numbers are written digit by digit.
 *
 * A sink that takes bytes (DeflatedPart) gets each full buffer as it is, and the next one is fresh, since
 * the sink keeps it until it is deflated; any other sink gets the buffer's text (small parts, tests). The
 * digest of cell values (output/cellDigest.ts) writes its lines with it too, into the hash.
 */
import { codec } from "./codec";
import { latin1Encode, utf8Decode } from "./text";

/** Where a run's bytes go: text, or (when it can) bytes already encoded, which it keeps (zip's DeflatedPart). */
export interface BytesSink {
  write(text: string): void;
  writeBytes?(bytes: Uint8Array): void;
}

/** Bytes handed on at a time: the size of the pieces DeflatedPart deflates. */
const RUN_BYTES = 1 << 20;

export class ByteRun {
  private buffer: Uint8Array;
  private used = 0;

  /** `keeps`: the sink keeps the bytes it is given, so each buffer handed on is replaced by a fresh one. */
  constructor(private readonly out: BytesSink, size = RUN_BYTES, private readonly keeps = true) {
    this.buffer = new Uint8Array(size);
  }

  /** Room for `bytes` more, handing on what the buffer holds when they would not fit. */
  private room(bytes: number): void {
    if (this.used + bytes > this.buffer.length) this.flush();
  }

  /** Text known to be ASCII (markup, names of ours, digits). */
  ascii(text: string): void {
    const n = text.length;
    if (n > this.buffer.length) {
      this.flush();
      this.out.write(text);
      return;
    }
    this.room(n);
    const b = this.buffer;
    let at = this.used;
    for (let i = 0; i < n; i++) b[at++] = text.charCodeAt(i);
    this.used = at;
  }

  /** Any text, as UTF-8 (a lone surrogate as U+FFFD, as TextEncoder writes it). */
  text(text: string): void {
    if (text.length * 3 > this.buffer.length) {
      this.flush();
      this.out.write(text);
      return;
    }
    this.room(text.length * 3);
    this.used += codec().utf8EncodeInto(text, this.buffer, this.used);
  }

  /** Bytes already encoded (a few, such as a column's letters). */
  bytes(bytes: Uint8Array): void {
    this.room(bytes.length);
    this.buffer.set(bytes, this.used);
    this.used += bytes.length;
  }

  /**
   * UTF-8 bytes of any length, whole characters (a span of a part read as bytes): copied into the buffer, or
   * a long one handed on as it is after what the buffer holds (the sink may keep it: it is never written to).
   */
  span(bytes: Uint8Array): void {
    if (bytes.length <= this.buffer.length >> 2) {
      this.bytes(bytes);
      return;
    }
    this.flush();
    if (this.out.writeBytes) this.out.writeBytes(bytes);
    else this.out.write(utf8Decode(bytes));
  }

  /** UTF-8 bytes one a character (a "latin1" string, as the scanner reads a part): written as the bytes they are. */
  latin1(bytes: string): void {
    if (bytes.length > this.buffer.length >> 2) {
      this.span(latin1Encode(bytes));
      return;
    }
    // ascii writes each character's code as one byte: a latin1 string's bytes exactly.
    this.ascii(bytes);
  }

  /** A number as String(n) writes it: a whole one below 2^31 digit by digit, any other through String(n). */
  number(n: number): void {
    // Below 2^31 the digits come from 32-bit integer division, the common case (rows, indexes, years).
    if (n >= 0 && n < 0x80000000 && (n | 0) === n && !Object.is(n, -0)) {
      this.room(10);
      const b = this.buffer;
      let at = this.used + digitsOf(n);
      this.used = at;
      let x = n;
      do {
        const q = (x / 10) | 0;
        b[--at] = 48 + x - q * 10;
        x = q;
      } while (x > 0);
      return;
    }
    this.ascii(String(n));
  }

  /** Hands on what the buffer holds. */
  flush(): void {
    if (this.used === 0) return;
    if (this.out.writeBytes) {
      this.out.writeBytes(this.buffer.subarray(0, this.used));
      if (this.keeps) this.buffer = new Uint8Array(this.buffer.length);
    } else {
      this.out.write(utf8Decode(this.buffer.subarray(0, this.used)));
    }
    this.used = 0;
  }
}

/** How many decimal digits a whole number below 2^31 has. */
function digitsOf(n: number): number {
  if (n < 100000) return n < 10 ? 1 : n < 100 ? 2 : n < 1000 ? 3 : n < 10000 ? 4 : 5;
  return n < 1000000 ? 6 : n < 10000000 ? 7 : n < 100000000 ? 8 : n < 1000000000 ? 9 : 10;
}
