/**
 * A row's review note (审核说明) as a reviewer reads and signs it: the verdict and the amounts it decides
 * first, then the deciding reasons, then the calculation, then the remaining notes, each fact once
 * (REPORT.md "Readable at a glance", MEASURES.md decision 23). A refused row begins with 核定 0 元 and never
 * ends with a bare figure that reads like an approval. Hosts call this instead of joining the parts.
 */
import type { Explain } from "../explain";
import { REVIEW_REASONS, severityOf, type Issue } from "../issues";
import { yuanText, type Money } from "../money";
import { yuanFigure } from "./figures";
import type { Verdict } from "../types";
import { renderExplain } from "./explain";
import { render, type Lang } from "./render";
import { verdictWord } from "./verdict";

export interface RowForText {
  readonly issues: readonly Issue[];
  readonly explain: Explain;
  readonly verdict: Verdict;
  readonly approvable: Money;
  readonly pending: Money;
  readonly excess: Money;
  /**
   * The same amounts in whole 分, where the row keeps them so (the engine's own rows do): the head's figures
   * are then written from them, without a Money made and formatted for each (100,000 rows' notes and report).
   */
  readonly approvableCents?: number;
  readonly pendingCents?: number;
  readonly excessCents?: number;
}

export interface RowTextParts {
  /** The verdict with the amounts it decides: 「核减 12,000.00 元，核定 30,000.00 元」. */
  readonly head: string;
  /** The messages that decide the verdict, in order: errors, and on a 待核实 row the warnings that hold it. */
  readonly reasons: readonly string[];
  /** The calculation, "" where there is none; without a step an error already states (the running cap). */
  readonly calculation: string;
  /** The other warnings' messages, in order. */
  readonly notes: readonly string[];
}

/**
 * Warnings that leave an amount pending (decisions 17, 24, 26, 27): the reason of a 待核实 row. By code as
 * text, since some of these codes are still being added to the issues.
 */
const HOLDS: ReadonlySet<string> = REVIEW_REASONS;

export function rowTextParts(r: RowForText, lang: Lang): RowTextParts {
  const reasons: string[] = [];
  const notes: string[] = [];
  for (const issue of r.issues) {
    const deciding = severityOf(issue) === "error" || (r.verdict === "review" && HOLDS.has(issue.code));
    (deciding ? reasons : notes).push(render(issue, lang));
  }
  // CAP_EXCEEDED states the running cap, what was used and what is left: its step would say it again.
  const capStated = r.issues.some((i) => i.code === "CAP_EXCEEDED");
  const steps = capStated ? r.explain.filter((s) => s.kind !== "capRunning") : r.explain;
  return { head: headOf(r, lang), reasons, calculation: renderExplain(steps, lang), notes };
}

/**
 * How a row's text can begin, whatever its amounts: the verdict word with what follows it in headOf. A copy
 * whose record of the check was lost is recognised by these (REPORT.md "Ownership"); kept beside headOf so
 * the two change together.
 */
export function verdictOpenings(lang: Lang): readonly string[] {
  const w = (v: Verdict) => verdictWord(v, lang);
  return lang === "zh"
    ? [`${w("approved")}，核定 `, `${w("reduced")} `, `核定 0 元，${w("rejected")}`, `${w("review")} `]
    : ["Approved: ", "Reduced by ", "0 yuan approved, rejected", "Needs review: "];
}

function headOf(r: RowForText, lang: Lang): string {
  // Each amount from its 分 where the row has them (the same text: formatCents is formatMoney of its Money).
  const approvable = () => (typeof r.approvableCents === "number" ? yuanFigure(r.approvableCents, lang) : yuanText(r.approvable, lang));
  const pending = () => (typeof r.pendingCents === "number" ? yuanFigure(r.pendingCents, lang) : yuanText(r.pending, lang));
  const excess = () => (typeof r.excessCents === "number" ? yuanFigure(r.excessCents, lang) : yuanText(r.excess, lang));
  const excessIsZero = () => (typeof r.excessCents === "number" ? r.excessCents === 0 : r.excess.isZero());
  const word = verdictWord(r.verdict, lang);
  if (lang === "zh") {
    switch (r.verdict) {
      case "approved": return `${word}，核定 ${approvable()}`;
      case "reduced": return `${word} ${excess()}，核定 ${approvable()}`;
      case "rejected": return `核定 0 元，${word}`;
      case "review": {
        const parts = [`${word} ${pending()}`, `核定 ${approvable()}`];
        if (!excessIsZero()) parts.push(`核减 ${excess()}`);
        return parts.join("，");
      }
    }
  }
  switch (r.verdict) {
    case "approved": return `Approved: ${approvable()}`;
    case "reduced": return `Reduced by ${excess()} to ${approvable()}`;
    case "rejected": return "0 yuan approved, rejected";
    case "review": {
      const parts = [`Needs review: ${pending()} pending`, `${approvable()} approved`];
      if (!excessIsZero()) parts.push(`${excess()} reduced`);
      return parts.join(", ");
    }
  }
}

/**
 * Head and reasons, then the calculation, then the notes. On a refused row the calculation is marked as
 * what the clause would give, not what is approved, so the note never ends on a figure like an approval.
 */
export function rowText(r: RowForText, lang: Lang): string {
  return sentences(r, lang, true);
}

/**
 * A refused row's calculation as the report's `explain` gives it (REPORT.md): 核定 0 元 and why first, then
 * the calculation marked as not approved, as the review note says it; the warnings stay in the messages.
 */
export function refusedExplain(r: RowForText, lang: Lang): string {
  return sentences(r, lang, false);
}

function sentences(r: RowForText, lang: Lang, withNotes: boolean): string {
  const p = rowTextParts(r, lang);
  const zh = lang === "zh";
  const list = (items: readonly string[]) => items.join(zh ? "；" : "; ");
  const out: string[] = [p.reasons.length ? `${p.head}${zh ? "：" : ": "}${list(p.reasons)}` : p.head];
  if (p.calculation !== "") {
    if (r.verdict === "rejected") out.push(zh ? `按条款计算为 ${p.calculation}，不予核定` : `By the clause: ${p.calculation}; not approved`);
    else out.push(zh ? `计算：${p.calculation}` : `Calculation: ${p.calculation}`);
  }
  if (withNotes && p.notes.length) out.push(zh ? `提示：${list(p.notes)}` : `Notes: ${list(p.notes)}`);
  return out.join(zh ? "。" : ". ");
}
