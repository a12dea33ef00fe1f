/**
 * Writes a zip from new content and from entries copied out of a zip we read. Copied entries keep their
 * compressed bytes untouched, so parts we do not change leave the file exactly as they came in.
 */
import { deflateRawSync } from "node:zlib";
import { assembleZip, type ZipRecord } from "./assemble";
import { crc32 } from "./crc32";
import type { ZipWriteEntry } from "./types";

const MAX_ENTRIES = 0xffff;
const MAX_SIZE = 0xfffffffe;

/** Deterministic: the same entries in the same order always give the same bytes. */
export function writeZip(entries: readonly ZipWriteEntry[]): Uint8Array {
  if (entries.length > MAX_ENTRIES) throw new Error(`writeZip: ${entries.length} entries exceed the zip format`);
  const seen = new Set<string>();
  const records = entries.map((e): ZipRecord => {
    const record = "copy" in e ? copied(e) : fresh(e);
    if (seen.has(record.name)) throw new Error(`writeZip: duplicate entry name ${record.name}`);
    seen.add(record.name);
    if (record.compressedSize > MAX_SIZE || record.uncompressedSize > MAX_SIZE) {
      throw new Error(`writeZip: entry ${record.name} is too large for a zip without zip64`);
    }
    return record;
  });
  return assembleZip(records);
}

function copied(e: Extract<ZipWriteEntry, { copy: unknown }>): ZipRecord {
  const c = e.copy;
  return {
    name: e.name ?? c.name, method: c.method, crc32: c.crc32,
    compressedSize: c.raw.length, uncompressedSize: c.uncompressedSize, data: c.raw,
  };
}

/**
 * A rewritten sheet of 100,000 rows is some 80 MB of XML: level 1 deflates it four times faster than the
 * default level 6 for about a third more bytes. Smaller parts keep the default.
 */
const LARGE_PART_BYTES = 4 * 1024 * 1024;

function fresh(e: Extract<ZipWriteEntry, { data: unknown }>): ZipRecord {
  const bytes = typeof e.data === "string" ? Buffer.from(e.data, "utf8") : e.data;
  const crc = crc32(bytes);
  if (e.store) {
    return { name: e.name, method: 0, crc32: crc, compressedSize: bytes.length, uncompressedSize: bytes.length, data: bytes };
  }
  const deflated = deflateRawSync(bytes, { level: bytes.length >= LARGE_PART_BYTES ? 1 : 6 });
  return { name: e.name, method: 8, crc32: crc, compressedSize: deflated.length, uncompressedSize: bytes.length, data: deflated };
}
