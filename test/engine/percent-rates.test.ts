/**
 * A rate typed as 30 means 30% (MEASURES.md decision 28): a number above 1 and at most 100 in a rate place
 * — the 补助比例 column, a custom function's 补助比例, `--rate` — is a percentage, read by one reader, and
 * the explanation says it was read so. 0.3 stays 0.3; 0 and anything above 100 are errors, not guesses.
 * Clause （七）: "对贷款利息及评估等服务费用给予最高30％的补助".
 */
import { explainText } from "../../src/cli/explainCommand";
import { parseRates, UsageError } from "../../src/cli/rates";
import { checkBatch, renderExplain, type RowResult } from "../../src/engine";
import { explain, ipaward, loansubsidy } from "../../src/functions/functions";
import { findTable, readRows } from "../../src/workbook";
import { readRate } from "../../src/workbook/table/cells";
import { cell, installFakeRuntime } from "../functions/excelRuntime";
import { claim } from "../support/claims";
import { grid, n, s } from "../workbook/table/helpers";

beforeAll(installFakeRuntime);

const N = null as unknown as undefined;

/** One PLEDGE_LOAN row (interest 100,000 over 12 months, no fees) with its 补助比例 cell, through the table reader and the check. */
function loanRowWithRate(rate: number | string): RowResult {
  const g = grid("申报表", [
    ["单位名称", "统一社会信用代码", "申报年度", "支持事项", "计算基数（元）", "贷款期限（月）", "补助比例", "事项日期"],
    ["连云港示例科技有限公司", "91320706MA1XKQ8L3T", 2026, "PLEDGE_LOAN", 100000, 12, rate, "2026-03-01"],
  ]);
  const found = findTable([g]);
  if (!found.ok) throw new Error("no table");
  const [[r]] = checkBatch([readRows(g, found.layout, 0)]);
  return r;
}

describe("the 补助比例 column", () => {
  test("30 reads as 30%, and says it was typed as a bare percentage", () => {
    const r = readRate(n("30"), "rate");
    expect(r !== null && r.ok && [r.value.rate.toFixed(), r.value.percentTyped]).toEqual(["0.3", true]);
  });
  test("0.3 stays 0.3, and 30% is 30%: neither needs a word in the explanation", () => {
    for (const c of [n("0.3"), s("30%")]) {
      const r = readRate(c, "rate");
      expect(r !== null && r.ok && [r.value.rate.toFixed(), r.value.percentTyped]).toEqual(["0.3", false]);
    }
  });
  test("101 and 0 are BAD_NUMBER (above 100%, not above 0), never a rate", () => {
    expect(readRate(n("101"), "rate")).toMatchObject({ ok: false, issue: { code: "BAD_NUMBER", problem: "too-large", found: "101" } });
    expect(readRate(n("0"), "rate")).toMatchObject({ ok: false, issue: { code: "BAD_NUMBER", problem: "zero", found: "0" } });
    expect(readRate(s("150%"), "rate")).toMatchObject({ ok: false, issue: { problem: "too-large" } });
  });
  test("a row with 补助比例 25 is computed at 25%, and its explanation says 25 was read as 25%", () => {
    const r = loanRowWithRate(25);
    expect(r.eligible.toFixed(2)).toBe("25000.00");
    expect(renderExplain(r.explain, "zh")).toBe("补助比例填写为 25，按 25% 计；(贷款利息 100,000.00 元) × 25% = 25,000.00 元");
    expect(renderExplain(r.explain, "en")).toBe("the row's rate was given as 25, read as 25%; (interest 100,000.00 yuan) × 25% = 25,000.00 yuan");
  });
  test("a row with 补助比例 0.25 is the same amount with no word about percentages", () => {
    const r = loanRowWithRate(0.25);
    expect(r.eligible.toFixed(2)).toBe("25000.00");
    expect(renderExplain(r.explain, "zh")).toBe("(贷款利息 100,000.00 元) × 25% = 25,000.00 元");
  });
});

describe("a custom function's 补助比例", () => {
  test("30 is 30% in IPAWARD and LOANSUBSIDY, the same as 0.3", () => {
    expect(ipaward("PLEDGE_LOAN", N, N, 100000, 12, 0, 25)).toBe(25000);
    expect(ipaward("PLEDGE_LOAN", N, N, 100000, 12, 0, 0.25)).toBe(25000);
    expect(loansubsidy(100000, 12, 0, 25)).toBe(25000);
  });
  test("EXPLAIN says the 25 was read as 25%", () => {
    expect(explain("PLEDGE_LOAN", N, N, 100000, 12, 0, 25)).toBe("补助比例填写为 25，按 25% 计；(贷款利息 100,000.00 元) × 25% = 25,000.00 元（第（七）条）");
  });
  test("101 is #VALUE!; 0 is a desktop blank, so the clause's 30% applies", () => {
    expect(cell(() => ipaward("PLEDGE_LOAN", N, N, 100000, 12, 0, 101)).error).toBe("#VALUE!");
    expect(ipaward("PLEDGE_LOAN", N, N, 100000, 12, 0, 0)).toBe(30000);
  });
});

describe("--rate", () => {
  test("PLEDGE_LOAN=25 is 25%, the same as 0.25 and 25%", () => {
    for (const typed of ["25", "0.25", "25%", "25％"]) expect(parseRates([`PLEDGE_LOAN=${typed}`]).rates?.PLEDGE_LOAN?.toFixed()).toBe("0.25");
  });
  test("101 and 0 are usage errors", () => {
    expect(() => parseRates(["PLEDGE_LOAN=101"])).toThrow(UsageError);
    expect(() => parseRates(["PLEDGE_LOAN=0"])).toThrow(UsageError);
  });
  test("a row computed at --rate PLEDGE_LOAN=25 says the year's rate was read as 25%; 0.25 says nothing of it", () => {
    const [[typed]] = checkBatch([[claim({ item: "PLEDGE_LOAN", base: "100000", months: 12 })]], { settings: parseRates(["PLEDGE_LOAN=25"]) });
    expect(renderExplain(typed.explain, "zh")).toBe("本年度比例填写为 25，按 25% 计；(贷款利息 100,000.00 元) × 25% = 25,000.00 元");
    const [[plain]] = checkBatch([[claim({ item: "PLEDGE_LOAN", base: "100000", months: 12 })]], { settings: parseRates(["PLEDGE_LOAN=0.25"]) });
    expect(renderExplain(plain.explain, "zh")).toBe("(贷款利息 100,000.00 元) × 25% = 25,000.00 元");
  });
});

describe("lygip explain's 比例=", () => {
  test("比例=25 is 25%, and the calculation says so; 比例=0.25 is the same amount", () => {
    const typed = explainText("质押", ["利息=100000", "期限=12", "比例=25"], "zh");
    expect(typed).toContain("计算：补助比例填写为 25，按 25% 计；(贷款利息 100,000.00 元) × 25% = 25,000.00 元（第（七）条）");
    expect(explainText("质押", ["利息=100000", "期限=12", "比例=0.25"], "zh")).toContain("计算：(贷款利息 100,000.00 元) × 25% = 25,000.00 元（第（七）条）");
  });
  test("比例=101 and 比例=0 are usage errors", () => {
    expect(() => explainText("质押", ["利息=100000", "期限=12", "比例=101"], "zh")).toThrow(UsageError);
    expect(() => explainText("质押", ["利息=100000", "期限=12", "比例=0"], "zh")).toThrow(UsageError);
  });
});

describe("the column, the function and --rate agree", () => {
  test.each([[10], [25], [30], [0.3], [0.15]])("补助比例 %s gives the same amount everywhere", (rate) => {
    const column = loanRowWithRate(rate).eligible.toNumber();
    const fn = ipaward("PLEDGE_LOAN", N, N, 100000, 12, 0, rate);
    const [[setting]] = checkBatch([[claim({ item: "PLEDGE_LOAN", base: "100000", months: 12 })]], { settings: parseRates([`PLEDGE_LOAN=${rate}`]) });
    expect([column, fn]).toEqual([setting.eligible.toNumber(), setting.eligible.toNumber()]);
  });
});
