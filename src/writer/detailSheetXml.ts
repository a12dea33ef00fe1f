/**
 * 审核明细 written straight from its rows (DetailRow), a cell at a time, into the part: the same sheet
 * buildDetailSheet plans and writePlanSheetXml writes, without a row object and an array of values for each
 * of 100,000 rows. Two passes over the rows: the first fits the columns' widths (they come before the rows in
 * the part), the second writes the cells, the amounts straight from their 分 (centsDigits.ts). Each
 * column's markup around a cell is made once, for all its rows: a million cells are mostly that markup.
 */
import { DETAIL_COLUMNS, DETAIL_SHEET_NAME, widerThanColumn, type DetailKey, type DetailRow } from "../output/detail";
import { CellDigest } from "../output/cellDigest";
import { columnLetters } from "../output/cellRef";
import { writeCentsNumber } from "../output/centsDigits";
import { centsShownWidth, WIDEST_FITTED, displayWidth, fittedWidth, cannotExceed } from "../output/widths";
import { ByteRun, type BytesSink } from "../workbook/bytes/byteRun";
import { numberLength } from "./copySize";
import { sheetFrame, type SheetParts } from "./sheetFrame";
import { TextValues } from "./sheetRun";
import type { SharedStringTable } from "./sharedStringsPart";
import type { AnnotationStyles } from "./stylesPart";

const KIND = { text: 0, integer: 1, money: 2 } as const;

/**
 * Each field read by its name: `row[key]` with the key changing from column to column is a property lookup
 * the engine cannot specialise, and it was most of the time a row took.
 */
const READ: { readonly [K in DetailKey]: (r: DetailRow) => DetailRow[K] } = {
  file: (r) => r.file, row: (r) => r.row, unit: (r) => r.unit, creditCode: (r) => r.creditCode, district: (r) => r.district,
  year: (r) => r.year, itemCode: (r) => r.itemCode, itemName: (r) => r.itemName, clause: (r) => r.clause, verdict: (r) => r.verdict,
  requested: (r) => r.requested, approvable: (r) => r.approvable, pending: (r) => r.pending, excess: (r) => r.excess, codes: (r) => r.codes,
  level: (r) => r.level,
};

/** Each column as its cells are written: its kind as a number, its field's reader. */
const COLUMNS = DETAIL_COLUMNS.map((c) => ({
  kind: KIND[c.kind], width: c.width,
  text: READ[c.key] as (r: DetailRow) => string,
  number: READ[c.key] as (r: DetailRow) => number,
  integer: READ[c.key] as (r: DetailRow) => number | null,
}));
const HEADER_ROWS = 1;

/** Writes 审核明细 into `out`; returns the digest of its cells (ownership.ts). */
export function writeDetailSheetXml(
  out: BytesSink, rows: readonly DetailRow[], styles: AnnotationStyles, parts: SheetParts, strings?: SharedStringTable,
): string {
  const widths = fitColumns(rows);
  const frame = sheetFrame({ name: DETAIL_SHEET_NAME, headerRows: HEADER_ROWS }, widths, rows.length + 1, COLUMNS.length - 1, styles.fontSize);
  const cells = new DetailCells(out, strings, styles.money);
  cells.out.text(frame.head);
  cells.startRow(1);
  COLUMNS.forEach((_, col) => cells.text(col, DETAIL_COLUMNS[col]!.header, styles.bold));
  cells.endRow();
  // A row's texts, made once: whether one is wider than its column decides the style of all of them.
  const texts = new Array<string>(COLUMNS.length).fill("");
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    cells.startRow(i + 2);
    // A row whose text is wider than its column wraps, its text cells in the wrapping style (detailRowWraps).
    let wide = false;
    for (let col = 0; col < COLUMNS.length; col++) {
      const c = COLUMNS[col]!;
      if (c.kind !== KIND.text) continue;
      const v = c.text(r);
      texts[col] = v;
      if (!wide && widerThanColumn(v, widths[col]!)) wide = true;
    }
    const style = wide ? styles.wrap : undefined;
    for (let col = 0; col < COLUMNS.length; col++) {
      const c = COLUMNS[col]!;
      if (c.kind === KIND.money) cells.cents(col, c.number(r));
      else if (c.kind === KIND.integer) {
        const v = c.integer(r);
        if (v !== null) cells.integer(col, v);
      } else {
        const v = texts[col]!;
        if (v !== "") cells.text(col, v, style);
      }
    }
    cells.endRow();
  }
  cells.out.ascii("</sheetData>");
  cells.out.text(frame.tail([], parts));
  cells.out.flush();
  return cells.digest.hex();
}

/**
 * The cells of 审核明细 as SheetRun writes them (`<c r="A2" s="1" t="s"><v>3</v></c>`), each column's
 * `<c r="A` made once: a row of this sheet always has cells (its amounts), so its tag opens at once.
 */
class DetailCells {
  readonly out: ByteRun;
  readonly digest = new CellDigest();
  /** Each column's `<c r="A`, made once: written by the run's loop (a typed array's set for each cell cost more). */
  private readonly open: string[];
  private readonly texts: TextValues;
  private row = 0;

  constructor(sink: BytesSink, strings: SharedStringTable | undefined, private readonly moneyStyle: number) {
    this.out = new ByteRun(sink);
    this.texts = new TextValues(strings);
    this.open = COLUMNS.map((_, col) => `<c r="${columnLetters(col)}`);
  }

  startRow(row: number): void {
    this.row = row;
    this.out.ascii('<row r="');
    this.out.number(row);
    this.out.ascii('">');
  }

  endRow(): void {
    this.out.ascii("</row>");
  }

  cents(col: number, cents: number): void {
    if (!Number.isFinite(cents)) throw new Error(`cell ${columnLetters(col)}${this.row}: not a finite number`);
    this.start(col);
    this.out.ascii('" s="');
    this.out.number(this.moneyStyle);
    this.out.ascii('"><v>');
    writeCentsNumber(this.out, cents);
    this.out.ascii("</v></c>");
    this.digest.cents(col, this.row, cents);
  }

  integer(col: number, value: number): void {
    if (!Number.isFinite(value)) throw new Error(`cell ${columnLetters(col)}${this.row}: not a finite number`);
    this.start(col);
    this.out.ascii('"><v>');
    this.out.number(value);
    this.out.ascii("</v></c>");
    this.digest.number(col, this.row, value);
  }

  text(col: number, text: string, style?: number): void {
    this.start(col);
    if (style === undefined) this.out.ascii('"');
    else {
      this.out.ascii('" s="');
      this.out.number(style);
      this.out.ascii('"');
    }
    this.texts.write(this.out, col, text);
    this.digest.text(col, this.row, text);
  }

  /** `<c r="A2`: the style and the rest follow. */
  private start(col: number): void {
    this.out.ascii(this.open[col]!);
    this.out.number(this.row);
  }
}

/**
 * The columns' widths as planSheetWidths gives them for the sheet (each its widest value, header included,
 * between the width asked and MAX_WIDTH; money never cut).
 */
function fitColumns(rows: readonly DetailRow[]): number[] {
  const widest = DETAIL_COLUMNS.map((c) => displayWidth(c.header));
  const last: (string | undefined)[] = [];
  for (const r of rows) {
    for (let col = 0; col < COLUMNS.length; col++) {
      const c = COLUMNS[col]!;
      if (c.kind === KIND.money) {
        const w = centsShownWidth(c.number(r));
        if (w > widest[col]!) widest[col] = w;
      } else if (c.kind === KIND.integer) {
        const v = c.integer(r);
        const w = v === null ? 0 : numberLength(v);
        if (w > widest[col]!) widest[col] = w;
      } else {
        // A text column at its widest already, or holding the text the row above had, is not measured again.
        if (widest[col]! >= WIDEST_FITTED) continue;
        const v = c.text(r);
        // Nor one too short to be wider than the widest whatever its characters (most of a column's texts).
        if (cannotExceed(v, widest[col]!)) continue;
        if (v === last[col]) continue;
        last[col] = v;
        const w = displayWidth(v);
        if (w > widest[col]!) widest[col] = w;
      }
    }
  }
  return COLUMNS.map((c, i) => fittedWidth(c.width, widest[i]!, c.kind === KIND.money));
}
