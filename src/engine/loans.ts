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
import { KeyTable } from "./keyTable";
import type { KeyedHistory } from "./awards";

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
  // How many parts have each contract's number: 1, or 2 for several.
  const parts = new KeyTable(drafts.length);
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    if (!(d.item?.loanMonths && stillEligible(d) && d.input.months !== null && d.input.refNo)) continue;
    const contract = identifierHash(d.input.refNo);
    if (contract === -1) continue;
    withContract.push(d);
    contracts.push(contract);
    const count = parts.get(contract);
    if (count < 0) parts.set(contract, 1);
    else if (count === 1) parts.set(contract, 2);
  }
  // A loan of one part (nearly every loan) has all its months and nothing to say: only the parts whose
  // contract's number another part shares are put in time order and counted, in batch order as they came.
  let shared = 0;
  for (let i = 0; i < withContract.length; i++) {
    if (parts.get(contracts[i]) !== 2) continue;
    withContract[shared] = withContract[i];
    contracts[shared++] = contracts[i];
  }
  withContract.length = shared;
  contracts.length = shared;
  const order = earliestOrder(withContract);
  const n = order.length;
  // One loan per unit and contract, known by the place in `order` of its first part: the months counted so
  // far, and the loan before it whose contract has the same number (another unit's, or another contract's),
  // -1 where none. The contract's number gives its last loan (lastLoan).
  const months = new Float64Array(n);
  const before = new Int32Array(n);
  const lastLoan = new KeyTable(n);
  for (let k = 0; k < n; k++) {
    const d = withContract[order[k]];
    const contract = contracts[order[k]];
    const item = d.item!;
    const last = lastLoan.get(contract);
    let loan = last;
    while (loan >= 0 && !isSameLoan(withContract[order[loan]], d)) loan = before[loan];
    if (loan < 0) {
      months[k] = d.input.months!;
      before[k] = last;
      lastLoan.set(contract, k);
      continue;
    }
    // The explanation shows what the part counts, 0 months where none are left.
    recompute(d, { monthsBefore: Math.min(months[loan], item.loanMonths!) }, ctx);
    if (months[loan] >= item.loanMonths!) {
      const first = withContract[order[loan]];
      addIssue(d, {
        code: "LOAN_MONTHS_USED", field: "months", clause: item.clause, contract: d.input.refNo!.trim(), months: item.loanMonths!,
        first: ctx.origin(first.input.ref, d.input.ref),
      });
    }
    months[loan] += d.input.months!;
  }
}

/** Whether part `d` is of the loan whose first part is `first`: the same unit and contract. */
function isSameLoan(first: RowDraft, d: RowDraft): boolean {
  return first.unitNo === d.unitNo && sameContract(first.input.refNo!, d.input.refNo!);
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
  // unit and item → year → the first row (batch order) that only may receive in it
  const maybe = new Map<number, Map<number, RowDraft>>();
  for (const h of history) {
    if (!(ITEMS_BY_CODE.get(h.item)?.maxYears && h.unitKey !== "" && h.approved.gt(0))) continue;
    const key = unitItemKey(h.unitNo, h.item);
    let years = fromHistory.get(key);
    if (!years) fromHistory.set(key, (years = new Set()));
    years.add(h.year);
  }
  const candidates: RowDraft[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    if (d.item?.maxYears && d.input.year !== null && wouldReceive(d)) candidates.push(d);
  }
  const fromBatch = new BatchYears(candidates.length);
  // Each row's unit and item as one key, made once: the row is counted by it and then judged by it.
  const keys = new Float64Array(candidates.length);
  for (let i = 0; i < candidates.length; i++) {
    const d = candidates[i];
    const year = d.input.year!;
    keys[i] = unitItemKey(d.unitNo, d.item!.code);
    if (d.candidates === null && !isPending(d.issues)) fromBatch.add(keys[i], year);
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
    const batch = new Set(fromBatch.list(key));
    batch.add(d.input.year!);
    if (withMaybe) for (const y of maybe.get(key)?.keys() ?? []) batch.add(y);
    return [...earlier, ...[...batch].filter((y) => !earlier.includes(y)).sort((a, b) => a - b)];
  };
  /**
   * Where no row that only may receive bears on the unit and item (nearly always), the row's year is within
   * the first `max` years where fewer than `max` years of the history, and of the batch's years before it,
   * come first. Without history (nearly always) that is how many of the batch's years come before it;
   * with history, counted from the sorted years once per unit and item, not listed per row.
   */
  const ranks = new Map<number, { earlier: number[]; batch: number[] }>();
  const rankOf = (key: number, year: number): number => {
    const history = fromHistory.size === 0 ? undefined : fromHistory.get(key);
    if (history === undefined) return fromBatch.countBelow(key, year);
    let r = ranks.get(key);
    if (!r) {
      const earlier = [...history].sort((a, b) => a - b);
      const batch = fromBatch.list(key).filter((y) => !earlier.includes(y));
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

/**
 * The distinct years in which each unit's rows of an item surely receive (keyed by unitItemKey): a unit has a
 * year or a few, kept as short lists in typed arrays rather than a set per unit. Years are told apart as a
 * set tells them (SameValueZero).
 */
class BatchYears {
  /** unit and item → its last year's place in the lists. */
  private readonly heads: KeyTable;
  private readonly years: Float64Array;
  /** Per place: the place of the unit's year before it, -1 where none. */
  private readonly next: Int32Array;
  private count = 0;

  /** `rows`: how many rows may add a year, each at most one: the lists' room. */
  constructor(rows: number) {
    this.heads = new KeyTable(rows);
    this.years = new Float64Array(rows);
    this.next = new Int32Array(rows);
  }

  add(key: number, year: number): void {
    const head = this.heads.get(key);
    for (let at = head; at >= 0; at = this.next[at]) if (sameYear(this.years[at], year)) return;
    const at = this.count++;
    // As a set keeps it: -0 as 0.
    this.years[at] = year + 0;
    this.next[at] = head;
    this.heads.set(key, at);
  }

  /** How many of the unit's years come before `year`. */
  countBelow(key: number, year: number): number {
    let below = 0;
    for (let at = this.heads.get(key); at >= 0; at = this.next[at]) if (this.years[at] < year) below++;
    return below;
  }

  /** The unit's years, in the order they came (a set's). */
  list(key: number): number[] {
    const out: number[] = [];
    for (let at = this.heads.get(key); at >= 0; at = this.next[at]) out.push(this.years[at]);
    return out.reverse();
  }
}

/** Years equal as a set finds them: NaN equal to itself. */
function sameYear(a: number, b: number): boolean {
  return a === b || (a !== a && b !== b);
}
