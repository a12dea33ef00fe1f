/**
 * A plan sheet (问题清单, 汇总) as a worksheet part, written whole on every run: columns fitted to their
 * contents, the header frozen, printed A4 landscape one page wide. Text is inline strings,
 * money numbers carry the money format, links are internal (`location=`), so they need no relationship.
 */
import type { PlanSheet, PlanValue } from "../../output/types";
import { cellAddress, columnLetters, sheetRef } from "../../output/cellRef";
import { textOf, type TextSink } from "../zip";
import { isPlainText } from "../xlsx/ooxmlText";
import { cellXmlAt } from "./sheetCells";
import { CellDigest, readBack } from "./ownership";
import type { AnnotationStyles } from "./stylesPart";
import { planSheetWidths } from "../../output/widths";
import { XML_DECLARATION, escapeAttr } from "./xmlScan";

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
export function writePlanSheetXml(out: TextSink, sheet: PlanSheet, styles: AnnotationStyles, parts: SheetParts = {}): string {
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
  const widths = planSheetWidths(sheet)
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join("");
  const frozen = sheet.headerRows ?? 0;
  const view = frozen
    ? `<sheetView workbookViewId="0"><pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/>` +
      '<selection pane="bottomLeft"/></sheetView>'
    : '<sheetView workbookViewId="0"/>';
  out.write(
    XML_DECLARATION +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="A1:${cellAddress(lastRow, maxCol)}"/>` +
    `<sheetViews>${view}</sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (widths ? `<cols>${widths}</cols>` : "") +
    "<sheetData>",
  );
  const digest = new CellDigest();
  const letters: string[] = [];
  let links = false;
  sheet.rows.forEach((planRow, i) => {
    const row = i + 1;
    const money = planRow.moneyColumns;
    const bold = !!planRow.bold;
    let cells = "";
    planRow.values.forEach((value, col) => {
      if (value === null || value === "") return;
      const linked = planRow.link?.col === col;
      const style = styleOf(value, !!money && money.includes(col), bold, linked, styles);
      const ref = `${(letters[col] ??= columnLetters(col))}${row}`;
      cells += cellXmlAt(ref, typeof value === "number" ? { kind: "number", value, style } : { kind: "text", text: value, style }, "");
      digest.add(typeof value === "number" ? { row, col, kind: "n", value: String(value) } : { row, col, kind: "s", value: isPlainText(value) ? value : readBack(value) });
    });
    if (planRow.link) links = true;
    if (cells) out.write(`<row r="${row}">${cells}</row>`);
  });
  out.write("</sheetData>");
  if (links) {
    out.write("<hyperlinks>");
    sheet.rows.forEach((planRow, i) => {
      if (!planRow.link) return;
      const ref = cellAddress(i + 1, planRow.link.col);
      const location = sheetRef(planRow.link.sheet, planRow.link.cell);
      out.write(`<hyperlink ref="${ref}" location="${escapeAttr(location)}" display="${escapeAttr(planRow.link.cell)}"/>`);
    });
    out.write("</hyperlinks>");
  }
  out.write(
    PRINT_SETUP +
    rowBreaks(sheet.pageBreaks ?? []) +
    (parts.drawing ? `<drawing r:id="${parts.drawing}"/>` : "") +
    (parts.tables?.length ? `<tableParts count="${parts.tables.length}">${parts.tables.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>` : "") +
    "</worksheet>",
  );
  return digest.hex();
}

/** A4 landscape, one page wide (fitToPage above switches the sheet from scaling to fitting). */
export const PRINT_SETUP =
  '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
  '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>';

/** Manual page breaks: `brk id` is the 0-based index of the row that starts the new page. */
function rowBreaks(rows: readonly number[]): string {
  if (rows.length === 0) return "";
  const breaks = rows.map((r) => `<brk id="${r - 1}" max="16383" man="1"/>`).join("");
  return `<rowBreaks count="${rows.length}" manualBreakCount="${rows.length}">${breaks}</rowBreaks>`;
}

function styleOf(value: PlanValue, money: boolean, bold: boolean, link: boolean, s: AnnotationStyles): string | undefined {
  if (link) return String(s.link);
  if (money && typeof value === "number") return String(bold ? s.boldMoney : s.money);
  return bold ? String(s.bold) : undefined;
}
