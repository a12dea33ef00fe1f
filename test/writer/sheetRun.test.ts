import { CellDigest } from "../../src/output/cellDigest";
import { SheetRun } from "../../src/writer/sheetRun";
import { SharedStringTable } from "../../src/writer/sharedStringsPart";

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

describe("a text cell of our sheets", () => {
  /** The shared-string index of each text cell SheetRun writes, in order, for `texts` in column `col`. */
  function indexes(strings: SharedStringTable, cells: readonly (readonly [number, string])[]): number[] {
    let xml = "";
    const run = new SheetRun({ write: (t) => void (xml += t) }, strings);
    cells.forEach(([col, text], i) => {
      run.startRow(i + 1);
      run.text(col, text);
      run.endRow();
    });
    run.end();
    return [...xml.matchAll(/<v>(\d+)<\/v>/g)].map((m) => Number(m[1]));
  }

  test("refers to its text's one entry, whichever texts the column held before it", () => {
    // Two columns taking turns among a few texts, then a column of more different texts than it remembers.
    const few = ["通过", "核减", "不予支持", "待核实"];
    const cells: [number, string][] = [];
    for (let i = 0; i < 40; i++) cells.push([i % 2, few[(i * 7) % few.length]!]);
    for (let i = 0; i < 20_000; i++) cells.push([2, `单位${i % 12_000}`]);
    // The same texts as other strings than the ones first asked for.
    for (let i = 0; i < 40; i++) cells.push([i % 3, [few[i % few.length]!].join("")]);
    const strings = new SharedStringTable();
    const got = indexes(strings, cells);
    expect(got.map((index) => strings.text(index))).toEqual(cells.map(([, text]) => text));
    expect(strings.appended).toBe(few.length + 12_000);
  });
});
