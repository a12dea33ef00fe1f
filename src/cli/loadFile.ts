/**
 * One input file → its application table, or the file-level issue that stops it. Every failure of a file
 * becomes an issue on that file; the other files of the batch are still checked.
 */
import type { ClaimRow, Issue } from "../engine";
import { cachedSource, readTable, unreadable, unreadableOf, type TableRead, type Unreadable } from "../check";
import { LIMITS, formatMegabytes, type TableLayout } from "../workbook";
import { openWorkbook } from "../workbook/node";
import { FileTooLarge, NotRegularFile, readRegularFile } from "./regularFile";

export type LoadedFile =
  | { readonly ok: true; readonly path: string; readonly bytes: Uint8Array; readonly table: Extract<TableRead, { ok: true }>; readonly layout: TableLayout; readonly rows: ClaimRow[] }
  | { readonly ok: false; readonly path: string; readonly issue: Issue; readonly sheet?: string; readonly headerRow?: number };

export function loadFile(path: string, fileIndex: number): LoadedFile {
  try {
    const bytes = readRegularFile(path, LIMITS.maxInputBytes);
    const workbook = openWorkbook(bytes);
    // The table is found as every host finds it (src/check); the file's other parts are checked once it is.
    const table = readTable(cachedSource(workbook), fileIndex, { verify: () => workbook.verifyParts() });
    if (!table.ok) return { path, ...table };
    return { ok: true, path, bytes, table, layout: table.layout, rows: table.rows };
  } catch (e) {
    return { ok: false, path, issue: unreadableIssue(e) };
  }
}

/** Why a file could not be read (an input or the --history file), from what reading it threw. */
export function unreadableIssue(e: unknown): Unreadable {
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
  return unreadableOf(e);
}
