/**
 * Issue 10's resource cases for a valid file: 130,000 application rows (more than a city's year) are checked
 * completely, every row reported and the checked copy written, by the command line as a user runs it, within
 * 1 GB; and that copy is itself a file lygip checks again. The hostile files' own time and memory are pinned
 * in reader.test.ts. How fast this goes is the benchmark's business (npm run bench), not this test's.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { COLUMNS } from "../../src/engine/columns";
import { TEMPLATE_SHEET } from "../../src/workbook/template";
import { columnLetters } from "../../src/workbook/xlsx";
import { escapeXml } from "../../src/workbook/xml";
import { writeZip } from "../../src/workbook/zip";
import { generateRows, type GeneratedRow } from "../../bench/generate";
import { rowCells } from "../../bench/workbooks";
import { runMeasured } from "../../bench/measure";
import { ensureLib, repoRoot } from "../support/built";
import { tempDir } from "../support/workbooks";
import { minimalEntries } from "./minimalXlsx";

const ROWS = 130_000;
const MB = 1024;

/** The rows as a plain worksheet (inline strings, ISO dates as text): written in a second, unlike exceljs. */
function applicationWorkbook(rows: Iterable<GeneratedRow>): Uint8Array {
  const cell = (ref: string, v: unknown): string => {
    if (v === null || v === undefined) return "";
    if (typeof v === "number") return `<c r="${ref}"><v>${v}</v></c>`;
    const text = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
    return `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(text)}</t></is></c>`;
  };
  const letters = COLUMNS.map((_, i) => columnLetters(i));
  const parts: string[] = [`<row r="1">${COLUMNS.map((c, i) => cell(`${letters[i]}1`, c.headers[0])).join("")}</row>`];
  let r = 1;
  for (const g of rows) {
    r++;
    parts.push(`<row r="${r}">${rowCells(g, r - 1).map((v, i) => cell(`${letters[i]}${r}`, v)).join("")}</row>`);
  }
  return writeZip(minimalEntries({ sheets: [{ name: TEMPLATE_SHEET, rows: parts.join("") }] }));
}

describe("a valid 130,000-row file", () => {
  let dir: string;
  let input: string;

  beforeAll(() => {
    ensureLib();
    dir = tempDir();
    input = join(dir, "全市申报.xlsx");
    writeFileSync(input, applicationWorkbook(generateRows({ rows: ROWS, seed: 3 })));
  }, 180_000);

  it("is checked completely, its copy written, within 1 GB; the copy checks again with the same rows", async () => {
    const report = join(dir, "report.json");
    const m = await runMeasured(process.execPath, [join(repoRoot, "bin", "lygip.js"), "check", input, "--json", "--out", join(dir, "out")], {
      stdoutFile: report, cwd: repoRoot,
    });
    // 1: rows with errors (the generated batch has a few by design); anything else is a failure.
    expect({ code: m.code, stderr: m.code === 1 ? "" : m.stderr.slice(-2000) }).toEqual({ code: 1, stderr: "" });
    const first = JSON.parse(readFileSync(report, "utf8")) as { files: { output: string | null; rows: unknown[] }[]; summary: unknown };
    expect(first.files[0].rows).toHaveLength(ROWS);
    expect(first.files[0].output).not.toBeNull();
    expect(m.peakKb).not.toBeNull();
    expect(m.peakKb!).toBeLessThan(1024 * MB);

    const again = join(dir, "again.json");
    const m2 = await runMeasured(process.execPath, [join(repoRoot, "bin", "lygip.js"), "check", first.files[0].output!, "--json", "--no-write"], {
      stdoutFile: again, cwd: repoRoot,
    });
    expect(m2.code).toBe(1);
    const second = JSON.parse(readFileSync(again, "utf8")) as { files: { rows: unknown[] }[]; summary: unknown };
    expect(second.files[0].rows).toHaveLength(ROWS);
    expect(second.summary).toEqual(first.summary);
  }, 600_000);
});
