/**
 * What surrounds the rows of one of our sheets: the part up to <sheetData> (its size, the frozen header,
 * the columns' widths) and after it (the printed page, page breaks, the drawing and table objects). Every
 * sheet of ours has the same frame, whichever writer writes its rows.
 */
import type { PlanSheet } from "../output/types";
import { cellAddress } from "../output/cellRef";
import { XML_DECLARATION, escapeText } from "./xmlScan";
import { MIN_PRINTED_POINTS, fitScale } from "./printScale";
import { MAIN_NS, REL_NS } from "../workbook/xlsx/ooxmlNames";

/** Relationships of the sheet's own part: a drawing (charts), table objects. */
export interface SheetParts {
  readonly drawing?: string;
  readonly tables?: readonly string[];
}

export interface SheetFrame {
  /** The part up to and with <sheetData>'s start tag. */
  readonly head: string;
  /** The part from the end of <sheetData> on, after any merges and links. */
  tail(pageBreaks: readonly number[], parts: SheetParts): string;
}

/**
 * The frame of a sheet of `lastRow` rows whose last column holding something is `maxCol` (0-based), with its
 * columns `columnWidths` wide, printed as `sheet.print` says.
 */
export function sheetFrame(
  sheet: Pick<PlanSheet, "name" | "headerRows" | "print">, columnWidths: readonly number[], lastRow: number, maxCol: number, fontSize: number,
): SheetFrame {
  const print = printSetup(sheet, columnWidths, fontSize);
  const widths = columnWidths
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join("");
  const frozen = sheet.headerRows ?? 0;
  const view = frozen
    ? `<sheetView workbookViewId="0"><pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/>` +
      '<selection pane="bottomLeft"/></sheetView>'
    : '<sheetView workbookViewId="0"/>';
  return {
    head:
      XML_DECLARATION +
      `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
      (print.fit ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : "") +
      `<dimension ref="A1:${cellAddress(lastRow, maxCol)}"/>` +
      `<sheetViews>${view}</sheetViews>` +
      '<sheetFormatPr defaultRowHeight="15"/>' +
      (widths ? `<cols>${widths}</cols>` : "") +
      "<sheetData>",
    tail: (pageBreaks, parts) =>
      print.xml +
      rowBreaks(pageBreaks) +
      (parts.drawing ? `<drawing r:id="${parts.drawing}"/>` : "") +
      (parts.tables?.length ? `<tableParts count="${parts.tables.length}">${parts.tables.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>` : "") +
      "</worksheet>",
  };
}

/** Side margins in inches: a form takes more of the page's width, so it prints larger. */
const SIDE_MARGIN = { sheet: 0.5, form: 0.3 } as const;
const margins = (side: number) => `<pageMargins left="${side}" right="${side}" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`;

/**
 * A4 in the sheet's orientation, fitted to one page wide (fitToPage in <sheetPr> switches the sheet from
 * scaling to fitting) only when that keeps its text at 8 pt or more; a wider sheet prints at its own size
 * across as many pages as it needs. A form is centred, its pages numbered from 1 of its count in the footer.
 */
function printSetup(sheet: Pick<PlanSheet, "name" | "print">, widths: readonly number[], fontSize: number): { fit: boolean; xml: string } {
  const orientation = sheet.print?.orientation ?? "landscape";
  const side = sheet.print?.form ? SIDE_MARGIN.form : SIDE_MARGIN.sheet;
  // A chart's labels are as large as the cells' text (chartParts), so they shrink with the sheet no further.
  const fit = fitScale(widths, orientation, fontSize, side) * fontSize >= MIN_PRINTED_POINTS;
  // A form is filed on its own: its pages count from 1, not on from the sheets printed before it, and each
  // says how many there are (第 2 页，共 3 页), so a signed form missing a page shows it.
  const form = sheet.print?.form
    ? {
        options: '<printOptions horizontalCentered="1"/>',
        numbering: ' firstPageNumber="1" useFirstPageNumber="1"',
        footer: `<headerFooter><oddFooter>&amp;C${escapeText(sheet.name)}　第 &amp;P 页，共 &amp;N 页</oddFooter></headerFooter>`,
      }
    : { options: "", numbering: "", footer: "" };
  return {
    fit,
    xml:
      form.options +
      margins(side) +
      `<pageSetup paperSize="9"${form.numbering} orientation="${orientation}"${fit ? ' fitToWidth="1" fitToHeight="0"' : ' pageOrder="overThenDown"'}/>` +
      form.footer,
  };
}

/** Manual page breaks: `brk id` is the 0-based index of the row that starts the new page. */
function rowBreaks(rows: readonly number[]): string {
  if (rows.length === 0) return "";
  const breaks = rows.map((r) => `<brk id="${r - 1}" max="16383" man="1"/>`).join("");
  return `<rowBreaks count="${rows.length}" manualBreakCount="${rows.length}">${breaks}</rowBreaks>`;
}

