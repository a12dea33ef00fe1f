/**
 * Rules a row answers on its own: the period (decision 12), the clause's condition (decisions 16–17) and
 * where the unit is registered (decisions 11, 18, 19). Each returns issues; none computes money.
 */
import { canonicalOutcomes } from "../policy/conditions";
import { CITY_DIVISION_PREFIX, DISTRICTS } from "../policy/districts";
import { EDITION } from "../policy/edition";
import type { Item } from "../policy/items";
import { resolveDistrict } from "../policy/lookup";
import { FULL_YEAR } from "../policy/outcomes";
import { CellMemo } from "./cellMemo";
import type { Issue } from "./issues";
import type { RowUnit } from "./rowUnit";
import type { ClaimRow, IsoDate } from "./types";
import { dayNumber, isLeapYear } from "./isoDay";

/** What a rule returns when it finds nothing: shared, never written to. */
const NONE: readonly Issue[] = Object.freeze([]);

/**
 * Decision 12: the period is the policy's closing paragraph, not the item's clause, so these messages cite
 * that paragraph: the catalogs quote it, and their `clause` field names it (EDITION.periodClause).
 */
const NO_EVENT_DATE: readonly Issue[] = Object.freeze([{ code: "NO_EVENT_DATE", field: "eventDate", clause: EDITION.periodClause } as const]);

export function periodIssues(row: ClaimRow, _item: Item): readonly Issue[] {
  if (row.unreadable.has("eventDate")) return NONE;
  const date = row.eventDate;
  if (date === null) return NO_EVENT_DATE;
  if (date < EDITION.periodStart) return [{ code: "OUT_OF_PERIOD", field: "eventDate", clause: EDITION.periodClause, date, side: "before" }];
  if (date > EDITION.periodEnd) return [{ code: "OUT_OF_PERIOD", field: "eventDate", clause: EDITION.periodClause, date, side: "after" }];
  return NONE;
}

/**
 * The clause's conditions: 连续工作满一年 from the dates (decision 16), and the outcome column read against the
 * clause's condition (decision 17): not met is an error quoting the deciding words; not known a warning that
 * quotes the text and lists the canonical outcomes.
 */
export function conditionIssues(row: ClaimRow, item: Item, cells: CellMemo = new CellMemo()): readonly Issue[] {
  const outcome = outcomeIssues(row, item, cells);
  if (!item.fullYear) return outcome;
  const years = fullYearIssues(row, item);
  return outcome.length === 0 ? years : years.length === 0 ? outcome : [...outcome, ...years];
}

function outcomeIssues(row: ClaimRow, item: Item, cells: CellMemo): readonly Issue[] {
  const condition = item.condition;
  if (!condition) return NONE;
  const reading = cells.condition(item, row.outcome);
  if (reading.result === "met") return NONE;
  const base = { field: "outcome", clause: item.clause, condition: condition.words } as const;
  if (reading.result === "notMet") return [{ code: "CONDITION_NOT_MET", ...base, found: row.outcome!.trim(), words: reading.words }];
  const canonical = canonicalOutcomes(item.code);
  return [reading.found === null ? { code: "CONDITION_UNSTATED", ...base, canonical } : { code: "CONDITION_UNSTATED", ...base, found: reading.found, canonical }];
}

/** 连续工作满一年: the start must be at least one calendar year before the event date (decision 16). */
function fullYearIssues(row: ClaimRow, item: Item): readonly Issue[] {
  if (row.unreadable.has("startDate")) return NONE;
  if (row.startDate === null) return [{ code: "NO_START_DATE", field: "startDate", clause: item.clause }];
  const asOf = row.eventDate ?? (row.year !== null ? `${row.year}-12-31` : null);
  if (asOf === null) return NONE;
  // Nearly every row has served its year: told from the dates as numbers, with no text made for them.
  if (fullYearBy(row.startDate, FULL_YEAR.years, asOf)) return NONE;
  const fullOn = addYears(row.startDate, FULL_YEAR.years);
  if (fullOn > asOf) {
    return [{ code: "NOT_FULL_YEAR", field: "startDate", clause: item.clause, startDate: row.startDate, asOf, fullOn }];
  }
  return NONE;
}

/**
 * Whether addYears(start, years) is on or before `asOf`, both dates of the form yyyy-mm-dd and the day reached
 * within year 9999; false where that cannot be told so (the caller then compares the texts). Such texts
 * compare as the numbers yyyymmdd do.
 */
export function fullYearBy(start: IsoDate, years: number, asOf: IsoDate): boolean {
  const from = dayNumber(start);
  const to = dayNumber(asOf);
  if (Number.isNaN(from) || Number.isNaN(to)) return false;
  const y = Math.floor(from / 10_000) + years;
  if (!(y >= 0 && y <= 9_999)) return false;
  let md = from % 10_000;
  if (md === 229 && !isLeapYear(y)) md = 228;
  return y * 10_000 + md <= to;
}


/** The same month and day N years on; 29 February becomes 28 February in a common year. */
export function addYears(date: IsoDate, years: number): IsoDate {
  const y = Number(date.slice(0, 4)) + years;
  let md = date.slice(5);
  if (md === "02-29" && !isLeapYear(y)) md = "02-28";
  return `${String(y).padStart(4, "0")}-${md}`;
}

const districtByDivision = new Map<string, string>();
for (const d of DISTRICTS) for (const code of d.divisionCodes) districtByDivision.set(code, d.name);

/** What a credit code cell says of the unit: its valid code, and its registration verdict per district cell. */
export interface Registration {
  /** The valid code in canonical form, or null (decision 11). */
  readonly valid: string | null;
  /** The district cell first seen with the code, and the verdict on the pair. */
  readonly district: string;
  readonly issues: readonly Issue[];
  /** Verdicts with other district cells, where a code comes with several. */
  others: Map<string, readonly Issue[]> | null;
  /**
   * The unit cell last seen with the code and its normalised name (undefined before any): a unit repeats
   * both on every row, so the check names the pair to its directory once, not once a row.
   */
  unitCell: string | null | undefined;
  unitName: string | undefined;
  /** The unit of the valid code as the check counts it (./rowUnit), once the check has asked. */
  unit: RowUnit | undefined;
}

/** A row's credit code cell on its own: its valid code and the verdict on it and the district. */
export function registrationFor(row: ClaimRow, cells: CellMemo = new CellMemo()): Registration {
  const district = row.district ?? "";
  // Every field from the start: one added later would sit outside the object, a second read per row that
  // reads it (the check reads the unit fields on every row).
  return {
    valid: cells.validCode(row.creditCode), district, issues: registrationOf(row.creditCode ?? "", district, cells), others: null,
    unitCell: undefined, unitName: undefined, unit: undefined,
  };
}

/**
 * Distinct credit code cells kept at most. Above the units of a large batch (a million rows of 50,000 units,
 * each with a mistyped code on some rows): emptied before that, the memo would judge a code again on every
 * row of a unit whose code it dropped.
 */
const MAX_CODES = 250_000;

/** Rows whose registrations RegistrationMemo.ofBlock looks up together: a few kilobytes of what they touch. */
export const REGISTRATION_BLOCK = 128;

/**
 * What one check remembers of credit code cells: a unit repeats its code and district on every row, so each
 * code is looked up once (registrationFor) and each pair judged once (registrationIssues).
 */
export class RegistrationMemo {
  private readonly byCode = new Map<string, Registration>();

  /** `cells`: the check's memo of its cells, where codes are checked. */
  constructor(readonly cells: CellMemo = new CellMemo()) {}

  /**
   * The registrations of the rows from `start`, at most REGISTRATION_BLOCK, into `out` from its start; returns
   * where the block ends. A unit's entry was last touched many rows ago, so each lookup waits on memory: a
   * block's lookups, which do not depend on one another, wait together, where one lookup between each row's
   * other work would wait alone (measured: the check's first walk some 20% faster).
   */
  ofBlock(rows: readonly ClaimRow[], start: number, out: Registration[]): number {
    const end = Math.min(rows.length, start + REGISTRATION_BLOCK);
    for (let i = start; i < end; i++) out[i - start] = this.of(rows[i]);
    return end;
  }

  of(row: ClaimRow): Registration {
    let reg = this.byCode.get(row.creditCode ?? "");
    if (!reg) {
      if (this.byCode.size >= MAX_CODES) this.byCode.clear();
      reg = registrationFor(row, this.cells);
      this.byCode.set(row.creditCode ?? "", reg);
    }
    return reg;
  }
}

/**
 * Credit code and district: warnings only (decisions 11, 18, 19). The verdict depends on the two cells
 * alone, and a unit repeats them on every row, so it is worked out once per pair.
 */
export function registrationIssues(row: ClaimRow, cells: CellMemo = new CellMemo(), reg: Registration = registrationFor(row, cells)): readonly Issue[] {
  const district = row.district ?? "";
  if (reg.district === district) return reg.issues;
  const others = reg.others ?? (reg.others = new Map());
  let issues = others.get(district);
  if (!issues) others.set(district, (issues = registrationOf(row.creditCode ?? "", district, cells)));
  return issues;
}

function registrationOf(creditCode: string, districtText: string, cells: CellMemo): readonly Issue[] {
  const issues: Issue[] = [];
  let division: string | null = null;
  const code = creditCode.trim();
  if (code === "") issues.push({ code: "NO_CREDIT_CODE", field: "creditCode" });
  else {
    const checked = cells.creditCode(code);
    if (!checked.ok) issues.push({ code: "BAD_CREDIT_CODE", field: "creditCode", found: code, problem: checked.problem });
    else {
      division = checked.division;
      if (!division.startsWith(CITY_DIVISION_PREFIX)) issues.push({ code: "NOT_LOCAL", field: "creditCode", division });
    }
  }
  const typed = districtText.trim();
  if (typed !== "") {
    const district = resolveDistrict(typed);
    if (!district) issues.push({ code: "UNKNOWN_DISTRICT", field: "district", found: typed });
    else if (division && district.divisionCodes.length > 0) {
      const codeDistrict = districtByDivision.get(division);
      if (codeDistrict && codeDistrict !== district.name) {
        issues.push({ code: "DISTRICT_MISMATCH", field: "district", district: typed, codeDistrict });
      }
    }
  }
  return issues.length ? Object.freeze(issues) : NONE;
}
