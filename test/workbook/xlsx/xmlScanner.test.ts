import { ReadError } from "../../../src/workbook/readError";
import { CLOSE, END, escapeAttr, escapeText, isXmlText, OPEN, TEXT, XmlScanner, xmlChars } from "../../../src/workbook/xml";

type Ev = [string, string, Record<string, string>?];

/** Every event as [kind, name or text]. */
function events(xml: string | Uint8Array, attrNames: string[] = []): Ev[] {
  const s = XmlScanner.of(xml, "test.xml");
  const out: Ev[] = [];
  for (let ev = s.next(); ev !== END; ev = s.next()) {
    if (ev === OPEN) {
      const attrs: Record<string, string> = {};
      for (const a of attrNames) {
        const v = s.attr(a);
        if (v !== undefined) attrs[a] = v;
      }
      out.push([s.selfClosing ? "open/" : "open", s.name, ...(attrNames.length ? [attrs] : [])] as Ev);
    } else if (ev === CLOSE) out.push(["close", s.name]);
    else if (ev === TEXT) out.push(["text", s.text()]);
  }
  return out;
}

const reason = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof ReadError) return e.reason;
    throw e;
  }
  return undefined;
};

describe("XmlScanner", () => {
  it("reads elements, self-closing elements and text, skipping the declaration and comments", () => {
    expect(events('<?xml version="1.0"?><a><!-- note --><b/>x<c>y</c></a>')).toEqual([
      ["open", "a"], ["open/", "b"], ["close", "b"], ["text", "x"], ["open", "c"], ["text", "y"], ["close", "c"], ["close", "a"],
    ]);
  });

  it("decodes the five named entities and numeric references, in text and attributes", () => {
    expect(events(`<a v="&lt;&amp;&quot;&apos;&gt;">&lt;&#20013;&#x6587;&amp;&gt;</a>`, ["v"])).toEqual([
      ["open", "a", { v: `<&"'>` }], ["text", "<中文&>"], ["close", "a"],
    ]);
  });

  it("takes CDATA literally", () => {
    expect(events("<t><![CDATA[a<b>&amp;]]></t>")).toEqual([["open", "t"], ["text", "a<b>&amp;"], ["close", "t"]]);
  });

  it("reads a '>' inside a quoted attribute value as part of the value", () => {
    expect(events(`<a x="1>2" y='3'/>`, ["x", "y"])).toEqual([["open/", "a", { x: "1>2", y: "3" }], ["close", "a"]]);
  });

  it("matches names by local name whatever the prefix, and attributes by qualified or local name", () => {
    const s = new XmlScanner(`<x:sheet r:id="rId1" sheetId="1" name="甲"/>`, "t");
    expect(s.next()).toBe(OPEN);
    expect(s.is("sheet")).toBe(true);
    expect(s.is("x:sheet")).toBe(false);
    expect(s.attr("id")).toBe("rId1");
    expect(s.attr("r:id")).toBe("rId1");
    expect(s.attr("sheetId")).toBe("1");
    expect(s.attr("Id")).toBeUndefined();
    expect(s.next()).toBe(CLOSE);
    expect(s.is("sheet")).toBe(true);
  });

  it("reads Chinese from UTF-8 bytes, with or without a byte-order mark, and from UTF-16", () => {
    const xml = `<a n="名称">连云港</a>`;
    const expected = [["open", "a", { n: "名称" }], ["text", "连云港"], ["close", "a"]];
    expect(events(new Uint8Array(Buffer.from(xml)), ["n"])).toEqual(expected);
    expect(events(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(xml)]), ["n"])).toEqual(expected);
    expect(events(new Uint8Array([0xff, 0xfe, ...Buffer.from(xml, "utf16le")]), ["n"])).toEqual(expected);
  });

  it("reads line ends in text as LF and whitespace in attribute values as spaces", () => {
    expect(events(`<a v="x\ty\nz">1\r\n2\r3</a>`, ["v"])).toEqual([["open", "a", { v: "x y z" }], ["text", "1\n2\n3"], ["close", "a"]]);
  });

  it("refuses <!DOCTYPE anywhere, even after the root has started", () => {
    expect(reason(() => events(`<!DOCTYPE a><a/>`))).toBe("doctype");
    expect(reason(() => events(`<a><!DOCTYPE b></a>`))).toBe("doctype");
    expect(reason(() => events(`<a><!ENTITY x "y"></a>`))).toBe("doctype");
  });

  it("treats an entity that is not predefined as malformed, not as something to resolve", () => {
    expect(reason(() => events(`<a>&xxe;</a>`))).toBe("bad-xml");
    expect(reason(() => events(`<a>&#0;</a>`))).toBe("bad-xml");
    expect(reason(() => events(`<a>&#xD800;</a>`))).toBe("bad-xml");
    expect(reason(() => events(`<a>AT&T</a>`))).toBe("bad-xml");
  });

  it("reports unfinished markup as bad-xml", () => {
    for (const xml of [`<a`, `<a x="1`, `<a><!-- x`, `<a><![CDATA[x`, `<a>`, `</a>`, `<a x=1/>`, `<a></`]) {
      expect(reason(() => events(xml))).toBe("bad-xml");
    }
  });

  it("refuses an end tag that names another element, also in a long document (one grammar for reader and editor)", () => {
    expect(reason(() => events("<sheetData><row><c/></R></sheetData>"))).toBe("bad-xml");
    expect(reason(() => events("<x:row><x:c/></y:row>"))).toBe("bad-xml");
    expect(reason(() => events("<a><b></a></b>"))).toBe("bad-xml");
    // Refused where the first end tag that does not match ends, not after reading the 19,999 others.
    const xml = `<sheetData>${"<row><c/></R>".repeat(20_000)}</sheetData>`;
    let refused: unknown;
    try {
      events(xml);
    } catch (e) {
      refused = e;
    }
    expect(refused).toBeInstanceOf(ReadError);
    expect((refused as ReadError).found).toMatchObject({ at: xml.indexOf("</R>") + "</R>".length, problem: { problem: "end-tag-mismatch", found: "R", expected: "row" } });
  });

  it("refuses a second root, text outside the root, and a document with no root", () => {
    expect(reason(() => events("<a/><b/>"))).toBe("bad-xml");
    expect(reason(() => events("<a></a>junk"))).toBe("bad-xml");
    expect(reason(() => events("<?xml version='1.0'?>"))).toBe("bad-xml");
    expect(events("<?xml version='1.0'?>\n<a/>\n")).toEqual([["open/", "a"], ["close", "a"]]);
  });

  it("gives each event's span in the source and its depth, for the editor", () => {
    const xml = `<?xml version="1.0"?><w><d><r a="1"/>t</d></w>`;
    const s = XmlScanner.of(xml, "t.xml");
    const seen: [number, string, number][] = [];
    for (let ev = s.next(); ev !== END; ev = s.next()) seen.push([ev, xml.slice(s.tagStart, s.tagEnd), ev === TEXT ? 0 : s.level]);
    expect(seen).toEqual([
      [OPEN, "<w>", 1], [OPEN, "<d>", 2], [OPEN, '<r a="1"/>', 3], [CLOSE, '<r a="1"/>', 3], [TEXT, "t", 0],
      [CLOSE, "</d>", 2], [CLOSE, "</w>", 1],
    ]);
  });

  it("scans a large sheet-like document in linear time", () => {
    const row = `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>1234.56</v></c></row>`;
    const xml = `<worksheet><sheetData>${row.repeat(100_000)}</sheetData></worksheet>`;
    const s = new XmlScanner(xml, "big");
    let n = 0;
    // Every tag is an event and every event a step forward: a quadratic scan would exceed the suite's time
    // limit long before the end (its speed is the benchmark's read floor line, not a test's).
    let last = -1;
    let forward = true;
    for (let ev = s.next(); ev !== END; ev = s.next()) {
      n++;
      if (s.tagStart < last) forward = false;
      last = s.tagStart;
    }
    expect(n).toBe(100_000 * 12 + 4);
    expect(forward).toBe(true);
  });
});

describe("escapeAttr, escapeText", () => {
  it("escapes the five special characters so the scanner reads the text back", () => {
    const text = `<a href="x">&'连'</a>`;
    expect(events(`<t v="${escapeAttr(text)}">${escapeText(text)}</t>`, ["v"])).toEqual([
      ["open", "t", { v: text }], ["text", text], ["close", "t"],
    ]);
  });
  it("replaces characters XML cannot hold instead of writing a broken file", () => {
    expect(escapeText("a\u0001b\uFFFEc")).toBe("a\uFFFDb\uFFFDc");
    expect(escapeText("\uD800x")).toBe("\uFFFDx");
    expect(escapeText("😀")).toBe("😀");
    expect(escapeText("tab\tnew\nline")).toBe("tab\tnew\nline");
    expect(events(`<t>${escapeText("a\r\nb")}</t>`)).toEqual([["open", "t"], ["text", "a\r\nb"], ["close", "t"]]);
  });
  // XML 1.0 §2.11: a literal CR in text is read back as LF, so text keeps it only as a reference.
  it("writes CR in element text as a reference (a literal one would come back as LF)", () => {
    expect(escapeText("a\rb")).toBe("a&#13;b");
    expect(events(`<t>${escapeText("a\rb")}</t>`)).toEqual([["open", "t"], ["text", "a\rb"], ["close", "t"]]);
  });
  // XML 1.0 §3.3.3: a literal LF, TAB or CR in an attribute value is normalised to a space.
  it("writes LF, TAB and CR in an attribute value as references (literal ones would come back as spaces)", () => {
    expect(escapeAttr("a\nb\tc\rd")).toBe("a&#10;b&#9;c&#13;d");
    expect(events(`<t v="${escapeAttr("a\nb\tc")}"></t>`, ["v"])).toEqual([["open", "t", { v: "a\nb\tc" }], ["close", "t"]]);
  });
  it("tells text XML can carry from text it cannot", () => {
    expect(isXmlText("连云港\t\n\r😀")).toBe(true);
    expect(isXmlText("a\u0001")).toBe(false);
    expect(isXmlText("\uDC00")).toBe(false);
    expect(isXmlText("\uFFFF")).toBe(false);
    expect(xmlChars("a\u0001b", "")).toBe("ab");
  });
});
