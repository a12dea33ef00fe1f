/**
 * The pledge loan across rows (MEASURES.md decisions 5 and 6): the parts of one loan share its 12 months of
 * interest, and a unit receives the subsidy in at most two distinct application years.
 */
import { ITEMS_BY_CODE } from "../policy/items";
import { identifierKey } from "../policy/normalise";
import { earliestOrder, recompute, stillEligible, unitItemKey, wouldReceive, type BatchContext } from "./batchRules";
import { addIssue, type RowDraft } from "./evaluate";
import { identifierHash } from "./identifierHash";
import { isPending } from "./issues";
import type { KeyedHistory } from "./awards";

/** One loan: a unit's parts of one contract, its first part and the months counted so far. */
interface Loan {
  readonly unitNo: number;
  readonly first: RowDraft;
  months: number;
  /** Another loan whose contract has the same number (identifierHash), if any: another unit's, or another contract's. */
  readonly next: Loan | undefined;
}

/** Whether two parts' contracts are one (identifierKey, decision 11): the same text is, without a key made. */
function sameContract(a: string, b: string): boolean {
  return a === b || identifierKey(a) === identifierKey(b);
}

/**
 * Decision 5 (rev. 3): rows of one unit with the same contract number (编号) are parts of one loan ("单笔贷款").
 * They are taken in time order — application year, event date, batch order — and their months add up; only
 * the loan's first months of interest count. A part that crosses the limit counts its share of interest. A
 * part after it is LOAN_MONTHS_USED, a warning: its interest counts 0, but its service fees still count at
 * the rate, since the clause limits only the interest ("单笔贷款利息补助不超过 1 年").
 */
export function countLoanParts(drafts: readonly RowDraft[], ctx: BatchContext): void {
  const withContract: RowDraft[] = [];
  // Each part's contract as a number (identifierHash): no key text made per part; parts that share a number
  // compare their contracts themselves.
  const contracts: number[] = [];
  for (const d of drafts) {
    if (!(d.item?.loanMonths && stillEligible(d) && d.input.months !== null && d.input.refNo)) continue;
    const contract = identifierHash(d.input.refNo);
    if (contract === -1) continue;
    withContract.push(d);
    contracts.push(contract);
  }
  const order = earliestOrder(withContract);
  // contract's number → its loans, one per unit and contract with that number (nearly always one), chained.
  const loans = new Map<number, Loan>();
  for (let k = 0; k < order.length; k++) {
    const d = withContract[order[k]];
    const contract = contracts[order[k]];
    const item = d.item!;
    const firstOfNumber = loans.get(contract);
    let loan = firstOfNumber;
    while (loan !== undefined && !(loan.unitNo === d.unitNo && sameContract(loan.first.input.refNo!, d.input.refNo!))) loan = loan.next;
    if (loan === undefined) {
      loans.set(contract, { unitNo: d.unitNo, first: d, months: d.input.months!, next: firstOfNumber });
      continue;
    }
    // The explanation shows what the part counts, 0 months where none are left.
    recompute(d, { monthsBefore: Math.min(loan.months, item.loanMonths!) }, ctx);
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
 * Decisions 23 and 26: a year that only a 待核实 row, or a row that may be another unit, would receive in may
 * or may not count. A row allowed only where such years do not count is 待核实 too (HELD_BY_ROW, naming the
 * earliest such row); it is refused only where it is refused even when none of them counts.
 */
export function markTwoYear(drafts: readonly RowDraft[], history: readonly KeyedHistory[], ctx: BatchContext): void {
  // Keyed by unit and item as one number (unitItemKey).
  const fromHistory = new Map<number, Set<number>>();
  const fromBatch = new Map<number, Set<number>>();
  // unit and item → year → the first row (batch order) that only may receive in it
  const maybe = new Map<number, Map<number, RowDraft>>();
  const add = (map: Map<number, Set<number>>, key: number, year: number) => {
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    set.add(year);
  };
  for (const h of history) {
    if (ITEMS_BY_CODE.get(h.item)?.maxYears && h.unitKey !== "" && h.approved.gt(0)) add(fromHistory, unitItemKey(h.unitNo, h.item), h.year);
  }
  const candidates = drafts.filter((d) => d.item?.maxYears && d.input.year !== null && stillEligible(d) && wouldReceive(d));
  // Each row's unit and item as one key, made once: the row is counted by it and then judged by it.
  const keys = new Array<number>(candidates.length);
  for (let i = 0; i < candidates.length; i++) {
    const d = candidates[i];
    const year = d.input.year!;
    keys[i] = unitItemKey(d.unitNo, d.item!.code);
    if (d.candidates === null && !isPending(d.issues)) add(fromBatch, keys[i], year);
    else {
      for (const u of d.candidates ?? [d.unitKey]) {
        const key = unitItemKey(ctx.unitNo(u), d.item!.code);
        let years = maybe.get(key);
        if (!years) maybe.set(key, (years = new Map()));
        if (!years.has(year)) years.set(year, d);
      }
    }
  }

  /** The years received by the unit, its row's own year among them, with or without the years that may count. */
  const yearsOf = (key: number, d: RowDraft, withMaybe: boolean): number[] => {
    const earlier = [...(fromHistory.get(key) ?? [])].sort((a, b) => a - b);
    const batch = new Set(fromBatch.get(key));
    batch.add(d.input.year!);
    if (withMaybe) for (const y of maybe.get(key)?.keys() ?? []) batch.add(y);
    return [...earlier, ...[...batch].filter((y) => !earlier.includes(y)).sort((a, b) => a - b)];
  };
  /**
   * Where no row that only may receive bears on the unit and item (nearly always), the row's year is within
   * the first `max` years where fewer than `max` years of the history, and of the batch's years before it,
   * come first: counted from the sorted years once per unit and item, not listed per row.
   */
  const ranks = new Map<number, { earlier: number[]; batch: number[] }>();
  const rankOf = (key: number, year: number): number => {
    let r = ranks.get(key);
    if (!r) {
      const earlier = [...(fromHistory.get(key) ?? [])].sort((a, b) => a - b);
      const batch = [...(fromBatch.get(key) ?? [])].filter((y) => !earlier.includes(y));
      ranks.set(key, (r = { earlier, batch }));
    }
    const inEarlier = r.earlier.indexOf(year);
    if (inEarlier >= 0) return inEarlier;
    let before = 0;
    for (const y of r.batch) if (y < year) before++;
    return r.earlier.length + before;
  };
  type Outcome = { kind: "ok" } | { kind: "over"; years: number[] } | { kind: "held"; by: RowDraft };
  const OK: Outcome = { kind: "ok" };
  const outcomeOf = (key: number, d: RowDraft): Outcome => {
    const max = d.item!.maxYears!;
    const year = d.input.year!;
    const pendingYears = maybe.get(key);
    if (pendingYears === undefined) return rankOf(key, year) < max ? OK : { kind: "over", years: yearsOf(key, d, false).slice(0, max) };
    const least = yearsOf(key, d, false);
    if (!least.slice(0, max).includes(year)) return { kind: "over", years: least.slice(0, max) };
    const most = yearsOf(key, d, true).slice(0, max);
    if (most.includes(year)) return OK;
    const by = most.filter((y) => !least.includes(y)).map((y) => pendingYears.get(y)!).find((r) => r !== d);
    return by ? { kind: "held", by } : OK;
  };

  for (let i = 0; i < candidates.length; i++) {
    const d = candidates[i];
    if (d.candidates === null) {
      const outcome = outcomeOf(keys[i], d);
      if (outcome.kind === "over") {
        addIssue(d, { code: "TWO_YEAR_LIMIT", field: "year", clause: d.item!.clause, years: outcome.years, max: d.item!.maxYears! });
      } else if (outcome.kind === "held") {
        addIssue(d, { code: "HELD_BY_ROW", field: "year", clause: d.item!.clause, first: ctx.origin(outcome.by.input.ref, d.input.ref), rule: "twoYear" });
      }
      continue;
    }
    const units = d.candidates;
    const outcomes = units.map((u) => outcomeOf(unitItemKey(ctx.unitNo(u), d.item!.code), d));
    const over = units.filter((_, i) => outcomes[i].kind === "over");
    if (over.length === units.length) {
      const first = outcomes[0] as { years: number[] };
      addIssue(d, { code: "TWO_YEAR_LIMIT", field: "year", clause: d.item!.clause, years: first.years, max: d.item!.maxYears! });
      continue;
    }
    // Decision 26: blocked as the units that have had their years.
    if (over.length > 0) d.blocked = new Set([...(d.blocked ?? []), ...over]);
    const held = outcomes.find((o) => o.kind === "held") as { by: RowDraft } | undefined;
    if (held) {
      addIssue(d, { code: "HELD_BY_ROW", field: "year", clause: d.item!.clause, first: ctx.origin(held.by.input.ref, d.input.ref), rule: "twoYear" });
    }
  }
}
