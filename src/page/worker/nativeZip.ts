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
  const stream = new CompressionStream("deflate-raw");
  const writer = stream.writable.getWriter();
  const output = collect(stream.readable);
  await Promise.all([...pieces.map((p) => writer.write(p as Uint8Array<ArrayBuffer>)), writer.close()]);
  return output;
}

async function collect(readable: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const reader = readable.getReader();
  const chunks: Uint8Array[] = [];
  for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
  return chunks.length === 1 ? chunks[0]! : concatBytes(chunks);
}

/** The zip with its deferred entries compressed; the zip as it was when it has none. */
export async function finishZip(zip: Uint8Array, deferred: DeferredDeflate): Promise<Uint8Array> {
  const entries = readZip(zip, OWN_ZIP).entries;
  const pending = entries.map((e) => (e.method === 8 ? deferred.piecesOf(e.raw) : null));
  if (pending.every((p) => p === null)) return zip;
  const records: ZipRecord[] = await Promise.all(entries.map(async (e, i) => {
    const pieces = pending[i];
    const data = pieces ? await deflateRawNative(pieces) : e.raw;
    return { name: e.name, method: e.method, crc32: e.crc32, compressedSize: data.length, uncompressedSize: e.uncompressedSize, data };
  }));
  return assembleZip(records);
}
