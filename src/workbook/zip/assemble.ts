/**
 * Lays out zip records as bytes: local headers, data, central directory, end record. No checks and no
 * compression here: writeZip decides what goes in. Timestamps are fixed so equal input gives equal bytes.
 */
import type { ZipMethod } from "./types";

export interface ZipRecord {
  readonly name: string;
  readonly method: ZipMethod;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly data: Uint8Array;
}

/** 1980-01-01 00:00:00, the earliest DOS date: the same in every file we write. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const FLAG_UTF8_NAME = 0x0800;
const VERSION = 20;

export function assembleZip(records: readonly ZipRecord[]): Uint8Array {
  const names = records.map((r) => Buffer.from(r.name, "utf8"));
  let localSize = 0;
  let centralSize = 0;
  records.forEach((r, i) => {
    localSize += 30 + names[i]!.length + r.data.length;
    centralSize += 46 + names[i]!.length;
  });
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let p = 0;
  records.forEach((r, i) => {
    const name = names[i]!;
    offsets.push(p);
    view.setUint32(p, 0x04034b50, true);
    view.setUint16(p + 4, VERSION, true);
    view.setUint16(p + 6, FLAG_UTF8_NAME, true);
    view.setUint16(p + 8, r.method, true);
    view.setUint16(p + 10, DOS_TIME, true);
    view.setUint16(p + 12, DOS_DATE, true);
    view.setUint32(p + 14, r.crc32 >>> 0, true);
    view.setUint32(p + 18, r.compressedSize >>> 0, true);
    view.setUint32(p + 22, r.uncompressedSize >>> 0, true);
    view.setUint16(p + 26, name.length, true);
    view.setUint16(p + 28, 0, true);
    out.set(name, p + 30);
    out.set(r.data, p + 30 + name.length);
    p += 30 + name.length + r.data.length;
  });
  const cdStart = p;
  records.forEach((r, i) => {
    const name = names[i]!;
    view.setUint32(p, 0x02014b50, true);
    view.setUint16(p + 4, VERSION, true);
    view.setUint16(p + 6, VERSION, true);
    view.setUint16(p + 8, FLAG_UTF8_NAME, true);
    view.setUint16(p + 10, r.method, true);
    view.setUint16(p + 12, DOS_TIME, true);
    view.setUint16(p + 14, DOS_DATE, true);
    view.setUint32(p + 16, r.crc32 >>> 0, true);
    view.setUint32(p + 20, r.compressedSize >>> 0, true);
    view.setUint32(p + 24, r.uncompressedSize >>> 0, true);
    view.setUint16(p + 28, name.length, true);
    // extra length, comment length, disk number, internal and external attributes stay 0
    view.setUint32(p + 42, offsets[i]!, true);
    out.set(name, p + 46);
    p += 46 + name.length;
  });
  view.setUint32(p, 0x06054b50, true);
  view.setUint16(p + 8, records.length, true);
  view.setUint16(p + 10, records.length, true);
  view.setUint32(p + 12, p - cdStart, true);
  view.setUint32(p + 16, cdStart, true);
  return out;
}
