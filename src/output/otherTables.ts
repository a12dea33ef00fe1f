/**
 * The words for the other sheets of a file that hold an application table too (TableLayout.otherTables): one
 * table a file is checked (MEASURES.md decision 22), and the reviewer is told which were not, wherever the
 * file's results are given (the command line, the page, 审核信息), in one wording.
 */
import type { Lang } from "../engine/catalog/render";

export function otherTablesNote(sheets: readonly string[], lang: Lang): string {
  if (lang === "zh") {
    return `另有工作表${sheets.map((s) => `「${s}」`).join("")}也是申报表，本次未审核（每个文件只审核一张表）：请另存为单独的文件再审核`;
  }
  const named = sheets.map((s) => `"${s}"`).join(", ");
  return sheets.length === 1
    ? `Sheet ${named} also holds an application table and was not checked (one table a file): save it as a file of its own and check that`
    : `Sheets ${named} also hold application tables and were not checked (one table a file): save each as a file of its own and check it`;
}
