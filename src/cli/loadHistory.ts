/** `--history FILE`: earlier approvals from a workbook or a CSV. A bad history file is a usage error. */
import { extname } from "node:path";
import { render, type HistoryEntry, type Lang } from "../engine";
import { LIMITS, decodeCsv, hasHistoryHeader, parseCsv, ReadError, readHistory, searchSheets, visibleSheets } from "../workbook";
import { unreadableIssue } from "./loadFile";
import { readRegularFile } from "./regularFile";
import { openWorkbook } from "../workbook/node";
import { UsageError } from "./rates";
import { inert } from "./terminalText";

/**
 * The entries of the history file, and how many rows were left out. A row of a year outside the policy's
 * (before 2025: an approval under the repealed 连政发〔2021〕79号, decision 27) is left out with a line for
 * `warn` (file, row, what was found and what was expected); any other row that cannot be read stops the
 * check, since leaving it out would under-count a cap.
 */
export function loadHistory(
  path: string, lang: Lang = "zh", warn: (line: string) => void = () => {},
): { entries: HistoryEntry[]; leftOut: number } {
  const zh = lang === "zh";
  let grid;
  try {
    const bytes = readRegularFile(path, LIMITS.maxInputBytes);
    if (extname(path).toLowerCase() === ".csv") {
      const csv = parseCsv(decodeCsv(new Uint8Array(bytes)), path);
      if (csv.unreadableLines) throw new UsageError({ code: "HISTORY_UNCLOSED_QUOTE", path, lines: csv.unreadableLines });
      grid = csv;
    } else {
      // Found as the application table is: the first sheet a reviewer sees that has the history's header row.
      const workbook = openWorkbook(new Uint8Array(bytes));
      const sheets = visibleSheets(workbook.sheets);
      if (sheets.length === 0) throw new ReadError("no-worksheet");
      grid = searchSheets(sheets, workbook.readSheet, (g) => (hasHistoryHeader(g) ? g : undefined)) ?? workbook.readSheet(sheets[0]!.name);
    }
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError({ code: "HISTORY_UNREADABLE", path, issue: unreadableIssue(e) });
  }
  const { entries, issues, skipped } = readHistory(grid);
  for (const s of skipped) {
    warn(
      zh
        ? `--history ${inert(path)} 第 ${s.row} 行：${inert(render(s.issue, lang))}，该行不计入本政策的上限，已跳过\n`
        : `--history ${inert(path)} row ${s.row}: ${inert(render(s.issue, lang))}; the row counts toward no limit of this policy and is skipped\n`,
    );
  }
  if (issues.length > 0) throw new UsageError({ code: "HISTORY_ROWS", path, count: issues.length, rows: issues.slice(0, 20) });
  // Decision 27: the report says how many entries were left out.
  return { entries, leftOut: skipped.length };
}
