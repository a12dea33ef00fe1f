/**
 * Keeping text that came from the applicant (unit names, values quoted in messages) from ever becoming a
 * formula in the workbook we write. The two hosts need different things:
 *
 * - The xlsx writer writes every plan string as a string cell (`t="inlineStr"`). Excel never evaluates a
 *   string cell, whatever it starts with, so no visible character is added: the applicant sees exactly what
 *   they typed. What the writer still needs is text XML can carry — `neutralise` guarantees that.
 * - Office.js is different: assigning "=1+1" to `range.values` creates a formula, and "001" becomes the
 *   number 1. There the text must carry Excel's own text prefix, a leading apostrophe, which Excel stores
 *   as a cell property and does not show — `neutraliseForOffice` adds it.
 *
 * So the plan holds display text (after `neutralise`), and the Office adapter passes each string through
 * `neutraliseForOffice` (or `toOfficeValue`) on the way to `values`.
 */
import type { PlanValue } from "./types";
import { xmlChars } from "../workbook/xml/escape";

/**
 * Characters Excel reads as the start of a formula when text is typed or assigned: = + - @, the full-width
 * forms an input method produces, and the tab and line breaks that spreadsheet imports treat the same way.
 */
const FORMULA_STARTS = new Set(["=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠"]);

/** Text Excel would take as a formula (leading spaces are skipped, as Excel's own input does). */
export function isFormulaLike(text: string): boolean {
  const first = text.replace(/^ +/, "").charAt(0);
  return first !== "" && FORMULA_STARTS.has(first);
}

/**
 * Display text for the plan. The xlsx writer writes it as a string cell, which Excel never evaluates, so a
 * formula-like text keeps its exact characters; only what XML cannot carry is removed.
 */
export function neutralise(text: string): string {
  // Characters XML 1.0 cannot hold would make the whole part unreadable: dropped; nothing visible is lost.
  return plainXmlText(text) ? text : xmlChars(text, "");
}

/**
 * A text XML carries as it is, told by one loop over it: no control character but tab and line breaks, no
 * surrogate, no U+FFFE or U+FFFF. Every text of the plan comes through neutralise (a million at 100,000
 * rows), almost all of them such; one with a surrogate (a pair is fine, a lone one is not) or a control
 * character is left to xmlChars' pattern.
 */
function plainXmlText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20) {
      if (c !== 0x09 && c !== 0x0a && c !== 0x0d) return false;
    } else if (c >= 0xd800 && (c <= 0xdfff || c >= 0xfffe)) return false;
  }
  return true;
}

/**
 * Text for Office.js `range.values`. Excel re-reads an assigned string as if typed: a formula, a number, a
 * date, a boolean, an error value; and it swallows a leading apostrophe. Prefixing `'` keeps the text as it
 * is in every such case; Excel hides the apostrophe, so prefixing more often than needed costs nothing.
 */
export function neutraliseForOffice(text: string): string {
  const clean = neutralise(text);
  return needsTextPrefix(clean) ? `'${clean}` : clean;
}

/** A plan value as Office.js `values` should receive it: numbers as they are, text prefixed where needed. */
export function toOfficeValue(value: PlanValue): string | number {
  if (value === null) return "";
  return typeof value === "number" ? value : neutraliseForOffice(value);
}

function needsTextPrefix(text: string): boolean {
  if (isFormulaLike(text) || text.startsWith("'")) return true;
  const t = text.trim();
  if (t === "") return false;
  // Numbers, percentages, currency, fractions, dates and times all start with one of these.
  if (/^[0-9.,(（$¥￥€£%/:]/.test(t)) return true;
  if (/^(true|false)$/i.test(t)) return true;
  // Error values (#N/A, #VALUE!, …).
  return t.startsWith("#");
}
