/**
 * A plan sheet (问题清单, 汇总) as a worksheet part, written whole on every run: columns fitted to their
 * contents, the header frozen, printed on A4 one page wide where that stays readable (see printSetup). Text is
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
import { XML_DECLARATION, escapeAttr, escapeText } from "./xmlScan";
import { MIN_PRINTED_POINTS, fitScale } from "./printScale";
import { MAIN_NS, REL_NS } from "../workbook/xlsx/ooxmlNames";

/** Relationships of the sheet's own part: a drawing (charts), table objects. */
export interface SheetParts {
  readonly drawing?: string;
  readonly tables?: readonly string[];
}

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
  const lastRow = Math.max(1, sheet.rows.length);
  const columnWidths = planSheetWidths(sheet);
  const print = printSetup(sheet, columnWidths, styles.fontSize);
  const widths = columnWidths
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join("");
  const frozen = sheet.headerRows ?? 0;
  const view = frozen
    ? `<sheetView workbookViewId="0"><pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/>` +
      '<selection pane="bottomLeft"/></sheetView>'
    : '<sheetView workbookViewId="0"/>';
  const run = new SheetRun(out, strings);
  run.out.text(
    XML_DECLARATION +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    (print.fit ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : "") +
    `<dimension ref="A1:${cellAddress(lastRow, maxCol)}"/>` +
    `<sheetViews>${view}</sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (widths ? `<cols>${widths}</cols>` : "") +
    "<sheetData>",
  );
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
  run.out.text(
    print.xml +
    rowBreaks(sheet.pageBreaks ?? []) +
    (parts.drawing ? `<drawing r:id="${parts.drawing}"/>` : "") +
    (parts.tables?.length ? `<tableParts count="${parts.tables.length}">${parts.tables.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>` : "") +
    "</worksheet>",
  );
  run.end();
  return run.digestHex();
}

/** Side margins in inches: a form takes more of the page's width, so it prints larger. */
const SIDE_MARGIN = { sheet: 0.5, form: 0.3 } as const;
const margins = (side: number) => `<pageMargins left="${side}" right="${side}" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`;

/**
 * A4 in the sheet's orientation, fitted to one page wide (fitToPage in <sheetPr> switches the sheet from
 * scaling to fitting) only when that keeps its text at 8 pt or more; a wider sheet prints at its own size
 * across as many pages as it needs. A form is centred, its pages numbered in the footer.
 */
function printSetup(sheet: PlanSheet, widths: readonly number[], fontSize: number): { fit: boolean; xml: string } {
  const orientation = sheet.print?.orientation ?? "landscape";
  const side = sheet.print?.form ? SIDE_MARGIN.form : SIDE_MARGIN.sheet;
  // A chart's labels are as large as the cells' text (chartParts), so they shrink with the sheet no further.
  const fit = fitScale(widths, orientation, fontSize, side) * fontSize >= MIN_PRINTED_POINTS;
  const form = sheet.print?.form
    ? { options: '<printOptions horizontalCentered="1"/>', footer: `<headerFooter><oddFooter>&amp;C${escapeText(sheet.name)}　第 &amp;P 页</oddFooter></headerFooter>` }
    : { options: "", footer: "" };
  return {
    fit,
    xml:
      form.options +
      margins(side) +
      `<pageSetup paperSize="9" orientation="${orientation}"${fit ? ' fitToWidth="1" fitToHeight="0"' : ' pageOrder="overThenDown"'}/>` +
      form.footer,
  };
}

/** Manual page breaks: `brk id` is the 0-based index of the row that starts the new page. */
function rowBreaks(rows: readonly number[]): string {
  if (rows.length === 0) return "";
  const breaks = rows.map((r) => `<brk id="${r - 1}" max="16383" man="1"/>`).join("");
  return `<rowBreaks count="${rows.length}" manualBreakCount="${rows.length}">${breaks}</rowBreaks>`;
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
