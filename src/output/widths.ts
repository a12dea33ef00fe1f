/**
 * Column widths that fit what a column holds, so a spreadsheet shows every figure (never `###`) and every
 * header whole. Widths are in Excel's unit, the width of the digit 0 of the default font; a Chinese
 * character or full-width sign takes about two.
 */
import { isWide } from "./eastAsianWidth";
import type { AnnotationPlan, PlanRow, PlanSheet, PlanValue } from "./types";

/** Room for the cell's padding and a filter button on the header. */
const PADDING = 3;
const MIN_WIDTH = 6;
/** Text beyond this wraps (审核说明) or is cut where the next cell holds something. */
export const MAX_WIDTH = 60;

/** Index of 审核结论 among the result columns: the cell filled by its verdict (VERDICT_FILLS). */
export const VERDICT_COLUMN = 0;

/** Index of 审核说明 among the result columns: the one column that wraps. */
export const EXPLANATION_COLUMN = 4;

/**
 * How wide `text` shows, counting wide characters (Unicode East Asian Width W and F) as two: never more than
 * two for each of its UTF-16 units (MOST_PER_UNIT), so a text at most half as long as a width already
 * reached need not be measured against it.
 */
export function displayWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x1100) {
      w += 1;
      continue;
    }
    if (isCommonWide(c)) {
      w += 2;
      continue;
    }
    // A surrogate pair is one character, counted by its code point (a lone surrogate counts as itself).
    const next = text.charCodeAt(i + 1);
    if ((c & 0xfc00) === 0xd800 && (next & 0xfc00) === 0xdc00) {
      w += isWide(((c - 0xd800) << 10) + (next - 0xdc00) + 0x10000) ? 2 : 1;
      i++;
    } else {
      w += isWide(c) ? 2 : 1;
    }
  }
  return w;
}


/**
 * Ranges of WIDE_RANGES (eastAsianWidth.ts) that most Chinese text is in, told without its search: CJK
 * ideographs (U+4E00–U+A48C), CJK symbols and punctuation (U+3000–U+303E), fullwidth forms (U+FF01–U+FF60).
 * A test holds displayWidth to the generated table for every character of the Basic Multilingual Plane.
 */
function isCommonWide(c: number): boolean {
  return (c >= 0x4e00 && c <= 0xa48c) || (c >= 0x3000 && c <= 0x303e) || (c >= 0xff01 && c <= 0xff60);
}

/** The most a UTF-16 unit adds to displayWidth: a wide character is two, a surrogate pair two for its two units. */
const MOST_PER_UNIT = 2;

/**
 * Whether `text` shows at most `width` wide whatever its characters, told from its length alone: such a text
 * cannot widen a column already that wide, nor wrap in a column with that much room, and is not measured.
 */
export function cannotExceed(text: string, width: number): boolean {
  return text.length * MOST_PER_UNIT <= width;
}

/** A number as `#,##0.00` shows it ("1,234,567.89"), or as General shows a whole number. */
export function shownNumber(value: number, money: boolean): string {
  if (!money) return String(value);
  const [whole, cents] = Math.abs(value).toFixed(2).split(".");
  return `${value < 0 ? "-" : ""}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${cents}`;
}

/** shownNumber(value, money).length without building it: the digits, a comma every three, the sign. */
export function shownNumberWidth(value: number, money: boolean): number {
  if (!money) return String(value).length;
  const fixed = Math.abs(value).toFixed(2);
  const dot = fixed.indexOf(".");
  // toFixed gives exponent notation from 1e21 on: no dot, and shownNumber groups nothing but the digits run.
  if (dot < 0) return shownNumber(value, money).length;
  return (value < 0 ? 1 : 0) + fixed.length + Math.floor((dot - 1) / 3);
}

function shownWidth(value: PlanValue, money: boolean): number {
  if (value === null) return 0;
  return typeof value === "number" ? shownNumberWidth(value, money) : displayWidth(value);
}

/** The width that shows every value of a column whole, between MIN_WIDTH and `max`. */
export function fitWidth(values: Iterable<PlanValue>, money: boolean, max = MAX_WIDTH): number {
  let widest = 0;
  for (const v of values) {
    widest = Math.max(widest, shownWidth(v, money));
    // No later value can change a width already at its greatest.
    if (widest + PADDING >= max) break;
  }
  return clamp(widest, max);
}

/**
 * Widths of the result columns: each fits its header and values; 审核说明 wraps at MAX_WIDTH. Numbers
 * are never narrower than they show, whatever MAX_WIDTH says, since a cut number shows as `###`.
 */
export function resultColumnWidths(plan: Pick<AnnotationPlan, "resultHeaders" | "resultRows" | "moneyColumns">): number[] {
  const money = new Set(plan.moneyColumns);
  // fitWidth over the header and each row's value, read straight from the rows (100,000 of them): an amount
  // measured from its digits, a text measured only where it differs from the row above's.
  return plan.resultHeaders.map((header, i) => {
    const isMoney = money.has(i);
    const max = isMoney ? Infinity : MAX_WIDTH;
    let widest = shownWidth(header, isMoney);
    let last: PlanValue | undefined;
    for (const r of plan.resultRows) {
      if (widest + PADDING >= max) break;
      const v = r.values[i] ?? null;
      // A text too short to be wider than the widest, whatever its characters, is not measured.
      if (typeof v === "string" && cannotExceed(v, widest)) continue;
      if (v === last) continue;
      last = v;
      const w = typeof v === "number" && isMoney ? moneyShownWidth(v) : shownWidth(v, isMoney);
      if (w > widest) widest = w;
    }
    return clamp(widest, max);
  });
}

/** Below 10^15 分 an amount's two-decimal text is its 分's digits (centsDigits.ts). */
const CENTS_DIGITS_EXACT = 1e15;

/** shownNumberWidth(value, true) of an amount: from its 分's digits where it is a whole number of 分. */
function moneyShownWidth(value: number): number {
  const cents = Math.round(value * 100);
  return cents / 100 === value ? centsShownWidth(cents) : shownNumberWidth(value, true);
}

/**
 * shownNumberWidth(cents / 100, true): the width `#,##0.00` shows the amount at, from its digits (the sign,
 * the whole yuan with a comma every three digits, the point and two decimals).
 */
export function centsShownWidth(cents: number): number {
  if (!Number.isInteger(cents) || cents >= CENTS_DIGITS_EXACT || cents <= -CENTS_DIGITS_EXACT) return shownNumberWidth(cents / 100, true);
  const abs = cents < 0 ? -cents : cents;
  const whole = Math.floor(abs / 100);
  let digits = 1;
  for (let n = whole; n >= 10; n = Math.floor(n / 10)) digits++;
  return (cents < 0 ? 1 : 0) + digits + 3 + Math.floor((digits - 1) / 3);
}

/**
 * Widths of a sheet the product writes (问题清单, 汇总, 审核明细, 审核信息): each column at least the width the
 * sheet asks for, widened to fit what it holds up to MAX_WIDTH (a column that wraps is not widened); money
 * columns never cut.
 */
export function planSheetWidths(sheet: PlanSheet): number[] {
  if (sheet.fixedWidths) return fixedWidths(sheet);
  // One pass over the rows: each column's widest value, and whether it holds money.
  const widest: number[] = [];
  const money: boolean[] = [];
  const plainNumbers: boolean[] = [];
  const wrapped = new Set(sheet.wrapColumns ?? []);
  for (const row of sheet.rows) {
    const moneyCols = row.moneyColumns ?? [];
    row.values.forEach((v, i) => {
      const isMoney = typeof v === "number" && moneyCols.includes(i);
      if (isMoney) money[i] = true;
      else if (typeof v === "number") plainNumbers[i] = true;
      // A wrapping column's text is not measured (its width is the one asked), unless it turns out to hold
      // money; nor a text too short to be wider than the column's widest so far.
      const was = widest[i];
      if (was !== undefined && typeof v === "string" && cannotExceed(v, was)) return;
      widest[i] = wrapped.has(i) ? (was ?? 0) : Math.max(was ?? 0, shownWidth(v, isMoney));
    });
  }
  const count = Math.max(widest.length, sheet.columnWidths?.length ?? 0);
  return Array.from({ length: count }, (_, i) => {
    const asked = sheet.columnWidths?.[i] ?? MIN_WIDTH;
    if (widest[i] === undefined) return asked;
    // A column whose text wraps keeps the width asked for: the sheet stays narrow enough to print readably.
    if (wrapped.has(i) && !money[i]) return asked;
    if (wrapped.has(i)) widest[i] = widestShown(sheet, i);
    // A column that holds money shows every number in it as money: one measured otherwise is measured again.
    const w = money[i] && plainNumbers[i]
      ? fitWidth(sheet.rows.map((r) => r.values[i] ?? null), true, Infinity)
      : clamp(widest[i]!, money[i] ? Infinity : MAX_WIDTH);
    return Math.max(asked, w);
  });
}

/** The widest value of column `i` as each row shows it (money where the row says so). */
function widestShown(sheet: PlanSheet, i: number): number {
  let widest = 0;
  for (const row of sheet.rows) {
    const v = row.values[i];
    if (v === undefined) continue;
    const isMoney = typeof v === "number" && (row.moneyColumns ?? []).includes(i);
    widest = Math.max(widest, shownWidth(v, isMoney));
  }
  return widest;
}

/** A form's columns as it asks for them, its text wrapping within; a money column still widens to its figures. */
function fixedWidths(sheet: PlanSheet): number[] {
  const asked = sheet.columnWidths ?? [];
  return asked.map((w, i) => {
    let widest = 0;
    for (const r of sheet.rows) {
      const v = r.values[i];
      if (typeof v === "number" && r.moneyColumns?.includes(i)) widest = Math.max(widest, shownNumberWidth(v, true));
    }
    // A ruled form's figures need room for a bold total and the rule, not a filter button.
    return Math.max(w, widest + 3);
  });
}

/**
 * The width planSheetWidths gives a column that does not wrap, asked to be at least `asked`, whose widest
 * value shows `widest` wide: money is never cut, anything else at most MAX_WIDTH.
 */
export function fittedWidth(asked: number, widest: number, money: boolean): number {
  return Math.max(asked, clamp(widest, money ? Infinity : MAX_WIDTH));
}

/** Room for the padding: a column whose widest value is at least this wide is as wide as it can be. */
export const WIDEST_FITTED = MAX_WIDTH - PADDING;

function clamp(widest: number, max: number): number {
  return Math.min(max, Math.max(MIN_WIDTH, widest + PADDING));
}

/** Points per line of wrapped text in the default 11-point font, with room for Chinese glyphs. */
export const LINE_HEIGHT = 16;

/** How many lines `text` takes wrapped in a column `width` wide. */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, width - PADDING + 1);
  // Most texts are one line: measured as they are, not split; one short enough to fit whatever its
  // characters are is not measured.
  if (!text.includes("\n")) return cannotExceed(text, room) ? 1 : Math.max(1, Math.ceil(displayWidth(text) / room));
  return text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(displayWidth(line) / room)), 0);
}

/**
 * A row of one text in `width` characters: a text longer than one line wraps and gets the height its lines
 * take, so it is neither cut nor spilled past the sheet's edge; a text that fits is a plain row.
 */
export function lineRow(text: string, width: number): PlanRow {
  const lines = wrappedLines(text, width);
  return lines > 1 ? { values: [text], wrap: true, height: lines * LINE_HEIGHT } : { values: [text] };
}

/**
 * The heights rows need for their 审核说明 to show whole, wrapped at its column's width: only rows that take
 * more than one line.
 */
export function resultRowHeights(plan: Pick<AnnotationPlan, "resultRows">, widths: readonly number[]): Map<number, number> {
  const out = new Map<number, number>();
  const width = widths[EXPLANATION_COLUMN];
  for (const r of plan.resultRows) {
    const text = r.values[EXPLANATION_COLUMN];
    if (typeof text !== "string") continue;
    const lines = wrappedLines(text, width);
    if (lines > 1) out.set(r.row, lines * LINE_HEIGHT);
  }
  return out;
}
