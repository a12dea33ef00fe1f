/**
 * A plan sheet (问题清单, 汇总) as a worksheet part, written whole on every run: columns fitted to their
 * contents, the header frozen, printed on A4 one page wide where that stays readable (sheetFrame.ts). Text is
 * the workbook's shared strings when a table is given (the copy, the batch workbook), else inline strings;
 * money numbers carry the money format, links are internal (`location=`), so they need no relationship.
 */
import type { PlanRow, PlanSheet, PlanValue } from "../output/types";
import { cellAddress, sheetRef } from "../output/cellRef";
import { textOf } from "../workbook/zip";
import type { BytesSink } from "./byteRun";
import { SheetRun } from "./sheetRun";
import type { AnnotationStyles } from "./stylesPart";
import type { SharedStringTable } from "./sharedStringsPart";
import { planSheetWidths } from "../output/widths";
import { escapeAttr } from "./xmlScan";
import { sheetFrame, type SheetParts } from "./sheetFrame";

export type { SheetParts } from "./sheetFrame";

export function planSheetXml(sheet: PlanSheet, styles: AnnotationStyles, parts: SheetParts = {}): string {
  return textOf((out) => writePlanSheetXml(out, sheet, styles, parts));
}

/**
 * The same sheet written a row at a time into `out`, never held whole; returns the digest of its cell
 * values (ownership.ts), the one `sheetDigest` gives when it reads the part back.
 */
export function writePlanSheetXml(
  out: BytesSink, sheet: PlanSheet, styles: AnnotationStyles, parts: SheetParts = {}, strings?: SharedStringTable,
): string {
  let maxCol = 0;
  for (const planRow of sheet.rows) {
    const values = planRow.values;
    for (let col = values.length - 1; col > maxCol; col--) {
      const v = values[col];
      if (v !== null && v !== "" && v !== undefined) {
        maxCol = col;
        break;
      }
    }
  }
  const frame = sheetFrame(sheet, planSheetWidths(sheet), Math.max(1, sheet.rows.length), maxCol, styles.fontSize);
  const run = new SheetRun(out, strings);
  run.out.text(frame.head);
  const wrapped = new Set(sheet.wrapColumns ?? []);
  let links = false;
  const rows = sheet.rows;
  for (let i = 0; i < rows.length; i++) {
    const planRow = rows[i]!;
    run.startRow(i + 1, planRow.height);
    // A ruled row is ruled across the whole sheet, its blank cells too, so the grid has no gaps.
    const ruled = planRow.look !== undefined && planRow.look !== "title";
    const values = planRow.values;
    const last = ruled ? maxCol : values.length - 1;
    for (let col = 0; col <= last; col++) {
      const value = values[col] ?? null;
      const blank = value === null || value === "";
      if (blank && !ruled) continue;
      const style = styleOf(value, planRow, col, wrapped.has(col), styles);
      if (blank) run.blank(col, style);
      else if (typeof value === "number") run.number(col, value, style);
      else run.text(col, value, style);
    }
    if (planRow.link) links = true;
    run.endRow();
  }
  run.out.ascii("</sheetData>");
  if (sheet.merges?.length) {
    run.out.text(`<mergeCells count="${sheet.merges.length}">${sheet.merges.map((ref) => `<mergeCell ref="${ref}"/>`).join("")}</mergeCells>`);
  }
  if (links) {
    run.out.ascii("<hyperlinks>");
    sheet.rows.forEach((planRow, i) => {
      if (!planRow.link) return;
      const ref = cellAddress(i + 1, planRow.link.col);
      const location = sheetRef(planRow.link.sheet, planRow.link.cell);
      run.out.text(`<hyperlink ref="${ref}" location="${escapeAttr(location)}" display="${escapeAttr(planRow.link.cell)}"/>`);
    });
    run.out.ascii("</hyperlinks>");
  }
  run.out.text(frame.tail(sheet.pageBreaks ?? [], parts));
  run.end();
  return run.digestHex();
}

function styleOf(value: PlanValue, row: PlanRow, col: number, wrap: boolean, s: AnnotationStyles): number | undefined {
  const money = typeof value === "number" && !!row.moneyColumns?.includes(col);
  const f = s.form;
  switch (row.look) {
    case "title":
      return f.title;
    case "header":
      return f.header;
    case "body":
      return money ? f.money : row.centered?.includes(col) ? f.center : f.text;
    case "total":
      return money ? f.totalMoney : f.totalText;
    default:
      break;
  }
  if (row.link?.col === col) return s.link;
  if (money) return row.bold ? s.boldMoney : s.money;
  if (row.bold) return s.bold;
  return wrap ? s.wrap : undefined;
}
