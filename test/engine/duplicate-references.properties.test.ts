/**
 * Decision 10 and the third hardening: two references a reviewer cannot tell apart (identifierKey: case,
 * full-width forms, look-alike dashes and letters, invisible characters) are one claim. The check looks
 * references up by a number of their key; these properties hold that the number never tells apart what the
 * key calls equal, and that the duplicates found are those a plain map of keys finds.
 */
import fc from "fast-check";
import { identifierKey } from "../../src/policy";
import { checkBatch } from "../../src/engine";
import { hashOfKey, identifierHash } from "../../src/engine/identifierHash";
import { claim } from "../support/claims";

/** Characters references are typed with, and the ones that make two of them the same claim. */
const REF_CHARS = [
  "A", "a", "B", "b", "X", "x", "0", "1", "2", "-", "/", "_", "Ａ", "ａ", "１", "－", "—", "−", "Х", "В", "о", " ", "\u200b", "(", "（", "[", "号",
];
const refText = fc.array(fc.constantFrom(...REF_CHARS), { minLength: 0, maxLength: 8 }).map((cs) => cs.join(""));

describe("a reference's number (identifierHash)", () => {
  it("is the number of its key, so references with one key have one number", () => {
    fc.assert(fc.property(refText, (text) => identifierHash(text) === hashOfKey(identifierKey(text))), { numRuns: 2000 });
  });

  it("is the same for references that differ only as the key ignores", () => {
    expect(identifierHash("LYG-2026-001")).toBe(identifierHash("lyg－2026－００１"));
    expect(identifierHash("HT\u200b-7")).toBe(identifierHash("ht-7"));
  });

  it("is -1, no reference, for a text whose key is empty", () => {
    expect(identifierHash("")).toBe(-1);
    expect(identifierHash(" \u200b ")).toBe(-1);
  });

  it("is any non-negative number for any other text", () => {
    fc.assert(fc.property(fc.string({ minLength: 1, maxLength: 12 }), (text) => {
      const h = identifierHash(text);
      return identifierKey(text) === "" ? h === -1 : h >= 0 && Number.isInteger(h);
    }));
  });
});

describe("duplicate references in a batch", () => {
  const spec = fc.record({
    unit: fc.constantFrom("甲公司", "乙公司"),
    item: fc.constantFrom("DATA_IP", "IP_STANDARD"),
    ref: fc.option(refText, { nil: null }),
  });

  it("are the rows whose unit, item and reference key an earlier row still standing already had", () => {
    fc.assert(fc.property(fc.array(spec, { maxLength: 30 }), (specs) => {
      const rows = specs.map((s, i) => claim({
        row: i + 2, unit: s.unit, creditCode: null, year: 2026, eventDate: "2026-03-01", item: s.item, quantity: 1, claimed: null, refNo: s.ref,
      }));
      const [results] = checkBatch([rows]);
      const seen = new Set<string>();
      return results.every((r, i) => {
        const key = specs[i].ref === null ? "" : identifierKey(specs[i].ref!);
        const isDuplicate = r.issues.some((x) => x.code === "DUPLICATE" && x.field === "ref");
        if (key === "" || r.issues.some((x) => x.code !== "DUPLICATE" && x.code !== "BELOW_STANDARD" && x.code !== "NO_CLAIM" && x.code !== "NO_CREDIT_CODE")) {
          return !isDuplicate;
        }
        const full = `${r.unitKey}\u0000${specs[i].item}\u0000${key}`;
        const expected = seen.has(full);
        if (!expected) seen.add(full);
        return isDuplicate === expected;
      });
    }), { numRuns: 300 });
  });
});
