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
    if (read.unclosedLines.length) throw new UsageError(`--history ${inert(path)}${zh ? "：" : ": "}${unclosedQuote(read.unclosedLines, zh)}`);
    grid = read.grid;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`--history ${inert(path)}${zh ? "：" : ": "}${inert(render(unreadableIssue(e), lang))}`);
  }
  const { entries, issues, skipped } = readHistory(grid);
  for (const s of skipped) {
    warn(
      zh
        ? `--history ${inert(path)} 第 ${s.row} 行：${inert(render(s.issue, lang))}，该行不计入本政策的上限，已跳过\n`
        : `--history ${inert(path)} row ${s.row}: ${inert(render(s.issue, lang))}; the row counts toward no limit of this policy and is skipped\n`,
    );
  }
  if (issues.length > 0) {
    const lines = issues.slice(0, 20).map((i) => (zh ? `  第 ${i.row} 行：` : `  row ${i.row}: `) + inert(render(i.issue, lang)));
    const head = zh ? `--history ${inert(path)} 有 ${issues.length} 处无法读取：` : `--history ${inert(path)}: ${issues.length} entries cannot be read:`;
    throw new UsageError(`${head}\n${lines.join("\n")}`);
  }
  // Decision 27: the report says how many entries were left out.
  return { entries, leftOut: skipped.length };
}

/** The lines a quote never closed runs into: each named, from the one it opens on. */
function unclosedQuote(lines: readonly number[], zh: boolean): string {
  const shown = lines.slice(0, 50);
  const more = lines.length > shown.length;
  return zh
    ? `第 ${shown.join("、")}${more ? ` 等 ${lines.length}` : ""} 行无法读取：第 ${lines[0]} 行的引号没有闭合，其后各行都被并入了同一个单元格；请在该行补上引号后再检查`
    : `line${lines.length > 1 ? "s" : ""} ${shown.join(", ")}${more ? ` (${lines.length} in all)` : ""} cannot be read: the quote opened on line ${lines[0]} is never closed, so every line after it runs into one cell; close the quote on that line and check again`;
}
