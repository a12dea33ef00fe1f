/**
 * The floor: the least any checker must do with an xlsx — find the sheet part in the zip, inflate it and
 * pass over its XML once (here: counting `<c ` cell openings). Nothing can check a workbook faster than
 * it can read it, so the end-to-end time is reported as a multiple of this.
 */
import fs from "node:fs";
import zlib from "node:zlib";
import { readZip, type ZipEntry } from "../src/workbook/zip";

export interface FloorResult {
  readonly entry: string;
  readonly compressedBytes: number;
  readonly xmlBytes: number;
  readonly cells: number;
  readonly seconds: number;
}

/** The first worksheet part (the benchmark's files have one table sheet). */
function sheetEntry(entries: readonly ZipEntry[]): ZipEntry {
  const sheets = entries.filter((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name));
  sheets.sort((a, b) => a.name.localeCompare(b.name, "en", { numeric: true }));
  if (!sheets.length) throw new Error("no worksheet part in the zip");
  return sheets[0];
}

function countCells(xml: Uint8Array): number {
  const bytes = Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength);
  const needle = Buffer.from("<c ");
  let count = 0;
  for (let p = bytes.indexOf(needle); p >= 0; p = bytes.indexOf(needle, p + 3)) count++;
  return count;
}

/** Read the file, inflate its sheet part and scan it once; best of `runs`. */
export function measureFloor(file: string, runs = 3): FloorResult {
  let best: FloorResult | null = null;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    // The product's own reader finds the part; inflating it without the reader's size and CRC checks
    // keeps this the least work any checker could do.
    const entry = sheetEntry(readZip(fs.readFileSync(file)).entries);
    const xml = entry.method === 0 ? entry.raw : zlib.inflateRawSync(entry.raw);
    const cells = countCells(xml);
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    if (!best || seconds < best.seconds) {
      best = { entry: entry.name, compressedBytes: entry.compressedSize, xmlBytes: xml.length, cells, seconds };
    }
  }
  return best!;
}
