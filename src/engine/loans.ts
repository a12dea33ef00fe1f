/**
 * The pledge loan across rows (MEASURES.md decisions 5 and 6): the parts of one loan share its 12 months of
 * interest, and a unit receives the subsidy in at most two distinct application years.
 */
import { identifierKey, ITEMS_BY_CODE } from "../policy";
import { recompute, stillEligible, wouldReceive, type BatchContext } from "./batchRules";
import { addIssue, type RowDraft } from "./evaluate";
import type { KeyedHistory } from "./awards";

/**
 * Decision 5: rows of one unit with the same contract number (编号) are parts of one loan ("单笔贷款"); their
 * months add up in batch order and only the loan's first months count. A part that crosses the limit counts
 * its share. A part after they are counted is LOAN_MONTHS_USED — unless it has service fees: the clause
 * limits only the interest ("单笔贷款利息补助不超过 1 年"), so its fees still count, without interest.
 */
export function countLoanParts(drafts: readonly RowDraft[], ctx: BatchContext): void {
  const loans = new Map<string, { first: RowDraft; months: number }>();
  for (const d of drafts) {
    const item = d.item;
    if (!item?.loanMonths || !stillEligible(d) || d.input.months === null) continue;
    const contract = d.input.refNo ? identifierKey(d.input.refNo) : "";
    if (contract === "") continue;
    const key = `${d.unitKey}\u0000${contract}`;
    const loan = loans.get(key);
    if (!loan) {
      loans.set(key, { first: d, months: d.input.months });
      continue;
    }
    const fees = d.input.fees !== null && d.input.fees.gt(0);
    // The explanation shows what the part counts, 0 months where none are left.
    recompute(d, { monthsBefore: Math.min(loan.months, item.loanMonths) }, ctx.settings);
    if (loan.months >= item.loanMonths && !fees) {
      addIssue(d, {
        code: "LOAN_MONTHS_USED", field: "months", clause: item.clause, contract: d.input.refNo!.trim(), months: item.loanMonths,
        first: ctx.origin(loan.first.input.ref, d.input.ref),
      });
    }
    loan.months += d.input.months;
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
  for (const d of candidates) {
    const key = `${d.unitKey}\u0000${d.item!.code}`;
    let allowed = allowedOf.get(key);
    if (!allowed) {
      const earlier = [...(fromHistory.get(key) ?? [])].sort((a, b) => a - b);
      const batch = [...(fromBatch.get(key) ?? [])].filter((y) => !earlier.includes(y)).sort((a, b) => a - b);
      allowedOf.set(key, (allowed = [...earlier, ...batch].slice(0, d.item!.maxYears)));
    }
    // A row that would receive nothing (a claim of 0) is not refused: it takes no year and no money.
    if (!allowed.includes(d.input.year!) && wouldReceive(d)) {
      addIssue(d, { code: "TWO_YEAR_LIMIT", field: "year", clause: d.item!.clause, years: allowed, max: d.item!.maxYears! });
    }
  }
}
