import { compactRanges, isOurMarkFormula, removeOurMarks } from "../../src/writer/conditionalFormats";
import { relativeTarget, resolveTarget } from "../../src/writer/opc";
import { ensureAnnotationStyles } from "../../src/writer/stylesPart";
import { childElements, rootElement, tagWithAttribute } from "../../src/writer/xmlScan";

describe("the part scanner", () => {
  it("is not fooled by an end tag inside a comment", () => {
    const xml = "<root><a><!-- </a> --><b/></a><c/></root>";
    const kids = childElements(xml, rootElement(xml, "p"), "p");
    expect(kids.map((k) => k.local)).toEqual(["a", "c"]);
    expect(xml.slice(kids[0].start, kids[0].end)).toBe("<a><!-- </a> --><b/></a>");
  });

  it("reads past a > inside a quoted attribute value and through nested elements of the same name", () => {
    const xml = '<x:root xmlns:x="u"><x:a v="1>2"><x:a/></x:a><x:b/></x:root>';
    const root = rootElement(xml, "p");
    expect(root.prefix).toBe("x");
    expect(childElements(xml, root, "p").map((k) => xml.slice(k.start, k.end))).toEqual(['<x:a v="1>2"><x:a/></x:a>', "<x:b/>"]);
  });

  it("sets an attribute in place or adds it, in open and empty tags", () => {
    expect(tagWithAttribute('<row r="2" spans="1:4">', "spans", "1:9")).toBe('<row r="2" spans="1:9">');
    expect(tagWithAttribute('<c r="A1"/>', "s", "3")).toBe('<c r="A1" s="3"/>');
    expect(tagWithAttribute("<row>", "r", "5")).toBe('<row r="5">');
  });
});

describe("package paths", () => {
  it("resolves relationship targets against their source part", () => {
    expect(resolveTarget("xl/workbook.xml", "worksheets/sheet1.xml")).toBe("xl/worksheets/sheet1.xml");
    expect(resolveTarget("xl/worksheets/sheet1.xml", "../comments1.xml")).toBe("xl/comments1.xml");
    expect(resolveTarget("xl/workbook.xml", "/xl/styles.xml")).toBe("xl/styles.xml");
    expect(resolveTarget("", "xl/workbook.xml")).toBe("xl/workbook.xml");
  });

  it("writes targets relative to the source part's folder", () => {
    expect(relativeTarget("xl/worksheets/sheet1.xml", "xl/comments1.xml")).toBe("../comments1.xml");
    expect(relativeTarget("xl/worksheets/sheet1.xml", "xl/drawings/vmlDrawing1.vml")).toBe("../drawings/vmlDrawing1.vml");
    expect(relativeTarget("xl/workbook.xml", "xl/worksheets/sheet3.xml")).toBe("worksheets/sheet3.xml");
  });
});

describe("marks as conditional formats", () => {
  it("recognises the product's rules from either host, and only those", () => {
    expect(isOurMarkFormula('"lygip:error"="lygip:error"')).toBe(true);
    expect(isOurMarkFormula('="lygip:warning"="lygip:warning"')).toBe(true);
    expect(isOurMarkFormula('"lygip"="lygip"')).toBe(true);
    expect(isOurMarkFormula('"x"="x"')).toBe(false);
    expect(isOurMarkFormula("A1>0")).toBe(false);
  });

  it("merges consecutive rows of a column into one range", () => {
    const marks = [4, 2, 3, 7].map((row) => ({ row, col: 4, severity: "error" as const, note: "" }));
    expect(compactRanges([...marks, { row: 3, col: 2, severity: "error", note: "" }])).toEqual(["C3", "E2:E4", "E7"]);
  });

  it("takes its own rule out of a mixed element and leaves the applicant's rule", () => {
    const xml =
      "<worksheet><sheetData/>" +
      '<conditionalFormatting sqref="A1"><cfRule type="expression" dxfId="0" priority="1"><formula>A1&gt;0</formula></cfRule>' +
      '<cfRule type="expression" dxfId="5" priority="2"><formula>"lygip:error"="lygip:error"</formula></cfRule></conditionalFormatting>' +
      '<conditionalFormatting sqref="B2"><cfRule type="expression" dxfId="5" priority="3"><formula>"lygip:error"="lygip:error"</formula></cfRule></conditionalFormatting>' +
      "</worksheet>";
    expect(removeOurMarks(xml, "p")).toBe(
      "<worksheet><sheetData/>" +
        '<conditionalFormatting sqref="A1"><cfRule type="expression" dxfId="0" priority="1"><formula>A1&gt;0</formula></cfRule></conditionalFormatting>' +
        "</worksheet>",
    );
  });

  it("10,000 of its own formats among the applicant's: all of ours go in one pass, every one of theirs stays in order", () => {
    const ours = (i: number) => `<conditionalFormatting sqref="A${i + 1}"><cfRule type="expression" dxfId="5" priority="${i + 1}"><formula>"lygip:warning"="lygip:warning"</formula></cfRule></conditionalFormatting>`;
    const theirs = (i: number) => `<conditionalFormatting sqref="B${i + 1}"><cfRule type="expression" dxfId="0" priority="${i + 1}"><formula>B${i + 1}&gt;0</formula></cfRule></conditionalFormatting>`;
    const all = Array.from({ length: 10_000 }, (_, i) => (i % 1000 === 0 ? theirs(i) : "") + ours(i)).join("");
    const kept = Array.from({ length: 10 }, (_, i) => theirs(i * 1000)).join("");
    // Within jest's default five seconds (the quadratic version took half a minute): the result is the test.
    expect(removeOurMarks(`<worksheet><sheetData/>${all}</worksheet>`, "p")).toBe(`<worksheet><sheetData/>${kept}</worksheet>`);
  });
});

describe("styles", () => {
  const styles =
    '<styleSheet xmlns="m"><fonts count="1"><font><sz val="11"/><name val="等线"/></font></fonts>' +
    '<fills count="2"><fill/><fill/></fills><borders count="1"><border/></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
    "<cellStyles/></styleSheet>";

  it("appends after the existing entries, never renumbering them, and creates <dxfs> in its place", () => {
    const { xml, styles: ids } = ensureAnnotationStyles(styles);
    expect(ids).toMatchObject({
      errorDxf: 0, warningDxf: 1, money: 2, bold: 3, boldMoney: 4, link: 5, wrap: 6, fontSize: 11,
      verdict: { approved: 7, reduced: 8, rejected: 9, review: 10 },
    });
    // The form's header and its total's label look the same: one entry serves both.
    expect(ids.form).toEqual({ title: 11, header: 12, text: 13, center: 14, money: 15, totalText: 12, totalMoney: 16 });
    expect(xml).toContain('<cellXfs count="17"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14"');
    // The verdict fills follow the part's two, each a solid fill the verdict's cell format applies.
    expect(xml).toContain('<fills count="6"><fill/><fill/><fill><patternFill patternType="solid"><fgColor rgb="FFC6EFCE"/>');
    expect(xml).toContain('<xf numFmtId="0" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1"/>');
    expect(xml).toContain('<fonts count="4"><font><sz val="11"/><name val="等线"/></font><font><b/><sz val="11"/><name val="等线"/></font>');
    // One thin rule on every side, appended after the workbook's own border.
    expect(xml).toMatch(/<borders count="2"><border\/><border><left style="thin">.*<bottom style="thin">/);
    expect(xml.indexOf("<dxfs")).toBeGreaterThan(xml.indexOf("<cellStyles/>"));
  });

  it("reads the default font's size, which printed pages are scaled against", () => {
    expect(ensureAnnotationStyles(styles.replace('<sz val="11"/>', '<sz val="10.5"/>')).styles.fontSize).toBe(10.5);
  });

  it("reuses the first of a workbook's entries identical to one of ours, however many come after it", () => {
    const money = '<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>';
    const many = Array.from({ length: 500 }, (_, i) => `<xf numFmtId="${i + 200}" fontId="0" fillId="0" borderId="0" xfId="0"/>`).join("");
    const given = styles.replace('<cellXfs count="2">', '<cellXfs count="2">' + money + many + money);
    const { xml, styles: ids } = ensureAnnotationStyles(given);
    expect(ids.money).toBe(0);
    // Ours that are new (all but the money format) follow the workbook's 504 entries, in order.
    expect(ids.bold).toBe(504);
    expect(ids.form.totalMoney).toBe(517);
    expect(ids.form.totalText).toBe(ids.form.header);
    const theirs = given.slice(given.indexOf("<cellXfs"), given.indexOf("</cellXfs>")).replace('count="2"', 'count="518"');
    expect(xml).toContain(theirs);
  });

  it("adds nothing on a second run", () => {
    const once = ensureAnnotationStyles(styles);
    const twice = ensureAnnotationStyles(once.xml);
    expect(twice.xml).toBe(once.xml);
    expect(twice.styles).toEqual(once.styles);
  });
});
