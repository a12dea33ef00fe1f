/**
 * Writing cells into a worksheet part's <sheetData> in place: the rows and cells we do not write keep their
 * exact text; ours are put in column order, and rows are created where the sheet has none.
 */
import { utf8OfLatin1 } from "../workbook/bytes/text";
import { codec } from "../workbook/bytes/codec";
import { decodeOoxmlEscapes, encodeOoxmlString, isPlainText } from "../workbook/xlsx/ooxmlText";
import {
  CELL_CLOSE, CELL_OPEN, CellWalker, DATA_CLOSE, DATA_OPEN, DONE, ROW_CLOSE, ROW_OPEN, STRAY_CLOSE, STRAY_OPEN,
} from "../workbook/xlsx/cellWalker";
import { ROW_END, ROW_FIELDS, ROW_FIRST_CELL, ROW_INNER_END, ROW_NUMBER, ROW_OPEN_END, ROW_START, type RowSpans } from "../workbook/xlsx/rowSpans";
import { cellAddress, columnLetters } from "../output/cellRef";
import { centsOfNumber, writeCentsNumber } from "../output/centsDigits";
import { ByteRun } from "../workbook/bytes/byteRun";
import { ForwardBytes, NotForward, type PartBytes } from "./forwardBytes";
import { startTagAttributes } from "./startTag";
import { textOf, type TextSink } from "../workbook/zip";
import { XmlScanner } from "../workbook/xml/scanner";
import {
  XmlShapeError, childElements, escapeAttr, expandEmpty, innerText, rootElement, rootStart, topLevelChild,
  tagWithAttribute, type ElementSpan,
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

/** What to write in one cell: the XML without its r attribute is built from this. */
export type CellValue =
  /** `shared`: the text's index in the workbook's shared strings, where the cell refers to it there. */
  | { readonly kind: "text"; readonly text: string; readonly style?: string; readonly shared?: number }
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

/** The sheet's top-level <sheetData>. */
export function sheetDataOf(xml: string, part: string): ElementSpan {
  const sheetData = topLevelChild(xml, "sheetData", part);
  if (!sheetData) throw new XmlShapeError(part, "no <sheetData>");
  return sheetData;
}

/** A cell as the reader passed it: where it lies in the part and its column. */
interface CellSpan {
  readonly start: number;
  readonly end: number;
  readonly col: number;
  readonly hasRef: boolean;
}

/** A row of <sheetData> as read: its spans, and its cells as spans (a cell is read further only when needed). */
interface RowSpan {
  readonly row: number;
  readonly span: ElementSpan;
  /**
   * Every cell says its address, the cells follow one another with nothing between them, and the row has no
   * other children: the row is edited by splicing cells into its text.
   */
  readonly plain: boolean;
  /** The cells within the window (plain rows), or every cell. */
  readonly cells: readonly CellSpan[];
  /** Where the first cell right of the window starts (the row's content end if none). */
  readonly afterWindow: number;
  /** The least and greatest columns of the cells outside the window (-1 if none). */
  readonly outFirst: number;
  readonly outLast: number;
  /** The row's children other than cells (rows that are not plain), as spans. */
  readonly others: readonly (readonly [number, number])[];
}

/**
 * The rows and cells of <sheetData> in one pass of the reader's walk (cellWalker.ts): each row's span and each
 * cell's span and column; of a plain row only the cells in columns from..to are kept. A repeated row or cell
 * is refused as the reader refuses it: an edit must never hide one cell behind another.
 */
function readRows(
  xml: string, part: string, from: number, to: number, also: ((row: number, col: number) => boolean) | undefined,
  latin1: boolean, writable: ((row: number) => boolean) | undefined,
): { rows: RowSpan[]; innerEnd: number } {
  const rows: RowSpan[] = [];
  const w = CellWalker.sheet(scannerOf(xml, part, latin1));
  const s = w.s;
  let lastRow = 0;
  let open: { row: number; start: number; openEnd: number; qname: string; selfClosing: boolean } | undefined;
  // The current row's cells, in arrays kept from row to row: objects are made only for the cells kept.
  const starts: number[] = [];
  const ends: number[] = [];
  const cols: number[] = [];
  const refs: boolean[] = [];
  let count = 0;
  const NO_OTHERS: readonly (readonly [number, number])[] = [];
  let others: (readonly [number, number])[] | undefined;
  let plain = true;
  let expect = 0;
  let cellStart = -1;
  let otherStart = -1;
  for (let ev = w.next(); ev !== DONE; ev = w.next()) {
    if (ev === ROW_OPEN) {
      const row = w.row;
      if (!Number.isInteger(row) || row < 1) throw new XmlShapeError(part, `row number "${w.rowRef}"`);
      if (row <= lastRow) throw new XmlShapeError(part, `row ${row} repeated or out of order`);
      lastRow = row;
      open = { row, start: s.tagStart, openEnd: s.tagEnd, qname: s.name, selfClosing: s.selfClosing };
      count = 0;
      others = undefined;
      plain = true;
      expect = s.tagEnd;
    } else if (ev === CELL_OPEN) {
      // hasRef, not cellRef: the address's text is made only for a message, not for each of a table's cells.
      const hasRef = w.hasRef;
      if (hasRef && !w.refOk) throw new XmlShapeError(part, `cell reference "${w.cellRef}"`);
      const col = w.cellCol;
      if (col <= w.prevCol) throw new XmlShapeError(part, `cell ${cellAddress(w.row, col)} repeated or out of order`);
      if (s.tagStart !== expect || !hasRef) plain = false;
      cellStart = s.tagStart;
    } else if (ev === CELL_CLOSE) {
      starts[count] = cellStart;
      ends[count] = s.tagEnd;
      cols[count] = w.cellCol;
      refs[count] = w.hasRef;
      count++;
      expect = s.tagEnd;
    } else if (ev === STRAY_OPEN && open) {
      plain = false;
      if (otherStart < 0) otherStart = s.tagStart;
    } else if (ev === STRAY_CLOSE && open && otherStart >= 0) {
      (others ??= []).push([otherStart, s.tagEnd]);
      otherStart = -1;
    } else if (ev === ROW_CLOSE && open) {
      const innerEnd = open.selfClosing ? open.openEnd : s.tagStart;
      if (innerEnd !== expect) plain = false;
      // A row with nothing in the window that no write can reach passes through as a span of the input
      // between the rows kept: a million empty rows cost no object each.
      if (writable && !writable(open.row) && !rowHasKept(cols, count, from, to, open.row, also)) {
        open = undefined;
        continue;
      }
      const span: ElementSpan = {
        qname: open.qname, ...splitName(open.qname), start: open.start, openEnd: open.openEnd, innerEnd, end: s.tagEnd,
        selfClosing: open.selfClosing,
      };
      const cells: CellSpan[] = [];
      let afterWindow = innerEnd;
      let outFirst = -1;
      let outLast = -1;
      for (let i = 0; i < count; i++) {
        const col = cols[i]!;
        const inWindow = col >= from && col <= to;
        if (!plain || inWindow) {
          cells.push({ start: starts[i]!, end: ends[i]!, col, hasRef: refs[i]! });
          continue;
        }
        // Outside the window: kept where it stands (read too if `also` asks for it).
        if (also?.(open.row, col)) cells.push({ start: starts[i]!, end: ends[i]!, col, hasRef: refs[i]! });
        if (outFirst < 0) outFirst = col;
        outLast = col;
        if (col > to && afterWindow === innerEnd) afterWindow = starts[i]!;
      }
      rows.push({ row: open.row, span, plain, cells, afterWindow, outFirst, outLast, others: others ?? NO_OTHERS });
      open = undefined;
    } else if (ev === DATA_CLOSE) {
      return { rows, innerEnd: s.tagStart };
    }
  }
  throw new XmlShapeError(part, "no <sheetData>");
}

/** The row has a cell in the window, or one `also` asks for. */
function rowHasKept(
  cols: readonly number[], count: number, from: number, to: number, row: number, also: ((row: number, col: number) => boolean) | undefined,
): boolean {
  for (let i = 0; i < count; i++) {
    const col = cols[i]!;
    if ((col >= from && col <= to) || also?.(row, col)) return true;
  }
  return false;
}

interface SheetDataStart {
  readonly qname: string;
  readonly start: number;
  readonly openEnd: number;
  readonly selfClosing: boolean;
}

/**
 * The start tag of the sheet's top-level <sheetData>, found without reading its rows (they are read once,
 * by readRows, which finds where it ends).
 */
function sheetDataStart(xml: string, part: string, latin1: boolean): SheetDataStart {
  const w = CellWalker.sheet(scannerOf(xml, part, latin1));
  const s = w.s;
  for (let ev = w.next(); ev !== DONE; ev = w.next()) {
    if (ev === DATA_OPEN) return { qname: s.name, start: s.tagStart, openEnd: s.tagEnd, selfClosing: s.selfClosing };
  }
  throw new XmlShapeError(part, "no <sheetData>");
}

function scannerOf(xml: string, part: string, latin1: boolean): XmlScanner {
  return latin1 ? new XmlScanner(xml, part, true) : new XmlScanner(xml, part);
}

/** A cell read from its span: its style, type, and whether it holds a value, formula or inline string. */
function cellAt(xml: string, row: number, c: CellSpan, part: string, latin1: boolean): SheetCell {
  // What holds the cell's value is the reader's grammar (cellContent.ts): what it reads, this keeps.
  const w = CellWalker.cell(XmlScanner.fragment(xml, part, c.start, undefined, latin1), row);
  w.next();
  const style = w.s.attr("s");
  const type = w.s.attr("t");
  // Only the cell is read: what follows its end in `xml` is its row's.
  for (let ev = w.next(); ev !== CELL_CLOSE && ev !== DONE; ev = w.next());
  const hasContent = w.hasValue || w.hasFormula || w.hasInline;
  const text = xml.slice(c.start, c.end);
  return { row, col: c.col, xml: latin1 ? fromLatin1(text) : text, style, type, hasContent, hasRef: c.hasRef };
}

/** A span of a part read as "latin1" (its UTF-8 bytes one a character), as text. */
function fromLatin1(bytes: string): string {
  return utf8OfLatin1(bytes);
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

/**
 * The XML of one cell we write. Text is a shared string where it has an index there, else an inline string:
 * Excel never evaluates a string cell either way.
 */
export function cellXml(row: number, col: number, value: CellValue, prefix: string): string {
  return cellXmlAt(columnLetters(col), row, value, prefix);
}

/** A style id as ours and Excel's are: digits. */
const NUMBER_STYLE = /^\d{1,9}$/;

/** cellXml with the cell's column letters already made (a writer of many rows makes each column's once). */
export function cellXmlAt(letters: string, row: number, value: CellValue, prefix: string): string {
  return textOf((out) => {
    const run = new ByteRun(out, CELL_RUN_BYTES, false);
    writeCell(run, letters, row, value, prefix);
    run.flush();
  });
}

/** A ByteRun's room for one cell made as text; a longer text goes through it whole. */
const CELL_RUN_BYTES = 1024;

/**
 * The XML of one cell we write, into a run of bytes: the markup made once, for text and bytes alike. The
 * prefix and the style are written as text, as they stand in the text of a cell.
 */
export function writeCell(out: ByteRun, letters: string, row: number, value: CellValue, prefix: string): void {
  if (value.kind === "number" && !Number.isFinite(value.value)) throw new Error(`cell ${letters}${row}: not a finite number`);
  tag(out, "<", prefix, 'c r="');
  out.ascii(letters);
  out.number(row);
  out.ascii('"');
  const style = value.style;
  if (style !== undefined) {
    // A style id is a number (ours, Excel's), written as it is; anything else escaped.
    out.ascii(' s="');
    if (NUMBER_STYLE.test(style)) out.ascii(style);
    else out.text(escapeAttr(style));
    out.ascii('"');
  }
  if (value.kind === "number") {
    out.ascii(">");
    tag(out, "<", prefix, "v>");
    // An amount's digits from its 分: the same text as String(value), not made.
    const cents = centsOfNumber(value.value);
    if (cents === undefined) out.number(value.value);
    else writeCentsNumber(out, cents);
    tag(out, "</", prefix, "v>");
  } else if (value.shared !== undefined) {
    out.ascii(' t="s">');
    tag(out, "<", prefix, "v>");
    out.number(value.shared);
    tag(out, "</", prefix, "v>");
  } else {
    const text = value.text;
    const plain = isPlainText(text);
    out.ascii(' t="inlineStr">');
    tag(out, "<", prefix, "is>");
    tag(out, "<", prefix, !plain && /^\s|\s$|\n/.test(text) ? 't xml:space="preserve">' : "t>");
    out.text(plain ? text : encodeOoxmlString(text));
    tag(out, "</", prefix, "t>");
    tag(out, "</", prefix, "is>");
  }
  tag(out, "</", prefix, "c>");
}

/** `<` or `</`, the prefix (as text, as it stands in a cell's text), and the rest of the tag's start. */
function tag(out: ByteRun, opening: string, prefix: string, rest: string): void {
  out.ascii(opening);
  if (prefix) out.text(prefix);
  out.ascii(rest);
}

/**
 * The sheet with the writes and clears that `decide` makes from its cells. Rows touched get their cells in
 * column order (cells without r are given one, so an inserted cell cannot shift them) and their spans
 * widened; rows the sheet lacks are created in order; every other byte stays.
 */
export function editSheetCells(input: string, part: string, decide: (cells: SheetCells) => SheetCellEdit): string {
  const edit = prepareSheetCells(input, part, decide);
  return edit.head + textOf((out) => edit.writeRows(out)) + edit.tail;
}

/** A sheet's cell edit, decided: the sheet around <sheetData>'s content, and that content written on demand. */
export interface PreparedSheetCells {
  /** The part up to the end of <sheetData>'s start tag, and from its end tag on. */
  readonly head: string;
  readonly tail: string;
  /** Writes the new content of <sheetData>: untouched rows as spans of the input, touched rows rewritten. */
  writeRows(out: TextSink): void;
}

/**
 * Reads the rows and lets `decide` choose the edit; the writing waits for `writeRows`, so the rest of the
 * sheet (a few kilobytes) can be edited first and the rows streamed into the part. `window` names the
 * columns `decide` reads and edits: cells outside it are not given to it (unless their row has to be
 * rebuilt whole) and are always kept; `also` names other cells `decide` reads and never edits.
 *
 * With `latin1`, `input` is the part's UTF-8 bytes one a character (as the reader's scanner reads a part):
 * half the memory of the decoded text for a Chinese sheet, and the untouched spans go out as the bytes
 * they were (`writeLatin1`), never decoded nor encoded again. `head`, `tail` and the cells given to
 * `decide` are text all the same.
 */
export function prepareSheetCells(
  input: string, part: string, decide: (cells: SheetCells) => SheetCellEdit, window: readonly [number, number] = [0, Infinity],
  also?: (row: number, col: number) => boolean, latin1 = false, writable?: (row: number) => boolean,
): PreparedSheetCells {
  let xml = input;
  let start = sheetDataStart(xml, part, latin1);
  if (start.selfClosing) {
    xml = expandEmpty(xml, { qname: start.qname, ...splitName(start.qname), start: start.start, openEnd: start.openEnd, innerEnd: start.openEnd, end: start.openEnd, selfClosing: true });
    start = sheetDataStart(xml, part, latin1);
  }
  const root = rootStart(xml, part);
  const prefix = root.prefix ? `${root.prefix}:` : "";
  const { rows, innerEnd } = readRows(xml, part, window[0], window[1], also, latin1, writable);
  const { openEnd } = start;
  const cells = new Map<number, SheetCell[]>();
  for (const r of rows) if (r.cells.length) cells.set(r.row, r.cells.map((c) => cellAt(xml, r.row, c, part, latin1)));
  const edit = decide(cells);
  cells.clear();
  if (writable) {
    for (const row of edit.writes.keys()) if (!writable(row)) throw new Error(`row ${row} written but not declared writable`);
  }
  const clears = edit.clears ?? (() => false);
  const decode = latin1 ? fromLatin1 : (text: string) => text;
  return {
    head: decode(xml.slice(0, openEnd)),
    tail: decode(xml.slice(innerEnd)),
    writeRows: (out) => {
      // Spans of the input go out as they are: as bytes when the part was read as bytes.
      const raw = latin1 ? (text: string) => out.writeLatin1!(text) : (text: string) => out.write(text);
      let cursor = openEnd;
      const present = new Set(rows.map((x) => x.row));
      const pendingNew = [...edit.writes.keys()].filter((r) => !present.has(r)).sort((a, b) => a - b);
      let nextNew = 0;
      for (const row of rows) {
        // New rows that come before this one.
        while (nextNew < pendingNew.length && pendingNew[nextNew] < row.row) {
          raw(xml.slice(cursor, row.span.start));
          cursor = row.span.start;
          out.write(newRow(pendingNew[nextNew], edit.writes.get(pendingNew[nextNew])!, prefix, edit.heights));
          nextNew++;
        }
        const writes = edit.writes.get(row.row);
        const touched = !!writes || row.cells.some((c) => clears(row.row, c.col));
        if (!touched) continue;
        if (row.span.start > cursor) raw(xml.slice(cursor, row.span.start));
        const height = edit.heights?.get(row.row);
        if (row.plain) splicedRowText(raw, (text) => out.write(text), xml, row, writes, clears, prefix, height);
        else out.write(rebuiltRow(xml, row, writes, clears, prefix, part, latin1, height));
        cursor = row.span.end;
      }
      raw(xml.slice(cursor, innerEnd));
      while (nextNew < pendingNew.length) {
        out.write(newRow(pendingNew[nextNew], edit.writes.get(pendingNew[nextNew])!, prefix, edit.heights));
        nextNew++;
      }
    },
  };
}

/** A part's UTF-8 bytes one a character, as the scanner reads a part. */
export function partAsLatin1(bytes: Uint8Array): string {
  return latin1Of(bytes, 0, bytes.length);
}

/** UTF-8 bytes `from`..`to` one a character. */
function latin1Of(bytes: Uint8Array, from: number, to: number): string {
  return codec().latin1Decode(bytes.subarray(from, to));
}

/**
 * prepareSheetCells for a part whose rows the reader recorded as it read them (rowSpans.ts): nothing is
 * scanned but the root's start tag and the cells `decide` reads; the part is not made text (each row
 * written is made text on its own as it is written, the rows between go out as the bytes they are), and
 * only the row being written is an object. The part is read forward (forwardBytes.ts), so it need not be
 * held whole: once for what the edit is decided from (only as far as the last cell `decide` reads, where the
 * reader saw the part's end: spans.end), and once as the rows are written. Undefined when
 * the spans do not fit the bytes, or the bytes are not UTF-8 (the caller then reads the part with
 * prepareSheetCells). The same edit, the same bytes out, as prepareSheetCells.
 */
export function prepareSheetCellsFromSpans(
  bytes: PartBytes, spans: RowSpans, part: string, decide: (cells: SheetCells) => SheetCellEdit, window: readonly [number, number],
  also: ((row: number, col: number) => boolean) | undefined, writable: ((row: number) => boolean) | undefined,
): PreparedSheetCells | undefined {
  const { dataStart, dataEnd, rowCount, rows: r, cellStarts, cellCols, cellCount } = spans;
  if (dataStart < 1 || dataEnd + 2 > bytes.length) return undefined;
  for (let k = 0; k < rowCount; k++) {
    const start = r[k * ROW_FIELDS + ROW_START]!;
    if (start < dataStart || r[k * ROW_FIELDS + ROW_END]! > dataEnd) return undefined;
  }
  const [from, to] = window;
  const field = (k: number, f: number) => r[k * ROW_FIELDS + f]!;
  const cellsEnd = (k: number) => (k + 1 < rowCount ? field(k + 1, ROW_FIRST_CELL) : cellCount);
  const cellEnd = (k: number, i: number) => (i + 1 < cellsEnd(k) ? cellStarts[i + 1]! : field(k, ROW_INNER_END));
  const read = (row: number, col: number) => (col >= from && col <= to) || !!also?.(row, col);
  // The rows prepareSheetCells keeps: those that can be written, and those with a cell `decide` reads.
  const kept = (k: number) => {
    const row = field(k, ROW_NUMBER);
    if (!writable || writable(row)) return true;
    for (let i = field(k, ROW_FIRST_CELL), end = cellsEnd(k); i < end; i++) if (read(row, cellCols[i]!)) return true;
    return false;
  };

  // The first pass over the part: what the edit is decided from (the cells `decide` reads, as their text),
  // the few kilobytes around <sheetData>, and whether the spans fit the bytes, all read in the part's order.
  // Where the reader saw the part go by to its end (spans.end: the same entry's bytes the spans were taken
  // from), it said whether they are UTF-8 and kept the bytes after the rows: the pass then stops after the
  // last cell `decide` reads (for a table checked the first time, in its header), and the rows' starts are
  // checked as the second pass comes to them.
  const seen = spans.end && spans.end.length === bytes.length ? spans.end : undefined;
  if (seen && !seen.utf8) return undefined;
  let head: string;
  let tail: string;
  const read1: { row: number; col: number; text: string }[] = [];
  try {
    const first = new ForwardBytes(bytes);
    // The reader counts from after a byte-order mark, which the bytes here keep.
    if (first.byte(0) === 0xef && first.byte(1) === 0xbb && first.byte(2) === 0xbf) return undefined;
    head = first.latin1(0, dataStart);
    if (head.charCodeAt(dataStart - 1) !== 0x3e) return undefined;
    for (let k = 0; k < rowCount; k++) {
      if (!seen && first.byte(field(k, ROW_START)) !== 0x3c) return undefined;
      const row = field(k, ROW_NUMBER);
      for (let i = field(k, ROW_FIRST_CELL), end = cellsEnd(k); i < end; i++) {
        const col = cellCols[i]!;
        if (read(row, col)) read1.push({ row, col, text: first.latin1(cellStarts[i]!, cellEnd(k, i)) });
      }
    }
    if (seen) tail = codec().latin1Decode(seen.tail);
    else {
      if (first.byte(dataEnd) !== 0x3c || first.byte(dataEnd + 1) !== 0x2f) return undefined;
      tail = first.latin1(dataEnd, bytes.length);
      const all = first.finish();
      // Bytes that are not UTF-8 are read as text (the caller's other way), as are bytes not of the size given.
      if (!all.utf8 || all.length !== bytes.length) return undefined;
    }
    if (tail.charCodeAt(0) !== 0x3c || tail.charCodeAt(1) !== 0x2f) return undefined;
  } catch (e) {
    if (e instanceof NotForward) return undefined;
    throw e;
  }
  const root = rootStart(head, part);
  const prefix = root.prefix ? `${root.prefix}:` : "";
  const names = splitName(spans.rowName);

  const cells = new Map<number, SheetCell[]>();
  for (const { row, col, text } of read1) {
    const list = cells.get(row);
    const cell = cellAt(text, row, { start: 0, end: text.length, col, hasRef: true }, part, true);
    if (list) list.push(cell);
    else cells.set(row, [cell]);
  }
  read1.length = 0;
  const edit = decide(cells);
  cells.clear();
  if (writable) {
    for (const row of edit.writes.keys()) if (!writable(row)) throw new Error(`row ${row} written but not declared writable`);
  }
  const clears = edit.clears ?? (() => false);

  /** Row k as prepareSheetCells reads it, its offsets counted from `base`. */
  const rowAt = (k: number, base: number): RowSpan => {
    const row = field(k, ROW_NUMBER);
    const openEnd = field(k, ROW_OPEN_END);
    const innerEnd = field(k, ROW_INNER_END);
    const end = field(k, ROW_END);
    const span: ElementSpan = {
      qname: spans.rowName, ...names, start: field(k, ROW_START) - base, openEnd: openEnd - base, innerEnd: innerEnd - base, end: end - base,
      selfClosing: end === openEnd,
    };
    const list: CellSpan[] = [];
    let afterWindow = innerEnd;
    let outFirst = -1;
    let outLast = -1;
    for (let i = field(k, ROW_FIRST_CELL), stop = cellsEnd(k); i < stop; i++) {
      const col = cellCols[i]!;
      const inWindow = col >= from && col <= to;
      if (inWindow || also?.(row, col)) list.push({ start: cellStarts[i]! - base, end: cellEnd(k, i) - base, col, hasRef: true });
      if (inWindow) continue;
      if (outFirst < 0) outFirst = col;
      outLast = col;
      if (col > to && afterWindow === innerEnd) afterWindow = cellStarts[i]!;
    }
    return { row, span, plain: true, cells: list, afterWindow: afterWindow - base, outFirst, outLast, others: NO_OTHER_CHILDREN };
  };

  return {
    head: fromLatin1(head),
    tail: fromLatin1(tail),
    writeRows: (out) => {
      // The second pass: the rows written as the part is read again, only the pieces in reach held. They go out
      // as bytes: the spans between our cells as the input's bytes, our cells written straight into the run;
      // only a row's start tag is made text, to be edited.
      const second = new ForwardBytes(bytes);
      const run = new ByteRun(out);
      const rawBytes = (a: number, b: number) => {
        if (b > a) run.span(second.bytes(a, b));
      };
      const present = (row: number) => {
        // Rows are in ascending order (the reader refuses any other): a binary search finds one.
        let lo = 0;
        let hi = rowCount - 1;
        while (lo <= hi) {
          const mid = (lo + hi) >> 1;
          const n = field(mid, ROW_NUMBER);
          if (n === row) return kept(mid);
          if (n < row) lo = mid + 1;
          else hi = mid - 1;
        }
        return false;
      };
      const pendingNew = [...edit.writes.keys()].filter((row) => !present(row)).sort((a, b) => a - b);
      let nextNew = 0;
      let cursor = dataStart;
      for (let k = 0; k < rowCount; k++) {
        if (!kept(k)) continue;
        const row = field(k, ROW_NUMBER);
        const start = field(k, ROW_START);
        // New rows that come before this one.
        while (nextNew < pendingNew.length && pendingNew[nextNew]! < row) {
          rawBytes(cursor, start);
          cursor = start;
          run.text(newRow(pendingNew[nextNew]!, edit.writes.get(pendingNew[nextNew]!)!, prefix, edit.heights));
          nextNew++;
        }
        const writes = edit.writes.get(row);
        let touched = !!writes;
        if (!touched && edit.clears) {
          for (let i = field(k, ROW_FIRST_CELL), end = cellsEnd(k); i < end && !touched; i++) {
            const col = cellCols[i]!;
            touched = read(row, col) && clears(row, col);
          }
        }
        if (!touched) continue;
        rawBytes(cursor, start);
        const end = field(k, ROW_END);
        const rowBytes = second.bytes(start, end);
        // Checked here rather than in the first pass where the reader saw the part (above): spans it took from
        // these very bytes fit them, and a row that did not could only be written wrong.
        if (rowBytes[0] !== 0x3c) throw new Error(`${part}: row ${row} is not where the reader recorded it`);
        splicedRowBytes(run, rowBytes, rowAt(k, start), writes, clears, prefix, edit.heights?.get(row));
        cursor = end;
      }
      rawBytes(cursor, dataEnd);
      while (nextNew < pendingNew.length) {
        run.text(newRow(pendingNew[nextNew]!, edit.writes.get(pendingNew[nextNew]!)!, prefix, edit.heights));
        nextNew++;
      }
      run.flush();
    },
  };
}

const NO_OTHER_CHILDREN: readonly (readonly [number, number])[] = [];

/** Excel's default row height (points), for a row of height 0 shown again. */
const DEFAULT_ROW_HEIGHT = 15;

/**
 * A row's start tag as rewritten: r where it had none, spans over its cells, ht enough for its text; a row
 * results are written into (`show`) is shown, not hidden nor of height 0: a hidden row is checked and
 * counted, so the reviewer must see it (HIDDEN_ROW). The tag is read once: values are replaced where they stand, attributes it lacks added at its end (as
 * tagWithAttribute adds them, one after another).
 */
function rowOpenTag(xml: string, row: RowSpan, first: number, last: number, height: number | undefined, show = false): string {
  let open = xml.slice(row.span.start, row.span.openEnd);
  if (row.span.selfClosing) open = `${open.slice(0, -2).replace(/\s+$/, "")}>`;
  const s = startTagAttributes(open);
  const value = (qname: string) => s.value(qname);
  const spans = first >= 0 ? s.span("spans") : undefined;
  // Without customHeight a row's ht is the height Excel last fitted to its contents: ours may need more.
  const customHeight = s.span("customHeight") ? value("customHeight") : undefined;
  const custom = customHeight === "1" || customHeight === "true";
  const htAt = s.span("ht");
  const zeroHeight = show && htAt !== undefined && Number(value("ht")) === 0;
  const setHt = zeroHeight || (height !== undefined && !custom && !(Number(htAt ? value("ht") : undefined) >= height));
  const hiddenAt = show ? s.span("hidden") : undefined;
  const added: string[] = [];
  if (!s.span("r")) added.push(` r="${row.row}"`);
  const replace: [number, number, string][] = [];
  if (spans) replace.push([spans[0], spans[1], `${first + 1}:${last + 1}`]);
  if (setHt) {
    const ht = String(height ?? DEFAULT_ROW_HEIGHT);
    if (htAt) replace.push([htAt[0], htAt[1], ht]);
    else added.push(` ht="${ht}"`);
  }
  if (hiddenAt) replace.push([hiddenAt[0], hiddenAt[1], "0"]);
  replace.sort((a, b) => a[0] - b[0]);
  let out = "";
  let cursor = 0;
  for (const [from, to, text] of replace) {
    out += open.slice(cursor, from) + text;
    cursor = to;
  }
  if (added.length === 0) return out + open.slice(cursor);
  // Added before the ">" (white space before it dropped), as tagWithAttribute adds them.
  let close = open.length - 1;
  while (close > cursor && /\s/.test(open[close - 1]!)) close--;
  return `${out}${open.slice(cursor, close)}${added.join("")}${open.slice(open.length - 1)}`;
}

/** Where a spliced row goes, piece by piece in order (splicedRow). */
interface SplicedRowOut {
  /** The row's edited start tag, or its end tag: text of the input's kind (its bytes one a character where so read). */
  tag(text: string): void;
  /** The row's own text from `from` to `to` (offsets as its span's), as it stands. */
  copy(from: number, to: number): void;
  /** Our cell in column `col`. */
  cell(col: number): void;
}

/**
 * A plain row rewritten by splicing: the cells written over or cleared are cut out of its text and ours put
 * in column order between the others, which keep their exact text: the row `rebuiltRow` makes, without
 * reading every cell of it. `xml` holds the row's start tag where `row.span` says (all the row need not be
 * text: the rest is copied by offsets).
 */
function splicedRow(
  out: SplicedRowOut, xml: string, row: RowSpan, writes: ReadonlyMap<number, CellValue> | undefined,
  clears: (row: number, col: number) => boolean, height?: number,
): void {
  const cols = writes ? columnsOf(writes) : [];
  const gone = (col: number) => !!writes?.has(col) || clears(row.row, col);
  let first = row.outFirst;
  let last = row.outLast;
  const widen = (col: number) => {
    if (first < 0 || col < first) first = col;
    if (col > last) last = col;
  };
  for (const c of row.cells) if (!gone(c.col)) widen(c.col);
  for (const c of cols) widen(c);
  out.tag(rowOpenTag(xml, row, first, last, height, writes !== undefined));
  let cursor = row.span.openEnd;
  const copy = (to: number) => {
    if (to > cursor) out.copy(cursor, to);
  };
  let w = 0;
  for (const c of row.cells) {
    // Ours left of this cell go in before it; the cell itself is cut out if it is written over or cleared.
    if (w < cols.length && cols[w]! < c.col) {
      copy(c.start);
      cursor = c.start;
      for (; w < cols.length && cols[w]! < c.col; w++) out.cell(cols[w]!);
    }
    if (gone(c.col)) {
      copy(c.start);
      cursor = c.end;
      if (w < cols.length && cols[w] === c.col) {
        out.cell(c.col);
        w++;
      }
    }
  }
  if (w < cols.length) {
    copy(row.afterWindow);
    cursor = row.afterWindow;
    for (; w < cols.length; w++) out.cell(cols[w]!);
  }
  copy(row.span.innerEnd);
  out.tag(`</${row.span.qname}>`);
}

/** splicedRow of a row held as text: its pieces as text, ours as cellXml makes them. */
function splicedRowText(
  raw: (span: string) => void, text: (xml: string) => void, xml: string, row: RowSpan, writes: ReadonlyMap<number, CellValue> | undefined,
  clears: (row: number, col: number) => boolean, prefix: string, height?: number,
): void {
  splicedRow({
    tag: raw,
    copy: (from, to) => raw(xml.slice(from, to)),
    cell: (col) => text(cellXml(row.row, col, writes!.get(col)!, prefix)),
  }, xml, row, writes, clears, height);
}

/**
 * The columns a row's writes go to, in ascending order. The result columns give a row's cells in column
 * order, so the list is sorted only when they come otherwise: no sorted copy made for each of 100,000 rows.
 */
export function columnsOf(writes: ReadonlyMap<number, CellValue>): number[] {
  const cols: number[] = [];
  let ascending = true;
  for (const col of writes.keys()) {
    if (cols.length > 0 && col < cols[cols.length - 1]!) ascending = false;
    cols.push(col);
  }
  return ascending ? cols : cols.sort((a, b) => a - b);
}

/**
 * splicedRow of a row read as bytes, written into `out` as it is made: the input's spans go out as the bytes
 * they are and our cells straight into the run (writeCell); only the start tag is made text (the input's bytes
 * one a character), to be edited. `row`'s offsets count from the row's first byte.
 */
function splicedRowBytes(
  out: ByteRun, bytes: Uint8Array, row: RowSpan, writes: ReadonlyMap<number, CellValue> | undefined,
  clears: (row: number, col: number) => boolean, prefix: string, height?: number,
): void {
  splicedRow({
    tag: (text) => out.latin1(text),
    copy: (from, to) => out.span(bytes.subarray(from, to)),
    cell: (col) => writeCell(out, columnLetters(col), row.row, writes!.get(col)!, prefix),
  }, codec().latin1Decode(bytes.subarray(0, row.span.openEnd)), row, writes, clears, height);
}

function newRow(row: number, writes: ReadonlyMap<number, CellValue>, prefix: string, heights?: ReadonlyMap<number, number>): string {
  const cols = columnsOf(writes);
  const cells = cols.map((c) => cellXml(row, c, writes.get(c)!, prefix)).join("");
  const height = heights?.get(row);
  const ht = height === undefined ? "" : ` ht="${height}"`;
  return `<${prefix}row r="${row}" spans="${cols[0] + 1}:${cols[cols.length - 1] + 1}"${ht}>${cells}</${prefix}row>`;
}

function rebuiltRow(
  xml: string, row: RowSpan, writes: ReadonlyMap<number, CellValue> | undefined,
  clears: (row: number, col: number) => boolean, prefix: string, part: string, latin1: boolean, height?: number,
): string {
  const decode = latin1 ? fromLatin1 : (text: string) => text;
  const byCol = new Map<number, string>();
  for (const span of row.cells) {
    if (writes?.has(span.col) || clears(row.row, span.col)) continue;
    byCol.set(span.col, withRef(cellAt(xml, row.row, span, part, latin1)));
  }
  for (const [col, value] of writes ?? []) byCol.set(col, cellXml(row.row, col, value, prefix));
  const cols = [...byCol.keys()].sort((a, b) => a - b);
  const open = decode(rowOpenTag(xml, row, cols.length ? cols[0]! : -1, cols.length ? cols[cols.length - 1]! : -1, height, writes !== undefined));
  // A row's children other than cells (extension lists) are kept after the cells.
  const others = row.others.map(([from, to]) => decode(xml.slice(from, to))).join("");
  return `${open}${cols.map((c) => byCol.get(c)!).join("")}${others}</${row.span.qname}>`;
}

/** A kept cell, given an explicit r if it had none. */
function withRef(c: SheetCell): string {
  if (c.hasRef !== false) return c.xml;
  const s = XmlScanner.fragment(c.xml, "cell", 0);
  s.next();
  return tagWithAttribute(c.xml.slice(0, s.tagEnd), "r", cellAddress(c.row, c.col)) + c.xml.slice(s.tagEnd);
}
