/**
 * The result columns in the table's sheet: headers and one row of results per data row. The cells an
 * earlier check wrote are rewritten or cleared only when its ownership record names them and their values
 * are still exactly as it wrote them (the digest matches); every other cell with content in the places the
 * results go is the applicant's, and the copy is refused rather than overwrite it. Cells outside the
 * results' rows — a note typed below the table in a result column — are never touched.
 */
import { LEGACY_RESULT_HEADERS, RESULT_HEADER_SETS } from "../engine/columns";
import { isCheckValue, resultHeaderSet } from "./lostRecord";
import type { Verdict } from "../engine/types";
import type { AnnotationPlan } from "../output/types";
import { EXPLANATION_COLUMN, resultColumnWidths, resultRowHeights, VERDICT_COLUMN } from "../output/widths";
import { AnnotateError } from "./annotateError";
import { cellAddress } from "../output/cellRef";
import { CellDigest, cellValueOf, type OwnedResults, type SharedStrings } from "./ownership";
import {
  partAsLatin1, prepareSheetCells, prepareSheetCellsFromSpans, type CellValue, type PreparedSheetCells, type SheetCell, type SheetCellEdit, type SheetCells,
} from "./sheetCells";
import type { AnnotationStyles } from "./stylesPart";
import type { SharedStringTable } from "./sharedStringsPart";
import type { RowSpans } from "../workbook/xlsx/rowSpans";

export type { SharedStrings } from "./ownership";

export interface WrittenResults {
  readonly xml: string;
  /** What this check wrote, for the ownership record. */
  readonly owned: OwnedResults;
}

export function writeResultColumns(
  xml: string, part: string, plan: AnnotationPlan, styles: AnnotationStyles, sst: SharedStrings, earlier?: OwnedResults,
): WrittenResults {
  const { prepared, owned } = prepareResultColumns(xml, part, plan, styles, sst, earlier);
  const pieces: string[] = [prepared.head];
  prepared.writeRows({ write: (text) => void pieces.push(text) });
  pieces.push(prepared.tail);
  return { xml: pieces.join(""), owned };
}

/** A part's bytes with the spans the reader recorded of its rows when it read them. */
export interface SpannedPart {
  readonly bytes: Uint8Array;
  readonly spans: RowSpans;
}

/**
 * The same edit decided (the copy refused here if a result cell holds the applicant's content) and ready to
 * be written: the rows are streamed into the part once the rest of the sheet is edited. Only the result
 * columns (and the header left of them) are read cell by cell. `latin1`: `xml` is the part's UTF-8 bytes
 * one a character (see prepareSheetCells). A SpannedPart is spliced from its spans (prepareSheetCellsFromSpans)
 * where they fit it, else read as `latin1` text.
 */
export function prepareResultColumns(
  xml: string | SpannedPart, part: string, plan: AnnotationPlan, styles: AnnotationStyles, sst: SharedStrings, earlier?: OwnedResults,
  latin1 = false, recordLost = false, strings?: SharedStringTable,
): { prepared: PreparedSheetCells; owned: OwnedResults } {
  let owned: OwnedResults | undefined;
  const window = [plan.resultCol, plan.resultCol + plan.resultHeaders.length - 1] as const;
  // The header left of ours lends its style to our headers.
  const headerLeft = (row: number, col: number) => row === plan.headerRow && col === plan.resultCol - 1;
  // The rows results go into: any other row without a cell in the window is passed through untouched.
  const resultRows = new Set(plan.resultRows.map((r) => r.row));
  const writable = (row: number) => row === plan.headerRow || resultRows.has(row);
  const decide = (cells: SheetCells) => {
    const { edit, record } = resultEdit(cells, part, plan, styles, sst, earlier, recordLost, strings);
    owned = record;
    return edit;
  };
  const prepared = (typeof xml !== "string" && prepareSheetCellsFromSpans(xml.bytes, xml.spans, part, decide, window, headerLeft, writable)) ||
    (typeof xml === "string"
      ? prepareSheetCells(xml, part, decide, window, headerLeft, latin1, writable)
      : prepareSheetCells(partAsLatin1(xml.bytes), part, decide, window, headerLeft, true, writable));
  return { prepared, owned: owned! };
}

/** The digest of result cells as they are now in the sheet: columns first..last of the rows given. */
export function currentResultsDigest(cells: SheetCells, part: string, sst: SharedStrings, r: Pick<OwnedResults, "firstCol" | "lastCol" | "rows">): string {
  const digest = new CellDigest();
  for (const row of r.rows) {
    for (const c of cells.get(row) ?? []) {
      if (c.col < r.firstCol || c.col > r.lastCol || !c.hasContent) continue;
      const key = cellValueOf(c.xml, row, part, sst);
      if (key) digest.add(key);
    }
  }
  return digest.hex();
}

/** The key of a value this check writes, as the digest reads it back from the cell. */
export function writtenKey(row: number, col: number, value: CellValue) {
  return value.kind === "number"
    ? { row, col, kind: "n", value: String(value.value) }
    : { row, col, kind: "s", value: value.text };
}

function resultEdit(
  cells: SheetCells, part: string, plan: AnnotationPlan, styles: AnnotationStyles, sst: SharedStrings, earlier: OwnedResults | undefined,
  recordLost: boolean, strings?: SharedStringTable,
): { edit: SheetCellEdit; record: OwnedResults } {
  const width = plan.resultHeaders.length;
  const first = plan.resultCol;
  const at = (row: number, col: number) => cells.get(row)?.find((c) => c.col === col);

  // The earlier check's cells, if they are exactly as it wrote them, in the columns this check writes (or
  // the five a version before the verdicts wrote from the same column, rewritten into the six): a record
  // over any other columns (the table's own) vouches for nothing.
  const sameColumns = !!earlier && earlier.firstCol === first &&
    (earlier.lastCol === first + width - 1 || earlier.lastCol === first + LEGACY_RESULT_HEADERS.length - 1);
  const recorded = sameColumns && currentResultsDigest(cells, part, sst, earlier!) === earlier!.sha256 ? earlier : undefined;
  // Without a record (another program saved the copy), a block told by its headers and cells instead.
  const vouched = recorded ?? (recordLost && !earlier ? unrecordedResults(cells, part, plan, sst) : undefined);
  const ownedRows = vouched && new Set(vouched.rows);
  const owned = (row: number, col: number) => !!ownedRows && ownedRows.has(row) && col >= vouched!.firstCol && col <= vouched!.lastCol;

  const header = plan.resultHeaders.map((_, i) => at(plan.headerRow, first + i));
  const headerStyle = at(plan.headerRow, first - 1)?.style;
  const headerWrites = new Map<number, CellValue>(
    plan.resultHeaders.map((h, i) => [first + i, { kind: "text", text: h, style: header[i]?.style ?? headerStyle, shared: strings?.indexOf(h) }]),
  );
  // The styles of cells already in the result columns (an earlier copy's): kept by the cells written over them.
  const stylesThere = new Map<number, Map<number, string | undefined>>();
  for (const r of plan.resultRows) {
    for (const c of cells.get(r.row) ?? []) {
      if (c.col < first || c.col >= first + width) continue;
      let byCol = stylesThere.get(r.row);
      if (!byCol) stylesThere.set(r.row, (byCol = new Map()));
      byCol.set(c.col, c.style);
    }
  }

  const writes = new ResultWrites(plan, headerWrites, styles, stylesThere, strings);

  // Every cell of the results' rows and columns that holds something not ours is the applicant's.
  const taken: string[] = [];
  const check = (row: number, col: number) => {
    const c = at(row, col);
    if (c?.hasContent && !owned(row, col)) taken.push(cellAddress(row, col));
  };
  for (let i = 0; i < width; i++) check(plan.headerRow, first + i);
  for (const r of plan.resultRows) for (let i = 0; i < width; i++) check(r.row, first + i);
  if (taken.length) throw occupied(plan, taken, header, part, sst, earlier !== undefined);

  // The record: the rows written (ascending) and the digest of the values, in the order the sheet holds them.
  const rows = [...writes.keys()].sort((a, b) => a - b);
  const digest = new CellDigest();
  for (const row of rows) {
    const byCol = writes.get(row)!;
    // A row's cells are made in column order (ResultWrites): no sort needed.
    for (const [col, value] of byCol) digest.add(writtenKey(row, col, value));
  }
  const record: OwnedResults = { sheet: plan.sheet, firstCol: first, lastCol: first + width - 1, rows, sha256: digest.hex() };

  // The earlier check's cells that this one does not write again go (rows no longer in the table keep none).
  const clears = ownedRows ? (row: number, col: number) => owned(row, col) : undefined;
  return { edit: { writes, clears, heights: resultRowHeights(plan, resultColumnWidths(plan)) }, record };
}

/**
 * The result block of a copy whose record was lost (lostRecord.ts): under the header row holding exactly one
 * set of result headers, the header row and the rows this check writes, if every cell of theirs in those
 * columns holds only what a check writes there. A cell that holds anything else is named and the copy
 * refused: it is a reviewer's, and nothing of theirs is overwritten.
 */
function unrecordedResults(
  cells: SheetCells, part: string, plan: AnnotationPlan, sst: SharedStrings,
): Pick<OwnedResults, "firstCol" | "lastCol" | "rows"> | undefined {
  const first = plan.resultCol;
  const valueAt = (row: number, col: number) => {
    const c = cells.get(row)?.find((x) => x.col === col);
    return c?.hasContent ? cellValueOf(c.xml, row, part, sst) : undefined;
  };
  const width = RESULT_HEADER_SETS.reduce((m, h) => Math.max(m, h.length), 0);
  const headers = resultHeaderSet(Array.from({ length: width }, (_, i) => valueAt(plan.headerRow, first + i)).map((c) => c && c.formula === undefined ? c.value : undefined));
  if (!headers) return undefined;
  const reviewers: string[] = [];
  for (const r of plan.resultRows) {
    headers.forEach((header, i) => {
      const c = valueAt(r.row, first + i);
      // This check's value in that cell, where the block has the columns this check writes.
      const ours = headers === plan.resultHeaders || headers.every((h, j) => h === plan.resultHeaders[j]) ? r.values[i] : undefined;
      if (c && !isCheckValue(header, c, ours ?? undefined)) reviewers.push(cellAddress(r.row, first + i));
    });
  }
  if (reviewers.length) throw reviewed(plan, reviewers);
  return { firstCol: first, lastCol: first + headers.length - 1, rows: [plan.headerRow, ...plan.resultRows.map((r) => r.row)] };
}

function reviewed(plan: AnnotationPlan, cells: readonly string[]): AnnotateError {
  return new AnnotateError({ code: "cell-reviewed", sheet: plan.sheet, cells });
}

function occupied(
  plan: AnnotationPlan, taken: readonly string[], header: readonly (SheetCell | undefined)[], part: string, sst: SharedStrings, recorded: boolean,
): AnnotateError {
  const looksOurs = plan.resultHeaders.every((h, i) => {
    const c = header[i];
    return c !== undefined && cellValueOf(c.xml, plan.headerRow, part, sst)?.value === h;
  });
  return new AnnotateError({ code: "cell-occupied", sheet: plan.sheet, cells: taken, ...(looksOurs ? { record: recorded ? "changed" : "missing" } : {}) });
}

/**
 * The cells the result columns get, by row then column, made when a row is asked for rather than held for
 * every row at once: 100,000 rows would be 100,000 Maps and 600,000 cell values alive while the sheet is
 * written, where one row's are enough. Rows are in the plan's order after the header row; a row's cells in
 * column order; a row with no value to write is not among them.
 */
class ResultWrites implements ReadonlyMap<number, ReadonlyMap<number, CellValue>> {
  private readonly index = new Map<number, number>();
  private readonly money: ReadonlySet<number>;

  constructor(
    private readonly plan: AnnotationPlan, private readonly header: ReadonlyMap<number, CellValue>, private readonly styles: AnnotationStyles,
    private readonly stylesThere: ReadonlyMap<number, ReadonlyMap<number, string | undefined>>,
    private readonly strings?: SharedStringTable,
  ) {
    this.money = new Set(plan.moneyColumns);
    plan.resultRows.forEach((r, i) => {
      if (r.row !== plan.headerRow && r.values.some((v) => v !== null && v !== "")) this.index.set(r.row, i);
    });
  }

  get size(): number {
    return this.index.size + 1;
  }

  has(row: number): boolean {
    return row === this.plan.headerRow || this.index.has(row);
  }

  get(row: number): ReadonlyMap<number, CellValue> | undefined {
    if (row === this.plan.headerRow) return this.header;
    const i = this.index.get(row);
    return i === undefined ? undefined : this.rowCells(this.plan.resultRows[i]!);
  }

  *keys(): MapIterator<number> {
    yield this.plan.headerRow;
    yield* this.index.keys();
  }

  *entries(): MapIterator<[number, ReadonlyMap<number, CellValue>]> {
    for (const row of this.keys()) yield [row, this.get(row)!];
  }

  *values(): MapIterator<ReadonlyMap<number, CellValue>> {
    for (const row of this.keys()) yield this.get(row)!;
  }

  [Symbol.iterator](): MapIterator<[number, ReadonlyMap<number, CellValue>]> {
    return this.entries();
  }

  forEach(fn: (value: ReadonlyMap<number, CellValue>, key: number, map: ReadonlyMap<number, ReadonlyMap<number, CellValue>>) => void): void {
    for (const [row, cells] of this.entries()) fn(cells, row, this);
  }

  private rowCells(r: AnnotationPlan["resultRows"][number]): Map<number, CellValue> {
    const first = this.plan.resultCol;
    const there = this.stylesThere.get(r.row);
    const row = new Map<number, CellValue>();
    r.values.forEach((value, i) => {
      if (value === null || value === "") return;
      const col = first + i;
      if (typeof value === "number") row.set(col, { kind: "number", value, style: this.money.has(i) ? String(this.styles.money) : there?.get(col) });
      else row.set(col, { kind: "text", text: value, style: textStyle(i, r.verdict, this.styles) ?? there?.get(col), shared: this.strings?.indexOf(value) });
    });
    return row;
  }
}

function textStyle(i: number, verdict: Verdict | undefined, styles: AnnotationStyles): string | undefined {
  return i === EXPLANATION_COLUMN ? String(styles.wrap) : i === VERDICT_COLUMN && verdict ? String(styles.verdict[verdict]) : undefined;
}
