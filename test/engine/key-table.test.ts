/**
 * The table the cross-row rules count in (KeyTable): every key keeps its own value however many keys there
 * are, keys that differ only in their high bits included, and a key never set has none.
 */
import { KeyTable } from "../../src/engine/keyTable";
import { randomOf } from "../support/randomOf";

describe("KeyTable", () => {
  it("keeps each key's last value as it grows, and has none for other keys", () => {
    const table = new KeyTable(4);
    const random = randomOf(3);
    const expected = new Map<number, number>();
    for (let i = 0; i < 5000; i++) {
      // Unit-and-item keys times a level's or year's place: numbers well past 2^32.
      const key = random(3000) * 2 ** 21 + random(40);
      const value = random(1_000_000);
      table.set(key, value);
      expected.set(key, value);
    }
    expect(table.size).toBe(expected.size);
    for (const [key, value] of expected) expect(table.get(key)).toBe(value);
    for (let i = 0; i < 2000; i++) {
      const key = 3000 * 2 ** 21 + i;
      expect(table.get(key)).toBe(-1);
    }
  });

  it("tells apart 0, keys that share their low 32 bits and the largest safe key", () => {
    const table = new KeyTable();
    const keys = [0, 1, 2 ** 32, 2 ** 32 + 1, 2 ** 45, 2 ** 53 - 1];
    keys.forEach((key, i) => table.set(key, i));
    keys.forEach((key, i) => expect(table.get(key)).toBe(i));
    expect(table.get(2)).toBe(-1);
    expect(table.get(2 ** 33)).toBe(-1);
  });

  it("gives a key its new value in place of the old, without a second entry", () => {
    const table = new KeyTable();
    table.set(7, 1);
    table.set(7, 2);
    expect(table.get(7)).toBe(2);
    expect(table.size).toBe(1);
  });
});
