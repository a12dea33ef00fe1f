/**
 * The floor: the least any checker must do with an xlsx — find the sheet part in the zip, inflate it and
 * pass over its XML once (here: counting `<c ` cell openings). Nothing can check a workbook faster than
 * it can read it, so the end-to-end time is reported as a multiple of this.
 */
import fs from "node:fs";
import zlib from "node:zlib";

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export interface FloorResult {
  readonly entry: string;
  readonly compressedBytes: number;
  readonly xmlBytes: number;
  readonly cells: number;
  readonly seconds: number;
}

interface CentralEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly localOffset: number;
}

function centralDirectory(zip: Buffer): CentralEntry[] {
  let eocd = -1;
  for (let p = zip.length - 22; p >= Math.max(0, zip.length - 22 - 0xffff); p--) {
    if (zip.readUInt32LE(p) === EOCD) {
      eocd = p;
      break;
    }
  }
  if (eocd < 0) throw new Error("not a zip: no end of central directory");
  const entries: CentralEntry[] = [];
  let p = zip.readUInt32LE(eocd + 16);
  for (let i = zip.readUInt16LE(eocd + 10); i > 0; i--) {
    if (zip.readUInt32LE(p) !== CENTRAL) throw new Error(`not a zip: no central header at ${p}`);
    const nameLength = zip.readUInt16LE(p + 28);
    entries.push({
      name: zip.toString("utf8", p + 46, p + 46 + nameLength),
      method: zip.readUInt16LE(p + 10),
      compressedSize: zip.readUInt32LE(p + 20),
      localOffset: zip.readUInt32LE(p + 42),
    });
    p += 46 + nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return entries;
}

/** The first worksheet part (the benchmark's files have one table sheet). */
function sheetEntry(entries: readonly CentralEntry[]): CentralEntry {
  const sheets = entries.filter((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name));
  sheets.sort((a, b) => a.name.localeCompare(b.name, "en", { numeric: true }));
  if (!sheets.length) throw new Error("no worksheet part in the zip");
  return sheets[0];
}

function countCells(xml: Buffer): number {
  const needle = Buffer.from("<c ");
  let count = 0;
  for (let p = xml.indexOf(needle); p >= 0; p = xml.indexOf(needle, p + 3)) count++;
  return count;
}

/** Read the file, inflate its sheet part and scan it once; best of `runs`. */
export function measureFloor(file: string, runs = 3): FloorResult {
  let best: FloorResult | null = null;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const zip = fs.readFileSync(file);
    const entry = sheetEntry(centralDirectory(zip));
    if (zip.readUInt32LE(entry.localOffset) !== LOCAL) throw new Error(`no local header for ${entry.name}`);
    const start = entry.localOffset + 30 + zip.readUInt16LE(entry.localOffset + 26) + zip.readUInt16LE(entry.localOffset + 28);
    const raw = zip.subarray(start, start + entry.compressedSize);
    const xml = entry.method === 0 ? raw : zlib.inflateRawSync(raw);
    const cells = countCells(xml);
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    if (!best || seconds < best.seconds) {
      best = { entry: entry.name, compressedBytes: entry.compressedSize, xmlBytes: xml.length, cells, seconds };
    }
  }
  return best!;
}
