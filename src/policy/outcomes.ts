/**
 * How the outcome column (结果/状态) is read for a clause's condition (APPLICATION-TABLE.md "Outcomes",
 * MEASURES.md decision 17): met, failed or unclear, with negation read. Matching is on normalised text.
 */
import { itemByCode, type Condition, type ItemCode } from "./items";

export interface OutcomeVocabulary {
  /** The clause's own words for the condition, quoted from the policy text. */
  readonly clauseWords: string;
  /** Words that meet the condition when stated without negation. */
  readonly metWords: readonly string[];
  /** What an unclear message suggests writing: the qualifying forms of APPLICATION-TABLE.md "Outcomes". */
  readonly examples: readonly string[];
  /** Pairs that meet it together (和解 … 获益): a settlement counts only with the benefit stated. */
  readonly metPairs?: readonly (readonly [string, string])[];
  /** Words whose negation (未生效, 尚未验收, 没有胜诉) states the condition failed. */
  readonly negatable: readonly string[];
  /**
   * Overseas enforcement: words stating that the documents find the applicant infringing; stated without
   * negation they fail the condition (和解（载明申请人侵权）), negated they do not (没有载明申请人构成侵权).
   */
  readonly infringement?: readonly string[];
}

/** Negation before the words (decision 17): 未, 没有, 不, 尚未, 暂未, 待, 无. */
export const NEGATIONS: readonly string[] = ["尚未", "暂未", "没有", "未", "不", "待", "无"];
/** Words that link a negation to what it negates: 未通过验收, 未予生效, 不能胜诉. */
export const NEGATION_LINKS: readonly string[] = ["通过", "予", "能", "曾", "经", "获", "被", "已"];
/** Failure words: anywhere in the text they state the condition failed. */
export const FAILURE_WORDS: readonly string[] = ["不合格", "不通过", "未通过", "失败", "败诉", "驳回"];
/** Pending: a process still under way (审理中, 诉讼中, 进行中 …) is not an outcome yet. */
export const PENDING_WORDS: readonly string[] = [
  "审理中", "诉讼中", "进行中", "仲裁中", "审查中", "办理中", "执行中", "上诉中", "申请中", "验收中", "评审中", "受理中",
  "处理中", "协商中", "调解中", "结题中", "和解中", "谈判中", "撤诉中", "复议中",
];

export const OUTCOMES: Readonly<Record<Exclude<Condition, "fullYear">, OutcomeVocabulary>> = {
  /** （一）（六）（二十二）: 通过验收 / 通过结题验收 */
  acceptance: {
    clauseWords: "通过验收",
    metWords: ["通过验收", "验收通过", "验收合格", "已验收", "完成验收", "结题"],
    examples: ["通过验收", "已验收", "验收合格", "通过结题验收"],
    negatable: ["验收", "结题", "通过"],
  },
  /** （十）: 获胜且已生效，或在和解撤诉中获益 */
  domesticOutcome: {
    clauseWords: "通过诉讼仲裁或行政裁决等途径获胜且已生效，或在和解撤诉中获益",
    metWords: ["胜诉", "获胜"],
    examples: ["胜诉生效", "裁决胜诉", "和解获益", "撤诉获益"],
    metPairs: [["和解", "获益"], ["撤诉", "获益"], ["和解", "赔偿"], ["撤诉", "赔偿"], ["和解", "获赔"], ["撤诉", "获赔"]],
    negatable: ["胜诉", "获胜", "生效", "获益", "赔偿", "获赔"],
  },
  /** （十一）: 已有判决胜诉或和解且相关文书没有载明申请人构成侵权 */
  overseasOutcome: {
    clauseWords: "已有判决胜诉或和解且相关文书没有载明申请人构成侵权",
    metWords: ["胜诉", "和解"],
    examples: ["判决胜诉", "和解（未载明侵权）"],
    negatable: ["胜诉", "和解", "生效"],
    infringement: ["载明侵权", "载明申请人侵权", "载明申请人构成侵权", "认定申请人侵权", "认定侵权", "构成侵权"],
  },
};

/** （二十一）: 连续工作满一年 — the years of work required before the event date (decision 16). */
export const FULL_YEAR = { years: 1, clauseWords: "连续工作满一年" } as const;

/**
 * The canonical outcome texts of MEASURES.md decision 17, by the kind of condition an item's clause sets:
 * what the template's 结果/状态 drop-down offers and what a check reads exactly. Placeholder until the full
 * reading of decision 17 lands here; `canonicalOutcomes` is the one way the rest of the product asks for them.
 */
const CANONICAL_OUTCOMES: Readonly<Record<Exclude<Condition, "fullYear">, readonly string[]>> = {
  acceptance: ["已通过验收", "未通过验收", "尚未验收"],
  domesticOutcome: ["判决胜诉且已生效", "判决胜诉尚未生效", "和解并获赔偿", "撤诉并获益", "败诉"],
  overseasOutcome: ["和解（文书未载明申请人侵权）", "和解（文书载明申请人侵权）"],
};

/**
 * The canonical outcome texts for an item, in the order a drop-down shows them. Empty for an item whose
 * award is for the grant itself (a blank outcome is the grant as claimed) and for （二十一）, whose
 * 连续工作满一年 is read from the dates, not from the outcome column.
 */
export function canonicalOutcomes(code: ItemCode): readonly string[] {
  const condition = itemByCode(code).condition;
  return condition === undefined || condition === "fullYear" ? [] : CANONICAL_OUTCOMES[condition];
}
