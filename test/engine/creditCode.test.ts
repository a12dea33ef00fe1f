import fc from "fast-check";
import { checkCreditCode, creditCodeCheckChar } from "../../src/engine/creditCode";
import { sampled } from "../support/sampled";

/*
 * GB 32100-2015, as the standard states it: the 31 code characters 0-9 A-H J-N P-R T-U W-Y carry the values
 * 0..30; the first 17 are weighted 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28 (3^i mod 31); the check
 * character's value is 31 − (Σ mod 31), and 31 is written as 0.
 */
const CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function standardCheck(body: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARS.indexOf(body[i]) * W[i];
  const c = 31 - (sum % 31);
  return CHARS[c === 31 ? 0 : c];
}

describe("checkCreditCode (GB 32100-2015)", () => {
  it("weights are 3^i mod 31, as the standard derives them", () => {
    let w = 1;
    for (let i = 0; i < 17; i++) {
      expect(W[i]).toBe(w);
      w = (w * 3) % 31;
    }
  });

  it("accepts a code worked by hand whose check character is 0 (Σ = 1054 = 34 × 31)", () => {
    // 9·1+1·3+3·9+2·27+0·19+7·26+0·16+0·17+6·20+0·29+8·25+1·13+2·8+3·24+4·10+5·30+6·28 = 1054
    expect(checkCreditCode("913207006081234560")).toEqual({ ok: true, code: "913207006081234560", division: "320700" });
  });

  it("accepts another code with check character 0 and letters in the body", () => {
    expect(standardCheck("91320700MA1N0000X")).toBe("0");
    expect(checkCreditCode("91320700MA1N0000X0")).toMatchObject({ ok: true, division: "320700" });
  });

  it("accepts codes whose check character is a letter or a digit other than 0", () => {
    expect(standardCheck("91320706MA1N2B3C4")).toBe("M");
    expect(checkCreditCode("91320706MA1N2B3C4M")).toMatchObject({ ok: true, division: "320706" });
    expect(standardCheck("91320700134567890")).toBe("3");
    expect(checkCreditCode("913207001345678903")).toMatchObject({ ok: true, division: "320700" });
  });

  it("division is characters 3 to 8", () => {
    const body = "52320723MJ5500001";
    const r = checkCreditCode(body + standardCheck(body));
    expect(r).toMatchObject({ ok: true, division: "320723" });
  });

  it("rejects a wrong check character", () => {
    expect(checkCreditCode("913207006081234561")).toEqual({ ok: false, problem: "check" });
    expect(checkCreditCode("91320706MA1N2B3C4N")).toEqual({ ok: false, problem: "check" });
  });

  it("rejects a wrong length: 17, 19, empty", () => {
    expect(checkCreditCode("91320700608123456")).toEqual({ ok: false, problem: "length" });
    expect(checkCreditCode("9132070060812345600")).toEqual({ ok: false, problem: "length" });
    expect(checkCreditCode("")).toEqual({ ok: false, problem: "length" });
  });

  it.each(["I", "O", "Z", "S", "V"])("rejects the letter %s, which the standard leaves out", (ch) => {
    expect(checkCreditCode(`91320706MA1N2B3C4${ch}`)).toEqual({ ok: false, problem: "characters" });
    expect(checkCreditCode(`9132070${ch}MA1N2B3C4M`)).toEqual({ ok: false, problem: "characters" });
  });

  it("rejects punctuation and Chinese characters inside the code", () => {
    expect(checkCreditCode("91320706-A1N2B3C4M")).toEqual({ ok: false, problem: "characters" });
    expect(checkCreditCode("91320706码A1N2B3C4M")).toEqual({ ok: false, problem: "characters" });
  });

  it("accepts lower case, full-width and surrounding spaces, and gives the code in upper half-width", () => {
    expect(checkCreditCode("91320706ma1n2b3c4m")).toMatchObject({ ok: true, code: "91320706MA1N2B3C4M" });
    expect(checkCreditCode("９１３２０７０６ＭＡ１Ｎ２Ｂ３Ｃ４Ｍ")).toMatchObject({ ok: true, code: "91320706MA1N2B3C4M" });
    expect(checkCreditCode("  91320706MA1N2B3C4M\u3000")).toMatchObject({ ok: true, code: "91320706MA1N2B3C4M" });
  });

  const body = fc.array(fc.constantFrom(...CHARS), { minLength: 17, maxLength: 17 }).map((a) => a.join(""));

  it("property: a random body with its computed check character always validates", () => {
    fc.assert(
      fc.property(body, (b) => {
        expect(creditCodeCheckChar(b)).toBe(standardCheck(b));
        expect(checkCreditCode(b + standardCheck(b)).ok).toBe(true);
      }),
      sampled(2000),
    );
  });

  it("property: changing any one character of a valid code never validates", () => {
    fc.assert(
      fc.property(body, fc.nat(17), fc.constantFrom(...CHARS), (b, pos, ch) => {
        const code = b + standardCheck(b);
        fc.pre(code[pos] !== ch);
        const changed = code.slice(0, pos) + ch + code.slice(pos + 1);
        expect(checkCreditCode(changed).ok).toBe(false);
      }),
      sampled(2000),
    );
  });
});
