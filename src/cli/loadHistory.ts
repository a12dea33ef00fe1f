/** `--history FILE`: earlier approvals from a workbook or a CSV. A bad history file is a usage error. */
import { render, type HistoryEntry, type Lang } from "../engine";
import { LIMITS, readHistory } from "../workbook";
import { historyGridOf } from "../check";
import { unreadableIssue } from "./loadFile";
import { readRegularFile } from "./regularFile";
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
    const read = historyGridOf(new Uint8Array(readRegularFile(path, LIMITS.maxInputBytes)), path);
    if (read.unclosedLines.length) throw new UsageError({ code: "HISTORY_UNCLOSED_QUOTE", path, lines: read.unclosedLines });
    grid = read.grid;
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
