/**
 * Errors of a worksheet function speak of its arguments, not of cells: a formula's argument may be a
 * constant, another formula or a cell anywhere, so "单元格为空" would send the clerk looking in the wrong
 * place. The argument is named as the zh-CN metadata names the parameter (metadata.zh-CN.json), so the
 * message matches what Excel's formula tooltip shows.
 */
import { citeClause, render, templateHeader, type FieldKey, type Issue } from "../engine";

/** The Chinese parameter name of each argument a function reads, by the engine field it feeds. */
export type ArgNames = Readonly<Partial<Record<FieldKey, string>>>;

/** IPAWARD's and EXPLAIN's parameters, in the template's column order. */
export const AWARD_ARGS: ArgNames = {
  item: "支持事项", level: "级别", quantity: "数量", base: "计算基数", months: "贷款期限", fees: "服务费", rate: "补助比例",
};
export const LOAN_ARGS: ArgNames = { base: "贷款利息", months: "贷款期限", fees: "服务费", rate: "补助比例" };

/** One issue as a function's error message, naming the argument where the issue is about one. */
export function argMessage(issue: Issue, names: ArgNames): string {
  const field = "field" in issue ? (issue.field as FieldKey | undefined) : undefined;
  const name = field ? names[field] : undefined;
  if (!field || !name) return render(issue, "zh");
  if (issue.code === "MISSING_VALUE") return `参数「${name}」为必填项，但未填写`;
  // The table's message goes on to say the row is computed at the maximum; a function computes nothing (#VALUE!).
  if (issue.code === "RATE_ABOVE_MAX") {
    const limit = issue.source === "setting" ? `高于本年度执行的比例 ${issue.max}` : `超过${issue.clause ? citeClause(issue.clause, "zh") : "条款"}规定的最高比例 ${issue.max}`;
    return `参数「${name}」为 ${issue.rate}，${limit}`;
  }
  // The catalog names the table's column first (「计算基数（元）」填写为…); a function names its argument instead.
  const text = render(issue, "zh");
  const column = `「${templateHeader(field)}」`;
  return text.startsWith(column) ? `参数「${name}」${text.slice(column.length)}` : text;
}
