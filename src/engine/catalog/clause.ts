/**
 * A clause as each language cites it: 第（七）条 in Chinese, clause (7) in English. Every citation the user
 * sees is made here, so the two languages cannot drift apart place by place.
 */
import { EDITION } from "../../policy";
import type { Lang } from "./render";

/**
 * Sections the policy names instead of numbering: the closing paragraph on its term (施行期限), which the
 * checks of the event date cite.
 */
const NAMED_EN: Readonly<Record<string, string>> = { [EDITION.periodClause]: "term" };
const isNumbered = (clause: string) => /^（.+）$/.test(clause);

const CN_NUMERALS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** "（七）" → "(7)", "（二十二）" → "(22)": a clause as an English reader writes it. */
export function clauseEn(clause: string): string {
  const inner = clause.replace(/^（|）$/g, "");
  const m = /^(?:([二三四五六七八九]?)十)?([一二三四五六七八九]?)$/.exec(inner);
  if (!m || inner === "") return `(${inner})`;
  const tens = inner.includes("十") ? (m[1] ? CN_NUMERALS.indexOf(m[1]) : 1) : 0;
  const ones = m[2] ? CN_NUMERALS.indexOf(m[2]) : 0;
  return `(${tens * 10 + ones})`;
}

/** The clause's number alone: "（七）" / "(7)" (a column of clause numbers). */
export function clauseNumber(clause: string, lang: Lang): string {
  return lang === "zh" ? clause : NAMED_EN[clause] ?? clauseEn(clause);
}

/** The clause named in running text: "第（七）条" / "clause (7)". */
export function citeClause(clause: string, lang: Lang): string {
  if (!isNumbered(clause)) return lang === "zh" ? `${clause}条款` : `the clause on the policy's ${NAMED_EN[clause] ?? clause}`;
  return lang === "zh" ? `第${clause}条` : `clause ${clauseEn(clause)}`;
}

/** The clause cited after what it backs: "（第（七）条）" / " (clause (7))"; "（施行期限条款）" / " (the clause on the policy's term)". */
export function clauseNote(clause: string, lang: Lang): string {
  return lang === "zh" ? `（${citeClause(clause, lang)}）` : ` (${citeClause(clause, lang)})`;
}
