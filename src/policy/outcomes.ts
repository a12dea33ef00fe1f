/**
 * How the outcome column (结果/状态) states a clause's condition (MEASURES.md decision 17, APPLICATION-TABLE.md
 * "Outcomes"): the facts a condition asks, the words that state each, and the words every condition reads
 * alike (negation, failure, not yet). The conditions themselves stand beside their items in ./conditions.
 * Matching is on normalised text (./normalise), so every word here is written as normalise leaves it.
 */

/**
 * What a word says of a fact: it holds (`yes`), it does not (`no`), not yet (`notYet`), an outcome that
 * cannot be classified (`unclear`: 部分胜诉, 驳回原告…), or only the fact's name (`named`: a bare 验收), which
 * states no outcome and so stands only where nothing else is said of the fact.
 */
export type FactState = "yes" | "no" | "notYet" | "unclear" | "named";

/** One fact a condition asks, with the words that state it. */
export interface Fact {
  readonly id: string;
  readonly yes: readonly string[];
  readonly no?: readonly string[];
  readonly notYet?: readonly string[];
  readonly unclear?: readonly string[];
  /** The fact's name: 通过 or 完成 before it in its clause states it (通过市局组织的验收). */
  readonly names?: readonly string[];
  /**
   * The fact is a "没有…": unstated it holds, and its `no` words negated (没有载明…, 认定侵权不成立) state
   * that it holds. Only （十一）'s 相关文书没有载明申请人构成侵权.
   */
  readonly silentYes?: boolean;
}

/** A canonical outcome text (the template's drop-down), read exactly, and whether it meets the condition. */
export interface Canonical {
  readonly text: string;
  readonly met: boolean;
}

/**
 * A clause's condition. `grant`: the award is for the grant itself, so a blank outcome is the grant as
 * claimed. `event`: something after the grant (验收, 胜诉/和解) that a blank outcome does not state.
 */
export interface ClauseCondition {
  readonly kind: "grant" | "event";
  /** The clause's own words for the condition, quoted from the policy text. */
  readonly words: string;
  /** Every fact whose words are read, including ones no branch asks (an appeal for （十一）). */
  readonly facts: readonly Fact[];
  /** "A 或 B": met when one branch is; a branch is "A 且 B", met when each of its facts (by id) is. */
  readonly branches: readonly (readonly string[])[];
  readonly canonical: readonly Canonical[];
}

/** Negation before the words (decision 17): 未, 没有, 不, 尚未, 暂未, 无, 非; and 没, as in 没通过验收. */
export const NEGATIONS: readonly string[] = ["尚未", "暂未", "没有", "未", "没", "不", "无", "非"];
/** Of these, the ones that say "not yet" rather than "not". */
export const NOT_YET_NEGATIONS: readonly string[] = ["尚未", "暂未"];
/**
 * Words that link a negation or a not-yet word to what it bears on: 未通过验收, 未获得优秀, 未被确定, 待专家验收,
 * 未获任何赔偿, 暂未组织验收, 未载明我司侵权.
 */
export const LINKS: readonly string[] = [
  "获得", "通过", "被", "予", "能", "曾", "经", "获", "已", "评为", "专家", "正式", "任何", "组织", "载明", "写明", "认定",
];
/** Words that, earlier in the clause, make a fact's name state it: 通过市局组织的验收, 完成了结题验收. */
export const PASSING_BEFORE: readonly string[] = ["通过", "完成"];
/**
 * Words that, shortly after a fact's name in its clause, state it: 验收结论：合格, 验收意见：同意通过, 验收等级：良好
 * (a grade given at an acceptance is a pass); negated (验收没有通过, 验收结论：不合格) they state it failed.
 */
export const PASSING_AFTER: readonly string[] = ["通过", "合格", "优秀", "良好", "完成"];
/** How far after a fact's name its passing word may stand (验收结论为：合格), so a clause is read once. */
export const PASSING_AFTER_REACH = 8;
/**
 * A qualifying word followed by one of these names a thing, not an outcome: 结题材料已提交, 和解协议草拟中.
 */
export const OBJECT_NOUNS: readonly string[] = ["材料", "资料", "报告", "申请", "会议", "工作", "手续", "草案"];
/** Not-yet words anywhere before the words in their clause: 拟于明年验收, 待专家验收, 正在组织验收. */
export const NOT_YET_BEFORE: readonly string[] = ["等待", "正在", "即将", "延期", "推迟", "暂缓", "拟", "待"];
/** Not-yet words right before the words only, since 申请人 and 申报单位 say nothing of time: 申请验收, 申报认定. */
export const NOT_YET_RIGHT_BEFORE: readonly string[] = ["申请", "申报"];
/** Negation after the words: 侵权不成立, 验收不合格, 和解失败. */
export const NEGATIONS_AFTER: readonly string[] = ["不成立", "未成立", "不通过", "未通过", "没有通过", "没通过", "不合格", "失败"];
/** After the words, these say the thing has not come yet: 二审判决尚未作出, 仲裁裁决未下达, 调解书尚未送达. */
export const NOT_YET_AFTER: readonly string[] = [
  "尚未作出", "暂未作出", "未作出", "尚未下达", "未下达", "尚未送达", "暂未送达", "未送达", "尚未出具", "未出具",
];
/** Failure words (decision 17): wherever they stand, they state every fact of the condition failed. */
export const FAILURE_WORDS: readonly string[] = ["不合格", "不通过", "未通过", "没有通过", "没通过", "失败", "败诉", "撤销", "终止"];
/** A process still under way (…中) states every fact of the condition not met yet. */
export const PENDING_WORDS: readonly string[] = [
  "审理中", "诉讼中", "仲裁中", "裁决中", "复议中", "调解中", "审查中", "审核中", "审批中", "公示中", "评审中", "申报中",
  "申请中", "受理中", "办理中", "处理中", "进行中", "认证中", "备案中", "登记中", "评定中", "评价中", "考核中",
  "调查中", "实施中", "整改中", "协商中", "谈判中", "待定",
];
/**
 * Other matters a clause may report after the condition is settled (资金待拨付, 绩效评价不合格): where a clause
 * names one of these and none of the condition's own words, its failure and pending words say nothing of the
 * condition — unless the condition itself is about that matter (（十四）（十九） 绩效评价).
 */
export const OTHER_MATTERS: readonly string[] = ["资金", "经费", "补助", "拨付", "绩效评价", "审计", "年度考核", "执行"];
/** Words holding a failure word that state no failure of the condition: the infringer stopping is no loss. */
export const NEUTRAL_WORDS: readonly string[] = ["终止侵权", "停止侵权", "撤销对方", "撤销侵权"];
/** Words that undo a failure stated before them in the same clause: 不合格项已整改 is no failure. */
export const UNDOING_WORDS: readonly string[] = ["已整改", "整改完成", "整改完毕", "已纠正", "已补正", "已更正"];

/** （二十一）: 连续工作满一年 — the years of work required before the event date (decision 16). */
export const FULL_YEAR = { years: 1, clauseWords: "连续工作满一年" } as const;
