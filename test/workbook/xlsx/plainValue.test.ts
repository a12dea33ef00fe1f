/**
 * A cell's `<v>` written plainly is read in one look (XmlScanner.plainElement): the walk gives what reading
 * its open tag, text and end tag one by one gives, and what is not plain (a reference, a control character, an
 * end tag of another name, a tag cut across pieces) is read event by event and refused as before.
 */
import fc from "fast-check";
import { ReadError } from "../../../src/workbook/readError";
import { CELL_CLOSE, CellWalker, DONE } from "../../../src/workbook/xlsx/cellWalker";
import { parseSheet } from "../../../src/workbook/xlsx/sheet";
import { LIMITS } from "../../../src/workbook/limits";
import { CLOSE, END, XmlScanner } from "../../../src/workbook/xml/scanner";
import { NS_MAIN } from "../../hostile/minimalXlsx";
import { sampled } from "../../support/sampled";

const enc = new TextEncoder();

/** `<v>` spelt so the one look does not take it (white space in its tags): read event by event. */
const spelledOut = (xml: string, p: string) => xml.replace(new RegExp(`<${p}v>`, "g"), `<${p}v >`).replace(new RegExp(`</${p}v>`, "g"), `</${p}v >`);

function sheet(cells: readonly string[], p: string): string {
  const ns = p === "" ? `xmlns="${NS_MAIN}"` : `xmlns:${p.slice(0, -1)}="${NS_MAIN}"`;
  return `<${p}worksheet ${ns}><${p}sheetData><${p}row r="1">${cells.join("")}</${p}row></${p}sheetData></${p}worksheet>`;
}

/** What the walk gives for each cell, the part given in pieces of `piece` bytes. */
function cellsRead(xml: string, piece: number): string[] {
  const bytes = enc.encode(xml);
  let at = 0;
  const source = () => {
    if (at >= bytes.length) return undefined;
    const p = bytes.subarray(at, at + piece);
    at += p.length;
    return p;
  };
  const w = CellWalker.sheet(XmlScanner.fromSource(source, "sheet.xml"));
  const out: string[] = [];
  for (let ev = w.next(); ev !== DONE; ev = w.next()) {
    if (ev === CELL_CLOSE) out.push(`${w.cellCol} v=${w.hasValue} ${JSON.stringify(w.value)} ${w.valueDigits} f=${w.hasFormula}`);
  }
  return out;
}

function refusal(xml: string): ReadError | undefined {
  try {
    parseSheet(enc.encode(xml), { name: "S", part: "sheet.xml", sharedStrings: ["a"], dateStyles: [], date1904: false, limits: LIMITS });
  } catch (e) {
    if (e instanceof ReadError) return e;
    throw e;
  }
  return undefined;
}

const text = fc.constantFrom(
  "", "0", "7", "18", "018", "123456789", "1234567890", "1.5", "-3", "1E+300", " 5 ", "x", "TRUE", "#N/A", "甲乙", "&#49;2", "&amp;",
  "1<!--c-->8", "<![CDATA[42]]>", "a\tb", "line\r\nbreak",
);
const cell = fc.record({
  t: fc.constantFrom("", ` t="s"`, ` t="n"`, ` t="str"`, ` t="e"`, ` t="b"`),
  body: fc.oneof(
    text.map((v) => `<v>${v}</v>`),
    fc.tuple(text, text).map(([a, b]) => `<v>${a}</v><v>${b}</v>`),
    text.map((v) => `<f>A1</f><v>${v}</v>`),
    text.map((v) => `<v>${v}</v><extLst/>`),
    fc.constant("<v/>"), fc.constant(""),
  ),
});

describe("a value read in one look", () => {
  it("gives the walk the same cells as the value read event by event, whatever the pieces and the prefix", () => {
    fc.assert(fc.property(fc.array(cell, { minLength: 1, maxLength: 6 }), fc.constantFrom("", "x:"), fc.integer({ min: 1, max: 300 }), (cells, p, piece) => {
      const xml = sheet(cells.map((c, i) => `<${p}c r="${String.fromCharCode(65 + i)}1"${c.t}>${c.body.replace(/<(\/?)(v|f|extLst)/g, `<$1${p}$2`)}</${p}c>`), p);
      expect(cellsRead(xml, piece)).toEqual(cellsRead(spelledOut(xml, p), 1 << 20));
    }), sampled(400));
  });

  it("is not taken where the value is not written plainly: it is refused as XML, at the character at fault", () => {
    // `at` counts from the cell's "<c": its text starts 13 characters on, after `<c r="A1"><v>`.
    const cases: [string, object][] = [
      [`<c r="A1"><v>1&bogus;</v></c>`, { d: "entity-unknown", ref: "bogus" }],
      [`<c r="A1"><v>1&#0;</v></c>`, { d: "entity-unknown", ref: "#0" }],
      [`<c r="A1"><v>1\u0001</v></c>`, { d: "xml", at: 14, problem: { problem: "control-character", char: 1 } }],
      [`<c r="A1"><v>1 & 2</v></c>`, { d: "xml", at: 15, problem: { problem: "bare-ampersand" } }],
      [`<c r="A1"><v>1</w></c>`, { d: "xml", problem: { problem: "end-tag-mismatch", found: "w", expected: "v" } }],
      [`<c r="A1"><v>1</v></x></c>`, { d: "xml", problem: { problem: "end-tag-mismatch", found: "x", expected: "c" } }],
    ];
    for (const [c, found] of cases) {
      const xml = sheet([c], "");
      const e = refusal(xml);
      expect(e?.reason).toBe("bad-xml");
      const want = "at" in found ? { ...found, at: (found as { at: number }).at + xml.indexOf("<c ") } : found;
      expect(e?.found).toMatchObject(want);
    }
  });

  it("reads only an element of the name given, with no attribute, whole and held, and leaves the scanner as its end tag would", () => {
    const at = (xml: string) => {
      const s = new XmlScanner(xml, "p.xml");
      s.next();
      return s;
    };
    for (const xml of [`<c><v a="1">2</v></c>`, `<c><v/></c>`, `<c><w>2</w></c>`, `<c><v>2</v ></c>`, `<c><vv>2</vv></c>`, `<c><v>2`]) {
      expect(at(xml).plainElement("v")).toBe(-1);
    }
    const s = at(`<c><v>42</v><v></v></c>`);
    expect(s.plainElement("v")).toBe(2);
    expect([s.text(), s.textDigits()]).toEqual(["42", 42]);
    expect(s.plainElement("v")).toBe(0);
    expect(s.next()).toBe(CLOSE);
    expect(s.name).toBe("c");
    expect(s.next()).toBe(END);
    // Not after a self-closing tag, whose end is still to be given.
    const empty = at(`<c/>`);
    expect(empty.plainElement("v")).toBe(-1);
    expect([empty.next(), empty.next()]).toEqual([CLOSE, END]);
  });
});
