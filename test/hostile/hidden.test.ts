/**
 * What a reviewer does not see is never paid silently (third hardening, points 2 and 6): two columns for one
 * field are an error naming both, whichever is hidden; a hidden column that supplies a value says so; a
 * hidden row is checked, flagged and shown again in the checked copy.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { lygip } from "../support/cli";
import { tempDir } from "../support/workbooks";
import { escapeText } from "../../src/workbook/xml";
import { columnLetters, openWorkbook } from "../../src/workbook/xlsx";
import { HEAD, HZ, NS_MAIN, NS_REL, minimalXlsx } from "./minimalXlsx";

const claim = (unit: string, amount: number, ref: string) => [unit, HZ, "海州区", 2026, "GI", "2026-03-01", ref, amount];

function cell(row: number, col: number, v: string | number): string {
  const r = `${columnLetters(col)}${row}`;
  return typeof v === "number" ? `<c r="${r}"><v>${v}</v></c>` : `<c r="${r}" t="inlineStr"><is><t>${escapeText(v)}</t></is></c>`;
}
function row(n: number, cells: readonly (string | number)[], attrs = ""): string {
  return `<row r="${n}"${attrs}>${cells.map((v, c) => cell(n, c, v)).join("")}</row>`;
}
function sheetXml(rows: string, cols = ""): string {
  return `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">${cols}<sheetData>${rows}</sheetData></worksheet>`;
}

async function check(xml: string, write = false) {
  const dir = tempDir();
  const path = join(dir, "申报表.xlsx");
  writeFileSync(path, minimalXlsx({ sheets: [{ name: "申报表", xml }] }));
  const out = join(dir, "out");
  const r = write ? await lygip("check", path, "--json", "--out", out) : await lygip("check", path, "--json", "--no-write");
  return { ...r, report: JSON.parse(r.stdout), out };
}

type Msg = { code: string; severity: string; message: string };
const messagesOf = (report: { files: { rows: { row: number; messages: Msg[] }[] }[] }, r: number) =>
  report.files[0]!.rows.find((x) => x.row === r)?.messages ?? [];

describe("point 2: two columns for one field", () => {
  it("two 数量 columns, the first hidden, are a file error naming both columns", async () => {
    const head = [...HEAD, "数量", "数量"];
    const rows = row(1, head) + row(2, [...claim("甲公司", 100000, "A1"), 5, 1]);
    const { report } = await check(sheetXml(rows, `<cols><col min="9" max="9" width="0" hidden="1"/></cols>`));
    expect(report.files[0].error).toEqual({
      code: "DUPLICATE_COLUMN",
      message: "「数量」有两列：I 列（已隐藏）和 J 列；每项只能填在一列中，请删去或改名其中一列",
    });
    expect(report.files[0].rows).toEqual([]);
  });

  it("two visible columns for one field are the same error", async () => {
    const head = [...HEAD, "件数", "数量"];
    const { report } = await check(sheetXml(row(1, head) + row(2, [...claim("甲公司", 100000, "A1"), 5, 1])));
    expect(report.files[0].error.code).toBe("DUPLICATE_COLUMN");
    expect(report.files[0].error.message).toContain("I 列和 J 列");
  });

  it("a hidden column that supplies a value warns on its row, naming the column", async () => {
    const head = [...HEAD, "数量"];
    const { report } = await check(sheetXml(row(1, head) + row(2, [...claim("甲公司", 100000, "A1"), 1]), `<cols><col min="9" max="9" hidden="1"/></cols>`));
    expect(messagesOf(report, 2)).toContainEqual(expect.objectContaining({
      code: "HIDDEN_COLUMN", severity: "warning", message: "「数量」取自隐藏的 I 列；请取消隐藏后核对",
    }));
  });
});

describe("point 6: hidden rows", () => {
  it("a hidden row and a row of zero height are checked and flagged, naming the row", async () => {
    const rows = row(1, HEAD) + row(2, claim("甲公司", 100000, "A1")) + row(3, claim("乙公司", 100000, "B1"), ' hidden="1"') +
      row(4, claim("丙公司", 100000, "C1"), ' ht="0" customHeight="1"');
    const { report } = await check(sheetXml(rows));
    expect(messagesOf(report, 2).map((m) => m.code)).not.toContain("HIDDEN_ROW");
    expect(messagesOf(report, 3)).toContainEqual(expect.objectContaining({ code: "HIDDEN_ROW", severity: "warning", message: "第 3 行在工作表中是隐藏的，仍已审核并计入汇总；审核后的副本已取消隐藏" }));
    expect(messagesOf(report, 4).map((m) => m.code)).toContain("HIDDEN_ROW");
  });

  it("the checked copy shows the hidden data rows again", async () => {
    const rows = row(1, HEAD) + row(2, claim("甲公司", 100000, "A1")) + row(3, claim("乙公司", 100000, "B1"), ' hidden="1"') +
      row(4, claim("丙公司", 100000, "C1"), ' ht="0" customHeight="1"');
    const { out } = await check(sheetXml(rows), true);
    const wb = openWorkbook(new Uint8Array(readFileSync(join(out, "申报表.checked.xlsx"))));
    const grid = wb.readSheet("申报表");
    expect(grid.hiddenRows ?? new Set()).toEqual(new Set());
  });
});
