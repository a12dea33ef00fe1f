/**
 * One East Asian Width table (UAX #11) for the terminal and for spreadsheet column widths: every W and F code
 * point is two units wide, Narrow, Halfwidth, Neutral and Ambiguous ones one, in both places.
 */
import { displayWidth as terminalWidth } from "../../src/cli/terminalText";
import { isWide, WIDE_RANGES } from "../../src/output/eastAsianWidth";
import { displayWidth as columnWidth } from "../../src/output/widths";

/** A second reading of UAX #11 (installed with the build tools, Unicode 8 era): W, F, A, H, Na or N. */
const eastasianwidth: { eastAsianWidth(ch: string): string } = jest.requireActual("eastasianwidth");

/** Taken once: a test file's globals are looked up through its environment's global object, slow over every code point. */
const { fromCodePoint } = String;

const SURROGATES = (cp: number) => cp >= 0xd800 && cp <= 0xdfff;
/** Skips combining marks and zero-width characters: the terminal counts them as none. */
const ZERO_IN_TERMINAL = (cp: number) => cp === 0x200b || (cp >= 0x300 && cp <= 0x36f) || (cp >= 0xfe00 && cp <= 0xfe0f);

describe("East Asian Width table", () => {
  it("is sorted, disjoint [first, last] pairs", () => {
    expect(WIDE_RANGES.length % 2).toBe(0);
    for (let i = 0; i < WIDE_RANGES.length; i += 2) {
      expect(WIDE_RANGES[i]!).toBeLessThanOrEqual(WIDE_RANGES[i + 1]!);
      if (i > 0) expect(WIDE_RANGES[i]!).toBeGreaterThan(WIDE_RANGES[i - 1]! + 1);
    }
  });

  it("makes every range's ends and middle wide, and the code points beside a range narrow", () => {
    for (let i = 0; i < WIDE_RANGES.length; i += 2) {
      const [a, b] = [WIDE_RANGES[i]!, WIDE_RANGES[i + 1]!];
      expect([isWide(a), isWide(b), isWide((a + b) >> 1), isWide(a - 1), isWide(b + 1)]).toEqual([true, true, true, false, false]);
    }
  });

  it("counts the scripts of the table as UAX #11 does", () => {
    // W: CJK ideographs (and their extension B in plane 2), kana, Hangul syllables, CJK punctuation, emoji.
    for (const ch of "中申报表あア한。「」〇🙂😀𠀀") expect([ch, isWide(ch.codePointAt(0)!)]).toEqual([ch, true]);
    // F: full-width forms and the ideographic space.
    for (const ch of "ＡＺ０％，（）　￥") expect([ch, isWide(ch.codePointAt(0)!)]).toEqual([ch, true]);
    // Na, H, N and A (ambiguous is narrow outside CJK legacy locales): Latin, half-width katakana, Greek, “ ” ….
    for (const ch of "Aa0%,()¥ｱαЖ“”…·§") expect([ch, isWide(ch.codePointAt(0)!)]).toEqual([ch, false]);
  });

  it("calls wide every code point the eastasianwidth package calls W or F, except Hangul jamo Unicode made narrow", () => {
    // The package predates Unicode 9; it still lists the jamo extensions U+11A3–11A7, U+11FA–11FF and U+D7B0–D7FB
    // as wide, which EastAsianWidth.txt has given as N (they join a syllable, taking no column of their own).
    const jamo = (cp: number) => (cp >= 0x11a3 && cp <= 0x11ff) || (cp >= 0xd7b0 && cp <= 0xd7ff);
    const missed: string[] = [];
    for (let cp = 0; cp < 0x110000; cp++) {
      if (SURROGATES(cp) || jamo(cp)) continue;
      const kind = eastasianwidth.eastAsianWidth(fromCodePoint(cp));
      if ((kind === "W" || kind === "F") && !isWide(cp)) missed.push(cp.toString(16));
    }
    expect(missed).toEqual([]);
  });

  it("gives the terminal and the spreadsheet columns the same width for every code point", () => {
    const disagree: string[] = [];
    for (let cp = 0x20; cp < 0x110000; cp++) {
      if (SURROGATES(cp) || ZERO_IN_TERMINAL(cp) || (cp >= 0x7f && cp < 0xa0)) continue;
      const ch = fromCodePoint(cp);
      if (terminalWidth(ch) !== columnWidth(ch)) disagree.push(cp.toString(16));
    }
    expect(disagree).toEqual([]);
  });
});
