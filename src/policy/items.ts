/**
 * The fundable items of 连政规发〔2025〕3号 as data (MEASURES.md "Item codes").
 *
 * Every amount, rate and count below is written once, in 元, beside `words`: the clause's own words for it,
 * quoted from the policy text (a test checks each quote stands in its clause and holds each figure).
 * Nothing else in the product holds a policy number.
 */
import type { CapGroupId } from "./caps";
import type { ClauseCondition } from "./outcomes";
import { CONDITIONS } from "./conditions";
import {
  ADVANTAGE_ENTERPRISE, DEMONSTRATION_ENTERPRISE, ENGINEER_INTERMEDIATE, ENGINEER_PRINCIPAL, ENGINEER_SENIOR,
  INFO_OUTLET_NATIONAL, INFO_OUTLET_TISC, INFO_OUTLET_UNIVERSITY, NATIONAL, PROVINCIAL, type Level,
} from "./levels";

export type ItemCode =
  | "PATENT_PRIZE" | "HVP_PROJECT" | "GI" | "DATA_IP" | "OVERSEAS_LAYOUT" | "OPS_CENTER" | "PATENT_NAV"
  | "PLEDGE_LOAN" | "SECURITIZATION" | "IP_INSURANCE" | "OPEN_LICENSE_DECLARE" | "OPEN_LICENSE_DEAL"
  | "IP_ALLIANCE" | "ENFORCEMENT_DOMESTIC" | "ENFORCEMENT_OVERSEAS" | "PROTECTION_PLATFORM" | "STANDARD_MARKET"
  | "MEDIATION" | "INFO_OUTLET" | "OUTLET_EXCELLENT" | "SERVICE_AGENCY" | "SERVICE_CLUSTER" | "DEMO_COUNTY_PARK"
  | "GI_DEMO_ZONE" | "GI_PROMOTION_LIST" | "IP_ENTERPRISE" | "IP_STANDARD" | "TRAINING_BASE" | "IP_COURSE"
  | "PATENT_ATTORNEY" | "IP_ENGINEER" | "IP_RESEARCH";

/** What one unit of the quantity column counts, and whether the column must be filled. */
export interface Counted {
  readonly zh: string;
  readonly en: string;
  /** The quantity column is required (counted items); otherwise blank means 1. */
  readonly required: boolean;
}

/** An amount that is the same for every level, or one per level name (Level.name). */
export type Amount = string | Readonly<Record<string, string>>;

export type AmountRule =
  /** 给予 X: the standard amount per counted unit; a claim below it passes with a warning (decision 1). */
  | { readonly kind: "fixed"; readonly amount: Amount; readonly per: Counted }
  /** 最高 X / 不超过 X: a ceiling per counted unit (decision 1). */
  | { readonly kind: "upTo"; readonly amount: Amount; readonly per: Counted }
  /**
   * X per full `size` counted units (decision 4): 每 10 项 / 每依法成功调解 10 件. `paid` is the clause's word for
   * what a full ten earns (给予…奖励, 资助), which the explanation repeats.
   */
  | { readonly kind: "perFullTen"; readonly amount: string; readonly size: number; readonly per: Counted; readonly paid: string }
  /**
   * rate × base. `ceiling`: the text says 最高 / 不超过, so a yearly notice may set a lower rate (decision 2).
   * `loan`: the base is interest × min(12, months)/months + service fees (decision 5).
   */
  | {
      readonly kind: "rate";
      readonly rate: string;
      readonly ceiling: boolean;
      readonly base: "base" | "loan";
      readonly baseName: string;
      readonly baseNameEn: string;
    }
  /** The clause sets no amount (decision 14). */
  | { readonly kind: "none" };

export interface Item {
  readonly code: ItemCode;
  /** The clause number as the policy writes it, with full-width brackets: （七）. */
  readonly clause: string;
  readonly name: string;
  readonly nameEn: string;
  /** Other names users type: short forms, the words of the clause. Matched after normalising. */
  readonly aliases: readonly string[];
  /** The clause's own words for the amount, quoted verbatim from the policy text. */
  readonly words: string;
  readonly rule: AmountRule;
  readonly levels?: readonly Level[];
  /**
   * Decision 24: the one level an item without levels has by its very name (国家级…规范化市场培育对象), or the
   * rank every level of an item shares (国家知识产权示范企业、优势企业): a 级别 restating it is accepted silently.
   */
  readonly onlyLevel?: Level;
  /** A level must be given because the amount depends on it. */
  readonly levelRequired?: boolean;
  readonly capGroup?: CapGroupId;
  /** 一次性: once per unit, ever (decision 9). */
  readonly oneTime?: boolean;
  /** 累计获得补助不超过 N 年 (decision 6); `maxYearsWords` quotes it. */
  readonly maxYears?: number;
  readonly maxYearsWords?: string;
  /**
   * 单笔贷款利息补助不超过 1 年 (decision 5): the months of one loan's interest that count, over all its
   * parts; `loanMonthsWords` quotes it.
   */
  readonly loanMonths?: number;
  readonly loanMonthsWords?: string;
  /**
   * Decision 10: an award for a status, a platform, an evaluation or a project is paid once, not per piece.
   * "period": once per unit, item and level in the policy period; "year": once per unit per application
   * year; "project": one project per row (several rows may be several projects). A quantity above 1 is
   * not multiplied.
   */
  readonly once?: "period" | "year" | "project";
  /** The clause's condition read from the outcome column (decision 17), quoted in ./conditions. */
  readonly condition?: ClauseCondition;
  /** 连续工作满一年: read from the start and event dates (decision 16). */
  readonly fullYear?: boolean;
  /** The row's reference identifies a person, not a document (decision 13). */
  readonly perPerson?: boolean;
}

const PROJECT: Counted = { zh: "项", en: "project", required: false };
const EACH: Counted = { zh: "项", en: "item", required: false };
const UNIT: Counted = { zh: "家", en: "unit", required: false };
const CERTIFICATE: Counted = { zh: "件", en: "certificate", required: true };
const PATENT: Counted = { zh: "项", en: "patent", required: true };
const LICENSE: Counted = { zh: "项", en: "license", required: true };
const CASE: Counted = { zh: "件", en: "case", required: true };
const PERSON: Counted = { zh: "人", en: "person", required: true };

export const ITEMS: readonly Item[] = [
  {
    code: "PATENT_PRIZE", clause: "（一）", name: "中国专利奖、江苏专利奖配套奖励",
    nameEn: "Matching award for the China and Jiangsu Patent Awards",
    aliases: ["专利奖", "中国专利奖", "江苏专利奖", "专利奖配套", "专利奖配套奖励"],
    words: "按省级奖励资金的 50%给予配套奖励",
    rule: { kind: "rate", rate: "0.5", ceiling: false, base: "base", baseName: "省级奖励资金", baseNameEn: "provincial award funds" },
    condition: CONDITIONS.PATENT_PRIZE,
    once: "project",
  },
  {
    code: "HVP_PROJECT", clause: "（一）", name: "市级高价值专利培育项目",
    nameEn: "Municipal high-value patent cultivation project",
    aliases: ["高价值专利", "高价值专利培育", "高价值专利培育项目", "高价值专利培育中心"],
    words: "每项给予最高 30 万元资金支持",
    rule: { kind: "upTo", amount: "300000", per: PROJECT },
    condition: CONDITIONS.HVP_PROJECT,
    once: "project",
  },
  {
    code: "GI", clause: "（二）", name: "地理标志保护产品、地理标志商标",
    nameEn: "Geographical indication product or trademark",
    aliases: ["地理标志", "地理标志保护产品", "地理标志商标", "地标"],
    words: "每项地理标志保护产品或地理标志商标给予 10 万元奖励",
    rule: { kind: "fixed", amount: "100000", per: EACH },
    condition: CONDITIONS.GI,
  },
  {
    code: "DATA_IP", clause: "（三）", name: "数据知识产权登记",
    nameEn: "Data IP registration",
    aliases: ["数据知识产权", "数据知识产权登记证书", "数据登记"],
    words: "给予每件最高 1000 元资金支持",
    rule: { kind: "upTo", amount: "1000", per: CERTIFICATE },
    condition: CONDITIONS.DATA_IP,
    capGroup: "DATA_IP",
  },
  {
    code: "OVERSEAS_LAYOUT", clause: "（四）", name: "知识产权海外布局（PCT、马德里、海牙等）",
    nameEn: "Overseas IP filing (PCT, Madrid, Hague)",
    aliases: ["海外布局", "知识产权海外布局", "PCT", "马德里", "海牙", "实施知识产权战略"],
    words: "鼓励创新主体利用巴黎公约、专利合作条约（PCT）、马德里协定、海牙协定等途径，加强知识产权海外布局，提升国际竞争力。",
    rule: { kind: "none" },
  },
  {
    code: "OPS_CENTER", clause: "（五）", name: "知识产权运营中心",
    nameEn: "IP operation centre",
    aliases: ["运营中心", "产业知识产权运营中心"],
    words: "对获批建设国家级、省级知识产权运营中心的，给予 20 万元资金支持",
    rule: { kind: "fixed", amount: "200000", per: UNIT },
    condition: CONDITIONS.OPS_CENTER,
    levels: [NATIONAL, PROVINCIAL],
    once: "period",
  },
  {
    code: "PATENT_NAV", clause: "（六）", name: "专利导航项目",
    nameEn: "Patent navigation project",
    aliases: ["专利导航", "产业专利导航"],
    words: "对通过验收的专利导航项目，给予最高 20 万元资金支持",
    rule: { kind: "upTo", amount: "200000", per: PROJECT },
    condition: CONDITIONS.PATENT_NAV,
    once: "project",
  },
  {
    code: "PLEDGE_LOAN", clause: "（七）", name: "知识产权质押融资贷款利息及评估等服务费用补助",
    nameEn: "IP pledge loan subsidy (interest and service fees)",
    aliases: ["质押", "贴息", "知识产权质押", "质押融资", "知识产权质押融资", "质押贷款", "质押贴息", "专利质押", "知识产权质押融资贴息", "质押融资补助"],
    words: "对贷款利息及评估等服务费用给予最高30％的补助，单笔贷款利息补助不超过 1 年",
    rule: { kind: "rate", rate: "0.3", ceiling: true, base: "loan", baseName: "贷款利息及评估等服务费用", baseNameEn: "loan interest and service fees" },
    capGroup: "PLEDGE_LOAN",
    maxYears: 2,
    maxYearsWords: "累计获得补助不超过 2 年",
    loanMonths: 12,
    loanMonthsWords: "单笔贷款利息补助不超过 1 年",
  },
  {
    code: "SECURITIZATION", clause: "（七）", name: "知识产权证券化",
    nameEn: "IP securitisation",
    aliases: ["证券化", "知识产权证券化融资"],
    words: "对知识产权证券化融资的发起单位，每项最高补助50 万元",
    rule: { kind: "upTo", amount: "500000", per: EACH },
    once: "project",
  },
  {
    code: "IP_INSURANCE", clause: "（七）", name: "知识产权保险",
    nameEn: "IP insurance premium subsidy",
    aliases: ["保险", "知识产权保险保费", "投保知识产权保险"],
    words: "投保知识产权保险的，对保费给予最高 50%的补助",
    rule: { kind: "rate", rate: "0.5", ceiling: true, base: "base", baseName: "保费", baseNameEn: "premium" },
    capGroup: "IP_INSURANCE",
  },
  {
    code: "OPEN_LICENSE_DECLARE", clause: "（八）", name: "专利开放许可声明",
    nameEn: "Patent open licence declaration",
    aliases: ["开放许可声明", "开放许可声明奖励"],
    words: "对向国家知识产权局提出开放许可声明的，每 10 项给予 1 万元奖励",
    rule: { kind: "perFullTen", amount: "10000", size: 10, per: PATENT, paid: "奖励" },
    capGroup: "OPEN_LICENSE",
  },
  {
    code: "OPEN_LICENSE_DEAL", clause: "（八）", name: "达成专利开放许可",
    nameEn: "Patent open licence concluded",
    aliases: ["达成开放许可", "开放许可达成", "达成专利开放许可"],
    words: "达成开放许可的，每项给予 5000 元奖励",
    rule: { kind: "fixed", amount: "5000", per: LICENSE },
    capGroup: "OPEN_LICENSE",
  },
  {
    code: "IP_ALLIANCE", clause: "（九）", name: "产业知识产权联盟",
    nameEn: "Industrial IP alliance",
    aliases: ["知识产权联盟", "联盟"],
    words: "给予最高 10 万元资金支持",
    rule: { kind: "upTo", amount: "100000", per: UNIT },
    condition: CONDITIONS.IP_ALLIANCE,
    once: "period",
  },
  {
    code: "ENFORCEMENT_DOMESTIC", clause: "（十）", name: "国内知识产权维权",
    nameEn: "Domestic IP enforcement",
    aliases: ["国内维权", "知识产权国内维权"],
    words: "按照不超过实际支付的诉讼费、维权代理费、公证费、鉴定费、调解费等维权活动必要费用的 30%给予资金支持",
    rule: { kind: "rate", rate: "0.3", ceiling: true, base: "base", baseName: "维权活动必要费用", baseNameEn: "necessary enforcement costs" },
    capGroup: "ENFORCEMENT_DOMESTIC",
    condition: CONDITIONS.ENFORCEMENT_DOMESTIC,
  },
  {
    code: "ENFORCEMENT_OVERSEAS", clause: "（十一）", name: "海外知识产权维权",
    nameEn: "Overseas IP enforcement",
    aliases: ["海外维权", "知识产权海外维权"],
    words: "按照实际支付的维权代理费的 50%给予资金支持",
    rule: { kind: "rate", rate: "0.5", ceiling: false, base: "base", baseName: "维权代理费", baseNameEn: "agency fees" },
    capGroup: "ENFORCEMENT_OVERSEAS",
    condition: CONDITIONS.ENFORCEMENT_OVERSEAS,
  },
  {
    code: "PROTECTION_PLATFORM", clause: "（十二）", name: "知识产权保护平台载体",
    nameEn: "IP protection platform",
    aliases: ["保护平台", "保护平台载体", "知识产权保护平台", "维权援助中心"],
    words: "对获批国家级、省级知识产权保护平台载体，每家单位分别给予最高 20 万元、10 万元奖励",
    rule: { kind: "upTo", amount: { 国家级: "200000", 省级: "100000" }, per: UNIT },
    condition: CONDITIONS.PROTECTION_PLATFORM,
    levels: [NATIONAL, PROVINCIAL],
    levelRequired: true,
    once: "period",
  },
  {
    code: "STANDARD_MARKET", clause: "（十二）", name: "国家级知识产权保护规范化市场培育对象",
    nameEn: "National standardised IP protection market (cultivation)",
    aliases: ["规范化市场", "保护规范化市场", "规范化市场培育对象"],
    words: "对被确定为国家级知识产权保护规范化市场培育对象的，给予 10 万元资金支持",
    rule: { kind: "fixed", amount: "100000", per: UNIT },
    condition: CONDITIONS.STANDARD_MARKET,
    onlyLevel: NATIONAL,
    once: "period",
  },
  {
    code: "MEDIATION", clause: "（十三）", name: "知识产权纠纷调解",
    nameEn: "IP dispute mediation",
    aliases: ["纠纷调解", "调解", "知识产权调解"],
    words: "每依法成功调解 10 件，资助 1 万元",
    rule: { kind: "perFullTen", amount: "10000", size: 10, per: CASE, paid: "资助" },
    capGroup: "MEDIATION",
  },
  {
    code: "INFO_OUTLET", clause: "（十四）", name: "国家知识产权信息公共服务网点、高校国家知识产权信息服务中心、TISC",
    nameEn: "National IP information service outlet, university centre or TISC",
    aliases: ["信息公共服务网点", "公共服务网点", "信息服务中心", "TISC", "技术与创新支持中心"],
    words: "对获批国家知识产权信息公共服务网点、高校国家知识产权信息服务中心、技术与创新支持中心（TISC）的，给予 20 万元资金支持",
    rule: { kind: "fixed", amount: "200000", per: UNIT },
    condition: CONDITIONS.INFO_OUTLET,
    levels: [INFO_OUTLET_NATIONAL, INFO_OUTLET_UNIVERSITY, INFO_OUTLET_TISC],
    // 国家…网点、高校国家…中心 and the TISC the national office designates: all three are national.
    onlyLevel: NATIONAL,
    once: "period",
  },
  {
    code: "OUTLET_EXCELLENT", clause: "（十四）", name: "省知识产权信息公共服务网点绩效评价优秀",
    nameEn: "Provincial IP information outlet rated excellent",
    aliases: ["网点绩效优秀", "绩效评价优秀", "网点优秀"],
    words: "对在省知识产权信息公共服务网点绩效评价中获得优秀等次的，给予 5 万元奖励",
    rule: { kind: "fixed", amount: "50000", per: UNIT },
    condition: CONDITIONS.OUTLET_EXCELLENT,
    // 省知识产权信息公共服务网点绩效评价: the province's evaluation, and no other.
    onlyLevel: PROVINCIAL,
    once: "year",
  },
  {
    code: "SERVICE_AGENCY", clause: "（十五）", name: "知识产权服务机构年度绩效评价",
    nameEn: "IP service agency annual performance award",
    aliases: ["服务机构", "服务机构绩效", "知识产权服务机构"],
    words: "对服务机构的服务绩效开展年度评价，并按评价结果给予最高 30 万元奖励",
    rule: { kind: "upTo", amount: "300000", per: UNIT },
    once: "year",
  },
  {
    code: "SERVICE_CLUSTER", clause: "（十六）", name: "知识产权服务业集聚发展区",
    nameEn: "IP service industry cluster",
    aliases: ["集聚发展区", "服务业集聚区", "知识产权服务业集聚区"],
    words: "对获批建设国家级、省级知识产权服务业集聚发展区的，分别给予 50 万元、20 万元资金支持",
    rule: { kind: "fixed", amount: { 国家级: "500000", 省级: "200000" }, per: UNIT },
    condition: CONDITIONS.SERVICE_CLUSTER,
    levels: [NATIONAL, PROVINCIAL],
    levelRequired: true,
    once: "period",
  },
  {
    code: "DEMO_COUNTY_PARK", clause: "（十七）", name: "国家知识产权强县建设示范县、国家级知识产权强国建设示范园区",
    nameEn: "National IP demonstration county or park",
    aliases: ["强县示范县", "示范县", "示范园区", "强国建设示范园区", "知识产权强县"],
    words: "对被确定为国家知识产权强县建设示范县和国家级知识产权强国建设示范园区的，给予 50 万元资金支持",
    rule: { kind: "fixed", amount: "500000", per: UNIT },
    condition: CONDITIONS.DEMO_COUNTY_PARK,
    onlyLevel: NATIONAL,
    once: "period",
  },
  {
    code: "GI_DEMO_ZONE", clause: "（十七）", name: "国家地理标志产品保护示范区",
    nameEn: "National GI product protection demonstration zone",
    aliases: ["地理标志示范区", "地理标志产品保护示范区"],
    words: "对获批建设国家地理标志产品保护示范区的，给予 50 万元资金支持",
    rule: { kind: "fixed", amount: "500000", per: UNIT },
    condition: CONDITIONS.GI_DEMO_ZONE,
    onlyLevel: NATIONAL,
    once: "period",
  },
  {
    code: "GI_PROMOTION_LIST", clause: "（十七）", name: "地理标志运用促进重点联系指导名录",
    nameEn: "GI utilisation promotion key contact list",
    aliases: ["重点联系指导名录", "地理标志名录", "运用促进名录"],
    words: "对入选国家知识产权局地理标志运用促进重点联系指导名录的，给予 5 万元资金支持",
    rule: { kind: "fixed", amount: "50000", per: UNIT },
    condition: CONDITIONS.GI_PROMOTION_LIST,
    // 国家知识产权局…名录: the national office's list, and no other.
    onlyLevel: NATIONAL,
    once: "period",
  },
  {
    code: "IP_ENTERPRISE", clause: "（十八）", name: "国家知识产权示范企业、优势企业",
    nameEn: "National IP demonstration or advantage enterprise",
    aliases: ["示范企业", "优势企业", "强企", "知识产权强企", "示范优势企业"],
    words: "对获批国家知识产权示范企业、优势企业的，分别给予 5 万元、2 万元奖励",
    rule: { kind: "fixed", amount: { 示范企业: "50000", 优势企业: "20000" }, per: UNIT },
    condition: CONDITIONS.IP_ENTERPRISE,
    levels: [DEMONSTRATION_ENTERPRISE, ADVANTAGE_ENTERPRISE],
    levelRequired: true,
    // 国家知识产权示范企业、优势企业: both are national; 国家级 does not say which.
    onlyLevel: NATIONAL,
    once: "period",
  },
  {
    code: "IP_STANDARD", clause: "（十九）", name: "知识产权管理规范贯标（认证或绩效评价合格）",
    nameEn: "IP management standard certification",
    aliases: ["贯标", "贯标认证", "知识产权贯标", "贯标工程"],
    words: "每项给予最高 2 万元奖励",
    rule: { kind: "upTo", amount: "20000", per: EACH },
    condition: CONDITIONS.IP_STANDARD,
  },
  {
    code: "TRAINING_BASE", clause: "（二十）", name: "国家或江苏省知识产权培训基地",
    nameEn: "National or Jiangsu IP training base",
    aliases: ["培训基地", "知识产权培训基地"],
    words: "一次性给予 40 万元资金支持",
    rule: { kind: "fixed", amount: "400000", per: UNIT },
    condition: CONDITIONS.TRAINING_BASE,
    levels: [NATIONAL, PROVINCIAL],
    oneTime: true,
    once: "period",
  },
  {
    code: "IP_COURSE", clause: "（二十）", name: "高校开设知识产权课程",
    nameEn: "University IP course",
    aliases: ["知识产权课程", "开设课程", "课程"],
    words: "一次性给予最高 10 万元资金支持",
    rule: { kind: "upTo", amount: "100000", per: UNIT },
    oneTime: true,
    once: "period",
  },
  {
    code: "PATENT_ATTORNEY", clause: "（二十一）", name: "专利代理师",
    nameEn: "Patent attorney",
    aliases: ["专利代理师资格", "代理师"],
    words: "给予所在单位 0.6 万元/人奖励",
    rule: { kind: "fixed", amount: "6000", per: PERSON },
    condition: CONDITIONS.PATENT_ATTORNEY,
    fullYear: true,
    perPerson: true,
  },
  {
    code: "IP_ENGINEER", clause: "（二十一）", name: "知识产权师",
    nameEn: "IP engineer",
    aliases: ["高级知识产权师", "正高级知识产权师", "知识产权师职称"],
    words: "分别给予所在单位 0.3 万元/人、0.5 万元/人、0.8 万元/人奖励",
    rule: { kind: "fixed", amount: { 中级: "3000", 高级: "5000", 正高级: "8000" }, per: PERSON },
    levels: [ENGINEER_INTERMEDIATE, ENGINEER_SENIOR, ENGINEER_PRINCIPAL],
    levelRequired: true,
    condition: CONDITIONS.IP_ENGINEER,
    fullYear: true,
    perPerson: true,
  },
  {
    code: "IP_RESEARCH", clause: "（二十二）", name: "知识产权课题研究",
    nameEn: "IP research project",
    aliases: ["课题研究", "知识产权课题", "课题"],
    words: "给予最高 10 万元资金支持",
    rule: { kind: "upTo", amount: "100000", per: PROJECT },
    condition: CONDITIONS.IP_RESEARCH,
    once: "project",
  },
];

export const ITEMS_BY_CODE: ReadonlyMap<ItemCode, Item> = new Map(ITEMS.map((i) => [i.code, i]));

export function itemByCode(code: ItemCode): Item {
  const item = ITEMS_BY_CODE.get(code);
  if (!item) throw new Error(`no item ${code}`);
  return item;
}
