import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { COLUMNS } from "../../src/engine/columns";
import { ITEMS } from "../../src/policy";
import { measureFloor } from "../../bench/floor";
import { generateRows } from "../../bench/generate";
import { FORMULA_HEADERS, FORMULA_PARAMETER_SHEET, rowCells, writeApplicationWorkbook, writeFormulaWorkbook } from "../../bench/workbooks";
import { TEMPLATE_SHEET, numberFormatOf } from "../../src/writer/template";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "lygip-wb-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("the application workbook has the template headers and one row per generated row", async () => {
  const file = path.join(dir, "a.xlsx");
  expect(await writeApplicationWorkbook(file, generateRows({ rows: 300 }))).toBe(300);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(TEMPLATE_SHEET)!;
  expect(COLUMNS.map((_, i) => ws.getRow(1).getCell(i + 1).value)).toEqual(COLUMNS.map((c) => c.headers[0]));
  expect(ws.rowCount).toBe(301);
  const first = [...generateRows({ rows: 1 })][0];
  expect(ws.getRow(2).getCell(2).value).toBe(first.unit);
});

test("the floor finds the sheet part and counts every written cell", async () => {
  const file = path.join(dir, "f.xlsx");
  const rows = [...generateRows({ rows: 500 })];
  await writeApplicationWorkbook(file, rows);
  // A blank cell under a formatted column is still written (with its style), as Excel does.
  const styled = COLUMNS.map((c) => numberFormatOf(c) !== "General");
  const written = COLUMNS.length
    + rows.reduce((n, g, i) => n + rowCells(g, i + 1).filter((v, col) => v !== null || styled[col]).length, 0);
  const floor = measureFloor(file, 1);
  expect(floor.entry).toMatch(/^xl\/worksheets\/sheet\d+\.xml$/);
  expect(floor.cells).toBe(written);
  expect(floor.xmlBytes).toBeGreaterThan(floor.compressedBytes);
});

test("the floor refuses a file that is not a zip", () => {
  const file = path.join(dir, "not.xlsx");
  fs.writeFileSync(file, Buffer.from([0x00, 0x01, 0x02, ...Buffer.from("not a zip at all, and not text either")]));
  expect(() => measureFloor(file, 1)).toThrow(/not-zip/);
});

test("the formula workbook: parameters from the policy data, IF/MIN per row and a SUMIFS running cap", async () => {
  const file = path.join(dir, "formula.xlsx");
  expect(await writeFormulaWorkbook(file, generateRows({ rows: 50 }))).toBe(50);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const params = wb.getWorksheet(FORMULA_PARAMETER_SHEET)!;
  expect(params.rowCount).toBe(ITEMS.length + 1);
  const loan = ITEMS.find((i) => i.code === "PLEDGE_LOAN")!;
  const loanRow = params.getRows(2, ITEMS.length)!.find((r) => r.getCell(1).value === loan.name)!;
  expect(String(loanRow.getCell(2).value)).toBe(loan.rule.kind === "rate" ? loan.rule.rate : "");

  const ws = wb.getWorksheet(TEMPLATE_SHEET)!;
  expect(FORMULA_HEADERS.map((_, i) => ws.getRow(1).getCell(COLUMNS.length + 1 + i).value)).toEqual([...FORMULA_HEADERS]);
  const formulaOf = (row: number, i: number) => (ws.getRow(row).getCell(COLUMNS.length + 1 + i).value as ExcelJS.CellFormulaValue).formula;
  expect(formulaOf(10, 0)).toMatch(/^IFERROR\(IF\(VLOOKUP\(\$F10,/);
  expect(formulaOf(10, 3)).toContain("MIN(");
  // The running total covers exactly the rows above this one.
  expect(formulaOf(10, 3)).toContain("SUMIFS(V$1:V9,B$1:B9,B10,T$1:T9,T10,E$1:E9,E10)");
});
