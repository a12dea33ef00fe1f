/**
 * A settled row keeps its approvable and pending amounts; its claim in 分, its eligible amount, its standard
 * and its verdict follow from its cells, its amount under the clause and its issues (decisions 1, 8, 23), so no
 * result keeps a second copy of them. Whatever the row, what follows must be what decision 8 and 23 say of
 * the amounts kept, computed here from the Money the result shows.
 */
import { checkBatch, verdictOf, type RowResult } from "../../src/engine";
import { INELIGIBLE } from "../../src/engine/issues";
import { claim, codes, type ClaimSpec } from "../support/claims";

const SPECS: ClaimSpec[] = [
  { item: "GI", claimed: "100000" },
  { item: "GI", claimed: "99999.99" },
  { item: "GI", claimed: null },
  { item: "GI", claimed: "200000" },
  { item: "DATA_IP", quantity: 25, claimed: "1000" },
  { item: "IP_STANDARD", claimed: "10000" },
  { item: "IP_INSURANCE", base: "80000", claimed: "40000" },
  { item: "IP_INSURANCE", base: "80000", claimed: "39999.99" },
  { item: "NO_SUCH_ITEM", claimed: "5000" },
  { item: "GI", claimed: "100000", eventDate: "2019-01-01" },
];

describe("what a settled row's amounts and issues decide", () => {
  const results: RowResult[] = checkBatch([SPECS.map((s, i) => claim({ ...s, row: i + 2, unit: `连云港单位${i}有限公司`, creditCode: null }))])[0];

  it("are kept by no row of its own", () => {
    for (const r of results) for (const key of ["claimedCents", "eligibleCents", "standard", "verdict"]) expect(Object.keys(r)).not.toContain(key);
  });

  it("are what decisions 8 and 23 say of its shown amounts and issues", () => {
    for (const r of results) {
      const ineligible = r.item === null || r.issues.some((i) => INELIGIBLE.has(i.code));
      expect(r.verdict).toBe(verdictOf(ineligible, r));
      if (ineligible) expect(r.eligible.isZero()).toBe(true);
      expect(r.requested.toString()).toBe((r.claimed ?? r.eligible).toString());
      expect(r.requested.eq(r.approvable.plus(r.pending).plus(r.excess))).toBe(true);
    }
  });

  it("compare a claim below a fixed standard only: a 给予 X item, not an up-to one or a rate", () => {
    // Units named without a credit code: NO_CREDIT_CODE besides (decision 11), a warning.
    expect(codes(results[1]).filter((c) => c !== "NO_CREDIT_CODE")).toEqual(["BELOW_STANDARD"]);
    expect(results[1].issues.find((i) => i.code === "BELOW_STANDARD")).toMatchObject({ standard: 10000000, claimed: 9999999 });
    expect(codes(results[5])).not.toContain("BELOW_STANDARD");
    expect(codes(results[7])).not.toContain("BELOW_STANDARD");
    expect(results.map((r) => r.verdict)).toEqual([
      "approved", "approved", "approved", "reduced", "approved", "approved", "approved", "approved", "rejected", "rejected",
    ]);
  });
});
