import fc from "fast-check";
import { binaryUnit } from "../../support/binaryUnit";
import { Decimal } from "../../../src/engine/money";
import { readMoney } from "../../../src/workbook/table/cells";
import { bad, b, e, n, s } from "./helpers";
import { sampled } from "../../support/sampled";

const value = (r: ReturnType<typeof readMoney>) => (r !== null && r.ok ? r.value.toFixed() : r);

describe("readMoney: numbers", () => {
  it("a plain number cell", () => {
    expect(value(readMoney(n("42000"), "claimed"))).toBe("42000");
  });
  it("binary noise in the XML is read as Excel shows it: 1234.5599999999999 is 1234.56", () => {
    expect(value(readMoney(n("1234.5599999999999"), "claimed"))).toBe("1234.56");
    expect(value(readMoney(n("0.30000000000000004"), "claimed"))).toBe("0.3");
    expect(value(readMoney(n("1.1000000000000001E+3"), "claimed"))).toBe("1100");
  });
  it("a number with three real decimals is an error, not rounded", () => {
    expect(readMoney(n("1234.567"), "base")).toEqual({
      ok: false,
      issue: { code: "BAD_NUMBER", field: "base", expected: "money", problem: "decimals", found: "1234.567" },
    });
  });
  it("a negative number is an error", () => {
    expect(readMoney(n("-500"), "fees")).toMatchObject({ ok: false, issue: { problem: "negative", found: "-500", field: "fees" } });
  });
  it("zero reads as 0 (a claim of 0 approves 0)", () => {
    expect(value(readMoney(n("0"), "claimed"))).toBe("0");
    expect(value(readMoney(s("0.00"), "claimed"))).toBe("0");
  });
  it("a formula's cached number is read like any number", () => {
    expect(value(readMoney(n("140000", { formula: true }), "base"))).toBe("140000");
  });
});

describe("readMoney: a number whose format shows it in 万元", () => {
  // 10 formatted 0.00"万元" shows 10.00万元: the reviewer reads 100,000 元, as from the text 10万元.
  it("is in 万元, converted to 元", () => {
    expect(value(readMoney(n("10", { tenThousand: true }), "claimed"))).toBe("100000");
    expect(value(readMoney(n("1.5", { tenThousand: true }), "claimed"))).toBe("15000");
    expect(value(readMoney(n("0.123456", { tenThousand: true }), "claimed"))).toBe("1234.56");
  });
  it("under a 万元 header too, it is converted once", () => {
    expect(value(readMoney(n("10", { tenThousand: true }), "claimed", { tenThousand: true }))).toBe("100000");
  });
  it("more than two decimals of 元 is still an error, naming what the cell shows", () => {
    expect(readMoney(n("0.1234567", { tenThousand: true }), "claimed")).toMatchObject({ ok: false, issue: { problem: "decimals", found: "0.1234567万元" } });
  });
});

describe("readMoney: text forms of APPLICATION-TABLE.md", () => {
  it.each([
    ["1,000.00", "1000"],
    ["１０００", "1000"],
    ["１，０００．５０", "1000.5"],
    ["￥1000", "1000"],
    ["¥1,234.56", "1234.56"],
    ["1000元", "1000"],
    ["1000 元", "1000"],
    ["1.5万", "15000"],
    ["1.5万元", "15000"],
    ["0.0001万元", "1"],
    ["  20000  ", "20000"],
    ["20000.", "20000"],
    [".5", "0.5"],
    ["+300", "300"],
    ["1,234,567.89", "1234567.89"],
  ])("%s reads as %s", (text, expected) => {
    expect(value(readMoney(s(text), "claimed"))).toBe(expected);
  });

  it("(500), the accounting negative, is a negative-money error", () => {
    expect(readMoney(s("(500)"), "claimed")).toEqual({
      ok: false,
      issue: { code: "BAD_NUMBER", field: "claimed", expected: "money", problem: "negative", found: "(500)" },
    });
    expect(readMoney(s("（500）"), "claimed")).toMatchObject({ ok: false, issue: { problem: "negative", found: "（500）" } });
    expect(readMoney(s("-￥500"), "claimed")).toMatchObject({ ok: false, issue: { problem: "negative" } });
  });

  it("more than two decimals in 元 is an error naming the text", () => {
    expect(readMoney(s("1,000.005"), "claimed")).toMatchObject({ ok: false, issue: { problem: "decimals", found: "1,000.005" } });
  });

  it("万 with more than six decimals leaves fractions of a 分: an error", () => {
    expect(readMoney(s("1.0000001万"), "claimed")).toMatchObject({ ok: false, issue: { problem: "decimals" } });
  });

  it.each(["abc", "一千元", "1,00", "10,0000", "1.2.3", "1000美元", "1000元整整", "--5", "(-500)", "$1000", "1e3", "50%"])(
    "%s is not money",
    (text) => {
      expect(readMoney(s(text), "claimed")).toEqual({
        ok: false,
        issue: { code: "BAD_NUMBER", field: "claimed", expected: "money", problem: "unreadable", found: text },
      });
    },
  );

  it("an absurdly large amount is an error, not a number Excel cannot hold to the 分", () => {
    expect(readMoney(s("12345678901234"), "claimed")).toMatchObject({ ok: false, issue: { problem: "too-large" } });
  });

  it("empty and blank cells are empty, not zero", () => {
    expect(readMoney(undefined, "claimed")).toBeNull();
    expect(readMoney(s("   "), "claimed")).toBeNull();
  });
});

describe("readMoney: a column headed 万元", () => {
  const wan = { tenThousand: true };
  it("a bare number is 万元", () => {
    expect(value(readMoney(n("1.5"), "claimed", wan))).toBe("15000");
    expect(value(readMoney(s("2.25"), "claimed", wan))).toBe("22500");
  });
  it("binary noise is removed before multiplying", () => {
    expect(value(readMoney(n("1.2345999999999999"), "claimed", wan))).toBe("12346");
  });
  it("a unit typed in the cell wins over the header", () => {
    expect(value(readMoney(s("15000元"), "claimed", wan))).toBe("15000");
    expect(value(readMoney(s("1.5万元"), "claimed", wan))).toBe("15000");
  });
  it("the 元 value must still have two decimals at most", () => {
    expect(value(readMoney(n("0.000001"), "claimed", wan))).toBe("0.01");
    expect(readMoney(n("0.0000001"), "claimed", wan)).toMatchObject({ ok: false, issue: { problem: "decimals", found: "0.0000001" } });
  });
});

describe("readMoney: cells that are not numbers", () => {
  it("an error value is a bad cell showing the error", () => {
    expect(readMoney(e("#N/A"), "base")).toEqual({
      ok: false,
      issue: { code: "BAD_NUMBER", field: "base", expected: "money", problem: "error-value", found: "#N/A" },
    });
  });
  it("a cell the reader could not read carries its fault, not text of its own", () => {
    expect(readMoney(bad("99"), "base")).toMatchObject({
      ok: false,
      issue: { problem: "unreadable", found: "", fault: { fault: "string-index-out-of-range", found: "99" } },
    });
  });
  it("TRUE is not money", () => {
    expect(readMoney(b(true), "base")).toMatchObject({ ok: false, issue: { problem: "unreadable", found: "TRUE" } });
  });
});

describe("readMoney: properties", () => {
  // Amounts 0..10^9 with exactly two decimals, as cents.
  const cents = fc.bigInt({ min: 0n, max: 100_000_000_000n });
  const yuan = (c: bigint) => new Decimal(c.toString()).div(100);
  const grouped = (x: string) => {
    const [int, frac] = x.split(".");
    return int.replace(/\B(?=(\d{3})+$)/g, ",") + "." + frac;
  };
  const fullWidth = (x: string) => x.replace(/[0-9.,]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
  const forms: [string, (x: string) => string][] = [
    ["plain", (x) => x],
    ["thousands", grouped],
    ["full-width", fullWidth],
    ["yen sign", (x) => `￥${grouped(x)}`],
    ["元 suffix", (x) => `${x}元`],
    ["spaces", (x) => `  ${x} 元 `],
  ];

  it.each(forms)("an amount written in the %s form reads back exactly", (_name, format) => {
    fc.assert(
      fc.property(cents, (c) => {
        const x = yuan(c).toFixed(2);
        const r = readMoney(s(format(x)), "claimed");
        expect(r !== null && r.ok && r.value.eq(yuan(c))).toBe(true);
      }),
      sampled(300),
    );
  });

  it("an amount written in 万 reads back exactly", () => {
    fc.assert(
      fc.property(cents, (c) => {
        const w = yuan(c).div(10000).toFixed();
        for (const text of [`${w}万`, `${w}万元`]) {
          const r = readMoney(s(text), "claimed");
          expect(r !== null && r.ok && r.value.eq(yuan(c))).toBe(true);
        }
      }),
      sampled(300),
    );
  });

  it("an amount as the XML's shortest double text reads back exactly", () => {
    fc.assert(
      fc.property(cents, (c) => {
        const r = readMoney(n(String(Number(c) / 100)), "claimed");
        expect(r !== null && r.ok && r.value.eq(yuan(c))).toBe(true);
      }),
      sampled(300),
    );
  });

  it("random text never throws", () => {
    fc.assert(
      fc.property(fc.string({ unit: binaryUnit }), fc.boolean(), (text, wan) => {
        readMoney(s(text), "claimed", { tenThousand: wan });
        readMoney(n(text), "claimed", { tenThousand: wan });
      }),
      sampled(2000),
    );
  });
});

describe("readMoney: every bad cell names the money it expected", () => {
  it("a cell the reader could not read", () => {
    expect(readMoney(bad("99"), "base")).toEqual({
      ok: false,
      issue: { code: "BAD_NUMBER", field: "base", expected: "money", problem: "unreadable", found: "", fault: { fault: "string-index-out-of-range", found: "99" } },
    });
  });
  it("TRUE", () => {
    expect(readMoney(b(true), "fees")).toEqual({
      ok: false,
      issue: { code: "BAD_NUMBER", field: "fees", expected: "money", problem: "unreadable", found: "TRUE" },
    });
  });
  it("a number cell that holds no number", () => {
    expect(readMoney(n("abc"), "claimed")).toEqual({
      ok: false,
      issue: { code: "BAD_NUMBER", field: "claimed", expected: "money", problem: "unreadable", found: "abc" },
    });
  });
  it("an amount of 10^13 元 or more is too large", () => {
    expect(readMoney(n("10000000000000"), "claimed")).toEqual({
      ok: false,
      issue: { code: "BAD_NUMBER", field: "claimed", expected: "money", problem: "too-large", found: "10000000000000" },
    });
    expect(value(readMoney(n("9999999999999.99"), "claimed"))).toBe("9999999999999.99");
  });
});

describe("readMoney: signs and brackets", () => {
  it("a minus after the currency sign, ￥-500, is negative money", () => {
    expect(readMoney(s("￥-500"), "claimed")).toEqual({
      ok: false,
      issue: { code: "BAD_NUMBER", field: "claimed", expected: "money", problem: "negative", found: "￥-500" },
    });
  });
  it("a minus both before and after the currency sign is not money", () => {
    expect(readMoney(s("-￥-500"), "claimed")).toMatchObject({ ok: false, issue: { problem: "unreadable" } });
  });
  it("a plus after the currency sign is a positive amount", () => {
    expect(value(readMoney(s("￥+500"), "claimed"))).toBe("500");
  });
  it.each(["500)", "(500", "1000元)", "(1000元"])("a half bracket, %s, is not money", (text) => {
    expect(readMoney(s(text), "claimed")).toEqual({
      ok: false,
      issue: { code: "BAD_NUMBER", field: "claimed", expected: "money", problem: "unreadable", found: text },
    });
  });
  it("an accounting negative with the unit inside, (1.5万元), is negative money", () => {
    expect(readMoney(s("(1.5万元)"), "claimed")).toMatchObject({ ok: false, issue: { problem: "negative" } });
    expect(readMoney(s("( 500 )"), "claimed")).toMatchObject({ ok: false, issue: { problem: "negative" } });
  });
  it("an accounting zero, (0), is a plain 0", () => {
    expect(value(readMoney(s("(0)"), "claimed"))).toBe("0");
  });
});
