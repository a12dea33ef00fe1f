/**
 * Every problem the product reports, as a union on `code` (REPORT.md "Message codes"). An issue holds the
 * facts, amounts in whole 分; its words and figures come from the per-locale catalogs in ./catalog. Severity
 * is fixed per code.
 */
import type { ReadDetail } from "./readDetail";
import type { FieldKey } from "./columns";
import type { Cents } from "./explain";
import type { IsoDate, RowRef } from "./types";

type At<F extends FieldKey> = { readonly field: F; readonly clause?: string };

/**
 * An earlier row a message points to (decision 21): its place in the batch and, where it is in another file
 * than the row the message is on, that file's name as given to the check, so no row seems to repeat itself.
 */
export interface Origin extends RowRef {
  readonly fileName?: string;
}

/**
 * Where the approvals of the history a message points to are (decision 21): the history file as given, and the
 * rows of it they are on (none where the entries carry no row).
 */
export interface HistoryAt {
  readonly file?: string;
  readonly rows: readonly number[];
}

export type Issue =
  // File level
  | { readonly code: "MISSING_COLUMN"; readonly field?: undefined; readonly clause?: undefined; readonly columns: readonly string[] }
  | {
      readonly code: "UNREADABLE_FILE"; readonly field?: undefined; readonly clause?: undefined;
      /** `found`: what exactly was found, a code with its parameters (worded by the catalogs). */
      readonly reason: UnreadableReason; readonly found?: ReadDetail;
    }
  // Cells
  /**
   * `found`: the cell holds an error value or what the reader could not read, rather than nothing.
   * `noColumn`: there is no cell, the table has no column for the field (the row's `absent`). `fault`
   * (here and in the three below): the reader could not read the cell, and says why; `found` is then "".
   */
  | ({ readonly code: "MISSING_VALUE"; readonly found?: string; readonly fault?: CellFault; readonly noColumn?: true } & At<FieldKey>)
  | ({ readonly code: "BAD_NUMBER"; readonly found: string; readonly fault?: CellFault; readonly expected: NumberExpectation; readonly problem: NumberProblem } & At<FieldKey>)
  | ({ readonly code: "BAD_DATE"; readonly found: string; readonly fault?: CellFault; readonly problem: "unreadable" | "impossible" | "error-value" } & At<FieldKey>)
  | ({ readonly code: "BAD_YEAR"; readonly found: string; readonly fault?: CellFault; readonly problem: "unreadable" | "out-of-range" | "error-value" } & At<"year">)
  | ({ readonly code: "UNKNOWN_ITEM"; readonly found: string; readonly closest: readonly string[] } & At<"item">)
  /** Decision 20: the text names several items equally well; `candidates` are their names. */
  | ({ readonly code: "AMBIGUOUS_ITEM"; readonly found: string; readonly candidates: readonly string[] } & At<"item">)
  | ({ readonly code: "UNKNOWN_LEVEL"; readonly found: string; readonly accepted: readonly string[] } & At<"level">)
  /** `digits-lost`: typed as a number of more than 15 digits, so Excel turned the later ones to 0 (`found` as stored). */
  | ({ readonly code: "BAD_CREDIT_CODE"; readonly found: string; readonly problem: "length" | "characters" | "check" | "digits-lost" } & At<"creditCode">)
  /** `noColumn` (here and on NO_START_DATE, NO_EVENT_DATE, CONDITION_UNSTATED): the table has no such column. */
  | ({ readonly code: "NO_CREDIT_CODE"; readonly noColumn?: true } & At<"creditCode">)
  | ({ readonly code: "UNKNOWN_DISTRICT"; readonly found: string } & At<"district">)
  // Rules
  | ({ readonly code: "NO_AMOUNT_CLAUSE" } & At<"item">)
  | ({ readonly code: "OUT_OF_PERIOD"; readonly date: IsoDate; readonly side: "before" | "after" } & At<"eventDate">)
  /** Decision 17: `found` is the outcome cell, `words` what in it decided, `condition` the clause's words. */
  | ({ readonly code: "CONDITION_NOT_MET"; readonly found: string; readonly words: string; readonly condition: string } & At<"outcome">)
  /** Decision 17: `found` the text that could not be classified (none if blank); `canonical` the item's outcomes. */
  | ({
      readonly code: "CONDITION_UNSTATED"; readonly condition: string; readonly found?: string; readonly canonical: readonly string[];
      readonly noColumn?: true;
    } & At<"outcome">)
  | ({ readonly code: "NOT_FULL_YEAR"; readonly startDate: IsoDate; readonly asOf: IsoDate; readonly fullOn: IsoDate } & At<"startDate">)
  | ({ readonly code: "NO_START_DATE"; readonly noColumn?: true } & At<"startDate">)
  | ({ readonly code: "NO_EVENT_DATE"; readonly noColumn?: true } & At<"eventDate">)
  /**
   * `by`: what makes the rows the same claim — the reference, the person, or (decision 10) the unit itself on
   * an award paid once per unit (`scope` says over what: the policy period or the application year).
   */
  | ({
      readonly code: "DUPLICATE"; readonly first: Origin | "history"; readonly historyAt?: HistoryAt; readonly by: "ref" | "person" | "unit"; readonly value: string;
      readonly scope?: "period" | "year";
    } & At<"ref" | "personId" | "item">)
  | ({ readonly code: "ONE_TIME_ONLY"; readonly first: Origin | "history"; readonly historyAt?: HistoryAt; readonly firstYear: number } & At<"item">)
  /** `years`: the distinct years already received (history first, then the batch in ascending order); `max` from the clause. */
  | ({ readonly code: "TWO_YEAR_LIMIT"; readonly years: readonly number[]; readonly max: number } & At<"year">)
  /** `max`: the rate in force, from the year's setting (`source: "setting"`) or the clause's maximum. */
  | ({ readonly code: "RATE_ABOVE_MAX"; readonly rate: string; readonly max: string; readonly source?: "setting" | "clause" } & At<"rate">)
  /** Decision 2: a row's 补助比例 on an item whose rate the clause fixes; `fixed` is the clause's rate. */
  | ({ readonly code: "RATE_FIXED"; readonly rate: string; readonly fixed: string } & At<"rate">)
  /**
   * Decision 5: a part of one loan after its months of interest (`months`, from the clause) were counted by
   * earlier parts; `first` is the loan's first part.
   */
  | ({ readonly code: "LOAN_MONTHS_USED"; readonly contract: string; readonly months: number; readonly first: Origin } & At<"months">)
  /**
   * Decisions 10 and 25: a quantity above 1, or 0, on an award paid once per unit or per project: the row is
   * one award.
   */
  | ({ readonly code: "QUANTITY_IGNORED"; readonly quantity: number } & At<"quantity">)
  /**
   * Decision 24: the item text names a level (`named`) that the 级别 column (`typed`) contradicts; the row is
   * eligible for the lower (`lower`) and 待核实.
   */
  | ({ readonly code: "LEVEL_CONFLICT"; readonly named: string; readonly typed: string; readonly lower: string } & At<"level">)
  /**
   * Decision 27: a history entry of this unit and item whose level cannot be told (no 级别 column, and its
   * 核定金额 `approved` matches no level's amount or more than one): the row is 待核实.
   */
  | ({ readonly code: "HISTORY_LEVEL_UNKNOWN"; readonly year: number; readonly approved: Cents; readonly historyAt?: HistoryAt } & At<"level">)
  /**
   * Decisions 10 and 27 within the batch: a row with no level, of an award paid once per unit and level, whose
   * unit has that award at a level (`level`) from another row or the history (`first`): whether the row is that
   * level's award again cannot be told, so it is 待核实.
   */
  | ({ readonly code: "LEVEL_UNSTATED"; readonly first: Origin | "history"; readonly historyAt?: HistoryAt; readonly level: string } & At<"level">)
  /**
   * Decisions 4, 6, 9, 10 with 23 and 26: an earlier row (`first`) that is 待核实, or may be another unit,
   * holds the unit's award, loan year or count of tens (`rule`) until the reviewer decides it; this row's
   * amount depends on that decision, so it is pending too, never approved or refused for it.
   */
  | ({ readonly code: "HELD_BY_ROW"; readonly first: Origin; readonly rule: HeldRule } & At<"item" | "year" | "quantity">)
  /** Decision 11: a row named only by a name that goes with two or more valid credit codes. */
  | ({ readonly code: "UNIT_AMBIGUOUS"; readonly name: string; readonly codes: readonly string[] } & At<"unit">)
  | ({ readonly code: "OVER_ELIGIBLE"; readonly claimed: Cents; readonly eligible: Cents } & At<"claimed">)
  | ({
      readonly code: "CAP_EXCEEDED"; readonly cap: Cents; readonly used: Cents; readonly left: Cents;
      readonly holder: string; readonly holderEn: string; readonly year: number;
      /** Decision 21: where the approvals already counted came from. */
      readonly fromHistory?: Cents; readonly fromRows?: readonly Origin[]; readonly historyAt?: HistoryAt;
    } & At<"claimed">)
  /** `noColumn`: the table has no claim column at all (rather than a blank cell in it). */
  | ({ readonly code: "NO_CLAIM"; readonly eligible: Cents; readonly noColumn?: true } & At<"claimed">)
  | ({ readonly code: "BELOW_STANDARD"; readonly claimed: Cents; readonly standard: Cents } & At<"claimed">)
  | ({ readonly code: "NOT_LOCAL"; readonly division: string } & At<"creditCode">)
  | ({ readonly code: "DISTRICT_MISMATCH"; readonly district: string; readonly codeDistrict: string } & At<"district">)
  /**
   * Decision 22, raised by the table reader: rows go on below the end of the Excel table object's range
   * (`endRow`) down to `lastRow`; they are read and checked too.
   */
  /**
   * Third hardening: one field named by two or more header columns (`columns`, as letters; `hidden` those
   * Excel hides). Which one counts cannot be guessed, so the file is not checked.
   */
  | {
      readonly code: "DUPLICATE_COLUMN"; readonly field?: undefined; readonly clause?: undefined;
      readonly header: string; readonly columns: readonly string[]; readonly hidden: readonly string[];
    }
  /** The row's value of the field comes from a column Excel hides (`column`, its letters). */
  | ({ readonly code: "HIDDEN_COLUMN"; readonly column: string } & At<FieldKey>)
  /** The row is hidden in the sheet (hidden, or a height of 0): checked and counted, and shown in the copy. */
  | { readonly code: "HIDDEN_ROW"; readonly field?: undefined; readonly clause?: undefined; readonly row: number }
  /**
   * The field's value is a formula's cached result (`cell`, e.g. "H5") in a workbook Excel recalculates on
   * opening, or calculates only on request (`why`): Excel may show another value.
   */
  | ({ readonly code: "FORMULA_RECALC"; readonly cell: string; readonly why: "full-calc-on-load" | "manual" } & At<FieldKey>)
  /**
   * The reference number or person ID holds look-alike characters (dashes other than "-", Cyrillic or Greek
   * letters that look Latin), folded before duplicates are compared; `chars` as U+XXXX.
   */
  | ({ readonly code: "CONFUSABLE_TEXT"; readonly chars: readonly string[] } & At<"ref" | "personId">)
  | {
      readonly code: "TABLE_RANGE_SHORT"; readonly field?: undefined; readonly clause?: undefined;
      readonly table: string; readonly endRow: number; readonly lastRow: number;
    };

export type IssueCode = Issue["code"];
/** What an earlier 待核实 row holds: the one-time award (9), the award once per unit (10), a loan year (6), tens (4). */
export type HeldRule = "oneTime" | "once" | "twoYear" | "fullTens";
export type Severity = "error" | "warning";

export type NumberExpectation = "money" | "integer" | "positive-integer" | "rate";
export type NumberProblem = "unreadable" | "negative" | "decimals" | "fraction" | "zero" | "error-value" | "too-large";

/**
 * Why the reader could not read one cell: a code and what it found, put into words by the catalogs. `found`
 * is the cell's own text (user data, shown quoted).
 */
export type CellFault =
  /** Longer than Excel's limit of characters in a cell. */
  | { readonly fault: "text-too-long"; readonly length: number; readonly limit: number }
  /** A formula saved without its result (not recalculated). */
  | { readonly fault: "no-cached-value" }
  /** A number cell whose value is no number. */
  | { readonly fault: "bad-number"; readonly found: string }
  /** A shared-string cell whose index is no number. */
  | { readonly fault: "bad-string-index"; readonly found: string }
  /** A shared-string index past the end of the table of strings. */
  | { readonly fault: "string-index-out-of-range"; readonly found: string }
  /**
   * A number of more than Excel's 15 significant digits where an identifier (ID, reference) belongs: Excel
   * turned its later digits to 0, so it is not the identifier typed. `found` is the number as stored.
   */
  | { readonly fault: "digits-lost"; readonly found: string }
  /** A TRUE/FALSE cell holding something else. */
  | { readonly fault: "bad-boolean"; readonly found: string }
  /** A cell type the file format does not have. */
  | { readonly fault: "unknown-type"; readonly found: string }
  /** A value Excel handed over that is no number, text or date (in the add-in). */
  | { readonly fault: "unreadable-value"; readonly found: string };

export type UnreadableReason =
  | "not-zip" | "truncated" | "encrypted" | "xls" | "csv" | "zip-bomb" | "too-large" | "too-many-entries"
  | "duplicate-entry" | "no-worksheet" | "bad-xml" | "doctype" | "limits" | "io" | "no-table"
  | "unsupported" | "xlsb" | "ods" | "numbers" | "docx" | "pptx" | "html" | "xml-spreadsheet" | "json" | "empty";

export const SEVERITY: Readonly<Record<IssueCode, Severity | "file">> = {
  MISSING_COLUMN: "file", UNREADABLE_FILE: "file", DUPLICATE_COLUMN: "file",
  MISSING_VALUE: "error", BAD_NUMBER: "error", BAD_DATE: "error", BAD_YEAR: "error", UNKNOWN_ITEM: "error",
  UNKNOWN_LEVEL: "error", NO_AMOUNT_CLAUSE: "error", OUT_OF_PERIOD: "error", CONDITION_NOT_MET: "error",
  NOT_FULL_YEAR: "error", DUPLICATE: "error", ONE_TIME_ONLY: "error", TWO_YEAR_LIMIT: "error",
  RATE_ABOVE_MAX: "error", OVER_ELIGIBLE: "error", CAP_EXCEEDED: "error", AMBIGUOUS_ITEM: "error",
  NO_EVENT_DATE: "warning", NO_CLAIM: "warning", BELOW_STANDARD: "warning", CONDITION_UNSTATED: "warning",
  NO_START_DATE: "warning", BAD_CREDIT_CODE: "warning", NOT_LOCAL: "warning", DISTRICT_MISMATCH: "warning",
  UNKNOWN_DISTRICT: "warning", NO_CREDIT_CODE: "warning", QUANTITY_IGNORED: "warning", RATE_FIXED: "warning",
  UNIT_AMBIGUOUS: "warning", TABLE_RANGE_SHORT: "warning", HIDDEN_COLUMN: "warning", HIDDEN_ROW: "warning",
  FORMULA_RECALC: "warning", CONFUSABLE_TEXT: "warning",
  LOAN_MONTHS_USED: "warning", LEVEL_CONFLICT: "warning", HISTORY_LEVEL_UNKNOWN: "warning", LEVEL_UNSTATED: "warning", HELD_BY_ROW: "warning",
};

export function severityOf(issue: Issue): Severity {
  const s = SEVERITY[issue.code];
  return s === "file" ? "error" : s;
}

/**
 * Issues that make a row ineligible (decision 8): it approves 0, uses none of the cap, and its excess is its
 * whole request. Amount errors (OVER_ELIGIBLE, CAP_EXCEEDED) are not among them, nor RATE_ABOVE_MAX: the row
 * is computed at the rate in force and what it claims beyond that is excess (decision 2).
 */
export const INELIGIBLE: ReadonlySet<IssueCode> = new Set<IssueCode>([
  "MISSING_VALUE", "BAD_NUMBER", "BAD_DATE", "BAD_YEAR", "UNKNOWN_ITEM", "AMBIGUOUS_ITEM", "UNKNOWN_LEVEL",
  "NO_AMOUNT_CLAUSE", "OUT_OF_PERIOD", "CONDITION_NOT_MET", "NOT_FULL_YEAR", "DUPLICATE", "ONE_TIME_ONLY",
  "TWO_YEAR_LIMIT",
]);

/**
 * Issues that leave a row 待核实 (decision 23): its amount depends on a fact lygip cannot read — an outcome
 * not known (17), a level the item's words and the 级别 column disagree on (24), a history entry whose level
 * cannot be told (27), a row with no level where its unit has the award at a level (27, LEVEL_UNSTATED), an
 * earlier 待核实 row holding the award, year or tens the row depends on (HELD_BY_ROW).
 * Nothing is approved and nothing refused for the fact: what the row would approve is
 * pending and reserves its part of the cap. UNIT_AMBIGUOUS (26) holds back only what the candidate units'
 * rules withhold, so it is not here (./check).
 */
export const PENDING: ReadonlySet<IssueCode> = new Set<IssueCode>([
  "CONDITION_UNSTATED", "LEVEL_CONFLICT", "HISTORY_LEVEL_UNKNOWN", "LEVEL_UNSTATED", "HELD_BY_ROW",
]);

/** Whether any of the issues is one of `codes`: a loop, asked several times of every row (no callback made per call). */
export function hasCodeIn(issues: readonly Issue[], codes: ReadonlySet<IssueCode>): boolean {
  for (let i = 0; i < issues.length; i++) if (codes.has(issues[i].code)) return true;
  return false;
}

export const isPending = (issues: readonly Issue[]): boolean => hasCodeIn(issues, PENDING);

/** What a 待核实 row's note names as the reason it is held: the causes above and an ambiguous unit (26). */
export const REVIEW_REASONS: ReadonlySet<IssueCode> = new Set<IssueCode>([...PENDING, "UNIT_AMBIGUOUS"]);

/** A row's status from its issues: error where any is an error, warning where any other, else ok. */
export function statusOf(issues: readonly Issue[]): "ok" | "warning" | "error" {
  let status: "ok" | "warning" | "error" = "ok";
  for (const i of issues) {
    if (severityOf(i) === "error") return "error";
    status = "warning";
  }
  return status;
}
