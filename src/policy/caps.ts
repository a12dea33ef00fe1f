/**
 * Annual cap groups (MEASURES.md decision 7): per unit, per application year, across the group's items.
 * Each cap is written once here, in 元, beside the clause words that set it.
 */
export type CapGroupId =
  | "DATA_IP"
  | "PLEDGE_LOAN"
  | "IP_INSURANCE"
  | "OPEN_LICENSE"
  | "ENFORCEMENT_DOMESTIC"
  | "ENFORCEMENT_OVERSEAS"
  | "MEDIATION";

export interface CapGroup {
  readonly id: CapGroupId;
  readonly clause: string;
  /** The annual cap in 元. */
  readonly amount: string;
  /** The clause's own words for the cap, quoted from the policy text. */
  readonly words: string;
  /** Who the cap is counted for, as the clause names them. */
  readonly holder: string;
  readonly holderEn: string;
}

export const CAP_GROUPS: Readonly<Record<CapGroupId, CapGroup>> = {
  DATA_IP: {
    id: "DATA_IP", clause: "（三）", amount: "20000",
    words: "每个单位每年不超过 2 万元", holder: "单位", holderEn: "unit",
  },
  PLEDGE_LOAN: {
    id: "PLEDGE_LOAN", clause: "（七）", amount: "200000",
    words: "同一单位每年获得补助最高 20 万元", holder: "单位", holderEn: "unit",
  },
  IP_INSURANCE: {
    id: "IP_INSURANCE", clause: "（七）", amount: "50000",
    words: "同一单位每年获得补助最高 5 万元", holder: "单位", holderEn: "unit",
  },
  OPEN_LICENSE: {
    id: "OPEN_LICENSE", clause: "（八）", amount: "20000",
    words: "每个专利权人每年获得奖励最高 2 万元", holder: "专利权人", holderEn: "patentee",
  },
  ENFORCEMENT_DOMESTIC: {
    id: "ENFORCEMENT_DOMESTIC", clause: "（十）", amount: "100000",
    words: "同一主体每年最高 10 万元", holder: "主体", holderEn: "entity",
  },
  ENFORCEMENT_OVERSEAS: {
    id: "ENFORCEMENT_OVERSEAS", clause: "（十一）", amount: "200000",
    words: "同一主体每年最高 20 万元", holder: "主体", holderEn: "entity",
  },
  MEDIATION: {
    id: "MEDIATION", clause: "（十三）", amount: "200000",
    words: "同一调解组织每年资助不超过 20 万元", holder: "调解组织", holderEn: "mediation organisation",
  },
};
