/**
 * A plan sheet (问题清单, 汇总) as a worksheet part, written whole on every run: columns fitted to their
 * contents, the header frozen, printed on A4 one page wide where that stays readable (sheetFrame.ts). Text is
 * the workbook's shared strings when a table is given (the copy, the batch workbook), else inline strings;
 * money numbers carry the money format, links are internal (`location=`), so they need no relationship.
 */
import type { PlanRow, PlanRowStream, PlanSheet, PlanValue } from "../output/types";
import { cellAddress, sheetRef } from "../output/cellRef";
import { textOf } from "../workbook/zip";
import type { BytesSink } from "../workbook/bytes/byteRun";
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
  const source = sheet.stream ? sheet.stream() : wholeSheet(sheet);
  const frame = sheetFrame(sheet, source.columnWidths, Math.max(1, source.rowCount), source.maxCol, styles.fontSize);
  const maxCol = source.maxCol;
  const run = new SheetRun(out, strings);
  run.out.text(frame.head);
  const wrapped = new Set(sheet.wrapColumns ?? []);
  const links: { row: number; link: NonNullable<PlanRow["link"]> }[] = [];
  let row = 0;
  source.forEachRow((planRow) => {
    row++;
    run.startRow(row, planRow.height);
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
    if (planRow.link) links.push({ row, link: planRow.link });
    run.endRow();
  });
  run.out.ascii("</sheetData>");
  const merges = source.merges();
  if (merges.length) {
    run.out.text(`<mergeCells count="${merges.length}">${merges.map((ref) => `<mergeCell ref="${ref}"/>`).join("")}</mergeCells>`);
  }
  if (links.length) {
    run.out.ascii("<hyperlinks>");
    for (const { row: at, link } of links) {
      const ref = cellAddress(at, link.col);
      const location = sheetRef(link.sheet, link.cell);
      run.out.text(`<hyperlink ref="${ref}" location="${escapeAttr(location)}" display="${escapeAttr(link.cell)}"/>`);
    }
    run.out.ascii("</hyperlinks>");
  }
  run.out.text(frame.tail(sheet.pageBreaks ?? [], parts));
  run.end();
  return run.digestHex();
}

/** A sheet planned whole, its rows read in order. */
function wholeSheet(sheet: PlanSheet): PlanRowStream {
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
  return {
    rowCount: sheet.rows.length,
    maxCol,
    columnWidths: planSheetWidths(sheet),
    forEachRow: (visit) => sheet.rows.forEach((row) => visit(row)),
    merges: () => sheet.merges ?? [],
  };
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
  return wrap || (row.wrap && typeof value === "string") ? s.wrap : undefined;
}
