/** How each kind of cell in a worksheet part is read (OOXML SpreadsheetML §18.3.1.4, cell types). */
import { LIMITS } from "../../../src/workbook/limits";
import type { RawCell } from "../../../src/workbook/types";
import { openWorkbook, parseSharedStrings, parseSheet, type SheetContext } from "../../../src/workbook/xlsx";
import { writeZip } from "../../../src/workbook/zip";
import { minimalXlsx, NS_MAIN, oneSheet, worksheetXml } from "../../hostile/minimalXlsx";
import { readErrorOf } from "../../support/readErrorOf";

const ctx = (over: Partial<SheetContext> = {}): SheetContext => ({
  name: "申报表", part: "xl/worksheets/sheet1.xml", sharedStrings: ["甲", "乙"], dateStyles: [false, true],
  date1904: false, limits: LIMITS, ...over,
});

/** The one cell of a one-cell sheet. */
function only(cellXml: string, over: Partial<SheetContext> = {}): RawCell | undefined {
  const grid = parseSheet(worksheetXml(`<row r="1">${cellXml}</row>`), ctx(over));
  return grid.rows.get(1)?.[0];
}

const reasonOf = readErrorOf;

describe("numbers", () => {
  it("keep their exact text, exponent and sign included", () => {
    expect(only(`<c r="A1"><v>1234.56</v></c>`)).toEqual({ t: "n", v: "1234.56" });
    expect(only(`<c r="A1" t="n"><v>1E-7</v></c>`)).toEqual({ t: "n", v: "1E-7" });
    expect(only(`<c r="A1"><v>-0.1</v></c>`)).toEqual({ t: "n", v: "-0.1" });
    expect(only(`<c r="A1"><v>12345678901234567890</v></c>`)).toEqual({ t: "n", v: "12345678901234567890" });
  });
  it("are dates when their style's format shows a date", () => {
    expect(only(`<c r="A1" s="1"><v>45809</v></c>`)).toEqual({ t: "n", v: "45809", date: true });
    expect(only(`<c r="A1" s="0"><v>45809</v></c>`)).toEqual({ t: "n", v: "45809" });
    expect(only(`<c r="A1" s="7"><v>45809</v></c>`)).toEqual({ t: "n", v: "45809" });
  });
  it("that are not numbers become bad cells naming what was found", () => {
    expect(only(`<c r="A1"><v>12,5</v></c>`)).toEqual({ t: "bad", fault: { fault: "bad-number", found: "12,5" } });
    expect(only(`<c r="A1"><v>NaN</v></c>`)?.t).toBe("bad");
  });
  it("a styled cell with no value is no cell at all", () => {
    expect(only(`<c r="A1" s="1"/>`)).toBeUndefined();
    expect(parseSheet(worksheetXml(`<row r="1"><c r="A1" s="1"/></row>`), ctx()).rows.size).toBe(0);
  });
});

describe("strings", () => {
  it("shared strings by index", () => {
    expect(only(`<c r="A1" t="s"><v>1</v></c>`)).toEqual({ t: "s", v: "乙" });
  });
  it("a shared-string index out of range or not a number is a bad cell, never a crash or a gap", () => {
    expect(only(`<c r="A1" t="s"><v>2</v></c>`)).toEqual({ t: "bad", fault: { fault: "string-index-out-of-range", found: "2" } });
    expect(only(`<c r="A1" t="s"><v>-1</v></c>`)).toEqual({ t: "bad", fault: { fault: "bad-string-index", found: "-1" } });
    expect(only(`<c r="A1" t="s"><v>x</v></c>`)).toEqual({ t: "bad", fault: { fault: "bad-string-index", found: "x" } });
    expect(only(`<c r="A1" t="s"><v>99999999999999</v></c>`)?.t).toBe("bad");
  });
  it("inline strings, rich runs joined, phonetic runs skipped", () => {
    expect(only(`<c r="A1" t="inlineStr"><is><t>连云港</t></is></c>`)).toEqual({ t: "s", v: "连云港" });
    expect(only(`<c r="A1" t="inlineStr"><is><r><t>连</t></r><r><rPr><b/></rPr><t>云港</t></r><rPh sb="0" eb="1"><t>lian</t></rPh></is></c>`))
      .toEqual({ t: "s", v: "连云港" });
  });
  it("formula string results (t=str), with OOXML's _xHHHH_ escapes decoded", () => {
    expect(only(`<c r="A1" t="str"><f>A2</f><v>a_x000D_b</v></c>`)).toEqual({ t: "s", v: "a\rb", formula: true });
    expect(only(`<c r="A1" t="str"><f>A2</f><v></v></c>`)).toEqual({ t: "s", v: "", formula: true });
  });
  it("keep spaces inside the text", () => {
    expect(only(`<c r="A1" t="inlineStr"><is><t xml:space="preserve">  甲 乙 </t></is></c>`)).toEqual({ t: "s", v: "  甲 乙 " });
  });
  it("longer than 32,767 characters is a bad cell naming the limit", () => {
    const long = "a".repeat(32_768);
    expect(only(`<c r="A1" t="inlineStr"><is><t>${long}</t></is></c>`)).toEqual({
      t: "bad", fault: { fault: "text-too-long", length: 32768, limit: 32767 },
    });
    expect(only(`<c r="A1" t="inlineStr"><is><t>${"a".repeat(32_767)}</t></is></c>`)?.t).toBe("s");
  });
});

describe("other cell types", () => {
  it("booleans", () => {
    expect(only(`<c r="A1" t="b"><v>1</v></c>`)).toEqual({ t: "b", v: true });
    expect(only(`<c r="A1" t="b"><v>0</v></c>`)).toEqual({ t: "b", v: false });
    expect(only(`<c r="A1" t="b"><v>2</v></c>`)).toEqual({ t: "bad", fault: { fault: "bad-boolean", found: "2" } });
  });
  it("error values", () => {
    expect(only(`<c r="A1" t="e"><f>NA()</f><v>#N/A</v></c>`)).toEqual({ t: "e", v: "#N/A", formula: true });
    expect(only(`<c r="A1" t="e"><v>#VALUE!</v></c>`)).toEqual({ t: "e", v: "#VALUE!" });
  });
  it("ISO dates (t=d)", () => {
    expect(only(`<c r="A1" t="d"><v>2025-06-01T00:00:00</v></c>`)).toEqual({ t: "d", v: "2025-06-01T00:00:00" });
  });
  it("a formula without a cached result is a bad cell asking for a recalculation, not an empty cell", () => {
    expect(only(`<c r="A1"><f>B1*2</f></c>`)).toEqual({ t: "bad", fault: { fault: "no-cached-value" } });
    expect(only(`<c r="A1" t="s"><f t="shared" si="0"/></c>`)?.t).toBe("bad");
  });
  it("a type the format does not have is a bad cell", () => {
    expect(only(`<c r="A1" t="zz"><v>1</v></c>`)).toEqual({ t: "bad", fault: { fault: "unknown-type", found: "zz" } });
  });
});

describe("positions", () => {
  it("cells and rows without r follow the previous one", () => {
    const g = parseSheet(worksheetXml(`<row><c><v>1</v></c><c><v>2</v></c></row><row><c r="C2"><v>3</v></c><c><v>4</v></c></row>`), ctx());
    expect(g.rows.get(1)).toEqual([{ t: "n", v: "1" }, { t: "n", v: "2" }]);
    expect(g.rows.get(2)?.[2]).toEqual({ t: "n", v: "3" });
    expect(g.rows.get(2)?.[3]).toEqual({ t: "n", v: "4" });
    expect([g.maxRow, g.maxCol]).toEqual([2, 3]);
  });
  it("an empty sheet has no rows, maxRow 0 and maxCol -1", () => {
    const g = parseSheet(worksheetXml(""), ctx());
    expect([g.rows.size, g.maxRow, g.maxCol, g.merges]).toEqual([0, 0, -1, []]);
  });
  it("elements with a namespace prefix read the same", () => {
    const xml = `<x:worksheet xmlns:x="${NS_MAIN}"><x:sheetData><x:row r="3"><x:c r="B3" t="s"><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    expect(parseSheet(xml, ctx()).rows.get(3)?.[1]).toEqual({ t: "s", v: "甲" });
  });
  it("row 1,048,576 and column XFD are Excel's last and read; one more is refused with limits", () => {
    expect(parseSheet(worksheetXml(`<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>`), ctx()).maxCol).toBe(16383);
    expect(reasonOf(() => parseSheet(worksheetXml(`<row r="1048577"><c><v>1</v></c></row>`), ctx()))).toEqual([
      "limits", "工作表「申报表」的行号「1048577」超过 Excel 的最后一行 1,048,576",
    ]);
    expect(reasonOf(() => parseSheet(worksheetXml(`<row r="1"><c r="XFE1"><v>1</v></c></row>`), ctx()))).toEqual([
      "limits", "工作表「申报表」的单元格「XFE1」超过 Excel 的最后一列 XFD（第 16,384 列）",
    ]);
  });
  it("a column far past XFD is named by the reference found, never as 第 2.9e+42 列", () => {
    const ref = `${"Z".repeat(30)}1`;
    const [, detail] = reasonOf(() => parseSheet(worksheetXml(`<row r="1"><c r="${ref}"><v>1</v></c></row>`), ctx()))!;
    expect(detail).not.toMatch(/e\+/);
    expect(detail).toContain("ZZZZZZZZ");
    expect(detail).toContain("XFD");
  });
  it("a repeated <row> or a repeated cell is refused (bad-xml), never read as one cell hiding the other", () => {
    expect(reasonOf(() => parseSheet(worksheetXml(`<row r="2"><c r="A2"><v>1</v></c></row><row r="2"><c r="B2"><v>2</v></c></row>`), ctx()))?.[0]).toBe("bad-xml");
    expect(reasonOf(() => parseSheet(worksheetXml(`<row r="2"><c r="B2"><v>1</v></c><c r="B2"><v>2</v></c></row>`), ctx()))?.[0]).toBe("bad-xml");
    expect(reasonOf(() => parseSheet(worksheetXml(`<row r="3"><c r="A3"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>`), ctx()))?.[0]).toBe("bad-xml");
  });
  it("only the worksheet's own sheetData is read: a second one inside extLst (which Excel ignores) is not", () => {
    const ext = `<extLst><ext uri="{x}"><sheetData><row r="1"><c r="A1"><v>666</v></c></row></sheetData></ext></extLst>`;
    const grid = parseSheet(worksheetXml(`<row r="1"><c r="A1"><v>1</v></c></row>`, ext), ctx());
    expect(grid.rows.get(1)?.[0]).toEqual({ t: "n", v: "1" });
    const before = `<?xml version="1.0"?><worksheet xmlns="${NS_MAIN}"><extLst><ext uri="{x}"><sheetData><row r="1"><c r="A1"><v>666</v></c></row></sheetData></ext></extLst><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`;
    expect(parseSheet(before, ctx()).rows.get(1)?.[0]).toEqual({ t: "n", v: "1" });
  });
  it("an end tag that names another element (<row>…</R>) is bad-xml", () => {
    expect(reasonOf(() => parseSheet(worksheetXml(`<row r="1"><c r="A1"><v>1</v></c></R>`), ctx()))).toEqual([
      "bad-xml", expect.stringContaining("</R>"),
    ]);
  });
  it("a sheet with more cells than the budget is refused with limits, however small its cells", () => {
    const rows = Array.from({ length: 30 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c></row>`).join("");
    expect(reasonOf(() => parseSheet(worksheetXml(rows), ctx({ limits: { ...LIMITS, maxCells: 29 } })))?.[0]).toBe("limits");
    expect(parseSheet(worksheetXml(rows), ctx({ limits: { ...LIMITS, maxCells: 30 } })).maxRow).toBe(30);
  });
  it("an unreadable cell reference is bad-xml naming it", () => {
    expect(reasonOf(() => parseSheet(worksheetXml(`<row r="1"><c r="1A"><v>1</v></c></row>`), ctx()))?.[0]).toBe("bad-xml");
    expect(reasonOf(() => parseSheet(worksheetXml(`<row r="x"><c><v>1</v></c></row>`), ctx()))?.[0]).toBe("bad-xml");
  });
});

describe("merges", () => {
  const rows = `<row r="1"><c r="A1"><v>1</v></c></row><row r="4"><c r="C4"><v>1</v></c></row>`;
  const merged = (refs: string[], limits = LIMITS) =>
    parseSheet(worksheetXml(rows, `<mergeCells>${refs.map((r) => `<mergeCell ref="${r}"/>`).join("")}</mergeCells>`), ctx({ limits })).merges;

  it("come back as ranges", () => {
    expect(merged(["A2:B3"])).toEqual([{ top: 2, left: 0, bottom: 3, right: 1 }]);
  });
  it("are clipped to the cells that exist, and dropped when wholly outside them", () => {
    expect(merged(["B1:XFD1048576", "D1:E2", "A5:A9"])).toEqual([{ top: 1, left: 1, bottom: 4, right: 2 }]);
  });
  it("more than the limit is refused with limits", () => {
    const refs = Array.from({ length: 11 }, (_, i) => `A${i + 1}`);
    expect(reasonOf(() => merged(refs, { ...LIMITS, maxMerges: 10 }))?.[0]).toBe("limits");
    expect(merged(refs.slice(0, 10), { ...LIMITS, maxMerges: 10 })).toHaveLength(4);
  });
  it("covering more cells together than the limit, after clipping, is refused with limits", () => {
    expect(reasonOf(() => merged(["A1:C4", "A1:C4"], { ...LIMITS, maxMergeCells: 20 }))?.[0]).toBe("limits");
    expect(merged(["A1:C4"], { ...LIMITS, maxMergeCells: 12 })).toHaveLength(1);
  });
});

describe("shared strings part", () => {
  it("joins rich runs, skips phonetic runs, decodes _xHHHH_ and keeps a literal _x005F_ escape", () => {
    const xml =
      `<sst xmlns="${NS_MAIN}"><si><t>甲</t></si><si><r><t>连</t></r><r><t>云港</t></r><rPh><t>lian</t></rPh></si>` +
      `<si><t>a_x000A_b</t></si><si><t>_x005F_x0041_</t></si><si><t/></si></sst>`;
    expect(parseSharedStrings(xml, "sst")).toEqual(["甲", "连云港", "a\nb", "_x0041_", ""]);
  });
});

describe("openWorkbook on hand-made packages", () => {
  it("date1904, the active tab, hidden and very hidden sheets", () => {
    const wb = openWorkbook(minimalXlsx({
      date1904: true, activeTab: 2,
      sheets: [{ name: "a" }, { name: "b", state: "hidden" }, { name: "c", state: "veryHidden" }],
    }));
    expect(wb.date1904).toBe(true);
    expect(wb.activeSheet).toBe(2);
    expect(wb.sheets.map((s) => s.hidden)).toEqual([false, true, true]);
    expect(wb.readSheet("a").date1904).toBe(true);
  });

  it("an active tab past the last sheet falls back to the first", () => {
    expect(openWorkbook(minimalXlsx({ activeTab: 9, sheets: [{ name: "a" }] })).activeSheet).toBe(0);
  });

  it("dates by built-in and custom formats from styles.xml", () => {
    const styles =
      `<styleSheet xmlns="${NS_MAIN}"><numFmts><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>` +
      `<numFmt numFmtId="165" formatCode="#,##0.00&quot;元&quot;"/></numFmts>` +
      `<cellStyleXfs><xf numFmtId="14"/></cellStyleXfs>` +
      `<cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="31"/></cellXfs></styleSheet>`;
    const bytes = oneSheet(
      `<row r="1">${[0, 1, 2, 3, 4].map((s, i) => `<c r="${"ABCDE"[i]}1" s="${s}"><v>45809</v></c>`).join("")}</row>`,
      { stylesXml: styles },
    );
    const row = openWorkbook(bytes).readSheet("Sheet1").rows.get(1)!;
    expect(row.map((c) => (c as { date?: boolean }).date === true)).toEqual([false, true, true, false, true]);
  });

  it("a number whose format shows it in 万元 says so (tenThousand); one shown in 元, or in 万 by a moved point, does not", () => {
    // 0.00"万元" shows 10 as 10.00万元 (100,000 元). 0!.0000"万元" shows 123456 as 12.3456万元: the stored
    // number is 元 already, its point moved by a literal one.
    const formats = ['0.00"万元"', '#,##0"万"', "0.00\\万\\元", '#,##0.00"元"', '0!.0000"万元"', '0"."0000"万元"', 'yyyy"年"'];
    const styles =
      `<styleSheet xmlns="${NS_MAIN}"><numFmts>${formats.map((f, i) => `<numFmt numFmtId="${164 + i}" formatCode="${f.replace(/"/g, "&quot;")}"/>`).join("")}</numFmts>` +
      `<cellXfs><xf numFmtId="0"/>${formats.map((_, i) => `<xf numFmtId="${164 + i}"/>`).join("")}</cellXfs></styleSheet>`;
    const bytes = oneSheet(
      `<row r="1">${formats.map((_, i) => `<c r="${"ABCDEFG"[i]}1" s="${i + 1}"><v>10</v></c>`).join("")}<c r="H1" s="1"><f>5*2</f><v>10</v></c><c r="I1" s="1"><v>10.5</v></c></row>`,
      { stylesXml: styles },
    );
    const row = openWorkbook(bytes).readSheet("Sheet1").rows.get(1)!;
    expect(row).toEqual([
      { t: "n", v: "10", tenThousand: true },
      { t: "n", v: "10", tenThousand: true },
      { t: "n", v: "10", tenThousand: true },
      { t: "n", v: "10" },
      { t: "n", v: "10" },
      { t: "n", v: "10" },
      { t: "n", v: "10", date: true, yearOnly: true },
      { t: "n", v: "10", tenThousand: true, formula: true },
      { t: "n", v: "10.5", tenThousand: true },
    ]);
  });

  it("a number whose format pads it with zeros, or shows literal text around it, carries that format's shape", () => {
    // 12345678901 formatted 000000000000 is shown 012345678901, the 申请编号 typed; "LYG"0000 shows 12 as LYG0012.
    const formats = ["000000000000", '"LYG"0000', "0", "0.00", "#,##0", "00000;-00000", '[$-804]"No."0000'];
    const styles =
      `<styleSheet xmlns="${NS_MAIN}"><numFmts>${formats.map((f, i) => `<numFmt numFmtId="${164 + i}" formatCode="${f.replace(/"/g, "&quot;")}"/>`).join("")}</numFmts>` +
      `<cellXfs><xf numFmtId="0"/>${formats.map((_, i) => `<xf numFmtId="${164 + i}"/>`).join("")}<xf numFmtId="1"/></cellXfs></styleSheet>`;
    const bytes = oneSheet(
      `<row r="1"><c r="A1" s="1"><v>12345678901</v></c><c r="B1" s="2"><v>12</v></c><c r="C1" s="3"><v>12</v></c><c r="D1" s="4"><v>12</v></c>` +
        `<c r="E1" s="5"><v>12</v></c><c r="F1" s="6"><v>12</v></c><c r="G1" s="1"><f>A1</f><v>12345678901</v></c><c r="H1" s="8"><v>12</v></c>` +
        `<c r="I1" s="7"><v>12</v></c></row>`,
      { stylesXml: styles },
    );
    const row = openWorkbook(bytes).readSheet("Sheet1").rows.get(1)!;
    expect(row).toEqual([
      { t: "n", v: "12345678901", padded: { zeros: 12, before: "", after: "" } },
      { t: "n", v: "12", padded: { zeros: 4, before: "LYG", after: "" } },
      { t: "n", v: "12" },
      { t: "n", v: "12" },
      { t: "n", v: "12" },
      { t: "n", v: "12", padded: { zeros: 5, before: "", after: "" } },
      { t: "n", v: "12345678901", padded: { zeros: 12, before: "", after: "" }, formula: true },
      { t: "n", v: "12" },
      { t: "n", v: "12", padded: { zeros: 4, before: "No.", after: "" } },
    ]);
  });

  it("a date cell whose format shows only the year says so (yearOnly), whichever way it is written", () => {
    const styles =
      `<styleSheet xmlns="${NS_MAIN}"><numFmts><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;"/></numFmts>` +
      `<cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>`;
    const bytes = oneSheet(
      `<row r="1"><c r="A1" s="2"><v>46023</v></c><c r="B1" s="2"><v>46023.5</v></c><c r="C1" s="2"><f>DATE(2026,1,1)</f><v>46023</v></c>` +
        `<c r="D1" s="1"><v>46023</v></c></row>`,
      { stylesXml: styles },
    );
    const row = openWorkbook(bytes).readSheet("Sheet1").rows.get(1)!;
    expect(row).toEqual([
      { t: "n", v: "46023", date: true, yearOnly: true },
      { t: "n", v: "46023.5", date: true, yearOnly: true },
      { t: "n", v: "46023", date: true, yearOnly: true, formula: true },
      { t: "n", v: "46023", date: true },
    ]);
  });

  it("an ISO date cell (t=\"d\", as a strict workbook writes dates) whose format shows only the year says so too", () => {
    const styles =
      `<styleSheet xmlns="${NS_MAIN}"><numFmts><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;"/></numFmts>` +
      `<cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>`;
    const bytes = oneSheet(
      `<row r="1"><c r="A1" s="2" t="d"><v>2026-01-01T00:00:00</v></c><c r="B1" s="2" t="d"><f>DATE(2026,1,1)</f><v>2026-01-01</v></c>` +
        `<c r="C1" s="1" t="d"><v>2026-01-01T00:00:00</v></c><c r="D1" t="d"><v>2026-01-01</v></c></row>`,
      { stylesXml: styles },
    );
    const row = openWorkbook(bytes).readSheet("Sheet1").rows.get(1)!;
    expect(row).toEqual([
      { t: "d", v: "2026-01-01T00:00:00", yearOnly: true },
      { t: "d", v: "2026-01-01", yearOnly: true, formula: true },
      { t: "d", v: "2026-01-01T00:00:00" },
      { t: "d", v: "2026-01-01" },
    ]);
  });

  it("a workbook with no sheets is no-worksheet; a zip that is not a workbook too", () => {
    expect(reasonOf(() => openWorkbook(minimalXlsx({ sheets: [] })))?.[0]).toBe("no-worksheet");
    expect(reasonOf(() => openWorkbook(writeZip([{ name: "notes/readme.xml", data: "<w/>" }])))?.[0]).toBe("no-worksheet");
  });
});
