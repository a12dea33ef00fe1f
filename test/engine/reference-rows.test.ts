/**
 * The engine's outcome for 820 reference rows (two generated batches with their rates and history, whole
 * units kept together) is what test/fixtures/engine-reference/*.expected.tsv says, row by row: the verdict,
 * requested = approvable + pending + excess, and the issue codes. The rows meet every item and every issue
 * code the engine raises on the generated batches, and the rules across rows (caps, duplicates, one-time
 * awards, two years, loan months, one name with two codes).
 *
 * The expected outcomes were computed by the engine that gave, byte for byte, the JSON report of the whole
 * batches as the pre-optimisation engine did (the one the policy tests pin); a change there is reviewed as a
 * diff of these lines (scripts/make-engine-reference.ts).
 */
import fs from "node:fs";
import path from "node:path";
import { ITEMS } from "../../src/policy";
import { EXPECTED_HEADER, expectedText, parseInputs } from "../../scripts/engineReferenceRows";

const DIR = path.join(__dirname, "..", "fixtures", "engine-reference");
const BATCHES = ["1", "2"];
const read = (name: string) => fs.readFileSync(path.join(DIR, name), "utf8");

describe.each(BATCHES)("reference batch %s", (n) => {
  const batch = parseInputs(read(`${n}.inputs.jsonl`));
  const expected = read(`${n}.expected.tsv`).split("\n");
  const actual = expectedText(batch).split("\n");

  it("gives every row the expected verdict, amounts and issue codes", () => {
    expect(actual[0]).toBe(EXPECTED_HEADER);
    // The first differing row is shown whole.
    const at = actual.findIndex((line, i) => line !== expected[i]);
    expect(at === -1 ? null : { line: at + 1, actual: actual[at], expected: expected[at] }).toBeNull();
    expect(actual.length).toBe(expected.length);
  });

  it("adds up on every row: requested = approvable + pending + excess (to the 分)", () => {
    for (const line of expected.slice(1, -1)) {
      const [, , , , requested, approvable, pending, excess] = line.split("\t");
      const cents = (s: string | undefined) => Math.round(Number(s) * 100);
      expect([line, cents(approvable) + cents(pending) + cents(excess)]).toEqual([line, cents(requested)]);
    }
  });
});

describe("what the reference rows cover", () => {
  const lines = BATCHES.flatMap((n) => read(`${n}.expected.tsv`).trim().split("\n").slice(1));
  const codes = new Set(lines.flatMap((l) => l.split("\t")[8]!.split(",")));
  const items = new Set(lines.map((l) => l.split("\t")[2]));

  it("every verdict", () => {
    expect(new Set(lines.map((l) => l.split("\t")[3]))).toEqual(new Set(["approved", "reduced", "rejected", "review"]));
  });

  it("the row and cross-row rules of the policy", () => {
    for (const code of [
      "DUPLICATE", "CAP_EXCEEDED", "ONE_TIME_ONLY", "TWO_YEAR_LIMIT", "LOAN_MONTHS_USED", "UNIT_AMBIGUOUS", "OVER_ELIGIBLE",
      "RATE_ABOVE_MAX", "RATE_FIXED", "NOT_FULL_YEAR", "OUT_OF_PERIOD", "CONDITION_NOT_MET", "NO_AMOUNT_CLAUSE", "BAD_NUMBER",
      "UNKNOWN_LEVEL", "AMBIGUOUS_ITEM", "NOT_LOCAL", "DISTRICT_MISMATCH", "NO_CREDIT_CODE", "MISSING_VALUE",
    ]) expect([code, codes.has(code)]).toEqual([code, true]);
  });

  it("every item of the policy", () => {
    for (const item of ITEMS) expect([item.code, items.has(item.code)]).toEqual([item.code, true]);
  });
});
