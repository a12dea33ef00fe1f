import { CellDigest } from "../../src/output/cellDigest";

describe("CellDigest: the lines a writer gives (number, text)", () => {
  test("give the digest `add` gives for the same cells, numbers and texts, odd texts included", () => {
    const cells: { row: number; colIndex: number; value: number | string }[] = [
      { row: 1, colIndex: 0, value: "单位名称" },
      { row: 2, colIndex: 1, value: 42 },
      { row: 2, colIndex: 10, value: 1234.56 },
      { row: 3, colIndex: 27, value: -0.5 },
      { row: 100000, colIndex: 2, value: "line\nbreak & <tag> \uD800 lone" },
      { row: 7, colIndex: 3, value: "长".repeat(30000) },
      { row: 8, colIndex: 4, value: 0 },
    ];
    const read = new CellDigest();
    const written = new CellDigest();
    for (const c of cells) {
      if (typeof c.value === "number") {
        read.add({ row: c.row, col: c.colIndex, kind: "n", value: String(c.value) });
        written.number(c.colIndex, c.row, c.value);
      } else {
        read.add({ row: c.row, col: c.colIndex, kind: "s", value: c.value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/g, "\uFFFD") });
        written.text(c.colIndex, c.row, c.value);
      }
    }
    expect(written.hex()).toBe(read.hex());
  });

  test("differs when one value differs", () => {
    const a = new CellDigest();
    const b = new CellDigest();
    a.number(0, 1, 1);
    b.number(0, 1, 2);
    expect(a.hex()).not.toBe(b.hex());
  });
});
