import fc from "fast-check";
import { civilFromDays, daysFromCivil, readDate, serialToIso } from "../../../src/workbook/table/cells";
import { bad, d, e, n, s } from "./helpers";

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
    expect(readDate(bad("共享字符串索引越界"), "eventDate")).toMatchObject({ ok: false, issue: { problem: "unreadable", found: "共享字符串索引越界" } });
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
    for (let day = start; day <= end; day++) {
      const { y, m, d: dd } = civilFromDays(day);
      expect(daysFromCivil(y, m, dd)).toBe(day);
    }
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
    fc.assert(fc.property(fc.string({ unit: "binary" }), (t) => {
      readDate(s(t), "eventDate");
      readDate(n(t, { date: true }), "eventDate");
      readDate(d(t), "eventDate");
    }), { numRuns: 2000 });
  });
});
