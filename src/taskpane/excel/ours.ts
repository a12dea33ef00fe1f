/**
 * How the product recognises, on a later run, the marks and notes an earlier run left, so that it can
 * remove them and nothing of the applicant's is touched: a conditional format whose formula is a
 * tautology naming the product, and a note whose text begins with the product's name.
 */
import type { Severity } from "../../engine";
import { NOTE_PREFIX } from "../../output";

const TAG = "lygip";

/** Always true, so the mark shows on every cell of its range; the quoted tag is what identifies it. */
export function markFormula(severity: Severity): string {
  return `="${TAG}:${severity}"="${TAG}:${severity}"`;
}

export function isOurMarkFormula(formula: unknown): boolean {
  return typeof formula === "string" && /"lygip:(error|warning)"/.test(formula);
}

/** Fill and font of a mark: Excel's own light red and yellow styles. */
export const MARK_STYLE: Readonly<Record<Severity, { readonly fill: string; readonly font: string }>> = {
  error: { fill: "#FFC7CE", font: "#9C0006" },
  warning: { fill: "#FFEB9C", font: "#9C5700" },
};

/** The plan's notes begin with one of these, in either language. */
const PREFIXES = Object.values(NOTE_PREFIX);

export function isOurNote(content: unknown): boolean {
  return typeof content === "string" && PREFIXES.some((p) => content.startsWith(p));
}

/** A note the product writes always begins with its name (REPORT.md: "a note … that says it comes from the check"). */
export function ourNote(text: string): string {
  return isOurNote(text) ? text : `${NOTE_PREFIX.zh}${text}`;
}
