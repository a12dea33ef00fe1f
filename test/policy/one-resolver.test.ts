/**
 * One reading of every item word in every host (MEASURES.md decision 28): 「质押」, 「贴息」 and 「知识产权质押」
 * name PLEDGE_LOAN in the check, explain, --rate, --history, the custom functions and the pane (which runs
 * the check's engine); 「开放许可」 and 「维权」 stay ambiguous (decision 20); an unknown word is answered with
 * the items most like it, never with items that merely come first in the list.
 */
import { explainText, findItem } from "../../src/cli/explainCommand";
import { parseRates, UsageError } from "../../src/cli/rates";
import type { UsageProblem } from "../../src/cli/usageProblem";

/** The usage problem `f` refuses with. */
function problemOf(f: () => unknown): UsageProblem | undefined {
  try {
    f();
  } catch (e) {
    if (e instanceof UsageError) return e.problem;
    throw e;
  }
  return undefined;
}
import { checkBatch, render } from "../../src/engine";
import { clause, ipaward } from "../../src/functions/functions";
import { ITEMS, resolveItem } from "../../src/policy";
import { readHistory } from "../../src/workbook/table/history";
import { cell, installFakeRuntime } from "../functions/excelRuntime";
import { claim } from "../support/claims";
import { grid } from "../workbook/table/helpers";

beforeAll(installFakeRuntime);

const PLEDGE_WORDS = ["质押", "贴息", "知识产权质押"];
const N = null as unknown as undefined;

describe("「质押」, 「贴息」 and 「知识产权质押」 name PLEDGE_LOAN in every host", () => {
  test.each(PLEDGE_WORDS)("%s: the resolver", (word) => {
    expect(resolveItem(word)).toMatchObject({ ok: true, value: { code: "PLEDGE_LOAN" } });
  });
  test.each(PLEDGE_WORDS)("%s: lygip check computes clause （七）'s loan subsidy", (word) => {
    const [[r]] = checkBatch([[claim({ item: word, base: "180000", months: 18, fees: "20000" })]]);
    expect(r.item?.code).toBe("PLEDGE_LOAN");
    expect(r.eligible.toFixed(2)).toBe("42000.00");
  });
  test.each(PLEDGE_WORDS)("%s: lygip explain", (word) => {
    expect(findItem(word).code).toBe("PLEDGE_LOAN");
  });
  test.each(PLEDGE_WORDS)("%s: --rate sets the pledge loan's rate", (word) => {
    expect(Object.keys(parseRates([`${word}=0.25`]).rates ?? {})).toEqual(["PLEDGE_LOAN"]);
  });
  test.each(PLEDGE_WORDS)("%s: --history counts an approval of the pledge loan", (word) => {
    const { entries, issues } = readHistory(grid("历史", [["单位名称", "申报年度", "支持事项", "核定金额"], ["甲公司", 2025, word, 1000]]));
    expect(issues).toEqual([]);
    expect(entries.map((e) => e.item)).toEqual(["PLEDGE_LOAN"]);
  });
  test.each(PLEDGE_WORDS)("%s: the custom functions", (word) => {
    expect(ipaward(word, N, N, 180000, 18, 20000)).toBe(42000);
    expect(clause(word)).toBe("第（七）条 知识产权质押融资贷款利息及评估等服务费用补助");
  });
});

describe("item words that name a level give that level in every host (decisions 24 and 28)", () => {
  // （二十一）「高级知识产权师…0.5 万元/人」, （十八）「优势企业…2 万元」, （十二）「国家级…保护平台载体…最高 20 万元」.
  test.each([
    ["高级知识产权师", 2, "10,000.00", 10000],
    ["优势企业", null, "20,000.00", 20000],
    ["国家级知识产权保护平台", null, "200,000.00", 200000],
  ])("%s: the check, lygip explain and IPAWARD agree without a 级别", (word, quantity, shown, amount) => {
    const [[r]] = checkBatch([[claim({ item: word, quantity: quantity ?? undefined, startDate: "2020-01-01" })]]);
    expect(r.eligible.toNumber()).toBe(amount);
    const pairs = quantity === null ? [] : [`数量=${quantity}`];
    expect(explainText(word, pairs, "zh")).toMatch(new RegExp(`^计算：(.* = |最高 )?${shown} 元（`, "m"));
    expect(ipaward(word, N, quantity ?? N)).toBe(amount);
  });
  // Decision 24: a 级别 that contradicts the words gives the lower of the two levels' amounts (the check marks
  // the row LEVEL_CONFLICT); explain and IPAWARD compute that same amount. 高级 is 0.5 万元, 正高级 0.8 万元.
  test("a 级别 contradicting such words gives the lower of the two amounts in explain and IPAWARD, as in the check", () => {
    expect(explainText("高级知识产权师", ["级别=正高级", "数量=1"], "zh")).toMatch(/^计算：.* = 5,000\.00 元（/m);
    expect(ipaward("高级知识产权师", "正高级", 1)).toBe(5000);
    expect(ipaward("正高级知识产权师", "高级", 1)).toBe(5000);
  });
});

describe("words that name two items stay ambiguous everywhere (decision 20)", () => {
  test.each([
    ["开放许可", ["OPEN_LICENSE_DECLARE", "OPEN_LICENSE_DEAL"]],
    ["维权", ["ENFORCEMENT_DOMESTIC", "ENFORCEMENT_OVERSEAS"]],
  ])("%s: AMBIGUOUS_ITEM in the check and --history, a usage error in explain and --rate, #VALUE! in a function", (word, codes) => {
    const found = resolveItem(word);
    expect(found.ok).toBe(false);
    expect(!found.ok && found.candidates?.map((c) => c.code)).toEqual(codes);
    const [[r]] = checkBatch([[claim({ item: word, base: "100000", quantity: 10 })]]);
    expect(r.issues.map((i) => i.code)).toContain("AMBIGUOUS_ITEM");
    expect(r.verdict).toBe("rejected");
    const history = readHistory(grid("历史", [["单位名称", "申报年度", "支持事项", "核定金额"], ["甲公司", 2025, word, 1000]]));
    expect(history.issues.map((i) => i.issue.code)).toEqual(["AMBIGUOUS_ITEM"]);
    expect(problemOf(() => findItem(word))).toEqual({ code: "EXPLAIN_SEVERAL_ITEMS", text: word, items: codes });
    expect(problemOf(() => parseRates([`${word}=0.2`]))).toMatchObject({ code: "RATE_UNKNOWN_ITEM", text: word });
    expect(cell(() => clause(word)).error).toBe("#VALUE!");
  });
});

describe("suggestions for an unknown word are the nearest items", () => {
  test("「专利导般」 (a typo of 专利导航) suggests 专利导航项目 first, and nothing unlike it", () => {
    const found = resolveItem("专利导般");
    expect(found.ok).toBe(false);
    const closest = found.ok ? [] : found.closest;
    expect(closest[0]).toBe("专利导航项目");
    // Every suggestion is an item some of whose words hold 专利 (专利代理师, 专利质押 …); none is suggested for its
    // place in the list.
    for (const name of closest) {
      const item = ITEMS.find((i) => i.name === name)!;
      expect({ name, alike: [item.name, ...item.aliases].some((k) => k.includes("专利")) }).toEqual({ name, alike: true });
    }
  });
  test("「知识产权保险费」 suggests 知识产权保险 first", () => {
    const found = resolveItem("知识产权保险费");
    expect(!found.ok && found.closest[0]).toBe("知识产权保险");
  });
  test("a word like no item suggests none rather than the first items of the list", () => {
    expect(resolveItem("不存在的事项")).toEqual({ ok: false, closest: [] });
  });
  test("the check's message quotes each suggestion, so a name holding 、 reads as one name", () => {
    const [[r]] = checkBatch([[claim({ item: "江苏专利奖配套补助" })]]);
    const issue = r.issues.find((i) => i.code === "UNKNOWN_ITEM");
    // 「江苏专利奖配套补助」 is no word of an item, but it is most like 「中国专利奖、江苏专利奖配套奖励」.
    const text = issue ? render(issue, "zh") : "";
    expect(text).toContain("最接近的是：「中国专利奖、江苏专利奖配套奖励」");
  });
});
