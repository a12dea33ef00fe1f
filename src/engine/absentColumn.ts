/**
 * A value missing because the row's table has no column for it (ClaimRow.absent), not because a cell is
 * blank: its message says the column is missing, so the reviewer adds the column rather than look for a cell
 * that is not there. The host says which fields have no column; the engine knows nothing of sheets.
 */
import type { FieldKey } from "./columns";
import type { Issue } from "./issues";
import type { ClaimRow } from "./types";

/** Whether the row's table has no column for `field`. */
export function hasNoColumn(row: ClaimRow, field: FieldKey): boolean {
  return row.absent !== undefined && row.absent.has(field);
}

/** A MISSING_VALUE on a field the table has no column for, marked so (a copy: issues may be shared by rows). */
export function withAbsentColumn(issue: Issue, row: ClaimRow): Issue {
  if (issue.code !== "MISSING_VALUE" || issue.found !== undefined || !hasNoColumn(row, issue.field)) return issue;
  return { ...issue, noColumn: true as const };
}
