/**
 * One input file → its application table, or the file-level issue that stops it. Every failure of a file
 * becomes an issue on that file; the other files of the batch are still checked.
 */
import type { ClaimRow, Issue } from "../engine";
import { cachedSource, readTable, unreadable, unreadableOf, type TableRead, type Unreadable } from "../check";
import { LIMITS, type TableLayout } from "../workbook";
import { openWorkbook } from "../workbook/node";
import type { SheetAsRead } from "../writer";
import { FileTooLarge, NotRegularFile, readRegularFile } from "./regularFile";

export type LoadedFile =
  | { readonly ok: true; readonly path: string; readonly bytes: Uint8Array; readonly table: Extract<TableRead, { ok: true }>; readonly layout: TableLayout; readonly rows: ClaimRow[];
      /** Where the table sheet's rows lie in its part, as read: the copy is spliced from them. */
      readonly spans?: SheetAsRead }
  | { readonly ok: false; readonly path: string; readonly issue: Issue; readonly sheet?: string; readonly headerRow?: number };

export function loadFile(path: string, fileIndex: number): LoadedFile {
  try {
    const bytes = readRegularFile(path, LIMITS.maxInputBytes);
    const workbook = openWorkbook(bytes);
    // The table is found as every host finds it (src/check); the file's other parts are checked once it is.
    const table = readTable(cachedSource(workbook), fileIndex, { verify: () => workbook.verifyParts() });
    if (!table.ok) return { path, ...table };
    const spans = workbook.rowSpans(table.layout.sheet);
    return { ok: true, path, bytes, table, layout: table.layout, rows: table.rows, ...(spans ? { spans: { sheet: table.layout.sheet, spans } } : {}) };
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
