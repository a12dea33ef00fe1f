/**
 * Whose the cells are where the result columns go (REPORT.md "In the workbook", "Ownership"), asked of the
 * same workbooks through the command line's path (the file read, checked, planned, and the copy written by
 * the xlsx writer) and the task pane's (the same workbook in the strict fake Excel, checked by the pane's
 * host): both write, or both refuse naming the same first cell. Only what an earlier check wrote — vouched
 * for by its record, or by 审核信息 and cells that hold only a check's values when the record was lost — is
 * rewritten; a header typed by hand claims nothing. The same record names the sheets either host wrote: the
 * other host replaces them (no 问题清单（2）) and 清除审核结果 removes them, while a sheet a user edited since is
 * left in both.
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
import { HEAD, HZ, cellXml, minimalEntries, minimalXlsx, rowsXml } from "../hostile/minimalXlsx";
import { key, namespaceOf, sheetOf as fakeSheet, workbookOf, type FakeWorkbook } from "../taskpane/fake-excel/model";
import { REL_CUSTOM_XML } from "../../src/workbook/xlsx/ooxmlNames";
import { TEXTS } from "../../src/taskpane/ui/texts";
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

  test("written by lygip, then a reviewer typed into 审核说明: both refuse at that cell, the record no longer vouching for the block", async () => {
    const edited = typedInto(copyOf(original), 2, EXPLANATION, "复核意见：同意");
    // The cell changed is named, not the block's first header: that is where the reviewer looks.
    await expectBoth(edited, { ok: false, first: `${letters(EXPLANATION)}2` });
    const fx = fakeExcel(fakeOf(edited));
    const refused = await new ExcelHost(fx.run, fx.requirements).check(REQUEST);
    if (refused.ok) throw new Error("an edited block was overwritten");
    expect(problemText(refused.problem, "zh")).toContain(`申报表!${letters(EXPLANATION)}2（现为「复核意见：同意」）自上次审核后被改动过`);
    expect(problemText(refused.problem, "en")).toContain(`cell 申报表!${letters(EXPLANATION)}2 (now “复核意见：同意”) was edited since the last check`);
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

/**
 * The workbook the pane left, as Excel saves it: each sheet's cell values (a formula's result), and the
 * custom XML parts, related from the workbook part as Excel relates them.
 */
function xlsxOf(wb: FakeWorkbook): Uint8Array {
  const sheets = wb.sheets.map((s) => {
    const rows = new Map<number, string[]>();
    const cells = [...s.cells].map(([k, c]) => ({ at: k.split(":").map(Number) as [number, number], c }));
    cells.sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1]);
    for (const { at: [row, col], c } of cells) {
      if (c.value === "") continue;
      const value = typeof c.value === "number" ? c.value : String(c.value);
      rows.set(row, [...(rows.get(row) ?? []), cellXml(row, col, value)]);
    }
    return { name: s.name, rows: [...rows].map(([r, xs]) => `<row r="${r}">${xs.join("")}</row>`).join("") };
  });
  const entries = minimalEntries({ sheets });
  wb.customXml.forEach((part, i) => {
    const name = `customXml/item${i + 1}.xml`;
    entries.push({ name, data: part.xml });
    const rels = entries.find((e) => "name" in e && e.name === "xl/_rels/workbook.xml.rels") as { name: string; data: string };
    rels.data = rels.data.replace("</Relationships>", `<Relationship Id="rIdX${i + 1}" Type="${REL_CUSTOM_XML}" Target="../${name}"/></Relationships>`);
  });
  return writeZip(entries);
}

const sheetNames = (bytes: Uint8Array) => openWorkbook(bytes).sheets.map((s) => s.name);
const recordIn = (bytes: Uint8Array) => parseRecord(Buffer.from(readZip(bytes).read(recordPartOf(bytes))).toString("utf8"), "customXml")!;

async function paneHost(wb: FakeWorkbook) {
  const fx = fakeExcel(wb);
  return new ExcelHost(fx.run, fx.requirements);
}

/** The words the pane shows for what a clear left, in either language. */
function leftWords(left: Parameters<(typeof TEXTS)["zh"]["clearedLeft"]>[0]) {
  return { zh: TEXTS.zh.clearedLeft(left), en: TEXTS.en.clearedLeft(left) };
}

/** No Chinese in English words but the names of sheets, which are the user's. */
function expectEnglish(text: string, sheets: readonly string[]) {
  let rest = text;
  for (const name of sheets) rest = rest.split(name).join("");
  expect(rest).not.toMatch(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/);
}

describe("our sheets: what one host wrote, the other recognises by the record", () => {
  test("pane check, then a command-line check of the saved workbook: our sheets replaced, none written as （2）", async () => {
    const wb = fakeOf(original);
    expect((await (await paneHost(wb)).check(REQUEST)).ok).toBe(true);
    const pane = parseRecord(wb.customXml[0]!.xml, "customXml")!;
    expect(pane.sheets.map((s) => [s.role, s.name])).toEqual([["issues", "问题清单"], ["summary", "汇总"]]);

    const cli = cliOn(xlsxOf(wb));
    expect(cli.verdict).toEqual({ ok: true });
    const names = sheetNames(cli.copy!);
    expect(names.filter((n) => n.includes("（"))).toEqual([]);
    expect([...names].sort()).toEqual(["申报表", "问题清单", "汇总", "审核明细", "审核信息", "审核意见表"].sort());
  });

  test("the pane records 问题清单 with the digest the command line records for the same rows", async () => {
    // (汇总 names the file, which the command line gives as the file and the pane, without one, as the sheet.)
    const wb = fakeOf(original);
    await (await paneHost(wb)).check(REQUEST);
    const pane = parseRecord(wb.customXml[0]!.xml, "customXml")!;
    const cli = recordIn(copyOf(original));
    expect(pane.sheets.find((s) => s.role === "issues")).toEqual(cli.sheets.find((s) => s.role === "issues"));
  });

  test("pane 生成汇总 and check, then the command line: 审核明细 and 汇总 recognised too, none written as （2）", async () => {
    const wb = fakeOf(original);
    const host = await paneHost(wb);
    expect((await host.summarise(REQUEST)).ok).toBe(true);
    expect((await host.check(REQUEST)).ok).toBe(true);
    const pane = parseRecord(wb.customXml[0]!.xml, "customXml")!;
    expect(pane.sheets.map((s) => s.role).sort()).toEqual(["detail", "issues", "summary"]);
    expect(pane.results).toBeDefined();
    const cli = cliOn(xlsxOf(wb));
    expect(cli.verdict).toEqual({ ok: true });
    expect(sheetNames(cli.copy!).filter((n) => n.includes("（"))).toEqual([]);
  });

  test("command-line check, then the pane's check: the command line's sheets replaced, its 审核信息 and 审核意见表 kept on the record", async () => {
    const wb = fakeOf(copyOf(original));
    expect((await (await paneHost(wb)).check(REQUEST)).ok).toBe(true);
    expect(wb.sheets.map((s) => s.name).filter((n) => n.includes("（"))).toEqual([]);
    const pane = parseRecord(wb.customXml[0]!.xml, "customXml")!;
    expect(pane.sheets.map((s) => s.role).sort()).toEqual(["detail", "form", "info", "issues", "summary"]);
  });

  test("command-line check, then the pane's clear: exactly what the record vouches for goes, nothing is left to say", async () => {
    const copy = copyOf(original);
    const record = recordIn(copy);
    const wb = fakeOf(copy);
    const out = await (await paneHost(wb)).clear();
    if (!out.ok) throw new Error(JSON.stringify(out.problem));
    expect([...out.sheets].sort()).toEqual(record.sheets.map((s) => s.name).sort());
    expect(out).toMatchObject({ columns: true, left: [] });
    expect(wb.sheets.map((s) => s.name)).toEqual(["申报表"]);
    // The table as it was before the check: the result cells the record names are empty, the rest untouched.
    const table = fakeSheet(wb, "申报表");
    const { rows, firstCol, lastCol } = record.results!;
    for (const row of rows) for (let col = firstCol; col <= lastCol; col++) expect(table.cells.get(key(row, col))).toBeUndefined();
    expect(fakeSheet(fakeOf(original), "申报表").cells).toEqual(table.cells);
    expect(wb.customXml).toEqual([]);
  });
});

describe("a sheet a user edited is theirs in both hosts", () => {
  /** A reviewer's words typed into 问题清单 below what the check wrote. */
  function typedIntoIssues(wb: FakeWorkbook) {
    fakeSheet(wb, "问题清单").cells.set(key(20, 0), { value: "复核：已逐条核对" });
  }

  async function expectKeptByClear(wb: FakeWorkbook) {
    const out = await (await paneHost(wb)).clear();
    if (!out.ok) throw new Error(JSON.stringify(out.problem));
    expect(out.sheets).not.toContain("问题清单");
    expect(out.left).toEqual([{ kind: "sheet-changed", sheet: "问题清单" }]);
    expect(fakeSheet(wb, "问题清单").cells.get(key(20, 0))?.value).toBe("复核：已逐条核对");
    const words = leftWords(out.left[0]!);
    expect(words.zh).toContain("「问题清单」");
    expect(words.zh).toContain("已保留");
    expect(words.en).toContain("was kept");
    expectEnglish(words.en, ["问题清单"]);
  }

  async function expectKeptByCommandLine(wb: FakeWorkbook) {
    const cli = cliOn(xlsxOf(wb));
    expect(cli.verdict).toEqual({ ok: true });
    expect(sheetNames(cli.copy!)).toEqual(expect.arrayContaining(["问题清单", "问题清单（2）"]));
    const kept = openWorkbook(cli.copy!).readSheet("问题清单");
    expect(kept.rows.get(20)?.[0]).toEqual({ t: "s", v: "复核：已逐条核对" });
    expect(recordIn(cli.copy!).sheets.find((s) => s.role === "issues")?.name).toBe("问题清单（2）");
  }

  test("written by the command line: the pane's clear leaves it and says so; a command-line check writes beside it", async () => {
    const wb = fakeOf(copyOf(original));
    typedIntoIssues(wb);
    await expectKeptByCommandLine(structuredClone(wb));
    await expectKeptByClear(wb);
    // Everything else the record vouched for is gone.
    expect(wb.sheets.map((s) => s.name)).toEqual(["申报表", "问题清单"]);
  });

  test("written by the pane: the pane's clear leaves it and says so; a command-line check writes beside it", async () => {
    const wb = fakeOf(original);
    await (await paneHost(wb)).check(REQUEST);
    typedIntoIssues(wb);
    await expectKeptByCommandLine(structuredClone(wb));
    await expectKeptByClear(wb);
    expect(wb.sheets.map((s) => s.name)).toEqual(["申报表", "问题清单"]);
  });

  test("the pane's own check writes beside it too: 问题清单（2）, and the edited one stays as it is", async () => {
    const wb = fakeOf(copyOf(original));
    typedIntoIssues(wb);
    const out = await (await paneHost(wb)).check(REQUEST);
    if (!out.ok) throw new Error(JSON.stringify(out.problem));
    expect(out.issueSheet).toBe("问题清单（2）");
    expect(fakeSheet(wb, "问题清单").cells.get(key(20, 0))?.value).toBe("复核：已逐条核对");
  });

  test("a result cell a reviewer wrote in: the pane's clear leaves the block and names where it is", async () => {
    const wb = fakeOf(copyOf(original));
    fakeSheet(wb, "申报表").cells.set(key(2, EXPLANATION), { value: "复核意见：同意" });
    const out = await (await paneHost(wb)).clear();
    if (!out.ok) throw new Error(JSON.stringify(out.problem));
    expect(out.columns).toBe(false);
    const range = `${FIRST_HEADER}:${letters(RESULT_COL + RESULT_HEADERS.length - 1)}3`;
    expect(out.left).toEqual([{ kind: "cells-changed", sheet: "申报表", range }]);
    expect(fakeSheet(wb, "申报表").cells.get(key(2, EXPLANATION))?.value).toBe("复核意见：同意");
    expect(fakeSheet(wb, "申报表").cells.get(key(1, RESULT_COL))?.value).toBe(RESULT_HEADERS[0]);
    const words = leftWords(out.left[0]!);
    expect(words.zh).toContain(range);
    expectEnglish(words.en, ["申报表"]);
  });

  test("no record, and a sheet 问题清单 of the applicant's: the clear leaves it and says it has no record", async () => {
    const wb = fakeOf(original);
    wb.sheets.push({ ...structuredClone(fakeSheet(wb, "申报表")), name: "问题清单" });
    const out = await (await paneHost(wb)).clear();
    if (!out.ok) throw new Error(JSON.stringify(out.problem));
    expect(out.sheets).toEqual([]);
    expect(out.left).toEqual([{ kind: "sheet-unrecorded", sheet: "问题清单" }]);
    expectEnglish(leftWords(out.left[0]!).en, ["问题清单"]);
  });

  test("every message of what a clear left: Chinese first, and the English holds no Chinese beyond sheet names", () => {
    const all = [
      { kind: "sheet-changed", sheet: "汇总" },
      { kind: "sheet-unrecorded", sheet: "审核明细" },
      { kind: "cells-changed", sheet: "申报表", range: "I1:N3" },
      { kind: "cells-unrecorded", sheet: "申报表", cell: "L2" },
    ] as const;
    for (const left of all) {
      const words = leftWords(left);
      expect(words.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(words.zh).toContain(left.sheet);
      expect(words.en).toContain(left.sheet);
      expectEnglish(words.en, [left.sheet]);
    }
  });
});
