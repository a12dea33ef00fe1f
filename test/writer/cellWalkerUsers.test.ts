/**
 * The reader, the splicer of the copy and the ownership digests find the same cells in a sheet: a cell one
 * of them skips (in an extension list, in another namespace) must be skipped by all, or a digest or an edit
 * would see a cell the check never read, or miss one it did.
 */
import { LIMITS } from "../../src/workbook/limits";
import { parseSheet } from "../../src/workbook/xlsx";
import { columnLetters } from "../../src/workbook/xlsx/cellRef";
import { XmlScanner } from "../../src/workbook/xml/scanner";
import { scanCellValues } from "../../src/writer/ownership";
import { prepareSheetCells } from "../../src/writer/sheetCells";
import { NS_MAIN, worksheetXml } from "../hostile/minimalXlsx";

const PART = "xl/worksheets/sheet1.xml";
const at = (row: number, col: number) => `${columnLetters(col)}${row}`;

function readerCells(xml: string): string[] {
  const grid = parseSheet(xml, { name: "申报表", part: PART, sharedStrings: ["甲"], dateStyles: [], date1904: false, limits: LIMITS });
  const out: string[] = [];
  for (const [row, cells] of [...grid.rows].sort((a, b) => a[0] - b[0])) cells.forEach((c, col) => c && out.push(at(row, col)));
  return out;
}

function digestCells(xml: string): string[] {
  const out: string[] = [];
  scanCellValues(new XmlScanner(xml, PART), (i) => (i === 0 ? "甲" : undefined), (c) => out.push(at(c.row, c.col)));
  return out;
}

function splicerCells(xml: string): string[] {
  const out: string[] = [];
  prepareSheetCells(xml, PART, (cells) => {
    for (const [row, list] of [...cells].sort((a, b) => a[0] - b[0])) for (const c of list) if (c.hasContent) out.push(at(row, c.col));
    return { writes: new Map() };
  });
  return out;
}

const SHEETS: [string, string, string[]][] = [
  ["a prefixed (x:) sheet", `<x:worksheet xmlns:x="${NS_MAIN}"><x:sheetData><x:row r="2"><x:c r="B2"><x:v>5</x:v></x:c>` +
    `<x:c r="C2" t="inlineStr"><x:is><x:t>乙</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`, ["B2", "C2"]],
  ["rows and cells without r", worksheetXml(`<row><c><v>1</v></c><c t="s"><v>0</v></c></row><row r="4"><c r="C4"><v>2</v></c><c><f>C4</f><v>2</v></c></row><row><c><v>3</v></c></row>`),
    ["A1", "B1", "C4", "D4", "A5"]],
  ["self-closing cells between others", worksheetXml(`<row r="1"><c r="A1" s="1"/><c><v>1</v></c><c r="D1"/><c t="s"><v>0</v></c></row>`), ["B1", "E1"]],
  ["cells in a row's extension list", worksheetXml(`<row r="1"><c r="A1"><v>1</v></c><extLst><ext uri="{X}"><c r="B1"><v>9</v></c></ext></extLst></row>`), ["A1"]],
  ["rows in sheetData's alternate content", worksheetXml(
    `<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="x"><row r="1"><c r="A1"><v>1</v></c></row></mc:Choice></mc:AlternateContent><row r="2"><c r="A2"><v>2</v></c></row>`),
  ["A2"]],
  ["a value only in another namespace", worksheetXml(`<row r="1"><c r="A1"><v xmlns="urn:other">5</v></c><c r="B1"><y:f xmlns:y="urn:other">1</y:f></c><c r="C1"><f>1</f><v>1</v></c></row>`),
    ["C1"]],
  ["formulas and rich inline text", worksheetXml(`<row r="3"><c r="A3"><f>1+1</f><v>2</v></c><c r="B3" t="inlineStr"><is><r><t>连</t></r><rPh><t>x</t></rPh></is></c></row>`),
    ["A3", "B3"]],
];

describe.each(SHEETS)("%s", (_name, xml, expected) => {
  it("the reader reads the cells the sheet's grammar names", () => {
    expect(readerCells(xml)).toEqual(expected);
  });
  it("the digests see the same cells", () => {
    expect(digestCells(xml)).toEqual(expected);
  });
  it("the splicer finds the same cells holding something", () => {
    expect(splicerCells(xml)).toEqual(expected);
  });
});
