/**
 * Issue 22: the check looks up the credit code cells of a block of rows together before it evaluates them
 * (RegistrationMemo.ofBlock). Every row must still be judged by its own cells, at the edges of the blocks and
 * of the files too.
 */
import { checkBatch, type ClaimRow } from "../../src/engine";
import { REGISTRATION_BLOCK, RegistrationMemo, registrationFor } from "../../src/engine/rowRules";
import { claim, DEFAULT_CREDIT_CODE } from "../support/claims";

/** A valid code of 灌云县 (320723), another unit than DEFAULT_CREDIT_CODE's of 海州区. */
const GUANYUN = "91320723MA1XKQ8L18";

/** Row k of a file: the default unit, but a unit of 灌云县 on every 7th row and a mistyped code on every 11th. */
function rowAt(file: number, k: number): ClaimRow {
  const creditCode = k % 11 === 5 ? "91320706MA1XKQ8L3X" : k % 7 === 3 ? GUANYUN : DEFAULT_CREDIT_CODE;
  return claim({ file, row: k + 2, item: "IP_ENGINEER", level: "中级", claimed: "1", creditCode, district: "海州区", unit: `连云港单位${creditCode}` });
}

describe("the registrations of a block of rows", () => {
  it("are each row's own, block after block, the last block short", () => {
    const rows = Array.from({ length: 2 * REGISTRATION_BLOCK + 5 }, (_, k) => rowAt(0, k));
    const memo = new RegistrationMemo();
    const out = new Array(REGISTRATION_BLOCK);
    const ends: number[] = [];
    for (let start = 0; start < rows.length; start = ends[ends.length - 1]) {
      ends.push(memo.ofBlock(rows, start, out));
      const end = ends[ends.length - 1];
      for (let i = start; i < end; i++) expect(out[i - start]).toBe(memo.of(rows[i]));
    }
    expect(ends).toEqual([REGISTRATION_BLOCK, 2 * REGISTRATION_BLOCK, 2 * REGISTRATION_BLOCK + 5]);
  });

  it("judge every row of a check by its own credit code and district, across blocks and files", () => {
    const files = [REGISTRATION_BLOCK + 3, REGISTRATION_BLOCK - 2].map((n, file) => Array.from({ length: n }, (_, k) => rowAt(file, k)));
    const results = checkBatch(files);
    files.forEach((rows, f) =>
      rows.forEach((row, k) => {
        const r = results[f][k];
        const codes = r.issues.map((i) => i.code);
        expect(r.input).toBe(row);
        if (row.creditCode === GUANYUN) {
          expect(r.unitKey).toBe(GUANYUN);
          expect(codes).toContain("DISTRICT_MISMATCH");
        } else if (row.creditCode === DEFAULT_CREDIT_CODE) {
          expect(r.unitKey).toBe(DEFAULT_CREDIT_CODE);
          expect(codes).not.toContain("DISTRICT_MISMATCH");
        } else expect(codes).toContain("BAD_CREDIT_CODE");
      }),
    );
  });

  it("give a row without a valid code the unit its name is seen with, wherever it stands in its block", () => {
    // Every 5th row names the default unit with a mistyped code, every 9th names a unit seen with no code.
    const rows = Array.from({ length: 2 * REGISTRATION_BLOCK + 7 }, (_, k) =>
      claim({
        row: k + 2, item: "IP_ENGINEER", level: "中级", claimed: "1", district: "海州区",
        creditCode: k % 5 === 2 ? "91320706MA1XKQ8L3X" : k % 9 === 4 ? null : DEFAULT_CREDIT_CODE,
        unit: k % 9 === 4 && k % 5 !== 2 ? `连云港无码单位${k % 2}` : "连云港默认单位",
      }),
    );
    const [results] = checkBatch([rows]);
    rows.forEach((row, k) => {
      const expected = row.unit === "连云港默认单位" ? DEFAULT_CREDIT_CODE : `name:${row.unit}`;
      expect([k, results[k].unitKey]).toEqual([k, expected]);
    });
  });

  it("hold the fields the check writes from the start, so each registration keeps one shape", () => {
    const reg = registrationFor(rowAt(0, 0));
    expect(Object.keys(reg)).toEqual(["valid", "district", "issues", "others", "unitCell", "unitName", "unit"]);
  });
});
