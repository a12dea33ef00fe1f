/**
 * LYGIP.IPAWARD, LOANSUBSIDY and EXPLAIN from the policy text and MEASURES.md's worked examples, called
 * as Excel calls them: omitted arguments as null (web) or 0 (desktop).
 */
import { explain, ipaward, loansubsidy } from "../../src/functions/functions";
import { cell, installFakeRuntime } from "./excelRuntime";

beforeAll(installFakeRuntime);

// Excel never passes undefined: an omitted optional argument is null on the web.
const N = null as unknown as undefined;

describe("worked examples of MEASURES.md through IPAWARD", () => {
  test("pledge loan, 180,000 interest over 18 months and 20,000 fees: 30% × (120,000 + 20,000) = 42,000", () => {
    expect(ipaward("PLEDGE_LOAN", N, N, 180000, 18, 20000)).toBe(42000);
  });
  test("pledge loan, 900,000 interest over 12 months: 270,000 is capped at the 200,000 annual cap", () => {
    expect(ipaward("PLEDGE_LOAN", N, N, 900000, 12, 0)).toBe(200000);
  });
  test("data IP, 30 certificates: 30,000, limited to the 20,000 annual cap for one row", () => {
    expect(ipaward("DATA_IP", N, 30)).toBe(20000);
  });
  test("mediation, 37 cases: whole tens only, 30,000", () => {
    expect(ipaward("MEDIATION", N, 37)).toBe(30000);
  });
  test("open licence declaration of 25 patents earns 20,000; 3 concluded licences earn 15,000", () => {
    expect(ipaward("OPEN_LICENSE_DECLARE", N, 25)).toBe(20000);
    expect(ipaward("OPEN_LICENSE_DEAL", N, 3)).toBe(15000);
  });
  test("IP engineers: 2 senior earn 10,000, 1 principal earns 8,000", () => {
    expect(ipaward("IP_ENGINEER", "高级", 2)).toBe(10000);
    expect(ipaward("IP_ENGINEER", "正高级", 1)).toBe(8000);
  });
  test("overseas enforcement, agency fees 300,000: a flat 50% is 150,000", () => {
    expect(ipaward("ENFORCEMENT_OVERSEAS", N, N, 300000)).toBe(150000);
  });
  test("a level is the second argument, as 级别 follows 支持事项 in the template", () => {
    expect(ipaward("知识产权服务业集聚发展区", "国家级")).toBe(500000);
    expect(ipaward("知识产权服务业集聚发展区", "省")).toBe(200000);
  });
});

describe("amounts worked by hand from the policy text, with items as the policy and as people write them", () => {
  // （七）「投保知识产权保险的，对保费给予最高 50%的补助，同一单位每年获得补助最高 5 万元」:
  // 50% × 86,421.35 = 43,210.675 → 43,210.68 (half up to the 分); 50% × 120,000 = 60,000 → the 50,000 cap.
  test("知识产权保险: half the premium to the 分, within 5 万元", () => {
    expect(ipaward("知识产权保险", N, N, 86421.35)).toBe(43210.68);
    expect(ipaward("保险", N, N, 120000)).toBe(50000);
  });
  // （十）「…维权活动必要费用的 30%给予资金支持，同一主体每年最高 10 万元」: 30% × 123,456.78 = 37,037.034 → 37,037.03;
  // 20% × 123,456.78 = 24,691.356 → 24,691.36.
  test("国内知识产权维权: 30% of the costs, 20% where the year's notice says so", () => {
    expect(ipaward("国内知识产权维权", N, N, 123456.78)).toBe(37037.03);
    expect(ipaward("国内维权", N, N, 123456.78, N, N, 0.2)).toBe(24691.36);
  });
  // （二十一）「对获得专利代理师资格证…给予所在单位 0.6 万元/人奖励」: 3 persons, 18,000.
  test("专利代理师: 0.6 万元 a person", () => {
    expect(ipaward("专利代理师", N, 3)).toBe(18000);
  });
  // （十二）「对获批国家级、省级知识产权保护平台载体，每家单位分别给予最高 20 万元、10 万元奖励」.
  test("知识产权保护平台载体: 国家级 20 万元, 省级 10 万元, the level written either way", () => {
    expect(ipaward("知识产权保护平台载体", "省级")).toBe(100000);
    expect(ipaward("保护平台", "省")).toBe(100000);
    expect(ipaward("国家级知识产权保护平台")).toBe(200000);
  });
  // （八）「对向国家知识产权局提出开放许可声明的，每 10 项给予 1 万元奖励」 and 「每个专利权人每年获得奖励最高 2 万元」:
  // 19 declared patents are one full ten; 5 licences at 5,000 each are 25,000, capped at 20,000.
  test("专利开放许可: full tens of declarations, 5,000 a licence, within 2 万元", () => {
    expect(ipaward("专利开放许可声明", N, 19)).toBe(10000);
    expect(ipaward("达成专利开放许可", N, 5)).toBe(20000);
  });
  // （二十）「对获批国家知识产权培训基地或江苏省知识产权培训基地的，一次性给予 40 万元资金支持」.
  test("知识产权培训基地: 40 万元 whether national or provincial", () => {
    expect(ipaward("江苏省知识产权培训基地")).toBe(400000);
    expect(ipaward("国家知识产权培训基地")).toBe(400000);
  });
});

describe("the item as code, Chinese name or alias", () => {
  test.each([["PLEDGE_LOAN"], ["知识产权质押融资贴息"], ["pledge_loan"], ["  知识产权质押融资贴息 "]])("%s", (item) => {
    expect(ipaward(item, N, N, 180000, 18, 20000)).toBe(42000);
  });
  test("a geographical indication typed by its short name 地理标志 earns 100,000", () => {
    expect(ipaward("地理标志")).toBe(100000);
  });
});

describe("levels named by the item's words (decision 24), read as lygip check reads them (decision 28)", () => {
  // （二十一）: 知识产权师、高级知识产权师、正高级知识产权师 … 分别给予所在单位 0.3 万元/人、0.5 万元/人、0.8 万元/人.
  test("高级知识产权师 with a blank 级别 is the 高级 title: 2 persons earn 10,000", () => {
    expect(ipaward("高级知识产权师", N, 2)).toBe(10000);
    expect(ipaward("正高级知识产权师", "", 1)).toBe(8000);
  });
  // （十八）: 对获批国家知识产权示范企业、优势企业的，分别给予 5 万元、2 万元奖励.
  test("优势企业 is 20,000 and 国家知识产权示范企业 50,000 without a 级别", () => {
    expect(ipaward("优势企业")).toBe(20000);
    expect(ipaward("国家知识产权示范企业", 0 as unknown as undefined)).toBe(50000);
  });
  test("a 级别 restating the level the words name is the same award", () => {
    expect(ipaward("高级知识产权师", "高级", 1)).toBe(5000);
  });
  test("a 级别 contradicting the words: the lower of the two, as the check's eligible amount (LEVEL_CONFLICT)", () => {
    expect(ipaward("优势企业", "示范企业")).toBe(20000);
    expect(ipaward("国家知识产权示范企业", "优势企业")).toBe(20000);
  });
  test("国家级 restating the only level an item has is accepted, as in the table", () => {
    expect(ipaward("STANDARD_MARKET", "国家级")).toBe(100000); // （十二） 国家级…规范化市场培育对象 10 万元
    expect(ipaward("DEMO_COUNTY_PARK", "国家级")).toBe(500000); // （十七） 50 万元
    expect(ipaward("GI_DEMO_ZONE", "国家级")).toBe(500000); // （十七） 国家地理标志产品保护示范区 50 万元
  });
  test("another level on an item without levels is still #VALUE!", () => {
    expect(cell(() => ipaward("STANDARD_MARKET", "省级")).message).toContain("该事项不分级别，但填写了「省级」");
  });
});

describe("exact to the 分", () => {
  test("patent prize matching at 50% of 12,345.67 rounds half up to 6,172.84", () => {
    expect(ipaward("PATENT_PRIZE", N, N, 12345.67)).toBe(6172.84);
  });
  test("a base computed by a formula (0.1 + 0.2 thousand) is read as Excel shows it, 300.00 → 150", () => {
    expect(ipaward("PATENT_PRIZE", N, N, (0.1 + 0.2) * 1000)).toBe(150);
  });
  test("loan interest 100,000 over 18 months at 30%: 66,666.666… → 20,000.00", () => {
    expect(ipaward("PLEDGE_LOAN", N, N, 100000, 18)).toBe(20000);
  });
  test("loan interest 100,001 over 18 months: 30% × 66,667.333… = 20,000.20", () => {
    expect(ipaward("PLEDGE_LOAN", N, N, 100001, 18)).toBe(20000.2);
  });
});

describe("rates (decision 2)", () => {
  test("a yearly notice's lower rate 25% applies", () => {
    expect(ipaward("PLEDGE_LOAN", N, N, 100000, 12, 0, 0.25)).toBe(25000);
  });
  test("a rate above the clause's 30% is #VALUE! saying so in Chinese", () => {
    const r = cell(() => ipaward("PLEDGE_LOAN", N, N, 100000, 12, 0, 0.35));
    expect(r.error).toBe("#VALUE!");
    expect(r.message).toContain("35%");
    expect(r.message).toContain("30%");
  });
  // The cell is #VALUE!, so its message must not say the row is computed at 30%: nothing was computed.
  test("the message of a rate above the maximum names the argument and the clause, and promises no amount", () => {
    const r = cell(() => ipaward("PLEDGE_LOAN", N, N, 1000, 12, N, 1));
    expect(r.error).toBe("#VALUE!");
    expect(r.message).toBe("参数「补助比例」为 100%，超过第（七）条规定的最高比例 30%");
    expect(cell(() => loansubsidy(1000, 12, N, 0.35)).message).toBe("参数「补助比例」为 35%，超过第（七）条规定的最高比例 30%");
    expect(cell(() => ipaward("IP_INSURANCE", N, N, 1000, N, N, 60)).message).toBe("参数「补助比例」为 60%，超过第（七）条规定的最高比例 50%");
  });
  test("overseas enforcement is a flat 50%: a row's 60% or 30% is not applied, as lygip check does (RATE_FIXED, a warning there)", () => {
    expect(ipaward("ENFORCEMENT_OVERSEAS", N, N, 1000, N, N, 0.6)).toBe(500);
    expect(ipaward("ENFORCEMENT_OVERSEAS", N, N, 1000, N, N, 0.3)).toBe(500);
  });
});

describe("bad input is #VALUE! with a Chinese message", () => {
  test("an unknown item names the closest items", () => {
    const r = cell(() => ipaward("质押贷款贴息", N, 1));
    expect(r.error).toBe("#VALUE!");
    expect(r.message).toContain("无法识别支持事项「质押贷款贴息」");
    expect(r.message).toContain("知识产权质押融资贷款利息及评估等服务费用补助");
  });
  test("an empty item cell", () => {
    expect(cell(() => ipaward(null as unknown as string)).message).toContain("参数「支持事项」为必填项");
    expect(cell(() => ipaward(0 as unknown as string)).message).toContain("参数「支持事项」为必填项");
  });
  test("negative money", () => {
    const r = cell(() => ipaward("PATENT_PRIZE", N, N, -100));
    expect(r.error).toBe("#VALUE!");
    expect(r.message).toContain("不能为负数");
  });
  test("money with a third decimal is refused, not rounded", () => {
    expect(cell(() => ipaward("PATENT_PRIZE", N, N, 100.005)).message).toContain("小数位数超过两位");
  });
  test("a fractional count", () => {
    expect(cell(() => ipaward("DATA_IP", N, 2.5)).message).toContain("不能为小数");
  });
  test("a level the item does not have lists the levels it has", () => {
    const r = cell(() => ipaward("IP_ENTERPRISE", "国家级"));
    expect(r.error).toBe("#VALUE!");
    expect(r.message).toContain("示范企业");
    expect(r.message).toContain("优势企业");
  });
  test("a level given to an item without levels", () => {
    expect(cell(() => ipaward("GI", "国家级")).message).toContain("不分级别");
  });
  test("a level required but missing", () => {
    expect(cell(() => ipaward("IP_ENTERPRISE")).message).toContain("参数「级别」为必填项");
  });
  test("a rate item without its base", () => {
    expect(cell(() => ipaward("PATENT_PRIZE")).message).toContain("为必填项");
  });
  test("a counted item without its count", () => {
    expect(cell(() => ipaward("DATA_IP")).message).toContain("参数「数量」为必填项");
  });
  test("clause （四） sets no amount", () => {
    const r = cell(() => ipaward("OVERSEAS_LAYOUT", N, 1));
    expect(r.error).toBe("#VALUE!");
    expect(r.message).toContain("第（四）条未规定资助金额");
  });
  test("every problem with the arguments is told at once", () => {
    const r = cell(() => ipaward("PLEDGE_LOAN", N, N, -1, 2.5, -3));
    expect(r.message).toContain("参数「计算基数」填写为「-1」");
    expect(r.message).toContain("参数「贷款期限」填写为「2.5」");
    expect(r.message).toContain("参数「服务费」填写为「-3」");
  });
  test("not a finite number", () => {
    expect(cell(() => ipaward("PATENT_PRIZE", N, N, Number.NaN)).error).toBe("#VALUE!");
  });
  // Excel's 15 significant digits hold money to the 分 below 10^13 元, the limit of the table's money cells.
  test("money of 10^13 元 or more is #VALUE! saying it is too large, as a money cell of the table is", () => {
    for (const call of [
      () => ipaward("PATENT_PRIZE", N, N, 1e15),
      () => ipaward("PLEDGE_LOAN", N, N, 1e13, 12),
      () => ipaward("PLEDGE_LOAN", N, N, 1000, 12, 1e20),
      () => loansubsidy(1e16, 12),
    ]) {
      const r = cell(call);
      expect(r.error).toBe("#VALUE!");
      expect(r.message).toContain("数值过大");
    }
  });
  test("just below 10^13 元 is still computed to the 分: 50% of 9,999,999,999,999.99 is 5,000,000,000,000.00 (half up)", () => {
    expect(ipaward("PATENT_PRIZE", N, N, 9999999999999.99)).toBe(5000000000000);
  });
});

describe("errors speak of arguments, not cells", () => {
  test("no message of a function says 单元格, whatever the argument", () => {
    const messages = [
      cell(() => ipaward(null as unknown as string)).message,
      cell(() => ipaward("DATA_IP")).message,
      cell(() => ipaward("PLEDGE_LOAN", N, N, 100000)).message,
      cell(() => ipaward("PLEDGE_LOAN", N, N, -1, 2.5, -3)).message,
      cell(() => loansubsidy(-1, 12)).message,
    ];
    for (const m of messages) expect(m).not.toContain("单元格");
  });
  test("LOANSUBSIDY names its own first argument, 贷款利息", () => {
    expect(cell(() => loansubsidy(-1, 12)).message).toContain("参数「贷款利息」填写为「-1」");
  });
});

describe("a template row filled right across: =LYGIP.IPAWARD(F2,G2,H2,I2,J2,K2,L2)", () => {
  // The template's columns F…L: 支持事项, 级别, 数量, 计算基数（元）, 贷款期限（月）, 评估等服务费（元）, 补助比例.
  const row = (...cells: unknown[]) => ipaward(...(cells as Parameters<typeof ipaward>));
  test("a pledge loan row: 质押融资, blank level and quantity, 180,000, 18, 20,000, blank rate → 42,000", () => {
    expect(row("知识产权质押融资贴息", "", 0, 180000, 18, 20000, 0)).toBe(42000);
  });
  test("an IP professional row: 知识产权师, 高级, 2 persons → 10,000", () => {
    expect(row("知识产权师", "高级", 2, 0, 0, 0, 0)).toBe(10000);
  });
  test("a service cluster row: 国家级 in the level column → 500,000", () => {
    expect(row("知识产权服务业集聚发展区", "国家级", 0, 0, 0, 0, 0)).toBe(500000);
  });
});

describe("blanks as null (web) and as 0 (desktop)", () => {
  const D = 0 as unknown as undefined;
  test("an item paid once per unit: quantity blank means one, whether null or 0", () => {
    expect(ipaward("OPS_CENTER", "国家级")).toBe(200000);
    expect(ipaward("OPS_CENTER", "国家级", D)).toBe(200000);
  });
  test("an item paid per piece (GI 每项): a missing quantity is one piece, 0 is no pieces (decision 25)", () => {
    expect(ipaward("GI")).toBe(100000);
    expect(ipaward("GI", N, N)).toBe(100000);
    expect(ipaward("GI", N, D)).toBe(0);
  });
  test("a pledge loan with every optional argument 0 is the clause's 30% of the interest", () => {
    expect(ipaward("PLEDGE_LOAN", D, D, 100000, 12, D, D)).toBe(30000);
    expect(ipaward("PLEDGE_LOAN", N, N, 100000, 12)).toBe(30000);
  });
  test("a loan without months says they are missing; 0 months says they must be above 0, not that the cell is empty", () => {
    expect(cell(() => ipaward("PLEDGE_LOAN", N, N, 100000)).message).toContain("参数「贷款期限」为必填项");
    expect(cell(() => ipaward("PLEDGE_LOAN", D, D, 100000, D)).message).toContain("参数「贷款期限」填写为「0」：必须大于 0");
  });
  test("a counted item: 0 certificates is a real count and earns nothing", () => {
    expect(ipaward("DATA_IP", N, D)).toBe(0);
  });
  // What README's 「空参数与 0」 says: where a blank and a typed 0 cannot be told apart on desktop, they differ from the web.
  test("a blank base or count is missing on the web, and 0 on desktop, where it cannot be told from a typed 0", () => {
    expect(cell(() => ipaward("PATENT_PRIZE", N, N, N)).message).toBe("参数「计算基数」为必填项，但未填写");
    expect(ipaward("PATENT_PRIZE", D, D, D)).toBe(0);
    expect(cell(() => ipaward("DATA_IP", N, N)).message).toBe("参数「数量」为必填项，但未填写");
    expect(ipaward("DATA_IP", D, D)).toBe(0);
  });
  test("a level blank as an empty string on desktop is no level", () => {
    expect(cell(() => ipaward("SERVICE_CLUSTER", "", D, D)).message).toContain("参数「级别」为必填项");
  });
});

describe("LOANSUBSIDY", () => {
  test("clause （七）'s worked example: 42,000", () => {
    expect(loansubsidy(180000, 18, 20000)).toBe(42000);
  });
  test("12-month rule: a loan of 6 months counts all its interest", () => {
    expect(loansubsidy(50000, 6, N)).toBe(15000);
  });
  test("never above the 200,000 cap", () => {
    expect(loansubsidy(2000000, 24, 100000)).toBe(200000);
  });
  test("rate default 30%, a lower one applies, a higher one is refused", () => {
    expect(loansubsidy(100000, 12, 0, 0)).toBe(30000);
    expect(loansubsidy(100000, 12, N, 0.2)).toBe(20000);
    expect(cell(() => loansubsidy(100000, 12, N, 0.31)).error).toBe("#VALUE!");
  });
  test("negative interest and fractional months are #VALUE!", () => {
    expect(cell(() => loansubsidy(-1, 12)).message).toContain("不能为负数");
    expect(cell(() => loansubsidy(1000, 1.5)).message).toContain("不能为小数");
  });
});

describe("EXPLAIN", () => {
  test("the issue's own example", () => {
    expect(explain("PLEDGE_LOAN", N, N, 180000, 18, 20000)).toBe("利息最多计 12 个月：贷款利息 180,000.00 元 × 12/18 = 120,000.00 元；(120,000.00 元 + 评估等服务费 20,000.00 元) × 30% = 42,000.00 元（第（七）条）");
  });
  test("a capped row says so, with its clause", () => {
    const text = explain("DATA_IP", N, 30);
    expect(text).toContain("20,000.00 元");
    expect(text.endsWith("（第（三）条）")).toBe(true);
  });
  // （二）「每项地理标志保护产品或地理标志商标给予 10 万元奖励」 and （十九）「每项给予最高 2 万元奖励」: the amount is
  // per item, so several items show the multiplication, and the ceiling stays the clause's 2 万元 per item.
  test("items paid per piece with an optional quantity show each × quantity", () => {
    expect(explain("GI", N, 3)).toBe("每项 100,000.00 元 × 3 项 = 300,000.00 元（第（二）条）");
    expect(explain("IP_STANDARD", N, 3)).toBe("每项最高 20,000.00 元 × 3 项 = 60,000.00 元（第（十九）条）");
    expect(explain("GI", N, 0 as unknown as undefined)).toBe("每项 100,000.00 元 × 0 项 = 0.00 元（第（二）条）");
    // One item, as a blank quantity means, is the amount itself.
    expect(explain("GI")).toBe("100,000.00 元（第（二）条）");
  });
  test("errors are the same #VALUE! as IPAWARD", () => {
    expect(cell(() => explain("OVERSEAS_LAYOUT")).error).toBe("#VALUE!");
  });
});
