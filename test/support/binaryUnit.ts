/**
 * fast-check's "binary" string unit (any code point but a surrogate half), for `fc.string({ unit:
 * binaryUnit })`: the same strings, from the same seed, as `fc.string({ unit: "binary" })`, shrunk the same
 * way. What differs is the question fast-check asks of every unit when it builds a string arbitrary (could
 * this one-character string come from the unit?): fast-check answers it from a map of all 1,112,064 code
 * points, built on first use, in every test file anew (each loads fast-check afresh) — about a CPU-second a
 * test file. Here the answer is reckoned: exactly one code point, not a surrogate half.
 */
import fc from "fast-check";

class BinaryUnit extends fc.Arbitrary<string> {
  constructor(private readonly unit: fc.Arbitrary<string>) {
    super();
  }

  generate(mrng: fc.Random, biasFactor: number | undefined): fc.Value<string> {
    return this.unit.generate(mrng, biasFactor);
  }

  canShrinkWithoutContext(value: unknown): value is string {
    if (typeof value !== "string" || value.length === 0) return false;
    const cp = value.codePointAt(0)!;
    return String.fromCodePoint(cp) === value && !(cp >= 0xd800 && cp <= 0xdfff);
  }

  shrink(value: string, context: unknown): fc.Stream<fc.Value<string>> {
    return this.unit.shrink(value, context);
  }
}

/** fast-check's "binary" unit as it builds it: its code points in order, surrogate halves left out. */
const codePoint = (from: number, to: number) => ({ num: to - from + 1, build: (i: number) => String.fromCodePoint(from + i) });

export const binaryUnit: fc.Arbitrary<string> = new BinaryUnit(fc.mapToConstant(codePoint(0, 0xd7ff), codePoint(0xe000, 0x10ffff)));
