/**
 * `lygip explain` as a clerk types it (issue 12): Chinese item words and aliases, Chinese keys beside the
 * English ones, real neighbours for an unknown item, and a missing input as a usage error (exit 2).
 */
import { ITEMS } from "../../src/policy";
import { lygip } from "../support/cli";

// 第（七）条: "对贷款利息及评估等服务费用给予最高30％的补助，单笔贷款利息补助不超过 1 年".
const WORKED = "利息最多计 12 个月：贷款利息 180,000.00 元 × 12/18 = 120,000.00 元；(120,000.00 元 + 评估等服务费 20,000.00 元) × 30% = 42,000.00 元（第（七）条）";

describe("item words", () => {
  test.each([["质押"], ["贴息"], ["质押融资"], ["知识产权质押融资贴息"], ["PLEDGE_LOAN"], ["pledge"]])(
    "%s names the pledge-loan item, clause （七）",
    async (word) => {
      const r = await lygip("explain", word, "base=180000", "months=18", "fees=20000");
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^PLEDGE_LOAN {2}知识产权质押融资贷款利息及评估等服务费用补助/);
      expect(r.stdout).toContain(WORKED);
    },
  );
  test("a word that names several items lists them all by code and name, exit 2", async () => {
    const r = await lygip("explain", "专利", "quantity=1");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("「专利」可指多个支持事项");
    for (const code of ["PATENT_PRIZE", "PATENT_NAV", "PATENT_ATTORNEY"]) expect(r.stderr).toContain(code);
  });
  test("an unknown item suggests items that exist, by code and name", async () => {
    const r = await lygip("explain", "质押贷款利息补贴啊", "base=1");
    expect(r.code).toBe(2);
    const suggested = /相近的有：(.*)$/m.exec(r.stderr)![1].split("；");
    expect(suggested.length).toBeGreaterThan(0);
    for (const s of suggested) expect(ITEMS.some((i) => s === `${i.code} ${i.name}`)).toBe(true);
    expect(suggested[0]).toBe("PLEDGE_LOAN 知识产权质押融资贷款利息及评估等服务费用补助");
  });
});

describe("keys in Chinese or English", () => {
  test("利息= 期限= 服务费= give what base= months= fees= give", async () => {
    const zh = await lygip("explain", "质押", "利息=180000", "期限=18", "服务费=20000");
    const en = await lygip("explain", "质押", "base=180000", "months=18", "fees=20000");
    expect(zh).toEqual(en);
    expect(zh.stdout).toContain(WORKED);
  });
  test("数量= 级别= 比例=, and a full-width ＝ as typed with a Chinese input method", async () => {
    const r = await lygip("explain", "知识产权师", "级别＝高级", "数量=2");
    expect(r.stdout).toMatch(/^计算：.*= 10,000\.00 元（第（二十一）条）$/m);
    const rate = await lygip("explain", "质押", "利息=100000", "期限=12", "比例=25%");
    expect(rate.stdout).toMatch(/^计算：.*= 25,000\.00 元（第（七）条）$/m);
  });
});

// （二）「每项地理标志保护产品或地理标志商标给予 10 万元奖励」 and （十九）「每项给予最高 2 万元奖励」: paid per item, as
// DATA_IP is per certificate; the rule says so, so that 数量=3 giving three times the amount is no surprise.
describe("items paid per item say so in their rule", () => {
  test("explain's 规则 line and lygip items", async () => {
    const gi = await lygip("explain", "GI", "数量=3");
    expect(gi.stdout).toContain("规则：100,000.00 元 / 项\n");
    expect(gi.stdout).toContain("计算：每项 100,000.00 元 × 3 项 = 300,000.00 元（第（二）条）");
    expect((await lygip("explain", "贯标", "数量=3")).stdout).toContain("规则：最高 20,000.00 元 / 项\n");
    const items = await lygip("items");
    expect(items.stdout).toMatch(/ GI {2,}地理标志保护产品、地理标志商标\n {8}100,000\.00 元 \/ 项\n/);
    expect((await lygip("items", "--lang", "en")).stdout).toMatch(/ IP_STANDARD .*\n {8}up to 20,000\.00 yuan per item\n/);
    // Items paid once per unit or project stay without a unit.
    expect(items.stdout).toMatch(/ HVP_PROJECT {2,}市级高价值专利培育项目\n {8}最高 300,000\.00 元\n/);
  });
});

describe("usage errors, exit 2, nothing on stdout", () => {
  test("a missing input names the keys it needs, in the user's words, with an example", async () => {
    const r = await lygip("explain", "质押", "利息=180000");
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("PLEDGE_LOAN（知识产权质押融资贷款利息及评估等服务费用补助）还需要：期限=（months=）");
    expect(r.stderr).toContain("例如 lygip explain PLEDGE_LOAN 利息=100000 期限=12 服务费=20000");
  });
  test("a counted item without its count", async () => {
    const r = await lygip("explain", "DATA_IP");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("还需要：数量=（quantity=）");
  });
  test("an amount written with an exponent or a separator is refused, not guessed", async () => {
    expect((await lygip("explain", "质押", "利息=1e5", "期限=12")).stderr).toContain("利息=1e5：应为金额");
    expect((await lygip("explain", "质押", "利息=100,000", "期限=12")).code).toBe(2);
  });
  test("an amount of 10^13 元 or more is refused as too large (exit 2), never computed as NaN", async () => {
    const r = await lygip("explain", "PATENT_PRIZE", "基数=1000000000000000");
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("基数=1000000000000000");
    expect(r.stderr).toContain("数值过大");
    const en = await lygip("explain", "PATENT_PRIZE", "base=10000000000000", "--lang", "en");
    expect(en.code).toBe(2);
    expect(en.stderr).toContain("too large");
    expect((await lygip("explain", "PATENT_PRIZE", "基数=9999999999999.99")).stdout).toContain("= 5,000,000,000,000.00 元");
  });
  test("an item word that names a level gives the level, as in the table (decision 24)", async () => {
    const r = await lygip("explain", "高级知识产权师", "数量=2");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("10,000.00 元");
    const only = await lygip("explain", "STANDARD_MARKET", "级别=国家级");
    expect(only.code).toBe(0);
    expect(only.stdout).toContain("计算：100,000.00 元");
  });
  // 第（七）条 "给予最高30％的补助": a rate above 30% is refused, as LYGIP.IPAWARD refuses it (#VALUE!) and a
  // row's 补助比例 above it is an error in lygip check; never a calculation at 30% as if nothing were typed.
  test("a rate above the clause's maximum is refused, naming both rates and the clause", async () => {
    for (const rate of ["0.35", "35", "35%"]) {
      const r = await lygip("explain", "质押", "利息=1000", "期限=12", `比例=${rate}`);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain(`比例=${rate}：补助比例 35% 超过第（七）条规定的最高比例 30%`);
    }
    const en = await lygip("explain", "IP_INSURANCE", "base=1000", "rate=0.6", "--lang", "en");
    expect(en.code).toBe(2);
    expect(en.stderr).toContain("rate=0.6: the rate 60% is above the maximum 50% of clause (7)");
    // At the maximum itself the calculation is given.
    expect((await lygip("explain", "质押", "利息=1000", "期限=12", "比例=30%")).stdout).toContain("= 300.00 元（第（七）条）");
  });
  test("an unknown key", async () => {
    const r = await lygip("explain", "质押", "interest=5");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("参数应写作 键=值（收到「interest=5」）");
  });
  test("in English with --lang en", async () => {
    const r = await lygip("explain", "质押", "base=180000", "--lang", "en");
    expect(r.stderr).toContain("PLEDGE_LOAN (IP pledge loan subsidy (interest and service fees)) also needs: months=");
  });
});

describe("--lang en", () => {
  test("labels, the clause and the unit are English", async () => {
    const r = await lygip("explain", "PLEDGE_LOAN", "base=180000", "months=18", "fees=20000", "--lang", "en");
    expect(r.stdout).toContain("Clause (7): “");
    expect(r.stdout).toMatch(/^Calculation: .*180,000\.00 yuan × 12\/18 = 120,000\.00 yuan.* × 30% = 42,000\.00 yuan \(clause \(7\)\)$/m);
    expect(r.stdout).toContain("200,000.00 yuan per unit per year");
    expect(r.stdout).not.toMatch(/元|：/);
  });
});
