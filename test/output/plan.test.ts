import { rowText } from "../../src/engine/catalog";
import { RESULT_HEADERS } from "../../src/engine/columns";
import type { ExplainStep } from "../../src/engine/explain";
import type { Issue } from "../../src/engine/issues";
import { sheetRef } from "../../src/output/cellRef";
import { planAnnotation } from "../../src/output/plan";
import { layoutOf, result } from "./fixtures";

// unit=A, year=B, item=C, claimed=D; no event-date column.
const layout = layoutOf(["unit", "year", "item", "claimed"], { dataRows: [2, 3, 4] });

/** A pledge-loan calculation as the engine gives it (amounts in 分): 180000.00 or 140000.00 of interest, 30%. */
const loanStep = (months: number, fees: number | null): ExplainStep => ({
  kind: "loan", rate: "0.3", interest: months === 18 ? 18_000_000 : 14_000_000, months, countedMonths: 12, maxMonths: 12,
  monthsBefore: 0, countedInterest: months === 18 ? 12_000_000 : 14_000_000, fees, result: 4_200_000,
});

const noEventDate: Issue = { code: "NO_EVENT_DATE", field: "eventDate", clause: "（七）" };
const overEligible: Issue = { code: "OVER_ELIGIBLE", field: "claimed", clause: "（七）", claimed: 5_000_000, eligible: 4_200_000 };
const noClaim: Issue = { code: "NO_CLAIM", field: "claimed", clause: "（七）", eligible: 4_200_000 };
const unknownItem: Issue = { code: "UNKNOWN_ITEM", field: "item", found: "=质押", closest: ["知识产权质押融资贴息"] };

describe("planAnnotation: result columns", () => {
  const plan = planAnnotation(layout, [
    result({ row: 2, item: "PLEDGE_LOAN", claimed: "42000.00", approvable: "42000.00" }),
    result({ row: 3, item: "PLEDGE_LOAN", claimed: null, approvable: "42000.00", issues: [noClaim] }),
    result({ row: 4, item: "PLEDGE_LOAN", claimed: "50000.10", approvable: "42000.00", excess: "8000.10", issues: [noEventDate, overEligible] }),
  ]);

  it("places them where the layout says, under the product's six headers", () => {
    expect(plan.sheet).toBe("申报表");
    expect(plan.headerRow).toBe(1);
    expect(plan.resultCol).toBe(4);
    expect(plan.resultHeaders).toEqual([...RESULT_HEADERS]);
    expect(plan.resultHeaders).toEqual(["审核结论", "可核定金额（元）", "待核实金额（元）", "核减金额（元）", "审核说明", "条款"]);
    expect(plan.moneyColumns).toEqual([1, 2, 3]);
    expect(plan.resultRows.map((r) => r.row)).toEqual([2, 3, 4]);
  });

  it("writes 审核结论, not the severity: a row with a warning is 通过, an over-claim kept at its capped amount is 核减", () => {
    expect(plan.resultRows.map((r) => r.values[0])).toEqual(["通过", "通过", "核减"]);
    expect(plan.resultRows.map((r) => r.verdict)).toEqual(["approved", "approved", "reduced"]);
  });

  it("writes approvable, pending and 核减 as numbers, exact to the 分", () => {
    expect(plan.resultRows[2].values[1]).toBe(42000);
    expect(plan.resultRows[2].values[2]).toBe(0);
    expect(plan.resultRows[2].values[3]).toBe(8000.1);
    expect(typeof plan.resultRows[0].values[3]).toBe("number");
  });

  it("writes 不予支持 and 待核实 with their amounts: a refused row's claim all 核减, a pending row's amount 待核实", () => {
    const more = planAnnotation(layout, [
      result({ row: 2, item: null, typedItem: "？", claimed: "1000.00", approvable: "0", excess: "1000.00", issues: [unknownItem] }),
      result({ row: 3, item: "GI", claimed: "60000.00", approvable: "0", pending: "60000.00", verdict: "review" }),
    ]);
    expect(more.resultRows.map((r) => r.values.slice(0, 4))).toEqual([["不予支持", 0, 0, 1000], ["待核实", 0, 60000, 0]]);
  });

  it("joins every message of the row, in Chinese, including those whose column is absent; a cut row's verdict and reason first", () => {
    expect(plan.resultRows[2].values[4]).toBe("核减 8,000.10 元，核定 42,000.00 元：申请金额 50,000.00 元超过可申请金额 42,000.00 元。提示：未填写事项日期，无法确认是否在政策有效期内");
    // An approved row with no calculation and no message still says its verdict and amount.
    expect(plan.resultRows[0].values[4]).toBe("通过，核定 42,000.00 元");
  });

  it("puts the row's calculation before its messages, so every figure says how it was reached", () => {
    const explained = planAnnotation(layout, [
      result({ row: 2, item: "PLEDGE_LOAN", approvable: "42000", explain: [loanStep(18, 2_000_000)] }),
      result({ row: 3, item: "PLEDGE_LOAN", approvable: "42000", explain: [loanStep(12, null)], issues: [noEventDate] }),
    ]);
    expect(explained.resultRows[0].values[4]).toBe("通过，核定 42,000.00 元。计算：利息最多计 12 个月：贷款利息 180,000.00 元 × 12/18 = 120,000.00 元；(120,000.00 元 + 评估等服务费 20,000.00 元) × 30% = 42,000.00 元");
    expect(explained.resultRows[1].values[4]).toBe("通过，核定 42,000.00 元。计算：(贷款利息 140,000.00 元) × 30% = 42,000.00 元。提示：未填写事项日期，无法确认是否在政策有效期内");
  });

  it("starts a cut row's 审核说明 with its verdict and the reason, then the calculation, then its warnings", () => {
    const refused = planAnnotation(layout, [
      result({
        row: 2, item: "PLEDGE_LOAN", claimed: "50000.00", approvable: "42000", excess: "8000",
        explain: [loanStep(12, null)], issues: [noEventDate, overEligible],
      }),
    ]);
    expect(refused.resultRows[0].values[4]).toBe(
      "核减 8,000.00 元，核定 42,000.00 元：申请金额 50,000.00 元超过可申请金额 42,000.00 元。计算：(贷款利息 140,000.00 元) × 30% = 42,000.00 元。提示：未填写事项日期，无法确认是否在政策有效期内",
    );
  });

  it("writes the catalog's rowText as 审核说明: one ordering of a row's text for every host", () => {
    const rows = [
      result({ row: 2, item: "PLEDGE_LOAN", claimed: "42000.00", approvable: "42000.00", explain: [loanStep(18, 2_000_000)] }),
      result({ row: 3, item: "PLEDGE_LOAN", claimed: null, approvable: "42000.00", explain: [loanStep(12, null)], issues: [noClaim] }),
      result({ row: 4, item: "PLEDGE_LOAN", claimed: "50000.00", approvable: "42000", excess: "8000", explain: [loanStep(12, null)], issues: [noEventDate, overEligible] }),
    ];
    const written = planAnnotation(layout, rows).resultRows.map((r) => r.values[4]);
    expect(written).toEqual(rows.map((r) => rowText(r, "zh")));
    // The cut row begins with its verdict, then its reason.
    expect(written[2]).toMatch(/^核减 8,000\.00 元，核定 42,000\.00 元：申请金额 50,000\.00 元超过可申请金额 42,000\.00 元。/);
  });

  it("gives the item's clause, or nothing when the item was not recognised", () => {
    expect(plan.resultRows[0].values[5]).toBe("（七）");
    const unknown = planAnnotation(layout, [result({ row: 2, item: null, typedItem: "=质押", issues: [unknownItem] })]);
    expect(unknown.resultRows[0].values[5]).toBe("");
  });

  it("keeps only the chosen file's rows when a batch is passed", () => {
    const batch = [result({ row: 2, file: 0, item: "GI" }), result({ row: 2, file: 1, item: "GI" }), result({ row: 3, file: 1, item: "GI" })];
    expect(planAnnotation(layout, batch, { file: 1 }).resultRows).toHaveLength(2);
  });
});

describe("planAnnotation: marks", () => {
  it("marks only cells whose column the table has: no 事项日期 column, no mark for NO_EVENT_DATE", () => {
    const plan = planAnnotation(layout, [result({ row: 4, item: "PLEDGE_LOAN", issues: [noEventDate, overEligible] })]);
    expect(plan.marks).toEqual([
      { row: 4, col: 3, severity: "error", note: "lygip 审核：申请金额 50,000.00 元超过可申请金额 42,000.00 元（第（七）条）" },
    ]);
  });

  it("joins several messages on one cell into one mark, notes one per line, severity the worst", () => {
    const cap: Issue = {
      code: "CAP_EXCEEDED", field: "claimed", clause: "（七）", cap: 50_000_000, used: 48_000_000, left: 2_000_000,
      holder: "企业", holderEn: "enterprise", year: 2026,
    };
    const plan = planAnnotation(layout, [result({ row: 3, item: "PLEDGE_LOAN", issues: [noClaim, cap] })]);
    expect(plan.marks).toHaveLength(1);
    expect(plan.marks[0].severity).toBe("error");
    expect(plan.marks[0].note.split("\n")).toEqual([
      "lygip 审核：未填写申请金额，按可申请金额 42,000.00 元计（第（七）条）",
      "lygip 审核：同一企业 2026 年度上限 500,000.00 元：此前已核定 480,000.00 元，本行最多可核定 20,000.00 元，其余核减（第（七）条）",
    ]);
  });

  it("a warning alone gives a warning mark", () => {
    const plan = planAnnotation(layout, [result({ row: 3, item: "PLEDGE_LOAN", issues: [noClaim] })]);
    expect(plan.marks[0].severity).toBe("warning");
  });

  it("a message citing no clause has no clause in its note", () => {
    const plan = planAnnotation(layout, [result({ row: 2, item: null, issues: [unknownItem] })]);
    expect(plan.marks[0]).toMatchObject({ row: 2, col: 2, note: "lygip 审核：无法识别支持事项「=质押」；最接近的是：「知识产权质押融资贴息」" });
  });

  it("writes the notes in English when asked", () => {
    const plan = planAnnotation(layout, [result({ row: 4, item: "PLEDGE_LOAN", issues: [overEligible] })], { lang: "en" });
    expect(plan.marks[0].note).toMatch(/^lygip check: .*50,000\.00 yuan.*42,000\.00 yuan.* \(clause \(7\)\)$/);
  });

  it("orders marks by row, then column", () => {
    const plan = planAnnotation(layout, [
      result({ row: 4, item: "PLEDGE_LOAN", issues: [overEligible] }),
      result({ row: 2, item: null, issues: [overEligible, unknownItem] }),
    ]);
    expect(plan.marks.map((k) => [k.row, k.col])).toEqual([[2, 2], [2, 3], [4, 3]]);
  });
});

describe("planAnnotation: 问题清单", () => {
  const plan = planAnnotation(layout, [
    result({ row: 2, item: "PLEDGE_LOAN", unit: "=HYPERLINK(\"http://evil\")" }),
    result({ row: 4, item: "PLEDGE_LOAN", issues: [noEventDate, overEligible] }),
  ]);
  const rows = plan.issueSheet.rows;

  it("has the header row, then one row per message", () => {
    expect(plan.issueSheet.name).toBe("问题清单");
    expect(rows[0].values).toEqual(["序号", "行号", "单元格", "单位名称", "支持事项", "严重程度", "代码", "条款", "说明"]);
    expect(rows).toHaveLength(3);
  });

  it("is in the report's language only: no English column in Chinese, no Chinese words in English", () => {
    expect(rows.flatMap((r) => r.values).some((v) => typeof v === "string" && /yuan/.test(v))).toBe(false);
    const en = planAnnotation(layout, [result({ row: 4, item: "PLEDGE_LOAN", issues: [noEventDate, overEligible] })], { lang: "en" }).issueSheet.rows;
    expect(en[0].values).toEqual(["No.", "Row", "Cell", "Unit", "Item", "Severity", "Code", "Clause", "Message"]);
    expect(en[2].values.slice(5, 8)).toEqual(["error", "OVER_ELIGIBLE", "(7)"]);
    expect(en[2].values[8]).toMatch(/50,000\.00 yuan/);
    expect(en[1].values[2]).toBe('A4 (no "事项日期" column)');
  });

  it("wraps 单元格, 单位名称, 支持事项 and 说明 within their columns, a row as tall as its longest wrapped text", () => {
    expect(plan.issueSheet.wrapColumns).toEqual([2, 3, 4, 8]);
    // The item's name, 22 characters (44 wide), takes three lines of an 18-wide column.
    expect(rows[2].height).toBe(48);
  });

  it("links a message to its cell", () => {
    expect(rows[2].values.slice(0, 8)).toEqual([2, 4, "D4", "连云港某某科技有限公司", "知识产权质押融资贷款利息及评估等服务费用补助", "错误", "OVER_ELIGIBLE", "（七）"]);
    expect(rows[2].link).toEqual({ col: 2, sheet: "申报表", cell: "D4" });
    expect(rows[2].values[8]).toMatch(/50,000\.00 元/);
  });

  it("links a message whose column is absent to the row's first cell and says the column is missing", () => {
    expect(rows[1].values[2]).toBe("A4（无「事项日期」列）");
    expect(rows[1].values[5]).toBe("警告");
    expect(rows[1].link).toEqual({ col: 2, sheet: "申报表", cell: "A4" });
  });

  it("quotes the sheet name in a reference, doubling a quote inside it", () => {
    expect(sheetRef("申报表", "C5")).toBe("'申报表'!C5");
    expect(sheetRef("O'Brien 表", "C5")).toBe("'O''Brien 表'!C5");
  });

  it("carries a formula-like unit name verbatim as text (the writers keep it from being evaluated)", () => {
    const withIssue = planAnnotation(layout, [result({ row: 2, item: "PLEDGE_LOAN", unit: "=HYPERLINK(\"x\")", issues: [overEligible] })]);
    expect(withIssue.issueSheet.rows[1].values[3]).toBe("=HYPERLINK(\"x\")");
  });
});
