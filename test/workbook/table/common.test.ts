/**
 * What every cell reader shares: a number cell's value as Excel shows it (15 significant digits), the
 * whole-number reading of a number cell, what counts as an empty cell, and the `found` of a message, which
 * must be what the user sees in the cell (APPLICATION-TABLE.md "Reading cells", REPORT.md BAD_* codes).
 */
import { excelInteger, excelNumber, isEmptyCell, readDate, readInteger, readMoney, readText, readYear } from "../../../src/workbook/table/cells";
import { b, bad, d, e, n, s } from "./helpers";

describe("excelInteger: a whole number of at most 15 digits as a JS number", () => {
  it.each([
    ["0", 0],
    ["7", 7],
    ["10", 10],
    ["2025", 2025],
    ["1234567890", 1234567890],
    ["999999999999999", 999999999999999],
    ["-5", -5],
    ["-123456789012345", -123456789012345],
  ])("%s is %d", (v, expected) => {
    expect(excelInteger(v)).toBe(expected);
  });

  it.each([
    ["", "no digits at all"],
    ["-", "a lone minus"],
    ["1234567890123456", "16 digits, beyond what Excel shows"],
    ["-1234567890123456", "16 digits with a minus"],
    ["2.5", "a fraction"],
    ["3.0", "a decimal point"],
    ["1e5", "an exponent"],
    ["1E+5", "an exponent with a sign"],
    ["+5", "a plus sign"],
    ["5-", "a minus after the digits"],
    ["1:2", "a character just above the digits"],
    ["1/2", "a character just below the digits"],
  ])("%s needs the full reading (%s)", (v) => {
    expect(excelInteger(v)).toBeUndefined();
  });
});

describe("excelNumber: what Excel shows, 15 significant digits", () => {
  it("a 16-digit fraction short enough to look plain is still rounded: 1234.559999999999 is 1234.56", () => {
    expect(excelNumber("1234.559999999999")?.toFixed()).toBe("1234.56");
  });
  it("a 16-digit negative fraction is rounded the same way", () => {
    expect(excelNumber("-1234.559999999999")?.toFixed()).toBe("-1234.56");
  });
  it("a 16-digit whole number shows as 15 significant digits: 1234567890123456 is 1234567890123460", () => {
    expect(excelNumber("1234567890123456")?.toFixed()).toBe("1234567890123460");
  });
  it("15 digits are kept exactly", () => {
    expect(excelNumber("12345678.1234567")?.toFixed()).toBe("12345678.1234567");
    expect(excelNumber("-1234567.12345678")?.toFixed()).toBe("-1234567.12345678");
  });
  it("exponent notation, with or without a sign", () => {
    expect(excelNumber("1e5")?.toFixed()).toBe("100000");
    expect(excelNumber("1.5E+3")?.toFixed()).toBe("1500");
    expect(excelNumber("2.5E-2")?.toFixed()).toBe("0.025");
  });
  it.each(["", "-", "abc", "1,000", "1 000", "0x10", "Infinity", "NaN"])("%j is not a number: null, never zero", (v) => {
    expect(excelNumber(v)).toBeNull();
  });
});

describe("number cells read by type at the 15-digit edge", () => {
  it("a 16-digit count reads as Excel shows it, 1234567890123460", () => {
    expect(readInteger(n("1234567890123456"), "quantity", false)).toEqual({ ok: true, value: 1234567890123460 });
  });
  it("a 17-digit count cannot be held exactly: too large", () => {
    expect(readInteger(n("12345678901234567"), "quantity", false)).toEqual({
      ok: false,
      issue: { code: "BAD_NUMBER", field: "quantity", expected: "integer", problem: "too-large", found: "12345678901234600" },
    });
  });
  it("a count in exponent notation, 1e5, is 100000", () => {
    expect(readInteger(n("1e5"), "quantity", false)).toEqual({ ok: true, value: 100000 });
  });
  it("a number cell with no digits is unreadable, never a silent zero", () => {
    for (const v of ["", "-"]) {
      expect(readInteger(n(v), "quantity", false)).toEqual({
        ok: false,
        issue: { code: "BAD_NUMBER", field: "quantity", expected: "integer", problem: "unreadable", found: v },
      });
    }
    expect(readMoney(n(""), "claimed")).toMatchObject({ ok: false, issue: { problem: "unreadable" } });
  });
  it("a 16-digit number in a text column shows as Excel shows it", () => {
    expect(readText(n("1234567890123456"))).toEqual({ ok: true, value: "1234567890123460" });
  });
});

describe("isEmptyCell", () => {
  it("an absent cell is empty", () => {
    expect(isEmptyCell(undefined)).toBe(true);
  });
  it("text of spaces only, full-width spaces included, is empty", () => {
    expect(isEmptyCell(s(""))).toBe(true);
    expect(isEmptyCell(s("   "))).toBe(true);
    expect(isEmptyCell(s("\u3000 \t"))).toBe(true);
  });
  it("a zero, FALSE, an error value or an unreadable cell is not empty", () => {
    expect(isEmptyCell(n("0"))).toBe(false);
    expect(isEmptyCell(b(false))).toBe(false);
    expect(isEmptyCell(e("#N/A"))).toBe(false);
    expect(isEmptyCell(bad("99"))).toBe(false);
    expect(isEmptyCell(s(" x "))).toBe(false);
  });
});

describe("the `found` of a message is what the user sees", () => {
  it("a date-formatted serial outside Excel's calendar names its number, not a reader's word", () => {
    expect(readDate(n("3000000", { date: true }), "eventDate")).toEqual({
      ok: false,
      issue: { code: "BAD_DATE", field: "eventDate", problem: "unreadable", found: "3000000" },
    });
  });
  it("serial 60 (Excel's 1900-02-29) and serial 0 (1900-01-00) are impossible and name their number", () => {
    expect(readDate(n("60", { date: true }), "eventDate")).toEqual({
      ok: false,
      issue: { code: "BAD_DATE", field: "eventDate", problem: "impossible", found: "60" },
    });
    expect(readDate(n("0", { date: true }), "eventDate")).toEqual({
      ok: false,
      issue: { code: "BAD_DATE", field: "eventDate", problem: "impossible", found: "0" },
    });
  });
  it("a negative amount in a date-formatted cell names the amount", () => {
    expect(readMoney(n("-5", { date: true }), "claimed")).toMatchObject({ ok: false, issue: { problem: "negative", found: "-5" } });
  });
  it("a date-formatted zero in a text column is the number, not a word of the reader", () => {
    expect(readText(n("0", { date: true }))).toEqual({ ok: true, value: "0" });
  });
  it("an ISO date-time that is not at midnight is shown whole", () => {
    expect(readText(d("2025-06-01T08:30:00"))).toEqual({ ok: true, value: "2025-06-01T08:30:00" });
    expect(readText(d("2025-06-01T00:00:00Z"))).toEqual({ ok: true, value: "2025-06-01" });
  });
  it("TRUE and FALSE are named as Excel shows them", () => {
    expect(readYear(b(true))).toMatchObject({ ok: false, issue: { found: "TRUE" } });
  });
});

describe("typed text is trimmed before it is read", () => {
  it("a date with spaces around it reads", () => {
    expect(readDate(s("  2025-06-01  "), "eventDate")).toEqual({ ok: true, value: "2025-06-01" });
  });
  it("a year with spaces around it reads", () => {
    expect(readYear(s(" 2025 "))).toEqual({ ok: true, value: 2025 });
  });
  it("a year after a tab and before a full-width space reads", () => {
    expect(readYear(s("\t2026\u3000"))).toEqual({ ok: true, value: 2026 });
  });
});
