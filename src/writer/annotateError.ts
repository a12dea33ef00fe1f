/**
 * Why an annotated copy could not be written: a code with what was found (the place: sheet, cells, part;
 * the limit), put into words by the catalog below in Chinese and English, so the command line and the pane
 * show it in the reader's language.
 */
import type { UnreadableReason } from "../engine/issues";
import { formatCount, formatMegabytes } from "../workbook/limits";
import { readDetailText, type ReadDetail } from "../workbook/readDetail";

export type AnnotateFailure =
  /** The plan's sheet is not in the workbook. */
  | { readonly code: "sheet-missing"; readonly sheet: string }
  /**
   * Result cells would replace something the applicant wrote. `record`: the cells hold lygip's own result
   * headers, but its record of the last check is "missing" or "changed"; none when they are not lygip's.
   */
  | { readonly code: "cell-occupied"; readonly sheet: string; readonly cells: readonly string[]; readonly record?: "missing" | "changed" }
  /** A part is not well-formed XML: the reader's reason and detail. */
  | { readonly code: "part-malformed"; readonly reason: UnreadableReason; readonly found?: ReadDetail }
  /** A part has a shape the writer cannot edit safely; `what` is the part and the element (technical, as found). */
  | { readonly code: "part-shape"; readonly what: string }
  /** The results would go past Excel's last column. */
  | { readonly code: "past-last-column"; readonly sheet: string; readonly column: number; readonly maxCols: number }
  /** The copy would be beyond what lygip itself reads, so it could not be checked again. */
  | { readonly code: "copy-too-large"; readonly maxBytes: number }
  | { readonly code: "copy-too-many-parts"; readonly parts: number; readonly maxEntries: number }
  | { readonly code: "copy-inflates-too-far"; readonly maxBytes: number }
  /**
   * Another program dropped lygip's record, and these result cells hold what a check never writes (a
   * reviewer's words): nothing can be overwritten safely.
   */
  | { readonly code: "cell-reviewed"; readonly sheet: string; readonly cells: readonly string[] }
  /** The copy of this many rows would be more than lygip reads again: reckoned before a byte is written. */
  | { readonly code: "copy-rows-too-large"; readonly sheet: string; readonly rows: number; readonly estimate: number; readonly maxBytes: number; readonly parts: number };

/** The kind of failure, for a caller that only branches on it. */
export type AnnotateProblem = "sheet-missing" | "cell-occupied" | "bad-part" | "limits";

const PROBLEM: Readonly<Record<AnnotateFailure["code"], AnnotateProblem>> = {
  "sheet-missing": "sheet-missing", "cell-occupied": "cell-occupied", "part-malformed": "bad-part", "part-shape": "bad-part",
  "past-last-column": "limits", "copy-too-large": "limits", "copy-too-many-parts": "limits", "copy-inflates-too-far": "limits",
  "cell-reviewed": "cell-occupied", "copy-rows-too-large": "limits",
};

type Words = { readonly [C in AnnotateFailure["code"]]: (f: Extract<AnnotateFailure, { code: C }>) => string };

const cellsZh = (cells: readonly string[]) => cells.slice(0, 5).join("、") + (cells.length > 5 ? ` 等 ${cells.length} 个单元格` : "");
const cellsEn = (cells: readonly string[]) => cells.slice(0, 5).join(", ") + (cells.length > 5 ? ` and ${cells.length - 5} more` : "");

const zh: Words = {
  "sheet-missing": (f) => `工作簿中没有工作表「${f.sheet}」`,
  "cell-occupied": (f) =>
    f.record
      ? `工作表「${f.sheet}」的审核结果列已有内容：${cellsZh(f.cells)}，${f.record === "changed" ? "与 lygip 的审核记录不符（上次审核后被改动过）" : "但工作簿中没有 lygip 的审核记录（可能是其他程序另存时去掉了，或并非 lygip 写入）"}，无法确认不是申报人填写的内容，为免覆盖不予写入。请对原始申报表重新审核，或把这些内容移开后重试`
      : `工作表「${f.sheet}」中审核结果要写入的单元格已有内容：${cellsZh(f.cells)}，为免覆盖申报人填写的内容不予写入。请把这些内容移开后重试`,
  "part-malformed": (f) => `工作簿的部件不是合格的 XML（${f.found ? readDetailText(f.found, "zh") : f.reason}）`,
  "part-shape": (f) => `工作簿的部件结构无法安全修改（${f.what}）`,
  "past-last-column": (f) =>
    `工作表「${f.sheet}」的审核结果需要写到第 ${formatCount(f.column)} 列，超出 Excel 的最后一列 XFD（第 ${formatCount(f.maxCols)} 列）；请删去表格右侧不用的列后重试`,
  "copy-too-large": (f) => `批注副本将超过 ${formatMegabytes(f.maxBytes)}（lygip 自己能读取的上限，写出后无法再审核）`,
  "copy-too-many-parts": (f) =>
    `批注副本需要 ${formatCount(f.parts)} 个部件，超过 lygip 自己能读取的上限 ${formatCount(f.maxEntries)} 个（写出后无法再审核）`,
  "copy-inflates-too-far": (f) => `批注副本解压后将超过 ${formatMegabytes(f.maxBytes)}（lygip 自己能读取的上限）`,
  "cell-reviewed": (f) =>
    `工作表「${f.sheet}」的审核结果列中 ${cellsZh(f.cells)} 的内容不是 lygip 写入的（如复核意见），而工作簿中 lygip 的审核记录已被其他程序另存时去掉，无法确认可以覆盖，不予写入。请把这些内容移到审核结果列以外后重试，或对原始申报表重新审核`,
  "copy-rows-too-large": (f) =>
    `工作表「${f.sheet}」${formatCount(f.rows)} 行的审核结果和说明较多，批注副本解压后约 ${formatMegabytes(f.estimate)}，超过 lygip 自己能再读取的上限 ${formatMegabytes(f.maxBytes)}；请把申报表分成 ${f.parts} 个左右的文件（每个约 ${formatCount(Math.ceil(f.rows / f.parts))} 行）一起审核，每个文件都会有批注副本`,
};

const en: Words = {
  "sheet-missing": (f) => `the workbook has no sheet "${f.sheet}"`,
  "cell-occupied": (f) =>
    f.record
      ? `sheet "${f.sheet}": the result columns hold content (${cellsEn(f.cells)}) that lygip's record of its last check does not vouch for; it may be the applicant's, so it is left as it is. Check the original workbook again, or move that content away`
      : `sheet "${f.sheet}": the cells for the results already hold content (${cellsEn(f.cells)}); it is the applicant's and is left as it is. Move that content away`,
  // The reader's English detail; a detail it gave only in Chinese is left out.
  "part-malformed": (f) => `a part of the workbook is not well-formed XML (${f.found ? readDetailText(f.found, "en") : f.reason})`,
  "part-shape": (f) => `a part of the workbook cannot be edited safely (${f.what})`,
  "past-last-column": (f) => `sheet "${f.sheet}": the results would go to column ${f.column}, past Excel's last column XFD: delete the unused columns to the table's right`,
  "copy-too-large": (f) => `the annotated copy would exceed ${formatMegabytes(f.maxBytes)}, the most lygip itself reads (it could not be checked again)`,
  "copy-too-many-parts": (f) => `the annotated copy would hold ${f.parts} parts, more than the ${f.maxEntries} lygip reads (it could not be checked again)`,
  "copy-inflates-too-far": (f) => `the annotated copy would inflate past ${formatMegabytes(f.maxBytes)}, the most lygip reads`,
  "cell-reviewed": (f) =>
    `sheet "${f.sheet}": ${cellsEn(f.cells)} in the result columns hold content lygip does not write (such as a reviewer's note), and lygip's record was dropped when another program saved the workbook, so nothing is overwritten. Move that content out of the result columns, or check the original workbook again`,
  "copy-rows-too-large": (f) =>
    `sheet "${f.sheet}": the results and notes of ${f.rows} rows would make an annotated copy of about ${formatMegabytes(f.estimate)} inflated, more than the ${formatMegabytes(f.maxBytes)} lygip reads again. Split the table into about ${f.parts} files (about ${Math.ceil(f.rows / f.parts)} rows each) checked together: each gets its copy`,
};

export function annotateFailureText(failure: AnnotateFailure, lang: "zh" | "en"): string {
  return ((lang === "zh" ? zh : en)[failure.code] as (f: AnnotateFailure) => string)(failure);
}

export class AnnotateError extends Error {
  readonly problem: AnnotateProblem;

  constructor(readonly failure: AnnotateFailure) {
    super(`${annotateFailureText(failure, "zh")} / ${annotateFailureText(failure, "en")}`);
    this.name = "AnnotateError";
    this.problem = PROBLEM[failure.code];
  }

  /** The message in Chinese. */
  get zh(): string {
    return annotateFailureText(this.failure, "zh");
  }

  /** The message in English. */
  get en(): string {
    return annotateFailureText(this.failure, "en");
  }
}
