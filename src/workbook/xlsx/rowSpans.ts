/**
 * Where each row of a worksheet's <sheetData> lies in the part's bytes, recorded by the reader as it reads
 * the sheet, so the writer of the annotated copy splices its result cells into the rows without inflating
 * and scanning the sheet a second time. Kept only for a sheet whose rows the writer can splice as they are
 * ("plain": every cell says its address, the cells follow one another with nothing between them, and
 * <sheetData> holds rows only); any other sheet has none, and the writer walks it again (cellWalker.ts, the
 * walk the reader took).
 * Offsets count the part's UTF-8 bytes after a byte-order mark; a part with one is not spliced from spans.
 */
import type { PartEnd } from "./partEnd";

/** The spans of a sheet's rows: typed arrays, a few bytes a cell, no object per row or cell. */
export interface RowSpans {
  /** The end of <sheetData>'s start tag and the start of its end tag. */
  readonly dataStart: number;
  readonly dataEnd: number;
  /** The rows' element name as written ("row", or with the sheet's prefix). */
  readonly rowName: string;
  readonly rowCount: number;
  /** ROW_FIELDS numbers per row: its number, start, start tag end, content end, end, first cell's index. */
  readonly rows: Int32Array;
  /** Each cell's start (it ends where the next cell of its row starts, or where its row's content ends). */
  readonly cellStarts: Int32Array;
  /** Each cell's 0-based column. */
  readonly cellCols: Uint16Array;
  readonly cellCount: number;
  /**
   * The part as the reader saw it go by (partEnd.ts), its tail from dataEnd: what the writer would
   * otherwise read the whole part again for. Absent where the reader did not see it all.
   */
  readonly end?: PartEnd;
}

export const ROW_FIELDS = 6;
export const ROW_NUMBER = 0, ROW_START = 1, ROW_OPEN_END = 2, ROW_INNER_END = 3, ROW_END = 4, ROW_FIRST_CELL = 5;

/** What the reader tells the recorder as it passes the sheet; offsets are in the part. */
export class RowSpanRecorder {
  private ok = true;
  private dataStart = -1;
  private dataEnd = -1;
  private rowName = "";
  private rows = new Int32Array(ROW_FIELDS * 1024);
  private rowCount = 0;
  private cellStarts = new Int32Array(8192);
  private cellCols = new Uint16Array(8192);
  private cellCount = 0;
  /** Where the next child of the open row must start for the row to stay plain. */
  private expect = -1;
  private rowNumber = 0;
  private rowStart = 0;
  private rowOpenEnd = 0;
  private rowFirstCell = 0;

  /** The sheet cannot be spliced from spans: no spans are given. */
  fail(): void {
    this.ok = false;
  }

  sheetDataOpen(openEnd: number, selfClosing: boolean): void {
    if (selfClosing || this.dataStart >= 0) this.ok = false;
    this.dataStart = openEnd;
  }

  sheetDataClose(tagStart: number): void {
    this.dataEnd = tagStart;
  }

  rowOpen(row: number, name: string, start: number, openEnd: number, selfClosing: boolean): void {
    if (!this.ok) return;
    if (this.rowName === "") this.rowName = name;
    else if (name !== this.rowName) this.ok = false;
    this.rowNumber = row;
    this.rowStart = start;
    this.rowOpenEnd = openEnd;
    this.rowFirstCell = this.cellCount;
    this.expect = openEnd;
    if (selfClosing) this.rowClose(openEnd, openEnd);
  }

  /** A cell starts; `hasRef`: it says its address. */
  cellOpen(start: number, col: number, hasRef: boolean): void {
    if (!this.ok) return;
    if (!hasRef || start !== this.expect) {
      this.ok = false;
      return;
    }
    if (this.cellCount === this.cellStarts.length) {
      this.cellStarts = grow(this.cellStarts, new Int32Array(this.cellStarts.length * 2));
      this.cellCols = grow(this.cellCols, new Uint16Array(this.cellCols.length * 2));
    }
    this.cellStarts[this.cellCount] = start;
    this.cellCols[this.cellCount] = col;
    this.cellCount++;
  }

  /** A cell (or a self-closing one) ends at `end`. */
  cellClose(end: number): void {
    this.expect = end;
  }

  /** The row's content ends at `innerEnd` (its end tag starts there) and the row at `end`. */
  rowClose(innerEnd: number, end: number): void {
    if (!this.ok) return;
    if (innerEnd !== this.expect) {
      this.ok = false;
      return;
    }
    if (this.rowCount * ROW_FIELDS === this.rows.length) this.rows = grow(this.rows, new Int32Array(this.rows.length * 2));
    const at = this.rowCount * ROW_FIELDS;
    const r = this.rows;
    r[at + ROW_NUMBER] = this.rowNumber;
    r[at + ROW_START] = this.rowStart;
    r[at + ROW_OPEN_END] = this.rowOpenEnd;
    r[at + ROW_INNER_END] = innerEnd;
    r[at + ROW_END] = end;
    r[at + ROW_FIRST_CELL] = this.rowFirstCell;
    this.rowCount++;
  }

  /** The spans, or undefined where the sheet cannot be spliced from them. */
  finish(): RowSpans | undefined {
    if (!this.ok || this.dataStart < 0 || this.dataEnd < this.dataStart) return undefined;
    return {
      dataStart: this.dataStart, dataEnd: this.dataEnd, rowName: this.rowName || "row", rowCount: this.rowCount,
      rows: this.rows.slice(0, this.rowCount * ROW_FIELDS),
      cellStarts: this.cellStarts.slice(0, this.cellCount), cellCols: this.cellCols.slice(0, this.cellCount), cellCount: this.cellCount,
    };
  }
}

function grow<T extends Int32Array | Uint16Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
