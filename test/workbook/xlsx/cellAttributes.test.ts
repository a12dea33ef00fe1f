/**
 * A cell's `t` and `s` are read without making a string for each cell when they are written plainly; any
 * other spelling is read as the attribute's decoded value, as before (XML 1.0 §3.3.3, character references).
 */
import { LIMITS } from "../../../src/workbook/limits";
import type { RawCell } from "../../../src/workbook/types";
import { parseSheet, type SheetContext } from "../../../src/workbook/xlsx";
import { ReadError } from "../../../src/workbook/readError";
import { XmlScanner } from "../../../src/workbook/xml/scanner";
import { worksheetXml } from "../../hostile/minimalXlsx";

const ctx: SheetContext = {
  name: "申报表", part: "xl/worksheets/sheet1.xml", sharedStrings: ["甲", "乙"], dateStyles: [false, false, true],
  date1904: false, limits: LIMITS,
};

function only(cellXml: string): RawCell | undefined {
  return parseSheet(worksheetXml(`<row r="1">${cellXml}</row>`), ctx).rows.get(1)?.[0];
}

describe("a cell's type", () => {
  it("written with a character reference is the type it decodes to", () => {
    expect(only(`<c r="A1" t="&#115;"><v>1</v></c>`)).toEqual({ t: "s", v: "乙" });
    expect(only(`<c r="A1" t="&#x62;"><v>1</v></c>`)).toEqual({ t: "b", v: true });
  });
  it("that only starts like a known one is unknown, named as written", () => {
    expect(only(`<c r="A1" t="ss"><v>1</v></c>`)).toEqual({ t: "bad", fault: { fault: "unknown-type", found: "ss" } });
    expect(only(`<c r="A1" t=" s"><v>1</v></c>`)).toEqual({ t: "bad", fault: { fault: "unknown-type", found: " s" } });
    expect(only(`<c r="A1" t="S"><v>1</v></c>`)).toEqual({ t: "bad", fault: { fault: "unknown-type", found: "S" } });
  });
  it("each type Excel writes, written plainly", () => {
    expect(only(`<c r="A1" t="n"><v>7</v></c>`)).toEqual({ t: "n", v: "7" });
    expect(only(`<c r="A1" t="str"><f>1</f><v>x</v></c>`)).toEqual({ t: "s", v: "x", formula: true });
    expect(only(`<c r="A1" t="inlineStr"><is><t>丙</t></is></c>`)).toEqual({ t: "s", v: "丙" });
    expect(only(`<c r="A1" t="b"><v>0</v></c>`)).toEqual({ t: "b", v: false });
    expect(only(`<c r="A1" t="e"><v>#N/A</v></c>`)).toEqual({ t: "e", v: "#N/A" });
    expect(only(`<c r="A1" t="d"><v>2025-03-01</v></c>`)).toEqual({ t: "d", v: "2025-03-01" });
  });
});

describe("a cell's style", () => {
  it("is the number its value spells, however it is written", () => {
    expect(only(`<c r="A1" s="2"><v>45809</v></c>`)).toEqual({ t: "n", v: "45809", date: true });
    expect(only(`<c r="A1" s="002"><v>45809</v></c>`)).toEqual({ t: "n", v: "45809", date: true });
    expect(only(`<c r="A1" s=" 2 "><v>45809</v></c>`)).toEqual({ t: "n", v: "45809", date: true });
    expect(only(`<c r="A1" s="&#50;"><v>45809</v></c>`)).toEqual({ t: "n", v: "45809", date: true });
    expect(only(`<c r="A1" s="2.0"><v>45809</v></c>`)).toEqual({ t: "n", v: "45809", date: true });
  });
  it("that is no style index shows no date", () => {
    expect(only(`<c r="A1" s="1"><v>45809</v></c>`)).toEqual({ t: "n", v: "45809" });
    expect(only(`<c r="A1" s="x"><v>45809</v></c>`)).toEqual({ t: "n", v: "45809" });
    expect(only(`<c r="A1" s="1234567890"><v>45809</v></c>`)).toEqual({ t: "n", v: "45809" });
    expect(only(`<c r="A1" s=""><v>45809</v></c>`)).toEqual({ t: "n", v: "45809" });
  });
});

describe("XmlScanner's attribute places", () => {
  it("attrAt finds what attr reads; attrWrittenAs and attrDigits look at the value as written", () => {
    const s = new XmlScanner(`<a r:id="rId1" n="0042" e="&#52;" long="1234567890"/>`, "p");
    s.next();
    const id = s.attrAt("id");
    expect(id).toBe(0);
    expect(s.attrValueAt(id)).toBe(s.attr("id"));
    expect(s.attrAt("missing")).toBe(-1);
    expect(s.attrWrittenAs(id, "rId1")).toBe(true);
    expect(s.attrWrittenAs(id, "rId")).toBe(false);
    expect(s.attrDigits(s.attrAt("n"))).toBe(42);
    expect(s.attrDigits(s.attrAt("e"))).toBe(-1);
    expect(s.attrValueAt(s.attrAt("e"))).toBe("4");
    expect(s.attrDigits(s.attrAt("long"))).toBe(-1);
    expect(s.attrDigits(id)).toBe(-1);
  });
});

describe("an attribute value the scanner refuses", () => {
  /** The refusal's detail, scanning `xml` whole and as it streams in pieces of `piece` bytes. */
  function refusals(xml: string, piece = 3): unknown[] {
    const bytes = new TextEncoder().encode(xml);
    const ways = [
      () => new XmlScanner(xml, "p"),
      () => {
        let at = 0;
        return XmlScanner.fromSource(() => (at >= bytes.length ? undefined : bytes.subarray(at, (at += piece))), "p");
      },
    ];
    return ways.map((open) => {
      try {
        const s = open();
        while (s.next() !== 0);
      } catch (e) {
        if (e instanceof ReadError) return e.found;
        throw e;
      }
      return undefined;
    });
  }

  it("says what and where, the same whole or streamed, whatever stands before the offending character", () => {
    const at = (offset: number, problem: object) => ({ d: "xml", part: "p", at: offset, problem });
    const cases: [string, object][] = [
      [`<a v="x\u0001y"/>`, at(7, { problem: "control-character", char: 1 })],
      [`<a v="\u0001"/>`, at(6, { problem: "control-character", char: 1 })],
      [`<a v="x<y"/>`, at(7, { problem: "lt-in-attribute" })],
      [`<a v="a&b"/>`, at(7, { problem: "bare-ampersand" })],
      [`<a v="a&amp;<"/>`, at(12, { problem: "lt-in-attribute" })],
      [`<a v="xyz`, at(0, { problem: "attribute-unterminated" })],
      [`<a v="x&amp;yz`, at(0, { problem: "attribute-unterminated" })],
    ];
    for (const [xml, expected] of cases) {
      expect([xml, refusals(xml)]).toEqual([xml, [expected, expected]]);
    }
    expect(refusals(`<a v="a&amp;b" w="c"/>`)).toEqual([undefined, undefined]);
    expect(refusals(`<a v='say "x"' w="it's"/>`)).toEqual([undefined, undefined]);
  });
});
