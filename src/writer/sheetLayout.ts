/**
 * How a sheet shows and prints (REPORT.md "Readable at a glance"): column widths, the header row frozen, an
 * AutoFilter, and A4 landscape pages at a readable size. Each edit works on the sheet without its cells
 * (see detachSheetData), sets only what it names, and gives the same text when run again on its own output.
 */
import { WORKSHEET_ORDER } from "./worksheetOrder";
import { columnLetters } from "../output/cellRef";
import { minimumScalePercent, tableScalePercent } from "./printScale";
import {
  attributes, childByName, childElements, expandEmpty, insertionPoint, rootElement, splice, tagWithAttribute,
  withAttribute, type ElementSpan,
} from "./xmlScan";

/** A4 in SpreadsheetML's paper sizes (ECMA-376 Part 1, 18.3.1.63). */
const PAPER_A4 = "9";

export interface ColumnWidth {
  /** 0-based. */
  readonly col: number;
  readonly width: number;
}

/**
 * Sets the widths of some columns. A <col> range that covers one of them is split around it, its other
 * attributes (style, hidden) kept for the columns it still covers and for ours.
 */
export function setColumnWidths(input: string, part: string, widths: readonly ColumnWidth[]): string {
  if (widths.length === 0) return input;
  let xml = input;
  const root = rootElement(xml, part);
  const p = root.prefix ? `${root.prefix}:` : "";
  let cols = childByName(xml, root, "cols", part);
  if (!cols) {
    const at = insertionPoint(xml, root, "cols", WORKSHEET_ORDER, part);
    xml = splice(xml, at, at, `<${p}cols></${p}cols>`);
    cols = childByName(xml, rootElement(xml, part), "cols", part)!;
  }
  const ours = new Map(widths.map((w) => [w.col + 1, w.width]));
  let lastOurs = -Infinity;
  for (const col of ours.keys()) lastOurs = Math.max(lastOurs, col);
  const entries: { min: number; tag: string }[] = [];
  const inherited = new Map<number, string>();
  for (const c of childElements(xml, cols, part)) {
    const tag = xml.slice(c.start, c.end);
    if (c.local !== "col") {
      entries.push({ min: Infinity, tag });
      continue;
    }
    const a = attributes(xml, c);
    const min = Number(a.get("min"));
    const max = Number(a.get("max"));
    let run: number | undefined;
    const flush = (to: number) => {
      if (run !== undefined) entries.push({ min: run, tag: rangeTag(tag, run, to) });
      run = undefined;
    };
    for (let n = min; n <= max; n++) {
      if (ours.has(n)) {
        flush(n - 1);
        inherited.set(n, tag);
      } else if (run === undefined) run = n;
      // A range over the whole sheet would take 16,384 steps: jump past the last of our columns.
      if (run !== undefined && n > lastOurs) n = max;
    }
    flush(max);
  }
  for (const [n, width] of ours) {
    const base = inherited.get(n) ?? `<${p}col/>`;
    let tag = rangeTag(base, n, n);
    tag = tagWithAttribute(tag, "width", String(width));
    tag = tagWithAttribute(tag, "customWidth", "1");
    entries.push({ min: n, tag });
  }
  entries.sort((a, b) => a.min - b.min);
  return splice(xml, cols.openEnd, cols.innerEnd, entries.map((e) => e.tag).join(""));
}

function rangeTag(tag: string, min: number, max: number): string {
  const open = tag.endsWith("/>") ? tag : tag.slice(0, tag.indexOf(">") + 1);
  const selfClosed = open.endsWith("/>") ? open : `${open.slice(0, -1)}/>`;
  return tagWithAttribute(tagWithAttribute(selfClosed, "min", String(min)), "max", String(max));
}

/**
 * Freezes the rows down to the header, unless the sheet's first view already has a pane (the applicant's
 * own split or freeze is theirs to keep).
 */
export function freezeRows(input: string, part: string, rows: number): string {
  const root = rootElement(input, part);
  const p = root.prefix ? `${root.prefix}:` : "";
  return withPane(input, part, `<${p}pane ySplit="${rows}" topLeftCell="A${rows + 1}" activePane="bottomLeft" state="frozen"/>`, "bottomLeft");
}

/** The first view with this pane, its selections moved into the pane `active`; a view with a pane is kept. */
function withPane(input: string, part: string, pane: string, active: string): string {
  let xml = input;
  const root = rootElement(xml, part);
  const p = root.prefix ? `${root.prefix}:` : "";
  const views = childByName(xml, root, "sheetViews", part);
  if (!views) {
    const at = insertionPoint(xml, root, "sheetViews", WORKSHEET_ORDER, part);
    return splice(xml, at, at, `<${p}sheetViews><${p}sheetView workbookViewId="0">${pane}<${p}selection pane="${active}"/></${p}sheetView></${p}sheetViews>`);
  }
  let view = childByName(xml, views, "sheetView", part);
  if (!view) return xml;
  if (childByName(xml, view, "pane", part)) return xml;
  if (view.selfClosing) {
    xml = expandEmpty(xml, view);
    view = childByName(xml, childByName(xml, rootElement(xml, part), "sheetViews", part)!, "sheetView", part)!;
  }
  // The selections now belong to the pane below the header.
  const edits: { el: ElementSpan; tag: string }[] = childElements(xml, view, part)
    .filter((c) => c.local === "selection" && !attributes(xml, c).has("pane"))
    .map((el) => ({ el, tag: withAttribute(xml, el, "pane", active) }));
  for (const { el, tag } of edits.reverse()) xml = splice(xml, el.start, el.openEnd, tag);
  return splice(xml, view.openEnd, view.openEnd, pane);
}

/** The sheet's AutoFilter over `ref` (an existing one keeps its filter settings and gets the new range). */
export function setAutoFilter(input: string, part: string, ref: string): string {
  const root = rootElement(input, part);
  const p = root.prefix ? `${root.prefix}:` : "";
  const existing = childByName(input, root, "autoFilter", part);
  if (existing) return splice(input, existing.start, existing.openEnd, withAttribute(input, existing, "ref", ref));
  const at = insertionPoint(input, root, "autoFilter", WORKSHEET_ORDER, part);
  return splice(input, at, at, `<${p}autoFilter ref="${ref}"/>`);
}

/**
 * Prints on A4 landscape at a readable size, across as many pages as it needs, a band of rows across all
 * its columns before the next band (REPORT.md rev. 3): a table with its result columns shrunk to one page
 * width prints at a few points. Fitting is switched off (fitToPage in <sheetPr><pageSetUpPr>, which an
 * earlier version of the product switched on); a scale the applicant set is kept while it leaves the text
 * at 8 pt or more, else (or without one) the text prints at 9 pt.
 */
export function setPrintLayout(input: string, part: string, fontSize = 11): string {
  let xml = input;
  let root = rootElement(xml, part);
  const p = root.prefix ? `${root.prefix}:` : "";

  const sheetPr = childByName(xml, root, "sheetPr", part);
  const setUp = sheetPr && !sheetPr.selfClosing ? childByName(xml, sheetPr, "pageSetUpPr", part) : undefined;
  if (setUp && attributes(xml, setUp).get("fitToPage") !== undefined) {
    xml = splice(xml, setUp.start, setUp.openEnd, withAttribute(xml, setUp, "fitToPage", "0"));
  }

  root = rootElement(xml, part);
  if (!childByName(xml, root, "pageMargins", part)) {
    const at = insertionPoint(xml, root, "pageMargins", WORKSHEET_ORDER, part);
    xml = splice(xml, at, at, `<${p}pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`);
    root = rootElement(xml, part);
  }
  const setup = childByName(xml, root, "pageSetup", part);
  if (!setup) {
    const at = insertionPoint(xml, root, "pageSetup", WORKSHEET_ORDER, part);
    const scale = tableScalePercent(fontSize);
    return splice(xml, at, at, `<${p}pageSetup paperSize="${PAPER_A4}" orientation="landscape" pageOrder="overThenDown" scale="${scale}"/>`);
  }
  let tag = xml.slice(setup.start, setup.openEnd);
  for (const [k, v] of [["paperSize", PAPER_A4], ["orientation", "landscape"], ["pageOrder", "overThenDown"]] as const) {
    tag = tagWithAttribute(tag, k, v);
  }
  const scale = Number(attributes(xml, setup).get("scale") ?? "100");
  if (!(scale >= minimumScalePercent(fontSize))) tag = tagWithAttribute(tag, "scale", String(tableScalePercent(fontSize)));
  return splice(xml, setup.start, setup.openEnd, tag);
}

/**
 * Freezes the rows down to the header and the columns up to `cols` (the unit's name stays beside its
 * results), unless the sheet's first view already has a pane (the applicant's own split or freeze is
 * theirs to keep).
 */
export function freezePanes(input: string, part: string, rows: number, cols: number): string {
  if (cols <= 0) return freezeRows(input, part, rows);
  const root = rootElement(input, part);
  const p = root.prefix ? `${root.prefix}:` : "";
  const topLeft = `${columnLetters(cols)}${rows + 1}`;
  const pane = `<${p}pane xSplit="${cols}" ySplit="${rows}" topLeftCell="${topLeft}" activePane="bottomRight" state="frozen"/>`;
  return withPane(input, part, pane, "bottomRight");
}
