/**
 * LYGIP.APPROVE: running annual caps in sheet order (MEASURES.md decisions 7–8), over ranges as Excel
 * passes them (2-D arrays, empty cells as null on the web and 0 or "" on desktop).
 */
import { approveRows } from "../../src/functions/functions";
import { FakeExcelError, installFakeRuntime } from "./excelRuntime";

beforeAll(installFakeRuntime);

const col = (...values: unknown[]) => values.map((v) => [v]);

describe("running caps in sheet order", () => {
  test("open licence: declaration 20,000 then deal 15,000 for one patentee in one year → 20,000 then 0", () => {
    const out = approveRows(col("甲公司", "甲公司"), col(2026, 2026), col("OPEN_LICENSE_DECLARE", "OPEN_LICENSE_DEAL"), col(20000, 15000));
    expect(out).toEqual([[20000], [0]]);
  });
  test("overseas enforcement: 150,000 then 100,000 → 150,000 then 50,000 (cap 200,000 reached)", () => {
    const out = approveRows(col("乙公司", "乙公司"), col(2026, 2026), col("ENFORCEMENT_OVERSEAS", "海外知识产权维权"), col(150000, 100000));
    expect(out).toEqual([[150000], [50000]]);
  });
  test("caps count per unit, per year and per group: other units, years and groups are untouched", () => {
    const out = approveRows(
      col("甲公司", "乙公司", "甲公司", "甲公司"),
      col(2026, 2026, 2027, 2026),
      col("DATA_IP", "DATA_IP", "DATA_IP", "IP_INSURANCE"),
      col(20000, 20000, 20000, 50000),
    );
    expect(out).toEqual([[20000], [20000], [20000], [50000]]);
  });
  test("domestic and overseas enforcement have separate caps", () => {
    const out = approveRows(col("丙", "丙"), col(2026, 2026), col("ENFORCEMENT_DOMESTIC", "ENFORCEMENT_OVERSEAS"), col(100000, 200000));
    expect(out).toEqual([[100000], [200000]]);
  });
  test("items without a cap approve what they request", () => {
    expect(approveRows(col("丁"), col(2026), col("GI"), col(100000))).toEqual([[100000]]);
  });
  test("a unit named with full-width brackets and spaces is the same unit (decision 11)", () => {
    const out = approveRows(col("连云港某（科技）有限公司", "连云港某(科技)有限公司 "), col(2026, 2026), col("DATA_IP", "DATA_IP"), col(15000, 15000));
    expect(out).toEqual([[15000], [5000]]);
  });
  test("a unit identified by a valid credit code in either case is the same unit", () => {
    const out = approveRows(col("91350100M000100Y43", "91350100m000100y43"), col(2026, 2026), col("IP_INSURANCE", "IP_INSURANCE"), col(30000, 30000));
    expect(out).toEqual([[30000], [20000]]);
  });
  test("years typed as text 2026年 and 2026年度 are the same year", () => {
    const out = approveRows(col("甲", "甲"), col("2026年", "2026年度"), col("MEDIATION", "MEDIATION"), col(150000, 100000));
    expect(out).toEqual([[150000], [50000]]);
  });
  test("ranges of any length: a long column", () => {
    const n = 500;
    const out = approveRows(col(...Array(n).fill("甲")), col(...Array(n).fill(2026)), col(...Array(n).fill("DATA_IP")), col(...Array(n).fill(1000)));
    expect(out).toHaveLength(n);
    expect(out.slice(0, 20).every(([v]) => v === 1000)).toBe(true);
    expect(out.slice(20).every(([v]) => v === 0)).toBe(true);
  });
  test("a row range (1 × n) spills one value per cell, in order", () => {
    const out = approveRows([["甲", "甲"]], [[2026, 2026]], [["DATA_IP", "DATA_IP"]], [[15000, 15000]]);
    expect(out).toEqual([[15000], [5000]]);
  });
  test("money to the 分 stays exact: 0.1 + 0.2 style amounts add without drift", () => {
    const out = approveRows(col("甲", "甲", "甲"), col(2026, 2026, 2026), col("DATA_IP", "DATA_IP", "DATA_IP"), col(19999.9, 0.1, 0.01));
    expect(out).toEqual([[19999.9], [0.1], [0]]);
  });
});

describe("blanks and bad rows", () => {
  test("empty rows (null on the web, 0 or '' on desktop) spill an empty cell, never null", () => {
    const out = approveRows(col("甲", null, ""), col(2026, null, 0), col("DATA_IP", null, ""), col(1000, null, 0));
    expect(out).toEqual([[1000], [""], [""]]);
    expect(out.flat()).not.toContain(null);
  });
  test("a blank request asks for nothing", () => {
    expect(approveRows(col("甲"), col(2026), col("DATA_IP"), col(null))).toEqual([[0]]);
  });
  test("an unknown item is a #VALUE! cell naming the row, and uses none of the cap (decision 8)", () => {
    const out = approveRows(col("甲", "甲"), col(2026, 2026), col("数据登记费", "DATA_IP"), col(20000, 20000));
    const bad = out[0][0] as FakeExcelError;
    expect(bad).toBeInstanceOf(FakeExcelError);
    expect(bad.code).toBe("#VALUE!");
    expect(bad.message).toContain("区域第 1 行");
    expect(bad.message).toContain("无法识别支持事项「数据登记费」");
    expect(out[1]).toEqual([20000]);
  });
  test("a year outside 2025–2030, a missing unit, negative money: each its own #VALUE! cell", () => {
    const out = approveRows(col("甲", null, "甲"), col(2024, 2026, 2026), col("DATA_IP", "DATA_IP", "DATA_IP"), col(1000, 1000, -5));
    expect((out[0][0] as FakeExcelError).message).toContain("不在政策年度");
    expect((out[1][0] as FakeExcelError).message).toContain("参数「单位」为必填项");
    expect((out[2][0] as FakeExcelError).message).toContain("不能为负数");
  });
  test("ranges of different lengths are one #VALUE! for the whole formula", () => {
    expect(() => approveRows(col("甲", "甲"), col(2026), col("DATA_IP", "DATA_IP"), col(1, 2))).toThrow(FakeExcelError);
    try {
      approveRows(col("甲", "甲"), col(2026), col("DATA_IP", "DATA_IP"), col(1, 2));
    } catch (e) {
      expect((e as FakeExcelError).code).toBe("#VALUE!");
      expect((e as FakeExcelError).message).toContain("年度 1");
    }
  });
});
