/**
 * A cheap count, ahead of the sheet reader, of the rows a large worksheet part gives values to: a sheet with
 * more than `maxSheetRows` of them is refused before a single cell is built (999,000 rows are refused in a
 * tenth of the time reading 150,021 of them would take). It looks at the inflated bytes only: tags, the
 * attributes `r` and `t`, and whether a value's text holds a visible character; nothing is decoded.
 *
 * It never counts a row the reader would not (sheet.ts: distinct row numbers of cells that give a value).
 * It counts a cell only when it is sure the reader gives the cell a value, by the reader's own grammar
 * (cellContent.ts): a direct `<f>` (a formula, with or without a cached result), a direct `<v>` whose text
 * holds a printable ASCII character other than `&`, or a direct `<is>` of an inline-string cell, all in the
 * part's main prefix and declaring no namespace. Anything it does not follow exactly (a declaration, an
 * entity in an address, a UTF-16 part, a construct longer than it holds) ends the count: the reader then
 * reads the part as always and applies the same limit itself, only later. So the count is never above the
 * reader's, and a file the reader takes is never refused here.
 *
 * The bytes it looks at are held and handed to the reader afterwards, so the part is inflated once; at most
 * `HOLD_BYTES` are held, past which the reader takes over (a sheet with rows that long is refused by the
 * reader as early as its rows' own size allows).
 */
import type { Limits } from "../limits";
import { ReadError } from "../readError";
import type { ByteSource } from "../xml/scanner";

/**
 * The fewest bytes a row with a value takes (`<row><c><f/></c></row>`): a part smaller than this many times
 * the row limit cannot pass it, and is not counted ahead.
 */
export const MIN_VALUED_ROW_BYTES = 22;
/**
 * The fewest bytes that give a value to one more row: a cell naming its row (`<c r="A1"><f/></c>`), which a
 * row element already open may hold whatever its own number. Once the bytes still to come are too few to
 * pass the limit with this many per row, counting on finds nothing: the reader is handed the part.
 */
export const MIN_NEW_ROW_BYTES = 18;
/** Most inflated bytes held ahead of the reader. */
export const HOLD_BYTES = 48 * 1024 * 1024;
/** Longest construct (a comment, a tag) followed across the pieces of a part; a longer one ends the count. */
const MAX_CARRY = 1024 * 1024;

const LT = 0x3c, GT = 0x3e, SLASH = 0x2f, EQ = 0x3d, QUOT = 0x22, APOS = 0x27, COLON = 0x3a;
const QUESTION = 0x3f, BANG = 0x21, DASH = 0x2d, AMP = 0x26, SEMI = 0x3b;

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;

/** The count's outcome: rows counted so far, or where it stopped. */
export type RowCount =
  | { readonly kind: "counted"; readonly rows: number }
  /** More than the limit: `row` is the first row past it, as the reader names it. */
  | { readonly kind: "over"; readonly row: number }
  /** Something it does not follow: the reader decides. */
  | { readonly kind: "unsure" };

const ASCII = (s: string) => Uint8Array.from(s, (ch) => ch.charCodeAt(0));
const ROW = ASCII("row"), CELL = ASCII("c"), SHEET_DATA = ASCII("sheetData"), V = ASCII("v"), F = ASCII("f"), IS = ASCII("is");
const INLINE_STR = ASCII("inlineStr");
const V_CHAR = 0x76, C_CHAR = 0x63;

/** Stops the count: a construct the counter does not follow. */
const UNSURE: unique symbol = Symbol("unsure");

/**
 * Follows one part's bytes piece by piece. `feed` each piece, then `end()`; `over` is set as soon as the
 * limit is passed, `unsure` once the count cannot go on.
 */
export class SheetRowCounter {
  private carry: Uint8Array | undefined;
  private depth = 0;
  private started = false;
  /** The root's prefix with its colon, as bytes ("" when the main namespace is the default). */
  private prefix = new Uint8Array(0);
  private inSheetData = false;
  private inRow = false;
  private inCell = false;
  /** A direct `<v>` of the cell is open: its text counts. */
  private inValue = false;
  /** Inside a reference (`&…;`) of a value's text. */
  private inReference = false;
  private rowNum = 0;
  private cellRow = 0;
  private cellInline = false;
  private cellHasValue = false;
  /** The open tag just read started a cell with content (`plainValue` may read it at once). */
  private cellOpened = false;
  /** One flag per row of the grid: rows are nearly always in order, but a cell may name any row. */
  private readonly seen: Uint8Array;
  private rowCount = 0;
  /** nameStart, nameEnd, valueStart, valueEnd of each attribute of the tag just read. */
  private attrs = new Int32Array(64);
  private attrCount = 0;
  result: RowCount = { kind: "counted", rows: 0 };

  /** `maxRows`: the most rows with values; `gridRows`: the grid's last row (a row past it ends the count). */
  constructor(private readonly maxRows: number, private readonly gridRows: number) {
    this.seen = new Uint8Array(gridRows + 1);
  }

  get done(): boolean {
    return this.result.kind !== "counted";
  }

  /** Bytes given but not yet followed: the start of a construct that goes on in the next piece. */
  get carried(): number {
    return this.carry === undefined ? 0 : this.carry.length;
  }

  feed(given: Uint8Array): void {
    if (this.done) return;
    // A plain Uint8Array over the piece's bytes, whatever it came as (Node's inflate gives Buffers): the byte
    // loops then see one kind of array, pieces and the carries joined here alike, and are not made again
    // for a second kind at the first carry.
    const piece = given.constructor === Uint8Array ? given : new Uint8Array(given.buffer, given.byteOffset, given.byteLength);
    try {
      let from = 0;
      if (this.carry !== undefined) {
        // Finish the construct left over with as little of the piece as it needs, rather than copy it all.
        const carry = this.carry;
        this.carry = undefined;
        for (let head = Math.min(piece.length, 4096); ; head = Math.min(piece.length, head * 4)) {
          const joined = new Uint8Array(carry.length + head);
          joined.set(carry);
          joined.set(piece.subarray(0, head), carry.length);
          const stop = this.scan(joined);
          if (stop >= carry.length || head === piece.length) {
            if (stop >= carry.length) from = stop - carry.length;
            else {
              if (joined.length - stop > MAX_CARRY) throw UNSURE;
              this.carry = joined.slice(stop);
              from = piece.length;
            }
            break;
          }
        }
      }
      if (from < piece.length && !this.done) {
        const stop = from + this.scan(piece.subarray(from));
        if (stop < piece.length) {
          if (piece.length - stop > MAX_CARRY) throw UNSURE;
          this.carry = piece.slice(stop);
        }
      }
    } catch (e) {
      if (e !== UNSURE) throw e;
      this.result = { kind: "unsure" };
    }
    if (this.result.kind === "counted") this.result = { kind: "counted", rows: this.rowCount };
  }

  /** The part has ended: a construct left open means the reader will refuse it for itself. */
  end(): void {
    if (this.done || this.carry === undefined) return;
    const rest = this.carry;
    this.carry = undefined;
    try {
      if (this.scan(rest, true) < rest.length) this.result = { kind: "unsure" };
    } catch (e) {
      if (e !== UNSURE) throw e;
      this.result = { kind: "unsure" };
    }
    if (this.result.kind === "counted") this.result = { kind: "counted", rows: this.rowCount };
  }

  /**
   * Reads whole constructs from `buf`; returns where the first one not yet whole starts. `last`: no more
   * bytes follow, so a short tail is read as it is.
   */
  private scan(buf: Uint8Array, last = false): number {
    const len = buf.length;
    let pos = 0;
    if (!this.started) {
      if (len < 2 && !last) return 0;
      // UTF-16 is read whole by the reader, and not followed here.
      if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) throw UNSURE;
      this.started = true;
    }
    while (pos < len) {
      const lt = byteAt(buf, LT, pos);
      const textEnd = lt < 0 ? len : lt;
      if (this.inValue && this.depth === 5 && !this.cellHasValue) this.text(buf, pos, textEnd);
      if (lt < 0) return len;
      pos = lt;
      if (len - lt < 12 && !last) return lt; // Markup is told apart by up to nine characters after "<".
      const c1 = buf[lt + 1]!;
      if (c1 === QUESTION) {
        const end = findPair(buf, QUESTION, GT, lt + 2);
        if (end < 0) return lt;
        pos = end + 2;
      } else if (c1 === BANG) {
        if (buf[lt + 2] === DASH && buf[lt + 3] === DASH) {
          const end = findComment(buf, lt + 4);
          if (end < 0) return lt;
          pos = end + 3;
        } else if (startsWith(buf, lt + 2, "[CDATA[")) {
          // Its text is not looked at (the count stays at or below the reader's).
          const end = findCdataEnd(buf, lt + 9);
          if (end < 0) return lt;
          pos = end + 3;
        } else {
          throw UNSURE; // A declaration: the reader refuses the part.
        }
      } else if (c1 === SLASH) {
        const gt = byteAt(buf, GT, lt + 2);
        if (gt < 0) return lt;
        this.close();
        pos = gt + 1;
        if (this.done) return len;
      } else {
        const end = this.readOpen(buf, lt + 1);
        if (end < 0) return lt;
        pos = end;
        if (this.cellOpened) {
          this.cellOpened = false;
          pos = this.plainValue(buf, end);
        }
        if (this.done) return len;
      }
    }
    return len;
  }

  /**
   * A cell just opened at `from` whose content is written as Excel writes a value, `<v>text</v></c>` (no
   * prefix), all of it in `buf`: read at once, as the steps it stands for (a `<v>` open at level 5, its text,
   * two end tags) would read it one by one. Returns where reading goes on: past `</c>`, or `from` untouched
   * for anything else. Most cells of a large sheet are one of these: a fifth of the tags' dispatch.
   */
  private plainValue(buf: Uint8Array, from: number): number {
    if (this.prefix.length !== 0 || from + 3 > buf.length) return from;
    if (buf[from] !== LT || buf[from + 1] !== V_CHAR || buf[from + 2] !== GT) return from;
    const lt = byteAt(buf, LT, from + 3);
    if (lt < 0 || lt + 8 > buf.length) return from;
    if (buf[lt + 1] !== SLASH || buf[lt + 2] !== V_CHAR || buf[lt + 3] !== GT ||
      buf[lt + 4] !== LT || buf[lt + 5] !== SLASH || buf[lt + 6] !== C_CHAR || buf[lt + 7] !== GT) return from;
    this.inReference = false;
    this.text(buf, from + 3, lt);
    // </v> closes level 5, </c> the cell at level 4: the depth is the row's again.
    this.inValue = false;
    this.inCell = false;
    this.depth--;
    if (this.cellHasValue) this.counted(this.cellRow);
    return lt + 8;
  }

  /**
   * A value's text: one printable ASCII character outside a reference (`&#32;` is a space) is a value however
   * the text is decoded. A reference may run on into the next piece.
   */
  private text(buf: Uint8Array, from: number, to: number): void {
    for (let i = from; i < to; i++) {
      const c = buf[i]!;
      if (this.inReference) {
        if (c === SEMI) this.inReference = false;
      } else if (c === AMP) this.inReference = true;
      else if (c > 0x20 && c < 0x7f) {
        this.cellHasValue = true;
        return;
      }
    }
  }

  /** Reads an open tag from its name; returns where it ends, or -1 when it is not all held. */
  private readOpen(buf: Uint8Array, start: number): number {
    const len = buf.length;
    let i = start;
    let localStart = start;
    for (; i < len; i++) {
      const c = buf[i]!;
      if (isSpace(c) || c === GT || c === SLASH || c === LT) break;
      if (c === COLON) localStart = i + 1;
    }
    if (i >= len) return -1;
    if (i === start || buf[i] === LT) throw UNSURE;
    const nameEnd = i;
    this.attrCount = 0;
    let selfClosing = false;
    for (;;) {
      while (i < len && isSpace(buf[i]!)) i++;
      if (i >= len) return -1;
      const c = buf[i]!;
      if (c === GT) {
        i++;
        break;
      }
      if (c === SLASH) {
        if (i + 1 >= len) return -1;
        if (buf[i + 1] !== GT) throw UNSURE;
        i += 2;
        selfClosing = true;
        break;
      }
      const an = i;
      while (i < len) {
        const d = buf[i]!;
        if (d === EQ || isSpace(d) || d === GT || d === SLASH || d === LT) break;
        i++;
      }
      const ae = i;
      while (i < len && isSpace(buf[i]!)) i++;
      if (i >= len) return -1;
      if (ae === an || buf[i] !== EQ) throw UNSURE;
      i++;
      while (i < len && isSpace(buf[i]!)) i++;
      if (i >= len) return -1;
      const q = buf[i]!;
      if (q !== QUOT && q !== APOS) throw UNSURE;
      const ve = byteAt(buf, q, i + 1);
      if (ve < 0) return -1;
      this.pushAttr(an, ae, i + 1, ve);
      i = ve + 1;
    }
    this.open(buf, start, localStart, nameEnd, selfClosing);
    return i;
  }

  private pushAttr(ns: number, ne: number, vs: number, ve: number): void {
    const at = this.attrCount * 4;
    if (at + 4 > this.attrs.length) {
      const grown = new Int32Array(this.attrs.length * 2);
      grown.set(this.attrs);
      this.attrs = grown;
    }
    this.attrs[at] = ns;
    this.attrs[at + 1] = ne;
    this.attrs[at + 2] = vs;
    this.attrs[at + 3] = ve;
    this.attrCount++;
  }

  /** An element opens at level depth + 1: the reader's walk of sheet.ts, on bytes. */
  private open(buf: Uint8Array, nameStart: number, localStart: number, nameEnd: number, selfClosing: boolean): void {
    const level = this.depth + 1;
    if (!selfClosing) this.depth = level;
    if (this.inCell) {
      // Only the cell's direct children in the main prefix, declaring no namespace, say it has a value.
      if (level !== 5 || !this.named(buf, nameStart, localStart) || this.declaresNamespace(buf)) return;
      if (sameBytes(buf, localStart, nameEnd, V)) {
        this.inValue = !selfClosing;
        this.inReference = false;
      }
      else if (sameBytes(buf, localStart, nameEnd, F)) this.cellHasValue = true;
      else if (sameBytes(buf, localStart, nameEnd, IS) && this.cellInline) this.cellHasValue = true;
    } else if (this.inRow) {
      if (level !== 4 || !this.named(buf, nameStart, localStart) || !sameBytes(buf, localStart, nameEnd, CELL)) return;
      if (selfClosing) return; // no content, so no value
      const ref = this.attrIndex(buf, "r");
      if (ref < 0) this.cellRow = Math.max(this.rowNum, 1);
      else {
        const row = refRow(buf, this.attrs[ref + 2]!, this.attrs[ref + 3]!);
        if (row < 1 || row > this.gridRows) throw UNSURE;
        this.cellRow = row;
      }
      const t = this.attrIndex(buf, "t");
      this.cellInline = t >= 0 && sameBytes(buf, this.attrs[t + 2]!, this.attrs[t + 3]!, INLINE_STR);
      this.cellHasValue = false;
      this.inValue = false;
      this.inCell = true;
      this.cellOpened = true;
    } else if (this.inSheetData) {
      if (level !== 3 || !this.named(buf, nameStart, localStart) || !sameBytes(buf, localStart, nameEnd, ROW)) return;
      const r = this.attrIndex(buf, "r");
      if (r < 0) this.rowNum++;
      else {
        const row = rowNumber(buf, this.attrs[r + 2]!, this.attrs[r + 3]!);
        if (row < 1) throw UNSURE;
        this.rowNum = row;
      }
      this.inRow = !selfClosing;
    } else if (level === 1) {
      this.prefix = buf.slice(nameStart, localStart);
    } else if (level === 2 && this.named(buf, nameStart, localStart) && sameBytes(buf, localStart, nameEnd, SHEET_DATA)) {
      this.inSheetData = !selfClosing;
    }
  }

  /** An element closes at level depth. */
  private close(): void {
    const level = this.depth;
    if (level === 0) throw UNSURE;
    this.depth--;
    if (this.inCell) {
      if (level === 5) this.inValue = false;
      else if (level === 4) {
        this.inCell = false;
        if (this.cellHasValue) this.counted(this.cellRow);
      }
    } else if (this.inRow) {
      if (level === 3) this.inRow = false;
    } else if (this.inSheetData && level === 2) {
      this.inSheetData = false;
    }
  }

  private counted(row: number): void {
    if (row > this.gridRows) throw UNSURE; // the reader refuses it as beyond the grid
    if (this.seen[row] === 1) return;
    if (this.rowCount >= this.maxRows) {
      this.result = { kind: "over", row };
      return;
    }
    this.seen[row] = 1;
    this.rowCount++;
  }

  /** Whether the element's prefix is the root's (its local name is then compared by the caller). */
  private named(buf: Uint8Array, nameStart: number, localStart: number): boolean {
    return sameBytes(buf, nameStart, localStart, this.prefix);
  }

  /** Any attribute named xmlns (or *:xmlns): the element may not be in the main namespace. */
  private declaresNamespace(buf: Uint8Array): boolean {
    return this.attrIndex(buf, "xmlns") >= 0;
  }

  /** Where the first attribute named `name` (or *:name) is in `attrs`, as the reader's `attr` finds it; -1 if none. */
  private attrIndex(buf: Uint8Array, name: string): number {
    const a = this.attrs;
    for (let k = 0; k < this.attrCount * 4; k += 4) if (localNameIs(buf, a[k]!, a[k + 1]!, name)) return k;
    return -1;
  }
}

/**
 * The row of a cell address written plainly (`B7`, `$B$7`, as parseCellRefInto reads it), or -1 when the
 * reader would have to decode it (an entity, white space) or would refuse it.
 */
function refRow(buf: Uint8Array, from: number, to: number): number {
  let i = from;
  if (buf[i] === 0x24) i++;
  const letters = i;
  while (i < to && ((buf[i]! >= 0x41 && buf[i]! <= 0x5a) || (buf[i]! >= 0x61 && buf[i]! <= 0x7a))) i++;
  if (i === letters) return -1;
  if (buf[i] === 0x24) i++;
  return digits(buf, i, to);
}

/** A row's `r` as the reader reads it (white space around digits allowed), or -1. */
function rowNumber(buf: Uint8Array, from: number, to: number): number {
  let a = from, b = to;
  while (a < b && buf[a] === 0x20) a++;
  while (b > a && buf[b - 1] === 0x20) b--;
  return digits(buf, a, b);
}

/** The decimal number `from`..`to` spell, or -1 for none (or one too long to be a row). */
function digits(buf: Uint8Array, from: number, to: number): number {
  if (from >= to || to - from > 9) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = buf[i]! - 0x30;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Qualified name `name` or `anything:name`, as the reader's attribute lookup matches it. */
function localNameIs(buf: Uint8Array, ns: number, ne: number, name: string): boolean {
  const n = name.length;
  if (ne - ns < n) return false;
  if (ne - ns > n && buf[ne - n - 1] !== COLON) return false;
  for (let i = 0; i < n; i++) if (buf[ne - n + i] !== name.charCodeAt(i)) return false;
  return true;
}

/**
 * Index of byte `b` at or after `from`, or -1. The next tag, tag end or quote is a few bytes on: a plain loop
 * finds it sooner than a call into Buffer's indexOf, which was an eighth of the count.
 */
function byteAt(buf: Uint8Array, b: number, from: number): number {
  const len = buf.length;
  for (let i = from; i < len; i++) if (buf[i] === b) return i;
  return -1;
}

function sameBytes(buf: Uint8Array, from: number, to: number, want: Uint8Array): boolean {
  if (to - from !== want.length) return false;
  for (let i = 0; i < want.length; i++) if (buf[from + i] !== want[i]) return false;
  return true;
}

function startsWith(buf: Uint8Array, at: number, ascii: string): boolean {
  for (let i = 0; i < ascii.length; i++) if (buf[at + i] !== ascii.charCodeAt(i)) return false;
  return true;
}

/** Index of `a` followed by `b` at or after `from`, or -1. */
function findPair(buf: Uint8Array, a: number, b: number, from: number): number {
  for (let i = buf.indexOf(b, from + 1); i >= 0; i = buf.indexOf(b, i + 1)) if (buf[i - 1] === a) return i - 1;
  return -1;
}

/** Index of the "-->" ending a comment whose text starts at `from`, or -1. */
function findComment(buf: Uint8Array, from: number): number {
  for (let i = buf.indexOf(GT, from + 2); i >= 0; i = buf.indexOf(GT, i + 1)) {
    if (buf[i - 1] === DASH && buf[i - 2] === DASH && i - 2 >= from) return i - 2;
  }
  return -1;
}

/** Index of the "]]>" ending a CDATA section whose text starts at `from`, or -1. */
function findCdataEnd(buf: Uint8Array, from: number): number {
  for (let i = buf.indexOf(GT, from + 2); i >= 0; i = buf.indexOf(GT, i + 1)) {
    if (buf[i - 1] === 0x5d && buf[i - 2] === 0x5d && i - 2 >= from) return i - 2;
  }
  return -1;
}

/**
 * Counts ahead of the reader over a part of `declaredSize` bytes: throws the reader's own refusal when the
 * part gives values to more rows than `limits.maxSheetRows`, else gives the same bytes on for the reader.
 */
export function countRowsAhead(source: ByteSource, declaredSize: number, sheet: string, limits: Limits): ByteSource {
  if (declaredSize < (limits.maxSheetRows + 1) * MIN_VALUED_ROW_BYTES) return source;
  const counter = new SheetRowCounter(limits.maxSheetRows, limits.maxRows);
  const held: Uint8Array[] = [];
  let heldBytes = 0;
  let ended = false;
  while (!counter.done && heldBytes < HOLD_BYTES) {
    const piece = source();
    if (piece === undefined) {
      ended = true;
      counter.end();
      break;
    }
    held.push(piece);
    heldBytes += piece.length;
    counter.feed(piece);
    if (counter.result.kind === "counted" && cannotPass(counter.result.rows, declaredSize - heldBytes + counter.carried, limits)) break;
  }
  if (counter.result.kind === "over") {
    throw new ReadError("limits", {
      d: "too-many-sheet-rows", sheet, row: counter.result.row, maxSheetRows: limits.maxSheetRows, maxTableRows: limits.maxTableRows,
    });
  }
  let next = 0;
  return () => {
    if (next < held.length) {
      const piece = held[next]!;
      held[next++] = EMPTY; // let it go once given
      return piece;
    }
    return ended ? undefined : source();
  };
}

const EMPTY = new Uint8Array(0);

/**
 * Whether `rows` counted so far and `rest` bytes still to come cannot give values to more than
 * `maxSheetRows` rows. The count then stops early: a 10,000-row sheet is followed over less than half its
 * bytes. `rest` is from the part's declared size, which a part may lie about: one that inflates to more is
 * refused at its end (its size and CRC are checked), and the reader applies the same row limit, with the
 * same refusal, as it reads. Stopping early lets no sheet through that the count would refuse; at worst a
 * crafted part is refused later, or for another of its faults.
 */
export function cannotPass(rows: number, rest: number, limits: Limits): boolean {
  return rows + Math.ceil(Math.max(rest, 0) / MIN_NEW_ROW_BYTES) <= limits.maxSheetRows;
}
