/**
 * A minimal OLE2 compound file (the container of .xls and of password-protected Office files): a header, one
 * FAT sector, one directory sector naming the streams, and a little stream data. Enough to be recognised by
 * its signature and stream names; not meant to be opened by Office.
 */

const SECTOR = 512;
const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;
const NO_STREAM = 0xffffffff;

interface DirEntry {
  readonly name: string;
  /** 1 storage, 2 stream, 5 root. */
  readonly type: 1 | 2 | 5;
  readonly child?: number;
  readonly right?: number;
}

function directoryEntry(e: DirEntry): Uint8Array {
  const out = new Uint8Array(128);
  const view = new DataView(out.buffer);
  const name = Buffer.from(e.name + "\0", "utf16le");
  out.set(name.subarray(0, 64), 0);
  view.setUint16(64, Math.min(name.length, 64), true);
  out[66] = e.type;
  out[67] = 1; // black
  view.setUint32(68, NO_STREAM, true);
  view.setUint32(72, e.right ?? NO_STREAM, true);
  view.setUint32(76, e.child ?? NO_STREAM, true);
  view.setUint32(116, e.type === 5 ? END_OF_CHAIN : 2, true);
  view.setUint32(120, e.type === 2 ? 8 : 0, true);
  return out;
}

/** An OLE2 file with these stream names under the root (siblings chained to the right). */
export function ole2File(streams: readonly string[]): Uint8Array {
  const out = new Uint8Array(SECTOR * 4);
  const view = new DataView(out.buffer);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  view.setUint16(0x18, 0x003e, true); // minor version
  view.setUint16(0x1a, 0x0003, true); // major version 3: 512-byte sectors
  view.setUint16(0x1c, 0xfffe, true); // little-endian
  view.setUint16(0x1e, 9, true); // sector shift
  view.setUint16(0x20, 6, true); // mini sector shift
  view.setUint32(0x2c, 1, true); // FAT sectors
  view.setUint32(0x30, 1, true); // first directory sector
  view.setUint32(0x38, 0x1000, true); // mini stream cutoff
  view.setUint32(0x3c, END_OF_CHAIN, true); // no mini FAT
  view.setUint32(0x44, END_OF_CHAIN, true); // no DIFAT sectors
  view.setUint32(0x4c, 0, true); // DIFAT[0]: the FAT is sector 0
  for (let i = 1; i < 109; i++) view.setUint32(0x4c + i * 4, FREE, true);

  // Sector 0 (file offset 512): the FAT.
  const fat = SECTOR;
  view.setUint32(fat, FAT_SECTOR, true);
  view.setUint32(fat + 4, END_OF_CHAIN, true); // directory
  view.setUint32(fat + 8, END_OF_CHAIN, true); // stream data
  for (let i = 3; i < SECTOR / 4; i++) view.setUint32(fat + i * 4, FREE, true);

  // Sector 1: the directory, root first, then the streams as a right-leaning chain of siblings.
  const entries: DirEntry[] = [
    { name: "Root Entry", type: 5, child: streams.length > 0 ? 1 : undefined } as DirEntry,
    ...streams.map((name, i): DirEntry => ({ name, type: 2, right: i + 2 <= streams.length ? i + 2 : undefined })),
  ].slice(0, 4);
  entries.forEach((e, i) => out.set(directoryEntry(e), SECTOR * 2 + i * 128));

  // Sector 2: stream data.
  out.set(Buffer.from("lygip-test"), SECTOR * 3);
  return out;
}
