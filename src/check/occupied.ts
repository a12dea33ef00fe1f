/**
 * Whether the result columns can be written beside the table, decided from the cells before anything is
 * written: from the header row down to the sheet's last row, the columns the results take must be empty or
 * the product's own from an earlier run (found by header: a copy from before the verdicts has five columns,
 * and the sixth must be empty). Anything else is the applicant's, and the check stops. Down to the last row,
 * because an earlier run's columns are cleared down to it before the new results are written.
 * The xlsx writer keeps a finer record (which cells an earlier run wrote, and that they are unchanged:
 * src/writer/resultColumns.ts); a host that cannot keep that record applies this rule.
 */
import { RESULT_HEADERS } from "../engine";
import { cellAddress } from "../output";
import type { SheetGrid, TableLayout } from "../workbook";

export interface OccupiedCell {
  readonly sheet: string;
  /** A1 address of the first such cell, by row then column. */
  readonly cell: string;
  readonly found: string;
}

export function occupiedResultCell(grid: SheetGrid, layout: TableLayout): OccupiedCell | null {
  const width = RESULT_HEADERS.length;
  const from = layout.resultCol + (layout.resultFound ? layout.resultWidth ?? width : 0);
  for (let row = layout.headerRow; row <= grid.maxRow; row++) {
    const cells = grid.rows.get(row);
    if (!cells) continue;
    for (let col = from; col < layout.resultCol + width; col++) {
      const cell = cells[col];
      if (cell !== undefined) return { sheet: layout.sheet, cell: cellAddress(row, col), found: cell.t === "bad" ? "" : String(cell.v) };
    }
  }
  return null;
}
