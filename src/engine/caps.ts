/**
 * Annual caps per cap group, per unit, per application year (MEASURES.md decisions 7–8): rows are taken in
 * order, after earlier approvals; each approves the least of what it requests, what it is eligible for and
 * what is left of the cap, and what it approves uses the cap up.
 */
import { CAP_GROUPS, ITEMS_BY_CODE, type CapGroupId, type ItemCode } from "../policy";
import { Decimal, ZERO, type Money } from "./money";

export class CapLedger {
  private readonly used = new Map<string, Money>();

  private static key(group: CapGroupId, unitKey: string, year: number): string {
    return `${group}\u0000${year}\u0000${unitKey}`;
  }

  static groupOf(item: ItemCode): CapGroupId | undefined {
    return ITEMS_BY_CODE.get(item)?.capGroup;
  }

  /** Count an earlier approval (history) toward the cap. */
  record(item: ItemCode, unitKey: string, year: number, approved: Money): void {
    const group = CapLedger.groupOf(item);
    if (!group) return;
    const key = CapLedger.key(group, unitKey, year);
    this.used.set(key, (this.used.get(key) ?? ZERO).plus(approved));
  }

  /**
   * Approve up to `wanted` (already ≤ the row's eligible amount) and use the cap by as much.
   * Returns what is approved, and the cap state when it cut the row.
   */
  take(item: ItemCode, unitKey: string, year: number, wanted: Money): { approved: Money; cut?: { cap: Money; used: Money; left: Money; group: CapGroupId } } {
    const group = CapLedger.groupOf(item);
    if (!group) return { approved: wanted };
    const cap = capAmount(group);
    const key = CapLedger.key(group, unitKey, year);
    const used = this.used.get(key) ?? ZERO;
    const left = Decimal.max(cap.minus(used), ZERO);
    const approved = wanted.gt(left) ? left : wanted;
    this.used.set(key, used.plus(approved));
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
