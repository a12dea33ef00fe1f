/**
 * What is read is what the reviewer sees (issue 10 point 9, MEASURES.md decision 22): files whose structure
 * would make lygip check other rows than the ones Excel shows, through the command line.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { lygip } from "../support/cli";
import { tempDir } from "../support/workbooks";
import { escapeText } from "../../src/workbook/xml";
import { minimalXlsx, NS_MAIN, NS_REL, type MinimalSheet } from "./minimalXlsx";
import { columnLetters } from "../../src/workbook/xlsx";

const HZ = "91320706MA1XKQ8L3T";
const HEAD = ["单位名称", "统一社会信用代码", "所属县区", "申报年度", "支持事项", "事项日期", "证书/合同/案件编号", "申请金额（元）"];
/** A GI claim (100,000 元 per item, （十三）) of `amount`. */
const claim = (unit: string, amount: number, ref: string) => [unit, HZ, "海州区", 2026, "GI", "2026-03-01", ref, amount];

function cell(row: number, col: number, v: string | number | null): string {
  if (v === null) return "";
  const r = `${columnLetters(col)}${row}`;
  return typeof v === "number" ? `<c r="${r}"><v>${v}</v></c>` : `<c r="${r}" t="inlineStr"><is><t>${escapeText(v)}</t></is></c>`;
}

function rowsXml(rows: readonly (readonly (string | number | null)[] | null)[], first = 1): string {
  return rows
    .map((cells, i) => (cells ? `<row r="${first + i}">${cells.map((v, c) => cell(first + i, c, v)).join("")}</row>` : ""))
    .join("");
}

async function check(sheets: MinimalSheet[], extra: Parameters<typeof minimalXlsx>[0]["extra"] = [], activeTab = 0) {
  const path = join(tempDir(), "申报表.xlsx");
  writeFileSync(path, minimalXlsx({ sheets, extra, activeTab }));
  const r = await lygip("check", path, "--json", "--no-write");
  return { ...r, report: JSON.parse(r.stdout) };
}

const approvable = (report: { files: { rows: { row: number; unit: string; approvable: string }[] }[] }) =>
  report.files[0]!.rows.map((r) => [r.row, r.unit, r.approvable]);

describe("point 9: the table a reviewer sees", () => {
  it("a hidden sheet before the visible one is never checked, nor a very hidden one", async () => {
    const decoy = rowsXml([HEAD, claim("隐藏公司", 100000, "H1")]);
    const real = rowsXml([HEAD, claim("可见公司", 100000, "V1")]);
    for (const state of ["hidden", "veryHidden"] as const) {
      const { report } = await check([{ name: "旧表", rows: decoy, state }, { name: "申报表", rows: real }], [], 1);
      expect(report.files[0].sheet).toBe("申报表");
      expect(approvable(report)).toEqual([[2, "可见公司", "100000.00"]]);
    }
  });

  it("a second sheetData inside extLst, which Excel ignores, is not what is read", async () => {
    const shown = rowsXml([HEAD, claim("甲公司", 100000, "A1")]);
    const ignored = `<extLst><ext uri="{0}"><sheetData>${rowsXml([HEAD, claim("乙公司", 1, "B1")])}</sheetData></ext></extLst>`;
    const { report } = await check([{ name: "申报表", xml: `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">${ignored}<sheetData>${shown}</sheetData></worksheet>` }]);
    expect(approvable(report)).toEqual([[2, "甲公司", "100000.00"]]);
  });

  it("rows below a short Excel table object are checked too: the duplicate on the row past its end is found", async () => {
    // The table object covers rows 1–3; row 4 claims certificate G1 a second time.
    const rows = rowsXml([HEAD, claim("甲公司", 100000, "G1"), claim("甲公司", 100000, "G2"), claim("甲公司", 100000, "G1")]);
    const table = `<?xml version="1.0" encoding="UTF-8"?><table xmlns="${NS_MAIN}" id="1" name="申报" displayName="申报" ref="A1:H3"><autoFilter ref="A1:H3"/><tableColumns count="8">${HEAD.map((h, i) => `<tableColumn id="${i + 1}" name="${h}"/>`).join("")}</tableColumns></table>`;
    const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/table1.xml"/></Relationships>`;
    const { report } = await check(
      [{ name: "申报表", rows, after: `<tableParts count="1"><tablePart r:id="rId1"/></tableParts>` }],
      [{ name: "xl/tables/table1.xml", data: table }, { name: "xl/worksheets/_rels/sheet1.xml.rels", data: rels }],
    );
    const rows4 = report.files[0].rows;
    expect(rows4.map((r: { row: number }) => r.row)).toEqual([2, 3, 4]);
    expect(rows4[2].messages.map((m: { code: string }) => m.code)).toEqual(expect.arrayContaining(["DUPLICATE", "TABLE_RANGE_SHORT"]));
    const warning = rows4[2].messages.find((m: { code: string }) => m.code === "TABLE_RANGE_SHORT");
    expect(warning).toMatchObject({ severity: "warning", message: "Excel 表格「申报」的范围止于第 3 行，其下至第 4 行仍有数据，已一并审核" });
    expect(rows4[0].messages.map((m: { code: string }) => m.code)).not.toContain("TABLE_RANGE_SHORT");
  });

  it("an Excel table's totals row is no claim, also where it has no 汇总 label: not read, not counted", async () => {
    // Excel's totals row (表设计 › 汇总行) sums the table; its label may be cleared or its first column given a
    // function, so only the table part says what it is (totalsRowCount).
    const total = [null, null, null, null, null, null, null, { f: "SUBTOTAL(109,申报[申请金额（元）])", v: 200000 }] as const;
    const rows =
      rowsXml([HEAD, claim("甲公司", 100000, "G1"), claim("乙公司", 100000, "G2")]) +
      `<row r="4"><c r="H4"><f>${escapeText(total[7].f)}</f><v>${total[7].v}</v></c></row>`;
    const table =
      `<?xml version="1.0" encoding="UTF-8"?><table xmlns="${NS_MAIN}" id="1" name="申报" displayName="申报" ref="A1:H4" totalsRowCount="1"><autoFilter ref="A1:H3"/>` +
      `<tableColumns count="8">${HEAD.map((h, i) => `<tableColumn id="${i + 1}" name="${h}"${i === 7 ? ' totalsRowFunction="sum"' : ""}/>`).join("")}</tableColumns></table>`;
    const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/table1.xml"/></Relationships>`;
    const { report } = await check(
      [{ name: "申报表", rows, after: `<tableParts count="1"><tablePart r:id="rId1"/></tableParts>` }],
      [{ name: "xl/tables/table1.xml", data: table }, { name: "xl/worksheets/_rels/sheet1.xml.rels", data: rels }],
    );
    expect(approvable(report)).toEqual([[2, "甲公司", "100000.00"], [3, "乙公司", "100000.00"]]);
    expect(report.files[0].totals).toMatchObject({ rows: 2, requested: "200000.00" });
  });

  it("a header cell merged down does not swallow the data rows it covers", async () => {
    const rows = rowsXml([HEAD, claim("甲公司", 100000, "A1"), claim("乙公司", 100000, "B1")]);
    const { report } = await check([{ name: "申报表", rows, after: `<mergeCells count="1"><mergeCell ref="H1:H3"/></mergeCells>` }]);
    expect(approvable(report)).toEqual([[2, "甲公司", "100000.00"], [3, "乙公司", "100000.00"]]);
  });

  it("an instructions sheet before the table, naming a few columns, does not stop the search", async () => {
    const notes = rowsXml([["填表说明"], ["单位名称", "统一社会信用代码", "申请金额（元）"], ["填写全称", "18 位代码", "单位：元"]]);
    const real = rowsXml([HEAD, claim("甲公司", 100000, "A1")]);
    const { report, code } = await check([{ name: "填表说明", rows: notes }, { name: "申报表", rows: real }]);
    expect(report.files[0].error).toBeNull();
    expect(report.files[0].sheet).toBe("申报表");
    expect(code).toBe(0);
  });
});
