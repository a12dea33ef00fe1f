/**
 * Decision 16 (连续工作满一年) read from the dates as numbers (fullYearBy), where the check used to compare the
 * texts addYears makes: for dates of the form yyyy-mm-dd it must answer as that comparison does, and for any
 * other text it must leave the answer to the texts (false).
 */
import fc from "fast-check";
import { addYears, fullYearBy } from "../../src/engine/rowRules";

const pad = (n: number, width: number) => String(n).padStart(width, "0");
/** yyyy-mm-dd, month and day not always real ones (the texts are compared as given), 29 February often. */
const isoDate = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 9_999 }), fc.integer({ min: 0, max: 19 }), fc.integer({ min: 0, max: 39 })).map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
  fc.integer({ min: 1995, max: 2031 }).map((y) => `${y}-02-29`),
  fc.tuple(fc.integer({ min: 2020, max: 2031 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })).map(([y, m, d]) => `${y}-${pad(m, 2)}-${pad(d, 2)}`),
);
const anyText = fc.oneof(isoDate, fc.string({ maxLength: 12 }), isoDate.map((d) => d.replace("-", "/")), isoDate.map((d) => ` ${d}`));

describe("a full year told from the dates as numbers", () => {
  it("answers as the texts compare, for dates of the form yyyy-mm-dd", () => {
    fc.assert(
      fc.property(isoDate, isoDate, fc.integer({ min: 0, max: 3 }), (start, asOf, years) => {
        const reached = Number(start.slice(0, 4)) + years <= 9_999;
        expect(fullYearBy(start, years, asOf)).toBe(reached && addYears(start, years) <= asOf);
      }),
      { numRuns: 3_000 },
    );
  });

  it("says a year is full only where the texts say so, whatever the texts", () => {
    fc.assert(
      fc.property(anyText, anyText, (start, asOf) => {
        if (fullYearBy(start, 1, asOf)) expect(addYears(start, 1) <= asOf).toBe(true);
      }),
      { numRuns: 3_000 },
    );
  });

  it("takes 29 February to 28 February of a common year, and keeps it in a leap year", () => {
    expect(fullYearBy("2023-02-29", 1, "2024-02-28")).toBe(false);
    expect(fullYearBy("2023-02-29", 1, "2024-02-29")).toBe(true);
    expect(fullYearBy("2024-02-29", 1, "2025-02-28")).toBe(true);
    expect(fullYearBy("2024-02-29", 1, "2025-02-27")).toBe(false);
    expect(fullYearBy("9999-01-01", 1, "9999-12-31")).toBe(false);
  });
});
