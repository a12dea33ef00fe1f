/**
 * Annual caps per cap group, per unit, per application year (MEASURES.md decisions 7–8): rows are taken in
 * order, after earlier approvals; each approves the least of what it requests, what it is eligible for and
 * what is left of the cap, and what it approves uses the cap up.
 */
import { CAP_GROUPS, ITEMS_BY_CODE, type CapGroupId, type ItemCode } from "../policy";
import { Decimal, ZERO, type Money } from "./money";

const GROUP_INDEX = new Map(Object.keys(CAP_GROUPS).map((g, i) => [g as CapGroupId, i]));

export class CapLedger {
  /** unit key → (group, year) → approved so far. Nested maps: no key string is built per row. */
  private readonly used = new Map<string, Map<number, Money>>();

  private slot(group: CapGroupId, unitKey: string, year: number): { byYear: Map<number, Money>; key: number } {
    let byYear = this.used.get(unitKey);
    if (!byYear) this.used.set(unitKey, (byYear = new Map()));
    return { byYear, key: GROUP_INDEX.get(group)! * 10_000 + year };
  }

  static groupOf(item: ItemCode): CapGroupId | undefined {
    return ITEMS_BY_CODE.get(item)?.capGroup;
  }

  /** Count an earlier approval (history) toward the cap. */
  record(item: ItemCode, unitKey: string, year: number, approved: Money): void {
    const group = CapLedger.groupOf(item);
    if (!group) return;
    const { byYear, key } = this.slot(group, unitKey, year);
    byYear.set(key, (byYear.get(key) ?? ZERO).plus(approved));
  }

  /**
   * Approve up to `wanted` (already ≤ the row's eligible amount) and use the cap by as much.
   * Returns what is approved, and the cap state when it cut the row.
   */
  take(item: ItemCode, unitKey: string, year: number, wanted: Money): { approved: Money; cut?: { cap: Money; used: Money; left: Money; group: CapGroupId } } {
    const group = CapLedger.groupOf(item);
    if (!group) return { approved: wanted };
    const cap = capAmount(group);
    const { byYear, key } = this.slot(group, unitKey, year);
    const used = byYear.get(key) ?? ZERO;
    const left = used.isZero() ? cap : Decimal.max(cap.minus(used), ZERO);
    const approved = wanted.gt(left) ? left : wanted;
    byYear.set(key, used.isZero() ? approved : used.plus(approved));
    return wanted.gt(left) ? { approved, cut: { cap, used, left, group } } : { approved };
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
