/** Properties of the batch check that hold for any rows (decisions 7–8, 15). */
import fc from "fast-check";
import { CAP_GROUPS, canonicalOutcomes, type ItemCode } from "../../src/policy";
import { checkBatch, Decimal, ZERO } from "../../src/engine";
import { claim } from "../support/claims";

const cents = fc.integer({ min: 0, max: 30_000_000 }).map((c) => (c / 100).toFixed(2));
const row = fc.record({
  unit: fc.constantFrom("甲公司", "乙公司", "丙公司"),
  year: fc.constantFrom(2026, 2027),
  kind: fc.constantFrom("DATA_IP", "IP_INSURANCE", "MEDIATION", "ENFORCEMENT_OVERSEAS", "PLEDGE_LOAN", "OPEN_LICENSE_DEAL", "OPEN_LICENSE_DECLARE", "GI"),
  quantity: fc.integer({ min: 0, max: 60 }),
  base: cents,
  months: fc.integer({ min: 1, max: 36 }),
  claimed: fc.option(cents, { nil: null }),
  eventDate: fc.constantFrom("2026-03-01", "2026-03-01", "2026-03-01", "2025-05-31", null),
});

const rowsArb = fc.array(row, { maxLength: 40 }).map((specs) =>
  specs.map((s, i) => claim({
    row: i + 2, unit: s.unit, creditCode: null, year: s.year, eventDate: s.eventDate, item: s.kind,
    quantity: s.quantity, base: s.base, months: s.months, claimed: s.claimed,
    // The condition met (its first canonical outcome), so the rows test the caps, not the outcome column.
    outcome: canonicalOutcomes(s.kind as ItemCode)[0] ?? null,
  })),
);

describe("batch properties", () => {
  it("no unit ever passes an annual cap of its group in a year", () => {
    fc.assert(fc.property(rowsArb, (rows) => {
      const [results] = checkBatch([rows]);
      const used = new Map<string, InstanceType<typeof Decimal>>();
      for (const r of results) {
        const group = r.item?.capGroup;
        if (!group) continue;
        const key = `${group}|${r.unitKey}|${r.input.year}`;
        const total = (used.get(key) ?? ZERO).plus(r.approvable);
        used.set(key, total);
        if (total.gt(CAP_GROUPS[group].amount)) return false;
      }
      return true;
    }));
  });

  it("approvable is never above eligible, never negative", () => {
    fc.assert(fc.property(rowsArb, (rows) => {
      const [results] = checkBatch([rows]);
      return results.every((r) => r.approvable.lte(r.eligible) && !r.approvable.isNegative());
    }));
  });

  it("excess = request − approvable, the request being the claim or, when blank, the eligible amount", () => {
    fc.assert(fc.property(rowsArb, (rows) => {
      const [results] = checkBatch([rows]);
      return results.every((r) => {
        const requested = r.claimed ?? r.eligible;
        return r.excess.equals(requested.minus(r.approvable));
      });
    }));
  });

  it("an error-free row approves what it requests", () => {
    fc.assert(fc.property(rowsArb, (rows) => {
      const [results] = checkBatch([rows]);
      return results.filter((r) => r.status !== "error").every((r) => r.approvable.equals(r.claimed ?? r.eligible));
    }));
  });
});
