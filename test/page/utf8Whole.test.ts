/** utf8Whole gives TextEncoder's bytes, no more: the JSON report the page offers is the command line's. */
import fc from "fast-check";
import { utf8Whole } from "../../src/page/worker/utf8Whole";
import { binaryUnit } from "../support/binaryUnit";
import { sampled } from "../support/sampled";

/** Compared as bytes (Buffer.equals): jest's deep equality walks a 300 KB buffer element by element. */
const sameAsTextEncoder = (text: string) => expect(Buffer.from(utf8Whole(text)).equals(Buffer.from(new TextEncoder().encode(text)))).toBe(true);

test("a text's UTF-8 is TextEncoder's, cut to what was written, a lone surrogate as U+FFFD", () => {
  for (const text of ["", "{}\n", "连云港 𝌆 é", "\ud800", "a\udc00", `{"unit":"${"连".repeat(100_000)}"}\n`]) sameAsTextEncoder(text);
  fc.assert(fc.property(fc.string({ unit: binaryUnit, maxLength: 500 }), (text) => sameAsTextEncoder(text)), sampled(500));
});
