import { CellDigest } from "../../src/output/cellDigest";
import { SheetRun } from "../../src/writer/sheetRun";

/** A row of number cells as SheetRun writes them, and the digest it takes of them. */
function written(values: readonly number[]): { xml: string; digest: string } {
  let xml = "";
  const run = new SheetRun({ write: (t) => void (xml += t) });
  run.startRow(7);
  values.forEach((v, col) => run.number(col, v, col % 2 === 0 ? 3 : undefined));
  run.endRow();
  run.end();
  return { xml, digest: run.digestHex() };
}

const letters = (col: number) => String.fromCharCode(65 + col);

describe("a number cell of our sheets", () => {
  const values = [
    0, 1, 12, 2147483648, 1234.5, 1234.56, -0.01, -98765.43, 0.1 + 0.2, 1 / 3, 1e-7, 123456789012.34, 1e13 + 0.5, 1e21, 5e-324,
  ];

  test("holds the number's own text, an amount's as any other's", () => {
    const expected = values
      .map((v, col) => `<c r="${letters(col)}7"${col % 2 === 0 ? ' s="3"' : ""}><v>${String(v)}</v></c>`)
      .join("");
    expect(written(values).xml).toBe(`<row r="7">${expected}</row>`);
  });

  test("is digested as the digest's number line has it", () => {
    const digest = new CellDigest();
    values.forEach((v, col) => digest.number(col, 7, v));
    expect(written(values).digest).toBe(digest.hex());
  });
});
