/**
 * One file's entry in the JSON report (REPORT.md, schema 1), whichever host checked it: the command line
 * and the browser page write the same entry from the same results.
 */
import {
  render, rowJson, summarise, totalsJson, type FileJson, type FileNameOf, type Issue, type Lang, type RowJson, type RowResult,
} from "../engine";
import type { TableLayout } from "../workbook";

/** A file that could not be checked: where its table was found, if it was, and why it stopped. */
export function unreadableFileJson(
  path: string, issue: Issue, lang: Lang, where: { readonly sheet?: string; readonly headerRow?: number } = {},
): FileJson {
  return {
    path, sheet: where.sheet ?? null, headerRow: where.headerRow ?? null, output: null,
    error: { code: issue.code, message: render(issue, lang) }, rows: [],
    totals: totalsJson(1, summarise([])),
  };
}

/**
 * A checked file: its rows' results, and its copy's name (null: none written). `rows`, when given, stands
 * for the rows (a host that writes them as it makes them, rowsJsonOf, gives an empty array to hold their place).
 */
export function checkedFileJson(
  path: string, layout: TableLayout, results: readonly RowResult[], output: string | null, fileNameOf: FileNameOf, rows?: RowJson[],
): FileJson {
  return {
    path, sheet: layout.sheet, headerRow: layout.headerRow, output, error: null,
    rows: rows ?? [...rowsJsonOf(layout, results, fileNameOf)],
    totals: totalsJson(1, summarise(results)),
    ...(layout.otherTables?.length ? { otherTables: [...layout.otherTables] } : {}),
  };
}

/** A checked file's rows as the report gives them, each made when it is asked for. */
export function* rowsJsonOf(layout: TableLayout, results: readonly RowResult[], fileNameOf: FileNameOf): Generator<RowJson> {
  const headerOf = (field: Parameters<typeof layout.columns.get>[0]) => layout.columns.get(field)?.header;
  for (const r of results) yield rowJson(r, headerOf, fileNameOf);
}
