/**
 * One input file → its application table, or the file-level issue that stops it. Every failure of a file
 * becomes an issue on that file; the other files of the batch are still checked.
 */
import { readFileSync, statSync } from "node:fs";
import type { ClaimRow, Issue } from "../engine";
import { LIMITS } from "../workbook/limits";
import { isReadError } from "../workbook/readError";
import { findTable } from "../workbook/table/findTable";
import { readRows } from "../workbook/table/readRows";
import type { SheetGrid, TableLayout } from "../workbook/types";
import { openWorkbook } from "../workbook/xlsx";

export type LoadedFile =
  | { readonly ok: true; readonly path: string; readonly bytes: Uint8Array; readonly layout: TableLayout; readonly rows: ClaimRow[] }
  | { readonly ok: false; readonly path: string; readonly issue: Issue; readonly sheet?: string; readonly headerRow?: number };

export function loadFile(path: string, fileIndex: number): LoadedFile {
  try {
    const size = statSync(path).size;
    if (size > LIMITS.maxInputBytes) {
      return fail(path, "too-large", `${(size / 1048576).toFixed(1)} MB，上限 ${LIMITS.maxInputBytes / 1048576} MB`);
    }
    const bytes = new Uint8Array(readFileSync(path));
    const workbook = openWorkbook(bytes);
    const grids = new Map<string, SheetGrid>();
    const grid = (name: string) => {
      let g = grids.get(name);
      if (!g) grids.set(name, (g = workbook.readSheet(name)));
      return g;
    };
    // An Excel table on the active sheet wins (APPLICATION-TABLE.md "Finding the table").
    const active = workbook.sheets[workbook.activeSheet] ?? workbook.sheets[0];
    const table = active ? workbook.tables(active.name)[0] : undefined;
    let found: ReturnType<typeof findTable> | undefined;
    if (table && active) {
      found = findTable([grid(active.name)], { sheet: active.name, ref: table.ref });
      if (!found.ok) found = undefined;
    }
    if (!found) {
      // The first sheet whose first 20 rows hold a header row; sheets are read one at a time until then.
      for (const sheet of workbook.sheets) {
        found = findTable([grid(sheet.name)]);
        if (found.ok || found.issue.code === "MISSING_COLUMN") break;
      }
    }
    if (!found || !found.ok) {
      const issue: Issue = found && !found.ok ? found.issue : { code: "UNREADABLE_FILE", reason: "no-worksheet" };
      return { ok: false, path, issue, sheet: found && !found.ok ? found.sheet : undefined, headerRow: found && !found.ok ? found.headerRow : undefined };
    }
    const layout = found.layout;
    return { ok: true, path, bytes, layout, rows: readRows(grid(layout.sheet), layout, fileIndex) };
  } catch (e) {
    if (isReadError(e)) return fail(path, e.reason, e.detail);
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return fail(path, "io", "文件不存在");
    if (code === "EISDIR") return fail(path, "io", "这是一个目录");
    if (code === "EACCES") return fail(path, "io", "没有读取权限");
    // A reader bug must not take the batch down: the file is reported unreadable with what went wrong.
    return fail(path, "bad-xml", e instanceof Error ? e.message : String(e));
  }
}

function fail(path: string, reason: Extract<Issue, { code: "UNREADABLE_FILE" }>["reason"], detail?: string): LoadedFile {
  return { ok: false, path, issue: { code: "UNREADABLE_FILE", reason, detail } };
}
