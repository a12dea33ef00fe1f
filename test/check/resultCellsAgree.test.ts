/**
 * Whose the cells are where the result columns go (REPORT.md "In the workbook", "Ownership"), asked of the
 * same workbooks through the command line's path (the file read, checked, planned, and the copy written by
 * the xlsx writer) and the task pane's (the same workbook in the strict fake Excel, checked by the pane's
 * host): both write, or both refuse naming the same first cell. Only what an earlier check wrote — vouched
 * for by its record, or by 审核信息 and cells that hold only a check's values when the record was lost — is
 * rewritten; a header typed by hand claims nothing.
 */
import { RESULT_HEADERS } from "../../src/engine/columns";
import { cachedSource, checkInfoOf, checkTables, planTable, readTable } from "../../src/check";
import { parseRecord } from "../../src/output/ownershipRecord";
import { ExcelHost } from "../../src/taskpane/excelHost";
import { problemText } from "../../src/taskpane/session/problems";
import type { CheckRequest } from "../../src/taskpane/session/pipeline";
import { openWorkbook } from "../../src/workbook/node";
import { readZip, writeZip, type ZipWriteEntry } from "../../src/workbook/zip";
import { AnnotateError, annotateXlsx } from "../../src/writer";
import { HEAD, HZ, cellXml, minimalXlsx, rowsXml } from "../hostile/minimalXlsx";
import { key, namespaceOf, workbookOf, type FakeWorkbook } from "../taskpane/fake-excel/model";
import { fakeExcel } from "../taskpane/fake-excel/office";

const claim = (unit: string, amount: number, ref: string) => [unit, HZ, "海州区", 2026, "GI", "2026-03-01", ref, amount];
const TABLE = [HEAD, claim("甲公司", 100000, "G1"), claim("乙公司", 150000, "G2")];
/** The table is A..H: the results go to I..N (0-based 8..13). */
const RESULT_COL = 8;
const EXPLANATION = RESULT_COL + RESULT_HEADERS.indexOf("审核说明");

const sheetOf = (rows: string) => minimalXlsx({ sheets: [{ name: "申报表", rows }] });
const letters = (col: number) => String.fromCharCode(65 + col);

type Verdict = { readonly ok: true } | { readonly ok: false; readonly first: string };

/**
 * The command line's path (src/check/checkFiles.ts): read, check, plan with 审核信息, write the copy; the copy,
 * or the first cell the writer refused.
 */
function cliOn(bytes: Uint8Array): { verdict: Verdict; copy?: Uint8Array } {
  const table = readTable(cachedSource(openWorkbook(bytes)), 0);
  if (!table.ok) throw new Error(JSON.stringify(table.issue));
  const [results] = checkTables([table]);
  const info = checkInfoOf([{ ok: true, name: "申报表.xlsx", layout: table.layout, rows: table.rows }], new Date("2026-03-01T01:30:00Z"), undefined);
  const { plan } = planTable(table, results!, { lang: "zh", fileLabel: "申报表.xlsx", info });
  try {
    return { verdict: { ok: true }, copy: annotateXlsx(bytes, plan) };
  } catch (e) {
    if (!(e instanceof AnnotateError) || (e.failure.code !== "cell-occupied" && e.failure.code !== "cell-reviewed")) throw e;
    return { verdict: { ok: false, first: e.failure.cells[0]! } };
  }
}

/** The workbook as Excel shows it to the pane: its cells' values, and its custom XML parts. */
function fakeOf(bytes: Uint8Array): FakeWorkbook {
  const file = openWorkbook(bytes);
  const wb = workbookOf(Object.fromEntries(file.sheets.map((s) => [s.name, []])));
  file.sheets.forEach((s, i) => {
    for (const [row, cells] of file.readSheet(s.name).rows) {
      cells.forEach((cell, col) => {
        if (cell === undefined || cell.t === "bad") return;
        wb.sheets[i]!.cells.set(key(row, col), { value: cell.t === "n" ? Number(cell.v) : cell.v });
      });
    }
  });
  const zip = readZip(bytes);
  for (const e of zip.entries.filter((x) => /^customXml\/item\d+\.xml$/.test(x.name))) {
    const xml = Buffer.from(zip.read(e.name)).toString("utf8");
    wb.customXml.push({ id: e.name, namespaceUri: namespaceOf(xml), xml });
  }
  return wb;
}

const REQUEST: CheckRequest = { mapping: new Map(), rates: {}, lang: "zh" };

async function paneOn(wb: FakeWorkbook): Promise<Verdict> {
  const fx = fakeExcel(wb);
  const out = await new ExcelHost(fx.run, fx.requirements).check(REQUEST);
  if (out.ok) return { ok: true };
  if (out.problem.code !== "RESULT_AREA_TAKEN") throw new Error(JSON.stringify(out.problem));
  return { ok: false, first: out.problem.cell };
}

/** The same verdict from both hosts, and the one expected. */
async function expectBoth(bytes: Uint8Array, expected: Verdict) {
  const cli = cliOn(bytes);
  const pane = await paneOn(fakeOf(bytes));
  expect(cli.verdict).toEqual(expected);
  expect(pane).toEqual(cli.verdict);
  return cli;
}

/** The package with one entry's text changed, every other entry as it was. */
function withPart(bytes: Uint8Array, name: string, edit: ((xml: string) => string) | null): Uint8Array {
  const zip = readZip(bytes);
  const entries: ZipWriteEntry[] = [];
  for (const e of zip.entries) {
    if (e.name !== name) entries.push({ copy: e });
    else if (edit) entries.push({ name, data: edit(Buffer.from(zip.read(name)).toString("utf8")) });
  }
  return writeZip(entries);
}

/** The first worksheet part of a copy (the application sheet: the copy adds its sheets after it). */
const TABLE_PART = "xl/worksheets/sheet1.xml";

/** A cell of the copy's table sheet given other text, as a reviewer typing into it leaves it. */
function typedInto(copy: Uint8Array, row: number, col: number, text: string): Uint8Array {
  const ref = `${letters(col)}${row}`;
  return withPart(copy, TABLE_PART, (xml) => {
    const cell = new RegExp(`<c r="${ref}"[^>]*?(?:/>|>.*?</c>)`);
    expect(xml).toMatch(cell);
    return xml.replace(cell, cellXml(row, col, text));
  });
}

const original = sheetOf(rowsXml(TABLE));
const copyOf = (bytes: Uint8Array) => cliOn(bytes).copy!;
const recordPartOf = (bytes: Uint8Array) => readZip(bytes).entries.find((e) => /^customXml\/item\d+\.xml$/.test(e.name))!.name;
const FIRST_HEADER = `${letters(RESULT_COL)}1`;

describe("the result cells: the command line and the task pane give the same verdict", () => {
  test("result columns never written: both write", async () => {
    await expectBoth(original, { ok: true });
  });

  test("written by lygip and untouched: both rewrite them in place", async () => {
    await expectBoth(copyOf(original), { ok: true });
  });

  test("written by lygip, then a reviewer typed into 审核说明: both refuse, the record no longer vouching for the block", async () => {
    const edited = typedInto(copyOf(original), 2, EXPLANATION, "复核意见：同意");
    await expectBoth(edited, { ok: false, first: FIRST_HEADER });
  });

  test("the applicant's own columns under the same six headers, no record: both refuse at the first header", async () => {
    const own = rowsXml([[...HEAD, ...RESULT_HEADERS], [...claim("甲公司", 100000, "G1"), "通过", 100000, 0, 0, "内部已核", "（二）"], claim("乙公司", 150000, "G2")]);
    await expectBoth(sheetOf(own), { ok: false, first: FIRST_HEADER });
  });

  test("the six headers present and every cell under them empty, no record: a typed header claims nothing, both refuse", async () => {
    await expectBoth(sheetOf(rowsXml([[...HEAD, ...RESULT_HEADERS], ...TABLE.slice(1)])), { ok: false, first: FIRST_HEADER });
  });

  test("a note typed below the table in a result column: not a place the results go, both write", async () => {
    const noted = rowsXml(TABLE) + `<row r="8">${cellXml(8, RESULT_COL, "审核人备注：已电话核实")}</row>`;
    await expectBoth(sheetOf(noted), { ok: true });
  });

  test("a result cell whose only text is in another namespace, which Excel does not show: empty to both, both write", async () => {
    const hidden = `<c r="${letters(RESULT_COL)}2" xmlns:y="urn:other"><y:v>9</y:v></c>`;
    const rows = rowsXml(TABLE).replace("</row><row r=\"3\">", `${hidden}</row><row r="3">`);
    expect(rows).toContain(hidden);
    await expectBoth(sheetOf(rows), { ok: true });
  });

  test("written by lygip, the record dropped by another program: told by 审核信息 and its values, both rewrite", async () => {
    const copy = copyOf(original);
    await expectBoth(withPart(copy, recordPartOf(copy), null), { ok: true });
  });

  test("the record dropped and a reviewer's words in 审核说明: both refuse at that cell", async () => {
    const copy = typedInto(copyOf(original), 2, EXPLANATION, "复核意见：同意");
    await expectBoth(withPart(copy, recordPartOf(copy), null), { ok: false, first: `${letters(EXPLANATION)}2` });
  });

  test("the pane records the block it writes as the command line does: the same columns, rows and digest", async () => {
    const wb = fakeOf(original);
    expect(await paneOn(wb)).toEqual({ ok: true });
    const pane = parseRecord(wb.customXml[0]!.xml, "customXml")!.results;
    const copy = copyOf(original);
    const cli = parseRecord(Buffer.from(readZip(copy).read(recordPartOf(copy))).toString("utf8"), "customXml")!.results;
    expect(pane).toEqual(cli);
    expect(pane).toMatchObject({ sheet: "申报表", firstCol: RESULT_COL, lastCol: RESULT_COL + RESULT_HEADERS.length - 1, rows: [1, 2, 3] });
  });
});

describe("a workbook an earlier version of the pane checked: result columns, no record", () => {
  test("the pane refuses it, says the columns carry the result headers with no record, and a clear then a check writes", async () => {
    const wb = fakeOf(original);
    const fx = fakeExcel(wb);
    const host = new ExcelHost(fx.run, fx.requirements);
    expect((await host.check(REQUEST)).ok).toBe(true);
    // What an earlier version left: the same columns and values, no record of them.
    wb.customXml.length = 0;
    const refused = await host.check(REQUEST);
    if (refused.ok) throw new Error("a block no record vouches for was overwritten");
    expect(refused.problem).toMatchObject({ code: "RESULT_AREA_TAKEN", cell: FIRST_HEADER, record: "missing" });
    expect(problemText(refused.problem, "zh")).toContain("没有本工具的审核记录");
    expect(problemText(refused.problem, "zh")).toContain("「清除审核结果」");
    expect(problemText(refused.problem, "en")).toContain("Clear results");
    // No Chinese but the sheet's own name, which is the user's.
    expect(problemText(refused.problem, "en").replace("申报表!", "!")).not.toMatch(/[\u4e00-\u9fff]/);
    expect((await host.clear()).ok).toBe(true);
    expect((await host.check(REQUEST)).ok).toBe(true);
  });

  test("the applicant's own columns under our headers: refused, and the message offers moving them, not only a clear", async () => {
    const own = rowsXml([[...HEAD, ...RESULT_HEADERS], [...claim("甲公司", 100000, "G1"), "通过", 100000, 0, 0, "内部已核", "（二）"], claim("乙公司", 150000, "G2")]);
    const fx = fakeExcel(fakeOf(sheetOf(own)));
    const refused = await new ExcelHost(fx.run, fx.requirements).check(REQUEST);
    if (refused.ok) throw new Error("the applicant's columns were overwritten");
    expect(problemText(refused.problem, "zh")).toContain("若是别人的数据：请移走，或在表格与其之间留出六列");
    expect(problemText(refused.problem, "en")).toContain("If they are someone's data: move it, or leave six free columns");
  });
});
