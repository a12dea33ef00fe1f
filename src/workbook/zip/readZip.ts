/**
 * Reads a zip archive from memory by its central directory, refusing anything a workbook never is: encrypted
 * entries, zip64, exotic methods, duplicate names, more entries than a workbook has, and entries that would
 * inflate beyond the limits. Entries are inflated only when asked for, and never past their bound.
 */
import { InflateLimitError, codec } from "../bytes/codec";
import { utf8Decode } from "../bytes/text";
import { LIMITS, maxInflatedSize, type Limits } from "../limits";
import type { ReadDetail } from "../readDetail";
import { ReadError } from "../readError";
import { crc32 } from "./crc32";
import { sniffNonZip } from "./sniff";
import type { ZipArchive, ZipEntry, ZipMethod } from "./types";

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const END_SIZE = 22;
const MAX_COMMENT = 0xffff;

const FLAG_ENCRYPTED = 0x0001;
const FLAG_STRONG_ENCRYPTION = 0x0040;
const METHOD_AES = 99;


export function readZip(bytes: Uint8Array, limits: Limits = LIMITS): ZipArchive {
  if (bytes.length > limits.maxInputBytes) {
    throw new ReadError("too-large", { d: "input-too-large", bytes: bytes.length, max: limits.maxInputBytes });
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const startsLikeZip = bytes.length >= 4 && view.getUint32(0, true) === SIG_LOCAL;
  const endAt = findEndRecord(bytes, view);
  if (endAt < 0) {
    if (startsLikeZip) throw new ReadError("truncated", { d: "no-end-record" });
    throw new ReadError(sniffNonZip(bytes));
  }

  if (endAt >= 20 && view.getUint32(endAt - 20, true) === SIG_ZIP64_LOCATOR) {
    throw new ReadError("unsupported", { d: "zip64" });
  }
  const disk = view.getUint16(endAt + 4, true);
  const cdDisk = view.getUint16(endAt + 6, true);
  const count = view.getUint16(endAt + 10, true);
  const cdSize = view.getUint32(endAt + 12, true);
  const cdOffset = view.getUint32(endAt + 16, true);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    throw new ReadError("unsupported", { d: "zip64" });
  }
  if (disk !== 0 || cdDisk !== 0) throw new ReadError("unsupported", { d: "split-zip" });
  if (count > limits.maxEntries) {
    throw new ReadError("too-many-entries", { d: "too-many-entries", count, max: limits.maxEntries });
  }
  if (cdOffset + cdSize > endAt) throw new ReadError("truncated", { d: "directory-past-end" });

  const entries: ZipEntry[] = [];
  const byName = new Map<string, ZipEntry>();
  const spans: [number, number][] = [];
  let p = cdOffset;
  const cdEnd = cdOffset + cdSize;
  let declaredTotal = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cdEnd || view.getUint32(p, true) !== SIG_CENTRAL) {
      throw new ReadError("truncated", { d: "directory-entry-damaged", index: i + 1 });
    }
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const crc = view.getUint32(p + 16, true);
    const compressedSize = view.getUint32(p + 20, true);
    const uncompressedSize = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const localOffset = view.getUint32(p + 42, true);
    if (p + 46 + nameLen + extraLen + commentLen > cdEnd) {
      throw new ReadError("truncated", { d: "directory-entry-damaged", index: i + 1 });
    }
    const name = utf8Decode(bytes.subarray(p + 46, p + 46 + nameLen));
    p += 46 + nameLen + extraLen + commentLen;

    if (flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION) || method === METHOD_AES) {
      throw new ReadError("encrypted", { d: "entry-encrypted", entry: name });
    }
    if (method !== 0 && method !== 8) throw new ReadError("unsupported", { d: "compression-method", entry: name, method });
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localOffset === 0xffffffff) {
      throw new ReadError("unsupported", { d: "zip64" });
    }
    if (byName.has(name)) throw new ReadError("duplicate-entry", { d: "duplicate-entry", entry: name });
    if (!isSafeEntryName(name)) throw new ReadError("bad-xml", { d: "unsafe-entry-name", entry: printable(name) });
    const bound = maxInflatedSize(compressedSize, limits);
    if (uncompressedSize > bound) throw new ReadError("zip-bomb", bombDetail(name, uncompressedSize, compressedSize, limits));
    declaredTotal += uncompressedSize;
    if (declaredTotal > limits.maxTotalInflatedBytes) {
      throw new ReadError("limits", { d: "total-inflated", max: limits.maxTotalInflatedBytes });
    }
    if (method === 0 && compressedSize !== uncompressedSize) {
      throw new ReadError("bad-xml", { d: "entry-sizes-disagree", entry: name });
    }

    const dataStart = localDataStart(view, localOffset, name);
    if (dataStart + compressedSize > cdOffset) throw new ReadError("truncated", { d: "entry-past-end", entry: name });
    const entry: ZipEntry = {
      name, method: method as ZipMethod, crc32: crc, compressedSize, uncompressedSize,
      raw: bytes.subarray(dataStart, dataStart + compressedSize),
    };
    entries.push(entry);
    byName.set(name, entry);
    spans.push([localOffset, dataStart + compressedSize]);
  }
  refuseOverlaps(spans);
  return makeArchive(entries, byName, limits);
}

/**
 * A part name a workbook can have (OPC part names): relative, forward slashes, no empty, "." or ".." segment,
 * no control character. Anything else is refused, so no copy ever carries a name that escapes its folder.
 */
export function isSafeEntryName(name: string): boolean {
  if (name === "" || name.length > 1024 || name.startsWith("/") || name.includes("\\")) return false;
  if (/^[A-Za-z]:/.test(name) || /[\u0000-\u001f\u007f]/.test(name)) return false;
  const segments = name.split("/");
  // A folder entry ("xl/media/") ends in one empty segment; no other segment may be empty.
  return segments.every((s, i) => (s !== "" || i === segments.length - 1) && s !== "." && s !== "..");
}

/** A name for a message: control characters shown as \uXXXX, at most 80 characters. */
function printable(name: string): string {
  const shown = name.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return shown.length > 80 ? `${shown.slice(0, 80)}…` : shown;
}

/**
 * Entries sharing compressed data are a known bomb construction (many names, one huge stream, each within
 * the per-entry limits); a real zip never overlaps its entries.
 */
function refuseOverlaps(spans: [number, number][]): void {
  spans.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < spans.length; i++) {
    if (spans[i]![0] < spans[i - 1]![1]) throw new ReadError("zip-bomb", { d: "entries-overlap" });
  }
}

/** The end-of-central-directory record sits in the last 22 + 65,535 bytes; search backwards for it. */
function findEndRecord(bytes: Uint8Array, view: DataView): number {
  const lowest = Math.max(0, bytes.length - END_SIZE - MAX_COMMENT);
  for (let i = bytes.length - END_SIZE; i >= lowest; i--) {
    if (bytes[i] === 0x50 && view.getUint32(i, true) === SIG_END) {
      const commentLen = view.getUint16(i + 20, true);
      if (i + END_SIZE + commentLen <= bytes.length) return i;
    }
  }
  return -1;
}

function localDataStart(view: DataView, offset: number, name: string): number {
  if (offset + 30 > view.byteLength || view.getUint32(offset, true) !== SIG_LOCAL) {
    throw new ReadError("truncated", { d: "local-header-missing", entry: name });
  }
  return offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
}

/** What the bomb is, in Chinese and English. */
export function bombDetail(name: string, inflated: number, compressed: number, limits: Limits): ReadDetail {
  if (inflated > limits.maxEntryBytes) return { d: "entry-inflates-past", entry: name, max: limits.maxEntryBytes };
  return { d: "entry-ratio", entry: name, compressed, ratio: limits.maxRatio };
}

function makeArchive(entries: ZipEntry[], byName: Map<string, ZipEntry>, limits: Limits): ZipArchive {
  let lowerCase: Map<string, ZipEntry> | undefined;
  const entry = (name: string): ZipEntry | undefined => {
    const exact = byName.get(name);
    if (exact) return exact;
    if (!lowerCase) {
      lowerCase = new Map();
      for (const e of entries) if (!lowerCase.has(e.name.toLowerCase())) lowerCase.set(e.name.toLowerCase(), e);
    }
    return lowerCase.get(name.toLowerCase());
  };
  const read = (name: string): Uint8Array => {
    const e = entry(name);
    if (!e) throw new ReadError("bad-xml", { d: "part-missing", part: name });
    return inflateEntry(e, limits);
  };
  return {
    entries,
    has: (name) => entry(name) !== undefined,
    entry,
    read,
    readText: (name) => decodeText(read(name), name),
  };
}

/** Inflates one entry, stopping as soon as the output passes its bound so a bomb costs no more than that. */
export function inflateEntry(e: ZipEntry, limits: Limits = LIMITS): Uint8Array {
  // Never past the size the entry declares: the whole file's declared sizes are within the total budget, so
  // a size that lies stops here instead of inflating on.
  const bound = entryBound(e, limits);
  let out: Uint8Array;
  if (e.method === 0) {
    out = e.raw;
  } else {
    try {
      // One byte past the bound is enough to know the entry lies about its size.
      out = codec().inflateRaw(e.raw, bound + 1, { sizeHint: bound });
    } catch (err) {
      throw inflateFailure(err, e, bound, limits);
    }
  }
  if (out.length > bound) throw new ReadError("zip-bomb", bombDetail(e.name, out.length, e.compressedSize, limits));
  if (out.length !== e.uncompressedSize || crc32(out) !== e.crc32) throw checksumFailure(e);
  return out;
}

/** The most an entry may inflate to: its bound by the limits, and never past the size it declares. */
export function entryBound(e: ZipEntry, limits: Limits): number {
  return Math.min(maxInflatedSize(e.compressedSize, limits), e.uncompressedSize);
}

/** What a failed inflate means: output past the bound is a bomb, anything else a damaged entry. */
export function inflateFailure(err: unknown, e: ZipEntry, bound: number, limits: Limits): ReadError {
  if (err instanceof InflateLimitError) {
    return new ReadError("zip-bomb", bound < e.uncompressedSize
      ? bombDetail(e.name, bound + 1, e.compressedSize, limits)
      : { d: "entry-past-recorded", entry: e.name, recorded: e.uncompressedSize });
  }
  return new ReadError("bad-xml", { d: "entry-cannot-inflate", entry: e.name });
}

export function checksumFailure(e: ZipEntry): ReadError {
  return new ReadError("bad-xml", { d: "entry-checksum", entry: e.name });
}

/** XML parts are UTF-8 unless a byte-order mark says UTF-16. */
export function decodeText(bytes: Uint8Array, name: string): string {
  try {
    if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
    if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
    const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    return utf8Decode(bytes.subarray(start));
  } catch {
    throw new ReadError("limits", { d: "part-text-too-long", part: name });
  }
}
