/** The words of the template's guide sheet (说明): what each column holds, in Chinese and in English. */
import type { FieldKey } from "../engine/columns";
import { EDITION } from "../policy";

/** What each column holds, in Chinese and in English. */
export const GUIDE: Readonly<Record<FieldKey, { readonly zh: string; readonly en: string }>> = {
  seq: { zh: "序号，可不填。", en: "Row number; optional." },
  unit: {
    zh: "申报单位全称（专利权人、调解组织等），必填。",
    en: "Full name of the applying unit (patentee, mediation organisation …); required.",
  },
  creditCode: {
    zh: "18 位统一社会信用代码；用于识别同一单位和所属县区。未填写或校验位不符时给出提示。",
    en: "The 18-character unified social credit code; identifies the unit and its district. Empty or invalid: a warning.",
  },
  district: {
    zh: "从下拉列表选择所属县区或功能板块。",
    en: "District or functional zone, from the list.",
  },
  year: {
    zh: `申报年度，必填，${EDITION.firstYear}—${EDITION.lastYear}。`,
    en: `Application year, required, ${EDITION.firstYear}–${EDITION.lastYear}.`,
  },
  item: {
    zh: "从下拉列表选择支持事项；也可填写事项代码（如 PLEDGE_LOAN）或常用简称。必填。",
    en: "The supported item, from the list; an item code (e.g. PLEDGE_LOAN) or a common short name also works. Required.",
  },
  level: {
    zh: "事项分级别时填写（国家级、省级、示范企业、优势企业、中级、高级、正高级等）。",
    en: "Where the item has levels (national, provincial, demonstration, advantage, IP engineer grades …).",
  },
  quantity: {
    zh: "按件、项、人计算的事项填写数量（证书件数、开放许可项数、调解案件数、人数）。",
    en: "For counted items: certificates, licences, mediation cases, persons.",
  },
  base: {
    zh: "按比例计算的事项填写计算基数：省级奖励资金、贷款利息、保费、维权费用或代理费（元）。",
    en: "For rate items: the provincial award, loan interest, premium, enforcement costs or agency fees (yuan).",
  },
  months: {
    zh: "质押融资贴息填写利息所对应的贷款期限（月）。",
    en: "Pledge-loan subsidy: the months the interest covers.",
  },
  fees: {
    zh: "质押融资的评估、担保等服务费用（元），无则不填。",
    en: "Pledge loan: evaluation and other service fees (yuan); leave empty if none.",
  },
  rate: {
    zh: "年度通知另定补助比例时填写；不填按政策规定比例计算。",
    en: "Only where a yearly notice sets a lower rate; empty means the policy's rate.",
  },
  outcome: {
    zh: "验收、维权类事项从下拉列表选择结果（如 已通过验收、判决胜诉且已生效），也可用文字写明经过；各事项可选的结果见本页末尾。其他事项不填。",
    en: "Acceptance and enforcement items: pick the outcome from the list (e.g. accepted, judgment won and in force) or narrate it; the outcomes of each item are at the end of this sheet. Other items: leave empty.",
  },
  eventDate: {
    zh: `获批、验收、发证、判决或许可日期；须在政策有效期（${EDITION.periodStart} 至 ${EDITION.periodEnd}）内。`,
    en: `Date of approval, acceptance, certificate, judgment or licence; within the policy period (${EDITION.periodStart} to ${EDITION.periodEnd}).`,
  },
  startDate: {
    zh: "人才类事项填写人员在本单位的任职起始日期。",
    en: "Talent items: when the person started working at the unit.",
  },
  ref: {
    zh: "证书、合同、专利或案件编号；同一单位同一事项编号重复视为重复申报。",
    en: "Certificate, contract, patent or case number; the same number twice for one unit and item is a duplicate claim.",
  },
  personId: {
    zh: "人才类事项可填写人员证件号，用于识别同一人员重复申报。",
    en: "Talent items: the person's ID number, to find the same person claimed twice.",
  },
  claimed: {
    zh: "申请金额（元）。不填则按可核定金额计算并给出提示。",
    en: "Amount claimed (yuan). Empty: the eligible amount is taken, with a warning.",
  },
};
