/**
 * A row's message on a value the table has no column for says so (APPLICATION-TABLE.md "Finding the table"):
 * a reviewer told 「数量」 is empty looks for a cell that is not there. A column the table has, left blank on
 * the row, is still an empty cell.
 */
import { checkWorkbooks, gridSource } from "../../src/check";
import { render } from "../../src/engine/catalog";
import type { Issue } from "../../src/engine/issues";
import { grid } from "../workbook/table/helpers";

type Cell = string | number | null;

function issuesOf(head: readonly string[], row: readonly Cell[]): readonly Issue[] {
  const [file] = checkWorkbooks([gridSource([grid("申报表", [head, row])])], { plan: false });
  if (file!.results === undefined) throw new Error(`expected results, got ${JSON.stringify(file!.read)}`);
  return file!.results[0]!.issues;
}
const one = (issues: readonly Issue[], code: Issue["code"], field: string) => {
  const found = issues.find((i) => i.code === code && i.field === field);
  if (found === undefined) throw new Error(`no ${code} on ${field} in ${JSON.stringify(issues.map((i) => i.code))}`);
  return found;
};

const UNIT = "连云港乙科技有限公司";
const CODE = "91320700MA1Y2K3L4X";

describe("a needed column the table does not have", () => {
  it("数量 on a counted item (DATA_IP, per certificate): the table has no 数量 column", () => {
    const issue = one(issuesOf(["单位名称", "统一社会信用代码", "申报年度", "支持事项", "申请金额（元）"], [UNIT, CODE, 2026, "DATA_IP", 1000]), "MISSING_VALUE", "quantity");
    expect(render(issue, "zh")).toBe("「数量」为必填项，但表中没有该列");
    expect(render(issue, "en")).toBe("Quantity is required but the table has no such column");
  });

  it("a 数量 column left blank on the row is still an empty cell", () => {
    const issue = one(issuesOf(["单位名称", "统一社会信用代码", "申报年度", "支持事项", "数量", "申请金额（元）"], [UNIT, CODE, 2026, "DATA_IP", null, 1000]), "MISSING_VALUE", "quantity");
    expect(render(issue, "zh")).toBe("「数量」为必填项，但单元格为空");
  });

  it("计算基数 on a rate item (IP_INSURANCE) and 级别 on a per-level item (IP_ENGINEER)", () => {
    const head = ["单位名称", "统一社会信用代码", "申报年度", "支持事项", "数量", "申请金额（元）"];
    const base = one(issuesOf(head, [UNIT, CODE, 2026, "IP_INSURANCE", null, 1000]), "MISSING_VALUE", "base");
    expect(render(base, "zh")).toBe("「计算基数（元）」为必填项，但表中没有该列");
    const level = one(issuesOf(head, [UNIT, CODE, 2026, "IP_ENGINEER", 1, 3000]), "MISSING_VALUE", "level");
    expect(render(level, "zh")).toBe("「级别」为必填项，但表中没有该列");
  });

  it("no claim column: the eligible amount is taken, and the message says the table has no 申请金额 column", () => {
    const head = ["单位名称", "统一社会信用代码", "申报年度", "支持事项", "数量"];
    const issue = one(issuesOf(head, [UNIT, CODE, 2026, "DATA_IP", 1]), "NO_CLAIM", "claimed");
    expect(render(issue, "zh")).toBe("表中没有申请金额列，按可申请金额 1,000.00 元计");
    expect(render(issue, "en")).toBe("The table has no claim column; the eligible amount 1,000.00 yuan is taken");
  });

  it("申请金额（大写） alone is not a claim column: the message says there is none", () => {
    const head = ["单位名称", "统一社会信用代码", "申报年度", "支持事项", "数量", "申请金额（大写）"];
    const issue = one(issuesOf(head, [UNIT, CODE, 2026, "DATA_IP", 1, "壹仟元整"]), "NO_CLAIM", "claimed");
    expect(render(issue, "zh")).toBe("表中没有申请金额列，按可申请金额 1,000.00 元计");
  });

  it("a claim column left blank on the row is still an unfilled claim", () => {
    const head = ["单位名称", "统一社会信用代码", "申报年度", "支持事项", "数量", "申请金额（元）"];
    const issue = one(issuesOf(head, [UNIT, CODE, 2026, "DATA_IP", 1, null]), "NO_CLAIM", "claimed");
    expect(render(issue, "zh")).toBe("未填写申请金额，按可申请金额 1,000.00 元计");
  });

  it("事项日期 and 统一社会信用代码: the warnings name the missing column, not an unfilled cell", () => {
    const issues = issuesOf(["单位名称", "申报年度", "支持事项", "数量", "申请金额（元）"], [UNIT, 2026, "DATA_IP", 1, 1000]);
    expect(render(one(issues, "NO_EVENT_DATE", "eventDate"), "zh")).toBe("表中没有事项日期列，无法确认是否在政策有效期内");
    expect(render(one(issues, "NO_EVENT_DATE", "eventDate"), "en")).toBe("The table has no event date column");
    expect(render(one(issues, "NO_CREDIT_CODE", "creditCode"), "zh")).toBe("表中没有统一社会信用代码列；按单位名称识别单位");
    expect(render(one(issues, "NO_CREDIT_CODE", "creditCode"), "en")).toBe("The table has no credit code column; the unit is identified by its name");
  });

  it("任职起始日期 on a talent item and 结果/状态 on an event condition", () => {
    const head = ["单位名称", "统一社会信用代码", "申报年度", "支持事项", "数量", "计算基数（元）", "申请金额（元）", "事项日期"];
    const start = one(issuesOf(head, [UNIT, CODE, 2026, "PATENT_ATTORNEY", 1, null, 6000, "2026-03-01"]), "NO_START_DATE", "startDate");
    expect(render(start, "zh")).toBe("表中没有任职起始日期列，无法确认是否连续工作满一年");
    const outcome = one(issuesOf(head, [UNIT, CODE, 2026, "ENFORCEMENT_DOMESTIC", null, 100000, 30000, "2026-03-01"]), "CONDITION_UNSTATED", "outcome");
    expect(render(outcome, "zh")).toMatch(/^表中没有结果\/状态列，无法确认条件「/);
    expect(render(outcome, "en")).toMatch(/^The table has no outcome column, so the clause's condition /);
  });

  it("the same warnings on a blank cell in a column the table has are as before", () => {
    const head = ["单位名称", "统一社会信用代码", "申报年度", "支持事项", "数量", "申请金额（元）", "事项日期", "结果/状态"];
    const issues = issuesOf(head, [UNIT, null, 2026, "ENFORCEMENT_DOMESTIC", null, 30000, null, null]);
    expect(render(one(issues, "NO_EVENT_DATE", "eventDate"), "zh")).toBe("未填写事项日期，无法确认是否在政策有效期内");
    expect(render(one(issues, "NO_CREDIT_CODE", "creditCode"), "zh")).toBe("未填写统一社会信用代码；按单位名称识别单位");
    expect(render(one(issues, "CONDITION_UNSTATED", "outcome"), "zh")).toMatch(/^未填写结果\/状态，无法确认条件「/);
  });
});
