/**
 * The whole JSON report, and every row's issues, explanation and review notes, of a few thousand generated
 * rows (two seeds, two files, history, the year's rates, rows with a variation every few rows) are byte for
 * byte what the engine produced before its hot loop was rewritten for speed.
 *
 * The fixture was computed by that earlier engine (scripts/make-engine-reference.ts). Comparing with it is
 * legitimate only because the earlier engine is the one the policy tests pin (worked examples, decisions,
 * second reading): every amount and message it gave is the reviewed one, and a faster engine must give the
 * same to the 分 and to the character.
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { referenceText } from "../../scripts/engineReference";

const FIXTURE = path.join(__dirname, "..", "fixtures", "engine-reference.json.gz");

describe("the engine's output against the pre-optimisation reference", () => {
  const expected = zlib.gunzipSync(fs.readFileSync(FIXTURE)).toString("utf8").split("\n");
  const actual = referenceText().split("\n");

  it("has the same number of lines (rows, reports)", () => {
    expect(actual.length).toBe(expected.length);
  });

  it("is identical line for line, reports and rows alike", () => {
    // The first differing line is shown whole, not a diff of megabytes.
    const at = actual.findIndex((line, i) => line !== expected[i]);
    expect(at === -1 ? null : { line: at + 1, actual: actual[at], expected: expected[at] }).toBeNull();
  });
});
