import { crc32, readZip, writeZip } from "../../../src/workbook/zip";
import { crc32Table } from "../../../src/workbook/zip/crc32";
import {
  columnLetters, decodeOoxmlEscapes, encodeOoxmlString, formatCellRef, isBuiltInDateFormat, isDateFormatCode, isYearOnlyFormatCode,
  openWorkbook, parseCellRef, parseRangeRef, relsPathFor, resolveTarget,
} from "../../../src/workbook/xlsx";
import { richWorkbook } from "./exceljsFixtures";
import { parseRelationships } from "../../../src/workbook/xlsx/rels";
import { columnIndex } from "../../../src/workbook/xlsx/cellRef";
import { parseCellAddress } from "../../../src/output/cellRef";
import { parseRef } from "../../../src/workbook/table/findTable";
import { ReadError } from "../../../src/workbook/readError";

describe("cell references", () => {
  it("A1, XFD1048576 and absolute $B$7", () => {
    expect(parseCellRef("A1")).toEqual({ row: 1, col: 0 });
    expect(parseCellRef("XFD1048576")).toEqual({ row: 1048576, col: 16383 });
    expect(parseCellRef("$B$7")).toEqual({ row: 7, col: 1 });
    expect(parseCellRef("aa10")).toEqual({ row: 10, col: 26 });
  });
  it("anything else is not a reference", () => {
    for (const bad of ["", "A", "1", "A0", "1A", "A1B", "A-1", "A 1"]) expect(parseCellRef(bad)).toBeUndefined();
  });
  it("column letters and back", () => {
    for (const col of [0, 25, 26, 701, 702, 16383]) expect(parseCellRef(formatCellRef(3, col))).toEqual({ row: 3, col });
    expect(columnLetters(16383)).toBe("XFD");
  });
  it("ranges are ordered, and a single cell is a range of one", () => {
    expect(parseRangeRef("C3:A1")).toEqual({ top: 1, left: 0, bottom: 3, right: 2 });
    expect(parseRangeRef("B2")).toEqual({ top: 2, left: 1, bottom: 2, right: 1 });
    expect(parseRangeRef("A1:")).toBeUndefined();
  });
});

describe("date formats", () => {
  it("built-in ids 14–22, 27–36, 45–47, 50–58 are dates; 0–13, 37–44, 49 are not", () => {
    const dates = [14, 22, 27, 36, 45, 47, 50, 58];
    const notDates = [0, 1, 2, 4, 10, 13, 37, 44, 48, 49, 59];
    expect(dates.every(isBuiltInDateFormat)).toBe(true);
    expect(notDates.some(isBuiltInDateFormat)).toBe(false);
  });
  it("custom formats with y, m, d or h outside quotes and brackets are dates", () => {
    for (const code of ["yyyy-mm-dd", 'yyyy"年"m"月"d"日"', "[$-804]aaaa", "h:mm", "[h]:mm:ss", "mmm-yy", "DD/MM/YYYY"]) {
      expect([code, isDateFormatCode(code)]).toEqual([code, code !== "[$-804]aaaa"]);
    }
  });
  it("a date format that shows only the year is told apart from one that shows a whole date", () => {
    for (const code of ["yyyy", 'yyyy"年"', 'yyyy"年度"', "[$-804]yyyy", "YYYY", "yy", 'yyyy"年";@']) {
      expect([code, isYearOnlyFormatCode(code)]).toEqual([code, true]);
    }
    for (const code of ["yyyy-mm-dd", 'yyyy"年"m"月"', "mmm-yy", "yyyy hh", "General", "0", '#,##0"年"', "@"]) {
      expect([code, isYearOnlyFormatCode(code)]).toEqual([code, false]);
    }
  });
  it("money and text formats are not, even with letters in quotes, brackets or escapes", () => {
    for (const code of ['#,##0.00"元"', "[Red]#,##0.00", "General", "@", "0.00E+00", '0.0"days"', "\\d0", "#,##0_);[Red](#,##0)", "0%"]) {
      expect([code, isDateFormatCode(code)]).toEqual([code, false]);
    }
  });
});

describe("relationship targets", () => {
  it("resolve relative to the owning part, absolute from the root, with .. and %-escapes", () => {
    expect(resolveTarget("xl/workbook.xml", "worksheets/sheet1.xml")).toBe("xl/worksheets/sheet1.xml");
    expect(resolveTarget("xl/workbook.xml", "/xl/worksheets/sheet1.xml")).toBe("xl/worksheets/sheet1.xml");
    expect(resolveTarget("xl/worksheets/sheet1.xml", "../tables/table1.xml")).toBe("xl/tables/table1.xml");
    expect(resolveTarget("", "xl/workbook.xml")).toBe("xl/workbook.xml");
    expect(resolveTarget("xl/workbook.xml", "worksheets/%E8%A1%A8.xml")).toBe("xl/worksheets/表.xml");
  });
  it("rels live beside the part in _rels", () => {
    expect(relsPathFor("xl/workbook.xml")).toBe("xl/_rels/workbook.xml.rels");
    expect(relsPathFor("")).toBe("_rels/.rels");
  });
});

describe("OOXML string escapes", () => {
  it("control characters and literal _xHHHH_ survive a write and a read", () => {
    const text = "a\u0001b_x0041_c\r\n<&>";
    const written = encodeOoxmlString(text);
    expect(written).toBe("a_x0001_b_x005F_x0041_c_x000D_\n&lt;&amp;&gt;");
    expect(decodeOoxmlEscapes(written.replace("&lt;", "<").replace("&amp;", "&").replace("&gt;", ">"))).toBe(text);
  });
});

describe("crc32", () => {
  it("the portable table and the runtime agree", () => {
    const data = new Uint8Array(10_000).map((_, i) => (i * 31) % 256);
    expect(crc32Table(data)).toBe(crc32(data));
    expect(crc32Table(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
  });
});

describe("copying a real workbook entry by entry", () => {
  it("keeps every compressed byte and reads back to the same cells", async () => {
    const original = await richWorkbook();
    const archive = readZip(original);
    const copy = writeZip(archive.entries.map((e) => ({ copy: e })));
    const again = readZip(copy);
    for (const e of archive.entries) {
      expect(Buffer.from(again.entry(e.name)!.raw).equals(Buffer.from(e.raw))).toBe(true);
    }
    const a = openWorkbook(original);
    const b = openWorkbook(copy);
    for (const s of a.sheets) expect(b.readSheet(s.name)).toEqual(a.readSheet(s.name));
    expect(Buffer.from(writeZip(archive.entries.map((e) => ({ copy: e })))).equals(Buffer.from(copy))).toBe(true);
  });
});

describe("one relationships model for the reader and the writer", () => {
  const xml =
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
    '<Relationship Id="rId2" Type="http://x/hyperlink" Target="https://example.com/a" TargetMode="External"/></Relationships>';
  it("parses text and bytes alike, targets as written", () => {
    const fromText = parseRelationships(xml, "xl/_rels/workbook.xml.rels");
    expect(fromText).toEqual([
      { id: "rId1", type: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet", target: "worksheets/sheet1.xml", external: false },
      { id: "rId2", type: "http://x/hyperlink", target: "https://example.com/a", external: true },
    ]);
    expect(parseRelationships(new TextEncoder().encode(xml), "xl/_rels/workbook.xml.rels")).toEqual(fromText);
  });
  it("refuses a relationship without Id or Target (OPC requires both)", () => {
    expect(() => parseRelationships('<Relationships><Relationship Id="rId1" Type="t"/></Relationships>', "r.rels")).toThrow(ReadError);
    expect(() => parseRelationships('<Relationships><Relationship Target="a.xml" Type="t"/></Relationships>', "r.rels")).toThrow(ReadError);
  });
});

describe("one A1 grammar for the reader, the writer, the table finder and the pane", () => {
  it("column letters and indexes, either case, are inverse", () => {
    for (const col of [0, 25, 26, 701, 702, 16383]) expect(columnIndex(columnLetters(col))).toBe(col);
    expect(columnIndex("aa")).toBe(26);
    expect(columnIndex("A1")).toBe(-1);
  });
  it("the writer's addresses are the reader's references, within Excel's columns", () => {
    for (const ref of ["A1", "$C$5", "xfd1048576", "B07"]) expect(parseCellAddress(ref)).toEqual(parseCellRef(ref));
    expect(parseCellAddress("A0")).toBeUndefined();
    expect(parseCellAddress("XFE1")).toBeUndefined();
    expect(parseCellAddress("A1:B2")).toBeUndefined();
  });
  it("a table's ref reads as the reader's range, sheet name and all, reversed ranges refused", () => {
    expect(parseRef("'申报表'!$B$3:$AA$10")).toEqual(parseRangeRef("B3:AA10"));
    expect(parseRef("A1:F20")).toEqual(parseRangeRef("A1:F20"));
    expect(parseRef("F20:A1")).toBeNull();
    expect(parseRef("A0")).toBeNull();
  });
});
