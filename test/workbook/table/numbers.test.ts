import fc from "fast-check";
import { binaryUnit } from "../../support/binaryUnit";
import { readInteger, readRate, readText, readYear } from "../../../src/workbook/table/cells";
import { bad, b, d, e, n, s } from "./helpers";
import { sampled } from "../../support/sampled";

const value = <T>(r: { ok: true; value: T } | { ok: false } | null) => (r !== null && r.ok ? r.value : r);

describe("readInteger", () => {
  it.each([
    ["3", 3], ["3件", 3], ["3人", 3], ["３", 3], ["３件", 3], ["12个月", 12], ["1,200", 1200], [" 7 项 ", 7], ["3.0", 3],
  ])("%s reads as %d", (text, expected) => {
    expect(value(readInteger(s(text), "quantity", false))).toBe(expected);
  });
  it("a number cell, binary noise removed", () => {
    expect(value(readInteger(n("30"), "quantity", false))).toBe(30);
    expect(value(readInteger(n("2.9999999999999996"), "quantity", false))).toBe(3);
  });
  it("2.5 is a fraction error", () => {
    expect(readInteger(s("2.5"), "quantity", false)).toEqual({
      ok: false,
      issue: { code: "BAD_NUMBER", field: "quantity", expected: "integer", problem: "fraction", found: "2.5" },
    });
    expect(readInteger(n("2.5"), "quantity", false)).toMatchObject({ ok: false, issue: { problem: "fraction" } });
  });
  it("a negative count is an error", () => {
    expect(readInteger(s("-3"), "quantity", false)).toMatchObject({ ok: false, issue: { problem: "negative" } });
  });
  it("0 is a valid quantity but not a loan term: months must be positive", () => {
    expect(value(readInteger(s("0"), "quantity", false))).toBe(0);
    expect(readInteger(s("0"), "months", true)).toEqual({
      ok: false,
      issue: { code: "BAD_NUMBER", field: "months", expected: "positive-integer", problem: "zero", found: "0" },
    });
  });
  it("text that is not a count", () => {
    expect(readInteger(s("三件"), "quantity", false)).toMatchObject({ ok: false, issue: { problem: "unreadable", found: "三件" } });
    expect(readInteger(s("￥3"), "quantity", false)).toMatchObject({ ok: false, issue: { problem: "unreadable" } });
    expect(readInteger(s("3元"), "quantity", false)).toMatchObject({ ok: false, issue: { problem: "unreadable" } });
  });
  it("a count too large to hold exactly", () => {
    expect(readInteger(s("99999999999999999999"), "quantity", false)).toMatchObject({ ok: false, issue: { problem: "too-large" } });
  });
  it("error values", () => {
    expect(readInteger(e("#DIV/0!"), "months", true)).toMatchObject({ ok: false, issue: { problem: "error-value", found: "#DIV/0!", expected: "positive-integer" } });
  });
  it("random text never throws", () => {
    fc.assert(fc.property(fc.string({ unit: binaryUnit }), (t) => {
      readInteger(s(t), "quantity", false);
      readInteger(n(t), "months", true);
    }), sampled(2000));
  });
});

describe("readYear", () => {
  it.each([["2025", 2025], ["2025年", 2025], ["2025年度", 2025], ["２０２６年度", 2026], ["2030 年", 2030]])("%s reads as %d", (text, y) => {
    expect(value(readYear(s(text)))).toBe(y);
  });
  it("a number cell", () => {
    expect(value(readYear(n("2027")))).toBe(2027);
  });
  it("years outside the edition's 2025..2030 are out of range", () => {
    expect(readYear(n("2024"))).toEqual({ ok: false, issue: { code: "BAD_YEAR", field: "year", problem: "out-of-range", found: "2024" } });
    expect(readYear(s("2031年"))).toMatchObject({ ok: false, issue: { problem: "out-of-range", found: "2031年" } });
  });
  it("a full date in the year column is not a year, and says which date it shows", () => {
    expect(readYear(n("45809", { date: true }))).toEqual({ ok: false, issue: { code: "BAD_YEAR", field: "year", problem: "unreadable", found: "2025-06-01" } });
    expect(readYear(s("2025-06-01"))).toMatchObject({ ok: false, issue: { problem: "unreadable" } });
  });
  it("a date whose format shows only its year (yyyy\"年\") is the year the reviewer sees", () => {
    expect(value(readYear(n("46023", { date: true, yearOnly: true })))).toBe(2026);
    expect(value(readYear(n("46203", { date: true, yearOnly: true })))).toBe(2026);
    expect(value(readYear(n("44561", { date: true, yearOnly: true }), { date1904: true }))).toBe(2026);
    expect(readYear(n("45292", { date: true, yearOnly: true }))).toEqual({
      ok: false, issue: { code: "BAD_YEAR", field: "year", problem: "out-of-range", found: "2024" },
    });
  });
  it("an ISO date cell (t=\"d\") whose format shows only its year is the year the reviewer sees; shown whole it is no year", () => {
    expect(value(readYear({ t: "d", v: "2026-01-01T00:00:00", yearOnly: true }))).toBe(2026);
    expect(value(readYear({ t: "d", v: "2026-07-01", yearOnly: true }, { date1904: true }))).toBe(2026);
    expect(readYear({ t: "d", v: "2024-01-01T00:00:00", yearOnly: true })).toEqual({
      ok: false, issue: { code: "BAD_YEAR", field: "year", problem: "out-of-range", found: "2024" },
    });
    expect(readYear({ t: "d", v: "2026-02-30", yearOnly: true })).toMatchObject({ ok: false, issue: { problem: "unreadable" } });
    expect(readYear(d("2026-01-01T00:00:00"))).toEqual({
      ok: false, issue: { code: "BAD_YEAR", field: "year", problem: "unreadable", found: "2026-01-01" },
    });
  });
  it("text that is not a year", () => {
    expect(readYear(s("二〇二五年"))).toMatchObject({ ok: false, issue: { problem: "unreadable" } });
    expect(readYear(s("25"))).toMatchObject({ ok: false, issue: { problem: "unreadable" } });
    expect(readYear(n("2025.5"))).toMatchObject({ ok: false, issue: { problem: "unreadable" } });
  });
  it("error values", () => {
    expect(readYear(e("#REF!"))).toMatchObject({ ok: false, issue: { problem: "error-value", found: "#REF!" } });
    expect(readYear(bad("99"))).toMatchObject({ ok: false, issue: { problem: "unreadable", found: "", fault: { fault: "string-index-out-of-range", found: "99" } } });
  });
  it("random text never throws", () => {
    fc.assert(fc.property(fc.string({ unit: binaryUnit }), (t) => {
      readYear(s(t));
      readYear(n(t));
    }), sampled(2000));
  });
});

describe("readRate", () => {
  const rate = (r: ReturnType<typeof readRate>) => (r !== null && r.ok ? r.value.rate.toFixed() : r);
  it.each([["30%", "0.3"], ["３０％", "0.3"], ["0.3", "0.3"], ["30", "0.3"], ["25.5%", "0.255"], ["1", "1"], ["100%", "1"]])(
    "%s reads as %s",
    (text, expected) => {
      expect(rate(readRate(s(text), "rate"))).toBe(expected);
    },
  );
  it("a percent-formatted number cell holds the fraction", () => {
    expect(rate(readRate(n("0.25"), "rate"))).toBe("0.25");
    expect(rate(readRate(n("0.30000000000000004"), "rate"))).toBe("0.3");
  });
  it("a negative rate is an error", () => {
    expect(readRate(s("-30%"), "rate")).toEqual({
      ok: false,
      issue: { code: "BAD_NUMBER", field: "rate", expected: "rate", problem: "negative", found: "-30%" },
    });
  });
  it("text that is not a rate", () => {
    expect(readRate(s("三成"), "rate")).toMatchObject({ ok: false, issue: { problem: "unreadable", found: "三成" } });
    expect(readRate(s("30%%"), "rate")).toMatchObject({ ok: false, issue: { problem: "unreadable" } });
  });
});

describe("readText", () => {
  it("trims and keeps the text as typed, full-width forms included", () => {
    expect(readText(s("  连云港（某某）科技有限公司\u3000"))).toEqual({ ok: true, value: "连云港（某某）科技有限公司" });
  });
  it("blank is empty", () => {
    expect(readText(s("   "))).toBeNull();
    expect(readText(undefined)).toBeNull();
  });
  it("a number is taken as Excel shows it", () => {
    expect(readText(n("2025001"))).toEqual({ ok: true, value: "2025001" });
    expect(readText(n("1.2345678901234567E+20"))).toEqual({ ok: true, value: "123456789012346000000" });
    expect(readText(n("45809", { date: true }))).toEqual({ ok: true, value: "2025-06-01" });
    expect(readText(d("2025-06-01T00:00:00"))).toEqual({ ok: true, value: "2025-06-01" });
    expect(readText(b(false))).toEqual({ ok: true, value: "FALSE" });
  });
  it("an error value is not text: it is reported with what the cell showed", () => {
    expect(readText(e("#N/A"))).toEqual({ ok: false, found: "#N/A" });
  });
});

describe("readInteger: edges", () => {
  it("empty and blank cells are empty, not zero", () => {
    expect(readInteger(undefined, "quantity", false)).toBeNull();
    expect(readInteger(s("   "), "quantity", false)).toBeNull();
    expect(readInteger(undefined, "months", true)).toBeNull();
    expect(readInteger(s("\u3000"), "months", true)).toBeNull();
  });
  it("a loan term of 12 months reads as 12, from a number or from text", () => {
    expect(readInteger(n("12"), "months", true)).toEqual({ ok: true, value: 12 });
    expect(readInteger(s("12个月"), "months", true)).toEqual({ ok: true, value: 12 });
    expect(readInteger(s("12.0"), "months", true)).toEqual({ ok: true, value: 12 });
  });
  it("a negative count written with decimals, -3.0, is still a negative-number error", () => {
    expect(readInteger(n("-3.0"), "quantity", false)).toEqual({
      ok: false,
      issue: { code: "BAD_NUMBER", field: "quantity", expected: "integer", problem: "negative", found: "-3" },
    });
    expect(readInteger(s("-3.0"), "quantity", false)).toMatchObject({ ok: false, issue: { problem: "negative", found: "-3.0" } });
  });
  it("a negative count in a number cell is an error", () => {
    expect(readInteger(n("-2"), "quantity", false)).toMatchObject({ ok: false, issue: { problem: "negative", found: "-2" } });
  });
  it("0.0 is a valid quantity of 0 but not a loan term", () => {
    expect(readInteger(s("0.0"), "quantity", false)).toEqual({ ok: true, value: 0 });
    expect(readInteger(n("0.0"), "quantity", false)).toEqual({ ok: true, value: 0 });
    expect(readInteger(s("0.0"), "months", true)).toEqual({
      ok: false,
      issue: { code: "BAD_NUMBER", field: "months", expected: "positive-integer", problem: "zero", found: "0.0" },
    });
    expect(readInteger(n("0"), "months", true)).toMatchObject({ ok: false, issue: { problem: "zero" } });
  });
  it("minus zero is a plain 0, in any form", () => {
    for (const cell of [s("-0"), n("-0"), s("-0.0"), n("-0.0"), s("(0)")]) {
      const r = readInteger(cell, "quantity", false);
      expect(r).toEqual({ ok: true, value: 0 });
      // Object.is tells -0 from 0: a -0 would print as "-0" in some hosts' number formats.
      expect(r !== null && r.ok && Object.is(r.value, 0)).toBe(true);
    }
  });
  it(".5 is a fraction, not half of a whole count", () => {
    expect(readInteger(s(".5"), "quantity", false)).toEqual({
      ok: false,
      issue: { code: "BAD_NUMBER", field: "quantity", expected: "integer", problem: "fraction", found: ".5" },
    });
  });
  it("a number cell that holds no number is unreadable, naming what it holds", () => {
    expect(readInteger(n("abc"), "months", true)).toEqual({
      ok: false,
      issue: { code: "BAD_NUMBER", field: "months", expected: "positive-integer", problem: "unreadable", found: "abc" },
    });
  });
  it("a cell the reader could not read carries its reason as `found`", () => {
    expect(readInteger(bad("99"), "quantity", false)).toEqual({
      ok: false,
      issue: { code: "BAD_NUMBER", field: "quantity", expected: "integer", problem: "unreadable", found: "", fault: { fault: "string-index-out-of-range", found: "99" } },
    });
  });
  it("TRUE is not a count", () => {
    expect(readInteger(b(true), "quantity", false)).toEqual({
      ok: false,
      issue: { code: "BAD_NUMBER", field: "quantity", expected: "integer", problem: "unreadable", found: "TRUE" },
    });
  });
  it("a date cell is not a count", () => {
    expect(readInteger(d("2025-06-01"), "quantity", false)).toMatchObject({ ok: false, issue: { problem: "unreadable", found: "2025-06-01" } });
  });
});

describe("readYear: edges", () => {
  it("empty and blank cells are empty", () => {
    expect(readYear(undefined)).toBeNull();
    expect(readYear(s("  "))).toBeNull();
  });
  it("a date-formatted cell holding 2025 shows 1905-07-17, which is not a year", () => {
    expect(readYear(n("2025", { date: true }))).toEqual({
      ok: false,
      issue: { code: "BAD_YEAR", field: "year", problem: "unreadable", found: "1905-07-17" },
    });
  });
  it("a year computed with binary noise, 2026.0000000000002, reads as Excel shows it: 2026", () => {
    expect(readYear(n("2026.0000000000002"))).toEqual({ ok: true, value: 2026 });
    expect(readYear(n("2.027E+3"))).toEqual({ ok: true, value: 2027 });
  });
  it("the edition's first and last years are in range, the years either side are not", () => {
    expect(readYear(n("2025"))).toEqual({ ok: true, value: 2025 });
    expect(readYear(n("2030"))).toEqual({ ok: true, value: 2030 });
    expect(readYear(s("2024年度"))).toMatchObject({ ok: false, issue: { problem: "out-of-range" } });
    expect(readYear(n("2031"))).toMatchObject({ ok: false, issue: { problem: "out-of-range" } });
  });
  it("TRUE and an ISO date cell are not years", () => {
    expect(readYear(b(true))).toEqual({ ok: false, issue: { code: "BAD_YEAR", field: "year", problem: "unreadable", found: "TRUE" } });
    expect(readYear(d("2025-06-01"))).toMatchObject({ ok: false, issue: { problem: "unreadable", found: "2025-06-01" } });
  });
  it("a cell the reader could not read is unreadable, with its reason", () => {
    expect(readYear(bad("99"))).toEqual({
      ok: false,
      issue: { code: "BAD_YEAR", field: "year", problem: "unreadable", found: "", fault: { fault: "string-index-out-of-range", found: "99" } },
    });
  });
});

describe("readRate: edges", () => {
  const rate = (r: ReturnType<typeof readRate>) => (r !== null && r.ok ? r.value.rate.toFixed() : r);
  it("empty and blank cells are empty", () => {
    expect(readRate(undefined, "rate")).toBeNull();
    expect(readRate(s("  "), "rate")).toBeNull();
  });
  it("a percent sign always divides by 100, below 1% too: 0.5% is 0.005", () => {
    expect(rate(readRate(s("0.5%"), "rate"))).toBe("0.005");
    expect(rate(readRate(s("1%"), "rate"))).toBe("0.01");
  });
  it("a bare number of at most 1 is the fraction itself; above 1, a percentage", () => {
    expect(rate(readRate(s("0.5"), "rate"))).toBe("0.5");
    expect(rate(readRate(n("1"), "rate"))).toBe("1");
    expect(rate(readRate(n("1.5"), "rate"))).toBe("0.015");
  });
  it("a currency sign is not a rate", () => {
    expect(readRate(s("￥30%"), "rate")).toEqual({
      ok: false,
      issue: { code: "BAD_NUMBER", field: "rate", expected: "rate", problem: "unreadable", found: "￥30%" },
    });
  });
  it("text that is not a rate names the rate it expected", () => {
    expect(readRate(s("三成"), "rate")).toEqual({
      ok: false,
      issue: { code: "BAD_NUMBER", field: "rate", expected: "rate", problem: "unreadable", found: "三成" },
    });
  });
  it("a number cell that holds no number is unreadable", () => {
    expect(readRate(n("abc"), "rate")).toEqual({
      ok: false,
      issue: { code: "BAD_NUMBER", field: "rate", expected: "rate", problem: "unreadable", found: "abc" },
    });
  });
  it("an error value is a bad cell showing the error", () => {
    expect(readRate(e("#DIV/0!"), "rate")).toEqual({
      ok: false,
      issue: { code: "BAD_NUMBER", field: "rate", expected: "rate", problem: "error-value", found: "#DIV/0!" },
    });
  });
  it("a cell the reader could not read, and TRUE, are unreadable", () => {
    expect(readRate(bad("99"), "rate")).toEqual({
      ok: false,
      issue: { code: "BAD_NUMBER", field: "rate", expected: "rate", problem: "unreadable", found: "", fault: { fault: "string-index-out-of-range", found: "99" } },
    });
    expect(readRate(b(true), "rate")).toEqual({
      ok: false,
      issue: { code: "BAD_NUMBER", field: "rate", expected: "rate", problem: "unreadable", found: "TRUE" },
    });
  });
  it("a negative number cell is an error", () => {
    expect(readRate(n("-0.3"), "rate")).toMatchObject({ ok: false, issue: { problem: "negative", found: "-0.3" } });
  });
});

describe("readText: edges", () => {
  it("a cell the reader could not read is not text: it is reported with its reason", () => {
    expect(readText(bad("99"))).toEqual({ ok: false, found: "", fault: { fault: "string-index-out-of-range", found: "99" } });
  });
  it("an empty text cell is empty", () => {
    expect(readText(s(""))).toBeNull();
  });
});
