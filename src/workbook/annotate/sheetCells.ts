/**
 * Writing cells into a worksheet part's <sheetData> in place: the rows and cells we do not write keep their
 * exact text; ours are put in column order, and rows are created where the sheet has none.
 */
import { decodeOoxmlEscapes, encodeOoxmlString } from "../xlsx/ooxmlText";
import { cellAddress, parseCellAddress } from "./cellRef";
import {
  XmlShapeError, attributes, childByName, childElements, escapeAttr, expandEmpty, rootElement, splice,
  tagAttributes, tagWithAttribute, unescapeXml, type ElementSpan,
} from "./xmlScan";

/** A cell in the sheet as read: where, its text, and whether it holds anything (a value or a formula). */
export interface SheetCell {
  readonly row: number;
  readonly col: number;
  readonly xml: string;
  readonly style?: string;
  readonly type?: string;
  readonly hasContent: boolean;
  /** The text of <v> (a shared string's index for t="s"), or the inline string. */
  readonly value?: string;
  readonly inline?: string;
}

interface SheetRow {
  readonly row: number;
  readonly span: ElementSpan;
  readonly cells: SheetCell[];
}

/** What to write in one cell: the XML without its r attribute is built from this. */
export type CellValue =
  | { readonly kind: "text"; readonly text: string; readonly style?: string }
  | { readonly kind: "number"; readonly value: number; readonly style?: string };

export interface SheetCellEdit {
  /** Cells to write, by row then column. */
  readonly writes: ReadonlyMap<number, ReadonlyMap<number, CellValue>>;
  /** Cells to remove (row → columns); cells being written need not be listed. */
  readonly clears?: (row: number, col: number) => boolean;
}

/** The cells of <sheetData>, by row number (rows and cells without r are numbered as Excel would). */
export function readSheetCells(xml: string, part: string): Map<number, SheetCell[]> {
  const out = new Map<number, SheetCell[]>();
  for (const r of readRows(xml, part)) out.set(r.row, r.cells);
  return out;
}

function sheetDataOf(xml: string, part: string): ElementSpan {
  const root = rootElement(xml, part);
  const sheetData = childByName(xml, root, "sheetData", part);
  if (!sheetData) throw new XmlShapeError(part, "no <sheetData>");
  return sheetData;
}

function readRows(xml: string, part: string): SheetRow[] {
  const rows: SheetRow[] = [];
  let lastRow = 0;
  for (const span of childElements(xml, sheetDataOf(xml, part), part)) {
    if (span.local !== "row") continue;
    const r = attributes(xml, span).get("r");
    const row = r ? Number(r) : lastRow + 1;
    if (!Number.isInteger(row) || row < 1) throw new XmlShapeError(part, `row number "${r}"`);
    lastRow = row;
    const cells: SheetCell[] = [];
    let lastCol = -1;
    for (const c of childElements(xml, span, part)) {
      if (c.local !== "c") continue;
      const a = attributes(xml, c);
      const ref = a.get("r");
      const col = ref ? parseCellAddress(ref)?.col : lastCol + 1;
      if (col === undefined) throw new XmlShapeError(part, `cell reference "${ref}"`);
      lastCol = col;
      const kids = childElements(xml, c, part);
      const v = kids.find((k) => k.local === "v");
      const is = kids.find((k) => k.local === "is");
      cells.push({
        row, col,
        xml: xml.slice(c.start, c.end),
        style: a.get("s"),
        type: a.get("t"),
        hasContent: kids.some((k) => k.local === "v" || k.local === "f" || k.local === "is"),
        value: v && !v.selfClosing ? unescapeXml(xml.slice(v.openEnd, v.innerEnd)) : undefined,
        inline: is ? inlineText(xml, is, part) : undefined,
      });
    }
    rows.push({ row, span, cells });
  }
  return rows;
}

/** The text of an <is> or <si> element: its <t> runs, without phonetic guides (<rPh>). */
export function inlineText(xml: string, el: ElementSpan, part: string): string {
  let text = "";
  for (const k of childElements(xml, el, part)) {
    if (k.local === "t") text += tText(xml, k);
    else if (k.local === "r") {
      const t = childElements(xml, k, part).find((x) => x.local === "t");
      if (t) text += tText(xml, t);
    }
  }
  return decodeOoxmlEscapes(text);
}

function tText(xml: string, t: ElementSpan): string {
  if (t.selfClosing) return "";
  return unescapeXml(xml.slice(t.openEnd, t.innerEnd));
}

/** The XML of one cell we write. Text is always an inline string: Excel never evaluates a string cell. */
export function cellXml(row: number, col: number, value: CellValue, prefix: string): string {
  const s = value.style !== undefined ? ` s="${escapeAttr(value.style)}"` : "";
  const r = cellAddress(row, col);
  if (value.kind === "number") {
    if (!Number.isFinite(value.value)) throw new Error(`cell ${r}: not a finite number`);
    return `<${prefix}c r="${r}"${s}><${prefix}v>${String(value.value)}</${prefix}v></${prefix}c>`;
  }
  const keep = /^\s|\s$|\n/.test(value.text) ? ' xml:space="preserve"' : "";
  return `<${prefix}c r="${r}"${s} t="inlineStr"><${prefix}is><${prefix}t${keep}>${encodeOoxmlString(value.text)}</${prefix}t></${prefix}is></${prefix}c>`;
}

/**
 * The sheet with the writes and clears applied. Rows touched get their cells in column order (cells
 * without r are given one, so an inserted cell cannot shift them) and their spans widened.
 */
export function applyCellEdit(input: string, part: string, edit: SheetCellEdit): string {
  let xml = expandEmpty(input, sheetDataOf(input, part));
  const root = rootElement(xml, part);
  const prefix = root.prefix ? `${root.prefix}:` : "";
  const sheetData = sheetDataOf(xml, part);
  const rows = readRows(xml, part);
  const clears = edit.clears ?? (() => false);

  // Rebuild sheetData from its pieces: untouched rows verbatim, touched rows re-assembled.
  const pieces: string[] = [];
  let cursor = sheetData.openEnd;
  const pendingNew = [...edit.writes.keys()].filter((r) => !rows.some((x) => x.row === r)).sort((a, b) => a - b);
  let nextNew = 0;

  for (const row of rows) {
    // New rows that come before this one.
    while (nextNew < pendingNew.length && pendingNew[nextNew] < row.row) {
      pieces.push(xml.slice(cursor, row.span.start));
      cursor = row.span.start;
      pieces.push(newRow(pendingNew[nextNew], edit.writes.get(pendingNew[nextNew])!, prefix));
      nextNew++;
    }
    const writes = edit.writes.get(row.row);
    const touched = !!writes || row.cells.some((c) => clears(c.row, c.col));
    if (!touched) continue;
    pieces.push(xml.slice(cursor, row.span.start));
    pieces.push(rebuiltRow(xml, row, writes, clears, prefix));
    cursor = row.span.end;
  }
  pieces.push(xml.slice(cursor, sheetData.innerEnd));
  while (nextNew < pendingNew.length) {
    pieces.push(newRow(pendingNew[nextNew], edit.writes.get(pendingNew[nextNew])!, prefix));
    nextNew++;
  }
  xml = splice(xml, sheetData.openEnd, sheetData.innerEnd, pieces.join(""));
  return xml;
}

function newRow(row: number, writes: ReadonlyMap<number, CellValue>, prefix: string): string {
  const cols = [...writes.keys()].sort((a, b) => a - b);
  const cells = cols.map((c) => cellXml(row, c, writes.get(c)!, prefix)).join("");
  return `<${prefix}row r="${row}" spans="${cols[0] + 1}:${cols[cols.length - 1] + 1}">${cells}</${prefix}row>`;
}

function rebuiltRow(
  xml: string, row: SheetRow, writes: ReadonlyMap<number, CellValue> | undefined,
  clears: (row: number, col: number) => boolean, prefix: string,
): string {
  const byCol = new Map<number, string>();
  for (const c of row.cells) {
    if (writes?.has(c.col) || clears(c.row, c.col)) continue;
    byCol.set(c.col, withRef(c));
  }
  for (const [col, value] of writes ?? []) byCol.set(col, cellXml(row.row, col, value, prefix));
  const cols = [...byCol.keys()].sort((a, b) => a - b);

  let open = xml.slice(row.span.start, row.span.openEnd);
  if (row.span.selfClosing) open = `${open.slice(0, -2).replace(/\s+$/, "")}>`;
  const rowAttrs = tagAttributes(open);
  if (!rowAttrs.has("r")) open = tagWithAttribute(open, "r", String(row.row));
  if (rowAttrs.has("spans") && cols.length) open = tagWithAttribute(open, "spans", `${cols[0] + 1}:${cols[cols.length - 1] + 1}`);
  const qname = row.span.qname;
  const between = row.span.selfClosing ? "" : otherChildren(xml, row);
  return `${open}${cols.map((c) => byCol.get(c)!).join("")}${between}</${qname}>`;
}

/** A row's children other than cells (extension lists), kept after the cells. */
function otherChildren(xml: string, row: SheetRow): string {
  return childElements(xml, row.span, "row")
    .filter((k) => k.local !== "c")
    .map((k) => xml.slice(k.start, k.end))
    .join("");
}

/** A kept cell, given an explicit r if it had none. */
function withRef(c: SheetCell): string {
  const tagEnd = c.xml.indexOf(">") + 1;
  const tag = c.xml.slice(0, tagEnd);
  if (tagAttributes(tag).has("r")) return c.xml;
  return tagWithAttribute(tag, "r", cellAddress(c.row, c.col)) + c.xml.slice(tagEnd);
}
