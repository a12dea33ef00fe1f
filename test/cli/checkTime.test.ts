import { checkTimeOf } from "../../src/cli/checkTime";
import { UsageError } from "../../src/cli/io";

const NOW = new Date("2030-01-01T00:00:00Z");
const now = () => NOW;

describe("the check's time stamp (--checked-at, SOURCE_DATE_EPOCH)", () => {
  it("is now when neither is given", () => {
    expect(checkTimeOf(undefined, undefined, "zh", now)).toBe(NOW);
    expect(checkTimeOf(undefined, "", "zh", now)).toBe(NOW);
  });

  it("takes --checked-at with its offset: 09:30 in Beijing is 01:30 UTC", () => {
    expect(checkTimeOf("2026-03-01T09:30:00+08:00", undefined, "zh", now).toISOString()).toBe("2026-03-01T01:30:00.000Z");
  });

  it("takes SOURCE_DATE_EPOCH as whole seconds since 1970 UTC", () => {
    expect(checkTimeOf(undefined, "1772328600", "zh", now).toISOString()).toBe("2026-03-01T01:30:00.000Z");
  });

  it("lets --checked-at win over SOURCE_DATE_EPOCH", () => {
    expect(checkTimeOf("2026-03-01T01:30:00Z", "0", "en", now).toISOString()).toBe("2026-03-01T01:30:00.000Z");
  });

  it.each(["2026-03-01", "2026-03-01T09:30:00", "yesterday", "2026-13-45T99:00:00Z"])(
    "refuses %s: not a valid time with an offset (a time without one would depend on the machine's zone)",
    (given) => {
      expect(() => checkTimeOf(given, undefined, "zh", now)).toThrow(UsageError);
      expect(() => checkTimeOf(given, undefined, "zh", now)).toThrow(/--checked-at/);
    },
  );

  it.each(["-1", "1.5", "soon"])("refuses SOURCE_DATE_EPOCH=%s, naming the variable", (given) => {
    expect(() => checkTimeOf(undefined, given, "en", now)).toThrow(/SOURCE_DATE_EPOCH/);
  });
});
