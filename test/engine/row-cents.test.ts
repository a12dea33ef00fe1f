/**
 * The check reaches a row's money cells in 分 one way (src/engine/rowCents): the host's 分 where it handed
 * them over, else the 分 of the Money; a claim that is no whole number of 分 below 2^53 is refused loudly.
 */
import { Decimal } from "../../src/engine";
import { baseCentsOf, claimedCentsOf, feesCentsOf } from "../../src/engine/rowCents";

const money = (text: string) => new Decimal(text);

describe("a row's money cells in 分", () => {
  it("are the Money's value × 100 where the host gave no 分", () => {
    expect(claimedCentsOf({ claimed: money("12345.6") })).toBe(1234560);
    expect(baseCentsOf({ base: money("0.07") })).toBe(7);
    expect(feesCentsOf({ fees: money("1000") })).toBe(100000);
  });

  it("are the host's own 分 where it gave them, and the Money is not read", () => {
    // A host's 分 are the reading of the cell: the Money beside them is what a Decimal reader would see.
    expect(claimedCentsOf({ claimed: money("1"), claimedCents: 4200 })).toBe(4200);
    expect(baseCentsOf({ base: money("1"), baseCents: 7 })).toBe(7);
    expect(feesCentsOf({ fees: money("1"), feesCents: 0 })).toBe(0);
  });

  it("are null where the cell is blank, whatever 分 came with it", () => {
    expect(claimedCentsOf({ claimed: null, claimedCents: null })).toBeNull();
    expect(baseCentsOf({ base: null })).toBeNull();
    expect(feesCentsOf({ fees: null, feesCents: null })).toBeNull();
  });

  it("refuse a claim of a fraction of a 分 rather than round it", () => {
    expect(() => claimedCentsOf({ claimed: money("0.001") })).toThrow(RangeError);
    expect(Number.isNaN(baseCentsOf({ base: money("0.001") }))).toBe(true);
  });
});
