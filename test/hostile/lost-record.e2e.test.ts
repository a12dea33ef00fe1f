/**
 * A copy saved by LibreOffice (or WPS) loses lygip's record of the check (a custom XML part): it can still be
 * checked again without losing anything (REPORT.md "Ownership", record lost). The copy is saved by LibreOffice
 * itself, once, and checked through the command line.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { RESULT_HEADERS } from "../../src/engine/columns";
import { columnLetters } from "../../src/workbook/xlsx";
import { scanCellValues } from "../../src/writer/ownership";
import { parseSharedStrings } from "../../src/workbook/xlsx/sharedStrings";
import { XmlScanner } from "../../src/workbook/xml/scanner";
import { readZip, writeZip, type ZipArchive } from "../../src/workbook/zip";
import { lygip } from "../support/cli";
import { saveWithLibreOffice } from "../support/render";
import { tempDir } from "../support/workbooks";
import { HEAD, HZ, cellXml, rowsXml, minimalEntries } from "./minimalXlsx";

const claim = (unit: string, amount: number, ref: string) => [unit, HZ, "海州区", 2026, "GI", "2026-03-01", ref, amount];
/** The table is A..H; the six result columns go to I..N, 审核说明 in M. */
const RESULT_COL = 8;

const cell = cellXml;

/** Two claims, one over the item's cap (核减), and a note typed below the table in a result column. */
const APPLICATION_ROWS =
  rowsXml([HEAD, claim("甲公司", 100000, "G1"), claim("乙公司", 900000, "G2"), claim("丙公司", 50000, "")]) +
  `<row r="8">${cell(8, RESULT_COL, "审核人备注：已电话核实")}</row>`;

const text = (zip: ZipArchive, name: string) => Buffer.from(zip.read(name)).toString("utf8");

/** Sheet names in order, and each sheet's part text, through the workbook's relationships. */
function sheetsOf(bytes: Uint8Array): Map<string, string> {
  const zip = readZip(bytes);
  const wb = text(zip, "xl/workbook.xml");
  const rels = text(zip, "xl/_rels/workbook.xml.rels");
  const out = new Map<string, string>();
  for (const m of wb.matchAll(/<sheet [^>]*?name="([^"]*)"[^>]*?r:id="([^"]*)"/g)) {
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]*)"|Target="([^"]*)"[^>]*Id="${m[2]}"`).exec(rels)!;
    out.set(m[1], text(zip, `xl/${(target[1] ?? target[2]).replace(/^\/?xl\//, "")}`));
  }
  return out;
}

/** A sheet's cell values by address, shared strings resolved. */
function cellValues(bytes: Uint8Array, sheetXml: string): Map<string, string> {
  const zip = readZip(bytes);
  const sst = zip.entry("xl/sharedStrings.xml") ? parseSharedStrings(text(zip, "xl/sharedStrings.xml"), "xl/sharedStrings.xml") : [];
  const out = new Map<string, string>();
  scanCellValues(new XmlScanner(sheetXml, "sheet"), (i) => sst[i], (c) => out.set(`${columnLetters(c.col)}${c.row}`, c.value));
  return out;
}

async function checkInto(input: string, out: string) {
  const r = await lygip("check", input, "--json", "--out", out);
  return { ...r, report: r.stdout ? JSON.parse(r.stdout) : undefined };
}

/** The verdicts and amounts of a report, row by row, and its totals. */
const outcome = (report: { files: { rows: unknown[] }[]; totals: unknown }) => ({ rows: report.files[0].rows, totals: report.totals });

/** The first check of the application, its copy, and that copy as LibreOffice saved it, under the input's name. */
let first: Awaited<ReturnType<typeof checkInto>>;
let firstCopy: Uint8Array;
let saved: string;

beforeAll(async () => {
  const input = join(tempDir(), "申报表.xlsx");
  writeFileSync(input, writeZip(minimalEntries({ sheets: [{ name: "申报表", rows: APPLICATION_ROWS }] })));
  first = await checkInto(input, tempDir());
  expect(first.code).not.toBe(2);
  firstCopy = readFileSync(first.report.files[0].output);
  const lo = saveWithLibreOffice(first.report.files[0].output, tempDir());
  // The reviewer's copy, in the original's place (审核信息 names the file checked).
  const dir = tempDir();
  mkdirSync(dir, { recursive: true });
  saved = join(dir, "申报表.xlsx");
  copyFileSync(lo, saved);
}, 180_000);

describe("a copy LibreOffice saved, without lygip's record, checks again without losing anything", () => {
  it("LibreOffice dropped the record (the case this covers)", () => {
    const zip = readZip(readFileSync(saved));
    expect(zip.entries.some((e) => e.name.startsWith("customXml/"))).toBe(false);
    expect(readZip(firstCopy).entries.some((e) => e.name.startsWith("customXml/"))).toBe(true);
  });

  it("the re-check gives the same verdicts and totals, rewrites the result columns in place and replaces our sheets", async () => {
    const second = await checkInto(saved, tempDir());
    expect(second.stderr).toBe("");
    expect([0, 1]).toContain(second.code);
    expect(outcome(second.report)).toEqual(outcome(first.report));
    const sheets = sheetsOf(readFileSync(second.report.files[0].output));
    expect([...sheets.keys()]).toEqual(["申报表", "问题清单", "汇总", "审核明细", "审核信息", "审核意见表"]);
    const table = sheets.get("申报表")!;
    const values = cellValues(readFileSync(second.report.files[0].output), table);
    // The headers once, in I..N, and nothing to their right.
    expect(RESULT_HEADERS.map((_, i) => values.get(`${columnLetters(RESULT_COL + i)}1`))).toEqual([...RESULT_HEADERS]);
    expect(values.has("O1")).toBe(false);
    for (const h of RESULT_HEADERS) expect([...values.values()].filter((v) => v === h)).toHaveLength(1);
    // LibreOffice wrote the note below the table as a shared string: it is still there, in I8.
    expect(values.get("I8")).toBe("审核人备注：已电话核实");
  }, 60_000);

  it("a 复核意见 added in a 审核说明 cell of that copy: refused, naming the cell, and no copy written", async () => {
    const zip = readZip(readFileSync(saved));
    const sheets = sheetsOf(readFileSync(saved));
    const part = [...zip.entries].find((e) => text(zip, e.name) === sheets.get("申报表"))!.name;
    const ours = /<c r="M3"[^>]*>.*?<\/c>/s.exec(text(zip, part));
    expect(ours).not.toBeNull();
    const firstText = cellValues(firstCopy, sheetsOf(firstCopy).get("申报表")!).get("M3")!;
    expect(firstText).toMatch(/核减/);
    const edited = writeZip(zip.entries.map((e) =>
      e.name === part ? { name: e.name, data: text(zip, part).replace(ours![0], cell(3, RESULT_COL + 4, `${firstText}\n复核意见：同意核减。`)) } : { copy: e }));
    const input = join(tempDir(), "申报表.xlsx");
    writeFileSync(input, edited);
    const { code, report, stderr } = await checkInto(input, tempDir());
    expect(code).toBe(2);
    expect(report.files[0].output).toBeNull();
    expect(stderr).toMatch(/审核结果列中 M3 的内容不是 lygip 写入的/);
  }, 60_000);

  it("a reviewer's note beside 问题清单 in that copy keeps the sheet theirs: ours goes beside it, the results still rewritten", async () => {
    const zip = readZip(readFileSync(saved));
    const issues = sheetsOf(readFileSync(saved)).get("问题清单")!;
    const part = [...zip.entries].find((e) => text(zip, e.name) === issues)!.name;
    const noted = issues.replace(/(<row r="2"[^>]*>.*?)(<\/row>)/s, `$1${cell(2, 25, "复核：已电话核实")}$2`);
    expect(noted).not.toBe(issues);
    const input = join(tempDir(), "申报表.xlsx");
    writeFileSync(input, writeZip(zip.entries.map((e) => (e.name === part ? { name: e.name, data: noted } : { copy: e }))));
    const { code, report } = await checkInto(input, tempDir());
    expect([0, 1]).toContain(code);
    const sheets = sheetsOf(readFileSync(report.files[0].output));
    expect([...sheets.keys()]).toEqual(["申报表", "问题清单", "汇总", "审核明细", "审核信息", "审核意见表", "问题清单（2）"]);
    expect(sheets.get("问题清单")).toContain("复核：已电话核实");
  }, 60_000);

  it("result headers typed by hand on a workbook without 审核信息 claim nothing: the cells are refused, never overwritten", async () => {
    const typed = rowsXml([[...HEAD, ...RESULT_HEADERS], [...claim("甲公司", 100000, "G1"), "通过", 100000, 0, 0, "通过，核定 100,000.00 元", "（一）"]]);
    const input = join(tempDir(), "申报表.xlsx");
    writeFileSync(input, writeZip(minimalEntries({ sheets: [{ name: "申报表", rows: typed }] })));
    const { code, report, stderr } = await checkInto(input, tempDir());
    expect(code).toBe(2);
    expect(report.files[0].output).toBeNull();
    expect(stderr).toMatch(/审核结果列已有内容：I1、J1、K1、L1、M1 等 .* 个单元格，但工作簿中没有 lygip 的审核记录/);
  }, 60_000);
});
