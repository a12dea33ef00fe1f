/** xl/workbook.xml: the sheets in tab order, which tab is active, and the date system. */
import { END, OPEN, XmlScanner } from "../xml/scanner";

export interface SheetEntry {
  readonly name: string;
  readonly rId: string;
  readonly hidden: boolean;
}

export interface WorkbookPart {
  readonly sheets: readonly SheetEntry[];
  readonly date1904: boolean;
  /** As written (0-based tab index); the caller clamps it to the sheets that exist. */
  readonly activeTab: number;
  /** calcPr: Excel recalculates on opening (`fullCalcOnLoad`) or only on request (`calcMode="manual"`). */
  readonly formulasUntrusted?: "full-calc-on-load" | "manual";
}

const truthy = (v: string | undefined) => v === "1" || v === "true";

export function parseWorkbookPart(xml: string | Uint8Array, part: string): WorkbookPart {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  let activeTab: number | undefined;
  let formulasUntrusted: WorkbookPart["formulasUntrusted"];
  const s = XmlScanner.of(xml, part);
  for (let ev = s.next(); ev !== END; ev = s.next()) {
    if (ev !== OPEN) continue;
    if (s.is("sheet")) {
      const state = s.attr("state");
      sheets.push({
        name: s.attr("name") ?? "",
        rId: s.attr("id") ?? "",
        hidden: state === "hidden" || state === "veryHidden",
      });
    } else if (s.is("workbookPr")) {
      date1904 = truthy(s.attr("date1904"));
    } else if (s.is("calcPr") && s.level === 2) {
      if (truthy(s.attr("fullCalcOnLoad"))) formulasUntrusted = "full-calc-on-load";
      else if (s.attr("calcMode") === "manual") formulasUntrusted = "manual";
    } else if (s.is("workbookView") && activeTab === undefined) {
      const tab = Number(s.attr("activeTab") ?? "0");
      activeTab = Number.isInteger(tab) && tab >= 0 ? tab : 0;
    }
  }
  return { sheets, date1904, activeTab: activeTab ?? 0, ...(formulasUntrusted ? { formulasUntrusted } : {}) };
}
