/**
 * Decision 4 counts tens per unit, item and application year (Counted): each such group has one count, the
 * same whenever it is asked for, and no other group's — for years and unit numbers that make one whole
 * number with their unit and item, and for those that do not.
 */
import { Counted } from "../../src/engine/fullTens";

describe("the counts of full tens per unit, item and year", () => {
  const counted = new Counted(4);
  const groups: [number, number][] = [
    [0, 2026], [0, 2027], [1, 2026], [64, 2026], [2 ** 40, 2026], [2 ** 40 + 1, 2026], [0, 2026.5], [0, -1], [0, 2 ** 14], [0, NaN],
  ];

  it("gives each group its own count, the same one when asked again", () => {
    const counts = groups.map(([unitItem, year]) => counted.of(unitItem, year));
    counts.forEach((c, i) => (c.certain = i + 1));
    expect(groups.map(([unitItem, year]) => counted.of(unitItem, year).certain)).toEqual(groups.map((_, i) => i + 1));
    expect(new Set(counts).size).toBe(groups.length);
  });

  it("starts a group with nothing counted and nothing that may count", () => {
    expect(new Counted(0).of(3, 2026)).toEqual({ certain: 0, mayAdd: null, firstMaybe: null });
  });
});
