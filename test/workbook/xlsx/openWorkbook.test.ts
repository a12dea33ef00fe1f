import { openWorkbook } from "../../../src/workbook/xlsx";
import type { RawCell, SheetGrid } from "../../../src/workbook/types";
import { LONG_CHINESE, richWorkbook } from "./exceljsFixtures";

const cell = (g: SheetGrid, ref: string): RawCell | undefined => {
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  const col = m[1]!.split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return g.rows.get(Number(m[2]))?.[col];
};

describe("openWorkbook on a workbook written by a spreadsheet library", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await richWorkbook();
  });

  it("lists sheets in tab order with Chinese names, quotes and spaces, and the hidden state", () => {
    const wb = openWorkbook(bytes);
    expect(wb.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ["申报表", false], ["表格 'A' 明细", false], ["说明", true],
    ]);
    expect(wb.sheets[0]!.path).toMatch(/^xl\/worksheets\/sheet\d\.xml$/);
    expect(wb.sheets[0]!.rId).not.toBe("");
    expect(wb.date1904).toBe(false);
    expect(wb.activeSheet).toBe(0);
  });

  it("keeps long Chinese text whole", () => {
    const g = openWorkbook(bytes).readSheet("申报表");
    expect(cell(g, "A2")).toEqual({ t: "s", v: "连云港某某科技有限公司" });
    expect(cell(g, "A3")).toEqual({ t: "s", v: LONG_CHINESE });
  });

  it("keeps numbers as their exact text: 1234.56, 0.1 and 1e-7 never pass through a float", () => {
    const g = openWorkbook(bytes).readSheet("申报表");
    expect(cell(g, "B2")).toEqual({ t: "n", v: "1234.56" });
    expect(cell(g, "B3")).toEqual({ t: "n", v: "0.1" });
    const tiny = cell(g, "B4");
    expect(tiny?.t).toBe("n");
    expect(Number((tiny as { v: string }).v)).toBe(1e-7);
  });

  it("marks a date-formatted serial as a date", () => {
    const g = openWorkbook(bytes).readSheet("申报表");
    const c = cell(g, "C2");
    expect(c).toMatchObject({ t: "n", date: true });
    // 2025-06-01 is serial 45809 in the 1900 date system.
    expect(Number((c as { v: string }).v)).toBe(45809);
  });

  it("reads formula cells by their cached result, flagged as formulas", () => {
    const g = openWorkbook(bytes).readSheet("申报表");
    expect(cell(g, "D2")).toEqual({ t: "n", v: "2469.12", formula: true });
    expect(cell(g, "D3")).toEqual({ t: "e", v: "#DIV/0!", formula: true });
    expect(cell(g, "D4")).toEqual({ t: "s", v: "连云港某某科技有限公司", formula: true });
  });

  it("joins rich-text runs and reads booleans", () => {
    const g = openWorkbook(bytes).readSheet("申报表");
    expect(cell(g, "C3")).toEqual({ t: "s", v: "富文本第二段" });
    expect(cell(g, "C4")).toEqual({ t: "b", v: true });
  });

  it("reports merges and the extent of the cells", () => {
    const g = openWorkbook(bytes).readSheet("申报表");
    expect(g.merges).toEqual([{ top: 5, left: 0, bottom: 7, right: 0 }]);
    expect(g.maxRow).toBe(10);
    expect(g.maxCol).toBe(4);
    expect(g.name).toBe("申报表");
  });

  it("finds an Excel table on its sheet, by the name Excel shows", () => {
    const wb = openWorkbook(bytes);
    expect(wb.tables("表格 'A' 明细")).toEqual([{ name: "申报明细", ref: "B2:C4", headerRowCount: 1, totalsRows: 0 }]);
    expect(wb.tables("申报表")).toEqual([]);
    const g = wb.readSheet("表格 'A' 明细");
    expect(cell(g, "B3")).toEqual({ t: "s", v: "甲公司" });
    expect(cell(g, "C4")).toEqual({ t: "n", v: "200.5" });
  });

  it("reads a hidden sheet too (hiding is the caller's business)", () => {
    expect(cell(openWorkbook(bytes).readSheet("说明"), "A1")).toEqual({ t: "s", v: "隐藏" });
  });

  it("refuses an unknown sheet name with no-worksheet", () => {
    expect(() => openWorkbook(bytes).readSheet("不存在")).toThrow(expect.objectContaining({ reason: "no-worksheet" }));
  });
});
