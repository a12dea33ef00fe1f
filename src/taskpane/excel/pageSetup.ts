/**
 * How the sheets the product adds print (REPORT.md "Readable at a glance"): A4 landscape, fitted to one page
 * wide (as many pages tall as needed), the header row repeated on every page. PageLayout is ExcelApi 1.9;
 * where it is missing the sheet prints with Excel's defaults.
 */
import type { Capabilities } from "./requirements";

/** `headerRows` 0: no row repeats (汇总, whose PivotTables start below their titles). */
export function printSetup(sheet: Excel.Worksheet, caps: Capabilities, headerRows = 1): void {
  if (!caps.required) return;
  const page = sheet.pageLayout;
  page.orientation = "Landscape";
  page.paperSize = "A4";
  // verticalFitToPages 0: as many pages tall as the rows need (Excel's "fit all columns on one page").
  page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (headerRows > 0) page.setPrintTitleRows(`$1:$${headerRows}`);
}
