/**
 * Decision 5: parts of one unit with the same contract number are one loan, the contract compared as decision
 * 11 compares identifiers (case, full-width forms). The check finds a part's loan by a number of its contract
 * (identifierHash); two contracts that happen to share that number must stay two loans.
 */
import { checkBatch, type ExplainStep, type RowResult } from "../../src/engine";
import { identifierHash } from "../../src/engine/identifierHash";
import { claim } from "../support/claims";

const part = (refNo: string, eventDate: string, row: number) =>
  claim({ item: "PLEDGE_LOAN", base: "120000", months: 10, refNo, eventDate, row, claimed: "1" });

const monthsBefore = (r: RowResult) => {
  const step = r.explain.find((s): s is Extract<ExplainStep, { kind: "loan" }> => s.kind === "loan");
  return step!.monthsBefore;
};

describe("the parts of a loan, found by their contract's number", () => {
  it("are two loans where two contracts share a number but not a key", () => {
    // Found by search: FNV-1a to 30 bits gives both the same number.
    expect(identifierHash("HTl4l")).toBe(identifierHash("HT1210"));
    const [a, b] = checkBatch([[part("HTl4l", "2026-02-01", 2), part("HT1210", "2026-03-01", 3)]])[0];
    expect(monthsBefore(a)).toBe(0);
    expect(monthsBefore(b)).toBe(0);
    expect(b.issues.map((i) => i.code)).not.toContain("LOAN_MONTHS_USED");
  });

  it("are one loan where the contracts differ only in case or width, however many share their number", () => {
    const [a, b, c] = checkBatch([[part("HTl4l", "2026-02-01", 2), part("HT1210", "2026-03-01", 3), part("ＨＴＬ４Ｌ", "2026-04-01", 4)]])[0];
    expect(monthsBefore(a)).toBe(0);
    expect(monthsBefore(b)).toBe(0);
    // The third part follows the first: its 10 months came before, 2 of the clause's 12 are left.
    expect(monthsBefore(c)).toBe(10);
    const [d] = checkBatch([[part("HTl4l", "2026-02-01", 2), part("htl4l", "2026-03-01", 3), part("HTL4L", "2026-04-01", 4)]])[0].slice(2);
    expect(d.issues.map((i) => i.code)).toContain("LOAN_MONTHS_USED");
  });
});
