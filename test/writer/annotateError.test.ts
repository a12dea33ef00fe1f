/**
 * Why a checked copy was not written is a code with what was found, said in the reader's language: the
 * English message carries no Chinese of the reader's, the Chinese one no English sentence.
 */
import { AnnotateError, type AnnotateFailure } from "../../src/writer/annotateError";

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

const FAILURES: AnnotateFailure[] = [
  { code: "sheet-missing", sheet: "Sheet1" },
  { code: "cell-occupied", sheet: "Sheet1", cells: ["R2", "S2", "T2", "U2", "V2", "W2", "X2"] },
  { code: "cell-occupied", sheet: "Sheet1", cells: ["R2"], record: "changed" },
  { code: "cell-occupied", sheet: "Sheet1", cells: ["R2"], record: "missing" },
  { code: "part-malformed", reason: "bad-xml", found: { d: "xml", part: "xl/worksheets/sheet1.xml", at: 12, problem: { problem: "unterminated-tag" } } },
  { code: "part-shape", what: "xl/styles.xml: no default font" },
  { code: "past-last-column", sheet: "Sheet1", column: 16_385, maxCols: 16_384 },
  { code: "copy-too-large", maxBytes: 80 * 1024 * 1024 },
  { code: "copy-too-many-parts", parts: 1_001, maxEntries: 1_000 },
  { code: "copy-inflates-too-far", maxBytes: 500 * 1024 * 1024 },
];

describe("AnnotateError", () => {
  it.each(FAILURES.map((f) => [f.code, f] as const))("%s is English in English, with no Chinese of the reader's", (_code, f) => {
    expect(new AnnotateError(f).en).not.toMatch(CJK);
  });

  it.each(FAILURES.map((f) => [f.code, f] as const))("%s is Chinese in Chinese, naming that no copy was written or where", (_code, f) => {
    expect(new AnnotateError(f).zh).toMatch(CJK);
  });

  it("names the first five occupied cells and counts the rest, in each language", () => {
    const e = new AnnotateError(FAILURES[1]!);
    expect(e.zh).toContain("R2、S2、T2、U2、V2 等 7 个单元格");
    expect(e.en).toContain("R2, S2, T2, U2, V2 and 2 more");
    expect(e.problem).toBe("cell-occupied");
  });

  it("keeps the kind a caller branches on: a malformed part and a part of odd shape are both bad parts", () => {
    expect([new AnnotateError(FAILURES[4]!).problem, new AnnotateError(FAILURES[5]!).problem]).toEqual(["bad-part", "bad-part"]);
    expect(new AnnotateError(FAILURES[7]!).problem).toBe("limits");
  });
});
