/**
 * REPORT.md (rev. 3): a refused row's `explain` and `explain_en` say 核定 0 元 and why before any calculation,
 * as the workbook's 审核说明 does; other rows' `explain` is the calculation alone.
 */
import { checkBatch, renderExplain, rowJson } from "../../src/engine";
import { claim } from "../support/claims";

const headerOf = () => undefined;
const json = (specs: Parameters<typeof claim>[0][]) =>
  checkBatch([specs.map((s, i) => claim({ row: i + 2, ...s }))])[0].map((r) => ({ r, j: rowJson(r, headerOf) }));

describe("the JSON explain of a refused row", () => {
  // （二十）「一次性给予 40 万元资金支持」: the second claim of the unit is ONE_TIME_ONLY.
  const [, second] = json([
    { item: "TRAINING_BASE", level: "省级", year: 2026 },
    { item: "TRAINING_BASE", level: "省级", year: 2027, eventDate: "2027-01-01", claimed: "400000" },
  ]);
  it("begins with 核定 0 元，不予支持 and the reason, before the calculation", () => {
    expect(second.r.verdict).toBe("rejected");
    expect(second.j.explain.startsWith("核定 0 元，不予支持：该事项为一次性资助")).toBe(true);
    const reason = second.j.explain.indexOf("一次性资助");
    const calculation = second.j.explain.indexOf("按条款计算为");
    expect(calculation).toBeGreaterThan(reason);
    expect(second.j.explain.endsWith("不予核定")).toBe(true);
  });
  it("begins with 0 yuan approved, rejected and the reason in English", () => {
    expect(second.j.explain_en.startsWith("0 yuan approved, rejected: A one-time award")).toBe(true);
    expect(second.j.explain_en.endsWith("not approved")).toBe(true);
  });
  it("a refused row without any calculation says 核定 0 元 and why alone", () => {
    const [{ j }] = json([{ item: "不存在的事项", claimed: "1000" }]);
    expect(j.verdict).toBe("rejected");
    expect(j.explain).toMatch(/^核定 0 元，不予支持：无法识别支持事项「不存在的事项」/);
    expect(j.explain).not.toContain("按条款计算为");
  });
  it("an approved row's explain is still the calculation alone", () => {
    const [{ r, j }] = json([{ item: "TRAINING_BASE", level: "省级" }]);
    expect(r.verdict).toBe("approved");
    expect(j.explain).toBe(renderExplain(r.explain, "zh"));
    expect(j.explain_en).toBe(renderExplain(r.explain, "en"));
  });
});
