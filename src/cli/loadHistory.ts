/** `--history FILE`: earlier approvals from a workbook or a CSV. A bad history file is a usage error. */
import { extname } from "node:path";
import { render, type HistoryEntry, type Lang } from "../engine";
import { LIMITS, decodeCsv, isReadError, parseCsv, readHistory } from "../workbook";
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
    if (extname(path).toLowerCase() === ".csv") grid = parseCsv(decodeCsv(new Uint8Array(bytes)), path);
    else {
      const workbook = openWorkbook(new Uint8Array(bytes));
      grid = workbook.readSheet(workbook.sheets[0].name);
    }
  } catch (e) {
    if (isReadError(e)) throw new UsageError(`--history ${inert(path)}${zh ? "：" : ": "}${render({ code: "UNREADABLE_FILE", reason: e.reason, detail: e.detail, detailEn: e.detailEn }, lang)}`);
    throw new UsageError(`--history ${inert(path)}${zh ? `：无法读取（${inert((e as Error).message)}）` : `: cannot be read (${inert((e as Error).message)})`}`);
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
