/**
 * Writing cells into a worksheet part's <sheetData> in place: the rows and cells we do not write keep their
 * exact text; ours are put in column order, and rows are created where the sheet has none.
 */
import { decodeOoxmlEscapes, encodeOoxmlString } from "../xlsx/ooxmlText";
import { cellAddress, parseCellAddress } from "../../output/cellRef";
import { CLOSE, END, OPEN, XmlScanner } from "../xml/scanner";
import {
  XmlShapeError, childElements, escapeAttr, expandEmpty, innerText, rootElement, rootStart, splice, topLevelChild,
  tagAttributes, tagWithAttribute, type ElementSpan,
} from "./xmlScan";

/** A cell in the sheet as read: where, its text, and whether it holds anything (a value or a formula). */
export interface SheetCell {
  readonly row: number;
  readonly col: number;
  readonly xml: string;
  readonly style?: string;
  readonly type?: string;
  readonly hasContent: boolean;
  /** The cell says its own address (an r attribute); one without is given one when its row is rebuilt. */
  readonly hasRef?: boolean;
}

interface SheetRow {
  readonly row: number;
  readonly span: ElementSpan;
  readonly cells: SheetCell[];
  /** The row's children other than cells (extension lists), as written. */
  readonly others: readonly string[];
}

/** What to write in one cell: the XML without its r attribute is built from this. */
export type CellValue =
  | { readonly kind: "text"; readonly text: string; readonly style?: string }
  | { readonly kind: "number"; readonly value: number; readonly style?: string };

export interface SheetCellEdit {
  /** Cells to write, by row then column. */
  readonly writes: ReadonlyMap<number, ReadonlyMap<number, CellValue>>;
  /** Cells to remove; cells being written need not be listed. */
  readonly clears?: (row: number, col: number) => boolean;
  /**
   * Heights (points) that rows being written need to show their wrapped text. A row keeps a greater height
   * it has, and a height set by hand (customHeight) is the applicant's and stays.
   */
  readonly heights?: ReadonlyMap<number, number>;
}

/** The cells of <sheetData>, by row number (rows and cells without r are numbered as Excel would). */
export type SheetCells = ReadonlyMap<number, readonly SheetCell[]>;

function sheetDataOf(xml: string, part: string): ElementSpan {
  const sheetData = topLevelChild(xml, "sheetData", part);
  if (!sheetData) throw new XmlShapeError(part, "no <sheetData>");
  return sheetData;
}

/**
 * The sheet without the content of <sheetData>, and a way to put it back: edits outside the cells
 * (conditional formats, notes, dimension) then work on a few kilobytes instead of the whole sheet.
 */
export function detachSheetData(xml: string, part: string): { skeleton: string; restore: (skeleton: string) => string } {
  const sheetData = sheetDataOf(xml, part);
  if (sheetData.selfClosing) return { skeleton: xml, restore: (s) => s };
  const inner = xml.slice(sheetData.openEnd, sheetData.innerEnd);
  const skeleton = xml.slice(0, sheetData.openEnd) + xml.slice(sheetData.innerEnd);
  return {
    skeleton,
    restore: (edited) => {
      const at = sheetDataOf(edited, part);
      if (at.selfClosing || at.openEnd !== at.innerEnd) throw new XmlShapeError(part, "<sheetData> changed while detached");
      return splice(edited, at.openEnd, at.openEnd, inner);
    },
  };
}

interface OpenRow {
  row: number;
  start: number;
  openEnd: number;
  qname: string;
  selfClosing: boolean;
  cells: SheetCell[];
  others: string[];
}

/**
 * The rows and cells of <sheetData> in one pass of the reader's scanner: each row's span, each cell's text
 * and attributes, whether it holds a value, formula or inline string, and a row's children other than cells.
 * A repeated row or cell is refused as the reader refuses it: an edit must never hide one cell behind another.
 */
function readRows(xml: string, sheetData: ElementSpan, part: string): SheetRow[] {
  const rows: SheetRow[] = [];
  if (sheetData.selfClosing) return rows;
  const s = XmlScanner.fragment(xml, part, sheetData.openEnd, sheetData.qname);
  let lastRow = 0;
  let current: OpenRow | undefined;
  let lastCol = -1;
  let cell: { row: number; col: number; start: number; style?: string; type?: string; hasContent: boolean; hasRef: boolean } | undefined;
  let otherStart = -1;
  for (let ev = s.next(); ev !== END; ev = s.next()) {
    if (ev === OPEN) {
      if (s.level === 1 && s.is("row")) {
        const r = s.attr("r");
        const row = r !== undefined ? Number(r) : lastRow + 1;
        if (!Number.isInteger(row) || row < 1) throw new XmlShapeError(part, `row number "${r}"`);
        if (row <= lastRow) throw new XmlShapeError(part, `row ${row} repeated or out of order`);
        lastRow = row;
        lastCol = -1;
        current = { row, start: s.tagStart, openEnd: s.tagEnd, qname: s.name, selfClosing: s.selfClosing, cells: [], others: [] };
      } else if (s.level === 2 && current && s.is("c")) {
        const ref = s.attr("r");
        const col = ref !== undefined ? parseCellAddress(ref)?.col : lastCol + 1;
        if (col === undefined) throw new XmlShapeError(part, `cell reference "${ref}"`);
        if (col <= lastCol) throw new XmlShapeError(part, `cell ${cellAddress(current.row, col)} repeated or out of order`);
        lastCol = col;
        cell = { row: current.row, col, start: s.tagStart, style: s.attr("s"), type: s.attr("t"), hasContent: false, hasRef: ref !== undefined };
      } else if (s.level === 2 && current) {
        if (otherStart < 0) otherStart = s.tagStart;
      } else if (s.level === 3 && cell && (s.is("v") || s.is("f") || s.is("is"))) {
        cell.hasContent = true;
      }
    } else if (ev === CLOSE) {
      if (s.level === 2 && cell && s.is("c")) {
        current!.cells.push({
          row: cell.row, col: cell.col, xml: xml.slice(cell.start, s.tagEnd), style: cell.style, type: cell.type, hasContent: cell.hasContent,
          hasRef: cell.hasRef,
        });
        cell = undefined;
      } else if (s.level === 2 && otherStart >= 0) {
        current!.others.push(xml.slice(otherStart, s.tagEnd));
        otherStart = -1;
      } else if (s.level === 1 && current) {
        const innerEnd = current.selfClosing ? current.openEnd : s.tagStart;
        const span: ElementSpan = {
          qname: current.qname, ...splitName(current.qname), start: current.start, openEnd: current.openEnd, innerEnd, end: s.tagEnd,
          selfClosing: current.selfClosing,
        };
        rows.push({ row: current.row, span, cells: current.cells, others: current.others });
        current = undefined;
      }
    }
  }
  return rows;
}

function splitName(qname: string): { prefix: string; local: string } {
  const c = qname.indexOf(":");
  return c < 0 ? { prefix: "", local: qname } : { prefix: qname.slice(0, c), local: qname.slice(c + 1) };
}

/** A cell's text as stored: <v> (a shared string's index for t="s"), or its inline string. */
export function storedText(cell: SheetCell, part: string): string | undefined {
  const el = rootElement(cell.xml, part);
  const kids = childElements(cell.xml, el, part);
  if (cell.type === "inlineStr") {
    const is = kids.find((k) => k.local === "is");
    return is ? inlineText(cell.xml, is, part) : undefined;
  }
  const v = kids.find((k) => k.local === "v");
  return v && !v.selfClosing ? innerText(cell.xml, v) : undefined;
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
  return innerText(xml, t);
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
 * The sheet with the writes and clears that `decide` makes from its cells. Rows touched get their cells in
 * column order (cells without r are given one, so an inserted cell cannot shift them) and their spans
 * widened; rows the sheet lacks are created in order; every other byte stays.
 */
export function editSheetCells(input: string, part: string, decide: (cells: SheetCells) => SheetCellEdit): string {
  let xml = input;
  let sheetData = sheetDataOf(xml, part);
  if (sheetData.selfClosing) {
    xml = expandEmpty(xml, sheetData);
    sheetData = sheetDataOf(xml, part);
  }
  const root = rootStart(xml, part);
  const prefix = root.prefix ? `${root.prefix}:` : "";
  const rows = readRows(xml, sheetData, part);
  const edit = decide(new Map(rows.map((r) => [r.row, r.cells])));
  const clears = edit.clears ?? (() => false);

  // Rebuild sheetData from its pieces: untouched rows verbatim, touched rows re-assembled.
  const pieces: string[] = [];
  let cursor = sheetData.openEnd;
  const present = new Set(rows.map((x) => x.row));
  const pendingNew = [...edit.writes.keys()].filter((r) => !present.has(r)).sort((a, b) => a - b);
  let nextNew = 0;

  for (const row of rows) {
    // New rows that come before this one.
    while (nextNew < pendingNew.length && pendingNew[nextNew] < row.row) {
      pieces.push(xml.slice(cursor, row.span.start));
      cursor = row.span.start;
      pieces.push(newRow(pendingNew[nextNew], edit.writes.get(pendingNew[nextNew])!, prefix, edit.heights));
      nextNew++;
    }
    const writes = edit.writes.get(row.row);
    const touched = !!writes || row.cells.some((c) => clears(c.row, c.col));
    if (!touched) continue;
    pieces.push(xml.slice(cursor, row.span.start));
    pieces.push(rebuiltRow(xml, row, writes, clears, prefix, edit.heights?.get(row.row)));
    cursor = row.span.end;
  }
  pieces.push(xml.slice(cursor, sheetData.innerEnd));
  while (nextNew < pendingNew.length) {
    pieces.push(newRow(pendingNew[nextNew], edit.writes.get(pendingNew[nextNew])!, prefix, edit.heights));
    nextNew++;
  }
  return splice(xml, sheetData.openEnd, sheetData.innerEnd, pieces.join(""));
}

function newRow(row: number, writes: ReadonlyMap<number, CellValue>, prefix: string, heights?: ReadonlyMap<number, number>): string {
  const cols = [...writes.keys()].sort((a, b) => a - b);
  const cells = cols.map((c) => cellXml(row, c, writes.get(c)!, prefix)).join("");
  const height = heights?.get(row);
  const ht = height === undefined ? "" : ` ht="${height}"`;
  return `<${prefix}row r="${row}" spans="${cols[0] + 1}:${cols[cols.length - 1] + 1}"${ht}>${cells}</${prefix}row>`;
}

function rebuiltRow(
  xml: string, row: SheetRow, writes: ReadonlyMap<number, CellValue> | undefined,
  clears: (row: number, col: number) => boolean, prefix: string, height?: number,
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
  // Without customHeight a row's ht is the height Excel last fitted to its contents: ours may need more.
  const custom = rowAttrs.get("customHeight") === "1" || rowAttrs.get("customHeight") === "true";
  if (height !== undefined && !custom && !(Number(rowAttrs.get("ht")) >= height)) open = tagWithAttribute(open, "ht", String(height));
  const qname = row.span.qname;
  // A row's children other than cells (extension lists) are kept after the cells.
  return `${open}${cols.map((c) => byCol.get(c)!).join("")}${row.others.join("")}</${qname}>`;
}

/** A kept cell, given an explicit r if it had none. */
function withRef(c: SheetCell): string {
  if (c.hasRef !== false) return c.xml;
  const s = XmlScanner.fragment(c.xml, "cell", 0);
  s.next();
  return tagWithAttribute(c.xml.slice(0, s.tagEnd), "r", cellAddress(c.row, c.col)) + c.xml.slice(s.tagEnd);
}
