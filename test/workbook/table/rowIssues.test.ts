/**
 * A row's issues as read: a row whose cells all read has none, in one empty list shared by every such row and
 * frozen, so no reader of the rows can add to another row's issues through it; a row with an issue has its own.
 */
import { findTable } from "../../../src/workbook/table/findTable";
import { readRows } from "../../../src/workbook/table/readRows";
import { grid, type Plain } from "./helpers";

function read(rows: (readonly Plain[] | null)[]) {
  const g = grid("申报表", rows);
  const found = findTable([g]);
  if (!found.ok) throw new Error(JSON.stringify(found.issue));
  return readRows(g, found.layout, 0);
}

describe("a row's issues", () => {
  it("are one frozen empty list for the rows that read cleanly, and a list of their own for the others", () => {
    const rows = read([
      ["单位名称", "申报年度", "支持事项", "数量"],
      ["A公司", 2026, "DATA_IP", 3],
      ["B公司", 2026, "GI", 1],
      ["C公司", "明年", "GI", 1],
      ["", 2026, "GI", 2],
    ]);
    const [a, b, c, d] = rows;
    expect(a!.cellIssues).toEqual([]);
    expect(b!.cellIssues).toBe(a!.cellIssues);
    expect(Object.isFrozen(a!.cellIssues)).toBe(true);
    expect(c!.cellIssues.map((i) => i.code)).toEqual(["BAD_YEAR"]);
    expect(d!.cellIssues).toEqual([{ code: "MISSING_VALUE", field: "unit" }]);
    expect(d!.cellIssues).not.toBe(c!.cellIssues);
    expect(Object.isFrozen(c!.cellIssues)).toBe(false);
  });
});
