/**
 * CRC-32 (IEEE 802.3, the zip checksum), through the codec: 16 bytes a step in plain JavaScript by default; a
 * host may install a native one (checking an 80 MB sheet part in JavaScript costs most of a second).
 */
import { codec, crc32Table } from "../bytes/codec";

/** The CRC of `bytes`, continuing from `previous` when checksumming in pieces. */
export function crc32(bytes: Uint8Array, previous = 0): number {
  return codec().crc32(bytes, previous);
}

/** The portable version, exported so tests can hold it to the same check values. */
export { crc32Table };
