/**
 * Explanations a clerk can recompute and a reviewer can sign (issue point 6, MEASURES.md decisions 3 and 23):
 * the 审核说明 states the verdict and the deciding reason first, then the calculation, each fact once; a
 * refused row begins with 核定 0 元 and never ends on a figure that reads like an approval; a figure shown
 * rounded while the subsidy is computed from its exact value says so.
 */
import { checkBatch, renderExplain, rowText, VERDICT_WORDS, type HistoryEntry } from "../../src/engine";
import { Decimal } from "../../src/engine/money";
import { claim, DEFAULT_CREDIT_CODE } from "../support/claims";

const one = (spec: Parameters<typeof claim>[0], history: HistoryEntry[] = []) => checkBatch([[claim(spec)]], { history })[0][0];
const count = (text: string, part: string) => text.split(part).length - 1;

describe("the verdict's words", () => {
  test("通过 / 核减 / 不予支持 / 待核实, approved / reduced / rejected / needs review", () => {
    expect(VERDICT_WORDS.zh).toEqual({ approved: "通过", reduced: "核减", rejected: "不予支持", review: "待核实" });
    expect(VERDICT_WORDS.en).toEqual({ approved: "approved", reduced: "reduced", rejected: "rejected", review: "needs review" });
  });
});

describe("a refused row", () => {
  // 第（七）条: PLEDGE_LOAN "累计获得补助不超过 2 年": a third year is refused (decision 6).
  const history: HistoryEntry[] = [2025, 2026].map((year) => ({
    unit: null, creditCode: DEFAULT_CREDIT_CODE, year, item: "PLEDGE_LOAN", approved: new Decimal(10000),
  }));
  const r = one({ item: "PLEDGE_LOAN", year: 2027, base: "100000", months: 12, claimed: "30000" }, history);

  test("begins with 核定 0 元 and 不予支持, then why, before any calculation", () => {
    expect(r.verdict).toBe("rejected");
    const text = rowText(r, "zh");
    expect(text.startsWith("核定 0 元，不予支持：质押融资补助累计不超过 2 年，本单位已在 2025、2026 年度获得补助")).toBe(true);
    expect(text.indexOf("不超过 2 年")).toBeLessThan(text.indexOf("×"));
  });
  test("does not end on a bare amount that reads like an approval: the clause's figure is marked 不予核定", () => {
    const text = rowText(r, "zh");
    expect(text).toContain("按条款计算为 (贷款利息 100,000.00 元) × 30% = 30,000.00 元，不予核定");
    expect(text).not.toMatch(/元$/);
  });
  test("an unknown item is refused the same way in English: 0 yuan first", () => {
    const unknown = one({ item: "专利导般", quantity: 1, claimed: "1000" });
    expect(rowText(unknown, "en")).toMatch(/^0 yuan approved, rejected: Unknown item "专利导般"/);
  });
});

describe("a capped row states the cap once", () => {
  test("a running cap cut (CAP_EXCEEDED) is said by its message, not again by the calculation", () => {
    // DATA_IP: each certificate up to 1,000 元, 20,000 元 a year per unit (第（三）条); 15 + 10 certificates.
    const [[, second]] = checkBatch([[claim({ item: "DATA_IP", quantity: 15 }), claim({ item: "DATA_IP", quantity: 10 })]]);
    expect(second.verdict).toBe("reduced");
    const text = rowText(second, "zh");
    expect(text.startsWith("核减 5,000.00 元，核定 5,000.00 元：同一单位 2026 年度上限 20,000.00 元")).toBe(true);
    expect(count(text, "年度上限")).toBe(1);
    expect(text).toContain("计算：每件最高 1,000.00 元 × 10 件 = 10,000.00 元");
  });
  test("a single row above the cap says the cap once: 超过年度上限，按上限 200,000.00 元计", () => {
    const r = one({ item: "PLEDGE_LOAN", base: "900000", months: 12, claimed: "200000" });
    const text = rowText(r, "zh");
    expect(count(text, "上限")).toBe(2);
    expect(count(text, "200,000.00")).toBe(2); // the verdict's amount and the cap, each once
    expect(text).toBe("通过，核定 200,000.00 元。计算：(贷款利息 900,000.00 元) × 30% = 270,000.00 元；超过年度上限，按上限 200,000.00 元计");
  });
  test("never 「最高 每件」: the ceiling reads 每件最高 1,000.00 元", () => {
    const r = one({ item: "DATA_IP", quantity: 3 });
    expect(renderExplain(r.explain, "zh")).toBe("每件最高 1,000.00 元 × 3 件 = 3,000.00 元");
    expect(rowText(r, "zh")).not.toContain("最高 每");
  });
});

describe("a figure rounded for display", () => {
  test("a loan share that does not end at the 分 is 约 … （按精确值计算）, and the subsidy is from the exact value", () => {
    // 100,000.15 × 12/36 = 33,333.383…: shown 33,333.38; 30% of the exact share is 10,000.015 → 10,000.02,
    // where 30% of the shown 33,333.38 would be 10,000.01.
    const r = one({ item: "PLEDGE_LOAN", base: "100000.15", months: 36 });
    expect(r.eligible.toFixed(2)).toBe("10000.02");
    expect(renderExplain(r.explain, "zh")).toBe(
      "利息最多计 12 个月：贷款利息 100,000.15 元 × 12/36 = 约 33,333.38 元（按精确值计算）；(计入利息的精确值) × 30% = 10,000.02 元",
    );
    expect(renderExplain(r.explain, "en")).toContain("about 33,333.38 yuan (computed from the exact value)");
  });
  test("a share that ends at the 分 is shown plainly", () => {
    const r = one({ item: "PLEDGE_LOAN", base: "180000", months: 18, fees: "20000" });
    expect(renderExplain(r.explain, "zh")).not.toContain("约");
  });
});
