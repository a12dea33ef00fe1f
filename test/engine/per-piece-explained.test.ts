/**
 * Decisions 3 and 10: a quantity multiplies where the clause pays per piece, and the explanation shows the
 * multiplication so a clerk can follow it. （二）「每项地理标志保护产品或地理标志商标给予 10 万元奖励」 and
 * （十九）「每项给予最高 2 万元奖励」 pay per piece, as （三）「给予每件最高 1000 元资金支持」 does.
 */
import { checkBatch, describeRule, formatMoney, renderExplain, type RowResult } from "../../src/engine";
import { itemByCode } from "../../src/policy";
import { claim, type ClaimSpec } from "../support/claims";

const one = (spec: ClaimSpec): RowResult => checkBatch([[claim({ row: 2, ...spec })]])[0][0];

describe("an item paid per piece shows what each piece earns and how many", () => {
  it("GI, 数量 2: 每项 100,000.00 元 × 2 项 = 200,000.00 元", () => {
    const r = one({ item: "GI", quantity: 2, claimed: "200000" });
    expect(formatMoney(r.approvable)).toBe("200000.00");
    expect(renderExplain(r.explain, "zh")).toBe("每项 100,000.00 元 × 2 项 = 200,000.00 元");
    expect(renderExplain(r.explain, "en")).toBe("100,000.00 yuan per item × 2 = 200,000.00 yuan");
  });
  it("IP_STANDARD, 数量 3: 每项最高 20,000.00 元 × 3 项 = 60,000.00 元", () => {
    const r = one({ item: "IP_STANDARD", quantity: 3, outcome: "已通过认证", claimed: "60000" });
    expect(renderExplain(r.explain, "zh")).toBe("每项最高 20,000.00 元 × 3 项 = 60,000.00 元");
  });
  it("GI, 数量 1, reads as the clause's single amount, as DATA_IP's single certificate does", () => {
    expect(renderExplain(one({ item: "GI", claimed: "100000" }).explain, "zh")).toBe("100,000.00 元");
  });
  it("an item paid once (SECURITIZATION, 每项 a project per row) still shows no multiplication", () => {
    expect(renderExplain(one({ item: "SECURITIZATION", quantity: 2, claimed: "500000" }).explain, "zh")).toBe("最高 500,000.00 元");
  });
  it("the rule says per piece: GI 100,000.00 元 / 项, IP_STANDARD 最高 20,000.00 元 / 项", () => {
    expect(describeRule(itemByCode("GI"), "zh")).toBe("100,000.00 元 / 项");
    expect(describeRule(itemByCode("IP_STANDARD"), "zh")).toBe("最高 20,000.00 元 / 项");
    expect(describeRule(itemByCode("IP_STANDARD"), "en")).toBe("up to 20,000.00 yuan per item");
    expect(describeRule(itemByCode("SECURITIZATION"), "zh")).toBe("最高 500,000.00 元");
  });
});
