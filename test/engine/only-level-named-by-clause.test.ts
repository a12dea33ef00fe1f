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

/**
 * An item whose levels are all of one rank has that rank by its name:
 * （十八）「对获批国家知识产权示范企业、优势企业的，分别给予 5 万元、2 万元奖励」 — both are the national office's;
 * （十四）「对获批国家知识产权信息公共服务网点、高校国家知识产权信息服务中心、技术与创新支持中心（TISC）的」 — all three
 * are national. A 级别 国家级 restates it; it names neither 示范企业 nor 优势企业, so where the amount depends on
 * which, the item's words must name it.
 */
describe("a 级别 restating the rank every level of the item has", () => {
  it("「国家知识产权优势企业」 with 级别 国家级 is the 优势企业, 20,000, silently", () => {
    const r = one({ item: "国家知识产权优势企业", level: "国家级", claimed: "20000" });
    expect(codes(r)).toEqual([]);
    expect(formatMoney(r.approvable)).toBe("20000.00");
  });
  it("「国家知识产权示范企业」 with 级别 国家级 is the 示范企业, 50,000, silently", () => {
    const r = one({ item: "国家知识产权示范企业", level: "国家级", claimed: "50000" });
    expect(codes(r)).toEqual([]);
    expect(formatMoney(r.approvable)).toBe("50000.00");
  });
  it("IP_ENTERPRISE with 级别 国家级 and no level in its words is still UNKNOWN_LEVEL: 5 万 or 2 万 is not said", () => {
    const r = one({ item: "IP_ENTERPRISE", level: "国家级", claimed: "20000" });
    expect(codes(r)).toContain("UNKNOWN_LEVEL");
    expect(formatMoney(r.approvable)).toBe("0.00");
  });
  it("「技术与创新支持中心」 with 级别 国家级 approves the 200,000 silently", () => {
    const r = one({ item: "技术与创新支持中心", level: "国家级", outcome: "已获批", claimed: "200000" });
    expect(codes(r)).toEqual([]);
    expect(formatMoney(r.approvable)).toBe("200000.00");
  });
  it("IP_ENTERPRISE with 级别 省级 is still UNKNOWN_LEVEL", () => {
    expect(codes(one({ item: "国家知识产权优势企业", level: "省级", claimed: "20000" }))).toContain("UNKNOWN_LEVEL");
  });
});
