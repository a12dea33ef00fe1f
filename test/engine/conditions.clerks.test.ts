/**
 * A second reading of the outcome column (结果/状态) against each clause's condition, written from the policy
 * text and MEASURES.md decision 17 (rev. 3) as clerks and reviewers actually fill the cell. Each expectation
 * was decided from the clause before the reader was run. `["notMet", key]`: the reading refuses and the words
 * it quotes contain `key` (they are a part of the text, not the whole text where the text says more).
 */
import { readCondition } from "../../src/engine/outcome";
import { canonicalOutcomes, itemByCode, type ItemCode } from "../../src/policy";

type Expected = "met" | "unknown" | readonly ["notMet", string];
type Case = readonly [string, Expected, string?];

function check(code: ItemCode, text: string | null, expected: Expected): void {
  const r = readCondition(itemByCode(code), text);
  if (typeof expected === "string") {
    expect(r.result).toBe(expected);
    return;
  }
  expect(r.result).toBe("notMet");
  if (r.result === "notMet") expect(r.words).toContain(expected[1]);
}

function table(code: ItemCode, rows: readonly Case[]): void {
  it.each(rows.map(([t, e, why]) => [t, e, why ?? ""] as const))(
    `${code} 「%s」 → %j %s`,
    (text, expected) => check(code, text, expected),
  );
}

describe("（一） HVP_PROJECT 对通过验收的市级高价值专利培育项目", () => {
  table("HVP_PROJECT", [
    ["2025年9月通过验收", "met"],
    ["已于2025年9月12日通过市局组织的专家验收", "met"],
    ["验收结论：合格", "met"],
    ["验收结论: 合格", "met", "half-width colon and a space"],
    ["验收结论：不合格", ["notMet", "不合格"]],
    ["验收：通过", "met"],
    ["验收：未通过", ["notMet", "未通过"]],
    ["验收 通过", "met"],
    ["已通过验收。", "met"],
    ["通过验收(2025-09-30)", "met"],
    ["项目于2025.10通过验收（连知验〔2025〕12号）", "met", "a document number with 〔〕 inside"],
    ["  已验收  ", "met"],
    ["通过 验收", "met", "a space typed inside the words"],
    ["专家组一致同意通过验收", "met"],
    ["通过验收并获评优秀", "met"],
    ["验收结果：优秀", "met", "a grade given at acceptance is a pass"],
    ["验收等级：良好", "met", "a grade given at acceptance is a pass"],
    ["2024年通过中期评估，2025年通过验收", "met"],
    ["通过验收，资金尚未拨付", "met", "尚未 bears on the money, not on the acceptance"],
    ["通过验收，待拨付补助", "met", "待 bears on the money"],
    ["验收合格，资金暂缓拨付", "met"],
    ["延期验收", ["notMet", "延期"], "postponed: not accepted yet"],
    ["项目申请延期验收，尚未验收", ["notMet", "尚未验收"]],
    ["尚在验收中", ["notMet", "验收中"]],
    ["已提交验收申请，待组织验收", ["notMet", "待"]],
    ["验收会议已召开，结论待定", ["notMet", "待定"]],
    ["验收未通过，目前整改中", ["notMet", "整改中"], "the last clause states not yet"],
    ["验收不合格，已整改", ["notMet", "不合格"], "rectified, but no second acceptance is stated"],
    ["首次验收不通过，整改后复验通过", "met"],
    ["验收不通过已整改后通过", "unknown", "second reading said met; a clause 「通过」 alone names no fact (decision 17 reads clause by clause), so it is checked, never refused"],
    ["初验未通过\n复验通过", "met", "a line break separates the two events"],
    ["不予通过验收", ["notMet", "不予通过验收"]],
    ["未能通过验收", ["notMet", "未能通过验收"]],
    ["没通过验收", ["notMet", "没通过验收"]],
    ["验收没有通过", ["notMet", "没有通过"]],
    ["未组织验收", ["notMet", "未组织验收"]],
    ["验收未完成", ["notMet", "未完成"]],
    ["项目已撤销", ["notMet", "撤销"]],
    ["项目终止实施", ["notMet", "终止"]],
    ["专家评审通过", "unknown", "an expert review is not said to be the acceptance"],
    ["已申请验收", ["notMet", "申请验收"], "second reading said unknown; 申请验收 says the acceptance is still to come"],
    ["验收材料已报送", "unknown"],
    ["通过验收，资金审核中", "met", "审核中 bears on the money"],
    ["项目经费审计不合格", "unknown", "an audit of the money is not the acceptance"],
    ["验收不通过，整改后复验合格", "met"],
    ["2025年通过验收，2026年绩效评价不合格", "met", "a later evaluation is not the acceptance the clause asks"],
  ]);
});

describe("（六） PATENT_NAV 对通过验收的专利导航项目", () => {
  table("PATENT_NAV", [
    ["专利导航项目已结题并通过验收", "met"],
    ["导航报告通过专家评审验收", "met"],
    ["验收意见：同意通过", "met"],
    ["验收通过（附验收意见书）", "met"],
    ["验收通过\r\n验收日期：2025-11-03", "met"],
    ["2025年11月完成验收，结论合格", "met"],
    ["验收结论：基本合格", "unknown", "基本合格 is neither a clear pass nor a failure"],
    ["未通过验收，需重新组织", ["notMet", "未通过验收"]],
    ["验收不通过", ["notMet", "不通过"]],
    ["拟于2026年3月验收", ["notMet", "拟"]],
    ["等待验收", ["notMet", "待"]],
    ["暂未组织验收", ["notMet", "暂未"]],
    ["项目实施中", ["notMet", "实施中"]],
    ["导航报告已完成", "unknown", "finishing the report is not the acceptance"],
    ["已立项，经费已拨付", "unknown"],
    ["通过验收后因材料造假被撤销", ["notMet", "撤销"]],
    ["通过验收；", "met"],
    ["通过验收；；", "met"],
  ]);
});

describe("（二十二） IP_RESEARCH 参加市级组织的课题研究项目并通过结题验收", () => {
  table("IP_RESEARCH", [
    ["通过结题验收", "met"],
    ["已通过结题验收，获评优秀", "met"],
    ["结题验收：合格", "met"],
    ["结题验收结论：良好", "met", "a grade given at acceptance is a pass"],
    ["结题验收不合格", ["notMet", "不合格"]],
    ["通过验收", "met", "the acceptance of a research topic is its 结题验收"],
    ["已结题", "met", "as 已验收: done, for a research topic"],
    ["已结项", "met", "结项 is 结题"],
    ["结项验收通过", "met"],
    ["结题证书已颁发", "met"],
    ["取得结题证书（证书编号JT2025-018）", "met"],
    ["参加市级课题研究，结题评审通过", "met"],
    ["课题研究报告获评优秀，已结题", "met"],
    ["未结题", ["notMet", "未结题"]],
    ["尚未结题", ["notMet", "尚未结题"]],
    ["课题延期结题", ["notMet", "延期"]],
    ["结题验收中", ["notMet", "验收中"]],
    ["结题材料已提交，等待评审", "unknown", "second reading said not yet; the review awaited is not said to be the 结题验收"],
    ["课题被撤销立项", ["notMet", "撤销"]],
    ["课题已通过中期检查", "unknown"],
    ["课题已完成", "unknown", "finishing is not the acceptance"],
    ["专家评审通过", "unknown"],
  ]);
});

describe("（十） ENFORCEMENT_DOMESTIC 获胜且已生效，或在和解撤诉中获益", () => {
  table("ENFORCEMENT_DOMESTIC", [
    ["判决书已送达，对方未上诉，判决已生效", "unknown", "second reading said met; in force, but who won is not said"],
    ["一审胜诉，判决已生效", "met"],
    ["胜诉 已生效", "met"],
    ["胜诉;已生效", "met"],
    ["胜诉，已生效。", "met"],
    ["判决胜诉，且已生效", "met"],
    ["已胜诉并生效", "met"],
    ["原告（我司）胜诉，判决已生效", "met"],
    ["终审判决胜诉", "met", "a final judgment is in force"],
    ["终审胜诉", "met"],
    ["二审维持原判，我司胜诉", "met", "两审终审: the second instance is final"],
    ["一审败诉，二审改判我司胜诉", "met"],
    ["一审胜诉，二审驳回上诉，维持原判", "met"],
    ["判决驳回对方上诉，维持原判", "met", "驳回对方 is a win, 驳回上诉 is the final instance"],
    ["一审胜诉，对方上诉后撤回上诉", "met", "the appeal withdrawn, the first judgment stands"],
    ["一审胜诉，对方撤回上诉，判决已生效", "met"],
    ["判决书已送达，我司胜诉，上诉期已过", "met", "上诉期已过 is in force, not an appeal"],
    ["胜诉，上诉期届满对方未上诉", "met"],
    ["对方败诉，判决已生效", "met", "the other side lost"],
    ["调解结案，已获赔偿款20万元", "met", "court mediation is a settlement, and it paid"],
    ["法院调解，对方赔偿我司8万元，调解书已生效", "met"],
    ["双方庭外和解，对方支付赔偿款15万元", "met"],
    ["庭外和解，我司撤回起诉，对方赔偿10万元", "met"],
    ["撤诉，对方停止侵权并赔偿", "met"],
    ["裁定准许撤诉，对方已支付和解款", "met"],
    ["行政裁决认定对方侵权，已生效", "met"],
    ["仲裁裁决我方胜诉，裁决已生效", "met"],
    ["申请人胜诉，仲裁裁决已生效", "met"],
    ["仲裁裁决支持我司全部仲裁请求", "met", "仲裁法第五十七条: an award is in force when made"],
    ["一审胜诉", "unknown", "in force not stated"],
    ["胜诉", "unknown"],
    ["胜诉，尚未执行", "unknown"],
    ["一审判决获赔5万元", "unknown", "awarded; in force not stated"],
    ["判决书已送达", "unknown", "no win stated"],
    ["撤回起诉", "unknown", "no benefit stated"],
    ["我司撤诉", "unknown"],
    ["和解", "unknown", "no benefit stated"],
    ["调解书已送达", "unknown", "what it gives is not stated"],
    ["驳回原告诉讼请求", "unknown", "whose claim depends on the role"],
    ["被告败诉，已生效", "unknown", "who lost depends on the role"],
    ["部分胜诉，判决已生效", "unknown"],
    ["已立案", "unknown", "names a step, states no outcome"],
    ["一审胜诉，对方提起上诉，二审中", ["notMet", "二审中"]],
    ["一审胜诉，被告已上诉", ["notMet", "上诉"]],
    ["一审胜诉，上诉期内", ["notMet", "上诉期内"]],
    ["胜诉，尚在上诉期内", ["notMet", "上诉期内"]],
    ["胜诉，判决尚未生效", ["notMet", "尚未生效"]],
    ["胜诉，未生效", ["notMet", "未生效"]],
    ["一审判决获赔5万元，对方已上诉", ["notMet", "上诉"]],
    ["一审胜诉，二审改判败诉", ["notMet", "败诉"]],
    ["败诉", ["notMet", "败诉"]],
    ["法院驳回我司诉讼请求", ["notMet", "驳回我司"]],
    ["再审改判我司败诉", ["notMet", "败诉"]],
    ["和解，未获赔偿", ["notMet", "未获赔"]],
    ["撤诉，未获任何赔偿", ["notMet", "未获"]],
    ["诉讼中", ["notMet", "诉讼中"]],
    ["一审审理中", ["notMet", "审理中"]],
    ["一审胜诉，二审判决尚未作出", ["notMet", "尚未作出"]],
    ["胜诉，仲裁裁决尚未作出", ["notMet", "尚未作出"]],
    ["调解书尚未送达", ["notMet", "尚未送达"]],
    ["胜诉，判决已生效，执行中", "met", "执行 comes after the condition"],
    ["（2025）苏07民初123号 审理中", ["notMet", "审理中"], "a case number before the state"],
    ["（2025）苏07民初123号，判决我司胜诉，已生效", "met"],
    ["(2025)苏07民初123号判决胜诉并已生效", "met", "half-width brackets in the case number"],
  ]);
});

describe("（十一） ENFORCEMENT_OVERSEAS 已有判决胜诉，或和解且文书没有载明申请人构成侵权", () => {
  table("ENFORCEMENT_OVERSEAS", [
    ["美国法院判决我司胜诉", "met"],
    ["一审胜诉，对方已上诉", "met", "已有判决胜诉 suffices, in force or not"],
    ["美国联邦地区法院判决我方胜诉，对方上诉中", "met"],
    ["一审败诉，二审胜诉", "met"],
    ["欧盟法院判决：胜诉", "met"],
    ["判决胜诉（案号：2:24-cv-01234）", "met"],
    ["日本知财高裁判决驳回对方诉讼请求", "met", "驳回对方 is a win"],
    ["和解", "met"],
    ["与对方达成和解，和解协议未载明我司侵权", "met"],
    ["达成和解，和解协议载明申请人不构成侵权", "met"],
    ["和解，我司同意支付许可费", "met", "a licence fee is not a finding of infringement"],
    ["和解，文书未提及侵权", "met"],
    ["和解金已支付，和解协议无侵权认定", "met"],
    ["和解，认定侵权不成立", "met"],
    ["和解，未认定侵权", "met"],
    ["和解后撤诉", "met"],
    ["和解（文书未载明申请人侵权）", "met"],
    ["和解(文书未载明申请人侵权)", "met"],
    ["和解（文书载明申请人侵权）", ["notMet", "载明申请人侵权"]],
    ["和解 （文书载明申请人侵权）。", ["notMet", "载明申请人侵权"]],
    ["和解协议载明我司构成侵权", ["notMet", "侵权"]],
    ["和解，协议认定我司侵权", ["notMet", "侵权"]],
    ["和解，协议中我司承认侵权", ["notMet", "侵权"], "the document records the applicant's infringement"],
    ["败诉", ["notMet", "败诉"]],
    ["德国法院判决我司败诉，已上诉", ["notMet", "败诉"]],
    ["法院驳回我司起诉", ["notMet", "驳回我司"]],
    ["正在和解谈判中", ["notMet", "中"]],
    ["拟和解", ["notMet", "拟和解"]],
    ["诉讼进行中", ["notMet", "进行中"]],
    ["337调查中", ["notMet", "调查中"]],
    ["撤诉", "unknown", "neither branch is stated"],
    ["部分胜诉", "unknown"],
  ]);
});

describe("grant clauses: the award is for the grant; a pending or refused grant is not met", () => {
  table("GI", [
    ["已获批", "met"],
    ["已发文", "met"],
    ["已获批✅", "met", "an emoji after the words"],
    ["公示中", ["notMet", "公示中"]],
    ["申报中", ["notMet", "申报中"]],
    ["未获批", ["notMet", "未获批"]],
  ]);
  table("IP_ENTERPRISE", [
    ["已认定", "met"],
    ["认定为国家知识产权优势企业", "met"],
    ["已发文（国知办函〔2025〕88号）", "met"],
    ["公示中", ["notMet", "公示中"]],
    ["复核不通过", ["notMet", "不通过"]],
    ["示范企业称号被撤销", ["notMet", "撤销"]],
  ]);
  table("IP_STANDARD", [
    ["通过认证，证书编号：165IP250123R0M", "met"],
    ["获得知识产权管理体系认证证书", "met"],
    ["绩效评价合格", "met"],
    ["绩效评价不合格", ["notMet", "不合格"]],
    ["认证审核中", ["notMet", "审核中"]],
    ["监督审核未通过，证书暂停", ["notMet", "未通过"]],
  ]);
  table("OUTLET_EXCELLENT", [
    ["获评优秀", "met"],
    ["绩效评价：优秀", "met"],
    ["获评良好", ["notMet", "良好"], "the clause pays 优秀等次 only"],
    ["绩效评价结果：合格", ["notMet", "合格"], "the clause pays 优秀等次 only"],
  ]);
  table("STANDARD_MARKET", [
    ["被确定为国家级知识产权保护规范化市场培育对象", "met"],
    ["拟确定，公示中", ["notMet", "公示中"]],
  ]);
  table("DATA_IP", [
    ["已取得登记证书，证书编号DR2025-0001", "met"],
    ["登记审核中", ["notMet", "审核中"]],
  ]);
  table("IP_ALLIANCE", [
    ["已通过省局审核备案", "met"],
    ["备案审核中", ["notMet", "审核中"]],
    ["未通过审核备案", ["notMet", "未通过"]],
  ]);
  table("OPS_CENTER", [
    ["获批建设省级知识产权运营中心", "met"],
    ["已获批建设，尚未验收", "met", "the award is for the grant; its later acceptance is no part of （五）"],
  ]);
  table("GI_PROMOTION_LIST", [
    ["已入选", "met"],
    ["未入选", ["notMet", "未入选"]],
  ]);
  table("TRAINING_BASE", [["已获批江苏省知识产权培训基地", "met"]]);
  table("PATENT_ATTORNEY", [["已取得专利代理师资格证", "met"]]);
  table("IP_ENGINEER", [["已评定为高级知识产权师", "met"]]);

  it("a blank outcome on a grant clause is the grant as claimed", () => {
    check("GI", null, "met");
    check("IP_STANDARD", "", "met");
    check("OUTLET_EXCELLENT", "   ", "met");
  });
});

const EVENT_ITEMS: readonly ItemCode[] = [
  "HVP_PROJECT", "PATENT_NAV", "ENFORCEMENT_DOMESTIC", "ENFORCEMENT_OVERSEAS", "IP_RESEARCH",
];

/** The same text as a clerk might type it: spaces, half-width brackets and punctuation, a trailing 。. */
function typedVariants(text: string): string[] {
  const halfWidth = text.replace(/（/g, "(").replace(/）/g, ")").replace(/，/g, ",").replace(/；/g, ";");
  return [
    ` ${text} `,
    `${text}。`,
    `${text}.`,
    halfWidth,
    `${halfWidth}。`,
    [...text].join(" "),
    text.replace(/(.)/gu, "$1\u3000").trim(),
    `\u200b${text}\ufeff`,
    `${text}\n`,
  ];
}

describe("a canonical outcome typed with variations is still read as the canonical text", () => {
  const pairs = EVENT_ITEMS.flatMap((code) => canonicalOutcomes(code).map((text) => [code, text] as const));

  it("every event clause offers canonical outcomes", () => {
    for (const code of EVENT_ITEMS) expect(canonicalOutcomes(code).length).toBeGreaterThan(0);
  });

  it.each(pairs)("%s 「%s」 with spaces, half-width brackets and a trailing 。", (code, text) => {
    const canonical = readCondition(itemByCode(code), text);
    expect(canonical.result).not.toBe("unknown");
    for (const variant of typedVariants(text)) {
      expect([variant, readCondition(itemByCode(code), variant).result]).toEqual([variant, canonical.result]);
    }
  });

  it("the canonical outcomes decision 17 names read as their words say", () => {
    check("HVP_PROJECT", "已通过验收", "met");
    check("HVP_PROJECT", "未通过验收", ["notMet", "未通过验收"]);
    check("HVP_PROJECT", "尚未验收", ["notMet", "尚未验收"]);
    check("ENFORCEMENT_DOMESTIC", "判决胜诉且已生效", "met");
    check("ENFORCEMENT_DOMESTIC", "判决胜诉尚未生效", ["notMet", "尚未生效"]);
    check("ENFORCEMENT_DOMESTIC", "和解并获赔偿", "met");
    check("ENFORCEMENT_DOMESTIC", "撤诉并获益", "met");
    check("ENFORCEMENT_DOMESTIC", "败诉", ["notMet", "败诉"]);
  });
});

describe("long and hostile text is read without error and by its last stated outcome", () => {
  const noise = "案情说明：双方就专利侵权纠纷多次沟通，材料详见附件";

  it("10,000 characters of narration ending in a final judgment read as met", () => {
    const text = `${noise.repeat(400).slice(0, 10_000)}，终审判决胜诉`;
    check("ENFORCEMENT_DOMESTIC", text, "met");
  });

  it("10,000 characters of alternating win and appeal read by the last clause, quoting only its words", () => {
    const text = "胜诉，对方上诉，".repeat(1_250);
    expect(text.length).toBe(10_000);
    const r = readCondition(itemByCode("ENFORCEMENT_DOMESTIC"), text);
    expect(r.result).toBe("notMet");
    if (r.result === "notMet") expect(r.words.length).toBeLessThan(20);
  });

  it("10,000 characters without any separator are read as one clause", () => {
    check("HVP_PROJECT", "验".repeat(9_996) + "通过验收", "met");
    check("HVP_PROJECT", "未".repeat(10_000), "unknown");
    check("ENFORCEMENT_OVERSEAS", "和".repeat(10_000), "unknown");
  });

  it("10,000 characters made of one qualifying word repeated read as that word says", () => {
    check("HVP_PROJECT", "验收".repeat(5_000), "unknown");
    check("HVP_PROJECT", "验收结论".repeat(2_500), "unknown");
    check("ENFORCEMENT_OVERSEAS", "和解调解书".repeat(2_000), "met");
    check("HVP_PROJECT", "不合格已整改".repeat(1_667), "unknown");
  });

  it("control characters, emoji and lone surrogates around the words do not change the reading", () => {
    const controls = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join("");
    check("HVP_PROJECT", `${controls}通过验收${controls}`, "met");
    check("HVP_PROJECT", "🎉🎉通过验收👍", "met");
    check("HVP_PROJECT", "\ud800未通过验收\udfff", ["notMet", "未通过验收"]);
    check("ENFORCEMENT_DOMESTIC", "😀".repeat(5_000), "unknown");
    check("ENFORCEMENT_OVERSEAS", `${"\u0000".repeat(10_000)}败诉`, ["notMet", "败诉"]);
  });
});
