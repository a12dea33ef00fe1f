/** The verdicts' words (MEASURES.md decision 23): the reviewers' own, 通过 / 核减 / 不予支持 / 待核实. */
import type { Verdict } from "../types";
import type { Lang } from "./render";

export const VERDICT_WORDS: Readonly<Record<Lang, Readonly<Record<Verdict, string>>>> = {
  zh: { approved: "通过", reduced: "核减", rejected: "不予支持", review: "待核实" },
  en: { approved: "approved", reduced: "reduced", rejected: "rejected", review: "needs review" },
};

export function verdictWord(verdict: Verdict, lang: Lang): string {
  return VERDICT_WORDS[lang][verdict];
}
