/**
 * Where the application table is, decided once for every host (APPLICATION-TABLE.md "Finding the table",
 * MEASURES.md decision 22): an Excel table on the active sheet wins; otherwise the first sheet, in tab order,
 * whose first 20 rows hold every required header. Only what a reviewer sees is read: hidden and very hidden
 * sheets never. Sheets are read one at a time until the table is found; then the other visible sheets, but the
 * product's own, to name those that hold a table too.
 *
 * Where no sheet has the table, the message is, in order: the active sheet's Excel table's own problem (it
 * lacks a required column), the sheet that came closest (MISSING_COLUMN), no table at all (no-table); a
 * workbook with no visible sheet has no readable worksheet (no-worksheet). The last two name a hidden sheet
 * that holds the table, so the reviewer knows where it is; it is still not checked. Where the table is
 * found, the other visible sheets that hold one are named too (otherTables): they are not checked either.
 */
import type { Issue } from "../engine";
import { findTable, ReadError, searchSheets, visibleSheets, type FindTableResult, type SheetGrid, type SheetTab } from "../workbook";
import { DETAIL_SHEET_NAME, FORM_SHEET_NAME, INFO_SHEET_NAME, ISSUE_SHEET_NAME, SUMMARY_SHEET_NAME } from "../output";
import type { WorkbookSource } from "./source";

/**
 * Where the table is; its layout names the other visible sheets that hold one too (otherTables): only one
 * table a file is checked, and the reviewer is told of the others rather than left to think they were checked.
 */
export type Located = FindTableResult;

/** The sheets the product writes beside the table (REPORT.md), or beside a user's sheet of that name, `（2）`. */
const OUR_SHEET = new RegExp(`^(?:${[ISSUE_SHEET_NAME, SUMMARY_SHEET_NAME, DETAIL_SHEET_NAME, INFO_SHEET_NAME, FORM_SHEET_NAME].join("|")})(?:（\\d+）)?$`);

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
    const found = findTable([grid(active.name)], { sheet: active.name, ref: table.ref, name: table.name, totalsRows: table.totalsRows ?? 0 });
    if (found.ok) return withOtherTables(found, visible, grid);
    // An Excel table that lacks a required column gives way to a header row elsewhere.
    if (found.issue.code === "MISSING_COLUMN" || found.issue.code === "DUPLICATE_COLUMN") tableProblem = found;
  }

  let closest: Extract<Located, { ok: false }> | undefined;
  const found = searchSheets(source.sheets, grid, (g) => {
    const here = findTable([g]);
    if (holdsTable(here)) return here;
    if (!here.ok && here.issue.code === "MISSING_COLUMN" && (closest === undefined || fewerMissing(here.issue, closest.issue))) closest = here;
    return undefined;
  });
  const located = found ?? tableProblem ?? closest;
  if (located?.ok) return withOtherTables(located, visible, grid);
  return located ?? refused("no-table", source, grid);
}

/**
 * The table, with the other visible sheets whose first 20 rows hold every required header (decision 22: one
 * table a file). The product's own sheets are passed over unread: 审核明细 has the columns of an application.
 * A sheet that cannot be read names nothing (it is not the table).
 */
function withOtherTables(located: Extract<Located, { ok: true }>, visible: readonly SheetTab[], grid: (name: string) => SheetGrid): Located {
  const others: string[] = [];
  for (const sheet of visible) {
    if (sheet.name === located.layout.sheet || OUR_SHEET.test(sheet.name)) continue;
    if (namesTable(sheet.name, grid)) others.push(sheet.name);
  }
  return others.length ? { ...located, layout: { ...located.layout, otherTables: others } } : located;
}

/** The refusal where no visible sheet has the table, naming the first hidden sheet that has one. */
function refused(reason: "no-table" | "no-worksheet", source: WorkbookSource, grid: (name: string) => SheetGrid): Located {
  for (const sheet of source.sheets) {
    if (!sheet.hidden || sheet.path === "") continue;
    if (namesTable(sheet.name, grid)) {
      return { ok: false, issue: { code: "UNREADABLE_FILE", reason, found: { d: "table-on-hidden-sheet", sheet: sheet.name } } };
    }
  }
  return { ok: false, issue: { code: "UNREADABLE_FILE", reason } };
}

/** A sheet with every required header holds the table, even when it cannot be read (two columns for one field). */
function holdsTable(found: Located): boolean {
  return found.ok || found.issue.code === "DUPLICATE_COLUMN";
}

/**
 * Whether a sheet other than the one checked holds a table, asked only to name it (a hidden one, the other
 * visible ones): a sheet that cannot be read names nothing.
 */
function namesTable(name: string, grid: (name: string) => SheetGrid): boolean {
  try {
    return holdsTable(findTable([grid(name)]));
  } catch (e) {
    if (e instanceof ReadError) return false;
    throw e;
  }
}

function fewerMissing(a: Issue, b: Issue): boolean {
  return a.code === "MISSING_COLUMN" && b.code === "MISSING_COLUMN" && a.columns.length < b.columns.length;
}
