/**
 * MEASURES decisions 7–8 and 21: the running annual caps. Each row approves the least of what it wants and
 * what its unit has left of its group's cap in its year; what it approves uses the cap up; a cut row learns
 * what had been used and which rows used it, in order. The ledger is held to a plain model of that rule (a
 * list of rows and a total per unit, group and year) over many units, groups and years, odd years included.
 */
import fc from "fast-check";
import { capCents, CapLedger, type RowRef } from "../../src/engine";
import { CAP_GROUPS, type CapGroupId } from "../../src/policy/caps";
import { ITEMS, type ItemCode } from "../../src/policy/items";

const GROUPS = Object.keys(CAP_GROUPS) as CapGroupId[];

interface ModelSlot {
  used: number;
  fromHistory: number;
  rows: RowRef[];
}

/** The rule as written: one object and list per unit, group and year. */
class Model {
  readonly slots = new Map<string, ModelSlot>();
  slot(unit: number, group: CapGroupId, year: number): ModelSlot {
    const key = `${unit}|${group}|${year}`;
    let s = this.slots.get(key);
    if (!s) this.slots.set(key, (s = { used: 0, fromHistory: 0, rows: [] }));
    return s;
  }
}

type Step =
  | { readonly kind: "approve"; readonly unit: number; readonly group: number; readonly year: number; readonly wanted: number }
  | { readonly kind: "history"; readonly unit: number; readonly group: number; readonly year: number; readonly approved: number };

const YEARS = [2025, 2026, 2027, 2025, 2026, 1899, 1900, 67435, -4, 2025.5];

function step(units: number): fc.Arbitrary<Step> {
  const place = { unit: fc.nat(units - 1), group: fc.nat(GROUPS.length - 1), year: fc.constantFrom(...YEARS) };
  return fc.oneof(
    { weight: 12, arbitrary: fc.record({ kind: fc.constant("approve" as const), ...place, wanted: fc.oneof(fc.nat(3_000_000), fc.constant(0), fc.nat(30_000_000)) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("history" as const), ...place, approved: fc.nat(2_500_000) }) },
  );
}

/**
 * expect(got).toBe(want), asked of jest only when Object.is says they differ (its message then): a replay
 * makes tens of thousands of these comparisons, and jest's expect() per comparison was most of its time.
 */
function toBe(got: unknown, want: unknown): void {
  if (!Object.is(got, want)) expect(got).toBe(want);
}

/**
 * `ahead`: where above 0, the ledger is asked as the check settles a batch, `ahead` steps at a time: the slots
 * of a block's rows looked up first (slotAt), then each row approved in its slot (approveIn), history between.
 */
function replay(steps: readonly Step[], ahead = 0, reserved = 0, reservedRows = 0): void {
  const ledger = new CapLedger();
  if (reserved > 0) ledger.reserve(reserved, reservedRows);
  const slotsAhead = new Map<Step, number>();
  const model = new Model();
  const keys = new Map<number, string>();
  const keyOf = (unit: number) => {
    let k = keys.get(unit);
    if (k === undefined) keys.set(unit, (k = `unit ${unit}`));
    return k;
  };
  let row = 2;
  for (const [k, s] of steps.entries()) {
    if (ahead > 0 && k % ahead === 0) {
      for (const t of steps.slice(k, k + ahead)) {
        if (t.kind === "approve") slotsAhead.set(t, ledger.slotAt(GROUPS[t.group], ledger.numberOf(keyOf(t.unit)), t.year));
      }
    }
    const group = GROUPS[s.group];
    const m = model.slot(s.unit, group, s.year);
    if (s.kind === "history") {
      ledger.record(itemOf(group), keyOf(s.unit), s.year, s.approved);
      m.used += s.approved;
      m.fromHistory += s.approved;
      continue;
    }
    const ref: RowRef = { file: 0, row: row++ };
    const cap = capCents(group);
    const left = Math.max(cap - m.used, 0);
    const approved = ahead > 0
      ? ledger.approveIn(slotsAhead.get(s)!, group, s.wanted, ref)
      : ledger.approveAt(group, ledger.numberOf(keyOf(s.unit)), s.year, s.wanted, ref);
    toBe(approved, Math.min(s.wanted, left));
    const cut = ledger.lastCut;
    if (s.wanted > left) {
      expect(cut).toMatchObject({ cap, used: m.used, left, group, fromHistory: m.fromHistory, rowCount: m.rows.length });
      const before = ledger.rowsOf(cut!.slot, cut!.rowCount);
      expect(before).toHaveLength(m.rows.length);
      before.forEach((r, i) => toBe(r, m.rows[i]));
    } else toBe(cut, null);
    if (approved > 0) {
      m.used += approved;
      m.rows.push(ref);
    }
  }
}

/** An item of a cap group, for record(), which takes items. */
function itemOf(group: CapGroupId): ItemCode {
  return ITEMS.find((i) => i.capGroup === group)!.code;
}

describe("the cap ledger", () => {
  it("every item named for a group counts toward that group", () => {
    for (const g of GROUPS) expect(CapLedger.groupOf(itemOf(g))).toBe(g);
  });

  it("approves and cuts as the rule does, a few units with many rows each", () => {
    fc.assert(fc.property(fc.array(step(4), { minLength: 1, maxLength: 300 }), (steps) => replay(steps)), { numRuns: 200 });
  });

  it("approves and cuts alike in slots looked up a block of rows ahead (slotAt, then approveIn)", () => {
    const blocks = fc.tuple(fc.array(step(4), { minLength: 1, maxLength: 300 }), fc.integer({ min: 1, max: 40 }));
    fc.assert(fc.property(blocks, ([steps, ahead]) => replay(steps, ahead)), { numRuns: 200 });
  });

  it("approves and cuts alike with room reserved for few or many slots and rows before the first", () => {
    const reserved = fc.tuple(fc.array(step(40), { minLength: 1, maxLength: 3_000 }), fc.integer({ min: 1, max: 5_000 }), fc.integer({ min: 0, max: 3_000 }));
    fc.assert(fc.property(reserved, ([steps, count, rows]) => replay(steps, 0, count, rows)), { numRuns: 60 });
  });

  it("keeps a slot's notes for that slot alone, as slots are added and the ledger grows", () => {
    const ledger = new CapLedger();
    const slotOf = (unit: number) => ledger.slotAt("DATA_IP", ledger.numberOf(`unit ${unit}`), 2026);
    const first = ledger.notesOf(slotOf(0));
    first.said = "said of unit 0";
    for (let u = 1; u < 3_000; u++) slotOf(u);
    const later = ledger.notesOf(slotOf(2_999));
    expect(later).not.toBe(first);
    expect(later).toEqual({ shown: null, said: null });
    expect(ledger.notesOf(slotOf(0))).toBe(first);
    expect(ledger.notesOf(slotOf(2_999))).toBe(later);
    expect(ledger.notesOf(slotOf(0)).said).toBe("said of unit 0");
  });

  it("keeps thousands of units, groups and years apart (its table grows many times)", () => {
    fc.assert(fc.property(fc.array(step(5_000), { minLength: 4_000, maxLength: 6_000 }), (steps) => replay(steps)), { numRuns: 2, endOnFailure: true });
  });

  it("a cut row of a used-up cap names the rows that used it, the earliest first, however many", () => {
    const ledger = new CapLedger();
    const unit = ledger.numberOf("91320700MA0000000X");
    const refs: RowRef[] = [];
    // 2,000 rows of 10 分 each use up 20,000 分 of a 20,000 元 cap: none of them is cut.
    for (let i = 0; i < 2_000; i++) {
      const ref = { file: 0, row: i + 2 };
      refs.push(ref);
      expect(ledger.approveAt("DATA_IP", unit, 2026, 10, ref)).toBe(10);
      expect(ledger.lastCut).toBeNull();
    }
    expect(ledger.approveAt("DATA_IP", unit, 2026, 2_000_000, { file: 0, row: 9_999 })).toBe(2_000_000 - 20_000);
    const cut = ledger.lastCut!;
    expect(cut).toMatchObject({ used: 20_000, left: 2_000_000 - 20_000, rowCount: 2_000 });
    expect(ledger.rowsOf(cut.slot, cut.rowCount)).toEqual(refs);
    // The cut row used the rest: a later row is cut to 0 and names all 2,001.
    expect(ledger.approveAt("DATA_IP", unit, 2026, 1, { file: 1, row: 2 })).toBe(0);
    const after = ledger.lastCut!;
    expect(after).toMatchObject({ used: 2_000_000, left: 0, rowCount: 2_001 });
    expect(ledger.rowsOf(after.slot, after.rowCount).map((r) => r.row)).toEqual([...refs.map((r) => r.row), 9_999]);
    // Another year of the same unit and group starts afresh.
    expect(ledger.approveAt("DATA_IP", unit, 2027, 2_000_000, { file: 1, row: 3 })).toBe(2_000_000);
  });
});
