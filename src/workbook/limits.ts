/**
 * Every limit the xlsx reader enforces, named once. A workbook is untrusted input: each limit stops a file
 * from costing unbounded time or memory before we have read a single cell of it.
 */
export interface Limits {
  /**
   * Largest input file, in bytes. A real application workbook is a few MB at most; the limit is set by the
   * checked copy of a table of `maxTableRows` rows (with its result columns, 审核明细 and 审核意见表), which
   * must read again.
   */
  readonly maxInputBytes: number;
  /** Most entries in the zip. A workbook has a few dozen parts; thousands means something else. */
  readonly maxEntries: number;
  /** Largest size one entry may inflate to, in bytes. */
  readonly maxEntryBytes: number;
  /**
   * Ratio guard: an entry that inflates beyond this many bytes must not exceed `maxRatio` times its
   * compressed size. Small entries are exempt because tiny, repetitive XML legitimately compresses well.
   */
  readonly ratioFloorBytes: number;
  readonly maxRatio: number;
  /** Excel's own grid: a row or column beyond these is not an Excel sheet. */
  readonly maxRows: number;
  readonly maxCols: number;
  /** Most merged ranges in one sheet. */
  readonly maxMerges: number;
  /**
   * Most cells all merged ranges of a sheet may cover together, after each range is clipped to the rows and
   * columns that actually hold cells. Readers that spread a merged value over its range stay bounded.
   */
  readonly maxMergeCells: number;
  /** Longest text one cell may hold (Excel's own limit). */
  readonly maxStringChars: number;
  /**
   * All entries of the file together, inflated, as their sizes are declared (an entry is never inflated past
   * its declared size). Tied to the row limit: the checked copy of a table of `maxTableRows` rows (the table,
   * its result columns, 问题清单, 审核明细 and the notes; about 2.2 KB a row) must read again, and nothing
   * much larger does. A file that declares more is refused before anything is inflated, so a ratio bomb
   * that keeps within every per-entry limit still costs nothing. What a copy adds per row is not bounded by
   * the row limit (each message adds a note and a 问题清单 line, and quotes the applicant's text: 40,000 rows
   * of six warnings add about 500 MB), so the writer reckons the copy's size before building it and refuses
   * a table whose copy would exceed this (annotate/copySize.ts), rather than raise this for every input.
   */
  readonly maxTotalInflatedBytes: number;
  /** Most cells one sheet may hold: 200,000 rows of 20 columns. */
  readonly maxCells: number;
  /**
   * Most data rows of one application table: more is refused with a clear message, never a crash. A city's
   * year is about 100,000 rows; a larger batch is split into files checked together.
   */
  readonly maxTableRows: number;
  /**
   * Most rows holding cells one sheet may have: the table's rows, its header and the 20 rows the header is
   * looked for in. A sheet with more cannot hold a table within `maxTableRows`, so reading stops at the first
   * row past it rather than read a million rows to refuse them; the sheet part is inflated as it is read, so
   * the rows past it are not inflated either.
   */
  readonly maxSheetRows: number;
  /** Most cell formats (`<xf>` of cellXfs) a styles part may have: Excel's own limit is 65,490. */
  readonly maxCellFormats: number;
}

export const LIMITS: Limits = Object.freeze({
  maxInputBytes: 80 * 1024 * 1024,
  maxEntries: 1_000,
  maxEntryBytes: 500 * 1024 * 1024,
  ratioFloorBytes: 100 * 1024,
  maxRatio: 100,
  maxRows: 1_048_576,
  maxCols: 16_384,
  maxMerges: 10_000,
  maxMergeCells: 1_000_000,
  maxStringChars: 32_767,
  maxTotalInflatedBytes: 400 * 1024 * 1024,
  maxCells: 4_000_000,
  maxTableRows: 150_000,
  maxSheetRows: 150_021,
  maxCellFormats: 65_490,
});

export { formatCount, formatMegabytes } from "../engine/catalog/sizes";

/**
 * The most bytes an entry with this compressed size may inflate to: the absolute cap, further bounded by the
 * ratio guard once past the floor.
 */
export function maxInflatedSize(compressedSize: number, limits: Limits = LIMITS): number {
  const byRatio = Math.max(limits.ratioFloorBytes, compressedSize * limits.maxRatio);
  return Math.min(limits.maxEntryBytes, byRatio);
}
