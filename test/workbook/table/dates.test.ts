import fc from "fast-check";
import { binaryUnit } from "../../support/binaryUnit";
import { civilFromDays, daysFromCivil, isoDate, parseDateText, readDate, serialToIso } from "../../../src/workbook/table/cells";
import { b, bad, d, e, n, s } from "./helpers";
import { sampled } from "../../support/sampled";

const value = (r: ReturnType<typeof readDate>) => (r !== null && r.ok ? r.value : r);

describe("readDate: Excel serials", () => {
  it("45809 is 2025-06-01 (45658 is 2025-01-01, plus 151 days)", () => {
    expect(value(readDate(n("45809", { date: true }), "eventDate"))).toBe("2025-06-01");
    expect(value(readDate(n("45658", { date: true }), "eventDate"))).toBe("2025-01-01");
  });
  it("the time of day is dropped, never rounded into the next day", () => {
    expect(value(readDate(n("45809.999988426", { date: true }), "eventDate"))).toBe("2025-06-01");
  });
  it("the 1900 system: serial 1 is 1900-01-01, 59 is 1900-02-28, 61 is 1900-03-01", () => {
    expect(serialToIso(1, false)).toBe("1900-01-01");
    expect(serialToIso(59, false)).toBe("1900-02-28");
    expect(serialToIso(61, false)).toBe("1900-03-01");
  });
  it("serial 60, Excel's 1900-02-29, is a day that never was", () => {
    expect(readDate(n("60", { date: true }), "eventDate")).toMatchObject({ ok: false, issue: { code: "BAD_DATE", problem: "impossible" } });
  });
  it("the 1904 system counts from 1904-01-01: 44347 is 2025-06-01", () => {
    expect(serialToIso(0, true)).toBe("1904-01-01");
    expect(value(readDate(n("44347", { date: true }), "eventDate", { date1904: true }))).toBe("2025-06-01");
  });
  it("Excel's last day, 9999-12-31, and one past it", () => {
    expect(serialToIso(2958465, false)).toBe("9999-12-31");
    expect(serialToIso(2958466, false)).toBe("unreadable");
  });
  it("a serial in an unformatted cell still reads as a date", () => {
    expect(value(readDate(n("45809"), "eventDate"))).toBe("2025-06-01");
  });
  it("20250601 typed into a General cell is a compact date; 20250230 is impossible", () => {
    expect(value(readDate(n("20250601"), "eventDate"))).toBe("2025-06-01");
    expect(readDate(n("20250230"), "eventDate")).toMatchObject({ ok: false, issue: { problem: "impossible", found: "20250230" } });
  });
  it("a bare year in an unformatted cell is not read as a serial in 1905", () => {
    expect(readDate(n("2025"), "eventDate")).toEqual({
      ok: false,
      issue: { code: "BAD_DATE", field: "eventDate", problem: "unreadable", found: "2025" },
    });
  });
  it("a negative number is not a date", () => {
    expect(readDate(n("-3"), "eventDate")).toMatchObject({ ok: false, issue: { problem: "unreadable" } });
  });
});

describe("readDate: ISO t=d cells", () => {
  it("reads the calendar day written, whatever the local time zone", () => {
    expect(value(readDate(d("2025-06-01T00:00:00"), "startDate"))).toBe("2025-06-01");
    expect(value(readDate(d("2025-06-01"), "startDate"))).toBe("2025-06-01");
  });
  it("an impossible ISO date is reported", () => {
    expect(readDate(d("2025-02-30"), "startDate")).toMatchObject({ ok: false, issue: { problem: "impossible", field: "startDate" } });
  });
});

describe("readDate: text forms of APPLICATION-TABLE.md", () => {
  it.each([
    ["2025-06-01", "2025-06-01"],
    ["2025/6/1", "2025-06-01"],
    ["2025.6.1", "2025-06-01"],
    ["2025年6月1日", "2025-06-01"],
    ["2025 年 6 月 1 日", "2025-06-01"],
    ["2025年06月01日", "2025-06-01"],
    ["20250601", "2025-06-01"],
    ["２０２５－０６－０１", "2025-06-01"],
    ["2025-06-01 00:00:00", "2025-06-01"],
    ["2024-02-29", "2024-02-29"],
    ["2000-02-29", "2000-02-29"],
    ["2030-05-31", "2030-05-31"],
  ])("%s reads as %s", (text, iso) => {
    expect(value(readDate(s(text), "eventDate"))).toBe(iso);
  });

  it.each(["2025-02-30", "2025-13-01", "2025-00-10", "2025/4/31", "2025年2月29日", "1900-02-29", "20251301", "0025-06-01"])(
    "%s is an impossible date",
    (text) => {
      expect(readDate(s(text), "eventDate")).toEqual({
        ok: false,
        issue: { code: "BAD_DATE", field: "eventDate", problem: "impossible", found: text },
      });
    },
  );

  it.each(["6/1/2025", "2025-06", "2025年6月", "明天", "2025-6/1", "2025--06-01", "250601"])("%s is not a date", (text) => {
    expect(readDate(s(text), "eventDate")).toMatchObject({ ok: false, issue: { problem: "unreadable", found: text } });
  });

  it("error values and unreadable cells are bad date cells", () => {
    expect(readDate(e("#VALUE!"), "eventDate")).toEqual({
      ok: false,
      issue: { code: "BAD_DATE", field: "eventDate", problem: "error-value", found: "#VALUE!" },
    });
    expect(readDate(bad("99"), "eventDate")).toMatchObject({ ok: false, issue: { problem: "unreadable", found: "", fault: { fault: "string-index-out-of-range", found: "99" } } });
  });

  it("an empty cell is empty", () => {
    expect(readDate(undefined, "eventDate")).toBeNull();
    expect(readDate(s(" "), "eventDate")).toBeNull();
  });
});

describe("calendar arithmetic", () => {
  it("day counts round-trip for every day from 1900 to 2100", () => {
    const start = daysFromCivil(1900, 1, 1);
    const end = daysFromCivil(2100, 12, 31);
    expect(end - start + 1).toBe(73414);
    // One expectation over the whole range: the days that do not come back (none), not 73,414 calls.
    const wrong: number[] = [];
    for (let day = start; day <= end; day++) {
      const { y, m, d: dd } = civilFromDays(day);
      if (daysFromCivil(y, m, dd) !== day) wrong.push(day);
    }
    expect(wrong).toEqual([]);
  });
  it("1970-01-01 is day 0", () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
  });
  it("property: every serial of the 2020s prints as a valid date that parses back to itself", () => {
    fc.assert(
      fc.property(fc.integer({ min: 43831, max: 47483 }), (serial) => {
        const iso = serialToIso(serial, false);
        expect(value(readDate(s(iso), "eventDate"))).toBe(iso);
        expect(value(readDate(n(String(serial), { date: true }), "eventDate"))).toBe(iso);
      }),
    );
  });
  it("property: random text never throws", () => {
    fc.assert(fc.property(fc.string({ unit: binaryUnit }), (t) => {
      readDate(s(t), "eventDate");
      readDate(n(t, { date: true }), "eventDate");
      readDate(d(t), "eventDate");
    }), sampled(2000));
  });
});

describe("readDate: edges", () => {
  it("1900 is the first year of a date; 1899 is a typing slip", () => {
    expect(value(readDate(s("1900-01-01"), "eventDate"))).toBe("1900-01-01");
    expect(value(readDate(s("1900年3月1日"), "eventDate"))).toBe("1900-03-01");
    expect(readDate(s("1899-12-31"), "eventDate")).toMatchObject({ ok: false, issue: { problem: "impossible" } });
  });
  it("day 0 of a month is impossible", () => {
    expect(readDate(s("2025-06-00"), "eventDate")).toMatchObject({ ok: false, issue: { problem: "impossible", found: "2025-06-00" } });
    expect(readDate(s("2025年6月0日"), "eventDate")).toMatchObject({ ok: false, issue: { problem: "impossible" } });
  });
  it("the last day of each month reads, the day after it is impossible", () => {
    expect(value(readDate(s("2025-04-30"), "eventDate"))).toBe("2025-04-30");
    expect(value(readDate(s("2025-12-31"), "eventDate"))).toBe("2025-12-31");
    expect(readDate(s("2025-12-32"), "eventDate")).toMatchObject({ ok: false, issue: { problem: "impossible" } });
  });
  it("a date-formatted cell holding 2025 is the serial 2025, 1905-07-17, as Excel shows it", () => {
    expect(value(readDate(n("2025", { date: true }), "eventDate"))).toBe("1905-07-17");
    expect(value(readDate(n("1900", { date: true }), "eventDate"))).toBe("1905-03-14");
    expect(value(readDate(n("2100", { date: true }), "eventDate"))).toBe("1905-09-30");
  });
  it("whole numbers next to a bare year in an unformatted cell are serials", () => {
    expect(value(readDate(n("1899"), "eventDate"))).toBe("1905-03-13");
    expect(value(readDate(n("2101"), "eventDate"))).toBe("1905-10-01");
    expect(readDate(n("1900"), "eventDate")).toMatchObject({ ok: false, issue: { problem: "unreadable", found: "1900" } });
    expect(readDate(n("2100"), "eventDate")).toMatchObject({ ok: false, issue: { problem: "unreadable", found: "2100" } });
  });
  it("a serial of 1 in a General cell is 1900-01-01", () => {
    expect(value(readDate(n("1"), "eventDate"))).toBe("1900-01-01");
  });
  it("a fractional number next to a bare year is a serial with a time of day", () => {
    expect(value(readDate(n("2025.5"), "eventDate"))).toBe("1905-07-17");
  });
  it("the first compact date, 10000101, is a date; a number just below it is a serial past 9999", () => {
    expect(readDate(n("10000101"), "eventDate")).toMatchObject({ ok: false, issue: { problem: "impossible", found: "10000101" } });
    expect(readDate(n("10000100"), "eventDate")).toMatchObject({ ok: false, issue: { problem: "unreadable", found: "10000100" } });
    expect(value(readDate(n("19000101"), "eventDate"))).toBe("1900-01-01");
  });
  it("a compact date with binary noise is still the compact date", () => {
    expect(value(readDate(n("20250601.000000004"), "eventDate"))).toBe("2025-06-01");
  });
  it("a serial with binary noise, 45809.00000000001, is the day Excel shows: 2025-06-01", () => {
    expect(value(readDate(n("45809.00000000001", { date: true }), "eventDate"))).toBe("2025-06-01");
    expect(value(readDate(n("45809.00000000001"), "eventDate"))).toBe("2025-06-01");
  });
  it("a compact date typed as a fraction is not a date", () => {
    expect(readDate(n("20250601.5"), "eventDate")).toMatchObject({ ok: false, issue: { problem: "unreadable" } });
  });
  it("a number cell that holds no number is unreadable", () => {
    expect(readDate(n("abc"), "eventDate")).toEqual({
      ok: false,
      issue: { code: "BAD_DATE", field: "eventDate", problem: "unreadable", found: "abc" },
    });
  });
  it("a 1904-system workbook counts date-formatted serials from 1904", () => {
    expect(value(readDate(n("0", { date: true }), "eventDate", { date1904: true }))).toBe("1904-01-01");
    expect(value(readDate(n("1", { date: true }), "eventDate", { date1904: true }))).toBe("1904-01-02");
  });
  it("an ISO t=d cell that is not a date is unreadable", () => {
    expect(readDate(d("soon"), "startDate")).toEqual({
      ok: false,
      issue: { code: "BAD_DATE", field: "startDate", problem: "unreadable", found: "soon" },
    });
  });
  it("TRUE is not a date", () => {
    expect(readDate(b(true), "eventDate")).toEqual({
      ok: false,
      issue: { code: "BAD_DATE", field: "eventDate", problem: "unreadable", found: "TRUE" },
    });
  });
  it("a cell the reader could not read is unreadable, with its reason", () => {
    expect(readDate(bad("99"), "startDate")).toEqual({
      ok: false,
      issue: { code: "BAD_DATE", field: "startDate", problem: "unreadable", found: "", fault: { fault: "string-index-out-of-range", found: "99" } },
    });
  });
});

describe("parseDateText", () => {
  it.each([
    ["2025-06-01", "2025-06-01"],
    ["2025/6/1", "2025-06-01"],
    ["2025.12.31", "2025-12-31"],
    ["20251231", "2025-12-31"],
    ["2025年12月31号", "2025-12-31"],
    ["2025-06-01T08:30", "2025-06-01"],
  ])("%s is %s", (text, iso) => {
    expect(parseDateText(text)).toBe(iso);
  });
  // A time of day after the date is dropped in every written form, not only after 2025-06-01 and 2025/6/1.
  it.each([
    ["2025年6月1日 10:30", "2025-06-01"],
    ["2025年6月1日 0:00:00", "2025-06-01"],
    ["2025年06月01号 08:00", "2025-06-01"],
  ])("%s is %s", (text, iso) => {
    expect(parseDateText(text)).toBe(iso);
  });
  it.each(["2025-6-1/", "2025/6-1", "１２", ""])("%j is unreadable", (text) => {
    expect(parseDateText(text)).toBe("unreadable");
  });
});

describe("serials at the calendar's edges", () => {
  it("a negative serial is before Excel's calendar", () => {
    expect(serialToIso(-1, false)).toBe("unreadable");
    expect(serialToIso(-0.5, false)).toBe("unreadable");
    expect(serialToIso(-1, true)).toBe("unreadable");
  });
  it("a serial that is not a number is unreadable, never a date", () => {
    expect(serialToIso(NaN, false)).toBe("unreadable");
    expect(serialToIso(NaN, true)).toBe("unreadable");
    expect(serialToIso(Infinity, false)).toBe("unreadable");
  });
  it("serial 0 in the 1900 system is Excel's 1900-01-00: impossible", () => {
    expect(serialToIso(0, false)).toBe("impossible");
    expect(serialToIso(0.75, false)).toBe("impossible");
  });
  it("the 1904 system ends at the same 9999-12-31", () => {
    expect(serialToIso(2958465 - 1462, true)).toBe("9999-12-31");
    expect(serialToIso(2958465 - 1461, true)).toBe("unreadable");
  });
  it("a date that falls on a day already printed reads the same", () => {
    expect(serialToIso(45809, false)).toBe("2025-06-01");
    expect(serialToIso(45809.5, false)).toBe("2025-06-01");
    expect(serialToIso(44347, true)).toBe("2025-06-01");
  });
  it("more distinct days than any cache holds all print right", () => {
    for (let serial = 1; serial <= 10000; serial += 1) {
      if (serial === 60) continue;
      const { y, m, d: day } = civilFromDays(daysFromCivil(1899, 12, serial < 60 ? 31 : 30) + serial);
      // jest's expect() only for a day printed otherwise (its message then): 10,000 days.
      const [got, want] = [serialToIso(serial, false), isoDate(y, m, day)];
      if (got !== want) expect(got).toBe(want);
    }
  });
});

describe("calendar arithmetic at year 0 and year 1", () => {
  it("0000-03-01 is the first day the count is built on; 0000-01-01 is 60 days before it (year 0 is leap)", () => {
    expect(daysFromCivil(0, 3, 1)).toBe(-719468);
    expect(daysFromCivil(0, 1, 1)).toBe(-719528);
    expect(daysFromCivil(0, 2, 29)).toBe(-719469);
  });
  it("0001-01-01 is day -719162", () => {
    expect(daysFromCivil(1, 1, 1)).toBe(-719162);
    expect(daysFromCivil(0, 12, 31)).toBe(-719163);
  });
  it("days from 0000-03-01 round-trip", () => {
    for (const day of [-719468, -719163, -719162, -600000]) {
      const { y, m, d: dd } = civilFromDays(day);
      expect(daysFromCivil(y, m, dd)).toBe(day);
    }
  });
});

describe("isoDate", () => {
  it("writes four-digit years and two-digit months and days, as ISO 8601 wants", () => {
    expect(isoDate(2025, 6, 1)).toBe("2025-06-01");
    expect(isoDate(2025, 12, 31)).toBe("2025-12-31");
    expect(isoDate(999, 1, 9)).toBe("0999-01-09");
    expect(isoDate(5, 10, 10)).toBe("0005-10-10");
  });
});

describe("month lengths in a leap year", () => {
  it("only February has 29 days: 2024-01-31, 2024-03-31 and 2024-12-31 are real dates, 2024-02-30 is not", () => {
    for (const text of ["2024-01-31", "2024-03-31", "2024-04-30", "2024-12-31"]) {
      expect(value(readDate(s(text), "eventDate"))).toBe(text);
    }
    expect(readDate(s("2024-02-30"), "eventDate")).toMatchObject({ ok: false, issue: { problem: "impossible" } });
  });
});
