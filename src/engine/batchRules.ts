/**
 * What the cross-row rules share: whether a draft row is still eligible, whether it would receive money,
 * the order in which awards go to rows, and how a row is pointed at from another.
 */
import { ITEMS, type ItemCode } from "../policy/items";
import type { AmountMemo } from "./amountMemo";
import { withFormulaNote, type RowDraft } from "./evaluate";
import { hasCodeIn, INELIGIBLE, type Issue, type Origin } from "./issues";
import { KeyTable } from "./keyTable";
import type { HistoryEntry, RowRef } from "./types";
import { dayNumber } from "./isoDay";

export const isIneligible = (issues: readonly Issue[]): boolean => hasCodeIn(issues, INELIGIBLE);

/** A row that no rule has refused so far, with an item and an amount. */
export function stillEligible(d: RowDraft): boolean {
  return d.item !== null && d.computed !== null && d.unitKey !== "" && !isIneligible(d.issues);
}

/**
 * A row that would receive money if no cap stopped it: still eligible, and both its request (the claim, or
 * the eligible amount where blank) and its eligible amount above 0 (decisions 6, 9: what was received).
 */
export function wouldReceive(d: RowDraft): boolean {
  if (!stillEligible(d)) return false;
  const requested = d.claimedCents ?? d.computed!;
  return requested > 0 && d.computed! > 0;
}

/** Earliest first: application year, then event date (undated last), then batch order (decision 9). */
export function byEarliest(a: { d: RowDraft; order: number }, b: { d: RowDraft; order: number }): number {
  const ya = a.d.input.year ?? Infinity;
  const yb = b.d.input.year ?? Infinity;
  if (ya !== yb) return ya - yb;
  const da = a.d.input.eventDate ?? "\uffff";
  const db = b.d.input.eventDate ?? "\uffff";
  if (da !== db) return da < db ? -1 : 1;
  return a.order - b.order;
}

/** After every date as a number yyyymmdd: an undated row. */
const UNDATED = 99_999_999;
/** After every year: a row without one. */
const NO_YEAR = 999_999;

/**
 * Rows given in batch order, sorted as byEarliest sorts them: by one number per row (year, then day), ties
 * kept in batch order, instead of comparing each pair's fields.
 */
export function earliestFirst(drafts: readonly RowDraft[]): RowDraft[] {
  const order = earliestOrder(drafts);
  const out = new Array<RowDraft>(order.length);
  for (let k = 0; k < order.length; k++) out[k] = drafts[order[k]];
  return out;
}

/** The places in `drafts` of its rows in earliestFirst's order. */
export function earliestOrder(drafts: readonly RowDraft[]): ArrayLike<number> {
  const n = drafts.length;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const { year, eventDate } = drafts[i].input;
    const y = year ?? NO_YEAR;
    const day = eventDate === null ? UNDATED : dayNumber(eventDate);
    if (!Number.isInteger(y) || y < 0 || y > NO_YEAR || Number.isNaN(day)) {
      return drafts.map((d, order) => ({ d, order })).sort(byEarliest).map((x) => x.order);
    }
    keys[i] = y * 100_000_000 + day;
  }
  return byKeyCount(keys);
}

/**
 * Places by key, ties in batch order: a counting sort. A batch's rows fall on a few hundred days, so only the
 * distinct keys are sorted; each row then goes straight to its place, after the rows of earlier keys and of
 * its own key before it. Keys are whole numbers from 0 to 2^53 − 1.
 */
export function byKeyCount(keys: Float64Array): Int32Array {
  const n = keys.length;
  // Each row's key by its place among the distinct keys, in the order they first come.
  const seen = new KeyTable(64);
  const distinct: number[] = [];
  const keyOf = new Int32Array(n);
  const count = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const key = keys[i];
    let k = seen.get(key);
    if (k < 0) {
      k = distinct.length;
      distinct.push(key);
      seen.set(key, k);
    }
    keyOf[i] = k;
    count[k]++;
  }
  // The first place of each key's rows: after those of every smaller key.
  const sorted = Float64Array.from(distinct).sort();
  const next = new Int32Array(distinct.length);
  let at = 0;
  for (let s = 0; s < sorted.length; s++) {
    const k = seen.get(sorted[s]);
    next[k] = at;
    at += count[k];
  }
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[next[keyOf[i]]++] = i;
  return order;
}

export interface BatchContext {
  /** The batch's amounts: its settings, and what it remembers of them. */
  readonly amounts: AmountMemo;
  /** A unit's number by its key (RowDraft.unitNo): the rules count units by number. */
  readonly unitNo: (unitKey: string) => number;
  /** How a message on `own` points at `to`: with the file's name where it is another file (decision 21). */
  readonly origin: (to: RowRef, own: RowRef) => Origin;
  /** The history file as given (CheckOptions.historyFile), for messages pointing to its entries. */
  readonly historyFile?: string;
  /** The history's entries of this policy's years with their units' numbers, once they are known (settling). */
  readonly history?: readonly (HistoryEntry & { readonly unitNo: number })[];
}

export function originMaker(fileName?: (file: number) => string | undefined): BatchContext["origin"] {
  return (to, own) => {
    if (to.file === own.file || !fileName) return { file: to.file, row: to.row };
    const name = fileName(to.file);
    return name === undefined ? { file: to.file, row: to.row } : { file: to.file, row: to.row, fileName: name };
  };
}

/** Each item's place in the policy's list, below ITEM_PLACES. */
const ITEM_PLACE: ReadonlyMap<ItemCode, number> = new Map(ITEMS.map((item, i) => [item.code, i]));
const ITEM_PLACES = 2 ** Math.ceil(Math.log2(ITEMS.length + 1));

/**
 * A unit and an item as one whole number: the rules that count per unit and item key their counts by it,
 * with no key text joined per row. Exact while unit numbers stay below 2^53 / ITEM_PLACES.
 */
export function unitItemKey(unitNo: number, item: ItemCode): number {
  return unitNo * ITEM_PLACES + ITEM_PLACE.get(item)!;
}

/** Compute a row's amount again with what earlier rows counted (tens of cases, months of a loan). */
export function recompute(d: RowDraft, extra: { countBefore?: number; monthsBefore?: number }, ctx: BatchContext): void {
  const outcome = ctx.amounts.recount(d.item!, d.level, d.input, extra);
  if (!outcome.ok) return;
  d.computed = outcome.eligible;
  d.explain = withFormulaNote(outcome.explain, d.input.fromFormula);
}
