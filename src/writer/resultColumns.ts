/**
 * The result columns in the table's sheet: headers and one row of results per data row. The cells an
 * earlier check wrote are rewritten or cleared only when its ownership record names them and their values
 * are still exactly as it wrote them (the digest matches); every other cell with content in the places the
 * results go is the applicant's, and the copy is refused rather than overwrite it. Cells outside the
 * results' rows — a note typed below the table in a result column — are never touched.
 */
import { resultCellsVerdict, writtenBlock, writtenKey as valueKey, type ResultCellLookup } from "../output/resultCells";
import type { Verdict } from "../engine/types";
import type { AnnotationPlan } from "../output/types";
import { EXPLANATION_COLUMN, resultColumnWidths, resultRowHeights, VERDICT_COLUMN } from "../output/widths";
import { AnnotateError } from "./annotateError";
import { cellValueOf, type OwnedResults, type SharedStrings } from "./ownership";
import {
  partAsLatin1, prepareSheetCells, prepareSheetCellsFromSpans, type CellValue, type PreparedSheetCells, type SheetCellEdit, type SheetCells,
} from "./sheetCells";
import type { AnnotationStyles } from "./stylesPart";
import type { SharedStringTable } from "./sharedStringsPart";
import { ColumnStrings } from "./sheetRun";
import type { RowSpans } from "../workbook/xlsx/rowSpans";
import { wholePart, type PartBytes } from "./forwardBytes";

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
  readonly bytes: PartBytes;
  readonly spans: RowSpans;
  /** The part read otherwise, where the spans do not fit its bytes: as text, or as its UTF-8 bytes one a character (`latin1`). */
  readonly otherwise: () => { readonly xml: string; readonly latin1: boolean };
}

/** Bytes held whole, known to be UTF-8, with their spans. */
export function spannedBytes(bytes: Uint8Array, spans: RowSpans): SpannedPart {
  return { bytes: wholePart(bytes), spans, otherwise: () => ({ xml: partAsLatin1(bytes), latin1: true }) };
}

/**
 * The same edit decided (the copy refused here if a result cell holds the applicant's content) and ready to
 * be written: the rows are streamed into the part once the rest of the sheet is edited. Only the result
 * columns (and the header left of them) are read cell by cell. `latin1`: `xml` is the part's UTF-8 bytes
 * one a character (see prepareSheetCells). A SpannedPart is spliced from its spans (prepareSheetCellsFromSpans)
 * where they fit it, else read as its `otherwise` gives it.
 */
export function prepareResultColumns(
  xml: string | SpannedPart, part: string, plan: AnnotationPlan, styles: AnnotationStyles, sst: SharedStrings, earlier?: OwnedResults,
  latin1 = false, recordLost = false, strings?: SharedStringTable,
): { prepared: PreparedSheetCells; owned: OwnedResults; widths: readonly number[] } {
  let owned: OwnedResults | undefined;
  // The columns' widths read every row's values: taken once, for the rows' heights here and the columns' widths
  // the caller sets.
  let widths: readonly number[] | undefined;
  const window = [plan.resultCol, plan.resultCol + plan.resultHeaders.length - 1] as const;
  // The header left of ours lends its style to our headers.
  const headerLeft = (row: number, col: number) => row === plan.headerRow && col === plan.resultCol - 1;
  // The rows results go into: any other row without a cell in the window is passed through untouched.
  const resultRows = new Set(plan.resultRows.map((r) => r.row));
  const writable = (row: number) => row === plan.headerRow || resultRows.has(row);
  const decide = (cells: SheetCells) => {
    widths = resultColumnWidths(plan);
    const { edit, record } = resultEdit(cells, part, plan, styles, sst, earlier, recordLost, widths, strings);
    owned = record;
    return edit;
  };
  const spliced = typeof xml !== "string" ? prepareSheetCellsFromSpans(xml.bytes, xml.spans, part, decide, window, headerLeft, writable) : undefined;
  const text = spliced || typeof xml === "string" ? undefined : xml.otherwise();
  const prepared = spliced ??
    (text ? prepareSheetCells(text.xml, part, decide, window, headerLeft, text.latin1, writable) : prepareSheetCells(xml as string, part, decide, window, headerLeft, latin1, writable));
  return { prepared, owned: owned!, widths: widths! };
}

/** The key of a value this check writes, as the digest reads it back from the cell. */
export function writtenKey(row: number, col: number, value: CellValue) {
  return valueKey(row, col, value.kind === "number" ? value.value : value.text);
}

function resultEdit(
  cells: SheetCells, part: string, plan: AnnotationPlan, styles: AnnotationStyles, sst: SharedStrings, earlier: OwnedResults | undefined,
  recordLost: boolean, widths: readonly number[], strings?: SharedStringTable,
): { edit: SheetCellEdit; record: OwnedResults } {
  const width = plan.resultHeaders.length;
  const first = plan.resultCol;
  const at = (row: number, col: number) => cells.get(row)?.find((c) => c.col === col);

  // Whose the cells are is decided by the one rule every host applies (output/resultCells.ts).
  const verdict = resultCellsVerdict(plan, sheetCellLookup(cells, part, sst), { recorded: earlier, recordLost: recordLost && !earlier });
  if (!verdict.ok) {
    throw new AnnotateError(verdict.code === "cell-reviewed"
      ? { code: "cell-reviewed", sheet: plan.sheet, cells: verdict.cells }
      : { code: "cell-occupied", sheet: plan.sheet, cells: verdict.cells, ...(verdict.record ? { record: verdict.record } : {}) });
  }
  const vouched = verdict.owned;
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
  // The record: the rows written and the digest of the values, as every host records them.
  const record: OwnedResults = { sheet: plan.sheet, ...writtenBlock(plan) };

  // The earlier check's cells that this one does not write again go (rows no longer in the table keep none).
  const clears = ownedRows ? (row: number, col: number) => owned(row, col) : undefined;
  return { edit: { writes, clears, heights: resultRowHeights(plan, widths) }, record };
}

/** The splicer's cells of the result columns as the rule reads them: their values decoded when asked. */
function sheetCellLookup(cells: SheetCells, part: string, sst: SharedStrings): ResultCellLookup {
  const at = (row: number, col: number) => cells.get(row)?.find((c) => c.col === col);
  return {
    has: (row, col) => at(row, col)?.hasContent ?? false,
    value: (row, col) => {
      const c = at(row, col);
      return c?.hasContent ? cellValueOf(c.xml, row, part, sst) : undefined;
    },
  };
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
  /** The styles our cells take, as the attribute's text: made once, not once a cell. */
  private readonly moneyStyle: string;
  private readonly wrapStyle: string;
  private readonly verdictStyles: Readonly<Record<Verdict, string>>;
  /** Each column's texts' indexes (a verdict, a clause): looked up among the column's own first. */
  private readonly columns?: ColumnStrings;

  constructor(
    private readonly plan: AnnotationPlan, private readonly header: ReadonlyMap<number, CellValue>, private readonly styles: AnnotationStyles,
    private readonly stylesThere: ReadonlyMap<number, ReadonlyMap<number, string | undefined>>,
    strings?: SharedStringTable,
  ) {
    this.money = new Set(plan.moneyColumns);
    if (strings) this.columns = new ColumnStrings(strings);
    this.moneyStyle = String(styles.money);
    this.wrapStyle = String(styles.wrap);
    const v = styles.verdict;
    this.verdictStyles = { approved: String(v.approved), reduced: String(v.reduced), rejected: String(v.rejected), review: String(v.review) };
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
      if (typeof value === "number") row.set(col, { kind: "number", value, style: this.money.has(i) ? this.moneyStyle : there?.get(col) });
      else row.set(col, { kind: "text", text: value, style: this.textStyle(i, r.verdict) ?? there?.get(col), shared: this.columns?.indexOf(i, value) });
    });
    return row;
  }

  private textStyle(i: number, verdict: Verdict | undefined): string | undefined {
    return i === EXPLANATION_COLUMN ? this.wrapStyle : i === VERDICT_COLUMN && verdict ? this.verdictStyles[verdict] : undefined;
  }
}
