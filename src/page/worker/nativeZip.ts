/**
 * The zips the check wrote with deferred deflate (deferredDeflate.ts), finished: each entry made of tokens
 * is compressed whole by the browser's CompressionStream ("deflate-raw", method 8 as before), every other
 * entry (copied from the input, or stored) keeps its bytes, and the zip is laid out again in the same
 * order with the same names, methods, CRCs and sizes. Only the compressed bytes differ from fflate's: a
 * reader sees the same parts.
 */
import { LIMITS, type Limits } from "../../workbook";
import { concatBytes } from "../../workbook/bytes";
import { assembleZip, readZip, type ZipRecord } from "../../workbook/node";
import type { DeferredDeflate } from "./deferredDeflate";

/**
 * The zip was written here, by the check: read back with no limit on how far its entries inflate, as their
 * compressed bytes are tokens (a few bytes standing for a megabyte). The check bounded what it wrote.
 */
const OWN_ZIP: Limits = {
  ...LIMITS, maxInputBytes: Number.MAX_SAFE_INTEGER, maxEntries: 0xffff, maxEntryBytes: Number.MAX_SAFE_INTEGER,
  ratioFloorBytes: Number.MAX_SAFE_INTEGER, maxTotalInflatedBytes: Number.MAX_SAFE_INTEGER,
};

/** Raw deflate of the pieces, one after another, by the browser. */
export async function deflateRawNative(pieces: readonly Uint8Array[]): Promise<Uint8Array> {
  const stream = deflateRawStream();
  for (const p of pieces) stream.write(p);
  return stream.close();
}

/** One raw-deflate stream of the browser's, written a piece at a time (each write settles once the piece is taken in), its output once closed; or given up. */
export function deflateRawStream(): { write(piece: Uint8Array): Promise<void>; close(): Promise<Uint8Array>; abort(): void } {
  const stream = new CompressionStream("deflate-raw");
  const writer = stream.writable.getWriter();
  const output = collect(stream.readable);
  const writes: Promise<void>[] = [];
  // A failure is met where the stream is closed; until then no rejection is left unheard.
  const heard = <T>(p: Promise<T>): Promise<T> => {
    p.catch(() => {});
    return p;
  };
  heard(output);
  return {
    write: (piece) => {
      const written = heard(writer.write(piece as Uint8Array<ArrayBuffer>));
      writes.push(written);
      return written;
    },
    close: async () => {
      await Promise.all([...writes, writer.close()]);
      return output;
    },
    abort: () => void heard(writer.abort()),
  };
}

async function collect(readable: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const reader = readable.getReader();
  const chunks: Uint8Array[] = [];
  for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
  return chunks.length === 1 ? chunks[0]! : concatBytes(chunks);
}

/** An entry's compressed bytes made elsewhere (aheadDeflate.ts), by its pieces' numbers; null when not made. */
export type TakeAhead = (first: number, count: number) => Promise<Uint8Array | null>;

/**
 * The zip with its deferred entries compressed; the zip as it was when it has none. An entry compressed
 * ahead (`ahead`) is taken as it is; the others are compressed here.
 */
export async function finishZip(zip: Uint8Array, deferred: DeferredDeflate, ahead?: TakeAhead): Promise<Uint8Array> {
  const entries = readZip(zip, OWN_ZIP).entries;
  const pending = entries.map((e) => (e.method === 8 ? deferred.piecesOf(e.raw) : null));
  if (pending.every((p) => p === null)) return zip;
  const records: ZipRecord[] = await Promise.all(entries.map(async (e, i) => {
    const pieces = pending[i];
    const run = pieces && ahead ? deferred.runOf(e.raw) : null;
    const data = pieces ? ((run && (await ahead!(run.first, run.count))) ?? (await deflateRawNative(pieces))) : e.raw;
    return { name: e.name, method: e.method, crc32: e.crc32, compressedSize: data.length, uncompressedSize: e.uncompressedSize, data };
  }));
  return assembleZip(records);
}
