/**
 * Money helpers (MEASURES.md decision 3: decimal throughout, half-up to the 分): the smallest of several
 * amounts, a rate as people read it, and the two-decimal form of the report contract (REPORT.md).
 */
import { Decimal, formatMoney, formatRate, minMoney, toCents } from "../../src/engine/money";

const m = (v: string) => new Decimal(v);

describe("minMoney", () => {
  it("one amount is its own minimum", () => {
    expect(minMoney(m("42000")).toFixed()).toBe("42000");
  });
  it("the smallest amount wins wherever it stands", () => {
    expect(minMoney(m("300000"), m("100000"), m("200000")).toFixed()).toBe("100000");
    expect(minMoney(m("100000"), m("300000")).toFixed()).toBe("100000");
    expect(minMoney(m("300000"), m("200000"), m("100000.01"), m("100000")).toFixed()).toBe("100000");
  });
  it("a difference of one 分 decides", () => {
    expect(minMoney(m("5000.01"), m("5000.00")).toFixed(2)).toBe("5000.00");
  });
  it("zero is smaller than any claim", () => {
    expect(minMoney(m("1"), m("0")).toFixed()).toBe("0");
  });
  it("equal amounts give that amount", () => {
    expect(minMoney(m("20000"), m("20000.00")).toFixed(2)).toBe("20000.00");
  });
});

describe("formatRate", () => {
  it.each([
    ["0.3", "30%"],
    ["0.5", "50%"],
    ["1", "100%"],
    ["0.255", "25.5%"],
    ["0.005", "0.5%"],
    ["0", "0%"],
  ])("%s is %s", (rate, text) => {
    expect(formatRate(m(rate))).toBe(text);
  });
});

describe("formatMoney and toCents", () => {
  it("exactly two decimals, half-up to the 分", () => {
    expect(formatMoney(m("42000"))).toBe("42000.00");
    expect(formatMoney(m("1234.565"))).toBe("1234.57");
    expect(formatMoney(m("1234.564"))).toBe("1234.56");
    expect(toCents(m("0.005")).toFixed()).toBe("0.01");
    expect(toCents(m("0.0049")).toFixed()).toBe("0");
  });
  it("large amounts keep every digit, never exponent notation", () => {
    expect(formatMoney(m("123456789012345678.5"))).toBe("123456789012345678.50");
  });
});
