/**
 * The walk over a worksheet's cells, edge by edge, from SpreadsheetML (ECMA-376 Part 1): §18.3.1.99
 * sheetData holds rows, §18.3.1.73 row (r optional: one after the row before), §18.3.1.4 c (r optional: the
 * column after the cell before), §18.3.1.96 v, §18.3.1.40 f, §18.3.1.53 is (t and rich runs r → t; rPh is
 * a phonetic guide, not the text). Elements of another namespace and extension lists are not the sheet's.
 */
import {
  CELL_CLOSE, CELL_OPEN, CellWalker, DATA_CLOSE, DATA_OPEN, DONE, ELEMENT, ROW_CLOSE, ROW_OPEN, STRAY_CLOSE, STRAY_OPEN,
} from "../../../src/workbook/xlsx/cellWalker";
import { columnLetters } from "../../../src/workbook/xlsx/cellRef";
import { XmlScanner } from "../../../src/workbook/xml/scanner";
import { NS_MAIN, worksheetXml } from "../../hostile/minimalXlsx";

/** Every event of a walk, as a line: "row 3", "A3 v=1", "stray", … */
function walk(xml: string, formulas = false, w = CellWalker.sheet(new XmlScanner(xml, "sheet.xml"), formulas)): string[] {
  const out: string[] = [];
  for (let ev = w.next(); ev !== DONE; ev = w.next()) {
    if (ev === DATA_OPEN) out.push("sheetData");
    else if (ev === DATA_CLOSE) out.push("/sheetData");
    else if (ev === ROW_OPEN) out.push(`row ${w.row}`);
    else if (ev === ROW_CLOSE) out.push("/row");
    else if (ev === CELL_OPEN) continue;
    else if (ev === CELL_CLOSE) out.push(cellLine(w));
    else if (ev === STRAY_OPEN) out.push(`stray ${w.s.name}`);
    else if (ev === STRAY_CLOSE) out.push("/stray");
    else if (ev === ELEMENT) out.push(`element ${w.s.name}`);
  }
  return out;
}

function cellLine(w: CellWalker): string {
  let line = `${columnLetters(w.cellCol)}${w.cellRow}`;
  if (w.cellSelfClosing) line += " empty";
  if (w.hasValue) line += ` v=${w.value}`;
  if (w.hasFormula) line += ` f=${w.formula}`;
  if (w.hasInline) line += ` is=${w.inline}`;
  return line;
}

const cellsOf = (xml: string, formulas = false) => walk(xml, formulas).filter((l) => /^[A-Z]+\d/.test(l));

describe("the walk follows worksheet → sheetData → row → c", () => {
  it("reports the sheet's sheetData, its rows and their cells in document order", () => {
    expect(walk(worksheetXml(`<row r="1"><c r="A1"><v>1</v></c><c r="B1" t="s"><v>0</v></c></row><row r="2"/>`)))
      .toEqual(["sheetData", "row 1", "A1 v=1", "B1 v=0", "/row", "row 2", "/row", "/sheetData"]);
  });

  it("reads a sheet whose main namespace has a prefix (x:) exactly as one without", () => {
    const xml = `<x:worksheet xmlns:x="${NS_MAIN}"><x:sheetData><x:row r="2"><x:c r="B2"><x:v>5</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    expect(walk(xml)).toEqual(["sheetData", "row 2", "B2 v=5", "/row", "/sheetData"]);
  });

  it("in a prefixed sheet, an element without the prefix is not of the sheet's namespace: neither row nor cell", () => {
    const xml = `<x:worksheet xmlns:x="${NS_MAIN}"><x:sheetData><x:row r="1"><c r="A1" xmlns="urn:other"><v>9</v></c>` +
      `<x:c r="B1"><x:v>1</x:v><v xmlns="urn:other">7</v></x:c></x:row><row r="2" xmlns="urn:other"/></x:sheetData></x:worksheet>`;
    expect(walk(xml)).toEqual(["sheetData", "row 1", "stray c", "/stray", "B1 v=1", "/row", "stray row", "/stray", "/sheetData"]);
  });

  it("a <row> without r is the row after the one before it (the first is row 1)", () => {
    expect(walk(worksheetXml(`<row><c><v>1</v></c></row><row r="5"/><row><c><v>2</v></c></row>`)).filter((l) => l.startsWith("row") || /^[A-Z]/.test(l)))
      .toEqual(["row 1", "A1 v=1", "row 5", "row 6", "A6 v=2"]);
  });

  it("a <c> without r is in its row, in the column after the cell before it", () => {
    expect(cellsOf(worksheetXml(`<row r="3"><c><v>1</v></c><c r="D3"><v>2</v></c><c><v>3</v></c></row><row r="4"><c><v>4</v></c></row>`)))
      .toEqual(["A3 v=1", "D3 v=2", "E3 v=3", "A4 v=4"]);
  });

  it("a self-closing cell is a cell with nothing in it, and takes its column", () => {
    expect(cellsOf(worksheetXml(`<row r="1"><c r="B1" s="3"/><c><v>x</v></c></row>`))).toEqual(["B1 empty", "C1 v=x"]);
    // An empty-element row ends where it starts.
    expect(walk(worksheetXml(`<row r="7" ht="0"/>`))).toEqual(["sheetData", "row 7", "/row", "/sheetData"]);
  });

  it("cells inside a row's extension list are not cells; the extension list is a stray child of the row", () => {
    const xml = worksheetXml(`<row r="1"><c r="A1"><v>1</v></c><extLst><ext uri="{X}"><c r="B1"><v>9</v></c></ext></extLst></row>`);
    expect(walk(xml)).toEqual(["sheetData", "row 1", "A1 v=1", "stray extLst", "/stray", "/row", "/sheetData"]);
  });

  it("a <sheetData> inside the worksheet's extension list, or rows outside sheetData, are not the sheet's", () => {
    const xml = worksheetXml(`<row r="1"><c r="A1"><v>1</v></c></row>`,
      `<extLst><ext uri="{X}"><sheetData><row r="9"><c r="A9"><v>9</v></c></row></sheetData></ext></extLst><row r="8"><c r="A8"><v>8</v></c></row>`);
    expect(cellsOf(xml)).toEqual(["A1 v=1"]);
    expect(walk(xml)).toContain("element extLst");
    expect(walk(xml)).not.toContain("row 9");
  });

  it("elements in sheetData other than rows (mc:AlternateContent) and their cells are not read", () => {
    const xml = worksheetXml(
      `<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="x"><row r="1"><c r="A1"><v>1</v></c></row></mc:Choice></mc:AlternateContent><row r="2"><c r="A2"><v>2</v></c></row>`);
    expect(walk(xml)).toEqual(["sheetData", "stray mc:AlternateContent", "/stray", "row 2", "A2 v=2", "/row", "/sheetData"]);
  });

  it("inside a cell only its own v, f and is count: an extension list's or another namespace's v is not the value", () => {
    expect(cellsOf(worksheetXml(`<row r="1"><c r="A1"><v>1</v><extLst><ext><v>37</v></ext></extLst><y:v xmlns:y="urn:other">4</y:v></c></row>`)))
      .toEqual(["A1 v=1"]);
    // A child that redeclares the default namespace is another namespace's.
    expect(cellsOf(worksheetXml(`<row r="1"><c r="A1"><v xmlns="urn:other">5</v></c></row>`))).toEqual(["A1"]);
  });
});

describe("what a cell holds", () => {
  it("a formula is seen whatever it says; its text is gathered only when asked for", () => {
    const xml = worksheetXml(`<row r="1"><c r="A1"><f>SUM(B1:B2)</f><v>3</v></c><c r="B1"><f t="shared" si="0"/><v>4</v></c><c r="C1"><f>1+1</f></c></row>`);
    expect(cellsOf(xml)).toEqual(["A1 v=3 f=", "B1 v=4 f=", "C1 f="]);
    expect(cellsOf(xml, true)).toEqual(["A1 v=3 f=SUM(B1:B2)", "B1 v=4 f=", "C1 f=1+1"]);
  });

  it("an inline string is its runs' text joined, without rich-text properties or phonetic guides", () => {
    const xml = worksheetXml(`<row r="1"><c r="A1" t="inlineStr"><is><r><rPr><b/></rPr><t>连</t></r><r><t xml:space="preserve">云港 </t></r>` +
      `<rPh sb="0" eb="1"><t>lian</t></rPh></is></c><c r="B1" t="inlineStr"><is><t>甲&amp;乙</t></is></c></row>`);
    expect(cellsOf(xml)).toEqual(["A1 is=连云港 ", "B1 is=甲&乙"]);
  });

  it("a value split by a comment or written as CDATA is read whole", () => {
    expect(cellsOf(worksheetXml(`<row r="1"><c r="A1"><v>12<!-- x -->34</v></c><c r="B1"><v><![CDATA[5<6]]></v></c></row>`)))
      .toEqual(["A1 v=1234", "B1 v=5<6"]);
  });
});

describe("what is odd is said, not refused (each caller is as strict as it needs)", () => {
  it("a row number that is not a number is NaN, with the r as written", () => {
    const w = CellWalker.sheet(new XmlScanner(worksheetXml(`<row r="1.5"/>`), "sheet.xml"));
    let ev = w.next();
    while (ev !== ROW_OPEN) ev = w.next();
    expect(w.row).toBeNaN();
    expect(w.rowRef).toBe("1.5");
  });

  it("a cell address that is not one is flagged, and the cell placed as one without r", () => {
    const w = CellWalker.sheet(new XmlScanner(worksheetXml(`<row r="2"><c r="B2"/><c r="2B"><v>1</v></c></row>`), "sheet.xml"));
    const seen: string[] = [];
    for (let ev = w.next(); ev !== DONE; ev = w.next()) {
      if (ev === CELL_OPEN) seen.push(`${w.cellRef} ${w.refOk} ${columnLetters(w.cellCol)}${w.cellRow} after ${w.prevCol}`);
    }
    expect(seen).toEqual(["B2 true B2 after -1", "2B false C2 after 1"]);
  });
});

describe("one cell on its own", () => {
  it("a cell's XML is walked as a cell, in the row given, with the prefix it is written with", () => {
    const one = (xml: string, row: number) => walk(xml, true, CellWalker.cell(new XmlScanner(xml, "cell"), row, true));
    expect(one(`<x:c xmlns:x="${NS_MAIN}" r="C7" t="s"><x:v>3</x:v></x:c>`, 7)).toEqual(["C7 v=3"]);
    expect(one(`<c xmlns="${NS_MAIN}"><f>A1</f><v>2</v></c>`, 5)).toEqual(["A5 v=2 f=A1"]);
    expect(one(`<c xmlns="${NS_MAIN}" r="A1"/>`, 1)).toEqual(["A1 empty"]);
  });

  it("over a fragment the walk gives the cell's end, and the caller stops there", () => {
    const row = `<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row>`;
    const w = CellWalker.cell(XmlScanner.fragment(row, "sheet", row.indexOf("<c"), undefined), 1);
    expect(w.next()).toBe(CELL_OPEN);
    let ev = w.next();
    while (ev !== CELL_CLOSE) ev = w.next();
    expect(cellLine(w)).toBe("A1 v=1");
    expect(row.slice(0, w.s.tagEnd)).toBe(`<row r="1"><c r="A1"><v>1</v></c>`);
  });
});
