/** The worked examples of MEASURES.md, each through the batch check as a reviewer would meet it. */
import { checkBatch, formatMoney, renderExplain } from "../../src/engine";
import { claim, codes } from "../support/claims";

const money = (m: { toString(): string }) => formatMoney(m as never);

describe("MEASURES.md worked examples", () => {
  it("PLEDGE_LOAN 180,000 interest over 18 months plus 20,000 fees: 30% × (120,000 + 20,000) = 42,000", () => {
    const [[r]] = checkBatch([[claim({ item: "PLEDGE_LOAN", base: "180000", months: 18, fees: "20000", claimed: "42000" })]]);
    expect(money(r.eligible)).toBe("42000.00");
    expect(money(r.approvable)).toBe("42000.00");
    expect(renderExplain(r.explain, "zh")).toBe("利息最多计 12 个月：贷款利息 180,000.00 元 × 12/18 = 120,000.00 元；(120,000.00 元 + 评估等服务费 20,000.00 元) × 30% = 42,000.00 元");
    expect(codes(r)).not.toContain("OVER_ELIGIBLE");
  });

  it("PLEDGE_LOAN 900,000 over 12 months, no fees: 270,000 capped to 200,000", () => {
    const [[r]] = checkBatch([[claim({ item: "PLEDGE_LOAN", base: "900000", months: 12, fees: "0" })]]);
    expect(money(r.eligible)).toBe("200000.00");
    expect(renderExplain(r.explain, "zh")).toBe("(贷款利息 900,000.00 元) × 30% = 270,000.00 元；超过年度上限，按上限 200,000.00 元计");
  });

  it("DATA_IP 30 certificates: 30 × 1,000 = 30,000, capped to 20,000 for one row", () => {
    const [[r]] = checkBatch([[claim({ item: "DATA_IP", quantity: 30 })]]);
    expect(money(r.eligible)).toBe("20000.00");
    expect(renderExplain(r.explain, "zh")).toBe("每件最高 1,000.00 元 × 30 件 = 30,000.00 元；超过年度上限，按上限 20,000.00 元计");
  });

  it("MEDIATION 37 cases: 30,000", () => {
    const [[r]] = checkBatch([[claim({ item: "MEDIATION", quantity: 37 })]]);
    expect(money(r.eligible)).toBe("30000.00");
  });

  it("open licences 25 declared (20,000) + 3 deals (15,000) for one patentee: 20,000 approvable, the row over the cap flagged", () => {
    const [[declare, deal]] = checkBatch([[
      claim({ item: "OPEN_LICENSE_DECLARE", quantity: 25, claimed: "20000" }),
      claim({ item: "OPEN_LICENSE_DEAL", quantity: 3, claimed: "15000" }),
    ]]);
    expect(money(declare.eligible)).toBe("20000.00");
    expect(money(deal.eligible)).toBe("15000.00");
    expect(money(declare.approvable.plus(deal.approvable))).toBe("20000.00");
    expect(codes(declare)).not.toContain("CAP_EXCEEDED");
    expect(codes(deal)).toContain("CAP_EXCEEDED");
    expect(money(deal.excess)).toBe("15000.00");
  });

  it("IP_ENGINEER 2 × 高级 and 1 × 正高级 on two rows: 10,000 and 8,000", () => {
    const [[senior, principal]] = checkBatch([[
      claim({ item: "IP_ENGINEER", level: "高级", quantity: 2, startDate: "2024-01-01" }),
      claim({ item: "IP_ENGINEER", level: "正高级", quantity: 1, startDate: "2024-01-01" }),
    ]]);
    expect(money(senior.eligible)).toBe("10000.00");
    expect(money(principal.eligible)).toBe("8000.00");
  });

  it("ENFORCEMENT_OVERSEAS fees 300,000 then 200,000 in one year: 150,000, then 100,000 eligible and 50,000 approvable, flagged", () => {
    const [[first, second]] = checkBatch([[
      claim({ item: "ENFORCEMENT_OVERSEAS", base: "300000", outcome: "胜诉", claimed: "150000" }),
      claim({ item: "ENFORCEMENT_OVERSEAS", base: "200000", outcome: "和解", claimed: "100000" }),
    ]]);
    expect(money(first.approvable)).toBe("150000.00");
    expect(money(second.eligible)).toBe("100000.00");
    expect(money(second.approvable)).toBe("50000.00");
    expect(money(second.excess)).toBe("50000.00");
    expect(codes(second)).toContain("CAP_EXCEEDED");
    expect(second.status).toBe("error");
  });
});
