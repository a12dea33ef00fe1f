/** LYGIP.CLAUSE, CAP, DAXIE and CREDITCODE from the policy text, MEASURES.md and GB 32100-2015. */
import { cap, clause, creditcode, daxie } from "../../src/functions/functions";
import { cell, installFakeRuntime } from "./excelRuntime";

beforeAll(installFakeRuntime);
const N = null as unknown as number;

describe("CLAUSE", () => {
  test("clause number and Chinese name, whatever the item was typed as", () => {
    expect(clause("PLEDGE_LOAN")).toBe("第（七）条 知识产权质押融资贷款利息及评估等服务费用补助");
    expect(clause("专利代理师")).toBe("第（二十一）条 专利代理师");
    expect(clause("ip_engineer")).toBe("第（二十一）条 知识产权师");
  });
  test("an unknown item is #VALUE! naming the closest", () => {
    const r = cell(() => clause("知识产权保险费"));
    expect(r.error).toBe("#VALUE!");
    expect(r.message).toContain("知识产权保险");
  });
});

describe("CAP (decision 7)", () => {
  test.each([
    ["DATA_IP", 20000], ["PLEDGE_LOAN", 200000], ["IP_INSURANCE", 50000], ["OPEN_LICENSE_DECLARE", 20000],
    ["OPEN_LICENSE_DEAL", 20000], ["ENFORCEMENT_DOMESTIC", 100000], ["ENFORCEMENT_OVERSEAS", 200000], ["MEDIATION", 200000],
  ])("%s: %d a year", (item, amount) => {
    expect(cap(item)).toBe(amount);
  });
  test("an item without an annual cap is #N/A, not 0", () => {
    const r = cell(() => cap("GI"));
    expect(r.error).toBe("#N/A");
    expect(r.message).toContain("没有年度资助上限");
  });
  test("a blank item is #VALUE!", () => {
    expect(cell(() => cap(null as unknown as string)).error).toBe("#VALUE!");
  });
});

describe("DAXIE", () => {
  test.each([
    [100000, "壹拾万元整"],
    [42000, "肆万贰仟元整"],
    [1000.05, "壹仟元零伍分"],
    [100000.05, "壹拾万元零伍分"],
    [1234567.89, "壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分"],
    [0.05, "伍分"],
    [0, "零元整"],
  ])("%d → %s", (amount, text) => {
    expect(daxie(amount)).toBe(text);
  });
  test("a formula result with binary noise is read as Excel shows it: (0.1 + 0.2) × 10 → 叁元整", () => {
    expect(daxie((0.1 + 0.2) * 10)).toBe("叁元整");
  });
  test("blank on the web (null) and on desktop (0) read alike", () => {
    expect(daxie(N)).toBe(daxie(0));
  });
  test("negative amounts and amounts below the 分 are #VALUE!, never rounded", () => {
    expect(cell(() => daxie(-1)).message).toContain("负数");
    expect(cell(() => daxie(1.005)).message).toContain("ROUND");
  });
  test("the largest amount Excel holds to the 分, 9,999,999,999,999.99, is written to the 分", () => {
    expect(daxie(9999999999999.99)).toBe("玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分");
  });
  test("10^13 元 or more is #VALUE! saying it is too large: Excel's 15 digits no longer hold its 分", () => {
    // 10000000000000.01 reaches the function as 10000000000000.0098…, which Excel shows as 10000000000000.0.
    for (const amount of [10000000000000.01, 1e13, 1e16]) {
      const r = cell(() => daxie(amount));
      expect(r.error).toBe("#VALUE!");
      expect(r.message).toContain("过大");
    }
  });
});

describe("CREDITCODE (GB 32100-2015)", () => {
  // A code widely published as the standard's worked example: its check character 3 is right.
  test("a well-formed code with the right check character", () => {
    expect(creditcode("91350100M000100Y43")).toBe(true);
  });
  test("lower case and full-width forms are accepted", () => {
    expect(creditcode("91350100m000100y43")).toBe(true);
    expect(creditcode("９１３５０１００Ｍ０００１００Ｙ４３")).toBe(true);
  });
  test("a wrong check character, a wrong length, a forbidden letter", () => {
    expect(creditcode("91350100M000100Y44")).toBe(false);
    expect(creditcode("91350100M000100Y4")).toBe(false);
    expect(creditcode("91350100I000100Y43")).toBe(false);
  });
  test("blank (null, '' or a desktop 0) is not a valid code", () => {
    expect(creditcode(null as unknown as string)).toBe(false);
    expect(creditcode("")).toBe(false);
    expect(creditcode(0 as unknown as string)).toBe(false);
  });
});
