/**
 * The in-place editor has no grammar of its own (issue 10 point 7): it finds elements with the reader's
 * scanner, so it refuses what the reader refuses, in linear time, and never reads a looser tree.
 */
import { ReadError } from "../../src/workbook/readError";
import { XmlScanner } from "../../src/workbook/xml/scanner";
import { rewriteVmlPart } from "../../src/writer/notes";
import { attributes, childElements, rootElement, tagWithAttribute } from "../../src/writer/xmlScan";

/**
 * Runs f, which must be refused for `reason`; gives the refusal and how many events the scanners read on
 * the way (a count of work, not a time: a search that went back over the part would read many more).
 */
const refusal = (f: () => unknown, reason: string) => {
  const next = jest.spyOn(XmlScanner.prototype, "next");
  let error: unknown;
  try {
    f();
  } catch (e) {
    error = e;
  }
  const events = next.mock.calls.length;
  next.mockRestore();
  expect(error).toBeInstanceOf(ReadError);
  expect((error as ReadError).reason).toBe(reason);
  return { error: error as ReadError, events };
};

describe("the editor's elements come from the reader's scanner", () => {
  it("end tags that name another element (<row>…</R>) are refused, at once, however many", () => {
    const xml = `<worksheet><sheetData>${"<row><c/></R>".repeat(40_000)}</sheetData></worksheet>`;
    const { error, events } = refusal(() => rootElement(xml, "sheet.xml"), "bad-xml");
    // Where the first </R> ends, after its row's few events, not after the 39,999 others.
    expect(error.found).toMatchObject({ at: xml.indexOf("</R>") + "</R>".length });
    expect(events).toBeLessThan(10);
    const root = `<worksheet><sheetData><row><c/></row></sheetData></worksheet>`;
    expect(childElements(root, rootElement(root, "s"), "s").map((c) => c.local)).toEqual(["sheetData"]);
  });

  it("a VML drawing with thousands of unclosed shapes is refused in linear time, not searched quadratically", () => {
    const shapes = 20_000;
    const vml = `<xml xmlns:v="urn:schemas-microsoft-com:vml">${'<v:shape id="_x0000_s1" type="#_x0000_t202"><x:ClientData ObjectType="Note">'.repeat(shapes)}</xml>`;
    const { error, events } = refusal(() => rewriteVmlPart(vml, new Set(["A1"]), [{ row: 1, col: 0, text: "x" }]), "bad-xml");
    // Refused at the end of </xml>, which closes none of the shapes, having read each tag a few times at most: a search
    // from each shape to its end would read some 20,000² events.
    expect(error.found).toMatchObject({ at: vml.length });
    expect(events).toBeLessThan(4 * (2 * shapes + 2));
  });

  it("a DOCTYPE in a part the editor touches is refused, as the reader refuses it", () => {
    refusal(() => rootElement(`<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>`, "p.xml"), "doctype");
  });

  it("attributes are read and set with the scanner's rules: '>' inside a value, either quote, entities", () => {
    const tag = `<c r="A1" t='s' x="a&gt;b">`;
    const xml = `${tag}</c>`;
    expect([...attributes(xml, rootElement(xml, "c"))]).toEqual([["r", "A1"], ["t", "s"], ["x", "a>b"]]);
    expect(tagWithAttribute(tag, "t", "n")).toBe(`<c r="A1" t='n' x="a&gt;b">`);
    expect(tagWithAttribute(`<c r="A1"/>`, "s", "3")).toBe(`<c r="A1" s="3"/>`);
  });

  it("text written into attributes keeps the part well-formed: control characters never reach the XML", () => {
    const tag = tagWithAttribute(`<hyperlink ref="A1"/>`, "display", "a\u0001b\u001bc");
    expect(tag).toBe(`<hyperlink ref="A1" display="a\uFFFDb\uFFFDc"/>`);
    expect(() => rootElement(tag, "h")).not.toThrow();
  });
});
