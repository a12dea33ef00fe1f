/**
 * What Excel ignores is never read (third hardening, points 1 and 4): a value inside a cell's extension list,
 * in an element of another namespace (mc:AlternateContent, an ignorable namespace) or in a phonetic run is
 * not the cell's value; and a part that is not well-formed XML, which Excel and LibreOffice refuse, is
 * refused as unreadable rather than read and copied.
 */
import { LIMITS } from "../../src/workbook/limits";
import type { RawCell } from "../../src/workbook/types";
import { openWorkbook, parseSharedStrings, parseSheet, type SheetContext } from "../../src/workbook/xlsx";
import { NS_MAIN, NS_REL, oneSheet } from "./minimalXlsx";
import { readErrorOf } from "../support/readErrorOf";

const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
const X14AC = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac";
const ctx: SheetContext = {
  name: "申报表", part: "xl/worksheets/sheet1.xml", sharedStrings: ["甲"], dateStyles: [], date1904: false, limits: LIMITS,
};

function sheet(rows: string): string {
  return `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}" xmlns:mc="${MC}" xmlns:x14ac="${X14AC}" mc:Ignorable="x14ac"><sheetData>${rows}</sheetData></worksheet>`;
}

/** Cell A1 of a one-row sheet. */
function a1(cellXml: string): RawCell | undefined {
  return parseSheet(sheet(`<row r="1">${cellXml}</row>`), ctx).rows.get(1)?.[0];
}

const refusal = readErrorOf;

describe("point 1: only a cell's own <v> and <is> are its value", () => {
  it("a <v> inside the cell's extLst is not joined to the real value (1, not 137)", () => {
    expect(a1(`<c r="A1"><v>1</v><extLst><ext uri="{X}"><v>37</v></ext></extLst></c>`)).toEqual({ t: "n", v: "1" });
  });

  it("a <v> inside the cell's extLst alone gives no value", () => {
    expect(a1(`<c r="A1"><extLst><ext uri="{X}"><v>37</v></ext></extLst></c>`)).toBeUndefined();
  });

  it("a value in an ignorable namespace is not read", () => {
    expect(a1(`<c r="A1"><v>1</v><x14ac:v>37</x14ac:v></c>`)).toEqual({ t: "n", v: "1" });
    expect(a1(`<c r="A1"><x14ac:v>37</x14ac:v></c>`)).toBeUndefined();
  });

  it("no branch of an mc:AlternateContent inside a cell is read", () => {
    const alt = `<mc:AlternateContent><mc:Choice Requires="x14ac"><v>37</v></mc:Choice><mc:Fallback><v>38</v></mc:Fallback></mc:AlternateContent>`;
    expect(a1(`<c r="A1"><v>1</v>${alt}</c>`)).toEqual({ t: "n", v: "1" });
  });

  it("a <v> redeclaring the default namespace to another one is not the cell's value", () => {
    expect(a1(`<c r="A1"><v>1</v><v xmlns="${X14AC}">37</v></c>`)).toEqual({ t: "n", v: "1" });
  });

  it("inline text is <is>'s own <t> and <r><t>, never a <t> elsewhere in the cell", () => {
    expect(a1(`<c r="A1" t="inlineStr"><is><t>甲</t></is><extLst><ext uri="{X}"><t>乙</t></ext></extLst></c>`)).toEqual({ t: "s", v: "甲" });
    expect(a1(`<c r="A1" t="inlineStr"><is><t>甲</t><extLst><t>乙</t></extLst><r><t>丙</t><x14ac:t>丁</x14ac:t></r></is></c>`))
      .toEqual({ t: "s", v: "甲丙" });
    expect(a1(`<c r="A1" t="inlineStr"><is><r><t>连</t></r><rPh sb="0" eb="1"><t>lian</t></rPh></is></c>`)).toEqual({ t: "s", v: "连" });
  });

  it("a shared string is its <si>'s own <t> and <r><t> only", () => {
    const sst = `<sst xmlns="${NS_MAIN}" xmlns:x14ac="${X14AC}"><si><t>甲</t><extLst><t>乙</t></extLst></si><si><r><t>丙</t></r><x14ac:t>丁</x14ac:t></si></sst>`;
    expect(parseSharedStrings(sst, "xl/sharedStrings.xml")).toEqual(["甲", "丙"]);
  });

  it("rows and cells count only where Excel keeps them: a row inside a row, or a cell outside one, is not read", () => {
    const grid = parseSheet(sheet(`<row r="1"><c r="A1"><v>1</v></c><extLst><row r="2"><c r="A2"><v>9</v></c></row></extLst></row>`), ctx);
    expect([...grid.rows.keys()]).toEqual([1]);
  });

  it("a whole file: the extLst value does not reach the grid", () => {
    const wb = openWorkbook(oneSheet(`<row r="1"><c r="A1"><v>1</v><extLst><ext uri="{X}"><v>37</v></ext></extLst></c></row>`));
    expect(wb.readSheet("Sheet1").rows.get(1)?.[0]).toEqual({ t: "n", v: "1" });
  });
});

describe("point 4: XML that is not well-formed is refused as unreadable", () => {
  const cases: [string, string][] = [
    ["a repeated attribute", `<row r="1"><c r="A1" r="B1"><v>1</v></c></row>`],
    ["< inside an attribute value", `<row r="1"><c r="A1" s="<1"><v>1</v></c></row>`],
    ["a bare &", `<row r="1"><c r="A1" t="inlineStr"><is><t>A & B</t></is></c></row>`],
    ["a bare & in an attribute", `<row r="1" spans="1&2"><c r="A1"><v>1</v></c></row>`],
    ["a raw control character in text", `<row r="1"><c r="A1" t="inlineStr"><is><t>A\u0001B</t></is></c></row>`],
    ["a raw control character in an attribute", `<row r="1"><c r="A1" s="\u00021"><v>1</v></c></row>`],
    ["mismatched tags", `<row r="1"><c r="A1"><v>1</c></v></row>`],
    ["an unknown entity", `<row r="1"><c r="A1" t="inlineStr"><is><t>&bogus;</t></is></c></row>`],
  ];
  for (const [what, rows] of cases) {
    it(`${what}: ReadError bad-xml naming the part`, () => {
      const r = refusal(() => openWorkbook(oneSheet(rows)).readSheet("Sheet1"));
      expect(r?.[0]).toBe("bad-xml");
      expect(r?.[1]).toContain("xl/worksheets/sheet1.xml");
    });
  }

  it("a shared-strings part with a bare & is refused too", () => {
    const sst = `<sst xmlns="${NS_MAIN}"><si><t>A & B</t></si></sst>`;
    expect(refusal(() => parseSharedStrings(sst, "xl/sharedStrings.xml"))?.[0]).toBe("bad-xml");
  });

  it("well-formed text with entities, character references, tabs and newlines still reads", () => {
    expect(a1(`<c r="A1" t="inlineStr"><is><t xml:space="preserve">A &amp; B&#x9;&#20013;\n</t></is></c>`))
      .toEqual({ t: "s", v: "A & B\t中\n" });
  });
});
