/**
 * The pane and decision 23's verdicts (REPORT.md "In the workbook", rev. 3): the result block counts rows by
 * 审核结论 and shows 申请 = 可核定 + 待核实 + 核减; the six result columns are written, and a copy with the five
 * columns of the version before the verdicts is rewritten in place and cleared by 清除审核结果.
 */
import { LEGACY_RESULT_HEADERS, RESULT_HEADERS } from "../../../src/engine/columns";
import { Decimal } from "../../../src/engine/money";
import { ExcelHost } from "../../../src/taskpane/excelHost";
import type { CheckRequest } from "../../../src/taskpane/session/pipeline";
import { problemText } from "../../../src/taskpane/session/problems";
import { settingsOf, typedRates } from "../../../src/taskpane/session/settings";
import { TEXTS } from "../../../src/taskpane/ui/texts";
import { dump } from "../fake-excel/dump";
import { key, sheetOf, type FakeWorkbook } from "../fake-excel/model";
import { fakeExcel } from "../fake-excel/office";
import { application, recordEarlierCheck } from "./workbooks";

const REQUEST: CheckRequest = { mapping: new Map(), rates: {}, lang: "zh" };

function hostOn(wb: FakeWorkbook, excelApi = "1.18") {
  const fx = fakeExcel(wb, excelApi);
  return { host: new ExcelHost(fx.run, fx.requirements), fx };
}

const value = (wb: FakeWorkbook, row: number, col: number) => sheetOf(wb, "申报表").cells.get(key(row, col))?.value;

/**
 * The application with the five result columns a version before the verdicts wrote, in G..K (0-based 6..10),
 * and the record it left of them.
 */
function applicationCheckedBefore(): FakeWorkbook {
  const wb = application();
  const s = sheetOf(wb, "申报表");
  LEGACY_RESULT_HEADERS.forEach((h, i) => s.cells.set(key(1, 6 + i), { value: h }));
  const old = [
    ["有警告", 10000, 0, "未填写统一社会信用代码", "（三）"],
    ["有错误", 100000, 50000, "申请金额超过可申请金额", "（二）"],
    ["有错误", 0, 1000, "无法识别支持事项", ""],
  ];
  old.forEach((values, r) => values.forEach((v, i) => s.cells.set(key(r + 2, 6 + i), { value: v })));
  recordEarlierCheck(wb, "申报表", 6, 10, [1, 2, 3, 4]);
  return wb;
}

describe("the pane's result block by verdict", () => {
  it("counts rows by 审核结论: one 通过, one 核减, one 不予支持", async () => {
    const out = await hostOn(application()).host.check(REQUEST);
    if (!out.ok) throw new Error(JSON.stringify(out.problem));
    // Row 2 DATA_IP within its clause; row 3 GI 150,000 cut to 100,000; row 4 an item the policy lacks.
    expect(out.summary.verdicts).toEqual({ approved: 1, reduced: 1, rejected: 1, review: 0 });
  });

  it("shows 申请 = 可核定 + 待核实 + 核减 with the amounts of the rows", async () => {
    const out = await hostOn(application()).host.check(REQUEST);
    if (!out.ok) throw new Error(JSON.stringify(out.problem));
    const { claimed, approvable, pending, excess } = out.summary;
    // 10,000 + 150,000 + 1,000 requested; 10,000 + 100,000 approvable; 50,000 + 1,000 cut.
    expect([claimed, approvable, pending, excess]).toEqual(["161000.00", "110000.00", "0.00", "51000.00"]);
    expect(new Decimal(approvable).plus(pending).plus(excess).toFixed(2)).toBe(claimed);
    expect(out.summary.pendingWords).toBe("零元整");
    expect(TEXTS.zh.excess).toBe("核减金额");
    expect(TEXTS.zh.pending).toBe("待核实金额");
  });
});

describe("the pane's figures are the engine's one sum (summarise)", () => {
  // （二十二）「对参加市级组织的课题研究项目，并通过结题验收的，给予最高 10 万元资金支持」: no outcome says the project passed, so 50,000 is 待核实.
  it("a 待核实 row is counted once under review and its 50,000 shown as 待核实金额", async () => {
    const wb = application();
    sheetOf(wb, "申报表").cells.set(key(5, 0), { value: "连云港丁研究院" });
    [2026, "IP_RESEARCH", 1, 50000, "2026-03-01"].forEach((v, i) => sheetOf(wb, "申报表").cells.set(key(5, i + 1), { value: v }));
    const out = await hostOn(wb).host.check(REQUEST);
    if (!out.ok) throw new Error(JSON.stringify(out.problem));
    expect(out.summary.verdicts).toEqual({ approved: 1, reduced: 1, rejected: 1, review: 1 });
    expect(out.summary.rows).toBe(4);
    // 161,000 + 50,000 requested; the 50,000 pending, neither approvable nor cut.
    const { claimed, approvable, pending, excess } = out.summary;
    expect([claimed, approvable, pending, excess]).toEqual(["211000.00", "110000.00", "50000.00", "51000.00"]);
    expect(out.summary.pendingWords).toBe("伍万元整");
  });
});

describe("a workbook the pane or the command line checked before the verdict columns", () => {
  it("is rewritten into six columns where the five were, not beside them", async () => {
    const wb = applicationCheckedBefore();
    const { host } = hostOn(wb);
    const out = await host.check(REQUEST);
    if (!out.ok) throw new Error(JSON.stringify(out.problem));
    expect([6, 7, 8, 9, 10, 11].map((c) => value(wb, 1, c))).toEqual([...RESULT_HEADERS]);
    expect(value(wb, 1, 12)).toBeUndefined();
    expect([6, 7, 8, 9].map((c) => value(wb, 3, c))).toEqual(["核减", 100000, 0, 50000]);
    const headers = [...sheetOf(wb, "申报表").cells.entries()].filter(([k]) => k.startsWith("1:")).map(([, c]) => c.value);
    expect(headers).not.toContain("审核结果");
    expect(headers).not.toContain("超出金额（元）");
  });

  it("is not rewritten over the applicant's content in the sixth column, which the old five never used", async () => {
    const wb = applicationCheckedBefore();
    sheetOf(wb, "申报表").cells.set(key(3, 11), { value: "申请人备注" });
    const before = dump(wb);
    const out = await hostOn(wb).host.check(REQUEST);
    expect(out).toMatchObject({ ok: false, problem: { code: "RESULT_AREA_TAKEN", cell: "L3", found: "申请人备注" } });
    expect(dump(wb)).toEqual(before);
  });

  it("清除审核结果 finds the five old columns by their headers and empties them", async () => {
    const wb = applicationCheckedBefore();
    const out = await hostOn(wb).host.clear();
    expect(out).toMatchObject({ ok: true, columns: true });
    for (let c = 6; c <= 10; c++) for (let r = 1; r <= 4; r++) expect(value(wb, r, c) ?? "").toBe("");
    expect(value(wb, 1, 0)).toBe("单位名称");
  });

  it("清除审核结果 after a check empties the six new columns and their verdict fills", async () => {
    const wb = application();
    const { host } = hostOn(wb);
    await host.check(REQUEST);
    expect(sheetOf(wb, "申报表").fills.size).toBe(3);
    await host.clear();
    for (let c = 6; c <= 11; c++) for (let r = 1; r <= 4; r++) expect(value(wb, r, c) ?? "").toBe("");
    expect(sheetOf(wb, "申报表").fills.size).toBe(0);
  });
});

describe("what this Excel cannot do is disabled with its reason", () => {
  it("under ExcelApi 1.8, 检查 and 清除审核结果 need 1.9; 生成汇总 can run", () => {
    const { host } = hostOn(application(), "1.8");
    expect(host.unavailable("check")).toEqual({ set: "ExcelApi", version: "1.9" });
    expect(host.unavailable("clear")).toEqual({ set: "ExcelApi", version: "1.9" });
    expect(host.unavailable("summarise")).toBeNull();
  });

  it("under ExcelApi 1.5, 生成汇总 needs 1.6 as well", () => {
    const { host } = hostOn(application(), "1.5");
    expect(host.unavailable("summarise")).toEqual({ set: "ExcelApi", version: "1.6" });
    expect(host.unavailable("check")).toEqual({ set: "ExcelApi", version: "1.9" });
  });

  it("with every set, nothing is disabled", () => {
    const { host } = hostOn(application());
    expect((["check", "summarise", "clear"] as const).map((a) => host.unavailable(a))).toEqual([null, null, null]);
  });

  it("under ExcelApi 1.8 the table is still found, so the pane shows what 生成汇总 will read", async () => {
    const found = await hostOn(application(), "1.8").host.detect(new Map());
    expect(found).toMatchObject({ ok: true, table: { sheet: "申报表", headerRow: 1, dataRows: 3 } });
  });

  it("the reason names the button and the set", () => {
    expect(TEXTS.zh.unavailable(TEXTS.zh.check, "ExcelApi", "1.9")).toContain("「检查」需要 ExcelApi 1.9");
  });
});

describe("a rate typed wrong", () => {
  it("names its clause as 第（七）条, never in doubled brackets 「（（七））」", () => {
    const typed = settingsOf({ PLEDGE_LOAN: "45%" });
    if (!("problem" in typed)) throw new Error("45% is above the clause's 30%");
    const text = problemText(typed.problem, "zh");
    expect(text).toContain("第（七）条");
    expect(text).not.toMatch(/（（|））/);
    expect(TEXTS.zh.rateLabel("知识产权质押融资", "（七）", "30%")).not.toMatch(/（（|））|（第（/);
  });

  it("is not counted as a rate set: the summary says 已设 only of valid rates and names the invalid", () => {
    expect(typedRates({ PLEDGE_LOAN: "45%" })).toEqual({ valid: 0, invalid: 1 });
    expect(typedRates({ PLEDGE_LOAN: "25%", IP_INSURANCE: "abc" })).toEqual({ valid: 1, invalid: 1 });
    const { valid, invalid } = typedRates({ PLEDGE_LOAN: "45%" });
    const summary = TEXTS.zh.ratesSummary(valid, "", invalid);
    expect(summary).not.toContain("已设 1 项比例");
    expect(summary).toContain("1 项比例无效");
  });
});
