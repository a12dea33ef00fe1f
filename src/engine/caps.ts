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

/**
 * What the check keeps of a slot besides its amounts, made for the few slots that cut a row: once a cap is
 * used up, every later cut row of the unit, group and year names the same rows and says the same, so they
 * share the list and the words made for the first (opaque here; the check reads them).
 */
export interface SlotNotes {
  /** Where the check last named the slot's rows to a cut row. */
  shown: { readonly file: number; readonly count: number; readonly list: readonly unknown[] } | null;
  /** What the check last said of a cut by this slot (its message and step). */
  said: unknown;
}

export interface CapCut {
  readonly cap: Cents;
  readonly used: Cents;
  readonly left: Cents;
  readonly group: CapGroupId;
  readonly fromHistory: Cents;
  /** The slot (CapLedger.cutSlot); the rows that used the cap before the cut row are its first `rowCount`. */
  readonly slot: number;
  readonly rowCount: number;
}

/** a + b, which must stay a whole number of 分 below 2^53 (some 90 trillion 元) to be exact. */
function sum(a: Cents, b: Cents): Cents {
  const s = a + b;
  if (!Number.isSafeInteger(s)) throw new RangeError("an annual total beyond 2^53 分 cannot be counted exactly");
  return s;
}

/** The years a slot's key holds as a number (YEAR_FROM and the YEAR_SPAN after it); another year is keyed by text. */
const YEAR_FROM = 1900;
const YEAR_SPAN = 2 ** 16;
/**
 * A slot's fields in `slots`: used, from history, rows that used it, 1 + the last of them (0: none), and 1 +
 * the place of its notes (SlotNotes) in `notes` (0: none), read beside the amounts a cut row has just read.
 */
const USED = 0;
const HISTORY = 1;
const COUNT = 2;
const LAST = 3;
const NOTES = 4;
const SLOT_FIELDS = 5;

/**
 * The running totals. A slot is one unit's use of one group's cap in one year, numbered in the order first
 * used; a million rows use some hundreds of thousands. Slots sit in typed arrays, not an object and a list
 * each: a row finds its slot in one table by unit, group and year, and reads and writes its amounts in one
 * place. The rows that used a slot are a chain of entries, each pointing at the one before it, read back only
 * where a cut row names them.
 */
export class CapLedger {
  /**
   * unit key → its number: the ledger counts units by number, so a caller that knows a row's unit number
   * (the check, from the row's credit code) finds its caps by number, with no key looked up per row.
   */
  private readonly numbers = new Map<string, number>();
  private unitCount = 0;
  /** Open-addressed: at each place 1 + a slot's key (0: free) and the slot's number. */
  private table = new Float64Array(2 * 1024);
  private mask = 1023;
  /** Slots whose year is not keyed as a number, by text. */
  private readonly others = new Map<string, number>();
  private slotCount = 0;
  /** SLOT_FIELDS numbers per slot. */
  private slots = new Float64Array(SLOT_FIELDS * 256);
  /** Of the few slots that cut a row, in the order first asked (NOTES). */
  private readonly notes: SlotNotes[] = [];
  /** Per entry: the row that used a cap, and 1 + the entry before it of its slot (0: none). */
  private refs: RowRef[] = [];
  private entryCount = 0;
  private before: Int32Array = new Int32Array(1024);

  /**
   * Where the last `approve` cut the row: its slot, else -1, with what the slot had used and how many rows
   * before the cut. Kept in the ledger's own fields, not an object per cut row (most cut rows only read them
   * once, into their issue); `lastCut` makes the object where a caller keeps it.
   */
  cutSlot = -1;
  cutUsed: Cents = 0;
  cutRows = 0;
  private cutGroup: CapGroupId | null = null;

  /** The cap state where the last `approve` cut the row, else null. */
  get lastCut(): CapCut | null {
    const slot = this.cutSlot;
    if (slot < 0) return null;
    const cap = CAP_CENTS[GROUP_INDEX[this.cutGroup!]];
    const used = this.cutUsed;
    return { cap, used, left: Math.max(cap - used, 0), group: this.cutGroup!, fromHistory: this.fromHistory(slot), slot, rowCount: this.cutRows };
  }

  /**
   * Room for `count` slots and `rows` rows that use them, made before the first is used (a caller that knows
   * about how many it will use): the table then holds them without growing step by step, each step placing
   * every key again, and the rows' list is made once rather than copied as it grows.
   */
  reserve(count: number, rows = 0): void {
    if (this.slotCount > 0) return;
    if (rows > this.before.length) {
      this.before = new Int32Array(rows);
      this.refs = new Array<RowRef>(rows);
    }
    let capacity = this.mask + 1;
    while (capacity < 2 * count) capacity *= 2;
    if (capacity > this.mask + 1) {
      this.table = new Float64Array(2 * capacity);
      this.mask = capacity - 1;
    }
    if (count * SLOT_FIELDS > this.slots.length) this.slots = new Float64Array(count * SLOT_FIELDS);
  }

  /** The number of a unit key, given on first sight. */
  numberOf(unitKey: string): number {
    let n = this.numbers.get(unitKey);
    if (n === undefined) {
      n = this.unitCount++;
      this.numbers.set(unitKey, n);
    }
    return n;
  }

  static groupOf(item: ItemCode): CapGroupId | undefined {
    return ITEMS_BY_CODE.get(item)?.capGroup;
  }

  /** What the approvals counted from history added to a slot. */
  fromHistory(slot: number): Cents {
    return this.slots[slot * SLOT_FIELDS + HISTORY];
  }

  /** What the check keeps of a slot that cut a row (SlotNotes), made on first asking. */
  notesOf(slot: number): SlotNotes {
    const at = slot * SLOT_FIELDS + NOTES;
    const place = this.slots[at];
    if (place > 0) return this.notes[place - 1];
    const notes: SlotNotes = { shown: null, said: null };
    this.slots[at] = this.notes.push(notes);
    return notes;
  }

  /** The first `count` rows that used a slot, in order. */
  rowsOf(slot: number, count: number): RowRef[] {
    const list = new Array<RowRef>(count);
    let entry = this.slots[slot * SLOT_FIELDS + LAST];
    // The chain runs from the last row back; rows after the first `count` are passed over.
    for (let skip = this.slots[slot * SLOT_FIELDS + COUNT] - count; skip > 0; skip--) entry = this.before[entry - 1];
    for (let i = count - 1; i >= 0; i--) {
      list[i] = this.refs[entry - 1];
      entry = this.before[entry - 1];
    }
    return list;
  }

  /** Count an earlier approval (history) toward the cap. */
  record(item: ItemCode, unitKey: string, year: number, approved: Cents): void {
    const group = CapLedger.groupOf(item);
    if (!group) return;
    const at = this.slotOf(this.numberOf(unitKey), GROUP_INDEX[group], year) * SLOT_FIELDS;
    const slots = this.slots;
    slots[at + USED] = sum(slots[at + USED], approved);
    slots[at + HISTORY] = sum(slots[at + HISTORY], approved);
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
    return this.approveIn(this.slotAt(group, unit, year), group, wanted, ref);
  }

  /**
   * The slot of a unit's (numberOf) use of a group's cap in a year, made on first use: a caller that settles a
   * block of rows finds their slots first, each lookup waiting on memory alongside the others, and then
   * approves in them (approveIn).
   */
  slotAt(group: CapGroupId, unit: number, year: number): number {
    return this.slotOf(unit, GROUP_INDEX[group], year);
  }

  /** `approveAt` in a slot found by slotAt for the same group. */
  approveIn(slot: number, group: CapGroupId, wanted: Cents, ref?: RowRef): Cents {
    const at = slot * SLOT_FIELDS;
    const slots = this.slots;
    const cap = CAP_CENTS[GROUP_INDEX[group]];
    const used = slots[at + USED];
    const left = Math.max(cap - used, 0);
    let approved = wanted;
    if (wanted > left) {
      approved = left;
      this.cutSlot = slot;
      this.cutUsed = used;
      this.cutRows = slots[at + COUNT];
      this.cutGroup = group;
    } else this.cutSlot = -1;
    if (approved > 0) {
      slots[at + USED] = sum(used, approved);
      if (ref) {
        const entry = this.entryCount++;
        if (entry === this.before.length) this.before = grown(this.before);
        this.refs[entry] = ref;
        this.before[entry] = slots[at + LAST];
        slots[at + LAST] = entry + 1;
        slots[at + COUNT]++;
      }
    }
    return approved;
  }

  /** The slot of a unit's use of a group's cap (its place in GROUPS) in a year, made on first use. */
  private slotOf(unit: number, index: number, year: number): number {
    const y = year - YEAR_FROM;
    if (!(Number.isInteger(y) && y >= 0 && y < YEAR_SPAN)) {
      const key = `${unit} ${index} ${year}`;
      let slot = this.others.get(key);
      if (slot === undefined) this.others.set(key, (slot = this.newSlot()));
      return slot;
    }
    // 1 + the key: unit, group and year as one whole number, exact below 2^53.
    const key = (unit * GROUPS.length + index) * YEAR_SPAN + y + 1;
    const table = this.table;
    const mask = this.mask;
    let place = placeOf(unit, index, y) & mask;
    for (;;) {
      const k = table[2 * place];
      if (k === key) return table[2 * place + 1];
      if (k === 0) break;
      place = (place + 1) & mask;
    }
    const slot = this.newSlot();
    table[2 * place] = key;
    table[2 * place + 1] = slot;
    // At most half full, so a probe ends soon.
    if (2 * this.slotCount > mask) this.rehash();
    return slot;
  }

  private newSlot(): number {
    const slot = this.slotCount++;
    if (this.slotCount * SLOT_FIELDS > this.slots.length) {
      const slots = new Float64Array(this.slots.length * 2);
      slots.set(this.slots);
      this.slots = slots;
    }
    return slot;
  }

  /** The table twice the size, every key in its place there. */
  private rehash(): void {
    const old = this.table;
    const mask = this.mask * 2 + 1;
    const table = new Float64Array(2 * (mask + 1));
    for (let p = 0; p < old.length; p += 2) {
      const key = old[p];
      if (key === 0) continue;
      const k = key - 1;
      const y = k % YEAR_SPAN;
      const unitGroup = (k - y) / YEAR_SPAN;
      const index = unitGroup % GROUPS.length;
      let place = placeOf((unitGroup - index) / GROUPS.length, index, y) & mask;
      while (table[2 * place] !== 0) place = (place + 1) & mask;
      table[2 * place] = key;
      table[2 * place + 1] = old[p + 1];
    }
    this.table = table;
    this.mask = mask;
  }
}

/** Where a slot's key starts its probe: its unit, group and year mixed into 32 bits. */
function placeOf(unit: number, index: number, year: number): number {
  let h = Math.imul(unit | 0, 0x9e3779b1) ^ Math.imul(index * YEAR_SPAN + year, 0x85ebca77) ^ Math.imul((unit / 2 ** 32) | 0, 0xc2b2ae3d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 13);
}

/** An Int32Array of twice the length, the old one's numbers at its start. */
function grown(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
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
