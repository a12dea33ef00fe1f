/**
 * MEASURES decisions 7–8 and 21: once a unit's annual cap is used up, every later row of that unit, cap group
 * and year is cut to 0, and each says so: the cap, what was used, nothing left, the rows that used it. Rows cut
 * alike say the same; a row cut differently (something left, another file, a pending row) says its own.
 */
import { checkBatch, type Issue, type RowResult } from "../../src/engine";
import { claim } from "../support/claims";

type CapIssue = Extract<Issue, { code: "CAP_EXCEEDED" }>;
const capIssue = (r: RowResult) => r.issues.find((i): i is CapIssue => i.code === "CAP_EXCEEDED");
const lastStep = (r: RowResult) => r.explain[r.explain.length - 1];

// （三）「每个单位每年不超过 2 万元」, 1,000 元 per certificate: 19 certificates leave 1,000 元.
const first = [
  claim({ file: 0, row: 2, item: "DATA_IP", quantity: 19 }),
  claim({ file: 0, row: 3, item: "DATA_IP", quantity: 2 }),
  claim({ file: 0, row: 4, item: "DATA_IP", quantity: 3 }),
  claim({ file: 0, row: 5, item: "DATA_IP", quantity: 3 }),
  claim({ file: 0, row: 6, item: "DATA_IP", quantity: 1 }),
];
const second = [claim({ file: 1, row: 2, item: "DATA_IP", quantity: 3 })];
const names = ["甲.xlsx", "乙.xlsx"];
const [rows, others] = checkBatch([first, second], { fileName: (i) => names[i] });

describe("rows cut by a used-up cap", () => {
  it("the first cut row has 1,000 元 left of 20,000 and approves it", () => {
    const r = rows[1];
    expect(r.approvable.toFixed(2)).toBe("1000.00");
    expect(capIssue(r)).toMatchObject({ cap: 2_000_000, used: 1_900_000, left: 100_000, year: rows[0].input.year });
    expect(capIssue(r)!.fromRows!.map((o) => o.row)).toEqual([2]);
    expect(lastStep(r)).toMatchObject({ kind: "capRunning", used: 1_900_000, approvable: 100_000 });
  });

  it("every later row of the file is cut to 0, each saying the cap is used up by rows 2 and 3", () => {
    for (const r of rows.slice(2)) {
      expect(r.verdict).toBe("rejected");
      expect(r.approvable.toFixed(2)).toBe("0.00");
      expect(capIssue(r)).toMatchObject({ cap: 2_000_000, used: 2_000_000, left: 0 });
      expect(capIssue(r)!.fromRows!.map((o) => [o.row, o.fileName])).toEqual([[2, undefined], [3, undefined]]);
      expect(lastStep(r)).toMatchObject({ kind: "capRunning", used: 2_000_000, approvable: 0 });
      expect(r.explain.filter((s) => s.kind === "capRunning")).toHaveLength(1);
    }
  });

  it("rows cut alike keep their own calculation: each explanation counts its own certificates", () => {
    const counted = rows.slice(2).map((r) => (r.explain[0] as { quantity?: number }).quantity);
    expect(counted).toEqual([3, 3, 1]);
  });

  it("a row of another file names the file of the rows that used the cap", () => {
    const r = others[0];
    expect(capIssue(r)).toMatchObject({ used: 2_000_000, left: 0 });
    expect(capIssue(r)!.fromRows!.map((o) => [o.row, o.fileName])).toEqual([[2, "甲.xlsx"], [3, "甲.xlsx"]]);
  });
});
