/**
 * Where the application table is, decided once for every host (APPLICATION-TABLE.md "Finding the table",
 * MEASURES.md decision 22): an Excel table on the active sheet wins; otherwise the first sheet, in tab order,
 * whose first 20 rows hold every required header. Only what a reviewer sees is read: hidden and very hidden
 * sheets never. Sheets are read one at a time until the table is found.
 *
 * Where no sheet has the table, the message is, in order: the active sheet's Excel table's own problem (it
 * lacks a required column), the sheet that came closest (MISSING_COLUMN), no table at all (no-table); a
 * workbook with no visible sheet has no readable worksheet (no-worksheet). The last two name a hidden sheet
 * that holds the table, so the reviewer knows where it is; it is still not checked.
 */
import type { Issue } from "../engine";
import { findTable, ReadError, searchSheets, visibleSheets, type FindTableResult, type SheetGrid } from "../workbook";
import type { WorkbookSource } from "./source";

export type Located = FindTableResult;

/**
 * `view` lets a host change how a sheet is seen before it is searched (the pane's columns mapped by hand);
 * by default the sheet as read.
 */
export function locateTable(source: WorkbookSource, view: (grid: SheetGrid) => SheetGrid = (g) => g): Located {
  const grid = (name: string) => view(source.readSheet(name));
  const visible = visibleSheets(source.sheets);
  if (visible.length === 0) return refused("no-worksheet", source, grid);

  const activeTab = source.sheets[source.activeSheet];
  const active = activeTab && visible.includes(activeTab) ? activeTab : undefined;
  const table = active ? source.tables(active.name)[0] : undefined;
  let tableProblem: Located | undefined;
  if (active && table) {
    const found = findTable([grid(active.name)], { sheet: active.name, ref: table.ref, name: table.name });
    if (found.ok) return found;
    // An Excel table that lacks a required column gives way to a header row elsewhere.
    if (found.issue.code === "MISSING_COLUMN" || found.issue.code === "DUPLICATE_COLUMN") tableProblem = found;
  }

  let closest: Extract<Located, { ok: false }> | undefined;
  const found = searchSheets(source.sheets, grid, (g) => {
    const here = findTable([g]);
    // A sheet with every required header is the table, even when it cannot be read (two columns for one field).
    if (here.ok || here.issue.code === "DUPLICATE_COLUMN") return here;
    if (here.issue.code === "MISSING_COLUMN" && (closest === undefined || fewerMissing(here.issue, closest.issue))) closest = here;
    return undefined;
  });
  return found ?? tableProblem ?? closest ?? refused("no-table", source, grid);
}

/** The refusal where no visible sheet has the table, naming the first hidden sheet that has one. */
function refused(reason: "no-table" | "no-worksheet", source: WorkbookSource, grid: (name: string) => SheetGrid): Located {
  for (const sheet of source.sheets) {
    if (!sheet.hidden || sheet.path === "") continue;
    const here = hiddenTable(sheet.name, grid);
    if (here !== undefined && (here.ok || here.issue.code === "DUPLICATE_COLUMN")) {
      return { ok: false, issue: { code: "UNREADABLE_FILE", reason, found: { d: "table-on-hidden-sheet", sheet: sheet.name } } };
    }
  }
  return { ok: false, issue: { code: "UNREADABLE_FILE", reason } };
}

/** A hidden sheet's table, looked for only to name it: a sheet that cannot be read names nothing. */
function hiddenTable(name: string, grid: (name: string) => SheetGrid): Located | undefined {
  try {
    return findTable([grid(name)]);
  } catch (e) {
    if (e instanceof ReadError) return undefined;
    throw e;
  }
}

function fewerMissing(a: Issue, b: Issue): boolean {
  return a.code === "MISSING_COLUMN" && b.code === "MISSING_COLUMN" && a.columns.length < b.columns.length;
}
