/** English messages, one per issue code. */
import { EDITION, FULL_YEAR, ITEMS } from "../../policy";
import { COLUMN_BY_KEY } from "../columns";
import type { CellFault, HeldRule, HistoryAt, Origin } from "../issues";
import { cellFaultText } from "./cellFault";
import { citeClause } from "./clause";
import { readDetailText } from "./readDetail";
import { filesEn, placeEn, rowsEn } from "./explain";
import { yuanFigure } from "./figures";
import type { Catalog } from "./types";

const col = (key: string) => COLUMN_BY_KEY.get(key as never)?.en ?? key;
/** What a cell held, or (a cell the reader could not read) why it could not be read. */
const foundEn = (i: { found: string; fault?: CellFault }) => (i.fault ? ` cannot be read (${cellFaultText(i.fault, "en")})` : ` "${i.found}"`);
/** Decision 21: the history file and its rows, where the message knows them ("历史.xlsx, rows 3, 5"). */
const historyPlace = (h: HistoryAt) =>
  [h.file, h.rows.length ? `${h.rows.length > 1 ? "rows" : "row"} ${h.rows.join(", ")}` : undefined].filter((x) => x !== undefined).join(", ");
const at = (r: Origin | "history", h?: HistoryAt) =>
  r === "history" ? `the approval history${h ? ` (${historyPlace(h)})` : ""}` : placeEn(r);
/** Money as a reader of English reads it: "30,000.00 yuan". */
const yuan = (cents: number) => yuanFigure(cents, "en");
/**
 * An item named in English with the Chinese name the table uses in parentheses, so an English reader knows
 * what it is and what to type: "IP securitisation (知识产权证券化)".
 */
const itemName = (name: string) => {
  const item = ITEMS.find((i) => i.name === name);
  return item ? `${item.nameEn} (${name})` : name;
};
/** A citation opening a sentence: "Clause (4) …". */
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** A clause's condition is the policy's own words: quoted as such in English. */
const quoted = (words: string) => `“${words}”`;
/** What the earlier pending row holds (HELD_BY_ROW). */
const HELD_EN: Record<HeldRule, string> = {
  oneTime: "whether this unit has had this one-time award",
  once: "whether this unit has had this award",
  twoYear: "whether its year counts among this unit's years of subsidy (at most 2)",
  fullTens: "this unit's full tens of cases in the year",
};
const FULL_YEAR_WORDS = FULL_YEAR.years === 1 ? "a full year" : `${FULL_YEAR.years} full years`;

const UNREADABLE: Record<string, string> = {
  "not-zip": "not an xlsx file (not a zip archive); save it as .xlsx in Excel",
  truncated: "the file is incomplete (truncated zip); get the original file again",
  encrypted: "the file is password-protected (encrypted); remove the password in Excel and save as .xlsx",
  xls: "this is a legacy .xls file; save it as .xlsx in Excel",
  csv: "this is a CSV text file; open it in Excel and save as .xlsx",
  html: "this is a web-page (HTML) table, as systems often export under .xls; open it in Excel and save it as .xlsx",
  "xml-spreadsheet": "this is an XML Spreadsheet 2003 file; open it in Excel and save it as .xlsx",
  json: "this is JSON text (such as lygip's --json report), not an Excel workbook; give an .xlsx file (for earlier approvals, last year's checked copy .checked.xlsx or --summary workbook)",
  xlsb: "this is an Excel binary workbook (.xlsb); save it as .xlsx in Excel and check it again",
  ods: "this is an OpenDocument spreadsheet (.ods, as WPS or LibreOffice save it); save it as an Excel workbook (.xlsx) and check it again",
  numbers: "this is an Apple Numbers spreadsheet (.numbers); export it from Numbers (File › Export To › Excel) as .xlsx and check it again",
  docx: "this is a Word document (.docx), not an Excel workbook; choose the application table's .xlsx file",
  pptx: "this is a PowerPoint presentation (.pptx), not an Excel workbook; choose the application table's .xlsx file",
  empty: "the file is empty (0 bytes), perhaps not fully saved or copied; get the original file again",
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
  // The reader says what it found in both languages; a detail written only in Chinese is left out.
  UNREADABLE_FILE: (i) => UNREADABLE[i.reason] + (i.found ? ` (${readDetailText(i.found, "en")})` : ""),
  MISSING_VALUE: (i) =>
    i.found === undefined ? `${col(i.field)} is required but ${i.noColumn ? "the table has no such column" : "the cell is empty"}` : `${col(i.field)} holds an error value or cannot be read (${i.fault ? cellFaultText(i.fault, "en") : `"${i.found}"`}); expected text`,
  BAD_NUMBER: (i) => {
    const what = { money: "an amount in yuan with at most two decimals", integer: "a whole number, 0 or more", "positive-integer": "a whole number above 0", rate: "a rate such as 30% or 0.3" }[i.expected];
    const why = {
      unreadable: "not a number", negative: "negative", decimals: "more than two decimals (not rounded)",
      fraction: "not a whole number", zero: "must be above 0", "error-value": "an error value", "too-large": "too large",
    }[i.problem];
    return `${col(i.field)}${foundEn(i)}: ${why}; expected ${what}`;
  },
  BAD_DATE: (i) => {
    const why = { unreadable: "not a date", impossible: "no such date", "error-value": "an error value" }[i.problem];
    return `${col(i.field)}${foundEn(i)}: ${why}; expected a date such as 2025-06-01`;
  },
  BAD_YEAR: (i) => {
    const why = { unreadable: "not a year", "out-of-range": `outside the policy years ${EDITION.firstYear}–${EDITION.lastYear}`, "error-value": "an error value" }[i.problem];
    // A year outside the policy's years is told them already; any other says what to type.
    const expected = i.problem === "out-of-range" ? "" : `; expected a year ${EDITION.firstYear}–${EDITION.lastYear}, such as ${EDITION.firstYear}`;
    return `Application year${foundEn(i)}: ${why}${expected}`;
  },
  UNKNOWN_ITEM: (i) => `Unknown item "${i.found}"` + (i.closest.length ? `; closest: ${i.closest.map(itemName).join("; ")}` : ""),
  AMBIGUOUS_ITEM: (i) => `Item "${i.found}" may mean different items: ${i.candidates.map(itemName).join("; ")}; name one of them`,
  UNKNOWN_LEVEL: (i) =>
    i.accepted.length ? `Level "${i.found}" does not apply to this item; accepted: ${i.accepted.join(", ")}` : `This item has no levels, but "${i.found}" was given`,
  BAD_CREDIT_CODE: (i) => {
    if (i.problem === "digits-lost") {
      return `Credit code stored as the number ${i.found}: it has more than Excel's 15 significant digits, the 16th on were turned to 0, so it is not the code typed; format the cell as text and type it again; the unit is identified by its name`;
    }
    const why = { length: "must be 18 characters", characters: "holds characters not allowed", check: "has a wrong check character" }[i.problem];
    return `Credit code "${i.found}" ${why} (GB 32100-2015); the unit is identified by its name`;
  },
  NO_CREDIT_CODE: (i) => `${i.noColumn ? "The table has no credit code column" : "No credit code"}; the unit is identified by its name`,
  UNKNOWN_DISTRICT: (i) => `District "${i.found}" is not one of Lianyungang's districts or zones`,
  NO_AMOUNT_CLAUSE: (i) => `${capital(citeClause(i.clause ?? "（四）", "en"))} sets no amount; no funds can be claimed under it`,
  OUT_OF_PERIOD: (i) =>
    i.side === "before"
      ? `Event date ${i.date} is before the policy took effect on ${EDITION.periodStart} (closing paragraph; the repealed ${EDITION.repeals} applies)`
      : `Event date ${i.date} is after the policy expired on ${EDITION.periodEnd} (closing paragraph)`,
  CONDITION_NOT_MET: (i) =>
    (i.words === i.found ? `Outcome "${i.found}"` : `Outcome "${i.found}": "${i.words}"`) + ` does not meet the clause's condition ${quoted(i.condition)}`,
  CONDITION_UNSTATED: (i) => {
    const canonical = i.canonical.length ? `; state the outcome, e.g. ${i.canonical.join(", ")}` : "";
    const blank = i.noColumn ? "The table has no outcome column, so the clause's condition" : "No outcome stated for the clause's condition";
    return (i.found ? `Outcome "${i.found}" cannot be judged against the clause's condition ${quoted(i.condition)}` : `${blank} ${quoted(i.condition)}`) + canonical;
  },
  NOT_FULL_YEAR: (i) => `Employed since ${i.startDate}: not ${FULL_YEAR_WORDS} by ${i.asOf} (reached on ${i.fullOn})`,
  NO_START_DATE: (i) => `${i.noColumn ? "The table has no start of employment column" : "No start of employment"}; ${FULL_YEAR_WORDS} of work cannot be confirmed`,
  NO_EVENT_DATE: (i) => (i.noColumn ? "The table has no event date column" : "No event date"),
  DUPLICATE: (i) => {
    if (i.by === "unit") {
      const scope = i.scope === "year" ? "once per unit per year" : "once per unit in the policy period";
      return `Duplicate of ${at(i.first, i.historyAt)}: this award is paid ${scope}, whatever the quantity or reference`;
    }
    return `Duplicate of ${at(i.first)}: same ${i.by === "person" ? "item and person" : "unit, item and reference"} "${i.value}"`;
  },
  ONE_TIME_ONLY: (i) => `A one-time award: this unit already received it at ${at(i.first, i.historyAt)} (${i.firstYear})`,
  TWO_YEAR_LIMIT: (i) => `Pledge-loan subsidy is limited to ${i.max} years in all; this unit received it in ${i.years.join(", ")}`,
  RATE_ABOVE_MAX: (i) =>
    i.source === "setting"
      ? `Rate ${i.rate} is above this year's rate ${i.max}; computed at ${i.max}`
      : `Rate ${i.rate} is above the clause's maximum ${i.max}; computed at ${i.max}`,
  RATE_FIXED: (i) => `The clause fixes this item's rate at ${i.fixed}; the row's rate ${i.rate} is not applied`,
  LOAN_MONTHS_USED: (i) =>
    `Contract "${i.contract}" is one loan: at most ${i.months} months of its interest count, already counted by its parts from ${at(i.first)}: this row's interest counts 0, its service fees still count at the rate`,
  QUANTITY_IGNORED: (i) =>
    i.quantity === 0
      ? "This award is paid once per unit or project; a quantity of 0 is read as a blank, as one award"
      : `This award is paid once per unit or project; the quantity ${i.quantity} is not multiplied`,
  LEVEL_CONFLICT: (i) =>
    `The item names "${i.named}" but the level column says "${i.typed}": computed at the lower, "${i.lower}", pending review of the level`,
  HISTORY_LEVEL_UNKNOWN: (i) =>
    `The approval history${i.historyAt ? ` (${historyPlace(i.historyAt)})` : ""} has ${yuan(i.approved)} for this unit and item in ${i.year}, whose level cannot be told (no level column, and the amount matches no single level): pending review of whether the same level was already paid`,
  LEVEL_UNSTATED: (i) =>
    `No level given: this unit has the award at level "${i.level}" in ${at(i.first, i.historyAt)}, paid once per level, and whether this row is the same level cannot be told: pending review; give the level`,
  HELD_BY_ROW: (i) => `The earlier ${at(i.first)} is pending review or may be another unit, and ${HELD_EN[i.rule]} depends on how it is decided: this row is pending too, until that row is decided`,
  UNIT_AMBIGUOUS: (i) => `Unit name "${i.name}" goes with several credit codes (${i.codes.join(", ")}): the row is checked against the caps, one-time and two-year rules of each, approving only what all of them allow and holding the rest pending; give the credit code`,
  OVER_ELIGIBLE: (i) => `Claim ${yuan(i.claimed)} is above the eligible amount ${yuan(i.eligible)}`,
  CAP_EXCEEDED: (i) => {
    const from: string[] = [];
    if (i.fromHistory) from.push(`${yuan(i.fromHistory)} in the approval history${i.historyAt ? `, ${historyPlace(i.historyAt)}` : ""}`);
    if (i.fromRows && i.fromRows.length) from.push(`this batch's ${rowsEn(i.fromRows)}${filesEn(i.fromRows)}`);
    const where = from.length ? ` (${from.join("; ")})` : "";
    return `Over the ${i.year} cap of ${yuan(i.cap)} per ${i.holderEn}: ${yuan(i.used)} already approved${where}, at most ${yuan(i.left)} for this row`;
  },
  NO_CLAIM: (i) => `${i.noColumn ? "The table has no claim column" : "No claim"}; the eligible amount ${yuan(i.eligible)} is taken`,
  BELOW_STANDARD: (i) => `Claim ${yuan(i.claimed)} is below the standard amount ${yuan(i.standard)}`,
  NOT_LOCAL: (i) => `Credit code registered by authority ${i.division}, outside Lianyungang (3207)`,
  DISTRICT_MISMATCH: (i) => `District "${i.district}" contradicts the credit code's registration (${i.codeDistrict})`,
  DUPLICATE_COLUMN: (i) => {
    const named = i.columns.map((c) => `${c}${i.hidden.includes(c) ? " (hidden)" : ""}`);
    const list = named.length > 1 ? `${named.slice(0, -1).join(", ")} and ${named[named.length - 1]}` : named.join("");
    return `"${i.header}" is in ${named.length} columns: ${list}; each field goes in one column only, delete or rename all but one`;
  },
  HIDDEN_COLUMN: (i) => `${col(i.field)} comes from hidden column ${i.column}; unhide it and check it`,
  HIDDEN_ROW: (i) => `Row ${i.row} is hidden in the sheet; it is checked and counted in the summary, and shown again in the annotated copy`,
  FORMULA_RECALC: (i) =>
    `${col(i.field)} is the saved result of the formula in ${i.cell}; ` +
    (i.why === "full-calc-on-load" ? "this workbook is set to recalculate when opened" : "this workbook is set to calculate manually, so saved results may be stale") +
    ", and Excel may show another value; recalculate and save it in Excel, then check it again",
  CONFUSABLE_TEXT: (i) => `${col(i.field)} holds look-alike characters ${i.chars.join(", ")} (dashes other than "-", Cyrillic or Greek letters that look Latin); duplicates are compared with their plain forms`,
  TABLE_RANGE_SHORT: (i) => `The Excel table "${i.table}" ends at row ${i.endRow}, but rows continue to ${i.lastRow}; they are checked too`,
};
