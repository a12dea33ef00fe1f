import { checkTimeOf } from "../../src/cli/checkTime";
import { UsageError } from "../../src/cli/io";
import { usageText } from "../../src/cli/usageWords";
import type { Lang } from "../../src/engine";

const NOW = new Date("2030-01-01T00:00:00Z");
const now = () => NOW;

/** The words the user reads for the usage error `run` throws. */
function wordsOf(run: () => unknown, lang: Lang): string {
  try {
    run();
  } catch (e) {
    if (e instanceof UsageError) return usageText(e.problem, lang);
    throw e;
  }
  throw new Error("no usage error");
}

describe("the check's time stamp (--checked-at, SOURCE_DATE_EPOCH)", () => {
  it("is now when neither is given", () => {
    expect(checkTimeOf(undefined, undefined, now)).toBe(NOW);
    expect(checkTimeOf(undefined, "", now)).toBe(NOW);
  });

  it("takes --checked-at with its offset: 09:30 in Beijing is 01:30 UTC", () => {
    expect(checkTimeOf("2026-03-01T09:30:00+08:00", undefined, now).toISOString()).toBe("2026-03-01T01:30:00.000Z");
  });

  it("takes SOURCE_DATE_EPOCH as whole seconds since 1970 UTC", () => {
    expect(checkTimeOf(undefined, "1772328600", now).toISOString()).toBe("2026-03-01T01:30:00.000Z");
  });

  it("lets --checked-at win over SOURCE_DATE_EPOCH", () => {
    expect(checkTimeOf("2026-03-01T01:30:00Z", "0", now).toISOString()).toBe("2026-03-01T01:30:00.000Z");
  });

  it.each(["2026-03-01", "2026-03-01T09:30:00", "yesterday", "2026-13-45T99:00:00Z"])(
    "refuses %s: not a valid time with an offset (a time without one would depend on the machine's zone)",
    (given) => {
      expect(() => checkTimeOf(given, undefined, now)).toThrow(UsageError);
      expect(wordsOf(() => checkTimeOf(given, undefined, now), "zh")).toMatch(/^--checked-at：「.*」不是 ISO 时间/);
    },
  );

  // The stamp is printed on 审核信息 and on the 审核意见表 a reviewer signs: a day the calendar does not have is
  // refused, never rolled over into the next month (2026-02-30 would have been stamped 2026-03-02).
  it.each(["2026-02-29T09:30:00+08:00", "2026-02-30T09:30:00Z", "2026-04-31T00:00:00Z", "2100-02-29T00:00:00Z", "2026-03-00T09:30:00Z"])(
    "refuses %s: a day its month does not have",
    (given) => {
      expect(wordsOf(() => checkTimeOf(given, undefined, now), "zh")).toMatch(/^--checked-at：「.*」不是 ISO 时间/);
    },
  );

  it("takes the last day of each month, 29 February of a leap year included", () => {
    expect(checkTimeOf("2028-02-29T09:30:00+08:00", undefined, now).toISOString()).toBe("2028-02-29T01:30:00.000Z");
    expect(checkTimeOf("2000-02-29T00:00:00Z", undefined, now).toISOString()).toBe("2000-02-29T00:00:00.000Z");
    expect(checkTimeOf("2026-04-30T23:59:59Z", undefined, now).toISOString()).toBe("2026-04-30T23:59:59.000Z");
    expect(checkTimeOf("2026-12-31T08:00:00+08:00", undefined, now).toISOString()).toBe("2026-12-31T00:00:00.000Z");
  });

  it.each(["-1", "1.5", "soon"])("refuses SOURCE_DATE_EPOCH=%s, naming the variable", (given) => {
    expect(wordsOf(() => checkTimeOf(undefined, given, now), "en")).toMatch(/^SOURCE_DATE_EPOCH: ".*" is not a whole number of seconds/);
  });
});
