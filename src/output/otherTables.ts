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

/** The short form the signed 审核意见表 and 汇总 give beside the file's name: 「另有工作表「商标」未审核」. */
export function otherTablesShort(sheets: readonly string[]): string {
  return `另有工作表${sheets.map((s) => `「${s}」`).join("")}未审核`;
}

/**
 * A file as the batch's paper names it (审核意见表's 审核范围, 汇总's 申报文件): its name, and what of it was not
 * checked — the whole file where it could not be read, or its other tables.
 */
export function paperFileLabel(file: { readonly name: string; readonly error?: string; readonly otherTables?: readonly string[] }): string {
  if (file.error !== undefined) return `${file.name}（未能读取，未审核）`;
  return file.otherTables?.length ? `${file.name}（${otherTablesShort(file.otherTables)}）` : file.name;
}
