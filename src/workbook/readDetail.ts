/**
 * What exactly the reader found in a file it will not read: a code with its parameters (sheet and part names
 * are the user's, quoted), put into words here in Chinese and English. ReadError carries the words of both.
 */
import { formatCount } from "./limits";

export type ReadDetail =
  | { readonly d: "row-beyond-grid"; readonly sheet: string; readonly found: string; readonly maxRows: number }
  | { readonly d: "column-beyond-grid"; readonly sheet: string; readonly found: string; readonly lastColumn: string; readonly maxCols: number }
  | { readonly d: "bad-cell-address"; readonly sheet: string; readonly found: string }
  | { readonly d: "cell-out-of-order"; readonly sheet: string; readonly cell: string }
  | { readonly d: "too-many-cells"; readonly maxCells: number }
  | { readonly d: "bad-row-number"; readonly sheet: string; readonly found: string }
  | { readonly d: "row-out-of-order"; readonly sheet: string; readonly row: number }
  | { readonly d: "too-many-merges"; readonly sheet: string; readonly max: number }
  | { readonly d: "too-many-sheet-rows"; readonly sheet: string; readonly row: number; readonly maxSheetRows: number; readonly maxTableRows: number }
  | { readonly d: "merges-too-large"; readonly sheet: string; readonly maxCells: number }
  | { readonly d: "too-many-styles"; readonly part: string; readonly style: string; readonly max: number }
  | { readonly d: "relationship-incomplete"; readonly part: string }
  | { readonly d: "no-such-sheet"; readonly sheet: string }
  | { readonly d: "sheet-content-missing"; readonly sheet: string }
  | { readonly d: "no-workbook-part" };

type Words = { readonly [D in ReadDetail["d"]]: (x: Extract<ReadDetail, { d: D }>) => string };

const zh: Words = {
  "row-beyond-grid": (x) => `工作表「${x.sheet}」的行号「${x.found}」超过 Excel 的最后一行 ${formatCount(x.maxRows)}`,
  "column-beyond-grid": (x) => `工作表「${x.sheet}」的单元格「${x.found}」超过 Excel 的最后一列 ${x.lastColumn}（第 ${formatCount(x.maxCols)} 列）`,
  "bad-cell-address": (x) => `工作表「${x.sheet}」的单元格地址「${x.found}」无法识别`,
  "cell-out-of-order": (x) => `工作表「${x.sheet}」的单元格 ${x.cell} 重复出现或次序颠倒（Excel 会认为文件已损坏）`,
  "too-many-cells": (x) => `单元格超过 ${formatCount(x.maxCells)} 个（本工具的上限）`,
  "bad-row-number": (x) => `工作表「${x.sheet}」的行号「${x.found}」无法识别`,
  "row-out-of-order": (x) => `工作表「${x.sheet}」第 ${x.row} 行重复出现或次序颠倒（Excel 会认为文件已损坏）`,
  "too-many-merges": (x) => `工作表「${x.sheet}」的合并单元格超过 ${x.max} 个`,
  "too-many-sheet-rows": (x) =>
    `工作表「${x.sheet}」到第 ${formatCount(x.row)} 行已有超过 ${formatCount(x.maxSheetRows)} 行内容，超过申报表的上限（${formatCount(x.maxTableRows)} 行数据）；请分成几个文件一起审核`,
  "merges-too-large": (x) => `工作表「${x.sheet}」的合并区域共超过 ${x.maxCells} 个单元格`,
  "too-many-styles": (x) => `${x.part} 的「${x.style}」等样式超过 ${formatCount(x.max)} 个（Excel 的上限）`,
  "relationship-incomplete": (x) => `${x.part} 中的关系缺少 Id 或 Target`,
  "no-such-sheet": (x) => `没有名为「${x.sheet}」的工作表`,
  "sheet-content-missing": (x) => `工作表「${x.sheet}」的内容缺失`,
  "no-workbook-part": () => "压缩包中没有 Excel 工作簿部件（xl/workbook.xml）",
};

const en: Words = {
  "row-beyond-grid": (x) => `row number "${x.found}" of sheet "${x.sheet}" is beyond Excel's last row ${formatCount(x.maxRows)}`,
  "column-beyond-grid": (x) => `cell "${x.found}" of sheet "${x.sheet}" is beyond Excel's last column ${x.lastColumn} (column ${formatCount(x.maxCols)})`,
  "bad-cell-address": (x) => `cell address "${x.found}" of sheet "${x.sheet}" cannot be read`,
  "cell-out-of-order": (x) => `cell ${x.cell} of sheet "${x.sheet}" is repeated or out of order (Excel would call the file damaged)`,
  "too-many-cells": (x) => `more than ${formatCount(x.maxCells)} cells (lygip's limit)`,
  "bad-row-number": (x) => `row number "${x.found}" of sheet "${x.sheet}" cannot be read`,
  "row-out-of-order": (x) => `row ${x.row} of sheet "${x.sheet}" is repeated or out of order (Excel would call the file damaged)`,
  "too-many-merges": (x) => `sheet "${x.sheet}" has more than ${x.max} merged ranges`,
  "too-many-sheet-rows": (x) =>
    `sheet "${x.sheet}" has more than ${formatCount(x.maxSheetRows)} rows with content by row ${formatCount(x.row)}, beyond the table limit (${formatCount(x.maxTableRows)} data rows); split it into several files checked together`,
  "merges-too-large": (x) => `the merged ranges of sheet "${x.sheet}" cover more than ${x.maxCells} cells`,
  "too-many-styles": (x) => `${x.part} has more than ${formatCount(x.max)} styles such as "${x.style}" (Excel's limit)`,
  "relationship-incomplete": (x) => `a relationship in ${x.part} has no Id or Target`,
  "no-such-sheet": (x) => `no sheet named "${x.sheet}"`,
  "sheet-content-missing": (x) => `the content of sheet "${x.sheet}" is missing`,
  "no-workbook-part": () => "the archive has no Excel workbook part (xl/workbook.xml)",
};

export function readDetailText(detail: ReadDetail, lang: "zh" | "en"): string {
  return ((lang === "zh" ? zh : en)[detail.d] as (x: ReadDetail) => string)(detail);
}
