/** English messages, one per issue code. */
import { COLUMN_BY_KEY } from "../columns";
import type { Catalog } from "./types";

const col = (key: string) => COLUMN_BY_KEY.get(key as never)?.en ?? key;
const at = (r: { file: number; row: number } | "history") => (r === "history" ? "the approval history" : `row ${r.row}`);

const UNREADABLE: Record<string, string> = {
  "not-zip": "not an xlsx file (not a zip archive); save it as .xlsx in Excel",
  truncated: "the file is incomplete (truncated zip); get the original file again",
  encrypted: "the file is password-protected (encrypted); remove the password in Excel and save as .xlsx",
  xls: "this is a legacy .xls file; save it as .xlsx in Excel",
  csv: "this is a CSV text file; open it in Excel and save as .xlsx",
  "zip-bomb": "an entry inflates too far or at an abnormal ratio (a zip bomb); refused",
  "too-large": "the file is over the size limit",
  "too-many-entries": "the archive holds more entries than the limit",
  "duplicate-entry": "the archive holds two entries with the same name; the file is damaged or tampered with",
  "no-worksheet": "the workbook has no readable worksheet",
  "bad-xml": "the workbook's content is malformed",
  doctype: "the workbook declares a DTD or entities (a possible XML attack); refused",
  limits: "the workbook is over a reading limit",
  unsupported: "a zip format the reader does not support; open it in Excel and save it as .xlsx again",
  io: "the file cannot be read",
  "no-table": "no application table: none of the first 20 rows holds at least three recognised headers",
};

export const en: Catalog = {
  MISSING_COLUMN: (i) => `Required column missing: ${i.columns.join(", ")}`,
  UNREADABLE_FILE: (i) => UNREADABLE[i.reason] + (i.detail ? ` (${i.detail})` : ""),
  MISSING_VALUE: (i) =>
    i.found === undefined ? `${col(i.field)} is required but the cell is empty` : `${col(i.field)} holds an error value or cannot be read ("${i.found}"); expected text`,
  BAD_NUMBER: (i) => {
    const what = { money: "an amount in yuan with at most two decimals", integer: "a whole number, 0 or more", "positive-integer": "a whole number above 0", rate: "a rate such as 30% or 0.3" }[i.expected];
    const why = {
      unreadable: "not a number", negative: "negative", decimals: "more than two decimals (not rounded)",
      fraction: "not a whole number", zero: "must be above 0", "error-value": "an error value", "too-large": "too large",
    }[i.problem];
    return `${col(i.field)} "${i.found}": ${why}; expected ${what}`;
  },
  BAD_DATE: (i) => {
    const why = { unreadable: "not a date", impossible: "no such date", "error-value": "an error value" }[i.problem];
    return `${col(i.field)} "${i.found}": ${why}; expected a date such as 2025-06-01`;
  },
  BAD_YEAR: (i) => {
    const why = { unreadable: "not a year", "out-of-range": "outside the policy years 2025–2030", "error-value": "an error value" }[i.problem];
    return `Application year "${i.found}": ${why}`;
  },
  UNKNOWN_ITEM: (i) => `Unknown item "${i.found}"` + (i.closest.length ? `; closest: ${i.closest.join(", ")}` : ""),
  UNKNOWN_LEVEL: (i) =>
    i.accepted.length ? `Level "${i.found}" does not apply to this item; accepted: ${i.accepted.join(", ")}` : `This item has no levels, but "${i.found}" was given`,
  BAD_CREDIT_CODE: (i) => {
    const why = { length: "must be 18 characters", characters: "holds characters not allowed", check: "has a wrong check character" }[i.problem];
    return `Credit code "${i.found}" ${why} (GB 32100-2015); the unit is identified by its name`;
  },
  NO_CREDIT_CODE: () => "No credit code; the unit is identified by its name",
  UNKNOWN_DISTRICT: (i) => `District "${i.found}" is not one of Lianyungang's districts or zones`,
  NO_AMOUNT_CLAUSE: (i) => `Clause ${i.clause ?? "（四）"} sets no amount; no funds can be claimed under it`,
  OUT_OF_PERIOD: (i) =>
    i.side === "before"
      ? `Event date ${i.date} is before the policy took effect on 2025-06-01 (the repealed 连政发〔2021〕79号 applies)`
      : `Event date ${i.date} is after the policy expired on 2030-05-31`,
  CONDITION_NOT_MET: (i) => `Outcome "${i.found}" does not meet the condition: ${i.condition}`,
  CONDITION_UNSTATED: (i) => (i.found ? `Outcome "${i.found}" cannot be judged against the condition: ${i.condition}` : `No outcome stated for the condition: ${i.condition}`),
  NOT_FULL_YEAR: (i) => `Employed since ${i.startDate}: not a full year by ${i.asOf} (full on ${i.fullOn})`,
  NO_START_DATE: () => "No start of employment; a full year of work cannot be confirmed",
  NO_EVENT_DATE: () => "No event date",
  DUPLICATE: (i) => `Duplicate of ${at(i.first)}: same unit, item and ${i.by === "person" ? "person" : "reference"} "${i.value}"`,
  ONE_TIME_ONLY: (i) => `A one-time award: this unit already claimed it at ${at(i.first)} (${i.firstYear})`,
  TWO_YEAR_LIMIT: (i) => `Pledge-loan subsidy is limited to 2 years; this unit already has ${i.years.join(", ")}`,
  RATE_ABOVE_MAX: (i) => `Rate ${i.rate} is above the clause's maximum ${i.max}`,
  OVER_ELIGIBLE: (i) => `Claim ${i.claimed} is above the eligible amount ${i.eligible}`,
  CAP_EXCEEDED: (i) => `Over the ${i.year} cap of ${i.cap} per ${i.holderEn}: ${i.used} already approved, at most ${i.left} for this row`,
  NO_CLAIM: (i) => `No claim; the eligible amount ${i.eligible} is taken`,
  BELOW_STANDARD: (i) => `Claim ${i.claimed} is below the standard amount ${i.standard}`,
  NOT_LOCAL: (i) => `Credit code registered by authority ${i.division}, outside Lianyungang (3207)`,
  DISTRICT_MISMATCH: (i) => `District "${i.district}" contradicts the credit code's registration (${i.codeDistrict})`,
};
