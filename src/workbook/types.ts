/**
 * The shapes shared by the xlsx reader, the table reader, the annotation writer and the Office adapter
 * (what a check writes is in src/output/types.ts).
 * Pure data: nothing here reads a file or touches Office.
 */
import type { FieldKey } from "../engine/columns";
import type { CellFault } from "../engine/issues";

/**
 * A cell as the workbook holds it, before it is read by type. Numbers keep their exact text (the XML's
 * `<v>`, or String(n) from Office.js) so money never passes through binary floating point unexamined.
 */
/**
 * A number format that shows a whole number padded to `zeros` digits between literal texts: 12345678901 in
 * `000000000000` is shown 012345678901, 12 in `"LYG"0000` LYG0012. A text column reads what is shown.
 */
export interface PaddedFormat {
  readonly zeros: number;
  readonly before: string;
  readonly after: string;
}

export type RawCell =
  | {
      readonly t: "n"; readonly v: string; readonly date?: boolean; readonly formula?: boolean;
      /** A date whose format shows only its year (`yyyy"年"`): the reviewer sees a year. */
      readonly yearOnly?: boolean;
      /** Its format shows it in 万 (`0.00"万元"`): 10 is 10.00万元 to the reviewer, money of 100,000 元. */
      readonly tenThousand?: boolean;
      /** Its format pads it with zeros or shows text around it (`000000000000`, `"LYG"0000`): see PaddedFormat. */
      readonly padded?: PaddedFormat;
    }
  | { readonly t: "s"; readonly v: string; readonly formula?: boolean }
  | { readonly t: "b"; readonly v: boolean; readonly formula?: boolean }
  /** An error value: "#N/A", "#VALUE!" … */
  | { readonly t: "e"; readonly v: string; readonly formula?: boolean }
  /** An ISO date written as such (t="d" cells, as a strict workbook holds dates). */
  | {
      readonly t: "d"; readonly v: string; readonly formula?: boolean;
      /** Its format shows only its year (`yyyy"年"`): the reviewer sees a year. */
      readonly yearOnly?: boolean;
    }
  /** A cell the reader could not make sense of; `fault` says why. Becomes a bad cell on its row. */
  | { readonly t: "bad"; readonly fault: CellFault };

export interface CellRange {
  /** 1-based rows, 0-based columns, inclusive. */
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** One worksheet's cells. */
export interface SheetGrid {
  readonly name: string;
  /** 1-based row number → cells by 0-based column index; absent rows are empty. */
  readonly rows: ReadonlyMap<number, readonly (RawCell | undefined)[]>;
  /** The last row and column (0-based) that hold a cell. */
  readonly maxRow: number;
  readonly maxCol: number;
  /** Merged ranges, as capped by the reader. */
  readonly merges: readonly CellRange[];
  /** The workbook counts dates from 1904 (Mac). */
  readonly date1904?: boolean;
  /** Rows Excel does not show (`hidden`, or a height of 0), 1-based; absent when there are none. */
  readonly hiddenRows?: ReadonlySet<number>;
  /** Columns Excel does not show, as 0-based inclusive [first, last] ranges; absent when there are none. */
  readonly hiddenColumns?: readonly (readonly [number, number])[];
  /**
   * Excel recalculates this workbook's formulas when it opens it (`fullCalcOnLoad`), or they are calculated
   * only on request (`calcMode="manual"`) so the saved results may be stale: either way a formula's cached
   * value may not be what Excel shows.
   */
  readonly formulasUntrusted?: "full-calc-on-load" | "manual";
}

/** A recognised column of the application table. */
export interface MappedColumn {
  /** 0-based column index in the sheet. */
  readonly index: number;
  /** The header as the file has it. */
  readonly header: string;
  /** Numbers in this column are 万元 (the header said so) and are multiplied by 10,000. */
  readonly tenThousand: boolean;
  /** Excel hides this column: a value it supplies is flagged (HIDDEN_COLUMN). */
  readonly hidden?: boolean;
}

/** Where the application table is and what its columns mean. */
export interface TableLayout {
  readonly sheet: string;
  /** 1-based. */
  readonly headerRow: number;
  /** 1-based row numbers of the data rows (blank rows, a closing 合计 row and rows that are no claim left out). */
  readonly dataRows: readonly number[];
  readonly columns: ReadonlyMap<FieldKey, MappedColumn>;
  /** 0-based index of the table's last column (the applicant's own, unrecognised columns included). */
  readonly lastCol: number;
  /** 0-based index where the product's result columns start: found by header on a re-run, else lastCol + 1. */
  readonly resultCol: number;
  /** The result columns were found already (a re-run). */
  readonly resultFound: boolean;
  /** How many result columns the earlier run left (6; 5 from a version before the verdicts), when found. */
  readonly resultWidth?: number;
  /** The header's second row, where names stand below a group heading (findTable's subHeaderRow). */
  readonly secondHeaderRow?: number;
  /** From an Excel table (ListObject) rather than a header search. */
  readonly tableName?: string;
  /** The last row of the Excel table's range, where data rows go on below it (TABLE_RANGE_SHORT). */
  readonly tableEnd?: number;
  /**
   * The other visible sheets whose first rows hold an application table too, in tab order: not checked (one
   * table a file, decision 22), and said so wherever the file's results are given. Absent where there are none.
   */
  readonly otherTables?: readonly string[];
}
