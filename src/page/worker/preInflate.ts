/**
 * The input's parts inflated by the browser (DecompressionStream, "deflate-raw") before the synchronous
 * check starts, several times faster than fflate in JavaScript: every XML part of every file (the reader
 * reads the sheets, and the writer reads every XML part of a copy before writing it). Each is bounded as
 * the reader bounds it (entryBound: never past the size it declares nor the limits'), fed a slice at a time
 * as the reader's inflate is (sliceFor), and the stream is stopped once its output passes the bound; its
 * size and CRC-32 are checked as the reader checks them. Only a part that passed all of this is kept: one
 * that would not (a bomb, a lying size or checksum, damage) is not, and the reader then inflates it itself
 * and refuses it in its own words, as it always has.
 *
 * The check asks the codec for a part by its compressed bytes (a view into the input): the kept parts are
 * found by where those bytes lie. The CRC-32 of each megabyte handed on is kept too: the reader checks every
 * part it inflates, and the answer is already known.
 */
import { crc32Sliced, sliceFor } from "../../workbook/bytes";
import { LIMITS, type Limits } from "../../workbook";
import { entryBound, readZip, type ZipEntry } from "../../workbook/node";

/** The reader's largest piece of a part inflated in pieces (zip/inflateChunks.ts): the pieces handed on here. */
export const PIECE = 1024 * 1024;

function isXmlPart(name: string): boolean {
  return /\.(xml|rels|vml)$/i.test(name);
}

/** Inflated parts, found by the compressed bytes they came from. */
export class PreInflated {
  private readonly parts = new WeakMap<ArrayBufferLike, Map<number, { raw: number; bytes: Uint8Array }>>();
  private readonly crcs = new WeakMap<ArrayBufferLike, Map<string, number>>();

  add(raw: Uint8Array, bytes: Uint8Array): void {
    let byOffset = this.parts.get(raw.buffer);
    if (!byOffset) this.parts.set(raw.buffer, (byOffset = new Map()));
    byOffset.set(raw.byteOffset, { raw: raw.length, bytes });
    // The CRC of the whole part, and of each piece as the reader continues it piece by piece.
    let crc = 0;
    for (let at = 0; at < bytes.length; at += PIECE) {
      const piece = bytes.subarray(at, Math.min(bytes.length, at + PIECE));
      const next = crc32Sliced(piece, crc);
      this.noteCrc(piece, crc, next);
      crc = next;
    }
    if (bytes.length > PIECE) this.noteCrc(bytes, 0, crc);
  }

  /** The inflated part whose compressed bytes are exactly `raw`, if kept. */
  find(raw: Uint8Array): Uint8Array | undefined {
    const found = this.parts.get(raw.buffer)?.get(raw.byteOffset);
    return found && found.raw === raw.length ? found.bytes : undefined;
  }

  /** The CRC-32 of bytes of a kept part, continued from `previous`, when known. */
  crc(bytes: Uint8Array, previous: number): number | undefined {
    return this.crcs.get(bytes.buffer)?.get(`${bytes.byteOffset}:${bytes.length}:${previous}`);
  }

  private noteCrc(bytes: Uint8Array, previous: number, crc: number): void {
    let known = this.crcs.get(bytes.buffer);
    if (!known) this.crcs.set(bytes.buffer, (known = new Map()));
    known.set(`${bytes.byteOffset}:${bytes.length}:${previous}`, crc);
  }
}

/**
 * Inflated bytes held at most, for all the files together. The reader inflates a large part as it reads it
 * and may stop early (a sheet past the row limit), holding a megabyte at a time: parts past this are left to
 * it, so a batch of the largest workbooks is held no more than the reader would hold it.
 */
export const MAX_PRE_INFLATED = 160 * 1024 * 1024;

/** Each file's XML parts inflated and checked; a file that is no zip the reader takes is left to the reader. */
export async function preInflate(files: readonly Uint8Array[], limits: Limits = LIMITS, most = MAX_PRE_INFLATED): Promise<PreInflated> {
  const kept = new PreInflated();
  let room = most;
  for (const file of files) {
    let entries: readonly ZipEntry[];
    try {
      entries = readZip(file, limits).entries;
    } catch {
      continue;
    }
    const taken = entries.filter((e) => {
      if (e.method !== 8 || !isXmlPart(e.name) || e.uncompressedSize > room) return false;
      room -= e.uncompressedSize;
      return true;
    });
    await Promise.all(taken.map(async (e) => {
      const bytes = await inflateEntryNative(e, limits);
      if (bytes) kept.add(e.raw, bytes);
    }));
  }
  return kept;
}

/**
 * One entry inflated by the browser within its bound, its size and CRC-32 checked: the bytes, or null when
 * the reader would refuse it (past its bound, another size or checksum than declared, damaged).
 */
export async function inflateEntryNative(e: ZipEntry, limits: Limits = LIMITS): Promise<Uint8Array | null> {
  const bound = entryBound(e, limits);
  const out = await inflateRawNative(e.raw, bound);
  if (!out || out.length !== e.uncompressedSize || crc32Sliced(out) !== e.crc32) return null;
  return out;
}

/**
 * Raw inflate by the browser into one buffer of `bound` bytes: null once the output would pass it (the
 * stream is stopped there) or the data is damaged. The compressed bytes go in slices, each inflating to
 * about the bound at most, so a bomb costs little more than its bound.
 */
export async function inflateRawNative(raw: Uint8Array, bound: number): Promise<Uint8Array | null> {
  const stream = new DecompressionStream("deflate-raw");
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  const out = new Uint8Array(bound);
  let size = 0;
  let stopped = false;
  const writing = (async () => {
    const slice = sliceFor(bound + 1);
    for (let at = 0; at < raw.length && !stopped; at += slice) await writer.write(raw.subarray(at, Math.min(raw.length, at + slice)) as Uint8Array<ArrayBuffer>);
    if (!stopped) await writer.close();
  })();
  // A stopped stream's writes fail; the reading below decides.
  writing.catch(() => {});
  try {
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      if (size + r.value.length > bound) {
        stopped = true;
        await reader.cancel();
        return null;
      }
      out.set(r.value, size);
      size += r.value.length;
    }
    await writing;
  } catch {
    stopped = true;
    return null;
  }
  return size === bound ? out : out.subarray(0, size);
}
