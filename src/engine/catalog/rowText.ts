/**
 * A row's review note (审核说明) as a reviewer reads it: a refused row begins with why it was refused, then
 * the calculation, then the warnings; any other row begins with its calculation (REPORT.md "Readable at a
 * glance"). Hosts call this instead of joining the parts themselves.
 */
import type { Explain } from "../explain";
import { severityOf, type Issue } from "../issues";
import { renderExplain } from "./explain";
import { render, type Lang } from "./render";

export interface RowForText {
  readonly issues: readonly Issue[];
  readonly explain: Explain;
}

export interface RowTextParts {
  /** The errors' messages, in order: why the row is refused or cut. */
  readonly reasons: readonly string[];
  /** The calculation, "" where there is none. */
  readonly calculation: string;
  /** The warnings' messages, in order. */
  readonly notes: readonly string[];
}

export function rowTextParts(r: RowForText, lang: Lang): RowTextParts {
  const reasons: string[] = [];
  const notes: string[] = [];
  for (const issue of r.issues) (severityOf(issue) === "error" ? reasons : notes).push(render(issue, lang));
  return { reasons, calculation: renderExplain(r.explain, lang), notes };
}

/** Reasons first, then the calculation, then the warnings, joined as the language writes a list. */
export function rowText(r: RowForText, lang: Lang): string {
  const p = rowTextParts(r, lang);
  const parts = [...p.reasons, p.calculation, ...p.notes].filter((t) => t !== "");
  return parts.join(lang === "zh" ? "；" : "; ");
}
