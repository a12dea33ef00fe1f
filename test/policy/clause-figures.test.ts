/**
 * Every figure the product holds is quoted from its clause: the quote stands in that clause of the policy
 * text, and the figure (as the text writes it, in 万元, 元 or %) stands in the quote.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { CAP_GROUPS, EDITION, ITEMS } from "../../src/policy";

const TEXT = readFileSync(resolve(__dirname, "../../docs/policy/lianyungang-2025-3.md"), "utf8");
const squash = (s: string) => s.replace(/\s+/g, "");

/** The paragraph of clause （N）, as the policy text has it. */
function clauseText(clause: string): string {
  const start = TEXT.indexOf(clause);
  if (start < 0) throw new Error(`clause ${clause} not in the policy text`);
  const end = TEXT.indexOf("\n", start);
  return squash(TEXT.slice(start, end < 0 ? undefined : end));
}

/** The ways the policy writes an amount in 元: "30 万元", "0.6 万元/人", "1000 元", "5000 元". */
function writtenForms(yuan: string): string[] {
  const n = Number(yuan);
  const forms = [`${n}元`];
  if (n % 1000 === 0) forms.push(`${n / 10000}万元`);
  return forms;
}

describe("clause words", () => {
  it.each(ITEMS.map((i) => [i.code, i] as const))("%s quotes its own clause", (_code, item) => {
    expect(clauseText(item.clause)).toContain(squash(item.words));
  });

  it.each(Object.values(CAP_GROUPS).map((g) => [g.id, g] as const))("the %s cap quotes its clause", (_id, group) => {
    expect(clauseText(group.clause)).toContain(squash(group.words));
  });

  it("the period is the text's closing paragraph", () => {
    expect(squash(TEXT)).toContain(squash(EDITION.periodWords));
    expect(squash(TEXT)).toContain("连政发〔2021〕79号");
  });

  it.each(ITEMS.filter((i) => i.condition).map((i) => [i.code, i] as const))("the %s condition quotes its own clause", (_code, item) => {
    expect(clauseText(item.clause)).toContain(squash(item.condition!.words));
  });
});

describe("figures stand in their quotes", () => {
  for (const item of ITEMS) {
    const rule = item.rule;
    const words = squash(item.words);
    if (rule.kind === "fixed" || rule.kind === "upTo") {
      const amounts = typeof rule.amount === "string" ? [rule.amount] : Object.values(rule.amount);
      it.each(amounts)(`${item.code} amount %s`, (amount) => {
        expect(writtenForms(amount).some((f) => words.includes(f))).toBe(true);
      });
      if (rule.kind === "upTo") it(`${item.code} is a ceiling: the text says 最高 or 不超过`, () => expect(/最高|不超过/.test(words)).toBe(true));
      else it(`${item.code} is a standard amount: the text has no 最高`, () => expect(words).not.toMatch(/最高/));
    } else if (rule.kind === "perFullTen") {
      it(`${item.code}: ${rule.amount} per full 10`, () => {
        expect(writtenForms(rule.amount).some((f) => words.includes(f))).toBe(true);
        expect(words).toMatch(/每(依法成功调解)?10(项|件)/);
      });
    } else if (rule.kind === "rate") {
      it(`${item.code} rate ${rule.rate}`, () => {
        const percent = `${Number(rule.rate) * 100}`;
        expect(words.includes(`${percent}%`) || words.includes(`${percent}％`)).toBe(true);
        expect(/最高|不超过/.test(words)).toBe(rule.ceiling);
      });
    } else {
      it(`${item.code}: the clause sets no amount`, () => expect(words).not.toMatch(/万元|元|%/));
    }
  }

  it.each(Object.values(CAP_GROUPS).map((g) => [g.id, g] as const))("cap %s", (_id, group) => {
    expect(writtenForms(group.amount).some((f) => squash(group.words).includes(f))).toBe(true);
  });

  it("the pledge loan counts two years and one year of interest, as the clause says", () => {
    const loan = ITEMS.find((i) => i.code === "PLEDGE_LOAN")!;
    expect(clauseText("（七）")).toContain(`累计获得补助不超过${loan.maxYears}年`);
    expect(squash(loan.words)).toContain("单笔贷款利息补助不超过1年");
  });

  it("the loan's 12 months and 2 years are data, each beside the clause's words", () => {
    const loan = ITEMS.find((i) => i.code === "PLEDGE_LOAN")!;
    // 「单笔贷款利息补助不超过 1 年」: one year of interest is 12 months.
    expect(clauseText("（七）")).toContain(squash(loan.loanMonthsWords!));
    expect(squash(loan.loanMonthsWords!)).toContain(`不超过${loan.loanMonths! / 12}年`);
    expect(clauseText("（七）")).toContain(squash(loan.maxYearsWords!));
    expect(squash(loan.maxYearsWords!)).toContain(`${loan.maxYears}年`);
  });

  it("a per-full-ten item's ten is the clause's own figure", () => {
    for (const item of ITEMS) {
      if (item.rule.kind !== "perFullTen") continue;
      expect(squash(item.words)).toMatch(new RegExp(`每(依法成功调解)?${item.rule.size}(项|件)`));
    }
  });

  it("one-time items are the ones the text calls 一次性", () => {
    for (const item of ITEMS) expect(Boolean(item.oneTime)).toBe(squash(item.words).includes("一次性"));
  });
});

describe("the item list", () => {
  it("has the 32 item codes of MEASURES.md, each once", () => {
    const measures = readFileSync(resolve(__dirname, "../../docs/policy/MEASURES.md"), "utf8");
    const listed = [...measures.matchAll(/^\| ([A-Z_]+) \| （/gm)].map((m) => m[1]);
    expect(listed).toHaveLength(32);
    expect(ITEMS.map((i) => i.code).sort()).toEqual([...listed].sort());
  });

  it("covers every clause （一） to （二十二）", () => {
    const clauses = new Set(ITEMS.map((i) => i.clause));
    expect(clauses.size).toBe(22);
  });
});
