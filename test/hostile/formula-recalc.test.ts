/**
 * Point 5: a money or count read from a formula's saved result, in a workbook Excel recalculates on opening
 * (calcPr fullCalcOnLoad) or calculates only on request (calcMode manual), may not be what Excel shows: the
 * row says so, naming the cell. A formula cell with no saved result is no value at all (an error already).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { lygip } from "../support/cli";
import { tempDir } from "../support/workbooks";
import { escapeText } from "../../src/workbook/xml";
import { columnLetters } from "../../src/workbook/xlsx";
import { HEAD, HZ, NS_MAIN, NS_REL, minimalXlsx } from "./minimalXlsx";


function cell(row: number, col: number, v: string | number): string {
  const r = `${columnLetters(col)}${row}`;
  return typeof v === "number" ? `<c r="${r}"><v>${v}</v></c>` : `<c r="${r}" t="inlineStr"><is><t>${escapeText(v)}</t></is></c>`;
}
const rows = (claimCell: string) =>
  `<row r="1">${HEAD.map((h, c) => cell(1, c, h)).join("")}</row>` +
  `<row r="2">${["甲公司", HZ, "海州区", 2026, "GI", "2026-03-01", "A1"].map((v, c) => cell(2, c, v)).join("")}${claimCell}</row>`;

async function check(calcPr: string, claimCell: string) {
  const path = join(tempDir(), "申报表.xlsx");
  const workbookXml = `<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><sheets><sheet name="申报表" sheetId="1" r:id="rId1"/></sheets>${calcPr}</workbook>`;
  writeFileSync(path, minimalXlsx({ sheets: [{ name: "申报表", rows: rows(claimCell) }], workbookXml }));
  const r = await lygip("check", path, "--json", "--no-write");
  return JSON.parse(r.stdout).files[0].rows[0].messages as { code: string; severity: string; message: string }[];
}

const FORMULA = `<c r="H2"><f>50000*2</f><v>100000</v></c>`;

describe("point 5: cached formula values Excel would recalculate", () => {
  it("fullCalcOnLoad: the claim from a formula warns, naming the cell", async () => {
    const messages = await check(`<calcPr calcId="191029" fullCalcOnLoad="1"/>`, FORMULA);
    expect(messages).toContainEqual(expect.objectContaining({
      code: "FORMULA_RECALC", severity: "warning",
      message: "「申请金额（元）」取自公式单元格 H2 保存的计算结果；此工作簿设为打开时重新计算，Excel 显示的值可能不同；请在 Excel 中重新计算并保存后再检查",
    }));
  });

  it("calcMode manual: the same warning, saying the results may be stale", async () => {
    const messages = await check(`<calcPr calcMode="manual"/>`, FORMULA);
    expect(messages.find((m) => m.code === "FORMULA_RECALC")?.message).toContain("此工作簿设为手动计算，保存的结果可能已过时");
  });

  it("automatic calculation, or a typed value, gives no such warning", async () => {
    expect((await check(`<calcPr calcId="191029"/>`, FORMULA)).map((m) => m.code)).not.toContain("FORMULA_RECALC");
    expect((await check(`<calcPr fullCalcOnLoad="1"/>`, `<c r="H2"><v>100000</v></c>`)).map((m) => m.code)).not.toContain("FORMULA_RECALC");
  });

  it("a formula with no saved result is no value: an error on the claim, never a silent one", async () => {
    const messages = await check("", `<c r="H2"><f>50000*2</f></c>`);
    expect(messages.some((m) => m.severity === "error")).toBe(true);
  });
});
