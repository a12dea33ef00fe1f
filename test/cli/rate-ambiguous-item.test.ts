/**
 * Decisions 20 and 28: a word that names several items equally well (「维权」: （十） domestic or （十一） overseas
 * enforcement; 「（七）」: the loan, securitisation or insurance) is ambiguous in every host. The check, explain
 * and --history say it may mean those items; --rate said it could not recognise the word at all.
 */
import { parseRates, UsageError } from "../../src/cli/rates";
import { usageText } from "../../src/cli/usageWords";
import type { UsageProblem } from "../../src/cli/usageProblem";
import { PAGE_TEXTS } from "../../src/page/texts";

function problemOf(spec: string): UsageProblem {
  try {
    parseRates([spec]);
  } catch (e) {
    if (e instanceof UsageError) return e.problem;
  }
  throw new Error(`${spec} was read`);
}

describe("--rate with a word that names several items", () => {
  it("「维权」 may mean either enforcement item, and says so in both languages", () => {
    const p = problemOf("维权=0.2");
    expect(usageText(p, "zh")).toBe("--rate：「维权」可指多个支持事项：「国内知识产权维权」、「海外知识产权维权」；请写事项代码或全称");
    expect(usageText(p, "en")).toContain("could be several items");
    expect(usageText(p, "en")).not.toMatch(/unknown/);
  });
  it("「（七）」 may mean the clause's three items", () => {
    expect(usageText(problemOf("（七）=0.2"), "zh")).toMatch(/^--rate：「（七）」可指多个支持事项：/);
  });
  it("a word that names no item is still unknown, with the nearest", () => {
    expect(usageText(problemOf("专利导般=0.2"), "zh")).toMatch(/^--rate：无法识别支持事项「专利导般」/);
  });
  it("the page words a rate line the same way", () => {
    const several = { kind: "unknown", text: "维权", names: ["国内知识产权维权", "海外知识产权维权"], several: true } as const;
    expect(PAGE_TEXTS.zh.rateProblem(several)).toContain("可指多个支持事项");
    expect(PAGE_TEXTS.en.rateProblem(several)).toContain("could be several items");
  });
});
