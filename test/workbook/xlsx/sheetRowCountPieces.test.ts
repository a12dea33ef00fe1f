/**
 * The row count ahead over cells written as Excel writes them (`<c r="A1" t="s"><v>0</v></c>`, read in one
 * look): the same count however the part is cut, wherever a cut falls in a cell, and whatever kind of byte
 * array the pieces come as (Node's inflate gives Buffers, the page's a Uint8Array).
 */
import { SheetRowCounter } from "../../../src/workbook/xlsx/sheetRowCount";

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** Rows 1..n: a value in each, an empty `<v>` or a space in some cells (no value), a reference in others. */
function sheet(n: number): Uint8Array {
  let rows = "";
  for (let r = 1; r <= n; r++) {
    const valued = r % 7 !== 0;
    const cells = valued
      ? `<c r="A${r}" t="s"><v>${r % 3}</v></c><c r="B${r}"><v></v></c><c r="C${r}" s="1"><v>${r * 1000}</v></c>`
      : `<c r="A${r}"><v> </v></c><c r="B${r}"><v>&#32;</v></c><c r="C${r}" s="1"/>`;
    rows += `<row r="${r}" spans="1:3">${cells}</row>`;
  }
  return new TextEncoder().encode(`<worksheet xmlns="${NS}"><sheetData>${rows}</sheetData></worksheet>`);
}

function count(xml: Uint8Array, cuts: readonly number[], asBuffer: boolean, maxRows = 1_000_000) {
  // A grid of 1,000 rows is enough for these sheets, and keeps each count small.
  const counter = new SheetRowCounter(maxRows, 1_000);
  let from = 0;
  for (const cut of [...cuts, xml.length]) {
    const piece = xml.subarray(from, cut);
    counter.feed(asBuffer ? Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength) : piece);
    from = cut;
  }
  counter.end();
  return counter.result;
}

describe("the row count ahead over plain cells", () => {
  const xml = sheet(40);
  const valued = 40 - Math.floor(40 / 7);

  it("counts the rows with a value, cut anywhere in two, as Buffers or as Uint8Arrays", () => {
    for (let cut = 0; cut <= xml.length; cut++) {
      // jest's expect() only for a count that is not plainly { kind: "counted", rows: valued } (its message
      // then): some 5,000 cuts.
      const got = count(xml, [cut], cut % 2 === 0);
      const plainly = got.kind === "counted" && got.rows === valued && Object.keys(got).length === 2;
      if (!plainly) expect(got).toEqual({ kind: "counted", rows: valued });
    }
  });

  it("counts the same cut into many small pieces of either kind, and stops at the first row past a limit", () => {
    for (const size of [1, 3, 7, 16, 29]) {
      const cuts: number[] = [];
      for (let at = size; at < xml.length; at += size) cuts.push(at);
      expect(count(xml, cuts, true)).toEqual({ kind: "counted", rows: valued });
      expect(count(xml, cuts, false)).toEqual({ kind: "counted", rows: valued });
      // 30 rows with a value are rows 1–34 less 7, 14, 21 and 28: the 31st is row 36.
      expect(count(xml, cuts, size % 2 === 0, 30)).toEqual({ kind: "over", row: 36 });
    }
  });
});
