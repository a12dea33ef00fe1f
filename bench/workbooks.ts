/**
 * Benchmark workbooks on disk: an application workbook in the template's layout (for the end-to-end run
 * and the floor), and the plain-formula workbook a reviewer would otherwise build — IF/MIN per row and a
 * SUMIFS running total per cap — that LibreOffice recalculates as the anchor.
 */
import ExcelJS from "exceljs";
import { COLUMNS, type FieldKey } from "../src/engine/columns";
import { CAP_GROUPS, ITEMS, type Item } from "../src/policy";
import { TEMPLATE_SHEET, numberFormatOf } from "../src/writer/template";
import { columnLetters } from "../src/workbook/xlsx/cellRef";
import type { GeneratedRow } from "./generate";

type CellValue = string | number | Date | null;

function day(iso: string | null): Date | null {
  return iso === null ? null : new Date(`${iso}T00:00:00Z`);
}

function num(text: string | null): number | null {
  return text === null ? null : Number(text);
}

/** A generated row's cells in COLUMNS order, as an applicant would type them. */
export function rowCells(g: GeneratedRow, seq: number): CellValue[] {
  const byKey: Record<FieldKey, CellValue> = {
    seq, unit: g.unit, creditCode: g.creditCode, district: g.district, year: g.year, item: g.item, level: g.level,
    quantity: g.quantity, base: num(g.base), months: g.months, fees: num(g.fees), rate: null, outcome: g.outcome,
    eventDate: day(g.eventDate), startDate: day(g.startDate), ref: g.ref, personId: g.personId, claimed: num(g.claimed),
  };
  return COLUMNS.map((c) => byKey[c.key]);
}

/** Writes the rows as an application workbook, streaming so 100,000 rows need little memory. */
export async function writeApplicationWorkbook(file: string, rows: Iterable<GeneratedRow>): Promise<number> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet(TEMPLATE_SHEET);
  ws.columns = COLUMNS.map((c) => ({ header: c.headers[0], key: c.key, width: 14, style: { numFmt: numberFormatOf(c) } }));
  let n = 0;
  for (const g of rows) ws.addRow(rowCells(g, ++n)).commit();
  ws.commit();
  await wb.commit();
  return n;
}

/** The parameters the formulas look up, one row per item, from the policy data. */
export interface FormulaParameters {
  readonly name: string;
  /** rate × base where > 0. */
  readonly rate: number;
  /** Amount per counted unit (per ten where perTen). */
  readonly amount: number;
  readonly perTen: boolean;
  readonly group: string;
  /** Annual cap of the group; 0 where none. */
  readonly cap: number;
}

function firstAmount(item: Item): number {
  const rule = item.rule;
  if (rule.kind === "rate" || rule.kind === "none") return 0;
  const a = rule.amount;
  return Number(typeof a === "string" ? a : Object.values(a)[0]);
}

export function formulaParameters(): FormulaParameters[] {
  return ITEMS.map((item) => ({
    name: item.name,
    rate: item.rule.kind === "rate" ? Number(item.rule.rate) : 0,
    amount: firstAmount(item),
    perTen: item.rule.kind === "perFullTen",
    group: item.capGroup ?? item.code,
    cap: item.capGroup ? Number(CAP_GROUPS[item.capGroup].amount) : 0,
  }));
}

export const FORMULA_PARAMETER_SHEET = "参数";
/** The four computed columns right of the table: 可核定, 上限组, 年度上限, 核定. */
export const FORMULA_HEADERS = ["可核定金额", "上限组", "年度上限", "核定金额"] as const;

/**
 * Writes the plain-formula workbook: the application columns (items by Chinese name), then per row
 * eligible = IF(rate, ROUND(rate × base), amount × quantity), the cap group and cap by lookup, and
 * approved = MAX(0, MIN(claimed, eligible, cap − SUMIFS(approved above, same unit, group and year))).
 * No cached results, so the spreadsheet has to calculate every cell.
 */
export async function writeFormulaWorkbook(file: string, rows: Iterable<GeneratedRow>): Promise<number> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: false });
  const params = wb.addWorksheet(FORMULA_PARAMETER_SHEET);
  params.addRow(["支持事项", "比例", "金额", "按每十", "上限组", "年度上限"]).commit();
  const table = formulaParameters();
  for (const p of table) params.addRow([p.name, p.rate, p.amount, p.perTen ? 1 : 0, p.group, p.cap]).commit();
  params.commit();

  const ws = wb.addWorksheet(TEMPLATE_SHEET);
  const letter = (key: FieldKey) => columnLetters(COLUMNS.findIndex((c) => c.key === key));
  const [unit, year, item, quantity, base, claimed] = (["unit", "year", "item", "quantity", "base", "claimed"] as const).map(letter);
  const [elig, group, cap, approved] = [0, 1, 2, 3].map((i) => columnLetters(COLUMNS.length + i));
  const range = `${FORMULA_PARAMETER_SHEET}!$A$2:$F$${table.length + 1}`;
  const byName = new Map(table.map((p) => [p.name, p]));
  ws.addRow([...COLUMNS.map((c) => c.headers[0]), ...FORMULA_HEADERS]).commit();
  let r = 1;
  for (const g of rows) {
    r++;
    const cells: (CellValue | { formula: string })[] = rowCells(g, r - 1);
    // The formula sheet names items by their Chinese name only, as a hand-made sheet would.
    cells[COLUMNS.findIndex((c) => c.key === "item")] = byName.has(g.item) ? g.item : (ITEMS.find((i) => i.code === g.item)?.name ?? g.item);
    const look = (col: number) => `VLOOKUP($${item}${r},${range},${col},FALSE)`;
    const above = (col: string) => `${col}$1:${col}${r - 1}`;
    cells.push(
      { formula: `IFERROR(IF(${look(2)}>0,ROUND(${look(2)}*${base}${r},2),IF(${look(4)}=1,${look(3)}*INT(${quantity}${r}/10),${look(3)}*MAX(1,${quantity}${r}))),0)` },
      { formula: `IFERROR(${look(5)},"")` },
      { formula: `IFERROR(${look(6)},0)` },
      {
        formula: `MAX(0,MIN(IF(${claimed}${r}="",${elig}${r},${claimed}${r}),${elig}${r},IF(${cap}${r}>0,${cap}${r}-SUMIFS(${above(approved)},${above(unit)},${unit}${r},${above(group)},${group}${r},${above(year)},${year}${r}),${elig}${r})))`,
      },
    );
    ws.addRow(cells).commit();
  }
  ws.commit();
  await wb.commit();
  return r - 1;
}
