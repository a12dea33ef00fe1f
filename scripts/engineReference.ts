/**
 * Batches that pin the engine's output byte for byte: generated rows (bench/generate.ts, two seeds) with
 * deterministic variations the generator never makes (a row's own rate, repeated reference numbers and
 * contracts, persons, formula cells, unreadable cells, unknown levels, ambiguous items, rows named only by
 * the unit's name), history entries and the year's rates. ./engineReferenceRows chooses rows of them for
 * the readable fixtures of test/fixtures/engine-reference.
 */
import { claimRows, MoneyPool } from "../bench/claims";
import { generateRows } from "../bench/generate";
import { Decimal, type CheckSettings, type ClaimRow, type FieldKey, type HistoryEntry, type Issue } from "../src/engine";
import { ITEMS, type ItemCode } from "../src/policy";
import { makeCreditCode } from "./identifiers";

export interface ReferenceBatch {
  readonly name: string;
  readonly files: readonly (readonly ClaimRow[])[];
  readonly fileNames: readonly string[];
  readonly settings?: CheckSettings;
  readonly history: readonly HistoryEntry[];
}

const ROW_RATES = ["0.2", "0.3", "0.35", "0.5", "0.6", "0.25"];

/** The generator's rows with a variation every few rows; the same on every run. */
function varied(rows: readonly ClaimRow[], money: MoneyPool): ClaimRow[] {
  return rows.map((r, i) => {
    let row: ClaimRow = r;
    if (i % 13 === 5) row = { ...row, rate: money.get(ROW_RATES[i % ROW_RATES.length]) };
    // A reference number or contract of an earlier row: duplicates, and parts of one loan.
    if (i % 11 === 3 && i >= 40) row = { ...row, refNo: rows[i - 37].refNo, unit: rows[i - 37].unit, creditCode: rows[i - 37].creditCode };
    if (i % 17 === 2) row = { ...row, personId: ` 3207${String(i % 5).padStart(2, "0")}19900101123X ` };
    if (i % 23 === 7) row = { ...row, fromFormula: new Set<FieldKey>(["claimed", "base"]) };
    if (i % 29 === 11) row = { ...row, quantity: i % 2 ? 0 : null };
    if (i % 31 === 13) {
      const issue: Issue = { code: "BAD_NUMBER", field: "base", found: "约一万", expected: "money", problem: "unreadable" };
      row = { ...row, base: null, cellIssues: [issue], unreadable: new Set<FieldKey>(["base"]) };
    }
    if (i % 37 === 17) row = { ...row, level: "市级" };
    if (i % 41 === 19) row = { ...row, item: "开放许可" };
    if (i % 43 === 21) row = { ...row, creditCode: null };
    if (i % 47 === 23) row = { ...row, creditCode: null, unit: `  ${row.unit ?? ""}（分公司）` };
    if (i % 53 === 29) row = { ...row, claimed: money.get("0.00") };
    if (i % 59 === 31) row = { ...row, eventDate: null };
    if (i % 61 === 33) row = { ...row, district: i % 2 ? "高新区" : "东海县" };
    if (i % 67 === 35) row = { ...row, year: null };
    if (i % 71 === 37) row = { ...row, outcome: i % 2 ? "尚未验收" : "审理中" };
    if (i % 73 === 39) row = { ...row, item: "PATENT_PRIZE", quantity: 3, base: money.get("12345.67") };
    if (i % 79 === 41) row = { ...row, item: "DATA_IP", quantity: 7 };
    // A name seen with a second valid code: the rows naming it alone are UNIT_AMBIGUOUS.
    if (i % 83 === 43 && i >= 60) row = { ...row, creditCode: rows[i - 50].creditCode };
    if (i % 89 === 45) row = { ...row, creditCode: makeCreditCode("91", "320102", `MA${String(i).padStart(6, "0")}`.slice(0, 8)) };
    return row;
  });
}

/** Earlier approvals of the batch's own units: caps, one-time awards and the two-year rule have history. */
function historyOf(rows: readonly ClaimRow[], count: number): HistoryEntry[] {
  const codes = ITEMS.filter((i) => i.capGroup || i.oneTime || i.maxYears || i.once).map((i) => i.code as ItemCode);
  const out: HistoryEntry[] = [];
  for (let i = 0; i < count; i++) {
    const r = rows[(i * 7) % rows.length];
    const item = codes[i % codes.length];
    const approved = new Decimal(i % 9 === 0 ? "0" : (1000 + ((i * 3917) % 190000)) / 100 + "");
    out.push({ unit: i % 5 === 0 ? null : r.unit, creditCode: i % 4 === 0 ? null : r.creditCode, year: 2025 + (i % 3), item, approved });
  }
  return out;
}

export function referenceBatches(): ReferenceBatch[] {
  const moneyA = new MoneyPool();
  const a = varied(claimRows(generateRows({ rows: 1600, seed: 7, units: 30 })), moneyA);
  const moneyB = new MoneyPool();
  const b = varied(claimRows(generateRows({ rows: 1600, seed: 20250601, units: 60 })), moneyB);
  const bSecond = claimRows(generateRows({ rows: 600, seed: 99, units: 30 }), 1);
  return [
    {
      name: "seed 7, the year's rates, history",
      files: [a],
      fileNames: ["甲.xlsx"],
      settings: { rates: { PLEDGE_LOAN: new Decimal("0.25"), IP_INSURANCE: new Decimal("0.4"), ENFORCEMENT_DOMESTIC: new Decimal("0.3") } },
      history: historyOf(a, 300),
    },
    {
      name: "seed 20250601 and a second file, clause rates, history",
      files: [b, bSecond],
      fileNames: ["乙.xlsx", "丙.xlsx"],
      history: historyOf(b, 120),
    },
  ];
}
