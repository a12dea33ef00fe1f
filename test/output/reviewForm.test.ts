/**
 * 审核意见表 (REPORT.md rev. 3, "what a reviewer prints and signs"), as the plan lays it out: one ruled line
 * per application row with the ten columns the spec lists, the deciding sentence, totals that reconcile to
 * the 分, the policy edition, the time in Beijing time, and the signature block.
 */
import type { Issue } from "../../src/engine/issues";
import { beijingTime } from "../../src/output/beijingTime";
import { FORM_HEADERS, FORM_SHEET_NAME, buildReviewForm, formOpinion } from "../../src/output/reviewForm";
import { planAnnotation } from "../../src/output/plan";
import type { PlanRow } from "../../src/output/types";
import { layoutOf, result } from "./fixtures";

const overEligible: Issue = { code: "OVER_ELIGIBLE", field: "claimed", clause: "（七）", claimed: 5_000_010, eligible: 4_200_000 };
const noEventDate: Issue = { code: "NO_EVENT_DATE", field: "eventDate", clause: "（七）" };
const unstated: Issue = { code: "CONDITION_UNSTATED", field: "outcome", clause: "（一）", condition: "通过验收", canonical: [] };
const unknownItem: Issue = { code: "UNKNOWN_ITEM", field: "item", found: "质押补贴", closest: [] } as unknown as Issue;

const results = [
  result({ row: 2, item: "PLEDGE_LOAN", claimed: "42000.00", approvable: "42000.00" }),
  result({ row: 3, item: "PLEDGE_LOAN", claimed: "50000.10", approvable: "42000.00", excess: "8000.10", issues: [noEventDate, overEligible], verdict: "reduced" }),
  result({ row: 4, item: "HVP_PROJECT", claimed: "100000.00", approvable: "0", pending: "100000.00", issues: [unstated], verdict: "review" }),
  result({ row: 5, unit: null, item: null, typedItem: "质押补贴", claimed: "0.01", approvable: "0", excess: "0.01", issues: [unknownItem], verdict: "rejected" }),
];
const form = buildReviewForm(results, { covers: ["申报表.xlsx（工作表「申报表」）"], checkedAt: "2026-12-06T16:05:09.120Z" });
const byLook = (look: PlanRow["look"]) => form.rows.filter((r) => r.look === look);
const text = form.rows.flatMap((r) => r.values).filter((v): v is string => typeof v === "string");

describe("审核意见表: the lines", () => {
  test("is the sheet 审核意见表, headed by the ten columns REPORT.md lists, in its order", () => {
    expect(form.name).toBe(FORM_SHEET_NAME);
    expect(byLook("header")[0].values).toEqual([
      "序号", "单位名称", "支持事项", "条款", "申请金额（元）", "可核定金额（元）", "待核实金额（元）", "核减金额（元）", "审核结论", "审核意见",
    ]);
    expect(FORM_HEADERS).toHaveLength(10);
  });

  test("one ruled line per application row, numbered from 1, its amounts money and its conclusion in words", () => {
    const body = byLook("body");
    expect(body.map((r) => r.values[0])).toEqual([1, 2, 3, 4]);
    expect(body[1].values.slice(1, 9)).toEqual(["连云港某某科技有限公司", "知识产权质押融资贷款利息及评估等服务费用补助", "（七）", 50000.1, 42000, 0, 8000.1, "核减"]);
    expect(body[2].values.slice(4, 9)).toEqual([100000, 0, 100000, 0, "待核实"]);
    expect(body.map((r) => r.values[8])).toEqual(["通过", "核减", "待核实", "不予支持"]);
    for (const r of body) expect(r.moneyColumns).toEqual([4, 5, 6, 7]);
  });

  test("a row of an unrecognised item shows what was typed, with no clause", () => {
    const row = byLook("body")[3].values;
    expect(row[1]).toBe("");
    expect(row[2]).toBe("质押补贴");
    expect(row[3]).toBe("");
  });
});

describe("审核意见表: the deciding sentence", () => {
  test("核减: the first error, not the warning before it", () => {
    expect(formOpinion(results[1])).toMatch(/^申请金额 50,000\.10 元超过/);
  });

  test("待核实: the message that holds the row pending", () => {
    expect(formOpinion(results[2])).toContain("通过验收");
  });

  test("核减 past its eligible amount and then by the cap: both cuts, so the 可核定 figure on the line has its reason", () => {
    // （七）保险「每家单位每年最高 5 万元」: a claim of 143,036.25 元 is cut to 50,000 元, and 28,886.25 元 used
    // by an earlier row leaves 21,113.75 元: the opinion naming 50,000 元 alone would not explain 21,113.75 元.
    const over: Issue = { code: "OVER_ELIGIBLE", field: "claimed", clause: "（七）", claimed: 14_303_625, eligible: 5_000_000 };
    const capCut: Issue = {
      code: "CAP_EXCEEDED", field: "claimed", clause: "（七）", cap: 5_000_000, used: 2_888_625, left: 2_111_375,
      holder: "单位", holderEn: "unit", year: 2025, fromRows: [{ file: 0, row: 3 }],
    } as Issue;
    const cut = result({
      row: 4, item: "IP_INSURANCE", claimed: "143036.25", approvable: "21113.75", excess: "121922.50", issues: [over, capCut], verdict: "reduced",
    });
    const opinion = formOpinion(cut);
    expect(opinion).toMatch(/^申请金额 143,036\.25 元超过可申请金额 50,000\.00 元；/);
    expect(opinion).toContain("本行最多可核定 21,113.75 元");
  });

  test("待核实 and cut by the cap: what holds it pending, and what cut the 核减 amount the line shows", () => {
    // （十）「同一主体每年最高 10 万元」: 60,000 元 used by an earlier row leaves 40,000 元 pending, 50,000 元 核减.
    const capCut: Issue = {
      code: "CAP_EXCEEDED", field: "claimed", clause: "（十）", cap: 10_000_000, used: 6_000_000, left: 4_000_000,
      holder: "主体", holderEn: "entity", year: 2026, fromRows: [{ file: 0, row: 2 }],
    } as Issue;
    const cut = result({
      row: 3, item: "ENFORCEMENT_DOMESTIC", claimed: "90000.00", approvable: "0", pending: "40000.00", excess: "50000.00",
      issues: [unstated, capCut], verdict: "review",
    });
    const opinion = formOpinion(cut);
    expect(opinion).toContain("通过验收");
    expect(opinion).toContain("年度上限 100,000.00 元");
    // One sentence: the pending reason first, then the cut, as 待核实 then 核减 stand in the line's columns.
    expect(opinion.indexOf("通过验收")).toBeLessThan(opinion.indexOf("年度上限"));
    expect(opinion).not.toContain("。");
  });

  test("通过: that the row meets its clause", () => {
    expect(formOpinion(results[0])).toBe("符合第（七）条规定");
  });

  test("不予支持: the error that refused it", () => {
    expect(formOpinion(results[3])).toContain("质押补贴");
  });
});

describe("审核意见表: totals, edition, time and signatures", () => {
  test("the total line sums each amount to the 分, and 申请 = 可核定 + 待核实 + 核减", () => {
    const total = byLook("total")[0].values;
    expect(total[0]).toBe("合计（4 项）");
    // 42,000.00 + 50,000.10 + 100,000.00 + 0.01; 42,000.00 × 2; 100,000.00; 8,000.10 + 0.01.
    expect(total.slice(4, 8)).toEqual([192000.11, 84000, 100000, 8000.11]);
    expect(total[8]).toBe("通过 1，核减 1，不予支持 1，待核实 1");
    expect(text).toContain("核对：申请金额 192,000.11 元 = 可核定金额 84,000.00 元 + 待核实金额 100,000.00 元 + 核减金额 8,000.11 元");
  });

  test("names what it covers, the policy edition and the check time in Beijing time with its offset", () => {
    expect(form.rows[0].values[0]).toBe("连云港市知识产权资助申请审核意见表");
    expect(text).toContain("审核范围：申报表.xlsx（工作表「申报表」）");
    const line = text.find((t) => t.startsWith("政策依据："))!;
    expect(line).toContain("连政规发〔2025〕3号");
    // 16:05:09 UTC is 00:05:09 the next day in Beijing.
    expect(line).toContain("审核时间：2026-12-07 00:05:09（北京时间 UTC+8）");
  });

  test("ends with the lines the reviewer and the second reviewer sign and date", () => {
    const last = form.rows[form.rows.length - 1].values.join("");
    expect(last).toMatch(/审核人：_+.*复核人：_+.*日期：_+年_+月_+日/);
  });

  test("is laid out as a form: title and lines merged across, header repeated, A4 landscape, fixed widths", () => {
    expect(form.merges).toContain("A1:J1");
    expect(form.headerRows).toBe(4);
    expect(form.print).toEqual({ orientation: "landscape", form: true });
    expect(form.fixedWidths).toBe(true);
    expect(form.columnWidths).toHaveLength(10);
  });
});

describe("审核意见表 over a batch of files", () => {
  test("heads each file's lines with its name, merged across the form, numbering on through the batch", () => {
    const batch = [results[0], { ...results[1], ref: { file: 1, row: 3 } }, { ...results[0], ref: { file: 1, row: 9 } }];
    const f = buildReviewForm(batch, { covers: ["甲.xlsx", "乙.xlsx"], checkedAt: "2026-12-06T00:00:00Z", fileOf: (i) => ["甲.xlsx", "乙.xlsx"][i] });
    const body = f.rows.filter((r) => r.look === "body").map((r) => r.values[0]);
    expect(body).toEqual(["文件：甲.xlsx", 1, "文件：乙.xlsx", 2, 3]);
    expect(f.merges).toContain("A5:J5");
  });

  test("a form over one file has no file lines", () => {
    expect(form.rows.some((r) => String(r.values[0]).startsWith("文件："))).toBe(false);
  });
});

describe("beijingTime", () => {
  test("shifts an ISO instant by eight hours and says so, across a date line", () => {
    expect(beijingTime("2026-12-31T16:00:00.000Z")).toBe("2027-01-01 00:00:00（北京时间 UTC+8）");
    expect(beijingTime("2026-12-06T08:00:00+08:00")).toBe("2026-12-06 08:00:00（北京时间 UTC+8）");
    expect(beijingTime("not a time")).toBe("not a time");
  });
});

describe("planAnnotation: the copy's 审核意见表", () => {
  const layout = layoutOf(["unit", "year", "item", "claimed"]);
  test("is planned with 审核信息 when the check says when it ran, covering the file and its sheet", () => {
    const plan = planAnnotation(layout, results.slice(0, 2), {
      fileLabel: "申报表.xlsx", info: { checkedAt: "2026-12-06T14:00:00Z", version: "0.1.0", files: [] },
    });
    expect(plan.managers?.form?.name).toBe("审核意见表");
    expect(plan.managers?.form?.rows[1].values[0]).toBe("审核范围：申报表.xlsx（工作表「申报表」）");
  });

  test("the table's columns up to 单位名称 are kept in sight (frozen, repeated on paper)", () => {
    expect(planAnnotation(layoutOf(["seq", "unit", "item"]), []).titleColumns).toBe(2);
    expect(planAnnotation(layoutOf(["seq", "creditCode", "district", "year", "item", "claimed", "unit"]), []).titleColumns).toBeUndefined();
  });
});
