/**
 * 审核明细 (REPORT.md "For managers"): one clean, typed row per application row, whatever the applicant
 * typed, so that a PivotTable groups it correctly. Both hosts write the same rows from these functions: the
 * command line as an Excel table object in the xlsx, the task pane through the Excel API.
 */
import type { Cents } from "../engine/explain";
import { centsOfResult } from "../engine/evaluate";
import type { RowResult } from "../engine/types";
import { DISTRICTS, ITEMS, resolveDistrict } from "../policy";
import { memoise } from "../policy/memo";
import { VERDICT_WORDS } from "./labels";
import { centsNumber } from "./moneyNumber";
import { neutralise } from "./neutralise";
import type { PlanSheet, PlanValue } from "./types";
import { fitWidth, planSheetWidths, wrappedLines } from "./widths";

export const DETAIL_SHEET_NAME = "审核明细";
/** The Excel table object (ListObject) over the sheet's rows; the PivotTables of 汇总 read it by this name. */
export const DETAIL_TABLE_NAME = "lygip明细";

/** The label of a district cell left empty, and of an item the policy does not know. */
export const BLANK_LABEL = "（未填写）";
export const UNRECOGNISED_ITEM_LABEL = "（未识别）";
/**
 * The one label of every district text lygip does not know (连云港市区, a misspelling): such a text is not a
 * district, so a pivot by 所属县区 must not list it beside the real ones (REPORT.md "For managers").
 */
export const UNRECOGNISED_DISTRICT_LABEL = "（未识别县区）";

export type DetailKey =
  | "file" | "row" | "unit" | "creditCode" | "district" | "year" | "itemCode" | "itemName" | "clause" | "verdict"
  | "requested" | "approvable" | "pending" | "excess" | "codes" | "level";

/** How a column's cells are written: text, a whole number (no format), or money (`#,##0.00`). */
export type DetailKind = "text" | "integer" | "money";

export interface DetailColumn {
  readonly key: DetailKey;
  readonly header: string;
  readonly kind: DetailKind;
  /** Column width in characters, wide enough for its usual contents. */
  readonly width: number;
}

/**
 * Wide enough for every item's name whole (the longest, INFO_OUTLET's, is wider than a text column's usual
 * limit): a name cut or spilling into the next column is a name a manager cannot read.
 */
export const ITEM_NAME_WIDTH = fitWidth([...ITEMS.map((i) => i.name), UNRECOGNISED_ITEM_LABEL], false, Infinity);

/** The columns in REPORT.md's order. */
export const DETAIL_COLUMNS: readonly DetailColumn[] = [
  { key: "file", header: "文件", kind: "text", width: 24 },
  { key: "row", header: "行号", kind: "integer", width: 7 },
  { key: "unit", header: "单位名称", kind: "text", width: 32 },
  { key: "creditCode", header: "统一社会信用代码", kind: "text", width: 22 },
  { key: "district", header: "所属县区", kind: "text", width: 16 },
  { key: "year", header: "申报年度", kind: "integer", width: 10 },
  { key: "itemCode", header: "事项代码", kind: "text", width: 24 },
  { key: "itemName", header: "事项名称", kind: "text", width: ITEM_NAME_WIDTH },
  { key: "clause", header: "条款", kind: "text", width: 10 },
  { key: "verdict", header: "审核结论", kind: "text", width: 10 },
  { key: "requested", header: "申请金额", kind: "money", width: 16 },
  { key: "approvable", header: "可核定金额", kind: "money", width: 16 },
  { key: "pending", header: "待核实金额", kind: "money", width: 16 },
  // The engine's excess: what the review cuts, 核减 in everything the product writes (decision 23).
  { key: "excess", header: "核减金额", kind: "money", width: 16 },
  { key: "codes", header: "问题代码", kind: "text", width: 30 },
  // Last, so the columns before it stay where earlier versions put them. The level an item paid per level was
  // read at (decision 10): a pivot by level, and last year's 审核明细 given as --history tells which level's
  // award a unit already has (decision 27).
  { key: "level", header: "级别", kind: "text", width: 12 },
];

/** 0-based index of a column in DETAIL_COLUMNS. */
export function detailColumnIndex(key: DetailKey): number {
  return DETAIL_COLUMNS.findIndex((c) => c.key === key);
}

export interface DetailRow {
  /** The file's name as the batch gave it. */
  readonly file: string;
  /** The worksheet row number as Excel shows it. */
  readonly row: number;
  readonly unit: string;
  readonly creditCode: string;
  /** The district's own name when the policy knows it; UNRECOGNISED_DISTRICT_LABEL otherwise; BLANK_LABEL when empty. */
  readonly district: string;
  /** null where the year was empty or unreadable: the cell stays empty rather than hold a guess. */
  readonly year: number | null;
  /** "" where the item was not recognised. */
  readonly itemCode: string;
  readonly itemName: string;
  /** "07 （七）": sorts in clause order as text; "" where the item was not recognised. */
  readonly clause: string;
  /** 审核结论: 通过, 核减, 不予支持 or 待核实 (decision 23). */
  readonly verdict: string;
  /**
   * The amounts in whole 分, as the engine settles them: the claim, or the eligible amount where the claim is
   * blank, and requested = approvable + pending + excess. Kept as numbers, not Money: a table of 100,000 rows
   * held four Money objects a row (about 60 MB) while its sheets were written.
   */
  readonly requested: Cents;
  readonly approvable: Cents;
  readonly pending: Cents;
  /** 核减金额. */
  readonly excess: Cents;
  /** The row's message codes, each once, in the order the messages come: "OVER_ELIGIBLE, NO_EVENT_DATE". */
  readonly codes: string;
  /** The level the row was read at, by its own name (国家级, 示范企业 …); "" on an item not paid by level. */
  readonly level: string;
}

/**
 * The rows of 审核明细 in the order of the batch. `files[i]` (or `files(i)`) names the batch's file i
 * (RowRef.file).
 */
export function detailRows(results: readonly RowResult[], files: readonly string[] | ((file: number) => string)): DetailRow[] {
  const name = typeof files === "function" ? files : (i: number) => files[i] ?? "";
  const districtCell = districtCells();
  return results.map((r) => detailRow(r, name(r.ref.file), districtCell));
}

function detailRow(r: RowResult, file: string, districtCell: (typed: string | null) => string): DetailRow {
  return {
    file: neutralise(file),
    row: r.ref.row,
    unit: neutralise(r.input.unit?.trim() ?? ""),
    creditCode: neutralise(r.input.creditCode?.trim() ?? ""),
    district: districtCell(r.input.district),
    year: r.input.year,
    itemCode: r.item?.code ?? "",
    itemName: r.item?.name ?? UNRECOGNISED_ITEM_LABEL,
    clause: r.item ? itemClauseKey(r.item.clause) : "",
    verdict: VERDICT_WORDS[r.verdict],
    // The engine settles requested = approvable + pending + excess on every row (REPORT.md).
    requested: centsOfResult(r, "requested"),
    approvable: centsOfResult(r, "approvable"),
    pending: centsOfResult(r, "pending"),
    excess: centsOfResult(r, "excess"),
    codes: codesOf(r.issues),
    level: r.level?.name ?? "",
  };
}

/** The row's message codes, each once: most rows have none or one, told without a set and an array made. */
function codesOf(issues: RowResult["issues"]): string {
  if (issues.length === 0) return "";
  if (issues.length === 1) return issues[0]!.code;
  return [...new Set(issues.map((i) => i.code))].join(", ");
}

/**
 * The district cell for each text typed, as districtName names it, remembered for the rows of one call: a
 * table of 100,000 rows holds a few district texts over and over, each normalised and looked up once.
 */
const DISTRICT_TEXTS = 256;

function districtCells(): (typed: string | null) => string {
  const cell = memoise((typed: string) => neutralise(districtName(typed)), DISTRICT_TEXTS);
  return (typed) => (typed === null ? neutralise(districtName(typed)) : cell(typed));
}

/** The amounts of a row of 审核明细, by name. */
export const DETAIL_MONEY_KEYS = ["requested", "approvable", "pending", "excess"] as const satisfies readonly DetailKey[];
export type DetailMoneyKey = (typeof DETAIL_MONEY_KEYS)[number];

/**
 * A district as the policy names it; UNRECOGNISED_DISTRICT_LABEL for text the policy does not know (the
 * row's 文件 and 行号 lead back to what was typed, and its UNKNOWN_DISTRICT warning quotes it); BLANK_LABEL
 * when empty.
 */
export function districtName(typed: string | null): string {
  const text = typed?.trim() ?? "";
  if (text === "") return BLANK_LABEL;
  return resolveDistrict(text)?.name ?? UNRECOGNISED_DISTRICT_LABEL;
}

/** The cells of one row as a sheet holds them: numbers as numbers (money to the 分), text as text. */
export function detailValues(row: DetailRow): PlanValue[] {
  return DETAIL_COLUMNS.map((c) => {
    const v = row[c.key];
    if (v === null) return null;
    return c.kind === "money" ? centsNumber(v as Cents) : v;
  });
}

/**
 * clauseSortKey of an item's clause, made once for each of the policy's clauses rather than once a row: the
 * rows of a large table share a few dozen.
 */
const CLAUSE_KEYS = new Map<string, string>();

function itemClauseKey(clause: string): string {
  let key = CLAUSE_KEYS.get(clause);
  if (key === undefined) CLAUSE_KEYS.set(clause, (key = clauseSortKey(clause)));
  return key;
}

const NUMERALS = "一二三四五六七八九";

/**
 * "（七）" → "07 （七）", "（二十二）" → "22 （二十二）": the clause's number in two digits first, so the column
 * sorts in clause order as text. A clause that is not a bracketed numeral is returned as it is.
 */
export function clauseSortKey(clause: string): string {
  const n = chineseOrdinal(clause.replace(/^[（(]|[）)]$/g, ""));
  return n === undefined ? clause : `${String(n).padStart(2, "0")} ${clause}`;
}

/** 一..九十九 as a number; undefined for anything else. */
function chineseOrdinal(text: string): number | undefined {
  const m = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(text);
  if (!m || text === "") return undefined;
  const digit = (s: string) => NUMERALS.indexOf(s) + 1;
  if (!m[2]) return m[1] && !m[3] ? digit(m[1]) : undefined;
  return (m[1] ? digit(m[1]) : 1) * 10 + (m[3] ? digit(m[3]) : 0);
}

/** The districts' order for any table by district: the policy's, then other names, then unrecognised, then blanks. */
export function districtOrder(names: Iterable<string>): string[] {
  const present = new Set(names);
  const known = DISTRICTS.map((d) => d.name).filter((n) => present.has(n));
  const last = [UNRECOGNISED_DISTRICT_LABEL, BLANK_LABEL];
  const others = [...present].filter((k) => !last.includes(k) && !known.includes(k)).sort(byCodePoint);
  return [...known, ...others, ...last.filter((l) => present.has(l))];
}

export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * 审核明细 as a sheet: the header row, then one row per application row, money in #,##0.00. A row whose text
 * is wider than its fitted column (a long list of codes, a long name) wraps (detailRowWraps).
 */
export function buildDetailSheet(rows: readonly DetailRow[]): PlanSheet {
  const money = DETAIL_COLUMNS.flatMap((c, i) => (c.kind === "money" ? [i] : []));
  const sheet: PlanSheet = {
    name: DETAIL_SHEET_NAME,
    rows: [
      { values: DETAIL_COLUMNS.map((c) => c.header), bold: true },
      ...rows.map((r) => ({ values: detailValues(r), moneyColumns: money })),
    ],
    columnWidths: DETAIL_COLUMNS.map((c) => c.width),
    headerRows: 1,
  };
  const widths = planSheetWidths(sheet);
  return { ...sheet, rows: sheet.rows.map((r, i) => (i > 0 && detailRowWraps(r.values, widths) ? { ...r, wrap: true } : r)) };
}

/**
 * Whether a row of 审核明细 wraps: some text of it is wider than its column. Text wider than the last column
 * (问题代码) would spill past the sheet and print on a page of its own; elsewhere it would be cut.
 */
export function detailRowWraps(values: readonly PlanValue[], widths: readonly number[]): boolean {
  for (let col = 0; col < values.length; col++) {
    const v = values[col];
    if (typeof v === "string" && widerThanColumn(v, widths[col]!)) return true;
  }
  return false;
}

/** A text of 审核明细 wider than its column, which makes its row wrap (detailRowWraps; the streaming writer too). */
export function widerThanColumn(text: string, width: number): boolean {
  // Most texts are short enough to fit whatever their characters: wrappedLines tells them without measuring.
  return text !== "" && wrappedLines(text, width) > 1;
}
