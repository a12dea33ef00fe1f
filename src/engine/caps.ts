/**
 * Annual caps per cap group, per unit, per application year (MEASURES.md decisions 7–8): rows are taken in
 * order, after earlier approvals; each approves the least of what it requests, what it is eligible for and
 * what is left of the cap, and what it approves uses the cap up. The ledger remembers where the amounts
 * used came from (history, rows of the batch) so a cut row can say so (decision 21).
 */
import { CAP_GROUPS, ITEMS_BY_CODE, type CapGroupId, type ItemCode } from "../policy";
import { centsOf, Decimal, moneyOfCents, ZERO, type Money } from "./money";
import type { RowRef } from "./types";

const GROUP_INDEX = new Map(Object.keys(CAP_GROUPS).map((g, i) => [g as CapGroupId, i]));

/**
 * What a unit has used of a cap in a year: in whole 分 while every amount counted is whole 分 (`used` null),
 * else as a decimal (`used`), exact either way.
 */
interface Slot {
  usedCents: number;
  used: Money | null;
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
  /** The cap state where the last `approve` cut the row, else null. */
  lastCut: CapCut | null = null;

  private slot(group: CapGroupId, unitKey: string, year: number): Slot {
    let byYear = this.slots.get(unitKey);
    if (!byYear) this.slots.set(unitKey, (byYear = new Map()));
    const key = GROUP_INDEX.get(group)! * 10_000 + year;
    let slot = byYear.get(key);
    if (!slot) byYear.set(key, (slot = { usedCents: 0, used: null, fromHistory: ZERO, rows: [] }));
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
    const cents = centsOf(approved);
    if (slot.used === null && !Number.isNaN(cents) && Number.isSafeInteger(slot.usedCents + cents)) slot.usedCents += cents;
    else slot.used = usedOf(slot).plus(approved);
    slot.fromHistory = slot.fromHistory.plus(approved);
  }

  /**
   * Approve up to `wanted` (already ≤ the row's eligible amount) and use the cap by as much.
   * Returns what is approved, and the cap state when it cut the row.
   */
  take(item: ItemCode, unitKey: string, year: number, wanted: Money, ref?: RowRef): { approved: Money; cut?: CapCut } {
    const group = CapLedger.groupOf(item);
    if (!group) return { approved: wanted };
    const approved = this.approve(group, unitKey, year, wanted, ref);
    const cut = this.lastCut;
    return cut ? { approved, cut } : { approved };
  }

  /** `take` for an item of a cap group: the amount approved, the cut (if any) in `lastCut`. */
  approve(group: CapGroupId, unitKey: string, year: number, wanted: Money, ref?: RowRef): Money {
    const slot = this.slot(group, unitKey, year);
    const wantedCents = slot.used === null ? centsOf(wanted) : NaN;
    if (Number.isNaN(wantedCents)) return this.approveDecimal(group, slot, wanted, ref);
    const cap = capAmount(group);
    const capCents = CAP_CENTS[GROUP_INDEX.get(group)!];
    const usedCents = slot.usedCents;
    const leftCents = usedCents === 0 ? capCents : Math.max(capCents - usedCents, 0);
    let approved = wanted;
    let approvedCents = wantedCents;
    if (wantedCents > leftCents) {
      approvedCents = leftCents;
      approved = usedCents === 0 ? cap : leftCents === 0 ? ZERO : moneyOfCents(leftCents);
      this.lastCut = {
        cap, used: usedCents === 0 ? ZERO : moneyOfCents(usedCents), left: approved, group, fromHistory: slot.fromHistory,
        fromRows: slot.rows.slice(),
      };
    } else this.lastCut = null;
    if (approvedCents > 0) {
      slot.usedCents = usedCents + approvedCents;
      if (!Number.isSafeInteger(slot.usedCents)) slot.used = moneyOfCents(usedCents).plus(approved);
      if (ref) slot.rows.push(ref);
    }
    return approved;
  }

  private approveDecimal(group: CapGroupId, slot: Slot, wanted: Money, ref?: RowRef): Money {
    const cap = capAmount(group);
    const used = usedOf(slot);
    const left = used.isZero() ? cap : Decimal.max(cap.minus(used), ZERO);
    const approved = wanted.gt(left) ? left : wanted;
    this.lastCut = wanted.gt(left)
      ? { cap, used, left, group, fromHistory: slot.fromHistory, fromRows: [...slot.rows] }
      : null;
    if (approved.gt(0)) {
      slot.used = used.plus(approved);
      if (ref) slot.rows.push(ref);
    }
    return approved;
  }
}

function usedOf(slot: Slot): Money {
  return slot.used ?? (slot.usedCents === 0 ? ZERO : moneyOfCents(slot.usedCents));
}

const CAP_CENTS: readonly number[] = Object.keys(CAP_GROUPS).map((g) => centsOf(new Decimal(CAP_GROUPS[g as CapGroupId].amount)));

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
