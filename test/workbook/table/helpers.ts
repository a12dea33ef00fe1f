/** Raw cells and grids for the table tests, written the way the xlsx reader and Office.js hand them over. */
import type { RawCell, SheetGrid, CellRange } from "../../../src/workbook/types";

export const n = (v: string, extra: { date?: boolean; yearOnly?: boolean; formula?: boolean; tenThousand?: boolean; padded?: { zeros: number; before: string; after: string } } = {}): RawCell => ({ t: "n", v, ...extra });
export const s = (v: string, extra: { formula?: boolean } = {}): RawCell => ({ t: "s", v, ...extra });
export const e = (v: string): RawCell => ({ t: "e", v });
/** A cell the reader could not read: a shared-string index past the end of the strings. */
export const bad = (index: string): RawCell => ({ t: "bad", fault: { fault: "string-index-out-of-range", found: index } });
export const d = (v: string): RawCell => ({ t: "d", v });
export const b = (v: boolean): RawCell => ({ t: "b", v });

/** A cell given as a plain value: strings are text cells, numbers number cells, null an empty cell. */
export type Plain = string | number | null | RawCell;

function toCell(p: Plain): RawCell | undefined {
  if (p === null) return undefined;
  if (typeof p === "string") return p === "" ? undefined : s(p);
  if (typeof p === "number") return n(String(p));
  return p;
}

/** A sheet from rows of plain values; `startRow` is the 1-based number of the first row. */
export function grid(
  name: string,
  rows: readonly (readonly Plain[] | null)[],
  extra: { startRow?: number; merges?: CellRange[]; date1904?: boolean } = {},
): SheetGrid {
  const map = new Map<number, (RawCell | undefined)[]>();
  let maxRow = 0;
  let maxCol = 0;
  const start = extra.startRow ?? 1;
  rows.forEach((r, i) => {
    if (r === null) return;
    const cells = r.map(toCell);
    if (cells.every((c) => c === undefined)) return;
    map.set(start + i, cells);
    maxRow = start + i;
    cells.forEach((c, j) => {
      if (c !== undefined && j > maxCol) maxCol = j;
    });
  });
  return { name, rows: map, maxRow, maxCol, merges: extra.merges ?? [], date1904: extra.date1904 };
}
