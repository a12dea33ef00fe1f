/** The sheet edits that make the copy readable at a glance and print on A4 landscape, one page wide. */
import { freezePanes, freezeRows, setAutoFilter, setColumnWidths, setPrintLayout } from "../../src/writer/sheetLayout";
import { WORKSHEET_ORDER } from "../../src/writer/worksheetOrder";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const sheet = (inner: string) => `<worksheet ${NS}>${inner}</worksheet>`;
const children = (xml: string) =>
  [...xml.replace(/^<worksheet[^>]*>/, "").matchAll(/<([a-zA-Z]+)[\s>/]/g)].map((m) => m[1]).filter((n) => (WORKSHEET_ORDER as readonly string[]).includes(n));

describe("column widths", () => {
  test("a <col> range over the whole sheet is split around our columns, keeping its style on each piece", () => {
    const xml = setColumnWidths(sheet('<cols><col min="1" max="16384" width="9" style="3"/></cols><sheetData/>'), "s", [
      { col: 4, width: 18 },
      { col: 5, width: 40 },
    ]);
    expect(xml).toContain(
      '<cols><col min="1" max="4" width="9" style="3"/><col min="5" max="5" width="18" style="3" customWidth="1"/>' +
        '<col min="6" max="6" width="40" style="3" customWidth="1"/><col min="7" max="16384" width="9" style="3"/></cols>',
    );
  });

  test("a sheet without <cols> gets one before <sheetData>, and setting the same widths again changes nothing", () => {
    const once = setColumnWidths(sheet('<dimension ref="A1"/><sheetData/>'), "s", [{ col: 0, width: 12 }]);
    expect(once).toContain('<cols><col min="1" max="1" width="12" customWidth="1"/></cols><sheetData/>');
    expect(setColumnWidths(once, "s", [{ col: 0, width: 12 }])).toBe(once);
  });
});

describe("header row frozen", () => {
  test("a sheet without a pane gets one below the header, its selection moved to that pane", () => {
    const xml = freezeRows(sheet('<sheetViews><sheetView workbookViewId="0"><selection activeCell="B3" sqref="B3"/></sheetView></sheetViews><sheetData/>'), "s", 2);
    expect(xml).toContain('<pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/><selection activeCell="B3" sqref="B3" pane="bottomLeft"/>');
  });

  test("the applicant's own split or freeze is kept", () => {
    const own = sheet('<sheetViews><sheetView workbookViewId="0"><pane xSplit="2" topLeftCell="C1" activePane="topRight" state="frozen"/></sheetView></sheetViews><sheetData/>');
    expect(freezeRows(own, "s", 1)).toBe(own);
  });

  test("a sheet without <sheetViews> gets one in its place", () => {
    const xml = freezeRows(sheet('<dimension ref="A1"/><sheetFormatPr defaultRowHeight="15"/><sheetData/>'), "s", 1);
    expect(children(xml)).toEqual(["dimension", "sheetViews", "sheetFormatPr", "sheetData"]);
    expect(freezeRows(xml, "s", 1)).toBe(xml);
  });
});

describe("AutoFilter", () => {
  test("is put between <sheetData> and the conditional formats, as the schema orders them; an existing one takes the new range", () => {
    const xml = setAutoFilter(sheet('<sheetData/><conditionalFormatting sqref="A1"/><pageMargins left="1" right="1" top="1" bottom="1" header="0" footer="0"/>'), "s", "A1:X54");
    expect(children(xml)).toEqual(["sheetData", "autoFilter", "conditionalFormatting", "pageMargins"]);
    const kept = setAutoFilter(sheet('<sheetData/><autoFilter ref="A1:C9"><filterColumn colId="1"/></autoFilter>'), "s", "A1:H9");
    expect(kept).toContain('<autoFilter ref="A1:H9"><filterColumn colId="1"/></autoFilter>');
  });
});

describe("print layout", () => {
  test("A4 landscape with 11-point text at 9 pt (82 %), a band of rows across before the next: nothing fitted to one page width", () => {
    const xml = setPrintLayout(sheet("<sheetData/>"), "s");
    expect(xml).not.toContain("fitToPage");
    expect(xml).toContain('<pageSetup paperSize="9" orientation="landscape" pageOrder="overThenDown" scale="82"/>');
    expect(children(xml)).toEqual(["sheetData", "pageMargins", "pageSetup"]);
    expect(setPrintLayout(xml, "s")).toBe(xml);
  });

  test("an applicant's portrait letter setup becomes A4 landscape; its other settings and sheetPr children stay", () => {
    const xml = setPrintLayout(
      sheet('<sheetPr codeName="S1"><tabColor rgb="FFFF0000"/><outlinePr summaryBelow="0"/></sheetPr><sheetData/><pageMargins left="1" right="1" top="1" bottom="1" header="0" footer="0"/><pageSetup paperSize="1" orientation="portrait" copies="2"/>'),
      "s",
    );
    expect(xml).toContain('<sheetPr codeName="S1"><tabColor rgb="FFFF0000"/><outlinePr summaryBelow="0"/></sheetPr>');
    expect(xml).toContain('<pageSetup paperSize="9" orientation="landscape" copies="2" pageOrder="overThenDown"/>');
  });

  test("a copy fitted to one page wide by an earlier version has its fitting switched off", () => {
    const xml = setPrintLayout(sheet('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><sheetData/><pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>'), "s");
    expect(xml).toContain('<pageSetUpPr fitToPage="0"/>');
  });

  test("a scale that prints 11-point text below 8 pt (72 %) becomes 82 % (9 pt); one at 73 % or more is the applicant's to keep", () => {
    const at = (scale: number, font?: number) =>
      setPrintLayout(sheet(`<sheetData/><pageSetup paperSize="9" orientation="landscape" scale="${scale}"/>`), "s", font);
    expect(at(40)).toContain('scale="82"');
    expect(at(72)).toContain('scale="82"');
    expect(at(73)).toContain('scale="73"');
    // A 16-point default font still prints at 8 pt at half size.
    expect(at(50, 16)).toContain('scale="50"');
  });
});

describe("frozen panes", () => {
  test("the header rows and the columns up to 单位名称 freeze together, the selection in the pane below and right", () => {
    const xml = freezePanes(sheet("<sheetData/>"), "s", 2, 3);
    expect(xml).toContain('<sheetView workbookViewId="0"><pane xSplit="3" ySplit="2" topLeftCell="D3" activePane="bottomRight" state="frozen"/><selection pane="bottomRight"/></sheetView>');
  });

  test("without columns to keep, the rows alone freeze; an applicant's own pane is kept", () => {
    expect(freezePanes(sheet("<sheetData/>"), "s", 1, 0)).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    const own = sheet('<sheetViews><sheetView workbookViewId="0"><pane xSplit="1" topLeftCell="B1" activePane="topRight" state="frozen"/></sheetView></sheetViews><sheetData/>');
    expect(freezePanes(own, "s", 2, 3)).toBe(own);
  });
});
