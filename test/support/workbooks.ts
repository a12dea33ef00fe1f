/** Real application workbooks for end-to-end tests, written with exceljs as an applicant's Excel would. */
import type * as ExcelJS from "exceljs";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export type CellInput = string | number | Date | null | { formula: string; result: string | number } | { error: string };

export interface SheetSpec {
  name?: string;
  headers: string[];
  rows: CellInput[][];
  /** Rows above the header (a title). */
  before?: CellInput[][];
}

export async function writeWorkbook(path: string, sheets: SheetSpec[]): Promise<string> {
  // exceljs is loaded here, by the test files that write a workbook, not by each that takes HEADERS or row()
  // from this module: it is the largest library the tests load, about half a CPU-second per test file.
  const { Workbook } = await import("exceljs");
  const wb = new Workbook();
  for (const spec of sheets) {
    const ws = wb.addWorksheet(spec.name ?? "申报表");
    for (const r of spec.before ?? []) ws.addRow(r.map(toExcel));
    ws.addRow(spec.headers);
    for (const r of spec.rows) ws.addRow(r.map(toExcel));
  }
  await wb.xlsx.writeFile(path);
  return path;
}

function toExcel(v: CellInput): ExcelJS.CellValue {
  if (v === null) return null;
  if (typeof v === "object" && !(v instanceof Date) && "error" in v) return { error: v.error } as ExcelJS.CellErrorValue;
  return v as ExcelJS.CellValue;
}

export function tempDir(prefix = "lygip-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function sha256(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

/** The template's headers in order (APPLICATION-TABLE.md), for building rows by key. */
export const HEADERS = [
  "序号", "单位名称", "统一社会信用代码", "所属县区", "申报年度", "支持事项", "级别", "数量", "计算基数（元）",
  "贷款期限（月）", "评估等服务费（元）", "结果/状态", "事项日期", "任职起始日期", "证书/合同/案件编号", "人员证件号",
  "申请金额（元）",
];

export type RowSpec = Partial<Record<(typeof HEADERS)[number] | "补助比例", CellInput>>;

/** One row in HEADERS order from a partial record keyed by header. */
export function row(spec: RowSpec, headers: string[] = HEADERS): CellInput[] {
  return headers.map((h) => (spec as Record<string, CellInput>)[h] ?? null);
}
