/** utf8Whole gives TextEncoder's bytes, no more: the JSON report the page offers is the command line's. */
import fc from "fast-check";
import { utf8Whole } from "../../src/page/worker/utf8Whole";

test("a text's UTF-8 is TextEncoder's, cut to what was written, a lone surrogate as U+FFFD", () => {
  for (const text of ["", "{}\n", "连云港 𝌆 é", "\ud800", "a\udc00", `{"unit":"${"连".repeat(100_000)}"}\n`]) {
    expect(Buffer.from(utf8Whole(text))).toEqual(Buffer.from(new TextEncoder().encode(text)));
  }
  fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 500 }), (text) => {
    expect(Buffer.from(utf8Whole(text))).toEqual(Buffer.from(new TextEncoder().encode(text)));
  }), { numRuns: 500 });
});
