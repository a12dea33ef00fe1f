/**
 * 审核明细's rows keep their amounts in whole 分 and the sums over them are exact: the same figures as the
 * results' Money summed row by row, whatever the rows' sizes.
 */
import { centsOf, checkBatch, ZERO, type Money } from "../../src/engine";
import { detailRows, type DetailRow } from "../../src/output/detail";
import { MoneySum } from "../../src/output/moneySum";
import { detailPivots } from "../../src/output/pivots";
import { claim } from "../support/claims";

const checked = checkBatch([[
  claim({ row: 2, item: "PLEDGE_LOAN", base: "100000", months: 12, claimed: "999999.99" }),
  claim({ row: 3, item: "PLEDGE_LOAN", base: "123456.78", months: 7 }),
  claim({ row: 4, item: "PLEDGE_LOAN", base: "100000", months: 12, claimed: "1234.56" }),
]])[0]!;

describe("审核明细's amounts in 分", () => {
  test("each amount is the result's, in 分", () => {
    const rows = detailRows(checked, ["f"]);
    rows.forEach((row, i) => {
      const r = checked[i]!;
      for (const key of ["requested", "approvable", "pending", "excess"] as const) {
        expect(row[key]).toBe(Number(r[key].times(100).toFixed(0)));
      }
    });
  });

  test("a sum is the Money sum of the results", () => {
    const rows = detailRows(checked, ["f"]);
    const sum = new MoneySum();
    for (const r of rows) sum.add(r, "approvable");
    const expected = checked.reduce<Money>((t, r) => t.plus(r.approvable), ZERO);
    expect(sum.value.toFixed(2)).toBe(expected.toFixed(2));
    expect(new MoneySum().value.toFixed(2)).toBe("0.00");
  });

  test("a sum past 2^53 分 stays exact", () => {
    // 2^53 分 is about 90 trillion 元: three rows of 40 trillion each pass it.
    const [first] = detailRows(checked, ["f"]);
    const forty = 4_000_000_000_000_001; // 分, a safe integer (odd: past 2^53 a double holds only even ones)
    const rows: DetailRow[] = [0, 1, 2].map(() => ({ ...first!, approvable: forty }));
    const sum = new MoneySum();
    for (const r of rows) sum.add(r, "approvable");
    expect(sum.value.toFixed(2)).toBe("120000000000000.03");
  });

  test("the pivots' figures are the results' Money summed", () => {
    const rows = detailRows(checked, ["f"]);
    const pivots = detailPivots(rows);
    const total = checked.reduce<Money>((t, r) => t.plus(r.approvable), ZERO);
    expect(pivots.byItem.total.eq(total)).toBe(true);
    expect(pivots.byDistrict.total.eq(total)).toBe(true);
    expect(pivots.byItemDistrict.total.eq(total)).toBe(true);
    const requested = checked.reduce<Money>((t, r) => t.plus(r.requested), ZERO);
    expect(pivots.byVerdict.totalSums[0]!.eq(requested)).toBe(true);
    expect(rows.every((r) => r.approvable === centsOf(checked[r.row - 2]!.approvable))).toBe(true);
  });
});
