/**
 * One worksheet part → SheetGrid. Values are kept as the file has them: numbers as their exact `<v>` text,
 * formula cells by their cached result. A cell that cannot be read becomes a `bad` cell saying why, so the
 * row it is on gets a clear message instead of the cell silently vanishing. `<dimension>` is ignored: it is
 * a hint the file may lie about; the extent is what the cells say.
 */
import type { Limits } from "../limits";
import { ReadError } from "../readError";
import type { CellFault } from "../../engine/issues";
import type { CellRange, RawCell, SheetGrid } from "../types";
import { XmlScanner, type ByteSource } from "../xml/scanner";
import { columnLetters, formatCellRef, parseRangeRef } from "./cellRef";
import {
  CELL_CLOSE, CELL_OPEN, CellWalker, DATA_CLOSE, DATA_OPEN, DONE, ELEMENT, ROW_CLOSE, ROW_OPEN, STRAY_OPEN,
} from "./cellWalker";
import { decodeOoxmlEscapes } from "./ooxmlText";
import type { RowSpanRecorder } from "./rowSpans";
import type { DateStyle } from "./styles";

export interface SheetContext {
  readonly name: string;
  readonly part: string;
  readonly sharedStrings: readonly string[];
  /** Index = a cell's s attribute; true when that format shows dates. */
  readonly dateStyles: readonly DateStyle[];
  readonly date1904: boolean;
  readonly limits: Limits;
  /** From the workbook's calcPr: formulas' cached values may not be what Excel shows (SheetGrid). */
  readonly formulasUntrusted?: SheetGrid["formulasUntrusted"];
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Digits alone, as most number cells are written: a number by NUMBER too, seen without running it. */
function plainDigits(v: string): boolean {
  const len = v.length;
  if (len === 0 || len > 20) return false;
  for (let i = 0; i < len; i++) {
    const c = v.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}


/** A shared-string index: 1–10 digits, else -1. Parsed by hand because it runs for most cells. */
function sharedIndex(v: string): number {
  if (v.length === 0 || v.length > 10) return -1;
  let n = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i) - 0x30;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** The cell types Excel writes, most common first. */
const CELL_TYPES = ["s", "n", "str", "inlineStr", "b", "e", "d"] as const;

/**
 * A cell's `t` as one of the types Excel writes, when it is written plainly: the same string `attr` would
 * give, without making one for every cell. Undefined for anything else (read as written, decoded).
 */
function writtenType(s: XmlScanner, at: number): string | undefined {
  for (const type of CELL_TYPES) if (s.attrWrittenAs(at, type)) return type;
  return undefined;
}

/** A cell's `s` as Number() reads it, plain digits parsed in place (one for most cells). */
function styleIndex(s: XmlScanner, at: number): number {
  const n = s.attrDigits(at);
  return n >= 0 ? n : Number(s.attrValueAt(at));
}

/** Whole numbers below this share their cells (parseSheet): dates' serials and years are among them. */
const SMALL_NUMBERS = 65536;

const truthy = (v: string | undefined) => v === "1" || v === "true";
/** A height or width of 0 hides the row or column as surely as `hidden` does. */
const isZero = (v: string | undefined) => v !== undefined && v.trim() !== "" && Number(v) === 0;

function bad(fault: CellFault): RawCell {
  return { t: "bad", fault };
}

/** What was found, short enough for a message. */
function shown(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * The text as a string of its own. A value read from a part as it inflates is a slice of the piece of the
 * part it came in (V8 keeps a substring of 13 characters or more as a view of its parent), so one credit
 * code kept from each piece would keep the whole part alive for as long as the rows are; a copy lets the
 * pieces go. Shorter strings are copied by V8 already.
 */
function detached(text: string): string {
  return text.length < 13 ? text : (" " + text).slice(1);
}

/** A row made wider than its cells may, at most: a sheet whose rows reach far right makes each row as it comes. */
const ROW_WIDTH_HINT = 64;

/**
 * A row's array given the length its cells give it (one past the last), as an array filled cell by cell
 * would have; returns the width the next row's array is made with.
 */
function finishRow(row: (RawCell | undefined)[], top: number): number {
  if (row.length !== top) row.length = top;
  return top < ROW_WIDTH_HINT ? top : ROW_WIDTH_HINT;
}

/** `spans`, when given, is told where each row and cell lies in the part (rowSpans.ts). */
export function parseSheet(xml: string | Uint8Array | ByteSource, ctx: SheetContext, spans?: RowSpanRecorder): SheetGrid {
  const { limits, sharedStrings, dateStyles } = ctx;
  const rows = new Map<number, (RawCell | undefined)[]>();
  const rawMerges: CellRange[] = [];
  const sharedCells: (RawCell | undefined)[] = [];
  // Cells are immutable: a small whole number (a year, a date's serial, a count) is one cell, and one
  // string, however many cells show it. A large table's rows keep fewer objects alive while it is read.
  let smallNumbers: (RawCell | undefined)[] | undefined;
  let smallDates: (RawCell | undefined)[] | undefined;
  const smallNumber = (n: number, date: boolean): RawCell => {
    const table = date ? (smallDates ??= new Array<RawCell | undefined>(SMALL_NUMBERS)) : (smallNumbers ??= new Array<RawCell | undefined>(SMALL_NUMBERS));
    return (table[n] ??= date ? { t: "n", v: String(n), date: true } : { t: "n", v: String(n) });
  };
  let maxRow = 0;
  let maxCol = -1;
  let currentRowNum = -1;
  let currentRow: (RawCell | undefined)[] | undefined;
  /** One past the current row's last cell; the width a new row's array is made with. */
  let rowTop = 0;
  let rowWidth = 0;
  let lastCellRow = -1;
  let rowName: string | undefined;

  let hiddenRows: Set<number> | undefined;
  const hiddenColumns: [number, number][] = [];

  const lastColumn = columnLetters(limits.maxCols - 1);
  // A row or column past the grid is refused; the callers test the bound, so the text named is made only
  // for the refusal.
  const refuseRow = (found: string): never => {
    throw new ReadError("limits", { d: "row-beyond-grid", sheet: ctx.name, found: shown(found), maxRows: limits.maxRows });
  };
  const refuseCol = (found: string): never => {
    throw new ReadError("limits", { d: "column-beyond-grid", sheet: ctx.name, found: shown(found), lastColumn, maxCols: limits.maxCols });
  };
  let cells = 0;
  let lastRowNum = 0;

  const text = (value: string, formula: boolean): RawCell => {
    if (value.length > limits.maxStringChars) {
      return bad({ fault: "text-too-long", length: value.length, limit: limits.maxStringChars });
    }
    const v = detached(value);
    return formula ? { t: "s", v, formula: true } : { t: "s", v };
  };

  const finishCell = (w: CellWalker, cellType: string | undefined, cellStyle: number): RawCell | undefined => {
    const formula = w.hasFormula;
    const hasV = w.hasValue;
    const noValue = (): RawCell | undefined => (formula ? bad({ fault: "no-cached-value" }) : undefined);
    switch (cellType) {
      case undefined:
      case "n": {
        // A value of plain digits, read in place by the walker, is a number as it stands; a small one is a
        // cell already made, nearly always, and its text is not made again.
        const digits = w.valueDigits >= 0;
        const style = dateStyles[cellStyle];
        if (digits && !formula && w.valueDigits < SMALL_NUMBERS && (style === undefined || typeof style === "boolean")) return smallNumber(w.valueDigits, style === true);
        const v = digits ? String(w.valueDigits) : w.value.trim();
        if (!hasV || v === "") return noValue();
        if (!digits && !plainDigits(v) && !NUMBER.test(v)) return bad({ fault: "bad-number", found: shown(v) });
        if (style === true) return formula ? { t: "n", v, date: true, formula: true } : { t: "n", v, date: true };
        if (style === "year") return formula ? { t: "n", v, date: true, yearOnly: true, formula: true } : { t: "n", v, date: true, yearOnly: true };
        if (style === "wan") return formula ? { t: "n", v, tenThousand: true, formula: true } : { t: "n", v, tenThousand: true };
        if (typeof style === "object") return formula ? { t: "n", v, padded: style, formula: true } : { t: "n", v, padded: style };
        return formula ? { t: "n", v, formula: true } : { t: "n", v };
      }
      case "s": {
        if (!hasV) return noValue();
        // Most indexes are plain digits, read in place by the walker: no string made for them.
        const written = w.valueDigits;
        const v = written >= 0 ? "" : w.value.trim();
        const index = written >= 0 ? written : sharedIndex(v);
        if (index < 0) return bad({ fault: "bad-string-index", found: shown(v) });
        const found = sharedStrings[index];
        if (found === undefined) return bad({ fault: "string-index-out-of-range", found: written >= 0 ? String(written) : v });
        if (formula) return text(found, true);
        // Cells are immutable: every cell showing shared string i can be the same object.
        return (sharedCells[index] ??= text(found, false));
      }
      case "str":
        return hasV ? text(decodeOoxmlEscapes(w.value), formula) : noValue();
      case "inlineStr":
        if (w.hasInline) return text(decodeOoxmlEscapes(w.inline), formula);
        return hasV ? text(decodeOoxmlEscapes(w.value), formula) : noValue();
      case "b": {
        const v = w.value.trim();
        if (!hasV || v === "") return noValue();
        if (v === "1" || v === "true") return formula ? { t: "b", v: true, formula: true } : { t: "b", v: true };
        if (v === "0" || v === "false") return formula ? { t: "b", v: false, formula: true } : { t: "b", v: false };
        return bad({ fault: "bad-boolean", found: shown(v) });
      }
      case "e": {
        const v = w.value.trim();
        if (!hasV || v === "") return noValue();
        return formula ? { t: "e", v, formula: true } : { t: "e", v };
      }
      case "d": {
        const v = w.value.trim();
        if (!hasV || v === "") return noValue();
        // Shown as its year only (yyyy"年"), an ISO date is a year to the reviewer, as a serial is.
        if (dateStyles[cellStyle] === "year") return formula ? { t: "d", v, yearOnly: true, formula: true } : { t: "d", v, yearOnly: true };
        return formula ? { t: "d", v, formula: true } : { t: "d", v };
      }
      default:
        return bad({ fault: "unknown-type", found: shown(cellType) });
    }
  };

  const w = CellWalker.sheet(XmlScanner.of(xml, ctx.part));
  const s = w.s;
  let cellType: string | undefined;
  let cellStyle = 0;
  for (let ev = w.next(); ev !== DONE; ev = w.next()) {
    if (ev === CELL_OPEN) {
      if (w.hasRef && !w.refOk) {
        throw new ReadError("bad-xml", { d: "bad-cell-address", sheet: ctx.name, found: shown(w.cellRef!) });
      }
      const cellRow = w.cellRow, cellCol = w.cellCol;
      // What a refusal names is made only for the refusal.
      if (cellRow > limits.maxRows) refuseRow(w.cellRef ?? String(cellRow));
      if (cellCol >= limits.maxCols) refuseCol(w.cellRef ?? columnLetters(Math.min(cellCol, limits.maxCols)) + cellRow);
      // Excel keeps a row's cells in column order, each once; a cell repeated (or out of order) would
      // silently hide the other, so the file is not read.
      if (cellRow === lastCellRow && cellCol <= w.prevCol) {
        throw new ReadError("bad-xml", { d: "cell-out-of-order", sheet: ctx.name, cell: formatCellRef(cellRow, cellCol) });
      }
      lastCellRow = cellRow;
      spans?.cellOpen(s.tagStart + s.partOffset, cellCol, w.hasRef);
      if (++cells > limits.maxCells) {
        throw new ReadError("limits", { d: "too-many-cells", maxCells: limits.maxCells });
      }
      const t = s.attrAt("t");
      cellType = t < 0 ? undefined : writtenType(s, t) ?? s.attrValueAt(t);
      const style = s.attrAt("s");
      cellStyle = style < 0 ? 0 : styleIndex(s, style);
    } else if (ev === CELL_CLOSE) {
      spans?.cellClose(s.tagEnd + s.partOffset);
      // An empty-element cell (<c r="A1" t="s"/>) holds nothing, whatever its type says.
      if (w.cellSelfClosing) continue;
      const cell = finishCell(w, cellType, cellStyle);
      if (cell === undefined) continue;
      const cellRow = w.cellRow, cellCol = w.cellCol;
      // Cells come row by row: keep the current row's array rather than look it up for every cell.
      if (cellRow !== currentRowNum) {
        if (currentRow !== undefined) rowWidth = finishRow(currentRow, rowTop);
        currentRowNum = cellRow;
        if (rows.size >= limits.maxSheetRows && !rows.has(cellRow)) {
          throw new ReadError("limits", {
            d: "too-many-sheet-rows", sheet: ctx.name, row: cellRow, maxSheetRows: limits.maxSheetRows, maxTableRows: limits.maxTableRows,
          });
        }
        // Every row held is numbered at most maxRow: a row past it (the next row, nearly always) is new, not looked up.
        currentRow = cellRow > maxRow ? undefined : rows.get(cellRow);
        if (currentRow === undefined) {
          // As wide as the row before: its cells go in without the array growing (and dropping a copy) as
          // they come; finishRow gives it its length as read.
          currentRow = new Array<RawCell | undefined>(rowWidth);
          rowTop = 0;
          rows.set(cellRow, currentRow);
        } else {
          rowTop = currentRow.length;
        }
      }
      currentRow![cellCol] = cell;
      if (cellCol >= rowTop) rowTop = cellCol + 1;
      if (cellRow > maxRow) maxRow = cellRow;
      if (cellCol > maxCol) maxCol = cellCol;
    } else if (ev === ROW_OPEN) {
      const rowNum = w.row;
      // What a refusal names is made only for the refusal.
      if (w.hasRowRef && !(rowNum >= 1)) throw new ReadError("bad-xml", { d: "bad-row-number", sheet: ctx.name, found: shown(w.rowRef!) });
      if (rowNum > limits.maxRows) refuseRow(w.rowRef ?? String(rowNum));
      // Excel keeps rows in order, each once: a repeated <row> is not read as a second half of the first.
      if (rowNum <= lastRowNum) {
        throw new ReadError("bad-xml", { d: "row-out-of-order", sheet: ctx.name, row: rowNum });
      }
      lastRowNum = rowNum;
      if (truthy(s.attr("hidden")) || isZero(s.attr("ht"))) (hiddenRows ??= new Set()).add(rowNum);
      // Every row the walk gives is named the same (`row` with the sheet's prefix): its name is made once.
      spans?.rowOpen(rowNum, (rowName ??= s.name), s.tagStart + s.partOffset, s.tagEnd + s.partOffset, s.selfClosing);
    } else if (ev === ROW_CLOSE) {
      // An empty-element row was told whole at its start.
      if (!w.rowSelfClosing) spans?.rowClose(s.tagStart + s.partOffset, s.tagEnd + s.partOffset);
    } else if (ev === STRAY_OPEN) {
      // Anything in <sheetData> or a row that is not a row or cell (an extension list) is not read, and the
      // rows are then not spliced as they stand.
      spans?.fail();
    } else if (ev === DATA_OPEN) {
      spans?.sheetDataOpen(s.tagEnd + s.partOffset, s.selfClosing);
    } else if (ev === DATA_CLOSE) {
      spans?.sheetDataClose(s.tagStart + s.partOffset);
    } else if (ev === ELEMENT && s.level === 3 && s.hasPrefix(w.prefix)) {
      if (s.is("col")) {
        if (truthy(s.attr("hidden")) || isZero(s.attr("width"))) {
          const min = Number(s.attr("min")), max = Number(s.attr("max"));
          if (Number.isInteger(min) && Number.isInteger(max) && min >= 1 && max >= min && hiddenColumns.length < limits.maxCols) {
            hiddenColumns.push([min - 1, Math.min(max, limits.maxCols) - 1]);
          }
        }
      } else if (s.is("mergeCell")) {
        const range = parseRangeRef(s.attr("ref") ?? "");
        if (range) {
          if (rawMerges.length >= limits.maxMerges) {
            throw new ReadError("limits", { d: "too-many-merges", sheet: ctx.name, max: limits.maxMerges });
          }
          rawMerges.push(range);
        }
      }
    }
  }

  if (currentRow !== undefined) finishRow(currentRow, rowTop);
  const merges = clipMerges(rawMerges, maxRow, maxCol, ctx);
  return {
    name: ctx.name, rows, maxRow, maxCol, merges, date1904: ctx.date1904,
    ...(hiddenRows ? { hiddenRows } : {}),
    ...(hiddenColumns.length > 0 ? { hiddenColumns } : {}),
    ...(ctx.formulasUntrusted ? { formulasUntrusted: ctx.formulasUntrusted } : {}),
  };
}

/**
 * Clips each merge to the rows and columns that hold cells (a merge over A1:XFD1048576 on a ten-row sheet
 * covers ten rows), then caps the cells all merges cover together, so anything that spreads a merged value
 * over its range does bounded work. Merges wholly outside the cells cover nothing and are dropped.
 */
function clipMerges(raw: readonly CellRange[], maxRow: number, maxCol: number, ctx: SheetContext): CellRange[] {
  const out: CellRange[] = [];
  let area = 0;
  for (const m of raw) {
    if (m.top > maxRow || m.left > maxCol) continue;
    const clipped: CellRange = {
      top: m.top, left: m.left, bottom: Math.min(m.bottom, maxRow), right: Math.min(m.right, maxCol),
    };
    area += (clipped.bottom - clipped.top + 1) * (clipped.right - clipped.left + 1);
    if (area > ctx.limits.maxMergeCells) {
      throw new ReadError("limits", { d: "merges-too-large", sheet: ctx.name, maxCells: ctx.limits.maxMergeCells });
    }
    out.push(clipped);
  }
  return out;
}
