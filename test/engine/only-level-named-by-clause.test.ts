/**
 * Decision 24: a 级别 that restates the only level an item has is accepted silently. The clause names that level
 * in the item's own words, so a row that writes it down is no less the item:
 * （十七）「对入选国家知识产权局地理标志运用促进重点联系指导名录的，给予 5 万元资金支持」 — the list is the national
 * office's (国家级) and there is no other;
 * （十四）「对在省知识产权信息公共服务网点绩效评价中获得优秀等次的，给予 5 万元奖励」 — the evaluation is the
 * province's (省级) and there is no other.
 */
import { checkBatch, formatMoney, type RowResult } from "../../src/engine";
import { claim, codes, type ClaimSpec } from "../support/claims";

const one = (spec: ClaimSpec): RowResult => checkBatch([[claim({ row: 2, ...spec })]])[0][0];

describe("a 级别 restating the one level the clause gives the item", () => {
  it("国家级 on GI_PROMOTION_LIST (国家知识产权局…名录) approves the 50,000 silently", () => {
    const r = one({ item: "GI_PROMOTION_LIST", level: "国家级", claimed: "50000" });
    expect(codes(r)).toEqual([]);
    expect(formatMoney(r.approvable)).toBe("50000.00");
    expect(r.verdict).toBe("approved");
  });
  it("省级 on GI_PROMOTION_LIST is still UNKNOWN_LEVEL: the list is the national office's", () => {
    expect(codes(one({ item: "GI_PROMOTION_LIST", level: "省级", claimed: "50000" }))).toContain("UNKNOWN_LEVEL");
  });
  it("省级 on OUTLET_EXCELLENT (省知识产权信息公共服务网点绩效评价) approves the 50,000 silently", () => {
    const r = one({ item: "OUTLET_EXCELLENT", level: "省级", outcome: "获评优秀", claimed: "50000" });
    expect(codes(r)).toEqual([]);
    expect(formatMoney(r.approvable)).toBe("50000.00");
    expect(r.verdict).toBe("approved");
  });
  it("国家级 on OUTLET_EXCELLENT is still UNKNOWN_LEVEL: the evaluation is the province's", () => {
    expect(codes(one({ item: "OUTLET_EXCELLENT", level: "国家级", outcome: "获评优秀", claimed: "50000" }))).toContain("UNKNOWN_LEVEL");
  });
});
