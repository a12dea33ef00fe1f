/**
 * Lays out zip records as bytes: local headers, data, central directory, end record. No checks and no
 * compression here (the tests build odd zips with it); writeZip decides what goes in.
 */
import { utf8Encode } from "../bytes/text";
import { centralHeader, endRecord, localHeader } from "./headers";
import type { ZipMethod } from "./types";

export interface ZipRecord {
  readonly name: string;
  readonly method: ZipMethod;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly data: Uint8Array;
}

export function assembleZip(records: readonly ZipRecord[]): Uint8Array {
  const pieces: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let p = 0;
  for (const r of records) {
    const name = utf8Encode(r.name);
    const local = localHeader(name, r);
    central.push(centralHeader(name, r, p));
    pieces.push(local, r.data);
    p += local.length + r.data.length;
  }
  const cdStart = p;
  for (const c of central) {
    pieces.push(c);
    p += c.length;
  }
  pieces.push(endRecord(records.length, p - cdStart, cdStart));
  const out = new Uint8Array(p + pieces[pieces.length - 1]!.length);
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}
