/**
 * A quick local timing, not a test: a 100,000-row × 18-column sheet through openWorkbook + readSheet.
 * Target: under 1.5 s and well under 500 MB. Run:
 *   npx tsc --outDir /tmp/lygip-timing --module commonjs --target es2022 --esModuleInterop --skipLibCheck \
 *     test/workbook/xlsx/timing.ts && node --expose-gc /tmp/lygip-timing/test/workbook/xlsx/timing.js
 */
import { writeFileSync } from "node:fs";
import { openWorkbook } from "../../../src/workbook/xlsx";
import { readZip } from "../../../src/workbook/zip";
import { minimalXlsx } from "../../hostile/minimalXlsx";

const ROWS = 100_000;
const COLS = 18;

function letters(col: number): string {
  return col < 26 ? String.fromCharCode(65 + col) : "A" + String.fromCharCode(65 + col - 26);
}

function build(): Uint8Array {
  const strings: string[] = [];
  for (let i = 0; i < 5000; i++) strings.push(`连云港某某科技有限公司第${i}分公司`);
  const parts: string[] = [];
  for (let r = 1; r <= ROWS; r++) {
    let row = `<row r="${r}" spans="1:${COLS}">`;
    for (let c = 0; c < COLS; c++) {
      const ref = letters(c) + r;
      if (c % 3 === 0) row += `<c r="${ref}" t="s"><v>${(r * 7 + c) % strings.length}</v></c>`;
      else if (c % 3 === 1) row += `<c r="${ref}" s="1"><v>${(r * 13.37 + c).toFixed(2)}</v></c>`;
      else if (c === COLS - 1) row += `<c r="${ref}" t="inlineStr"><is><t>第${r}行&amp;${c}</t></is></c>`;
      else row += `<c r="${ref}" t="s"><v>${(r * 3 + c * 11) % strings.length}</v></c>`;
    }
    parts.push(row + "</row>");
  }
  return minimalXlsx({ sheets: [{ name: "申报表", rows: parts.join("") }], sharedStrings: strings });
}

const bytes = build();
// SAVE=/path keeps the workbook for timing the reader alone in a fresh process.
if (process.env.SAVE) writeFileSync(process.env.SAVE, bytes);
const archive = readZip(bytes);
for (const e of archive.entries) {
  if (e.uncompressedSize > 100_000) console.log(`${e.name}: ${e.uncompressedSize} bytes, ratio ${(e.uncompressedSize / e.compressedSize).toFixed(1)}`);
}
(globalThis as { gc?: () => void }).gc?.();
const rss0 = process.memoryUsage().rss;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const wb = openWorkbook(bytes);
const grid = wb.readSheet("申报表");
const t1 = performance.now();
const cpu = process.cpuUsage(cpu0);
console.log(`zip ${(bytes.length / 1e6).toFixed(1)} MB; rows ${grid.rows.size}, maxCol ${grid.maxCol}`);
console.log(`openWorkbook + readSheet: ${(t1 - t0).toFixed(0)} ms (cpu ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms); rss +${((process.memoryUsage().rss - rss0) / 1e6).toFixed(0)} MB; peak rss ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
