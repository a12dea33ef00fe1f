/**
 * What the pane says when it cannot check: each problem in Chinese and English, naming what was found and
 * what was expected. Nothing is written to the workbook when one of these is shown.
 */
import { citeClause, render, type Issue } from "../../engine";
import { RATE_SETTINGS } from "./settings";

export type PaneProblem =
  | { readonly code: "NO_TABLE" }
  | { readonly code: "MISSING_COLUMN"; readonly columns: readonly string[]; readonly sheet: string; readonly headerRow: number }
  | { readonly code: "REQUIREMENTS"; readonly set: string; readonly version: string }
  | { readonly code: "RESULT_AREA_TAKEN"; readonly sheet: string; readonly cell: string; readonly found: string; readonly record?: "missing" | "changed" }
  | { readonly code: "BAD_RATE"; readonly itemCode: string; readonly item: string; readonly found: string; readonly max: string }
  | { readonly code: "NO_ROWS"; readonly sheet: string }
  /** The table's sheet is protected: Excel would refuse the result columns, marks and notes. */
  | { readonly code: "PROTECTED"; readonly sheet: string }
  /** The table was found but cannot be read (two columns for one field, more rows than the limit): the check's own message. */
  | { readonly code: "TABLE"; readonly issue: Issue }
  | { readonly code: "HISTORY"; readonly sheet: string; readonly detail: string }
  | { readonly code: "EXCEL"; readonly detail: string };

export function problemText(p: PaneProblem, lang: "zh" | "en"): string {
  const zh = lang === "zh";
  switch (p.code) {
    case "NO_TABLE":
      return zh
        ? "未找到申报表：没有 Excel 表格，前 20 行中也没有含至少三个可识别表头（如 单位名称、申报年度、支持事项）的行。可点击「插入申报模板」。"
        : "No application table: no Excel table, and no row in the first 20 with at least three known headers (such as 单位名称, 申报年度, 支持事项). Try “Insert template”.";
    case "MISSING_COLUMN":
      return zh
        ? `工作表「${p.sheet}」第 ${p.headerRow} 行的表头缺少必填列：${p.columns.join("、")}。请添加该列，或在下方为某一列选择对应字段。未写入任何内容。`
        : `The header row (sheet “${p.sheet}”, row ${p.headerRow}) lacks required column(s): ${p.columns.join(", ")}. Add it, or map a column to it below. Nothing was written.`;
    case "REQUIREMENTS":
      return zh
        ? `此版本的 Excel 不支持 ${p.set} ${p.version}，无法写入审核结果。请使用 Microsoft 365 或更新的 Excel。`
        : `This Excel does not support ${p.set} ${p.version}, which the check needs to write its results. Use Microsoft 365 or a newer Excel.`;
    case "RESULT_AREA_TAKEN":
      if (p.record === "changed") {
        // The cell named is one a person changed since the check wrote it (resultCellsVerdict).
        return zh
          ? `审核结果列中的单元格 ${p.sheet}!${p.cell}（现为「${p.found}」）自上次审核后被改动过，与本工具的审核记录不符，无法确认其中没有别人填写的内容。若是之前审核的结果：先把要保留的文字移出这些列，点「清除审核结果」，再点「检查」；若是别人的数据：请移走，或在表格与其之间留出六列。未写入任何内容。`
          : `The result cell ${p.sheet}!${p.cell} (now “${p.found}”) was edited since the last check and no longer matches this tool's record of it, so this tool cannot be sure nobody else wrote in the result columns. If they are an earlier check's results: move any words to keep out of them, press Clear results, then check again. If they are someone's data: move it, or leave six free columns. Nothing was written.`;
      }
      if (p.record) {
        return zh
          ? `${p.sheet}!${p.cell} 起的列带有审核结果的表头，但工作簿中没有本工具的审核记录（可能由旧版本审核，或被其他程序另存时去掉，也可能是别人自己的列），无法确认其中没有别人填写的内容。若是之前审核的结果：先把要保留的文字移出这些列，点「清除审核结果」，再点「检查」；若是别人的数据：请移走，或在表格与其之间留出六列。未写入任何内容。`
          : `The columns from ${p.sheet}!${p.cell} carry the result headers, but the workbook carries no record of a check (an earlier version checked it, another program dropped the record when saving, or they are someone's own columns), so this tool cannot be sure nobody else wrote in them. If they are an earlier check's results: move any words to keep out of them, press Clear results, then check again. If they are someone's data: move it, or leave six free columns. Nothing was written.`;
      }
      return zh
        ? `审核结果列将写在表格右侧，但单元格 ${p.sheet}!${p.cell} 已有内容「${p.found}」（不是本工具写入的）。请移走该处数据，或在表格与其之间留出六列。未写入任何内容。`
        : `The result columns go to the right of the table, but cell ${p.sheet}!${p.cell} holds “${p.found}”, which this tool did not write. Move it, or leave six free columns. Nothing was written.`;
    case "BAD_RATE": {
      const setting = RATE_SETTINGS.find((s) => s.code === p.itemCode);
      const item = setting && !zh ? `${setting.nameEn} (${citeClause(setting.clause, "en")})` : p.item;
      return zh
        ? `「${item}」的比例「${p.found}」无效：应为大于 0、不超过 ${p.max} 的比例，如 25% 或 0.25。`
        : `The rate “${p.found}” for ${item} is not valid: expected a rate above 0 and at most ${p.max}, such as 25% or 0.25.`;
    }
    case "NO_ROWS":
      return zh ? `工作表「${p.sheet}」的申报表没有数据行。` : `The table on sheet “${p.sheet}” has no data rows.`;
    case "PROTECTED":
      return zh
        ? `工作表「${p.sheet}」受保护，无法写入审核结果。请先点「审阅 › 撤销工作表保护」，再点「检查」；审核后可再保护。未写入任何内容。`
        : `Sheet “${p.sheet}” is protected, so the results cannot be written. Unprotect it (Review › Unprotect Sheet) and check again; protect it again afterwards if you wish. Nothing was written.`;
    case "TABLE":
      return zh ? `申报表无法审核：${render(p.issue, "zh")}。未写入任何内容。` : `The table cannot be checked: ${render(p.issue, "en")}. Nothing was written.`;
    case "HISTORY":
      return zh ? `以往核定记录工作表「${p.sheet}」无法读取：${p.detail}` : `The history sheet “${p.sheet}” could not be read: ${p.detail}`;
    case "EXCEL":
      return zh ? `Excel 报告错误：${p.detail}。工作簿未被修改。` : `Excel reported an error: ${p.detail}. The workbook was not changed.`;
  }
}
