/**
 * The one walk over a worksheet's cells: the reader, the writer's splicer and the ownership digests all
 * follow the same elements to the same cells, so what one of them takes for a cell every other does too.
 *
 *   <worksheet> → <sheetData> → <row> → <c> → the cell's value (cellContent.ts)
 *
 * Each step is a direct child of the one before, written with the root's prefix (`x:` where the producer
 * chose one): a <sheetData> inside an extension list, a <c> inside a row's extension list or a row inside
 * another namespace's element are not the sheet's, as Excel does not read them. A row without `r` is the
 * one after the row before it; a cell without `r` is in its row, in the column after the cell before it.
 *
 * It is a pull walker: `next()` moves to the next thing a reader of cells needs to know of and says what it
 * is; the scanner (`s`) gives that element's attributes and where it lies. Callers own their state and their
 * strictness: the walker never throws for an odd row number or address (it says what it found), it reads
 * every cell once, and it holds only the cell it is in.
 */
import { CLOSE, END, OPEN, TEXT, type XmlScanner } from "../xml/scanner";
import { CELL, CellContent, FORMULA, INLINE, mainPrefix, TEXT as RUN_TEXT, VALUE } from "./cellContent";
import { formatCellRef, parseCellRefInto } from "./cellRef";

/**
 * What `next()` moved to. DONE: the part has ended. DATA_OPEN, DATA_CLOSE: the worksheet's <sheetData> starts
 * (`s` is at its start tag) and ends (at its end tag). ROW_OPEN, ROW_CLOSE: a row (`row`, `rowRef`). CELL_OPEN,
 * CELL_CLOSE: a cell (`cellRow`, `cellCol`, `cellRef`; at its close, what it holds in `value`, `inline`, …).
 * STRAY_OPEN, STRAY_CLOSE: an element in <sheetData> that is not a row, or in a row that is not a cell.
 * ELEMENT: an element outside <sheetData> below the root (the sheet's columns, merges and the rest).
 */
export const DONE = 0, DATA_OPEN = 1, DATA_CLOSE = 2, ROW_OPEN = 3, ROW_CLOSE = 4, CELL_OPEN = 5, CELL_CLOSE = 6,
  STRAY_OPEN = 7, STRAY_CLOSE = 8, ELEMENT = 9;
export type WalkEvent =
  | typeof DONE | typeof DATA_OPEN | typeof DATA_CLOSE | typeof ROW_OPEN | typeof ROW_CLOSE | typeof CELL_OPEN | typeof CELL_CLOSE
  | typeof STRAY_OPEN | typeof STRAY_CLOSE | typeof ELEMENT;

const DIGITS = /^\s*\d+\s*$/;

export class CellWalker {
  /** The prefix (with its colon) of the sheet's elements: "" or e.g. "x:". */
  prefix = "";
  /** The current row's number: its `r`, or one past the row before; NaN when its `r` is not a number. */
  row = 0;
  /**
   * The current row's `r` as written (undefined when it has none). A number written as Excel writes it
   * (`7`, no leading zero) is read in place, and its text made only when asked for (`hasRowRef` says
   * whether there is one): it is the row's number written again.
   */
  get rowRef(): string | undefined {
    if (!this.hasRowRef) return undefined;
    return (this.rowRefText ??= String(this.row));
  }
  /** The current row has an `r`. */
  hasRowRef = false;
  /** The row is an empty-element tag (`<row/>`): its ROW_CLOSE follows at once. */
  rowSelfClosing = false;
  /** The current cell's row and 0-based column: from its `r`, else where it stands. */
  cellRow = 0;
  cellCol = 0;
  /** The current cell has an `r`. */
  hasRef = false;
  /** Whether the cell's `r` is an address (when not, the cell is placed as one without). */
  refOk = false;
  /** The column of the cell before this one in its row, -1 for its first. */
  prevCol = -1;
  cellSelfClosing = false;
  /** What the cell holds (cellContent.ts): a <v>, a formula, an inline string, and their text. */
  hasValue = false;
  hasFormula = false;
  hasInline = false;
  /**
   * The value's text: its <v>'s. A value written as plain digits (a shared string's index, most numbers)
   * is read in place as `valueDigits`, and its text made only when asked for here.
   */
  get value(): string {
    return this.valueDigits >= 0 ? String(this.valueDigits) : this.valueText;
  }
  /** The value when its whole text is 1–9 digits with no leading zero (scanner's textDigits), else -1. */
  valueDigits = -1;
  inline = "";
  /** The formula's text: gathered only when the walker was made with `formulas`. */
  formula = "";

  /**
   * The current cell's `r` as written (undefined when it has none). An address written as Excel writes it
   * (`B7`) is read in place, and its text made only when asked for (`hasRef` says whether there is one
   * without making it): it is the address formatted again.
   */
  get cellRef(): string | undefined {
    if (!this.hasRef) return undefined;
    return (this.refText ??= formatCellRef(this.cellRow, this.cellCol));
  }

  /** The value's text as read, when it is not `valueDigits`. */
  private valueText = "";
  /** A piece of the value's text has been read. */
  private valueStarted = false;
  /** The row's `r` when it was read as a string (not written as Excel writes a row number). */
  private rowRefText: string | undefined;
  /** The cell's `r` when it was read as a string (not written as Excel writes an address). */
  private refText: string | undefined;
  private readonly content = new CellContent();
  /** A cell has just opened with content: its value may be read at once (`next`). */
  private freshCell = false;
  /** A value element's qualified name: `v` with the sheet's prefix. */
  private valueName = "v";
  private readonly at = { row: 0, col: 0 };
  private inSheetData = false;
  private inRow = false;
  private inCell = false;
  private lastCol = -1;
  /** Levels of <sheetData>, rows and cells: 2, 3, 4 in a worksheet; a lone cell is at 1. */
  private readonly dataLevel: number;
  private readonly rowLevel: number;
  private readonly cellLevel: number;

  private constructor(readonly s: XmlScanner, private readonly formulas: boolean, lone: boolean, row: number) {
    this.dataLevel = lone ? -1 : 2;
    this.rowLevel = lone ? -1 : 3;
    this.cellLevel = lone ? 1 : 4;
    this.row = row;
  }

  /** A walk over a worksheet part; `formulas`: gather each formula's text. */
  static sheet(s: XmlScanner, formulas = false): CellWalker {
    return new CellWalker(s, formulas, false, 0);
  }

  /**
   * A walk over one cell's XML, in row `row`: the scanner's first element is the cell, with the prefix it
   * is written with. Over a fragment the caller stops at its CELL_CLOSE (what follows is not the cell's).
   */
  static cell(s: XmlScanner, row: number, formulas = false): CellWalker {
    return new CellWalker(s, formulas, true, row);
  }

  next(): WalkEvent {
    const s = this.s;
    if (this.freshCell) {
      // A cell's value written plainly (`<v>123</v>`) is read in one look: what its three events would give.
      this.freshCell = false;
      const length = s.plainElement(this.valueName);
      if (length >= 0) {
        this.hasValue = true;
        if (length > 0) this.addValueText();
      }
    }
    for (;;) {
      const ev = s.next();
      if (ev === TEXT) {
        if (!this.inCell) continue;
        const kind = this.content.kind;
        if (kind === VALUE) this.addValueText();
        else if (kind === RUN_TEXT) this.inline = this.inline === "" ? s.text() : this.inline + s.text();
        else if (kind === FORMULA && this.formulas) this.formula += s.text();
      } else if (ev === OPEN) {
        if (this.inCell) {
          const kind = this.content.open(s);
          if (kind === VALUE) this.hasValue = true;
          else if (kind === FORMULA) this.hasFormula = true;
          else if (kind === INLINE) this.hasInline = true;
        } else if (this.inRow) {
          if (s.level !== this.cellLevel) continue;
          if (s.is("c") && s.hasPrefix(this.prefix)) return this.openCell();
          return STRAY_OPEN;
        } else if (this.inSheetData) {
          if (s.level !== this.rowLevel) continue;
          if (s.is("row") && s.hasPrefix(this.prefix)) return this.openRow();
          return STRAY_OPEN;
        } else if (s.level === 1) {
          this.prefix = mainPrefix(s);
          this.valueName = `${this.prefix}v`;
          // A lone cell is the root, written with the prefix it has.
          if (this.cellLevel === 1) return s.is("c") ? this.openCell() : STRAY_OPEN;
        } else if (s.level === this.dataLevel && s.is("sheetData") && s.hasPrefix(this.prefix)) {
          this.inSheetData = true;
          return DATA_OPEN;
        } else {
          return ELEMENT;
        }
      } else if (ev === CLOSE) {
        if (this.inCell) {
          if (!this.content.atCell) {
            this.content.close();
            continue;
          }
          this.inCell = false;
          return CELL_CLOSE;
        }
        if (this.inRow) {
          if (s.level === this.cellLevel) return STRAY_CLOSE;
          if (s.level !== this.rowLevel) continue;
          this.inRow = false;
          return ROW_CLOSE;
        }
        if (this.inSheetData) {
          if (s.level === this.rowLevel) return STRAY_CLOSE;
          if (s.level !== this.dataLevel) continue;
          this.inSheetData = false;
          return DATA_CLOSE;
        }
      } else if (ev === END) {
        return DONE;
      }
    }
  }

  private openRow(): WalkEvent {
    const s = this.s;
    const r = s.attrAt("r");
    this.hasRowRef = r >= 0;
    this.rowRefText = undefined;
    if (r < 0) {
      this.row++;
    } else {
      const digits = s.attrDigits(r);
      if (digits >= 0 && (s.attrWrittenLength(r) === 1 || s.attrWrittenCode(r, 0) !== 0x30)) {
        this.row = digits;
      } else {
        const text = s.attrValueAt(r);
        this.rowRefText = text;
        this.row = DIGITS.test(text) ? Number(text) : NaN;
      }
    }
    this.rowSelfClosing = this.s.selfClosing;
    this.inRow = true;
    this.lastCol = -1;
    return ROW_OPEN;
  }

  private openCell(): WalkEvent {
    const s = this.s;
    const r = s.attrAt("r");
    this.prevCol = this.lastCol;
    const at = this.at;
    this.hasRef = r >= 0;
    if (r < 0) {
      this.refText = undefined;
      this.refOk = false;
    } else if (writtenAddress(s, r, at)) {
      this.refText = undefined;
      this.refOk = true;
    } else {
      const ref = s.attrValueAt(r);
      this.refText = ref;
      this.refOk = parseCellRefInto(ref, at);
    }
    if (this.refOk) {
      this.cellRow = at.row;
      this.cellCol = at.col;
    } else {
      this.cellRow = this.row;
      this.cellCol = this.lastCol + 1;
    }
    this.lastCol = this.cellCol;
    this.cellSelfClosing = s.selfClosing;
    this.freshCell = !s.selfClosing;
    this.inCell = true;
    this.content.enter(CELL, this.prefix);
    this.hasValue = this.hasFormula = this.hasInline = false;
    this.valueText = this.inline = this.formula = "";
    this.valueDigits = -1;
    this.valueStarted = false;
    return CELL_OPEN;
  }

  /** A piece of the value's text: the first, when plain digits, read in place; any other joins the text. */
  private addValueText(): void {
    const s = this.s;
    if (!this.valueStarted) {
      this.valueStarted = true;
      const digits = s.textDigits();
      if (digits >= 0) {
        this.valueDigits = digits;
        return;
      }
      this.valueText = s.text();
      return;
    }
    if (this.valueDigits >= 0) {
      this.valueText = String(this.valueDigits);
      this.valueDigits = -1;
    }
    this.valueText += s.text();
  }
}

/**
 * Attribute `i` read in place as an address written as Excel writes one: 1 to 3 capital letters, then a row
 * from 1 with no leading zero, and nothing else. Such a text is its own decoded value and is what
 * formatCellRef gives for the cell it names; anything else (`$B$7`, `b7`, an entity) is read as a string.
 */
function writtenAddress(s: XmlScanner, i: number, out: { row: number; col: number }): boolean {
  const len = s.attrWrittenLength(i);
  if (len < 2 || len > 10) return false;
  let k = 0;
  let col = 0;
  for (; k < len && k < 3; k++) {
    const c = s.attrWrittenCode(i, k);
    if (c < 0x41 || c > 0x5a) break;
    col = col * 26 + (c - 0x40);
  }
  if (k === 0 || k === len) return false;
  const first = s.attrWrittenCode(i, k);
  if (first < 0x31 || first > 0x39) return false;
  let row = 0;
  for (; k < len; k++) {
    const c = s.attrWrittenCode(i, k) - 0x30;
    if (c < 0 || c > 9) return false;
    row = row * 10 + c;
  }
  out.row = row;
  out.col = col - 1;
  return true;
}
