/**
 * Annual caps per cap group, per unit, per application year (MEASURES.md decisions 7–8): rows are taken in
 * order, after earlier approvals; each approves the least of what it requests, what it is eligible for and
 * what is left of the cap, and what it approves uses the cap up. The ledger remembers where the amounts
 * used came from (history, rows of the batch) so a cut row can say so (decision 21). Amounts in whole 分.
 */
import { CAP_GROUPS, type CapGroupId } from "../policy/caps";
import { ITEMS_BY_CODE, type ItemCode } from "../policy/items";
import type { Cents } from "./explain";
import { centsOf, Decimal, moneyOfCents, wholeCentsOf, type Money } from "./money";
import type { RowRef } from "./types";

const GROUPS = Object.keys(CAP_GROUPS) as CapGroupId[];
/** Each group's place in GROUPS, and its cap in 分 at that place. */
const GROUP_INDEX: Readonly<Record<CapGroupId, number>> = Object.fromEntries(GROUPS.map((g, i) => [g, i])) as Record<CapGroupId, number>;

/** What a unit has used of a cap in a year, and where it came from. */
export interface Slot {
  /** The group's place in GROUPS and the year, as one number. */
  readonly at: number;
  used: Cents;
  fromHistory: Cents;
  /** The rows that used the cap, in order; a cut names those before it (CapCut.rowCount). */
  readonly rows: RowRef[];
  /**
   * Where the check last named this slot's rows to a cut row: once the cap is used up nothing is added, and
   * every later cut row of the unit, group and year names the same rows, so they share one list.
   */
  shown: { readonly file: number; readonly count: number; readonly list: readonly unknown[] } | null;
  /**
   * What the check last said of a cut by this slot (its message and step): once the cap is used up, later
   * cut rows say the same, and share them. Opaque here; the check reads it.
   */
  said: unknown;
}

/**
 * What one unit has used of its caps, a slot per group and year it has rows in: a few, so a short list read
 * from the start costs less than a map of its own per unit.
 */
class UnitCaps {
  readonly slots: Slot[] = [];

  slot(index: number, year: number): Slot {
    const at = index * 10_000 + year;
    const slots = this.slots;
    for (let i = 0; i < slots.length; i++) if (slots[i].at === at) return slots[i];
    const slot: Slot = { at, used: 0, fromHistory: 0, rows: [], shown: null, said: null };
    slots.push(slot);
    return slot;
  }
}

export interface CapCut {
  readonly cap: Cents;
  readonly used: Cents;
  readonly left: Cents;
  readonly group: CapGroupId;
  readonly fromHistory: Cents;
  /** The rows that used the cap before the cut row: the first `rowCount` of `slot.rows`. */
  readonly slot: Slot;
  readonly rowCount: number;
}

/** a + b, which must stay a whole number of 分 below 2^53 (some 90 trillion 元) to be exact. */
function sum(a: Cents, b: Cents): Cents {
  const s = a + b;
  if (!Number.isSafeInteger(s)) throw new RangeError("an annual total beyond 2^53 分 cannot be counted exactly");
  return s;
}

export class CapLedger {
  /**
   * unit key → its number: the ledger counts units by number, so a caller that knows a row's unit number
   * (the check, from the row's credit code) finds its caps by place, with no key looked up per row.
   */
  private readonly numbers = new Map<string, number>();
  /** Per unit number, what it has been approved so far, per group and year. */
  private readonly units: UnitCaps[] = [];
  /**
   * Where the last `approve` cut the row: its slot, else null, with what the slot had used and how many rows
   * before the cut. Kept in the ledger's own fields, not an object per cut row (most cut rows only read them
   * once, into their issue); `lastCut` makes the object where a caller keeps it.
   */
  cutSlot: Slot | null = null;
  cutUsed: Cents = 0;
  cutRows = 0;
  private cutGroup: CapGroupId | null = null;

  /** The cap state where the last `approve` cut the row, else null. */
  get lastCut(): CapCut | null {
    const slot = this.cutSlot;
    if (slot === null) return null;
    const cap = CAP_CENTS[GROUP_INDEX[this.cutGroup!]];
    const used = this.cutUsed;
    return { cap, used, left: Math.max(cap - used, 0), group: this.cutGroup!, fromHistory: slot.fromHistory, slot, rowCount: this.cutRows };
  }

  /** The number of a unit key, given on first sight. */
  numberOf(unitKey: string): number {
    let n = this.numbers.get(unitKey);
    if (n === undefined) {
      n = this.units.length;
      this.numbers.set(unitKey, n);
      this.units.push(new UnitCaps());
    }
    return n;
  }

  /** What a unit has used of its caps. */
  private unitOf(unitKey: string): UnitCaps {
    return this.units[this.numberOf(unitKey)];
  }

  static groupOf(item: ItemCode): CapGroupId | undefined {
    return ITEMS_BY_CODE.get(item)?.capGroup;
  }

  /** Count an earlier approval (history) toward the cap. */
  record(item: ItemCode, unitKey: string, year: number, approved: Cents): void {
    const group = CapLedger.groupOf(item);
    if (!group) return;
    const slot = this.unitOf(unitKey).slot(GROUP_INDEX[group], year);
    slot.used = sum(slot.used, approved);
    slot.fromHistory = sum(slot.fromHistory, approved);
  }

  /**
   * Approve up to `wanted` (already ≤ the row's eligible amount) and use the cap by as much.
   * Returns what is approved, and the cap state when it cut the row.
   */
  take(item: ItemCode, unitKey: string, year: number, wanted: Cents, ref?: RowRef): { approved: Cents; cut?: CapCut } {
    const group = CapLedger.groupOf(item);
    if (!group) return { approved: wanted };
    const approved = this.approve(group, unitKey, year, wanted, ref);
    const cut = this.lastCut;
    return cut ? { approved, cut } : { approved };
  }

  /** `take` for an item of a cap group: the amount approved, the cut (if any) in `lastCut`. */
  approve(group: CapGroupId, unitKey: string, year: number, wanted: Cents, ref?: RowRef): Cents {
    return this.approveAt(group, this.numberOf(unitKey), year, wanted, ref);
  }

  /** `approve` for the unit of number `unit` (numberOf). */
  approveAt(group: CapGroupId, unit: number, year: number, wanted: Cents, ref?: RowRef): Cents {
    const index = GROUP_INDEX[group];
    const slot = this.units[unit].slot(index, year);
    const cap = CAP_CENTS[index];
    const used = slot.used;
    const left = Math.max(cap - used, 0);
    let approved = wanted;
    if (wanted > left) {
      approved = left;
      this.cutSlot = slot;
      this.cutUsed = used;
      this.cutRows = slot.rows.length;
      this.cutGroup = group;
    } else this.cutSlot = null;
    if (approved > 0) {
      slot.used = sum(used, approved);
      if (ref) slot.rows.push(ref);
    }
    return approved;
  }
}

const CAP_CENTS: readonly Cents[] = GROUPS.map((g) => centsOf(new Decimal(CAP_GROUPS[g].amount)));

/** A group's annual cap in 分. */
export function capCents(group: CapGroupId): Cents {
  return CAP_CENTS[GROUP_INDEX[group]];
}

/** A group's annual cap. */
export function capAmount(group: CapGroupId): Money {
  return moneyOfCents(capCents(group));
}

/** Approvable amounts of rows in sheet order under the running annual caps (the APPROVE function). */
export function approveInOrder(
  rows: readonly { readonly unitKey: string; readonly year: number; readonly item: ItemCode; readonly requested: Money }[],
): Money[] {
  const ledger = new CapLedger();
  return rows.map((r) => {
    const wanted = wholeCentsOf(r.requested, "requested");
    return moneyOfCents(ledger.take(r.item, r.unitKey, r.year, wanted).approved);
  });
}
