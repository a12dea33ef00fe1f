/**
 * One input file → its application table, or the file-level issue that stops it. Every failure of a file
 * becomes an issue on that file; the other files of the batch are still checked.
 */
import type { ClaimRow, Issue } from "../engine";
import { cachedSource, readTable, unreadable, unreadableOf, type TableRead, type Unreadable } from "../check";
import { LIMITS, type TableLayout } from "../workbook";
import { openWorkbook, type OpenedPackage } from "../workbook/node";
import type { SheetAsRead } from "../writer";
import { openedFile } from "./inputPackages";
import { FileTooLarge, NotRegularFile } from "./regularFile";

export type LoadedFile =
  | { readonly ok: true; readonly path: string;
      /** The file opened once (its bytes too): the macro check and the writer of its copy take it as the reader left it. */
      readonly opened: OpenedPackage; readonly table: Extract<TableRead, { ok: true }>; readonly layout: TableLayout; readonly rows: ClaimRow[];
      /** Where the table sheet's rows lie in its part, as read: the copy is spliced from them. */
      readonly spans?: SheetAsRead }
  | { readonly ok: false; readonly path: string; readonly issue: Issue; readonly sheet?: string; readonly headerRow?: number };

/**
 * `open`: the file's package (InputPackages, where the batch's plan has opened it already); by default the
 * file is read and opened here. `keep`: whether the parts read stay inflated for the writer of the copy (a
 * batch of several files lets them go, so it never holds every file's sheets at once).
 */
export function loadFile(path: string, fileIndex: number, open: () => OpenedPackage = openedFile(path), keep = true): LoadedFile {
  try {
    const opened = open();
    const workbook = openWorkbook(opened);
    // The table is found as every host finds it (src/check); the file's other parts are checked once it is.
    const table = readTable(cachedSource(workbook), fileIndex, { verify: () => workbook.verifyParts() });
    if (!table.ok) return { path, ...table };
    if (keep) workbook.releaseSheetsBut(table.layout.sheet);
    else opened.release();
    const spans = workbook.rowSpans(table.layout.sheet);
    return { ok: true, path, opened, table, layout: table.layout, rows: table.rows, ...(spans ? { spans: { sheet: table.layout.sheet, spans } } : {}) };
  } catch (e) {
    return { ok: false, path, issue: unreadableIssue(e) };
  }
}

/** Why a file could not be read (an input or the --history file), from what reading it threw. */
export function unreadableIssue(e: unknown): Unreadable {
  if (e instanceof FileTooLarge) return unreadable("too-large", { d: "input-too-large", bytes: e.size, max: LIMITS.maxInputBytes });
  if (e instanceof NotRegularFile) return unreadable("io", e.directory ? { d: "is-directory" } : { d: "not-regular-file" });
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return unreadable("io", { d: "no-such-file" });
  if (code === "EISDIR") return unreadable("io", { d: "is-directory" });
  if (code === "EACCES") return unreadable("io", { d: "permission-denied" });
  return unreadableOf(e);
}
