/**
 * CRC-32 (IEEE 802.3, the zip checksum). Node's native zlib.crc32 where the runtime has it (checking an
 * 80 MB sheet part in JavaScript costs most of a second); a table-driven one otherwise.
 */
import * as zlib from "node:zlib";

const native = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

const TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** The CRC of `bytes`, continuing from `previous` when checksumming in pieces. */
export function crc32(bytes: Uint8Array, previous = 0): number {
  return native ? native(bytes, previous) >>> 0 : crc32Table(bytes, previous);
}

/** The portable version, exported so tests can hold it to the same check values. */
export function crc32Table(bytes: Uint8Array, previous = 0): number {
  let c = (previous ^ 0xffffffff) >>> 0;
  for (let i = 0; i < bytes.length; i++) c = TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
