/**
 * One input file → its application table, or the file-level issue that stops it. Every failure of a file
 * becomes an issue on that file; the other files of the batch are still checked.
 */
import type { ClaimRow, Issue } from "../engine";
import {
  LIMITS, formatCount, formatMegabytes, isReadError, findTable, readRows, searchSheets, type SheetGrid, type TableLayout,
} from "../workbook";
import { openWorkbook } from "../workbook/node";
import { FileTooLarge, NotRegularFile, readRegularFile } from "./regularFile";

export type LoadedFile =
  | { readonly ok: true; readonly path: string; readonly bytes: Uint8Array; readonly layout: TableLayout; readonly rows: ClaimRow[] }
  | { readonly ok: false; readonly path: string; readonly issue: Issue; readonly sheet?: string; readonly headerRow?: number };

export function loadFile(path: string, fileIndex: number): LoadedFile {
  try {
    const bytes = readRegularFile(path, LIMITS.maxInputBytes);
    const workbook = openWorkbook(bytes);
    const grids = new Map<string, SheetGrid>();
    const grid = (name: string) => {
      let g = grids.get(name);
      if (!g) grids.set(name, (g = workbook.readSheet(name)));
      return g;
    };
    // Only what a reviewer sees is read: hidden and very hidden sheets never (decision 22). An Excel table
    // on the active sheet wins (APPLICATION-TABLE.md "Finding the table").
    const activeSheet = workbook.sheets[workbook.activeSheet];
    const active = activeSheet && !activeSheet.hidden && activeSheet.path !== "" ? activeSheet : undefined;
    const table = active ? workbook.tables(active.name)[0] : undefined;
    let found: ReturnType<typeof findTable> | undefined;
    if (table && active) {
      found = findTable([grid(active.name)], { sheet: active.name, ref: table.ref, name: table.name });
      if (!found.ok) found = undefined;
    }
    if (!found) {
      // The first sheet whose first 20 rows hold every required header; sheets are read one at a time until
      // then. A sheet that names only some columns (instructions) is passed over; if none has them all, the
      // message is about the one that came closest.
      let closest: ReturnType<typeof findTable> | undefined;
      found = searchSheets(workbook.sheets, grid, (g) => {
        const here = findTable([g]);
        // A sheet with every required header is the table, even when it cannot be read (two columns for one field).
        if (here.ok || here.issue.code === "DUPLICATE_COLUMN") return here;
        if (here.issue.code === "MISSING_COLUMN" &&
          (closest === undefined || closest.ok || closest.issue.code !== "MISSING_COLUMN" || here.issue.columns.length < closest.issue.columns.length)) {
          closest = here;
        }
        return undefined;
      });
      found ??= closest;
    }
    if (!found || !found.ok) {
      const issue: Issue = found && !found.ok ? found.issue : { code: "UNREADABLE_FILE", reason: "no-worksheet" };
      return { ok: false, path, issue, sheet: found && !found.ok ? found.sheet : undefined, headerRow: found && !found.ok ? found.headerRow : undefined };
    }
    const layout = found.layout;
    workbook.verifyParts();
    if (layout.dataRows.length > LIMITS.maxTableRows) {
      return fail(path, "limits", `申报表有 ${formatCount(layout.dataRows.length)} 行数据，超过上限 ${formatCount(LIMITS.maxTableRows)} 行；请分成几个文件一起审核`,
        `the table has ${formatCount(layout.dataRows.length)} data rows, over the limit of ${formatCount(LIMITS.maxTableRows)}; split it into several files checked together`);
    }
    return { ok: true, path, bytes, layout, rows: readRows(grid(layout.sheet), layout, fileIndex) };
  } catch (e) {
    return { ok: false, path, issue: unreadableIssue(e) };
  }
}

type Unreadable = Extract<Issue, { code: "UNREADABLE_FILE" }>;

function fail(path: string, reason: Unreadable["reason"], detail?: string, detailEn?: string): LoadedFile {
  return { ok: false, path, issue: unreadable(reason, detail, detailEn) };
}

function unreadable(reason: Unreadable["reason"], detail?: string, detailEn?: string): Unreadable {
  return { code: "UNREADABLE_FILE", reason, detail, ...(detailEn === undefined ? {} : { detailEn }) };
}

/** Why a file could not be read (an input or the --history file), from what reading it threw. */
export function unreadableIssue(e: unknown): Unreadable {
  if (isReadError(e)) return unreadable(e.reason, e.detail, e.detailEn);
  if (e instanceof FileTooLarge) {
    return unreadable("too-large", `${formatMegabytes(e.size)}，上限 ${formatMegabytes(LIMITS.maxInputBytes)}`,
      `${formatMegabytes(e.size)}, limit ${formatMegabytes(LIMITS.maxInputBytes)}`);
  }
  if (e instanceof NotRegularFile) {
    return e.directory
      ? unreadable("io", "这是一个目录", "this is a directory")
      : unreadable("io", "不是普通文件（命名管道、设备或套接字），未读取", "not a regular file (a named pipe, a device or a socket); not read");
  }
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return unreadable("io", "文件不存在", "no such file");
  if (code === "EISDIR") return unreadable("io", "这是一个目录", "this is a directory");
  if (code === "EACCES") return unreadable("io", "没有读取权限", "permission denied");
  // A reader bug must not take the batch down: the file is reported unreadable with what went wrong.
  return unreadable("bad-xml", e instanceof Error ? e.message : String(e));
}
