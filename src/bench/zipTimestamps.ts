/**
 * Pins every entry's modification time in a zip to one fixed moment. The xlsx writer stamps entries with
 * the time of writing; a committed sample written twice must come out byte for byte the same.
 * Only the header date fields change, so sizes, offsets and CRCs stay valid.
 */
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** MS-DOS date of an ISO day ("2025-04-18"), time 00:00:00. */
export function dosDate(isoDay: string): number {
  const [y, m, d] = isoDay.split("-").map(Number);
  return ((y - 1980) << 9) | (m << 5) | d;
}

export function pinZipTimestamps(zip: Buffer, isoDay: string): Buffer {
  const out = Buffer.from(zip);
  const date = dosDate(isoDay);
  const eocd = findEndOfCentralDirectory(out);
  const count = out.readUInt16LE(eocd + 10);
  let p = out.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    if (out.readUInt32LE(p) !== CENTRAL) throw new Error(`zip: no central directory header at ${p}`);
    out.writeUInt16LE(0, p + 12);
    out.writeUInt16LE(date, p + 14);
    const local = out.readUInt32LE(p + 42);
    if (out.readUInt32LE(local) !== LOCAL) throw new Error(`zip: no local header at ${local}`);
    out.writeUInt16LE(0, local + 10);
    out.writeUInt16LE(date, local + 12);
    p += 46 + out.readUInt16LE(p + 28) + out.readUInt16LE(p + 30) + out.readUInt16LE(p + 32);
  }
  return out;
}

function findEndOfCentralDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const stop = Math.max(0, zip.length - 22 - 0xffff);
  for (let p = zip.length - 22; p >= stop; p--) if (zip.readUInt32LE(p) === EOCD) return p;
  throw new Error("zip: no end of central directory");
}
