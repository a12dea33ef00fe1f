/**
 * Every clause's condition as data (MEASURES.md decision 17): its kind, its words quoted from the clause, the
 * facts it asks and the words that state them, and its canonical outcomes. Items take theirs in ./items.
 *
 * Event conditions: （一）（六） 通过验收, （二十二） 通过结题验收, （十） 获胜且已生效 或 在和解撤诉中获益,
 * （十一） 已有判决胜诉 或 和解且相关文书没有载明申请人构成侵权. Grant conditions: the clauses that pay for a
 * grant (获批, 获得…, 被确定, 入选, 通过…审核备案/认证, 获得优秀等次, 被评定为).
 *
 * Clauses with no condition pay for what the applicant did and the row's own figures measure (（七） 出质获得贷款,
 * 证券化, 投保; （八） 提出开放许可声明, 达成开放许可; （十三） 调解成功的件数; （十五） 按评价结果; （二十） 开设
 * 知识产权课程), or set no amount (（四）).
 */
import type { ItemCode } from "./items";
import type { Canonical, ClauseCondition, Fact } from "./outcomes";

/** （一）（六） 通过验收; a closing acceptance (通过结题验收) is an acceptance too. */
const accepted: Fact = {
  id: "accepted",
  yes: [
    "通过验收", "验收通过", "验收合格", "已验收", "完成验收", "验收完成", "通过结题验收", "结题验收通过", "结题验收合格",
  ],
  /** 复验/初验/终验 name a second, first or final acceptance: 初验未通过，复验通过. */
  names: ["验收", "复验", "初验", "终验"],
};

/** （二十二） 通过结题验收, which 结题 and 结项 name (APPLICATION-TABLE.md "Outcomes"). */
const concluded: Fact = {
  id: "concluded",
  yes: [
    "通过结题验收", "结题验收通过", "结题验收合格", "完成结题验收", "通过验收", "验收通过", "验收合格", "已验收",
    "已结题", "结题", "已结项", "结项",
  ],
  names: ["结题验收", "验收", "复验", "初验", "终验"],
};

/** 获胜 (a judgment, an award or an administrative ruling for the applicant). 驳回 decides only with whose. */
const won: Fact = {
  id: "won",
  yes: [
    "二审胜诉", "胜诉", "获胜", "驳回对方", "驳回被申请人", "驳回侵权方", "对方败诉", "侵权方败诉", "支持我方", "支持申请人", "支持本公司",
    "支持我司", "支持我公司", "认定对方侵权", "认定对方构成侵权", "对方构成侵权", "对方侵权成立",
  ],
  no: ["驳回我方", "驳回我公司", "驳回我司", "驳回本公司", "驳回申请人", "对方胜诉", "支持对方"],
  /** Whose claim or which party, where the row does not say which the applicant is. */
  unclear: ["部分胜诉", "驳回原告", "驳回被告", "驳回", "原告胜诉", "被告胜诉", "原告败诉", "被告败诉"],
};

/** 已生效: in force, or not yet while an appeal may still be or is being heard. */
const inForce: Fact = {
  id: "inForce",
  /**
   * 两审终审: a second-instance judgment is final (二审改判, 驳回上诉); no appeal within the period, or one withdrawn,
   * leaves the first in force. 仲裁法第五十七条: an arbitral award is in force from the day it is made.
   */
  yes: [
    "已生效", "生效", "发生法律效力", "终审", "维持原判", "二审胜诉", "二审改判", "二审判决", "驳回上诉", "撤回上诉",
    "已过上诉期", "上诉期满", "上诉期已满", "上诉期已过", "上诉期届满", "上诉期限届满", "未上诉", "未提起上诉", "仲裁裁决",
  ],
  notYet: ["尚未上诉", "暂未上诉", "二审审理中", "二审中", "再审中", "上诉中", "已上诉", "提起上诉", "对方上诉", "上诉期内", "上诉期间", "尚未生效", "暂未生效", "未生效"],
};

/** （十） 在和解撤诉中: a settlement or a withdrawal. */
const settledOrWithdrawn: Fact = {
  id: "settled",
  /** A court mediation (调解书) ends the suit by agreement: a settlement. */
  yes: ["和解", "撤诉", "撤回起诉", "调解结案", "法院调解", "调解成功", "达成调解", "调解书", "调解协议"],
};

/** （十一） 和解: a settlement only; a withdrawal is neither it nor a judgment. */
const settled: Fact = {
  id: "settled",
  yes: ["和解", "调解结案", "法院调解", "调解成功", "达成调解", "调解书", "调解协议"],
};

/** 获益: a benefit from the settlement or withdrawal. */
const benefit: Fact = {
  id: "benefit",
  yes: ["获益", "获赔", "赔偿", "补偿", "赔付", "支付"],
};

/** 相关文书没有载明申请人构成侵权: unstated, it holds; stated, it fails unless negated. */
const noInfringementStated: Fact = {
  id: "noInfringementStated",
  yes: [],
  no: [
    "载明申请人构成侵权", "载明申请人侵权", "载明构成侵权", "载明侵权", "认定申请人构成侵权", "认定申请人侵权",
    "认定侵权", "构成侵权", "侵权成立", "承认侵权", "申请人侵权", "我司侵权", "我方侵权", "我公司侵权", "本公司侵权",
  ],
  silentYes: true,
};

const met = (text: string): Canonical => ({ text, met: true });
const notMet = (text: string): Canonical => ({ text, met: false });

/** A grant: one fact stated by the clause's verbs (`yes`); `no` for what the grant is not (良好 for 优秀). */
function grant(words: string, yes: readonly string[], canonical: readonly Canonical[], no?: readonly string[]): ClauseCondition {
  return { kind: "grant", words, facts: [{ id: "granted", yes, no }], branches: [["granted"]], canonical };
}

/** An approval, designation or listing is made by an official notice: 已发文 states it. */
const NOTICE = ["发文", "印发", "公布"];

const APPROVED: readonly Canonical[] = [met("已获批"), notMet("尚未获批"), notMet("未获批")];

export const CONDITIONS = {
  /** （一） 对通过验收的市级高价值专利培育项目 */
  HVP_PROJECT: {
    kind: "event", words: "对通过验收的市级高价值专利培育项目", facts: [accepted], branches: [["accepted"]],
    canonical: [met("已通过验收"), notMet("未通过验收"), notMet("尚未验收")],
  },
  /** （六） 对通过验收的专利导航项目 */
  PATENT_NAV: {
    kind: "event", words: "对通过验收的专利导航项目", facts: [accepted], branches: [["accepted"]],
    canonical: [met("已通过验收"), notMet("未通过验收"), notMet("尚未验收")],
  },
  /** （二十二） 对参加市级组织的课题研究项目，并通过结题验收的 */
  IP_RESEARCH: {
    kind: "event", words: "并通过结题验收", facts: [concluded], branches: [["concluded"]],
    canonical: [met("已通过结题验收"), notMet("未通过结题验收"), notMet("尚未结题验收")],
  },
  /** （十） 获胜且已生效，或在和解撤诉中获益 */
  ENFORCEMENT_DOMESTIC: {
    kind: "event", words: "通过诉讼仲裁或行政裁决等途径获胜且已生效，或在和解撤诉中获益",
    facts: [won, inForce, settledOrWithdrawn, benefit], branches: [["won", "inForce"], ["settled", "benefit"]],
    canonical: [
      met("判决胜诉且已生效"), met("裁决获胜且已生效"), met("和解并获赔偿"), met("撤诉并获益"),
      notMet("判决胜诉尚未生效"), notMet("和解未获益"), notMet("撤诉未获益"), notMet("败诉"), notMet("审理中"),
    ],
  },
  /** （十一） 已有判决胜诉或和解且相关文书没有载明申请人构成侵权; an appeal is read and asks nothing. */
  ENFORCEMENT_OVERSEAS: {
    kind: "event", words: "已有判决胜诉或和解且相关文书没有载明申请人构成侵权",
    facts: [won, settled, noInfringementStated, inForce], branches: [["won"], ["settled", "noInfringementStated"]],
    canonical: [
      met("判决胜诉"), met("和解（文书未载明申请人侵权）"), notMet("和解（文书载明申请人侵权）"), notMet("败诉"),
      notMet("审理中"),
    ],
  },
  /** （一） 对获得中国专利奖、江苏专利奖的单位和个人 */
  PATENT_PRIZE: grant("对获得中国专利奖、江苏专利奖的单位和个人", ["获奖", "获得", "荣获", "授予", "金奖", "银奖", "优秀奖"], [met("已获奖"), notMet("未获奖")]),
  /** （二） 对获批地理标志保护产品的申请单位或地理标志商标权利人 */
  GI: grant("对获批地理标志保护产品的申请单位或地理标志商标权利人", ["获批", "批准", "核准", "获准", "准予注册", "已注册", "认定", ...NOTICE], APPROVED),
  /** （三） 在数据知识产权登记平台登记且获得登记证书 */
  DATA_IP: grant(
    "在数据知识产权登记平台登记且获得登记证书", ["获得登记证书", "取得登记证书", "登记证书", "获得", "取得", "已登记", "发证", "颁发"],
    [met("已获得登记证书"), notMet("尚未获得登记证书")],
  ),
  /** （五） 对获批建设国家级、省级知识产权运营中心的 */
  OPS_CENTER: grant("对获批建设国家级、省级知识产权运营中心的", ["获批", "批准", ...NOTICE], [met("已获批建设"), notMet("尚未获批")]),
  /** （九） 对通过江苏省及以上知识产权主管部门审核备案 */
  IP_ALLIANCE: grant(
    "对通过江苏省及以上知识产权主管部门审核备案", ["通过", "审核备案", "已备案", "备案"],
    [met("已通过审核备案"), notMet("尚未通过审核备案")],
  ),
  /** （十二） 对获批国家级、省级知识产权保护平台载体 */
  PROTECTION_PLATFORM: grant("对获批国家级、省级知识产权保护平台载体", ["获批", "批准", "认定", "授牌", ...NOTICE], APPROVED),
  /** （十二） 对被确定为国家级知识产权保护规范化市场培育对象的 */
  STANDARD_MARKET: grant(
    "对被确定为国家级知识产权保护规范化市场培育对象的", ["确定", "认定", "入选", "列为", ...NOTICE], [met("已被确定"), notMet("尚未确定")],
  ),
  /** （十四） 对获批国家知识产权信息公共服务网点、高校国家知识产权信息服务中心、技术与创新支持中心（TISC）的 */
  INFO_OUTLET: grant("对获批国家知识产权信息公共服务网点", ["获批", "批准", "认定", "授牌", "入选", ...NOTICE], APPROVED),
  /** （十四） 在省知识产权信息公共服务网点绩效评价中获得优秀等次: 良好 or 合格 is not 优秀. */
  OUTLET_EXCELLENT: grant(
    "在省知识产权信息公共服务网点绩效评价中获得优秀等次", ["优秀"],
    [met("获评优秀"), notMet("获评良好"), notMet("获评合格")], ["良好", "合格", "一般", "较差", "基本合格"],
  ),
  /** （十六） 对获批建设国家级、省级知识产权服务业集聚发展区的 */
  SERVICE_CLUSTER: grant("对获批建设国家级、省级知识产权服务业集聚发展区的", ["获批", "批准", ...NOTICE], [met("已获批建设"), notMet("尚未获批")]),
  /** （十七） 对被确定为国家知识产权强县建设示范县和国家级知识产权强国建设示范园区的 */
  DEMO_COUNTY_PARK: grant(
    "对被确定为国家知识产权强县建设示范县和国家级知识产权强国建设示范园区的", ["确定", "认定", "命名", "入选", "获批", ...NOTICE],
    [met("已被确定"), notMet("尚未确定")],
  ),
  /** （十七） 对获批建设国家地理标志产品保护示范区的 */
  GI_DEMO_ZONE: grant("对获批建设国家地理标志产品保护示范区的", ["获批", "批准", ...NOTICE], [met("已获批建设"), notMet("尚未获批")]),
  /** （十七） 对入选国家知识产权局地理标志运用促进重点联系指导名录的 */
  GI_PROMOTION_LIST: grant(
    "对入选国家知识产权局地理标志运用促进重点联系指导名录的", ["入选", "列入", "纳入", ...NOTICE], [met("已入选"), notMet("未入选")],
  ),
  /** （十八） 对获批国家知识产权示范企业、优势企业的 */
  IP_ENTERPRISE: grant("对获批国家知识产权示范企业、优势企业的", ["获批", "批准", "认定", "入选", ...NOTICE], APPROVED),
  /** （十九） 对通过知识产权管理国家相关标准认证或绩效评价合格的单位 */
  IP_STANDARD: grant(
    "对通过知识产权管理国家相关标准认证或绩效评价合格的单位", ["通过", "合格", "获证", "取得认证", "认证证书"],
    [met("已通过认证"), met("绩效评价合格"), notMet("认证未通过"), notMet("绩效评价不合格")],
  ),
  /** （二十） 对获批国家知识产权培训基地或江苏省知识产权培训基地的 */
  TRAINING_BASE: grant("对获批国家知识产权培训基地或江苏省知识产权培训基地的", ["获批", "批准", "认定", "授牌", ...NOTICE], APPROVED),
  /** （二十一） 对获得专利代理师资格证 (连续工作满一年 is read from the dates, decision 16). */
  PATENT_ATTORNEY: grant(
    "对获得专利代理师资格证", ["获得", "取得", "持有", "资格证"], [met("已获得资格证"), notMet("尚未获得资格证")],
  ),
  /** （二十一） 被评定为知识产权师、高级知识产权师、正高级知识产权师 (连续工作满一年: decision 16). */
  IP_ENGINEER: grant(
    "被评定为知识产权师、高级知识产权师、正高级知识产权师", ["评定", "评为", "取得", "获得"], [met("已被评定"), notMet("尚未评定")],
  ),
} satisfies Partial<Record<ItemCode, ClauseCondition>>;

const BY_CODE: Readonly<Partial<Record<ItemCode, ClauseCondition>>> = CONDITIONS;

/** The item's canonical outcome texts (the template's drop-down; the unstated message lists them). */
export function canonicalOutcomes(code: ItemCode): readonly string[] {
  return BY_CODE[code]?.canonical.map((c) => c.text) ?? [];
}
