/**
 * A host that reads money cells to the 分 may hand them over as whole 分 beside the Money (ClaimRow's
 * claimedCents, baseCents, feesCents): the value × 100. The check then counts with those and reads no Decimal.
 * Whichever it is given, every result must be the same: the rows here are checked once with the Money alone
 * (the decimal reading) and once with the 分 too. And the annual caps (decisions 7–8), counted per unit by
 * number, must give each row the least of its request and what the cap leaves, in order, as the decision
 * words it: computed here in Decimal from the words, not from the ledger.
 */
import fc from "fast-check";
import { approveInOrder, capAmount, checkBatch, Decimal, type ClaimRow, type Money, type RowResult } from "../../src/engine";
import { ITEMS_BY_CODE, type ItemCode } from "../../src/policy";
import { claim } from "../support/claims";
import { sampled } from "../support/sampled";

/** "12345.67" of a whole number of 分. */
function yuan(cents: bigint): string {
  return `${cents / 100n}.${String(cents % 100n).padStart(2, "0")}`;
}

/** Amounts in 分 below 10^15 (the readers refuse 10^13 元 and more), small ones and large ones. */
const anyCents = fc.oneof(fc.bigInt({ min: 0n, max: 1000n }), fc.bigInt({ min: 0n, max: 100_000_000n }), fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }));

/** Three units, one of them without a valid code, so the caps and the unit rules see shared units. */
const UNITS = [
  { unit: "连云港甲科技有限公司", creditCode: "91320706MA1XKQ8L3T" },
  { unit: "连云港乙科技有限公司", creditCode: null },
  { unit: "连云港丙科技有限公司", creditCode: "91320706MA1XKQ8L3T" },
] as const;

const ITEMS: readonly ItemCode[] = ["IP_INSURANCE", "PLEDGE_LOAN", "ENFORCEMENT_DOMESTIC", "DATA_IP", "IP_STANDARD", "OPEN_LICENSE_DEAL"];

const anyRow = fc.record({
  unit: fc.integer({ min: 0, max: UNITS.length - 1 }),
  item: fc.constantFrom(...ITEMS),
  year: fc.constantFrom(2025, 2026),
  base: fc.option(anyCents, { nil: null }),
  fees: fc.option(anyCents, { nil: null }),
  months: fc.integer({ min: 1, max: 24 }),
  quantity: fc.integer({ min: 0, max: 12 }),
  claimed: fc.option(anyCents, { nil: null }),
  refNo: fc.constantFrom("HT-1", "HT-2", "ht-1", null),
});

type Spec = typeof anyRow extends fc.Arbitrary<infer T> ? T : never;

function rowOf(s: Spec, row: number, withCents: boolean): ClaimRow {
  const u = UNITS[s.unit];
  const money = (c: bigint | null) => (c === null ? null : yuan(c));
  const r = claim({
    row, unit: u.unit, creditCode: u.creditCode, item: s.item, year: s.year, eventDate: `${s.year}-03-01`, base: money(s.base),
    fees: money(s.fees), months: s.months, quantity: s.quantity, claimed: money(s.claimed), refNo: s.refNo,
  });
  if (!withCents) return r;
  // The 分 as a reader would have them: the value × 100, from the same digits.
  const cents = (c: bigint | null) => (c === null ? null : Number(c));
  return { ...r, claimedCents: cents(s.claimed), baseCents: cents(s.base), feesCents: cents(s.fees) };
}

/** What a result says, as plain data. */
function said(r: RowResult) {
  return {
    verdict: r.verdict, unitKey: r.unitKey, status: r.status, issues: r.issues, explain: r.explain,
    amounts: [r.requested, r.eligible, r.approvable, r.pending, r.excess].map((m) => m.toFixed(2)),
  };
}

describe("money handed over in whole 分 (ClaimRow's claimedCents, baseCents, feesCents)", () => {
  it("checks every row as the Money alone does", () => {
    fc.assert(fc.property(fc.array(anyRow, { minLength: 1, maxLength: 12 }), (specs) => {
      const plain = checkBatch([specs.map((s, i) => rowOf(s, i + 2, false))])[0];
      const whole = checkBatch([specs.map((s, i) => rowOf(s, i + 2, true))])[0];
      expect(whole.map(said)).toEqual(plain.map(said));
    }), sampled(1500));
  });
});

describe("annual caps counted per unit by number (decisions 7–8)", () => {
  it("each row approves the least of its request and what its unit's cap for the year leaves, in order", () => {
    const capped: readonly ItemCode[] = ["IP_INSURANCE", "PLEDGE_LOAN", "DATA_IP", "IP_STANDARD", "ENFORCEMENT_DOMESTIC"];
    const anyCapRow = fc.record({
      unitKey: fc.constantFrom("91320706MA1XKQ8L3T", "name:连云港乙", "", "91320703MA1XKQ8L3T"),
      year: fc.constantFrom(2025, 2026),
      item: fc.constantFrom(...capped),
      requested: fc.oneof(fc.bigInt({ min: 0n, max: 5_000_000n }), fc.bigInt({ min: 0n, max: 10n ** 12n })),
    });
    fc.assert(fc.property(fc.array(anyCapRow, { maxLength: 30 }), (specs) => {
      const rows = specs.map((s) => ({ unitKey: s.unitKey, year: s.year, item: s.item, requested: new Decimal(yuan(s.requested)) }));
      // The decision's words in Decimal: what the unit used of the group's cap in the year so far.
      const used = new Map<string, Money>();
      const expected = rows.map((r) => {
        const group = ITEMS_BY_CODE.get(r.item)!.capGroup;
        // An item of no cap group approves all it requests.
        if (group === undefined) return r.requested.toFixed(2);
        const key = `${r.unitKey}|${group}|${r.year}`;
        const before = used.get(key) ?? new Decimal(0);
        const left = Decimal.max(capAmount(group).minus(before), 0);
        const approved = Decimal.min(r.requested, left);
        used.set(key, before.plus(approved));
        return approved.toFixed(2);
      });
      expect(approveInOrder(rows).map((m) => m.toFixed(2))).toEqual(expected);
    }), sampled(1500));
  });
});
