/**
 * Annual caps per cap group, per unit, per application year (MEASURES.md decisions 7–8): rows are taken in
 * order, after earlier approvals; each approves the least of what it requests, what it is eligible for and
 * what is left of the cap, and what it approves uses the cap up. The ledger remembers where the amounts
 * used came from (history, rows of the batch) so a cut row can say so (decision 21).
 */
import { CAP_GROUPS, ITEMS_BY_CODE, type CapGroupId, type ItemCode } from "../policy";
import { Decimal, ZERO, type Money } from "./money";
import type { RowRef } from "./types";

const GROUP_INDEX = new Map(Object.keys(CAP_GROUPS).map((g, i) => [g as CapGroupId, i]));

interface Slot {
  used: Money;
  fromHistory: Money;
  rows: RowRef[];
}

export interface CapCut {
  readonly cap: Money;
  readonly used: Money;
  readonly left: Money;
  readonly group: CapGroupId;
  readonly fromHistory: Money;
  readonly fromRows: readonly RowRef[];
}

export class CapLedger {
  /** unit key → (group, year) → what was approved so far. Nested maps: no key string is built per row. */
  private readonly slots = new Map<string, Map<number, Slot>>();

  private slot(group: CapGroupId, unitKey: string, year: number): Slot {
    let byYear = this.slots.get(unitKey);
    if (!byYear) this.slots.set(unitKey, (byYear = new Map()));
    const key = GROUP_INDEX.get(group)! * 10_000 + year;
    let slot = byYear.get(key);
    if (!slot) byYear.set(key, (slot = { used: ZERO, fromHistory: ZERO, rows: [] }));
    return slot;
  }

  static groupOf(item: ItemCode): CapGroupId | undefined {
    return ITEMS_BY_CODE.get(item)?.capGroup;
  }

  /** Count an earlier approval (history) toward the cap. */
  record(item: ItemCode, unitKey: string, year: number, approved: Money): void {
    const group = CapLedger.groupOf(item);
    if (!group) return;
    const slot = this.slot(group, unitKey, year);
    slot.used = slot.used.plus(approved);
    slot.fromHistory = slot.fromHistory.plus(approved);
  }

  /**
   * Approve up to `wanted` (already ≤ the row's eligible amount) and use the cap by as much.
   * Returns what is approved, and the cap state when it cut the row.
   */
  take(item: ItemCode, unitKey: string, year: number, wanted: Money, ref?: RowRef): { approved: Money; cut?: CapCut } {
    const group = CapLedger.groupOf(item);
    if (!group) return { approved: wanted };
    const cap = capAmount(group);
    const slot = this.slot(group, unitKey, year);
    const used = slot.used;
    const left = used.isZero() ? cap : Decimal.max(cap.minus(used), ZERO);
    const approved = wanted.gt(left) ? left : wanted;
    const cut = wanted.gt(left)
      ? { cap, used, left, group, fromHistory: slot.fromHistory, fromRows: [...slot.rows] }
      : undefined;
    if (approved.gt(0)) {
      slot.used = used.plus(approved);
      if (ref) slot.rows.push(ref);
    }
    return cut ? { approved, cut } : { approved };
  }
}

const capDecimals = new Map<CapGroupId, Money>();
export function capAmount(group: CapGroupId): Money {
  let d = capDecimals.get(group);
  if (!d) capDecimals.set(group, (d = new Decimal(CAP_GROUPS[group].amount)));
  return d;
}

/** Approvable amounts of rows in sheet order under the running annual caps (the APPROVE function). */
export function approveInOrder(
  rows: readonly { readonly unitKey: string; readonly year: number; readonly item: ItemCode; readonly requested: Money }[],
): Money[] {
  const ledger = new CapLedger();
  return rows.map((r) => ledger.take(r.item, r.unitKey, r.year, r.requested).approved);
}
