/**
 * A workbook as the check sees it, whatever holds it: an xlsx file opened by the reader (the command line),
 * the sheets Office.js loaded (the task pane), a range passed to a custom function (APPROVE). Sheets are read
 * lazily, one at a time, so a hidden sheet, or one of the product's own, is never parsed.
 */
import type { SheetGrid, SheetTab } from "../workbook";

/** An Excel table (ListObject) on a sheet: its range as `A1:F20` and its name. */
export interface SourceTable {
  readonly name: string;
  readonly ref: string;
  /** Rows of its totals row (汇总行) at the end of `ref`, where it shows one. */
  readonly totalsRows?: number;
}

export interface WorkbookSource {
  /** Every sheet in tab order, hidden ones included (they are passed over, decision 22). */
  readonly sheets: readonly SheetTab[];
  /** Index into `sheets` of the tab the workbook is open on. */
  readonly activeSheet: number;
  tables(sheet: string): readonly SourceTable[];
  /** The sheet's cells; may throw ReadError (a file's broken sheet). */
  readSheet(sheet: string): SheetGrid;
}

export interface GridSourceOptions {
  /** The active sheet's name; default the first sheet. */
  readonly activeSheet?: string;
  readonly tables?: readonly (SourceTable & { readonly sheet: string })[];
  /** Names of the sheets Excel hides. */
  readonly hidden?: readonly string[];
}

/** A source over grids already read (the pane's two syncs, a custom function's range). */
export function gridSource(grids: readonly SheetGrid[], options: GridSourceOptions = {}): WorkbookSource {
  const hidden = new Set(options.hidden ?? []);
  const active = options.activeSheet === undefined ? 0 : grids.findIndex((g) => g.name === options.activeSheet);
  return {
    // A loaded sheet always has content: its path is its name.
    sheets: grids.map((g) => ({ name: g.name, hidden: hidden.has(g.name), path: g.name })),
    activeSheet: Math.max(0, active),
    tables: (sheet) => (options.tables ?? []).filter((t) => t.sheet === sheet),
    readSheet: (sheet) => {
      const grid = grids.find((g) => g.name === sheet);
      if (!grid) throw new Error(`no sheet named ${sheet}`);
      return grid;
    },
  };
}

/** The same source, each sheet read at most once. */
export function cachedSource(source: WorkbookSource): WorkbookSource {
  const grids = new Map<string, SheetGrid>();
  return {
    sheets: source.sheets,
    activeSheet: source.activeSheet,
    tables: (sheet) => source.tables(sheet),
    readSheet: (sheet) => {
      let grid = grids.get(sheet);
      if (!grid) grids.set(sheet, (grid = source.readSheet(sheet)));
      return grid;
    },
  };
}
