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

/**
 * An issue that says a value is missing (MISSING_VALUE, NO_CLAIM, NO_EVENT_DATE, NO_START_DATE,
 * NO_CREDIT_CODE, CONDITION_UNSTATED with nothing found) on a field the table has no column for, marked so;
 * any other issue as it is. A copy: rows share their issues.
 */
export function withAbsentColumn(issue: Issue, row: ClaimRow): Issue {
  if (issue.field === undefined || !hasNoColumn(row, issue.field)) return issue;
  switch (issue.code) {
    case "MISSING_VALUE":
    case "CONDITION_UNSTATED":
      return issue.found === undefined ? { ...issue, noColumn: true as const } : issue;
    case "NO_CLAIM":
    case "NO_EVENT_DATE":
    case "NO_START_DATE":
    case "NO_CREDIT_CODE":
      return { ...issue, noColumn: true as const };
    default:
      return issue;
  }
}

/** Each of `issues` through withAbsentColumn; the list itself where the table has every column. */
export function withAbsentColumns(issues: readonly Issue[], row: ClaimRow): readonly Issue[] {
  if (row.absent === undefined || row.absent.size === 0 || issues.length === 0) return issues;
  return issues.map((issue) => withAbsentColumn(issue, row));
}
