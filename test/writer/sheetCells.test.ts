/**
 * Cells written into a sheet by splicing them into the text of plain rows (every cell with its address, one
 * after another, nothing else in the row): the same row as rebuilding it cell by cell, whatever columns the
 * edit reads, and untouched text kept to the byte.
 */
import { cellXmlAt, columnsOf, editSheetCells, prepareSheetCells, type CellValue, type SheetCellEdit, type SheetCells } from "../../src/writer/sheetCells";

const sheet = (rows: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;
const inline = (ref: string, text: string, s = "") => `<c r="${ref}"${s} t="inlineStr"><is><t>${text}</t></is></c>`;

const rows = [
  // Plain rows: cells left of, inside and right of the columns written (D:F).
  `<row r="1" spans="1:3">${inline("A1", "单位")}${inline("B1", "金额")}${inline("C1", "表头", ' s="4"')}</row>`,
  `<row r="2" spans="1:8" x14ac:dyDescent="0.25">${inline("A2", "甲")}<c r="E2" s="9"/>${inline("G2", "右侧")}<c r="H2"><v>1</v></c></row>`,
  `<row r="3" ht="15" customHeight="1">${inline("A3", "乙")}${inline("E3", "旧结果")}</row>`,
  '<row r="4"/>',
  `<row r="5" spans="2:2"><c r="B5"><f>1+1</f><v>2</v></c></row>`,
  // Rows that are not plain: a cell without r, white space between cells, an extension list.
  `<row r="6">${inline("A6", "丙")}<c><v>7</v></c></row>`,
  `<row r="7"> ${inline("A7", "丁")} </row>`,
  `<row r="8">${inline("A8", "戊")}<extLst><ext uri="x"/></extLst></row>`,
].join("");

const value = (text: string): CellValue => ({ kind: "text", text, style: "5" });
const writes = new Map<number, Map<number, CellValue>>([
  [1, new Map([[3, value("审核结果")], [4, value("说明")], [5, { kind: "number", value: 12.5 }]])],
  [2, new Map([[3, value("通过")], [5, value("条款")]])],
  [3, new Map([[3, value("不通过")]])],
  [4, new Map([[4, value("新")]])],
  [6, new Map([[3, value("通过")]])],
  [7, new Map([[4, value("通过")]])],
  [8, new Map([[5, value("通过")]])],
  [10, new Map([[3, value("新行")]])],
]);
const edit = (): SheetCellEdit => ({ writes, clears: (row, col) => row === 3 && col === 4, heights: new Map([[2, 32], [3, 48]]) });

describe("cells spliced into plain rows", () => {
  const whole = editSheetCells(sheet(rows), "sheet1.xml", edit);

  it("gives the same sheet whether the edit reads every column or only its own", () => {
    let seen: SheetCells = new Map();
    const prepared = prepareSheetCells(sheet(rows), "sheet1.xml", (cells) => {
      seen = new Map(cells);
      return edit();
    }, [3, 5], (row, col) => row === 1 && col === 2);
    const pieces = [prepared.head];
    prepared.writeRows({ write: (t) => void pieces.push(t) });
    pieces.push(prepared.tail);
    expect(pieces.join("")).toBe(whole);
    // Only the window's cells of plain rows are read (and the one cell asked for besides); a row that is not
    // plain is read whole.
    expect(seen.get(1)!.map((c) => c.col)).toEqual([2]);
    expect(seen.get(2)!.map((c) => c.col)).toEqual([4]);
    expect(seen.get(6)!.map((c) => c.col)).toEqual([0, 1]);
  });

  it("puts ours in column order between the applicant's cells, which keep their text", () => {
    expect(whole).toContain(
      `<row r="2" spans="1:8" x14ac:dyDescent="0.25" ht="32">${inline("A2", "甲")}<c r="D2" s="5" t="inlineStr"><is><t>通过</t></is></c>` +
      `<c r="E2" s="9"/><c r="F2" s="5" t="inlineStr"><is><t>条款</t></is></c>${inline("G2", "右侧")}<c r="H2"><v>1</v></c></row>`,
    );
    expect(whole).toContain(`<row r="1" spans="1:6">${inline("A1", "单位")}${inline("B1", "金额")}${inline("C1", "表头", ' s="4"')}<c r="D1" s="5"`);
  });

  it("cuts out a cell cleared, keeps a height set by hand, and opens a self-closing row", () => {
    expect(whole).toContain(`<row r="3" ht="15" customHeight="1">${inline("A3", "乙")}<c r="D3" s="5" t="inlineStr"><is><t>不通过</t></is></c></row>`);
    expect(whole).toContain('<row r="4"><c r="E4" s="5" t="inlineStr"><is><t>新</t></is></c></row>');
  });

  it("leaves rows it does not write exactly as they were, and creates the rows the sheet lacks", () => {
    expect(whole).toContain(`<row r="5" spans="2:2"><c r="B5"><f>1+1</f><v>2</v></c></row>`);
    expect(whole).toContain('<row r="10" spans="4:4"><c r="D10" s="5" t="inlineStr"><is><t>新行</t></is></c></row></sheetData>');
  });

  it("puts ours in column order whatever order the edit gives them in, in a plain row and in a new one", () => {
    const backwards = new Map<number, Map<number, CellValue>>([
      [2, new Map([[5, value("条款")], [3, value("通过")]])],
      [10, new Map([[4, value("乙")], [3, value("甲")]])],
    ]);
    const inOrder = new Map<number, Map<number, CellValue>>([...backwards].map(([row, cells]) => [row, new Map([...cells].sort((a, b) => a[0] - b[0]))]));
    const made = editSheetCells(sheet(rows), "sheet1.xml", () => ({ writes: backwards }));
    expect(made).toBe(editSheetCells(sheet(rows), "sheet1.xml", () => ({ writes: inOrder })));
    expect(made).toContain(`${inline("A2", "甲")}<c r="D2" s="5" t="inlineStr"><is><t>通过</t></is></c><c r="E2" s="9"/><c r="F2" s="5"`);
    expect(made).toContain('<row r="10" spans="4:5"><c r="D10" s="5" t="inlineStr"><is><t>甲</t></is></c><c r="E10" s="5"');
  });

  it("takes a row's columns as given when they ascend, sorted when they do not", () => {
    const cells = (cols: number[]) => new Map(cols.map((c) => [c, value("x")]));
    expect(columnsOf(cells([3, 4, 7]))).toEqual([3, 4, 7]);
    expect(columnsOf(cells([7, 3, 4]))).toEqual([3, 4, 7]);
    expect(columnsOf(cells([3, 7, 4]))).toEqual([3, 4, 7]);
    expect(columnsOf(cells([]))).toEqual([]);
  });

  it("rebuilds a row that is not plain cell by cell, every cell given its address", () => {
    expect(whole).toContain(`<row r="6">${inline("A6", "丙")}<c r="B6"><v>7</v></c><c r="D6" s="5"`);
    expect(whole).toContain(`<row r="7">${inline("A7", "丁")}<c r="E7" s="5"`);
    expect(whole).toContain(`<c r="F8" s="5" t="inlineStr"><is><t>通过</t></is></c><extLst><ext uri="x"/></extLst></row>`);
  });
});

test("a sheet given as its UTF-8 bytes (one a character) gives the same bytes, untouched spans copied as they are", () => {
  const text = sheet(rows);
  const whole = editSheetCells(text, "sheet1.xml", edit);
  const bytes = Buffer.from(text, "utf8").toString("latin1");
  let seen: SheetCells = new Map();
  const prepared = prepareSheetCells(bytes, "sheet1.xml", (cells) => {
    seen = new Map(cells);
    return edit();
  }, [3, 5], (row, col) => row === 1 && col === 2, true);
  const out: Buffer[] = [Buffer.from(prepared.head, "utf8")];
  prepared.writeRows({ write: (t) => void out.push(Buffer.from(t, "utf8")), writeLatin1: (b) => void out.push(Buffer.from(b, "latin1")) });
  out.push(Buffer.from(prepared.tail, "utf8"));
  expect(Buffer.concat(out).toString("utf8")).toBe(whole);
  // The cells given to the edit are text, not bytes.
  expect(seen.get(3)!.map((c) => c.xml)).toEqual([inline("E3", "旧结果")]);
});

describe("rows no write can reach pass through as they are", () => {
  it("a row written that was not declared writable is refused, never written twice", () => {
    expect(() =>
      prepareSheetCells(sheet('<row r="1"/><row r="2"/>'), "sheet1.xml", () => ({ writes: new Map([[2, new Map([[0, value("通过")]])]]) }),
        [0, 5], undefined, false, (row) => row === 1),
    ).toThrow(/row 2 written but not declared writable/);
  });
});

describe("one cell of ours as XML", () => {
  it.each<[string, CellValue, string, string]>([
    ["a whole number", { kind: "number", value: 1000 }, "", '<c r="C7"><v>1000</v></c>'],
    ["an amount with fen, styled", { kind: "number", value: 12345.67, style: "5" }, "", '<c r="C7" s="5"><v>12345.67</v></c>'],
    ["a negative amount", { kind: "number", value: -0.5 }, "", '<c r="C7"><v>-0.5</v></c>'],
    ["a number past 2^53, as String gives it", { kind: "number", value: 1e21 }, "", '<c r="C7"><v>1e+21</v></c>'],
    ["a shared string", { kind: "text", text: "通过", shared: 42, style: "7" }, "", '<c r="C7" s="7" t="s"><v>42</v></c>'],
    ["an inline string", { kind: "text", text: "核减 1,000.00 元" }, "", '<c r="C7" t="inlineStr"><is><t>核减 1,000.00 元</t></is></c>'],
    ["text to escape, with a leading space kept", { kind: "text", text: " a<b & c" }, "", '<c r="C7" t="inlineStr"><is><t xml:space="preserve"> a&lt;b &amp; c</t></is></c>'],
    ["a style that is not a number, escaped", { kind: "number", value: 1, style: 'x"y' }, "", '<c r="C7" s="x&quot;y"><v>1</v></c>'],
    ["a prefixed namespace", { kind: "text", text: "甲", shared: 3 }, "x:", '<x:c r="C7" t="s"><x:v>3</x:v></x:c>'],
    ["a prefixed inline string", { kind: "text", text: "乙" }, "x:", '<x:c r="C7" t="inlineStr"><x:is><x:t>乙</x:t></x:is></x:c>'],
  ])("%s", (_, value, prefix, xml) => {
    expect(cellXmlAt("C", 7, value, prefix)).toBe(xml);
  });

  it("refuses a number that is not finite, naming the cell", () => {
    expect(() => cellXmlAt("C", 7, { kind: "number", value: Number.NaN }, "")).toThrow("cell C7: not a finite number");
  });
});
