/**
 * LYGIP.APPROVE over a whole application table, as Excel passes a range (a 2-D array, empty cells as null
 * on the web and "" on desktop): the rows checked as one batch by the engine, exactly as lygip check does
 * (MEASURES.md decisions 4–10), so the function never keeps a second copy of the rules.
 */
import { approveRows } from "../../src/functions/functions";
import { HEADERS, row, type RowSpec } from "../support/workbooks";
import { FakeExcelError, installFakeRuntime } from "./excelRuntime";

beforeAll(installFakeRuntime);

const HZ = "91320706MA1XKQ8L3T";
const table = (...rows: RowSpec[]) => [HEADERS, ...rows.map((r) => row(r))] as unknown[][] as never[][];
const amounts = (out: unknown[][]) => out.slice(1).map(([v]) => v);
const base = { 统一社会信用代码: HZ, 申报年度: 2026, 事项日期: "2026-03-01" } as const;

describe("the spill lines up with the range", () => {
  test("the header row gets the result heading, each data row its approvable amount", () => {
    const out = approveRows(table({ ...base, 单位名称: "甲", 支持事项: "GI", "申请金额（元）": 100000 }));
    expect(out).toEqual([["可核定金额（元）"], [100000]]);
  });
  test("a range longer than the table: its empty rows spill empty cells, never null", () => {
    const t = table({ ...base, 单位名称: "甲", 支持事项: "GI", "申请金额（元）": 100000 });
    const out = approveRows([...t, HEADERS.map(() => null), HEADERS.map(() => "")] as never[][]);
    expect(out).toEqual([["可核定金额（元）"], [100000], [""], [""]]);
  });
  test("a title row above the header: the header is found as in a file, the title row stays empty", () => {
    const t = [["2026 年知识产权资助申报表"], ...table({ ...base, 单位名称: "甲", 支持事项: "GI", "申请金额（元）": 100000 })];
    expect(approveRows(t as never[][])).toEqual([[""], ["可核定金额（元）"], [100000]]);
  });
  test("a range without a header row is one #VALUE! naming the argument", () => {
    try {
      approveRows([["甲", 2026, "GI", 100000]] as never[][]);
      throw new Error("no error");
    } catch (e) {
      expect(e).toBeInstanceOf(FakeExcelError);
      expect((e as FakeExcelError).code).toBe("#VALUE!");
      expect((e as FakeExcelError).message).toMatch(/^参数「申报表」：/);
    }
  });
});

describe("rules across rows, the engine's own", () => {
  test("running annual caps in sheet order: data IP 15,000 then 15,000 for one unit → 15,000 then 5,000 (（三）, 20,000 a year)", () => {
    const r = (n: number) => ({ ...base, 单位名称: "甲", 支持事项: "DATA_IP", 数量: n, "申请金额（元）": n * 1000 });
    expect(amounts(approveRows(table(r(15), r(15))))).toEqual([15000, 5000]);
  });
  test("caps count per unit and per year", () => {
    const r = (unit: string, code: string | null, year: number) => ({ ...base, 单位名称: unit, 统一社会信用代码: code, 申报年度: year, 支持事项: "DATA_IP", 数量: 20, "申请金额（元）": 20000 });
    expect(amounts(approveRows(table(r("甲", HZ, 2026), r("乙", null, 2026), r("甲", HZ, 2027))))).toEqual([20000, 20000, 20000]);
  });
  test("full tens counted per organisation and year across rows (decision 4): 15 + 15 mediation cases earn 10,000 then 20,000", () => {
    // 第（十三）条: "每调解成功 10 件给予 1 万元".
    const r = () => ({ ...base, 单位名称: "甲调解委员会", 支持事项: "MEDIATION", 数量: 15 });
    expect(amounts(approveRows(table(r(), r())))).toEqual([10000, 20000]);
  });
  test("a row with an error approves 0 and uses none of the cap (decision 8)", () => {
    const out = approveRows(table(
      { ...base, 单位名称: "甲", 支持事项: "数据登记费", 数量: 20, "申请金额（元）": 20000 },
      { ...base, 单位名称: "甲", 支持事项: "DATA_IP", 数量: 20, "申请金额（元）": 20000 },
    ));
    expect(amounts(out)).toEqual([0, 20000]);
  });
  test("a unit written with full-width brackets and spaces is the same unit (decision 11)", () => {
    const r = (unit: string) => ({ 申报年度: 2026, 事项日期: "2026-03-01", 单位名称: unit, 支持事项: "DATA_IP", 数量: 15, "申请金额（元）": 15000 });
    expect(amounts(approveRows(table(r("连云港某（科技）有限公司"), r("连云港某(科技)有限公司 "))))).toEqual([15000, 5000]);
  });
  test("money stays exact to the 分", () => {
    const r = (claim: number) => ({ ...base, 单位名称: "甲", 支持事项: "DATA_IP", 数量: 20, "申请金额（元）": claim });
    expect(amounts(approveRows(table(r(19999.9), r(0.1), r(0.01))))).toEqual([19999.9, 0.1, 0]);
  });
});

describe("the second argument picks the result column it spills", () => {
  // GI pays at most 100,000 (clause （二）): a claim of 150,000 is cut to it; an item the policy lacks is refused.
  const t = () => table(
    { ...base, 单位名称: "甲", 支持事项: "GI", "申请金额（元）": 100000 },
    { ...base, 单位名称: "乙", 支持事项: "GI", "申请金额（元）": 150000 },
    { ...base, 单位名称: "丙", 支持事项: "不存在的事项", "申请金额（元）": 1000 },
  );

  test("left out or blank, it is 可核定金额: an over-claim keeps its capped amount, a refused row 0", () => {
    expect(approveRows(t())).toEqual([["可核定金额（元）"], [100000], [100000], [0]]);
    expect(approveRows(t(), "")).toEqual(approveRows(t()));
  });

  test("核减金额 spills what the review cuts: the over-claim's excess, the refused row's whole claim", () => {
    expect(approveRows(t(), "核减金额")).toEqual([["核减金额（元）"], [0], [50000], [1000]]);
  });

  test("待核实金额 spills what waits on a fact lygip cannot read (none here)", () => {
    expect(approveRows(t(), "待核实金额")).toEqual([["待核实金额（元）"], [0], [0], [0]]);
  });

  test("审核结论 spills 通过, 核减 and 不予支持", () => {
    expect(approveRows(t(), "审核结论")).toEqual([["审核结论"], ["通过"], ["核减"], ["不予支持"]]);
  });

  test("the header as the copy writes it, with （元）, names the same column", () => {
    expect(approveRows(t(), "核减金额（元）")).toEqual(approveRows(t(), "核减金额"));
  });

  test("a word that names no result column is one #VALUE! that lists the four", () => {
    try {
      approveRows(t(), "超出金额");
      throw new Error("no error");
    } catch (e) {
      expect(e).toBeInstanceOf(FakeExcelError);
      expect((e as FakeExcelError).code).toBe("#VALUE!");
      expect((e as FakeExcelError).message).toBe("参数「结果列」为「超出金额」，应为 可核定金额、待核实金额、核减金额、审核结论 之一，或留空（可核定金额）");
    }
  });
});
