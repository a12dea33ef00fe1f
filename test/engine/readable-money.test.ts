import fc from "fast-check";
/**
 * Issue 11: "figures carry 元 and thousands separators everywhere a person reads them". Every sentence the
 * catalogs write (messages, calculations, an item's rule and caps) groups money by thousands and names its
 * unit; the report's numeric fields keep their plain two-decimal form (REPORT.md, JSON schema 1).
 */
import { checkBatch, describeCaps, describeRule, groupThousands, render, renderExplain, rowText } from "../../src/engine";
import { ITEMS_BY_CODE } from "../../src/policy";
import { claim } from "../support/claims";
import { sampled } from "../support/sampled";

/** A money figure of four digits or more written without a separator: what no sentence may hold. */
const UNGROUPED = /(?<![\d,.])\d{4,}\.\d\d(?!\d)/;

describe("money in every sentence a person reads", () => {
  it("a claim above its eligible amount: 申请金额 30,000.00 元超过可申请金额 20,000.00 元", () => {
    const issue = { code: "OVER_ELIGIBLE", field: "claimed", clause: "（三）", claimed: 3_000_000, eligible: 2_000_000 } as const;
    expect(render(issue, "zh")).toBe("申请金额 30,000.00 元超过可申请金额 20,000.00 元");
    expect(render(issue, "en")).toBe("Claim 30,000.00 yuan is above the eligible amount 20,000.00 yuan");
  });

  it("37 mediation cases: 每满 10 件资助 1 万元：37 件计 3 个，3 × 10,000.00 = 30,000.00 元", () => {
    const [[r]] = checkBatch([[claim({ item: "MEDIATION", quantity: 37 })]]);
    expect(renderExplain(r.explain, "zh")).toBe("每满 10 件资助 1 万元：37 件计 3 个，3 × 10,000.00 = 30,000.00 元");
    expect(renderExplain(r.explain, "en")).toBe("10,000.00 yuan per full 10 cases: 37 cases are 3 full tens, 3 × 10,000.00 = 30,000.00 yuan");
  });

  it("a running cap names every figure with separators and its unit, in both languages", () => {
    const rows = checkBatch([[
      claim({ row: 22, item: "ENFORCEMENT_OVERSEAS", base: "300000", claimed: "150000", year: 2026 }),
      claim({ row: 23, item: "ENFORCEMENT_OVERSEAS", base: "200000", claimed: "100000", year: 2026 }),
    ]])[0];
    const zh = rowText(rows[1], "zh");
    const en = rowText(rows[1], "en");
    expect(zh).toContain("上限 200,000.00 元");
    expect(zh).toContain("此前已核定 150,000.00 元");
    expect(en).toContain("the 2026 cap of 200,000.00 yuan");
    for (const text of [zh, en]) expect(text).not.toMatch(UNGROUPED);
  });

  it("an item's rule and caps: 同一主体每年最高 200,000.00 元 / 200,000.00 yuan per entity per year", () => {
    const item = ITEMS_BY_CODE.get("ENFORCEMENT_OVERSEAS")!;
    expect(describeCaps(item, "zh")).toBe("同一主体每年最高 200,000.00 元");
    expect(describeCaps(item, "en")).toBe("200,000.00 yuan per entity per year");
    expect(describeRule(ITEMS_BY_CODE.get("GI")!, "en")).toBe("100,000.00 yuan per item");
  });

  it("groupThousands adds separators only: the engine's exact figure, negative and small figures alike", () => {
    expect(groupThousands("1234567.89")).toBe("1,234,567.89");
    expect(groupThousands("999.99")).toBe("999.99");
    expect(groupThousands("-1000.50")).toBe("-1,000.50");
    expect(groupThousands("0.00")).toBe("0.00");
  });
});

describe("groupThousands: a comma between every three digits of the whole part, counted from its right", () => {
  /** The rule as written: split the whole part into threes from the right, join them with commas. */
  const byRule = (sign: string, whole: string, fraction: string) => {
    const groups: string[] = [];
    for (let end = whole.length; end > 0; end -= 3) groups.unshift(whole.slice(Math.max(0, end - 3), end));
    return `${sign}${groups.join(",")}${fraction}`;
  };

  it("any whole part, signed or not, with or without decimals", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("", "-"), fc.stringMatching(/^\d{1,22}$/), fc.option(fc.stringMatching(/^\d{1,4}$/), { nil: undefined }),
        (sign, whole, decimals) => {
          const fraction = decimals === undefined ? "" : `.${decimals}`;
          expect(groupThousands(`${sign}${whole}${fraction}`)).toBe(byRule(sign, whole, fraction));
        },
      ),
      sampled(2500),
    );
  });

  it("the edges of a group: three digits stay whole, four take one comma, six one, seven two", () => {
    expect(groupThousands("100.00")).toBe("100.00");
    expect(groupThousands("1000")).toBe("1,000");
    expect(groupThousands("-100000.5")).toBe("-100,000.5");
    expect(groupThousands("1000000")).toBe("1,000,000");
  });

  it("a text not of that form is returned as it is, never half grouped", () => {
    for (const text of ["", "-", ".50", "1000.", "1000.5x", "12,345.00", "1e21", "Infinity", "－1000", "１０００", "1000 元", "--1000"]) {
      expect(groupThousands(text)).toBe(text);
    }
  });
});
