/**
 * The zip records as bytes: local header, central-directory header, end record. Shared by the writer that
 * assembles a zip in memory and the one that streams it, so both lay out the same bytes. Timestamps are
 * fixed so equal input gives equal bytes.
 */
import type { ZipMethod } from "./types";

export interface ZipHeaderFields {
  readonly method: ZipMethod;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
}

/** 1980-01-01 00:00:00, the earliest DOS date: the same in every file we write. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const FLAG_UTF8_NAME = 0x0800;
const VERSION = 20;

export const LOCAL_HEADER_BYTES = 30;
export const CENTRAL_HEADER_BYTES = 46;
export const END_RECORD_BYTES = 22;
/** Where CRC-32, compressed and uncompressed size sit in a local header (12 bytes together). */
export const LOCAL_CRC_OFFSET = 14;

export function localHeader(name: Uint8Array, f: ZipHeaderFields): Uint8Array {
  const out = new Uint8Array(LOCAL_HEADER_BYTES + name.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, 0x04034b50, true);
  view.setUint16(4, VERSION, true);
  view.setUint16(6, FLAG_UTF8_NAME, true);
  view.setUint16(8, f.method, true);
  view.setUint16(10, DOS_TIME, true);
  view.setUint16(12, DOS_DATE, true);
  out.set(sizeFields(f), LOCAL_CRC_OFFSET);
  view.setUint16(26, name.length, true);
  view.setUint16(28, 0, true);
  out.set(name, LOCAL_HEADER_BYTES);
  return out;
}

/** CRC-32, compressed size, uncompressed size: what a local header holds at LOCAL_CRC_OFFSET. */
export function sizeFields(f: Omit<ZipHeaderFields, "method">): Uint8Array {
  const out = new Uint8Array(12);
  const view = new DataView(out.buffer);
  view.setUint32(0, f.crc32 >>> 0, true);
  view.setUint32(4, f.compressedSize >>> 0, true);
  view.setUint32(8, f.uncompressedSize >>> 0, true);
  return out;
}

export function centralHeader(name: Uint8Array, f: ZipHeaderFields, localOffset: number): Uint8Array {
  const out = new Uint8Array(CENTRAL_HEADER_BYTES + name.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, 0x02014b50, true);
  view.setUint16(4, VERSION, true);
  view.setUint16(6, VERSION, true);
  view.setUint16(8, FLAG_UTF8_NAME, true);
  view.setUint16(10, f.method, true);
  view.setUint16(12, DOS_TIME, true);
  view.setUint16(14, DOS_DATE, true);
  view.setUint32(16, f.crc32 >>> 0, true);
  view.setUint32(20, f.compressedSize >>> 0, true);
  view.setUint32(24, f.uncompressedSize >>> 0, true);
  view.setUint16(28, name.length, true);
  // extra length, comment length, disk number, internal and external attributes stay 0
  view.setUint32(42, localOffset, true);
  out.set(name, CENTRAL_HEADER_BYTES);
  return out;
}

export function endRecord(entries: number, centralSize: number, centralStart: number): Uint8Array {
  const out = new Uint8Array(END_RECORD_BYTES);
  const view = new DataView(out.buffer);
  view.setUint32(0, 0x06054b50, true);
  view.setUint16(8, entries, true);
  view.setUint16(10, entries, true);
  view.setUint32(12, centralSize, true);
  view.setUint32(16, centralStart, true);
  return out;
}
