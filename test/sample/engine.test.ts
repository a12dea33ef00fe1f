/**
 * Each row of the sample is there to show one thing; through the engine it must show exactly that.
 * The cells are handed over as the table reader would: typed values, unreadable cells flagged.
 */
import { Decimal, checkBatch, type ClaimRow, type FieldKey, type Issue, type Money } from "../../src/engine";
import { SAMPLE_ROWS, type SampleValue } from "../../scripts/sample";

function readMoney(key: FieldKey, v: SampleValue | undefined, issues: Issue[], unreadable: Set<FieldKey>): Money | null {
  if (v === undefined) return null;
  const value = typeof v === "object" && "formula" in v ? v.result : v;
  if (typeof value === "object" && "error" in value) {
    issues.push({ code: "BAD_NUMBER", field: key, found: value.error, expected: "money", problem: "error-value" } as Issue);
    unreadable.add(key);
    return null;
  }
  const text = String(value);
  if (/\.\d{3,}$/.test(text)) {
    issues.push({ code: "BAD_NUMBER", field: key, found: text, expected: "money", problem: "decimals" } as Issue);
    unreadable.add(key);
    return null;
  }
  const wan = /^([\d.]+)万$/.exec(text);
  return wan ? new Decimal(wan[1]).times(10000) : new Decimal(text);
}

function readDate(key: FieldKey, v: SampleValue | undefined, issues: Issue[], unreadable: Set<FieldKey>): string | null {
  if (v === undefined) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  issues.push({ code: "BAD_DATE", field: key, found: String(v), problem: "impossible" } as Issue);
  unreadable.add(key);
  return null;
}

const claims: ClaimRow[] = SAMPLE_ROWS.map((s, i) => {
  const c = s.cells;
  const issues: Issue[] = [];
  const unreadable = new Set<FieldKey>();
  return {
    ref: { file: 0, row: i + 2 },
    unit: s.unit.name, creditCode: s.unit.creditCode, district: s.unit.district,
    year: typeof c.year === "string" ? parseInt(c.year, 10) : (c.year as number),
    item: (c.item as string) ?? null, level: (c.level as string) ?? null, quantity: (c.quantity as number) ?? null,
    base: readMoney("base", c.base, issues, unreadable), months: (c.months as number) ?? null,
    fees: readMoney("fees", c.fees, issues, unreadable), rate: null, outcome: (c.outcome as string) ?? null,
    eventDate: readDate("eventDate", c.eventDate, issues, unreadable), startDate: readDate("startDate", c.startDate, issues, unreadable),
    refNo: (c.ref as string) ?? null, personId: (c.personId as string) ?? null,
    claimed: readMoney("claimed", c.claimed, issues, unreadable), cellIssues: issues, unreadable,
  };
});
const results = checkBatch([claims])[0];
const byShows = new Map(SAMPLE_ROWS.map((s, i) => [s.shows, results[i]]));

function result(prefix: string) {
  const hits = [...byShows].filter(([shows]) => shows.startsWith(prefix));
  expect(hits).toHaveLength(1);
  return hits[0][1];
}

const codes = (prefix: string) => result(prefix).issues.map((i) => i.code);

test.each([
  ["OUT_OF_PERIOD:", "OUT_OF_PERIOD"], ["NO_AMOUNT_CLAUSE:", "NO_AMOUNT_CLAUSE"], ["TWO_YEAR_LIMIT:", "TWO_YEAR_LIMIT"],
  ["OVER_ELIGIBLE:", "OVER_ELIGIBLE"], ["CONDITION_NOT_MET:", "CONDITION_NOT_MET"], ["BELOW_STANDARD:", "BELOW_STANDARD"],
  ["NO_CLAIM:", "NO_CLAIM"], ["UNKNOWN_LEVEL:", "UNKNOWN_LEVEL"], ["DUPLICATE:", "DUPLICATE"], ["ONE_TIME_ONLY:", "ONE_TIME_ONLY"],
  ["BAD_DATE:", "BAD_DATE"], ["NOT_FULL_YEAR:", "NOT_FULL_YEAR"], ["BAD_CREDIT_CODE:", "BAD_CREDIT_CODE"], ["NOT_LOCAL:", "NOT_LOCAL"],
  ["DISTRICT_MISMATCH:", "DISTRICT_MISMATCH"], ["UNKNOWN_DISTRICT:", "UNKNOWN_DISTRICT"], ["UNKNOWN_ITEM:", "UNKNOWN_ITEM"],
  ["BAD_NUMBER:", "BAD_NUMBER"], ["a #N/A cell", "BAD_NUMBER"],
])("the row for %s gets exactly %s", (prefix, code) => {
  expect(codes(prefix)).toEqual([code]);
});

test("every row meant to be clean is ok, with nothing to say", () => {
  const clean = SAMPLE_ROWS.map((s, i) => [s.shows, results[i]] as const).filter(([shows]) => shows.startsWith("clean"));
  expect(clean.length).toBeGreaterThanOrEqual(20);
  for (const [shows, r] of clean) expect([shows, r.status, r.issues]).toEqual([shows, "ok", []]);
});

describe("the worked examples of MEASURES.md come out as the page says", () => {
  test("PLEDGE_LOAN 180,000 over 18 months + 20,000 fees: 42,000", () => {
    const r = result("worked example: PLEDGE_LOAN 180,000");
    expect([r.eligible.toFixed(2), r.approvable.toFixed(2), r.status]).toEqual(["42000.00", "42000.00", "ok"]);
  });

  test("PLEDGE_LOAN 900,000 over 12 months: 270,000 capped to 200,000, the 270,000 claim flagged", () => {
    const r = result("worked example: PLEDGE_LOAN 900,000");
    expect([r.approvable.toFixed(2), r.excess.toFixed(2), r.status]).toEqual(["200000.00", "70000.00", "error"]);
  });

  test("DATA_IP 30 certificates: 20,000 for the row, the 30,000 claim flagged", () => {
    const r = result("worked example: DATA_IP");
    expect([r.approvable.toFixed(2), r.excess.toFixed(2)]).toEqual(["20000.00", "10000.00"]);
  });

  test("MEDIATION 37 cases: 30,000", () => {
    expect(result("worked example: MEDIATION").approvable.toFixed(2)).toBe("30000.00");
  });

  test("open licence 25 declared + 3 deals: 20,000 approvable, the row that passes the cap flagged", () => {
    const declare = result("worked example: OPEN_LICENSE_DECLARE");
    const deal = result("worked example: OPEN_LICENSE_DEAL");
    expect([declare.approvable.toFixed(2), declare.status]).toEqual(["20000.00", "ok"]);
    expect([deal.eligible.toFixed(2), deal.approvable.toFixed(2), codes("worked example: OPEN_LICENSE_DEAL")]).toEqual(["15000.00", "0.00", ["CAP_EXCEEDED"]]);
  });

  test("IP_ENGINEER 2 × 高级 and 1 × 正高级: 10,000 and 8,000", () => {
    expect(result("worked example: IP_ENGINEER 2").approvable.toFixed(2)).toBe("10000.00");
    expect(result("worked example: IP_ENGINEER 1").approvable.toFixed(2)).toBe("8000.00");
  });

  test("overseas enforcement 300,000 then 200,000: 150,000, then 50,000 of 100,000 and flagged", () => {
    expect(result("worked example: ENFORCEMENT_OVERSEAS").approvable.toFixed(2)).toBe("150000.00");
    const second = result("worked example: a second overseas case");
    expect([second.eligible.toFixed(2), second.approvable.toFixed(2), codes("worked example: a second overseas case")])
      .toEqual(["100000.00", "50000.00", ["CAP_EXCEEDED"]]);
  });
});

test("money typed as 1.5万 is read as 15,000 and passes", () => {
  const r = result("money typed as text");
  expect([r.claimed?.toFixed(2), r.status]).toEqual(["15000.00", "ok"]);
});

test("the formula cell is read by its cached result: 30% of 25,000", () => {
  const r = result("a formula cell");
  expect([r.eligible.toFixed(2), r.status]).toEqual(["7500.00", "ok"]);
});
