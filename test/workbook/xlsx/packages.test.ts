/** Packages laid out differently from Excel's defaults, as other producers write them (OPC part names are free). */
import { openWorkbook } from "../../../src/workbook/xlsx";
import { writeZip } from "../../../src/workbook/zip";

const STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships";
const STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

function rels(items: [string, string, string, string?][]): string {
  return `<Relationships xmlns="${PKG_REL}">${items
    .map(([id, type, target, mode]) => `<Relationship Id="${id}" Type="${STRICT_REL}/${type}" Target="${target}"${mode ? ` TargetMode="${mode}"` : ""}/>`)
    .join("")}</Relationships>`;
}

function oddPackage(): Uint8Array {
  return writeZip([
    { name: "_rels/.rels", data: rels([["r1", "officeDocument", "/book/wb.xml"]]) },
    {
      name: "book/wb.xml",
      data:
        `<s:workbook xmlns:s="${STRICT_MAIN}" xmlns:rel="${STRICT_REL}"><s:bookViews><s:workbookView activeTab="1"/></s:bookViews>` +
        `<s:sheets><s:sheet name="一" sheetId="1" rel:id="a"/><s:sheet name="二" sheetId="2" rel:id="b"/><s:sheet name="无" sheetId="3" rel:id="zz"/></s:sheets></s:workbook>`,
    },
    {
      name: "book/_rels/wb.xml.rels",
      data: rels([
        ["a", "worksheet", "/book/sheets/s1.xml"],
        ["b", "worksheet", "sheets/../sheets/s2.xml"],
        ["s", "sharedStrings", "strings.xml"],
        ["x", "hyperlink", "https://example.invalid/", "External"],
      ]),
    },
    { name: "book/strings.xml", data: `<sst xmlns="${STRICT_MAIN}"><si><t>共享</t></si></sst>` },
    {
      name: "book/sheets/s1.xml",
      data: `<worksheet xmlns="${STRICT_MAIN}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>`,
    },
    {
      name: "book/sheets/s2.xml",
      data: `<worksheet xmlns="${STRICT_MAIN}"><sheetData><row r="2"><c r="B2"><v>2</v></c></row></sheetData></worksheet>`,
    },
    { name: "book/sheets/_rels/s2.xml.rels", data: rels([["t1", "table", "../tables/t.xml"], ["t2", "table", "../tables/missing.xml"]]) },
    { name: "book/tables/t.xml", data: `<table xmlns="${STRICT_MAIN}" id="1" name="T1" ref="B2:B3" headerRowCount="0"/>` },
  ]);
}

describe("a package with its own part names, absolute and relative targets, strict namespaces", () => {
  const wb = openWorkbook(oddPackage());

  it("finds the workbook through the package relationship", () => {
    expect(wb.workbookPath).toBe("book/wb.xml");
    expect(wb.sheets.map((s) => [s.name, s.path])).toEqual([
      ["一", "book/sheets/s1.xml"], ["二", "book/sheets/s2.xml"], ["无", ""],
    ]);
    expect(wb.activeSheet).toBe(1);
  });

  it("reads shared strings found by relationship, not by a fixed name", () => {
    expect(wb.readSheet("一").rows.get(1)).toEqual([{ t: "s", v: "共享" }]);
  });

  it("lists tables with no display name by their name, headerless tables with 0 header rows, and skips missing parts", () => {
    expect(wb.tables("二")).toEqual([{ name: "T1", ref: "B2:B3", headerRowCount: 0, totalsRows: 0 }]);
  });

  it("a sheet whose relationship is missing is listed but reading it says no-worksheet", () => {
    expect(() => wb.readSheet("无")).toThrow(expect.objectContaining({ reason: "no-worksheet" }));
  });

  it("exposes any part's relationships, external ones marked", () => {
    const r = wb.relsOf(wb.workbookPath);
    expect(r.get("x")).toMatchObject({ external: true, target: "https://example.invalid/" });
    expect(r.get("b")?.target).toBe("book/sheets/s2.xml");
  });
});
