/**
 * Issue 22: the check settles its rows a block at a time, the cap slots of a block's rows looked up before
 * any of them is settled. Every row must still approve what the running annual caps leave it in batch order
 * (decisions 7–8), a cap used up in one block cutting rows of the next, ineligible rows and rows of items
 * with no cap between them approving as they would alone.
 */
import { approveInOrder, checkBatch, type ClaimRow } from "../../src/engine";
import { DEFAULT_CREDIT_CODE, claim } from "../support/claims";

/** Three units: the default one of 海州区 and two valid codes of 灌云县. */
const CODES = [DEFAULT_CREDIT_CODE, "91320723MA1XKQ8L18", "91320706MA1N3K7Q8N"];

/**
 * Row k: DATA_IP (1,000 元 a certificate, 20,000 元 a unit a year) of a unit and year that change from row to
 * row, so each cap is used up somewhere in the batch; every 13th row names an item that does not exist, every
 * 17th claims an item with no annual cap.
 */
function rowAt(k: number): ClaimRow {
  const creditCode = CODES[k % 3];
  const year = 2026 + (k % 2);
  if (k % 13 === 6) return claim({ row: k + 2, creditCode, year, item: "不存在的事项", quantity: 1 });
  if (k % 17 === 9) return claim({ row: k + 2, creditCode, year, item: "PATENT_PRIZE", level: "金奖" });
  return claim({ row: k + 2, creditCode, year, item: "DATA_IP", quantity: 1 + (k % 4), unit: `连云港单位${creditCode}`, eventDate: `${year}-03-01` });
}

describe("rows settled a block at a time", () => {
  const rows = Array.from({ length: 3 * 128 + 11 }, (_, k) => rowAt(k));
  const [results] = checkBatch([rows]);

  it("approve what the caps leave each row in batch order, across blocks", () => {
    const capped = results.filter((r) => r.item?.capGroup !== undefined && !r.issues.some((i) => i.code === "UNKNOWN_ITEM"));
    expect(capped.length).toBeGreaterThan(300);
    const model = approveInOrder(capped.map((r) => ({ unitKey: r.unitKey, year: r.input.year!, item: r.item!.code, requested: r.eligible })));
    capped.forEach((r, k) => expect([r.ref.row, r.approvable.toFixed(2)]).toEqual([r.ref.row, model[k].toFixed(2)]));
    // Caps are used up: later rows of every unit and year are cut, many of them in another block than the rows that used the cap.
    const cut = capped.filter((r) => r.issues.some((i) => i.code === "CAP_EXCEEDED"));
    expect(cut.length).toBeGreaterThan(100);
    expect(new Set(cut.map((r) => `${r.unitKey} ${r.input.year}`)).size).toBe(6);
  });

  it("approve nothing on a row of an unknown item, and all of an item with no cap", () => {
    for (const [k, r] of results.entries()) {
      if (k % 13 === 6) expect([k, r.verdict, r.approvable.toFixed(2)]).toEqual([k, "rejected", "0.00"]);
      else if (k % 17 === 9) {
        expect(r.item?.capGroup).toBeUndefined();
        expect([k, r.approvable.toFixed(2)]).toEqual([k, r.eligible.toFixed(2)]);
      }
    }
  });
});
