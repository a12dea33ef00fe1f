/**
 * A plan sheet (问题清单, 汇总) as a worksheet part, written whole on every run. Text is inline strings,
 * money numbers carry the money format, links are internal (`location=`), so they need no relationship.
 */
import type { PlanSheet, PlanValue } from "../../output/types";
import { cellAddress, sheetRef } from "../../output/cellRef";
import { cellXml, type CellValue } from "./sheetCells";
import type { AnnotationStyles } from "./stylesPart";
import { XML_DECLARATION, escapeAttr } from "./xmlScan";

export function planSheetXml(sheet: PlanSheet, styles: AnnotationStyles): string {
  let maxCol = 0;
  const rows: string[] = [];
  const links: string[] = [];
  sheet.rows.forEach((planRow, i) => {
    const row = i + 1;
    const money = new Set(planRow.moneyColumns ?? []);
    const cells: string[] = [];
    planRow.values.forEach((value, col) => {
      const linked = planRow.link?.col === col;
      const style = styleOf(value, money.has(col), !!planRow.bold, linked, styles);
      const cell = cellValue(value, style);
      if (!cell) return;
      cells.push(cellXml(row, col, cell, ""));
      maxCol = Math.max(maxCol, col);
    });
    if (planRow.link) {
      const ref = cellAddress(row, planRow.link.col);
      const location = sheetRef(planRow.link.sheet, planRow.link.cell);
      links.push(`<hyperlink ref="${ref}" location="${escapeAttr(location)}" display="${escapeAttr(planRow.link.cell)}"/>`);
    }
    if (cells.length) rows.push(`<row r="${row}">${cells.join("")}</row>`);
  });

  const lastRow = Math.max(1, sheet.rows.length);
  const widths = (sheet.columnWidths ?? [])
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join("");
  return (
    XML_DECLARATION +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<dimension ref="A1:${cellAddress(lastRow, maxCol)}"/>` +
    '<sheetViews><sheetView workbookViewId="0"/></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (widths ? `<cols>${widths}</cols>` : "") +
    `<sheetData>${rows.join("")}</sheetData>` +
    (links.length ? `<hyperlinks>${links.join("")}</hyperlinks>` : "") +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    "</worksheet>"
  );
}

function styleOf(value: PlanValue, money: boolean, bold: boolean, link: boolean, s: AnnotationStyles): string | undefined {
  if (link) return String(s.link);
  if (money && typeof value === "number") return String(bold ? s.boldMoney : s.money);
  return bold ? String(s.bold) : undefined;
}

function cellValue(value: PlanValue, style: string | undefined): CellValue | undefined {
  if (value === null || value === "") return undefined;
  return typeof value === "number" ? { kind: "number", value, style } : { kind: "text", text: value, style };
}
