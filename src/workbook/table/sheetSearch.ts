/**
 * Which sheets a table is looked for in, and in what order (APPLICATION-TABLE.md "Finding the table",
 * MEASURES.md decision 22): the sheets a reviewer sees, in tab order; hidden and very hidden sheets never.
 * The application table and the history table are both found this way, each by its own header search.
 */
import type { SheetGrid } from "../types";

export interface SheetTab {
  readonly name: string;
  readonly hidden: boolean;
  /** "" when the sheet's content is missing from the file. */
  readonly path: string;
}

/** The sheets a reviewer sees, in tab order. */
export function visibleSheets<S extends SheetTab>(sheets: readonly S[]): S[] {
  return sheets.filter((s) => !s.hidden && s.path !== "");
}

/**
 * The first visible sheet, in tab order, on which `look` finds its table; sheets are read one at a time
 * (through `grid`) until then. A sheet on which it finds nothing (an instructions sheet) is passed over.
 */
export function searchSheets<S extends SheetTab, T>(
  sheets: readonly S[], grid: (name: string) => SheetGrid, look: (grid: SheetGrid, sheet: S) => T | undefined,
): T | undefined {
  for (const sheet of visibleSheets(sheets)) {
    const found = look(grid(sheet.name), sheet);
    if (found !== undefined) return found;
  }
  return undefined;
}
