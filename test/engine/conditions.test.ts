/**
 * The outcome column read against each clause's condition (MEASURES.md decision 17 rev. 3), one clerk's
 * phrasing per line, with what the text of the clause makes of it. `["notMet", words]` names the words that
 * decide; "unknown" is a row to be checked (待核实), never a refusal.
 */
import { checkBatch, render, type Issue, type RowResult } from "../../src/engine";
import { readCondition, type ConditionReading } from "../../src/engine/outcome";
import { canonicalOutcomes, itemByCode, type ItemCode } from "../../src/policy";
import { claim, codes, type ClaimSpec } from "../support/claims";

type Expected = "met" | "unknown" | readonly ["notMet", string];

function read(code: ItemCode, text: string | null): Expected {
  const r: ConditionReading = readCondition(itemByCode(code), text);
  return r.result === "notMet" ? ["notMet", r.words] : r.result;
}

const cases = (rows: readonly (readonly [string, Expected])[]) => rows.map(([t, e]) => [t, e] as const);

describe("（一）（六） 通过验收", () => {
  it.each(cases([
    ["通过验收", "met"],
    ["已通过验收", "met"],
    ["验收合格", "met"],
    ["已验收", "met"],
    ["2025年12月完成验收", "met"],
    ["通过验收，资金待拨付", "met"],
    ["通过验收，不合格项已整改", "met"],
    ["验收发现的不合格项已整改", "unknown"],
    ["未通过验收", ["notMet", "未通过验收"]],
    ["尚未验收", ["notMet", "尚未验收"]],
    ["暂未验收", ["notMet", "暂未验收"]],
    ["待验收", ["notMet", "待验收"]],
    ["待专家验收", ["notMet", "待专家验收"]],
    ["拟于明年验收", ["notMet", "拟于明年验收"]],
    ["验收中", ["notMet", "验收中"]],
    ["验收不合格", ["notMet", "验收不合格"]],
    ["验收未通过", ["notMet", "验收未通过"]],
    ["项目终止", ["notMet", "终止"]],
    ["评审中", ["notMet", "评审中"]],
    ["首次验收不合格，整改后通过验收", "met"],
    ["通过验收后被撤销", ["notMet", "撤销"]],
    ["验收", "unknown"],
    ["结题", "unknown"],
    ["已立项", "unknown"],
    ["已通过市知识产权局组织的验收", "met"],
    ["未通过市知识产权局组织的验收", ["notMet", "未通过市知识产权局组织的验收"]],
    ["尚未通过专家组验收", ["notMet", "尚未通过专家组验收"]],
    ["项目已验收，验收结论为合格", "met"],
    ["通过专家评审", "unknown"],
  ]))("HVP_PROJECT 「%s」 → %j", (text, expected) => {
    expect(read("HVP_PROJECT", text)).toEqual(expected);
  });

  it("PATENT_NAV reads the same words: 「验收通过」 met, 「正在验收」 not met yet", () => {
    expect(read("PATENT_NAV", "验收通过")).toBe("met");
    expect(read("PATENT_NAV", "正在验收")).toEqual(["notMet", "正在验收"]);
  });

  it("a blank outcome on an event condition is not known", () => {
    expect(read("PATENT_NAV", null)).toBe("unknown");
    expect(read("HVP_PROJECT", "  ")).toBe("unknown");
  });
});

describe("（二十二） 通过结题验收", () => {
  it.each(cases([
    ["通过结题验收", "met"],
    ["已结题", "met"],
    ["结题", "met"],
    ["结题验收合格", "met"],
    ["结题验收", "unknown"],
    ["尚未结题验收", ["notMet", "尚未结题验收"]],
    ["未结题", ["notMet", "未结题"]],
    ["结题中", ["notMet", "结题中"]],
    ["结题验收不通过", ["notMet", "结题验收不通过"]],
  ]))("IP_RESEARCH 「%s」 → %j", (text, expected) => {
    expect(read("IP_RESEARCH", text)).toEqual(expected);
  });
});

describe("（十） 获胜且已生效，或在和解撤诉中获益", () => {
  it.each(cases([
    ["判决胜诉且已生效", "met"],
    ["胜诉生效", "met"],
    ["终审胜诉", "met"],
    ["裁决获胜，裁决已发生法律效力", "met"],
    ["判决生效，驳回对方上诉", "met"],
    ["一审败诉，二审和解并获赔偿", "met"],
    ["和解并获赔偿", "met"],
    ["撤诉并获益", "met"],
    ["对方赔偿5万元后撤诉", "met"],
    ["胜诉", "unknown"],
    ["已生效", "unknown"],
    ["胜诉，尚未执行", "unknown"],
    ["和解", "unknown"],
    ["撤诉", "unknown"],
    ["部分胜诉，已生效", "unknown"],
    ["驳回原告诉讼请求", "unknown"],
    ["驳回被告反诉", "unknown"],
    ["驳回诉讼请求，判决已生效", "unknown"],
    ["胜诉，对方不服提起上诉", ["notMet", "提起上诉"]],
    ["一审胜诉，对方已上诉", ["notMet", "已上诉"]],
    ["胜诉，上诉期内", ["notMet", "上诉期内"]],
    ["一审胜诉，二审审理中", ["notMet", "二审审理中"]],
    ["胜诉（尚未生效）", ["notMet", "尚未生效"]],
    ["判决胜诉尚未生效", ["notMet", "判决胜诉尚未生效"]],
    ["未生效", ["notMet", "未生效"]],
    ["审理中", ["notMet", "审理中"]],
    ["败诉", ["notMet", "败诉"]],
    ["和解并获赔偿后对方反悔，一审败诉", ["notMet", "败诉"]],
    ["驳回我方诉讼请求", ["notMet", "驳回我方"]],
    ["驳回本公司起诉，已生效", ["notMet", "驳回本公司"]],
    ["和解未获赔偿", ["notMet", "未获赔"]],
    ["和解失败", ["notMet", "和解失败"]],
    ["和解中", ["notMet", "和解中"]],
    ["申请人胜诉，判决已生效", "met"],
    ["二审维持原判", "unknown"],
    ["一审胜诉，二审维持原判", "met"],
    ["胜诉，对方未上诉", "met"],
    ["胜诉，对方尚未上诉", ["notMet", "尚未上诉"]],
    ["胜诉，已过上诉期", "met"],
    ["行政裁决支持我方，裁决已生效", "met"],
    ["双方和解，对方支付赔偿金", "met"],
    ["对方败诉，判决已生效", "met"],
    ["被告败诉，判决已生效", "unknown"],
    ["对方胜诉", ["notMet", "对方胜诉"]],
    ["和解，对方停止侵权并赔偿", "met"],
    ["和解，对方终止侵权", "unknown"],
  ]))("ENFORCEMENT_DOMESTIC 「%s」 → %j", (text, expected) => {
    expect(read("ENFORCEMENT_DOMESTIC", text)).toEqual(expected);
  });
});

describe("（十一） 已有判决胜诉或和解且相关文书没有载明申请人构成侵权", () => {
  it.each(cases([
    ["判决胜诉", "met"],
    ["胜诉", "met"],
    ["胜诉，对方不服提起上诉", "met"],
    ["一审胜诉，二审审理中", "met"],
    ["和解", "met"],
    ["和解（文书未载明申请人侵权）", "met"],
    ["和解，文书没有载明申请人构成侵权", "met"],
    ["和解，认定侵权不成立", "met"],
    ["和解，未认定侵权", "met"],
    ["和解，认定申请人不构成侵权", "met"],
    ["驳回对方诉讼请求", "met"],
    ["达成和解，协议未涉及侵权认定", "met"],
    ["对方撤诉", "unknown"],
    ["部分胜诉", "unknown"],
    ["驳回原告诉讼请求", "unknown"],
    ["已生效", "unknown"],
    ["和解（文书载明申请人侵权）", ["notMet", "和解（文书载明申请人侵权）"]],
    ["和解，文书认定申请人侵权", ["notMet", "认定申请人侵权"]],
    ["和解，和解协议载明申请人构成侵权", ["notMet", "载明申请人构成侵权"]],
    ["败诉", ["notMet", "败诉"]],
    ["审理中", ["notMet", "审理中"]],
    ["和解中", ["notMet", "和解中"]],
    ["一审胜诉，二审败诉", ["notMet", "败诉"]],
  ]))("ENFORCEMENT_OVERSEAS 「%s」 → %j", (text, expected) => {
    expect(read("ENFORCEMENT_OVERSEAS", text)).toEqual(expected);
  });

  it("a blank outcome is not known", () => {
    expect(read("ENFORCEMENT_OVERSEAS", null)).toBe("unknown");
  });
});

describe("grant conditions: a blank outcome is the grant as claimed", () => {
  it.each(cases([
    ["GI", "met"],
    ["OPS_CENTER", "met"],
    ["IP_ENTERPRISE", "met"],
    ["PATENT_ATTORNEY", "met"],
  ]))("%s with a blank outcome → %j", (code, expected) => {
    expect(read(code as ItemCode, null)).toEqual(expected);
  });

  it.each([
    ["GI", "已获批", "met"],
    ["GI", "国家知识产权局已批准", "met"],
    ["GI", "尚未获批", ["notMet", "尚未获批"]],
    ["GI", "申报中", ["notMet", "申报中"]],
    ["GI", "审核中", ["notMet", "审核中"]],
    ["GI", "公示中", ["notMet", "公示中"]],
    ["OPS_CENTER", "拟获批建设", ["notMet", "拟获批"]],
    ["IP_ALLIANCE", "已通过审核备案", "met"],
    ["IP_ALLIANCE", "尚未通过审核备案", ["notMet", "尚未通过审核备案"]],
    ["STANDARD_MARKET", "未被确定", ["notMet", "未被确定"]],
    ["GI_PROMOTION_LIST", "已入选", "met"],
    ["GI_PROMOTION_LIST", "未入选", ["notMet", "未入选"]],
    ["OUTLET_EXCELLENT", "获评优秀", "met"],
    ["OUTLET_EXCELLENT", "良好", ["notMet", "良好"]],
    ["OUTLET_EXCELLENT", "绩效评价合格", ["notMet", "合格"]],
    ["OUTLET_EXCELLENT", "未获得优秀等次", ["notMet", "未获得优秀"]],
    ["IP_STANDARD", "认证未通过", ["notMet", "认证未通过"]],
    ["IP_STANDARD", "绩效评价合格", "met"],
    ["IP_STANDARD", "绩效评价不合格", ["notMet", "绩效评价不合格"]],
    ["IP_STANDARD", "认证中", ["notMet", "认证中"]],
    ["IP_ENTERPRISE", "认定后被撤销", ["notMet", "撤销"]],
    ["DATA_IP", "已获得登记证书", "met"],
    ["DATA_IP", "登记中", ["notMet", "登记中"]],
    ["PATENT_ATTORNEY", "已取得资格证", "met"],
    ["IP_ENGINEER", "尚未评定", ["notMet", "尚未评定"]],
    ["TRAINING_BASE", "2025年第3号文件", "unknown"],
    ["GI", "申报单位已获批", "met"],
    ["GI", "地理标志商标已注册", "met"],
    ["GI", "商标注册申请已受理", "unknown"],
    ["IP_ENTERPRISE", "已申请认定", ["notMet", "申请认定"]],
  ] as const)("%s 「%s」 → %j", (code, text, expected) => {
    expect(read(code, text)).toEqual(expected);
  });
});

describe("items without a condition", () => {
  it.each(["PLEDGE_LOAN", "OPEN_LICENSE_DEAL", "MEDIATION", "IP_COURSE"] as const)("%s ignores the outcome column", (code) => {
    expect(read(code, "审理中")).toBe("met");
  });
});

describe("what a row gets from its condition (CONDITION_NOT_MET, CONDITION_UNSTATED)", () => {
  const one = (spec: ClaimSpec) => checkBatch([[claim(spec)]])[0][0];
  const only = (r: RowResult, code: "CONDITION_NOT_MET" | "CONDITION_UNSTATED") =>
    r.issues.find((i) => i.code === code) as Extract<Issue, { code: typeof code }>;

  it("not met is an error, ineligible, and its message quotes the deciding words, not the whole text", () => {
    const r = one({ item: "ENFORCEMENT_DOMESTIC", base: "10000", outcome: "一审胜诉，对方不服提起上诉", claimed: "3000" });
    expect(r.status).toBe("error");
    expect(r.approvable.toFixed(2)).toBe("0.00");
    const i = only(r, "CONDITION_NOT_MET");
    expect(i).toMatchObject({ found: "一审胜诉，对方不服提起上诉", words: "提起上诉", clause: "（十）" });
    expect(render(i, "zh")).toBe(
      "结果「一审胜诉，对方不服提起上诉」中「提起上诉」不符合条件「通过诉讼仲裁或行政裁决等途径获胜且已生效，或在和解撤诉中获益」",
    );
    expect(render(i, "en")).toContain('"提起上诉" does not meet');
  });

  it("a canonical text that is not met is quoted once", () => {
    const i = only(one({ item: "PATENT_NAV", outcome: "尚未验收", claimed: "100000" }), "CONDITION_NOT_MET");
    expect(render(i, "zh")).toBe("结果「尚未验收」不符合条件「对通过验收的专利导航项目」");
  });

  it("not known is a warning that quotes the text and lists the item's canonical outcomes", () => {
    const r = one({ item: "ENFORCEMENT_OVERSEAS", base: "10000", outcome: "部分胜诉", claimed: "5000" });
    expect(r.status).toBe("warning");
    const i = only(r, "CONDITION_UNSTATED");
    expect(i).toMatchObject({ found: "部分胜诉", canonical: canonicalOutcomes("ENFORCEMENT_OVERSEAS") });
    expect(render(i, "zh")).toBe(
      "结果「部分胜诉」无法判断是否符合条件「已有判决胜诉或和解且相关文书没有载明申请人构成侵权」；请写明结果，如：" +
        "判决胜诉、和解（文书未载明申请人侵权）、和解（文书载明申请人侵权）、败诉、审理中",
    );
    expect(render(i, "en")).toContain('Outcome "部分胜诉" cannot be judged');
  });

  it("a blank outcome on an event condition is not known, with no text to quote", () => {
    const i = only(one({ item: "IP_RESEARCH", claimed: "50000" }), "CONDITION_UNSTATED");
    expect(i.found).toBeUndefined();
    expect(render(i, "zh")).toBe("未填写结果/状态，无法确认条件「并通过结题验收」；请写明结果，如：已通过结题验收、未通过结题验收、尚未结题验收");
  });

  it("a blank outcome on a grant says nothing", () => {
    expect(one({ item: "GI", claimed: "100000" }).issues).toEqual([]);
  });

  it("（二十一） reads both its grant and 连续工作满一年 (decision 16 unchanged)", () => {
    const r = one({ item: "PATENT_ATTORNEY", quantity: 1, outcome: "尚未获得资格证", startDate: "2025-12-01", eventDate: "2026-03-01" });
    expect(codes(r)).toEqual(expect.arrayContaining(["CONDITION_NOT_MET", "NOT_FULL_YEAR"]));
  });
});
