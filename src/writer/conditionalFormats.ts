/**
 * The marks as conditional formats on the table's sheet. A rule's formula is a tautology that names the
 * product ("lygip:error"="lygip:error"), so a later run — of the command line or of the task pane — finds
 * and removes exactly its own rules. The cells' own styles are never touched: removing a rule brings the
 * cell's look back.
 */
import type { Severity } from "../engine/issues";
import type { CellMark } from "../output/types";
import { cellAddress } from "../output/cellRef";
import { WORKSHEET_ORDER } from "./worksheetOrder";
import {
  attributes, childElements, elementsByName, escapeText, innerText, insertionPoint, rootElement, splice, type ElementSpan,
} from "./xmlScan";

/** The formula of a mark's rule, as the file stores it (without "="). */
export function markFormula(severity: Severity): string {
  return `"lygip:${severity}"="lygip:${severity}"`;
}

/** A rule formula the product wrote (any severity; the bare "lygip" tag of early files too). */
export function isOurMarkFormula(formula: string): boolean {
  return /^=?"lygip(?::(?:error|warning))?"="lygip(?::(?:error|warning))?"$/.test(formula.trim());
}

/** Ranges per conditional format element: Excel reads long lists, but shorter ones keep each element small. */
const RANGES_PER_ELEMENT = 256;

/**
 * The sheet without the product's rules: its own elements removed, its rules taken out of mixed ones. The
 * spans to drop are found first and the sheet rebuilt once, so 10,000 rules cost one pass, not 10,000
 * copies of the sheet.
 */
export function removeOurMarks(input: string, part: string): string {
  const root = rootElement(input, part);
  const drop: { start: number; end: number }[] = [];
  for (const cf of childElements(input, root, part)) {
    if (cf.local !== "conditionalFormatting") continue;
    const rules = childElements(input, cf, part).filter((c) => c.local === "cfRule");
    const ours = rules.filter((rule) => isOurs(input, rule, part));
    if (ours.length === 0) continue;
    if (ours.length === rules.length) drop.push(cf);
    else for (const rule of ours) drop.push(rule);
  }
  if (drop.length === 0) return input;
  const pieces: string[] = [];
  let cursor = 0;
  for (const span of drop) {
    pieces.push(input.slice(cursor, span.start));
    cursor = span.end;
  }
  pieces.push(input.slice(cursor));
  return pieces.join("");
}

function isOurs(xml: string, rule: ElementSpan, part: string): boolean {
  const formulas = childElements(xml, rule, part).filter((c) => c.local === "formula");
  return formulas.length === 1 && isOurMarkFormula(innerText(xml, formulas[0]));
}

/**
 * The sheet with one conditional format per severity (more if the ranges are many), after the sheet's own,
 * ranked after every rule the sheet has so the applicant's rules keep their precedence.
 */
export function addMarks(input: string, part: string, marks: readonly CellMark[], dxf: Readonly<Record<Severity, number>>): string {
  if (marks.length === 0) return input;
  const root = rootElement(input, part);
  const prefix = root.prefix ? `${root.prefix}:` : "";
  let priority = maxPriority(input);
  const elements: string[] = [];
  for (const severity of ["error", "warning"] as const) {
    const ranges = compactRanges(marks.filter((m) => m.severity === severity));
    for (let i = 0; i < ranges.length; i += RANGES_PER_ELEMENT) {
      priority += 1;
      const sqref = ranges.slice(i, i + RANGES_PER_ELEMENT).join(" ");
      elements.push(
        `<${prefix}conditionalFormatting sqref="${sqref}">` +
          `<${prefix}cfRule type="expression" dxfId="${dxf[severity]}" priority="${priority}">` +
          `<${prefix}formula>${escapeText(markFormula(severity))}</${prefix}formula>` +
          `</${prefix}cfRule></${prefix}conditionalFormatting>`,
      );
    }
  }
  const at = insertionPoint(input, root, "conditionalFormatting", WORKSHEET_ORDER, part);
  return splice(input, at, at, elements.join(""));
}

/** The highest priority of any rule in the sheet, extension lists included (they share one order). */
function maxPriority(xml: string): number {
  let max = 0;
  for (const rule of elementsByName(xml, "cfRule")) {
    const p = Number(attributes(xml, rule).get("priority"));
    if (Number.isFinite(p) && p > max) max = p;
  }
  return max;
}

/** Cells as ranges: consecutive rows of one column become one range (C2:C9), in column then row order. */
export function compactRanges(marks: readonly CellMark[]): string[] {
  const byCol = new Map<number, number[]>();
  for (const m of marks) {
    const rows = byCol.get(m.col);
    if (rows) rows.push(m.row);
    else byCol.set(m.col, [m.row]);
  }
  const out: string[] = [];
  for (const col of [...byCol.keys()].sort((a, b) => a - b)) {
    const rows = [...new Set(byCol.get(col)!)].sort((a, b) => a - b);
    let start = rows[0];
    for (let i = 1; i <= rows.length; i++) {
      if (i < rows.length && rows[i] === rows[i - 1] + 1) continue;
      const end = rows[i - 1];
      out.push(start === end ? cellAddress(start, col) : `${cellAddress(start, col)}:${cellAddress(end, col)}`);
      start = rows[i];
    }
  }
  return out;
}
