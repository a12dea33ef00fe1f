/**
 * The cross-row rules count per unit and item under one whole number (unitItemKey): two different pairs must
 * never share it, or one unit's award, loan, years or tens would count for another.
 */
import fc from "fast-check";
import { unitItemKey } from "../../src/engine/batchRules";
import { ITEMS } from "../../src/policy";
import { sampled } from "../support/sampled";

const anyUnit = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 2 ** 31 }), fc.integer({ min: 0, max: 2 ** 40 }));
const anyItem = fc.constantFrom(...ITEMS.map((i) => i.code));

describe("unit and item as one number", () => {
  it("is a safe whole number, equal only for the same unit and item", () => {
    fc.assert(fc.property(anyUnit, anyItem, anyUnit, anyItem, (u1, i1, u2, i2) => {
      const a = unitItemKey(u1, i1);
      const b = unitItemKey(u2, i2);
      expect(Number.isSafeInteger(a) && Number.isSafeInteger(b)).toBe(true);
      expect(a === b).toBe(u1 === u2 && i1 === i2);
    }), sampled(5000));
  });

  it("tells every item of one unit apart, and a unit's last item from the next unit's first", () => {
    const keys = new Set<number>();
    for (const unit of [0, 1, 2]) for (const item of ITEMS) keys.add(unitItemKey(unit, item.code));
    expect(keys.size).toBe(3 * ITEMS.length);
  });
});
