/**
 * The grid's rows as read: each row's array is as long as its cells make it (one past its last cell), however
 * wide the rows before it were, whether its cells came together or a later row's cells named it again; and a
 * small whole number is the same cell, with its text, wherever it stands.
 */
import { LIMITS } from "../../../src/workbook/limits";
import { parseSheet } from "../../../src/workbook/xlsx/sheet";
import { NS_MAIN } from "../../hostile/minimalXlsx";

function read(rows: string, dateStyles: boolean[] = []) {
  const xml = `<worksheet xmlns="${NS_MAIN}"><sheetData>${rows}</sheetData></worksheet>`;
  return parseSheet(new TextEncoder().encode(xml), { name: "S", part: "sheet.xml", sharedStrings: ["a"], dateStyles, date1904: false, limits: LIMITS });
}

describe("the rows of a grid", () => {
  it("are each as long as their last cell makes them, after wider and narrower rows alike", () => {
    const grid = read(
      `<row r="1"><c r="A1"><v>1</v></c><c r="T1"><v>2</v></c></row>` +
      `<row r="2"><c r="B2"><v>3</v></c></row>` +
      `<row r="3"><c r="A3"><v>4</v></c><c r="C3"/><c r="D3"><v></v></c></row>` +
      `<row r="4"><c r="XFD4"><v>5</v></c></row>` +
      `<row r="5"><c r="A5"><v>6</v></c></row>` +
      // A cell naming row 2 again, from row 6: row 2 grows to it.
      `<row r="6"><c r="A6"><v>7</v></c><c r="E2"><v>8</v></c><c r="B6"><v>9</v></c></row>`,
    );
    const lengths = [...grid.rows].map(([r, cells]) => [r, cells.length]);
    expect(lengths).toEqual([[1, 20], [2, 5], [3, 1], [4, 16384], [5, 1], [6, 2]]);
    expect(grid.rows.get(2)![1]).toEqual({ t: "n", v: "3" });
    expect(grid.rows.get(2)![4]).toEqual({ t: "n", v: "8" });
    expect(Object.keys(grid.rows.get(2)!)).toEqual(["1", "4"]);
    expect(Object.keys(grid.rows.get(3)!)).toEqual(["0"]);
    expect([grid.maxRow, grid.maxCol]).toEqual([6, 16383]);
  });

  it("share one cell per small whole number, with its text, apart from the same number shown as a date", () => {
    const grid = read(
      `<row r="1"><c r="A1"><v>2025</v></c><c r="B1" s="1"><v>2025</v></c><c r="C1"><v>65535</v></c><c r="D1"><v>65536</v></c></row>` +
      `<row r="2"><c r="A2"><v>2025</v></c><c r="B2" s="1"><v>2025</v></c><c r="C2"><v>65535</v></c><c r="D2"><v>65536</v></c><c r="E2"><f>1</f><v>2025</v></c></row>`,
      [false, true],
    );
    const [one, two] = [grid.rows.get(1)!, grid.rows.get(2)!];
    expect(one[0]).toEqual({ t: "n", v: "2025" });
    expect(one[1]).toEqual({ t: "n", v: "2025", date: true });
    expect(two[0]).toBe(one[0]);
    expect(two[1]).toBe(one[1]);
    expect(two[2]).toBe(one[2]);
    expect(two[2]).toEqual({ t: "n", v: "65535" });
    expect(two[3]).toEqual({ t: "n", v: "65536" });
    expect(two[3]).not.toBe(one[3]);
    expect(two[4]).toEqual({ t: "n", v: "2025", formula: true });
  });
});
