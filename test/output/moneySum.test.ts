/**
 * 审核明细's rows keep their amounts in whole 分 (a Money made only when asked) and the sums over them are
 * exact: the same figures as Money summed row by row, whatever the rows' sizes or how they were given.
 */
import { checkBatch, Decimal, ZERO, type Money } from "../../src/engine";
import { detailCents, detailRows, type DetailRow } from "../../src/output/detail";
import { MoneySum } from "../../src/output/moneySum";
import { detailPivots } from "../../src/output/pivots";
import { claim } from "../support/claims";

/** A row as a host or a test may give it: plain fields, Money amounts. */
function literalRow(approvable: string): DetailRow {
  const amount = new Decimal(approvable);
  return {
    file: "f", row: 2, unit: "u", creditCode: "", district: "海州区", year: 2026, itemCode: "", itemName: "（未识别）",
    clause: "", verdict: "通过", requested: amount, approvable: amount, pending: ZERO, excess: ZERO, codes: "",
  };
}

const checked = checkBatch([[
  claim({ row: 2, item: "PLEDGE_LOAN", base: "100000", months: 12, claimed: "999999.99" }),
  claim({ row: 3, item: "PLEDGE_LOAN", base: "123456.78", months: 7 }),
  claim({ row: 4, item: "PLEDGE_LOAN", base: "100000", months: 12, claimed: "1234.56" }),
]])[0]!;

describe("审核明细's amounts in 分", () => {
  test("each amount is the result's, as Money and as 分", () => {
    const rows = detailRows(checked, ["f"]);
    rows.forEach((row, i) => {
      const r = checked[i]!;
      for (const key of ["requested", "approvable", "pending", "excess"] as const) {
        expect(row[key].eq(r[key])).toBe(true);
        expect(detailCents(row, key)).toBe(Number(r[key].times(100).toFixed(0)));
      }
    });
    // Rows written as literals have no 分 of their own: their Money is read.
    expect(detailCents(literalRow("1.50"), "approvable")).toBeUndefined();
  });

  test("a sum is the Money sum of the rows, the check's and literal rows mixed", () => {
    const rows = [...detailRows(checked, ["f"]), literalRow("0.01"), literalRow("12345678.90")];
    const sum = new MoneySum();
    for (const r of rows) sum.add(r, "approvable");
    const expected = rows.reduce<Money>((t, r) => t.plus(r.approvable), ZERO);
    expect(sum.value.toFixed(2)).toBe(expected.toFixed(2));
    expect(new MoneySum().value.toFixed(2)).toBe("0.00");
  });

  test("a sum past 2^53 分 stays exact", () => {
    // 2^53 分 is about 90 trillion 元: three rows of 40 trillion each pass it.
    const [first] = detailRows(checked, ["f"]);
    const forty = 4_000_000_000_000_001; // 分, a safe integer (odd: past 2^53 a double holds only even ones)
    // The check's own row (its class kept) with 40 trillion 元 approvable.
    const rows = [0, 1, 2].map(() => Object.assign(Object.create(Object.getPrototypeOf(first!) as object), first, { approvableCents: forty }) as DetailRow);
    const sum = new MoneySum();
    for (const r of rows) sum.add(r, "approvable");
    expect(detailCents(rows[0]!, "approvable")).toBe(forty);
    expect(sum.value.toFixed(2)).toBe("120000000000000.03");
  });

  test("the pivots' figures are the rows' Money summed", () => {
    const rows = detailRows(checked, ["f"]);
    const pivots = detailPivots(rows);
    const total = rows.reduce<Money>((t, r) => t.plus(r.approvable), ZERO);
    expect(pivots.byItem.total.eq(total)).toBe(true);
    expect(pivots.byDistrict.total.eq(total)).toBe(true);
    expect(pivots.byItemDistrict.total.eq(total)).toBe(true);
    const requested = rows.reduce<Money>((t, r) => t.plus(r.requested), ZERO);
    expect(pivots.byVerdict.totalSums[0]!.eq(requested)).toBe(true);
  });
});
