/**
 * What exactly the reader found in a file it will not read: a code with its parameters (sheet and part names
 * are the user's, quoted), put into words here in Chinese and English. ReadError carries the words of both.
 */
import { formatCount, formatMegabytes } from "./limits";

const ZIP64_ZH = "ZIP64 格式（超过 4 GB 或 65,535 个条目的压缩包）";

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
  | { readonly d: "no-workbook-part" }
  // The zip archive
  | { readonly d: "input-too-large"; readonly bytes: number; readonly max: number }
  | { readonly d: "no-end-record" }
  | { readonly d: "zip64" }
  | { readonly d: "split-zip" }
  | { readonly d: "too-many-entries"; readonly count: number; readonly max: number }
  | { readonly d: "directory-past-end" }
  | { readonly d: "directory-entry-damaged"; readonly index: number }
  | { readonly d: "entry-encrypted"; readonly entry: string }
  | { readonly d: "compression-method"; readonly entry: string; readonly method: number }
  | { readonly d: "duplicate-entry"; readonly entry: string }
  | { readonly d: "unsafe-entry-name"; readonly entry: string }
  | { readonly d: "entry-inflates-past"; readonly entry: string; readonly max: number }
  | { readonly d: "entry-ratio"; readonly entry: string; readonly compressed: number; readonly ratio: number }
  | { readonly d: "entry-past-recorded"; readonly entry: string; readonly recorded: number }
  | { readonly d: "total-inflated"; readonly max: number }
  | { readonly d: "entry-sizes-disagree"; readonly entry: string }
  | { readonly d: "entry-past-end"; readonly entry: string }
  | { readonly d: "entries-overlap" }
  | { readonly d: "local-header-missing"; readonly entry: string }
  | { readonly d: "part-missing"; readonly part: string }
  | { readonly d: "entry-cannot-inflate"; readonly entry: string }
  | { readonly d: "entry-checksum"; readonly entry: string }
  | { readonly d: "part-text-too-long"; readonly part: string };

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
  "input-too-large": (x) => `${formatMegabytes(x.bytes)}，上限 ${formatMegabytes(x.max)}`,
  "no-end-record": () => "找不到 zip 目录结尾记录",
  zip64: () => ZIP64_ZH,
  "split-zip": () => "分卷 zip",
  "too-many-entries": (x) => `${formatCount(x.count)} 个，上限 ${formatCount(x.max)} 个`,
  "directory-past-end": () => "zip 目录超出文件范围",
  "directory-entry-damaged": (x) => `zip 目录第 ${x.index} 项损坏`,
  "entry-encrypted": (x) => `条目 ${x.entry} 已加密`,
  "compression-method": (x) => `条目 ${x.entry} 使用的压缩方式 ${x.method}`,
  "duplicate-entry": (x) => x.entry,
  "unsafe-entry-name": (x) => `压缩包条目名称「${x.entry}」不安全（含 ..、绝对路径、反斜杠或控制字符）`,
  "entry-inflates-past": (x) => `条目 ${x.entry} 解压后超过 ${x.max} 字节`,
  "entry-ratio": (x) => `条目 ${x.entry} 压缩 ${x.compressed} 字节，解压后超过 ${x.ratio} 倍`,
  "entry-past-recorded": (x) => `条目 ${x.entry} 解压后超过它记录的 ${formatCount(x.recorded)} 字节`,
  "total-inflated": (x) => `压缩包各条目解压后合计超过 ${formatMegabytes(x.max)}（本工具的上限，约 15 万行申报表的审核副本）`,
  "entry-sizes-disagree": (x) => `条目 ${x.entry} 的大小记录不一致`,
  "entry-past-end": (x) => `条目 ${x.entry} 超出文件范围`,
  "entries-overlap": () => "压缩包条目相互重叠",
  "local-header-missing": (x) => `条目 ${x.entry} 的本地头缺失`,
  "part-missing": (x) => `缺少部件 ${x.part}`,
  "entry-cannot-inflate": (x) => `条目 ${x.entry} 无法解压`,
  "entry-checksum": (x) => `条目 ${x.entry} 校验失败（文件已损坏）`,
  "part-text-too-long": (x) => `部件 ${x.part} 的文本过长`,
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
  "input-too-large": (x) => `${formatMegabytes(x.bytes)}, limit ${formatMegabytes(x.max)}`,
  "no-end-record": () => "no end-of-central-directory record",
  zip64: () => "ZIP64 (an archive over 4 GB or 65,535 entries)",
  "split-zip": () => "a split (multi-volume) zip",
  "too-many-entries": (x) => `${formatCount(x.count)}, limit ${formatCount(x.max)}`,
  "directory-past-end": () => "the zip directory runs past the end of the file",
  "directory-entry-damaged": (x) => `entry ${x.index} of the zip directory is damaged`,
  "entry-encrypted": (x) => `entry ${x.entry} is encrypted`,
  "compression-method": (x) => `entry ${x.entry} uses compression method ${x.method}`,
  "duplicate-entry": (x) => x.entry,
  "unsafe-entry-name": (x) => `the entry name "${x.entry}" is unsafe (.., an absolute path, a backslash or a control character)`,
  "entry-inflates-past": (x) => `entry ${x.entry} inflates past ${x.max} bytes`,
  "entry-ratio": (x) => `entry ${x.entry} of ${x.compressed} bytes inflates more than ${x.ratio} times`,
  "entry-past-recorded": (x) => `entry ${x.entry} inflates past the ${formatCount(x.recorded)} bytes it records`,
  "total-inflated": (x) => `the entries inflate to more than ${formatMegabytes(x.max)} in all (lygip's limit: the checked copy of about 150,000 application rows)`,
  "entry-sizes-disagree": (x) => `the sizes recorded for entry ${x.entry} disagree`,
  "entry-past-end": (x) => `entry ${x.entry} runs past the end of the file`,
  "entries-overlap": () => "entries of the archive overlap",
  "local-header-missing": (x) => `the local header of entry ${x.entry} is missing`,
  "part-missing": (x) => `part ${x.part} is missing`,
  "entry-cannot-inflate": (x) => `entry ${x.entry} cannot be inflated`,
  "entry-checksum": (x) => `entry ${x.entry} fails its checksum (the file is damaged)`,
  "part-text-too-long": (x) => `the text of part ${x.part} is too long`,
};

export function readDetailText(detail: ReadDetail, lang: "zh" | "en"): string {
  return ((lang === "zh" ? zh : en)[detail.d] as (x: ReadDetail) => string)(detail);
}
