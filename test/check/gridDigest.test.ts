/**
 * The digest of a sheet as Office.js loads it (gridDigest) is the digest of its cells' value keys, whatever
 * they hold: the text and number cells take the writer's shorter lines, which must be the same bytes.
 */
import { cellValueKey, gridDigest } from "../../src/check";
import { CellDigest } from "../../src/output/cellDigest";
import type { RawCell, SheetGrid } from "../../src/workbook";

function gridOf(rows: [number, (RawCell | undefined)[]][]): SheetGrid {
  return { name: "汇总", rows: new Map(rows), maxRow: Math.max(...rows.map(([r]) => r)), maxCol: 5 } as unknown as SheetGrid;
}

/** Every cell by its key, rows in ascending order. */
function byKeys(grid: SheetGrid): string {
  const digest = new CellDigest();
  for (const row of [...grid.rows.keys()].sort((a, b) => a - b)) {
    grid.rows.get(row)!.forEach((cell, col) => cell !== undefined && digest.add(cellValueKey(row, col, cell)));
  }
  return digest.hex();
}

describe("gridDigest", () => {
  it("is the digest of every cell's value key, for every kind a loaded cell has", () => {
    const grid = gridOf([
      [3, [{ t: "n", v: "-0" }, { t: "n", v: "1234.5699999999999" }, { t: "n", v: "45839", date: true }, { t: "s", v: "" }]],
      [1, [{ t: "s", v: "项目" }, undefined, { t: "s", v: "\uD800 lone" }, { t: "n", v: "2147483648" }, { t: "n", v: "1e21" }]],
      [2, [{ t: "s", v: "=1+1", formula: true }, { t: "n", v: "2", formula: true }, { t: "b", v: true }, { t: "e", v: "#N/A" }, { t: "n", v: " " }]],
    ] as [number, (RawCell | undefined)[]][]);
    expect(gridDigest(grid)).toBe(byKeys(grid));
  });

  it("changes when any cell does, and not with the order the rows were loaded in", () => {
    const rows: [number, RawCell[]][] = [[1, [{ t: "s", v: "合计" }, { t: "n", v: "100" }]], [2, [{ t: "s", v: "甲" }]]];
    const base = gridDigest(gridOf(rows));
    expect(gridDigest(gridOf([rows[1]!, rows[0]!]))).toBe(base);
    expect(gridDigest(gridOf([[1, [{ t: "s", v: "合计" }, { t: "n", v: "100.5" }]], rows[1]!]))).not.toBe(base);
    expect(gridDigest(gridOf([[1, [{ t: "s", v: "合计" }, { t: "s", v: "100" }]], rows[1]!]))).not.toBe(base);
  });
});
