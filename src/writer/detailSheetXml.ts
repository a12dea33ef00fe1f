/**
 * 审核明细 written straight from its rows (DetailRow), a cell at a time, into the part: the same sheet
 * buildDetailSheet plans and writePlanSheetXml writes, without a row object and an array of values for each
 * of 100,000 rows. Two passes over the rows: the first fits the columns' widths (they come before the rows in
 * the part) and turns the money into numbers once, the second writes the cells.
 */
import { DETAIL_COLUMNS, DETAIL_SHEET_NAME, type DetailRow } from "../output/detail";
import { centsNumber } from "../output/moneyNumber";
import { WIDEST_FITTED, displayWidth, fittedWidth, shownNumberWidth } from "../output/widths";
import type { BytesSink } from "../workbook/bytes/byteRun";
import { sheetFrame, type SheetParts } from "./sheetFrame";
import { SheetRun } from "./sheetRun";
import type { SharedStringTable } from "./sharedStringsPart";
import type { AnnotationStyles } from "./stylesPart";

type TextKey = "file" | "unit" | "creditCode" | "district" | "itemCode" | "itemName" | "clause" | "verdict" | "codes";
type MoneyKey = "requested" | "approvable" | "pending" | "excess";

/** Each column as its cells are written: its kind and the index of its figures among the row's money. */
const COLUMNS = DETAIL_COLUMNS.map((c) => ({ key: c.key, kind: c.kind, width: c.width }));
const MONEY_KEYS = DETAIL_COLUMNS.filter((c) => c.kind === "money").map((c) => c.key as MoneyKey);
const HEADER_ROWS = 1;

/** Writes 审核明细 into `out`; returns the digest of its cells (ownership.ts). */
export function writeDetailSheetXml(
  out: BytesSink, rows: readonly DetailRow[], styles: AnnotationStyles, parts: SheetParts, strings?: SharedStringTable,
): string {
  const { widths, money } = fitColumns(rows);
  const frame = sheetFrame({ name: DETAIL_SHEET_NAME, headerRows: HEADER_ROWS }, widths, rows.length + 1, COLUMNS.length - 1, styles.fontSize);
  const run = new SheetRun(out, strings);
  run.out.text(frame.head);
  run.startRow(1);
  COLUMNS.forEach((_, col) => run.text(col, DETAIL_COLUMNS[col]!.header, styles.bold));
  run.endRow();
  const perRow = MONEY_KEYS.length;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    run.startRow(i + 2);
    let m = i * perRow;
    for (let col = 0; col < COLUMNS.length; col++) {
      const c = COLUMNS[col]!;
      if (c.kind === "money") run.number(col, money[m++]!, styles.money);
      else if (c.kind === "integer") {
        const v = r[c.key as "row" | "year"];
        if (v !== null) run.number(col, v);
      } else {
        const v = r[c.key as TextKey];
        if (v !== "") run.text(col, v);
      }
    }
    run.endRow();
  }
  run.out.ascii("</sheetData>");
  run.out.text(frame.tail([], parts));
  run.end();
  return run.digestHex();
}

/**
 * The columns' widths as planSheetWidths gives them for the sheet (each its widest value, header included,
 * between the width asked and MAX_WIDTH; money never cut), and every row's money as numbers, row by row.
 */
function fitColumns(rows: readonly DetailRow[]): { widths: number[]; money: Float64Array } {
  const widest = DETAIL_COLUMNS.map((c) => displayWidth(c.header));
  const money = new Float64Array(rows.length * MONEY_KEYS.length);
  const last: (string | undefined)[] = [];
  let m = 0;
  for (const r of rows) {
    for (let col = 0; col < COLUMNS.length; col++) {
      const c = COLUMNS[col]!;
      if (c.kind === "money") {
        const n = centsNumber(r[c.key as MoneyKey]);
        money[m++] = n;
        const w = shownNumberWidth(n, true);
        if (w > widest[col]!) widest[col] = w;
      } else if (c.kind === "integer") {
        const v = r[c.key as "row" | "year"];
        const w = v === null ? 0 : String(v).length;
        if (w > widest[col]!) widest[col] = w;
      } else {
        // A text column at its widest already, or holding the text the row above had, is not measured again.
        if (widest[col]! >= WIDEST_FITTED) continue;
        const v = r[c.key as TextKey];
        if (v === last[col]) continue;
        last[col] = v;
        const w = displayWidth(v);
        if (w > widest[col]!) widest[col] = w;
      }
    }
  }
  const widths = COLUMNS.map((c, i) => fittedWidth(c.width, widest[i]!, c.kind === "money"));
  return { widths, money };
}
