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

/** Negation before the words (decision 17): 未, 没有, 不, 尚未, 暂未, 无, 非. */
export const NEGATIONS: readonly string[] = ["尚未", "暂未", "没有", "未", "不", "无", "非"];
/** Of these, the ones that say "not yet" rather than "not". */
export const NOT_YET_NEGATIONS: readonly string[] = ["尚未", "暂未"];
/** Words that link a negation or a not-yet word to what it bears on: 未通过验收, 未获得优秀, 未被确定, 待专家验收. */
export const LINKS: readonly string[] = ["获得", "通过", "被", "予", "能", "曾", "经", "获", "已", "评为", "专家", "正式"];
/** Words that, earlier in the clause, make a fact's name state it: 通过市局组织的验收, 完成了结题验收. */
export const PASSING_BEFORE: readonly string[] = ["通过", "完成"];
/** Not-yet words anywhere before the words in their clause: 拟于明年验收, 待专家验收, 正在组织验收. */
export const NOT_YET_BEFORE: readonly string[] = ["等待", "正在", "即将", "拟", "待"];
/** Not-yet words right before the words only, since 申请人 and 申报单位 say nothing of time: 申请验收, 申报认定. */
export const NOT_YET_RIGHT_BEFORE: readonly string[] = ["申请", "申报"];
/** Negation after the words: 侵权不成立, 验收不合格, 和解失败. */
export const NEGATIONS_AFTER: readonly string[] = ["不成立", "未成立", "不通过", "未通过", "不合格", "失败"];
/** Failure words (decision 17): wherever they stand, they state every fact of the condition failed. */
export const FAILURE_WORDS: readonly string[] = ["不合格", "不通过", "未通过", "失败", "败诉", "撤销", "终止"];
/** A process still under way (…中) states every fact of the condition not met yet. */
export const PENDING_WORDS: readonly string[] = [
  "审理中", "诉讼中", "仲裁中", "裁决中", "复议中", "调解中", "审查中", "审核中", "审批中", "公示中", "评审中", "申报中",
  "申请中", "受理中", "办理中", "处理中", "进行中", "认证中", "备案中", "登记中", "评定中", "评价中", "考核中",
];
/** Words holding a failure word that state no failure of the condition: the infringer stopping is no loss. */
export const NEUTRAL_WORDS: readonly string[] = ["终止侵权", "停止侵权", "撤销对方", "撤销侵权"];
/** Words that undo a failure stated before them in the same clause: 不合格项已整改 is no failure. */
export const UNDOING_WORDS: readonly string[] = ["已整改", "整改完成", "整改完毕", "已纠正", "已补正", "已更正"];

/** （二十一）: 连续工作满一年 — the years of work required before the event date (decision 16). */
export const FULL_YEAR = { years: 1, clauseWords: "连续工作满一年" } as const;
