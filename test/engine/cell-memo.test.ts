/**
 * What a check remembers of its cells lives in the check's own memo (src/engine/cellMemo), not in any
 * module: two checks share nothing, and a memo answers exactly as the policy's resolvers do afresh.
 */
import { checkCreditCode } from "../../src/engine";
import { CellMemo } from "../../src/engine/cellMemo";
import { readCondition } from "../../src/engine/outcome";
import { ITEMS_BY_CODE, normalise, resolveDistrict, resolveLevel, type ItemCode } from "../../src/policy";

const item = (code: ItemCode) => ITEMS_BY_CODE.get(code)!;

describe("a check's memo of its cells", () => {
  it("answers as the resolvers do afresh", () => {
    const cells = new CellMemo();
    // Full-width, lower case and spaces are one code (decision 11).
    for (const text of ["91320706MA1XKQ8L3T", "９１３２０７０６ma1xkq8l3t", " 91320706MA1XKQ8L3T ", "91320706MA1XKQ8L3X", ""]) {
      expect(cells.creditCode(text)).toEqual(checkCreditCode(text));
      const checked = checkCreditCode(text);
      expect(cells.validCode(text)).toBe(checked.ok ? checked.code : null);
    }
    expect(cells.validCode(null)).toBeNull();
    expect(cells.nameKey("连云港 甲科技（有限）公司")).toBe(normalise("连云港 甲科技（有限）公司"));
    expect(cells.nameKey(null)).toBe("");
    for (const text of ["国家级", "national", "省", "市级", "国家级别"]) {
      expect(cells.level(item("TRAINING_BASE"), text)).toEqual(resolveLevel(item("TRAINING_BASE"), text));
    }
    for (const text of ["胜诉", "已结案，胜诉", "审理中", "", null]) {
      expect(cells.condition(item("ENFORCEMENT_DOMESTIC"), text)).toEqual(readCondition(item("ENFORCEMENT_DOMESTIC"), text));
    }
  });

  it("remembers a text within one check and nothing across checks", () => {
    const one = new CellMemo();
    const other = new CellMemo();
    const text = "91320706MA1XKQ8L3T";
    expect(one.creditCode(text)).toBe(one.creditCode(text));
    expect(one.creditCode(text)).not.toBe(other.creditCode(text));
    expect(one.level(item("TRAINING_BASE"), "国家")).toBe(one.level(item("TRAINING_BASE"), "国家"));
    const lost = one.condition(item("ENFORCEMENT_DOMESTIC"), "一审败诉");
    expect(lost.result).toBe("notMet");
    expect(one.condition(item("ENFORCEMENT_DOMESTIC"), "一审败诉")).toBe(lost);
    expect(other.condition(item("ENFORCEMENT_DOMESTIC"), "一审败诉")).not.toBe(lost);
  });

  it("leaves the policy's resolvers reading each word afresh, by the policy's own words", () => {
    expect(resolveLevel(item("TRAINING_BASE"), "国家")).toEqual({ ok: true, value: item("TRAINING_BASE").levels![0] });
    expect(item("TRAINING_BASE").levels![0].name).toBe("国家级");
    expect(resolveLevel(item("TRAINING_BASE"), "市级").ok).toBe(false);
    expect(resolveDistrict("海州")?.name).toBe("海州区");
    expect(resolveDistrict("新浦区")?.name).toBe("海州区");
    expect(resolveDistrict("不存在区")).toBeUndefined();
  });
});
