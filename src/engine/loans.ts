/**
 * The pledge loan across rows (MEASURES.md decisions 5 and 6): the parts of one loan share its 12 months of
 * interest, and a unit receives the subsidy in at most two distinct application years.
 */
import { identifierKey, ITEMS_BY_CODE } from "../policy";
import { byEarliest, recompute, stillEligible, wouldReceive, type BatchContext } from "./batchRules";
import { addIssue, type RowDraft } from "./evaluate";
import type { KeyedHistory } from "./awards";

/**
 * Decision 5 (rev. 3): rows of one unit with the same contract number (编号) are parts of one loan ("单笔贷款").
 * They are taken in time order — application year, event date, batch order — and their months add up; only
 * the loan's first months of interest count. A part that crosses the limit counts its share of interest. A
 * part after it is LOAN_MONTHS_USED, a warning: its interest counts 0, but its service fees still count at
 * the rate, since the clause limits only the interest ("单笔贷款利息补助不超过 1 年").
 */
export function countLoanParts(drafts: readonly RowDraft[], ctx: BatchContext): void {
  const parts: { d: RowDraft; order: number }[] = [];
  for (let order = 0; order < drafts.length; order++) {
    const d = drafts[order];
    if (d.item?.loanMonths && stillEligible(d) && d.input.months !== null && d.input.refNo && identifierKey(d.input.refNo) !== "") {
      parts.push({ d, order });
    }
  }
  parts.sort(byEarliest);
  const loans = new Map<string, { first: RowDraft; months: number }>();
  for (const { d } of parts) {
    const item = d.item!;
    const key = `${d.unitKey}\u0000${identifierKey(d.input.refNo!)}`;
    const loan = loans.get(key);
    if (!loan) {
      loans.set(key, { first: d, months: d.input.months! });
      continue;
    }
    // The explanation shows what the part counts, 0 months where none are left.
    recompute(d, { monthsBefore: Math.min(loan.months, item.loanMonths!) }, ctx.settings);
    if (loan.months >= item.loanMonths!) {
      addIssue(d, {
        code: "LOAN_MONTHS_USED", field: "months", clause: item.clause, contract: d.input.refNo!.trim(), months: item.loanMonths!,
        first: ctx.origin(loan.first.input.ref, d.input.ref),
      });
    }
    loan.months += d.input.months!;
  }
}

/**
 * Decision 6: at most `maxYears` distinct application years in which subsidy was received: history entries
 * with 核定金额 > 0 first, then the batch's years in ascending order, a batch year counting only where one
 * of its rows would receive money. A row in any later year is TWO_YEAR_LIMIT, naming the years received.
 */
export function markTwoYear(drafts: readonly RowDraft[], history: readonly KeyedHistory[]): void {
  const fromHistory = new Map<string, Set<number>>();
  const fromBatch = new Map<string, Set<number>>();
  const add = (map: Map<string, Set<number>>, key: string, year: number) => {
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    set.add(year);
  };
  for (const h of history) {
    if (ITEMS_BY_CODE.get(h.item)?.maxYears && h.unitKey !== "" && h.approved.gt(0)) add(fromHistory, `${h.unitKey}\u0000${h.item}`, h.year);
  }
  const candidates = drafts.filter((d) => d.item?.maxYears && d.input.year !== null && stillEligible(d));
  for (const d of candidates) if (wouldReceive(d)) add(fromBatch, `${d.unitKey}\u0000${d.item!.code}`, d.input.year!);

  const allowedOf = new Map<string, number[]>();
  const allowedFor = (unitKey: string, d: RowDraft): number[] => {
    const key = `${unitKey}\u0000${d.item!.code}`;
    let allowed = allowedOf.get(key);
    if (!allowed) {
      const earlier = [...(fromHistory.get(key) ?? [])].sort((a, b) => a - b);
      const batch = [...(fromBatch.get(key) ?? [])].filter((y) => !earlier.includes(y)).sort((a, b) => a - b);
      allowedOf.set(key, (allowed = [...earlier, ...batch].slice(0, d.item!.maxYears)));
    }
    return allowed;
  };
  for (const d of candidates) {
    // A row that would receive nothing (a claim of 0) is not refused: it takes no year and no money.
    if (!wouldReceive(d)) continue;
    const year = d.input.year!;
    let allowed = allowedFor(d.unitKey, d);
    if (d.candidates) {
      // Decision 26: refused only where every unit it may be has had its years; blocked as those that have.
      // The row's own year is not among a candidate's: a candidate that has not had its years has room.
      const over = d.candidates.filter((c) => {
        const years = allowedFor(c, d);
        return years.length >= d.item!.maxYears! && !years.includes(year);
      });
      if (over.length < d.candidates.length) {
        if (over.length > 0) d.blocked = new Set([...(d.blocked ?? []), ...over]);
        continue;
      }
      allowed = allowedFor(over[0], d);
    }
    if (!allowed.includes(year)) {
      addIssue(d, { code: "TWO_YEAR_LIMIT", field: "year", clause: d.item!.clause, years: allowed, max: d.item!.maxYears! });
    }
  }
}
