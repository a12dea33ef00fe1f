/**
 * Writes a zip to a ByteSink as it goes: each entry's local header, its data deflated a piece at a time,
 * then the central directory. Nothing holds the whole output, nor a large part whole as bytes: a part given
 * as text is encoded and deflated a megabyte at a time, and a part can be written piece by piece.
 *
 * Pieces are deflated each on its own with a sync flush (the last one with the final block), so they join
 * into one valid deflate stream; the codec may hand them back later than asked, and they are written in
 * order. The CRC and sizes go into the local header once the data is out. The same entries in the same
 * order give the same bytes in one host, and the same inflated parts in every host (each host's deflater
 * compresses in its own way: codec.ts).
 */
import type { ByteSink } from "./byteSink";
import { crc32 } from "./crc32";
import { utf8Encode, utf8Length } from "../bytes/text";
import { PIECE_BYTES, PieceQueue, deflatePieces, forEachUtf8Piece, levelFor } from "./deflatePieces";
import { LOCAL_CRC_OFFSET, centralHeader, endRecord, localHeader, sizeFields, type ZipHeaderFields } from "./headers";
import type { DeflatedData } from "./deflatedPart";
import type { ZipEntry } from "./types";

const MAX_ENTRIES = 0xffff;
const MAX_SIZE = 0xfffffffe;

interface Written {
  readonly name: Uint8Array;
  readonly fields: ZipHeaderFields;
  readonly offset: number;
}

/** One entry being written: `write` as often as needed, then `end`. */
export interface EntryWriter {
  write(data: Uint8Array | string): void;
  end(): void;
}

export class ZipStreamWriter {
  private offset = 0;
  private readonly written: Written[] = [];
  private readonly names = new Set<string>();
  private open = false;

  constructor(private readonly sink: ByteSink) {}

  /** An entry copied from a zip we read: its compressed bytes as they came. */
  copy(entry: ZipEntry, name: string = entry.name): void {
    const fields: ZipHeaderFields = {
      method: entry.method, crc32: entry.crc32, compressedSize: entry.raw.length, uncompressedSize: entry.uncompressedSize,
    };
    const encoded = this.claim(name);
    this.checkSize(name, fields);
    const at = this.offset;
    this.put(localHeader(encoded, fields));
    this.put(entry.raw);
    this.written.push({ name: encoded, fields, offset: at });
  }

  /** A part deflated as it was made (DeflatedPart): its compressed bytes, CRC and sizes as they stand. */
  addDeflated(name: string, data: DeflatedData): void {
    const fields: ZipHeaderFields = {
      method: 8, crc32: data.crc32, compressedSize: data.compressedSize, uncompressedSize: data.uncompressedSize,
    };
    const encoded = this.claim(name);
    this.checkSize(name, fields);
    const at = this.offset;
    this.put(localHeader(encoded, fields));
    for (const chunk of data.chunks) this.put(chunk);
    this.written.push({ name: encoded, fields, offset: at });
  }

  /** New content, deflated (level by size) unless `store`. */
  add(name: string, data: Uint8Array | string, options: { readonly store?: boolean } = {}): void {
    const size = typeof data === "string" ? utf8Length(data) : data.length;
    if (options.store) {
      const bytes = typeof data === "string" ? utf8Encode(data) : data;
      const fields: ZipHeaderFields = { method: 0, crc32: crc32(bytes), compressedSize: size, uncompressedSize: size };
      const encoded = this.claim(name);
      this.checkSize(name, fields);
      const at = this.offset;
      this.put(localHeader(encoded, fields));
      this.put(bytes);
      this.written.push({ name: encoded, fields, offset: at });
      return;
    }
    const entry = this.begin(name, levelFor(size));
    entry.write(data);
    entry.end();
  }

  /** A deflated entry written piece by piece (one at a time: end it before the next). */
  begin(name: string, level: number): EntryWriter {
    if (this.open) throw new Error("zip: an entry is still being written");
    const encoded = this.claim(name);
    const at = this.offset;
    this.open = true;
    // Placeholders for CRC and sizes, written over once the data is out.
    this.put(localHeader(encoded, { method: 8, crc32: 0, compressedSize: 0, uncompressedSize: 0 }));
    let crc = 0;
    let size = 0;
    let compressed = 0;
    let pending: Uint8Array[] = [];
    let pendingBytes = 0;
    const deflating = new PieceQueue((out) => {
      compressed += out.length;
      this.put(out);
    });
    const deflatePending = (last: boolean) => {
      deflating.add(deflatePieces(pending, pendingBytes, level, last));
      pending = [];
      pendingBytes = 0;
    };
    const take = (bytes: Uint8Array) => {
      if (bytes.length === 0) return;
      crc = crc32(bytes, crc);
      size += bytes.length;
      pending.push(bytes);
      pendingBytes += bytes.length;
      if (pendingBytes >= PIECE_BYTES) deflatePending(false);
    };
    let ended = false;
    return {
      write: (data) => {
        if (ended) throw new Error(`zip: entry ${name} already ended`);
        if (typeof data !== "string") {
          for (let i = 0; i < data.length; i += PIECE_BYTES) take(data.subarray(i, Math.min(data.length, i + PIECE_BYTES)));
          return;
        }
        forEachUtf8Piece(data, take);
      },
      end: () => {
        if (ended) return;
        ended = true;
        deflatePending(true);
        deflating.drain();
        const fields: ZipHeaderFields = { method: 8, crc32: crc, compressedSize: compressed, uncompressedSize: size };
        this.checkSize(name, fields);
        this.sink.writeAt(sizeFields(fields), at + LOCAL_CRC_OFFSET);
        this.written.push({ name: encoded, fields, offset: at });
        this.open = false;
      },
    };
  }

  /** Writes the central directory and end record; returns the zip's length in bytes. */
  finish(): number {
    if (this.open) throw new Error("zip: an entry is still being written");
    const start = this.offset;
    for (const w of this.written) this.put(centralHeader(w.name, w.fields, w.offset));
    this.put(endRecord(this.written.length, this.offset - start, start));
    return this.offset;
  }

  private claim(name: string): Uint8Array {
    if (this.names.has(name)) throw new Error(`writeZip: duplicate entry name ${name}`);
    if (this.names.size >= MAX_ENTRIES) throw new Error(`writeZip: more than ${MAX_ENTRIES} entries exceed the zip format`);
    this.names.add(name);
    return utf8Encode(name);
  }

  private checkSize(name: string, f: ZipHeaderFields): void {
    if (f.compressedSize > MAX_SIZE || f.uncompressedSize > MAX_SIZE || this.offset > MAX_SIZE) {
      throw new Error(`writeZip: entry ${name} is too large for a zip without zip64`);
    }
  }

  private put(bytes: Uint8Array): void {
    this.sink.write(bytes);
    this.offset += bytes.length;
  }
}
