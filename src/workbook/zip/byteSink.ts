/**
 * Where a zip is written: bytes appended in order, and a few bytes written back over an earlier place (a
 * local header's CRC and sizes, known only once its data has gone out). A file sink writes to disk as it
 * goes; the memory sink collects the bytes for callers that want them whole.
 */
export interface ByteSink {
  /** Appends every byte of `bytes` (or throws). */
  write(bytes: Uint8Array): void;
  /** Writes `bytes` over what was appended at `position` before (never past the end). */
  writeAt(bytes: Uint8Array, position: number): void;
}

/** Collects the pieces written and joins them once at the end. Pieces are kept as given, not copied. */
export class MemorySink implements ByteSink {
  private readonly pieces: Uint8Array[] = [];
  private readonly starts: number[] = [];
  private length = 0;

  write(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.starts.push(this.length);
    this.pieces.push(bytes);
    this.length += bytes.length;
  }

  writeAt(bytes: Uint8Array, position: number): void {
    if (position < 0 || position + bytes.length > this.length) throw new RangeError("writeAt past the end of what was written");
    let done = 0;
    // Pieces are few and patches small: a linear walk from the last piece that starts at or before position.
    let i = this.starts.length - 1;
    while (i > 0 && this.starts[i]! > position) i--;
    while (done < bytes.length) {
      const piece = this.pieces[i]!;
      const at = position + done - this.starts[i]!;
      const n = Math.min(piece.length - at, bytes.length - done);
      piece.set(bytes.subarray(done, done + n), at);
      done += n;
      i++;
    }
  }

  bytes(): Uint8Array {
    const out = new Uint8Array(this.length);
    this.pieces.forEach((p, i) => out.set(p, this.starts[i]!));
    return out;
  }
}
