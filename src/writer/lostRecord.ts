/**
 * A copy whose record of the check was lost (REPORT.md "Ownership"): WPS and LibreOffice drop custom XML
 * parts when they save, so a reviewer's copy saved by them has no record. It is recognised by what only a
 * check writes, all of it together: the sheet 审核信息 as the check lays it out (its labels, 审核工具 naming
 * lygip, nothing else in it), and then, for the result cells, their exact headers and cells that hold
 * nothing but what a check writes there; for our other sheets, their name, their first row and cells that
 * are each a value the check writes in that column. A reviewer's words anywhere in them (a 复核意见 in a
 * 审核说明 cell, a note beside 问题清单) make them the reviewer's: the result cells are refused naming the
 * cell, a sheet gets ours beside it. Headers typed by hand on a workbook without 审核信息 claim nothing.
 */
import type { PlanSheet, PlanValue } from "../output/types";
import { parseCellAddress } from "../output/cellRef";
import { END, OPEN, XmlScanner } from "../workbook/xml/scanner";
import { relKind, relsPathOf, resolveTarget } from "./opc";
export { isCheckValue, resultHeaderSet } from "../output/resultCells";
export { isCheckInfoCells } from "../output/checkInfoSheet";
import { isCheckInfoCells } from "../output/checkInfoSheet";
import { scanCellValues, type CellValueKey, type RecordPackage, type SharedStrings, type SheetRole } from "./ownership";

function cellsOf(xml: string, part: string, sst: SharedStrings): CellValueKey[] {
  const out: CellValueKey[] = [];
  scanCellValues(new XmlScanner(xml, part), sst, (c) => out.push(c));
  return out;
}

/**
 * 审核信息 as a check writes it: 项目 | 内容 on top, then 审核时间, 审核工具 (lygip and its version), 政策依据;
 * only text, in columns A and B, column A holding only the check's labels.
 */
export function isCheckInfoSheet(xml: string, part: string, sst: SharedStrings): boolean {
  return isCheckInfoCells(cellsOf(xml, part, sst));
}

/** Beijing times (beijingTime) in a text: they differ from one check to the next. */
const TIME = /\d{4}-\d\d-\d\d \d\d:\d\d:\d\d（北京时间 UTC\+8）/g;
const comparable = (v: string) => v.replace(TIME, "\u0000");

function planText(v: PlanValue): string | undefined {
  return v === null || v === "" ? undefined : typeof v === "number" ? String(v) : comparable(v);
}

/**
 * A sheet of ours under the name we write, with our first row, every cell a value the check writes in that
 * column (times aside) and no formula: nothing in it is a reviewer's.
 */
export function holdsOnlyOurs(
  xml: string, part: string, sst: SharedStrings, expected: PlanSheet, refreshed: (row: number, col: number) => boolean = () => false,
): boolean {
  const byCol: Set<string>[] = [];
  for (const row of expected.rows) {
    row.values.forEach((v, col) => {
      const t = planText(v);
      if (t !== undefined) (byCol[col] ??= new Set()).add(t);
    });
  }
  const cells = cellsOf(xml, part, sst).filter((c) => !refreshed(c.row, c.col));
  const want = new Map<number, string>();
  (expected.rows[0]?.values ?? []).forEach((v, col) => {
    const t = planText(v);
    if (t !== undefined) want.set(col, t);
  });
  const firstRow = new Map(cells.filter((c) => c.row === 1).map((c) => [c.col, comparable(canonical(c))]));
  const sameFirst = firstRow.size === want.size && [...want].every(([col, t]) => firstRow.get(col) === t);
  return sameFirst && cells.every((c) => c.formula === undefined && (byCol[c.col]?.has(comparable(canonical(c))) ?? false));
}

/** The sheet of `role` is the check's, by the rules above (审核信息 by its layout, the others by `expected`). */
export function unrecordedSheetIsOurs(pkg: RecordPackage, role: SheetRole, part: string, sst: SharedStrings, expected: PlanSheet): boolean {
  const xml = pkg.text(part);
  return role === "info" ? isCheckInfoSheet(xml, part, sst) : holdsOnlyOurs(xml, part, sst, expected, pivotAreas(pkg, part));
}

/**
 * The cells of the sheet's PivotTables (their location and the page fields above it): the program that
 * saved the copy refreshes them in its own words (LibreOffice writes "Total Result" for 合计), and no one
 * can type into them.
 */
function pivotAreas(pkg: RecordPackage, sheetPart: string): (row: number, col: number) => boolean {
  const areas: { top: number; left: number; bottom: number; right: number }[] = [];
  if (!pkg.has(relsPathOf(sheetPart))) return () => false;
  for (const rel of pkg.rels(sheetPart)) {
    if (rel.external || relKind(rel.type) !== "pivotTable") continue;
    const target = resolveTarget(sheetPart, rel.target);
    if (!pkg.has(target)) continue;
    const name = pkg.entryName(target);
    const s = new XmlScanner(pkg.text(name), name);
    for (let ev = s.next(); ev !== END; ev = s.next()) {
      if (ev !== OPEN || s.level !== 2 || !s.is("location")) continue;
      const [a, b] = (s.attr("ref") ?? "").split(":");
      const from = parseCellAddress(a ?? "");
      const to = parseCellAddress(b ?? a ?? "");
      const pages = Number(s.attr("rowPageCount") ?? 0);
      if (from && to) areas.push({ top: from.row - (pages > 0 ? pages + 1 : 0), left: from.col, bottom: to.row, right: Math.max(to.col, from.col + 1) });
      break;
    }
  }
  return (row, col) => areas.some((x) => row >= x.top && row <= x.bottom && col >= x.left && col <= x.right);
}

function canonical(c: CellValueKey): string {
  if (c.kind !== "n") return c.value;
  const n = Number(c.value);
  return Number.isFinite(n) ? String(n) : c.value;
}
