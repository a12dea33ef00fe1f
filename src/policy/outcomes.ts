/**
 * What the outcome column (结果/状态) must say for a clause's condition to be met
 * (APPLICATION-TABLE.md "Outcomes", MEASURES.md decision 17). Matching is on normalised text.
 */
import type { Condition } from "./items";

export interface OutcomeVocabulary {
  readonly clauseWords: string;
  /** Values that meet the condition. */
  readonly qualifying: readonly string[];
  /** Values that state the condition failed. Checked before `qualifying`. */
  readonly failing: readonly string[];
  /** A substring that, anywhere in the value, states failure (和解（载明侵权）). */
  readonly failingFragments: readonly string[];
}

export const OUTCOMES: Readonly<Record<Exclude<Condition, "fullYear">, OutcomeVocabulary>> = {
  /** （一）（六）（二十二）: 通过验收 / 结题验收 */
  acceptance: {
    clauseWords: "通过验收",
    qualifying: ["通过验收", "已验收", "结题", "验收通过", "已结题", "通过结题验收", "结题验收"],
    failing: ["未验收", "验收不通过", "未通过验收", "验收未通过", "未结题"],
    failingFragments: ["不通过", "未通过"],
  },
  /** （十）: 获胜且已生效，或在和解撤诉中获益 */
  domesticOutcome: {
    clauseWords: "通过诉讼仲裁或行政裁决等途径获胜且已生效，或在和解撤诉中获益",
    qualifying: ["胜诉", "胜诉生效", "裁决胜诉", "和解获益", "撤诉获益", "仲裁胜诉", "已生效"],
    failing: ["败诉", "未生效", "审理中"],
    failingFragments: ["败诉", "未生效", "审理中"],
  },
  /** （十一）: 已有判决胜诉或和解且相关文书没有载明申请人构成侵权 */
  overseasOutcome: {
    clauseWords: "已有判决胜诉或和解且相关文书没有载明申请人构成侵权",
    qualifying: ["胜诉", "判决胜诉", "和解"],
    failing: ["败诉", "审理中"],
    failingFragments: ["载明侵权", "构成侵权", "败诉"],
  },
};

/** （二十一）: 连续工作满一年 — the years of work required before the event date (decision 16). */
export const FULL_YEAR = { years: 1, clauseWords: "连续工作满一年" } as const;
