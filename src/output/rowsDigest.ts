/**
 * The digest of a sheet written from rows of values — the list's first row on the sheet's row 1, a value's
 * index its column, a blank value written as nothing — taken from the values themselves: the digest the
 * xlsx writer takes as it writes the same rows (writer/sheetRun.ts) and a reader takes of the cells it then
 * finds (REPORT.md "Ownership"). The task pane records what it writes by it without reading it back.
 */
import { CellDigest } from "./cellDigest";
import type { PlanValue } from "./types";

export function rowsDigest(rows: Iterable<readonly PlanValue[]>): string {
  const digest = new CellDigest();
  let row = 0;
  for (const values of rows) {
    row++;
    values.forEach((v, col) => {
      if (typeof v === "number") digest.number(col, row, v);
      else if (v !== null && v !== "") digest.text(col, row, v);
    });
  }
  return digest.hex();
}
