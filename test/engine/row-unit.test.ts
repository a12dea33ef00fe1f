/**
 * A row's unit (its key and number as the cross-row rules count it) is one object shared by the rows of the
 * unit; a row that may be several units, or holds an amount pending, has a copy of its own, and no other row
 * of the unit sees what it holds.
 */
import { checkBatch, type RowDraft } from "../../src/engine";
import { claim, codes, type ClaimSpec } from "../support/claims";

const HAIZHOU = "91320706MA1XKQ8L3T";
const GANYU = "91320707MA20B3NQ5Q";

const batch = (specs: ClaimSpec[]) => checkBatch([specs.map((s, i) => claim({ row: i + 2, ...s }))])[0] as RowDraft[];

describe("a row's unit", () => {
  const rows = batch([
    { unit: "海州甲公司", creditCode: HAIZHOU, item: "DATA_IP", quantity: 2, claimed: "2000" },
    { unit: "海州甲公司", creditCode: HAIZHOU, item: "GI", claimed: "100000" },
    { unit: "辛公司", creditCode: null, item: "DATA_IP", quantity: 2 },
    { unit: "辛公司", creditCode: null, item: "GI" },
    // 「胜诉」 does not say the judgment is in force: 待核实, its amount pending (decisions 17, 23).
    { unit: "海州甲公司", creditCode: HAIZHOU, item: "ENFORCEMENT_DOMESTIC", base: "100000", outcome: "胜诉", refNo: "E-1" },
    { unit: "赣榆乙公司", creditCode: GANYU, item: "DATA_IP", quantity: 2 },
    // 庚公司 is seen with two codes; a row naming it without one may be either (decision 26).
    { unit: "庚公司", creditCode: HAIZHOU, item: "IP_ENGINEER", level: "高级", personId: "P-1", startDate: "2024-01-01" },
    { unit: "庚公司", creditCode: GANYU, item: "IP_ENGINEER", level: "高级", personId: "P-2", startDate: "2024-01-01" },
    { unit: "庚公司", creditCode: null, item: "DATA_IP", quantity: 2 },
  ]);

  it("is one object for the rows of a credit code, its key the code", () => {
    expect(rows[1].unit).toBe(rows[0].unit);
    expect(rows[6].unit).toBe(rows[0].unit);
    expect(rows[0].unitKey).toBe(HAIZHOU);
    expect(rows[0].unitNo).toBeGreaterThanOrEqual(0);
    expect(rows[5].unitKey).toBe(GANYU);
    expect(rows[5].unitNo).not.toBe(rows[0].unitNo);
  });

  it("is one object for the rows of a name without a code, its key the name", () => {
    expect(rows[3].unit).toBe(rows[2].unit);
    expect(rows[2].unitKey).not.toBe("");
    expect(rows[2].unitNo).not.toBe(rows[0].unitNo);
    expect(rows[2].unitNo).not.toBe(rows[5].unitNo);
  });

  it("of a row with an amount pending is its own copy: the unit's other rows have nothing pending", () => {
    const held = rows[4];
    expect(codes(held)).toContain("CONDITION_UNSTATED");
    expect(held.verdict).toBe("review");
    expect(held.pendingCents).toBeGreaterThan(0);
    expect(held.unit).not.toBe(rows[0].unit);
    expect([held.unitKey, held.unitNo]).toEqual([rows[0].unitKey, rows[0].unitNo]);
    for (const r of [rows[0], rows[1], rows[6]]) expect(r.pendingCents).toBe(0);
  });

  it("of a row that may be several units is its own copy, naming them; the units' rows hold none", () => {
    const ambiguous = rows[8];
    expect(codes(ambiguous)).toContain("UNIT_AMBIGUOUS");
    expect([...ambiguous.candidates!].sort()).toEqual([HAIZHOU, GANYU].sort());
    expect(ambiguous.unit).not.toBe(rows[0].unit);
    expect(ambiguous.unit).not.toBe(rows[5].unit);
    for (const r of [rows[0], rows[5], rows[6], rows[7]]) expect(r.candidates).toBeNull();
  });
});
