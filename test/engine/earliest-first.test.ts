/**
 * Decision 9: the award goes to the unit's earliest row — application year, then event date (undated last),
 * then batch order. earliestFirst sorts by one number per row; it must order rows exactly as the rule says,
 * for every year and date a row may hold, blank ones too.
 */
import fc from "fast-check";
import { byEarliest, byKeyCount, earliestFirst } from "../../src/engine/batchRules";
import type { RowDraft } from "../../src/engine";
import { randomOf } from "../support/randomOf";
import { sampled } from "../support/sampled";

type Dated = { readonly id: number; readonly input: { readonly year: number | null; readonly eventDate: string | null } };
const asDrafts = (rows: Dated[]) => rows as unknown as RowDraft[];
const ids = (rows: readonly RowDraft[]) => (rows as unknown as Dated[]).map((r) => r.id);

/** The rule itself, pair by pair. */
function byRule(rows: Dated[]): number[] {
  return rows.map((d, order) => ({ d: d as unknown as RowDraft, order })).sort(byEarliest).map((x) => (x.d as unknown as Dated).id);
}

const day = fc.date({ min: new Date("2024-01-01T00:00:00Z"), max: new Date("2029-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const row = fc.record({ year: fc.option(fc.integer({ min: 2024, max: 2029 }), { freq: 8 }), eventDate: fc.option(day, { freq: 6 }) });

describe("earliestFirst orders rows as decision 9 does", () => {
  it("year, then date with undated last, then batch order, for any rows", () => {
    fc.assert(fc.property(fc.array(row, { maxLength: 60 }), (specs) => {
      const rows = specs.map((input, id) => ({ id, input }));
      expect(ids(earliestFirst(asDrafts(rows)))).toEqual(byRule(rows));
    }), sampled(500));
  });

  it("rows of one year and day keep their batch order", () => {
    const rows = [3, 1, 2].map((id) => ({ id, input: { year: 2026, eventDate: "2026-05-01" } }));
    expect(ids(earliestFirst(asDrafts(rows)))).toEqual([3, 1, 2]);
  });

  it("a row without a year comes after every dated year, and an undated row after every date of its year", () => {
    const rows = [
      { id: 0, input: { year: null, eventDate: "2025-01-01" } },
      { id: 1, input: { year: 2026, eventDate: null } },
      { id: 2, input: { year: 2026, eventDate: "2026-12-31" } },
      { id: 3, input: { year: 2025, eventDate: "2025-12-31" } },
    ];
    expect(ids(earliestFirst(asDrafts(rows)))).toEqual([3, 2, 1, 0]);
  });

  it("a date not written as YYYY-MM-DD is still compared as the rule compares it", () => {
    const rows = [
      { id: 0, input: { year: 2026, eventDate: "2026-5-1" } },
      { id: 1, input: { year: 2026, eventDate: "2026-05-01" } },
      { id: 2, input: { year: 2026, eventDate: "2026-10-01" } },
    ];
    expect(ids(earliestFirst(asDrafts(rows)))).toEqual(byRule(rows));
  });
});

describe("the counting sort under earliestFirst (byKeyCount)", () => {
  it("orders a large batch of many days, over the table's first size, as the rule does", () => {
    const random = randomOf(9);
    const rows = Array.from({ length: 3000 }, (_, id) => ({
      id,
      input: { year: 2025 + random(4), eventDate: random(20) === 0 ? null : `2026-${String(1 + random(12)).padStart(2, "0")}-${String(1 + random(28)).padStart(2, "0")}` },
    }));
    expect(ids(earliestFirst(asDrafts(rows)))).toEqual(byRule(rows));
  });

  it("keeps ties in place and sorts keys up to 2^53 − 1", () => {
    const keys = Float64Array.from([5, 2 ** 53 - 1, 0, 5, 2 ** 32, 2 ** 32 + 1, 0, 2 ** 53 - 2]);
    expect([...byKeyCount(keys)]).toEqual([2, 6, 0, 3, 4, 5, 7, 1]);
  });

  it("gives nothing for no rows", () => {
    expect(byKeyCount(new Float64Array(0))).toHaveLength(0);
  });
});
