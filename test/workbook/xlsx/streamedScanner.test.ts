/**
 * A part scanned as it inflates reads exactly as the same part read whole, wherever its pieces are cut, and a
 * reader that stops part-way never makes the rest come: not inflated, not held.
 */
import { deflateRawSync } from "node:zlib";
import { ReadError } from "../../../src/workbook/readError";
import { CLOSE, END, OPEN, TEXT, XmlScanner, type ByteSource } from "../../../src/workbook/xml";
import { crc32, inflateChunks, type ZipEntry } from "../../../src/workbook/zip";
import { detailOf } from "../../support/readErrorOf";

/** Every event as text, with the attributes a caller asks for. */
function events(s: XmlScanner): string[] {
  const out: string[] = [];
  for (let ev = s.next(); ev !== END; ev = s.next()) {
    if (ev === OPEN) out.push(`<${s.name}${s.selfClosing ? "/" : ""} ${JSON.stringify(s.attributeList())}`);
    else if (ev === CLOSE) out.push(`</${s.name}`);
    else if (ev === TEXT) out.push(`text ${s.text()}`);
  }
  return out;
}

/** The bytes in pieces of `size`, counting what was asked for. */
function pieces(bytes: Uint8Array, size: number): ByteSource & { given: number } {
  const source = Object.assign(() => {
    if (source.given >= bytes.length) return undefined;
    const piece = bytes.subarray(source.given, source.given + size);
    source.given += piece.length;
    return piece;
  }, { given: 0 });
  return source;
}

function thrown(f: () => unknown): ReadError | undefined {
  try {
    f();
  } catch (e) {
    if (e instanceof ReadError) return e;
    throw e;
  }
  return undefined;
}

/**
 * About 400 KB: Chinese text (three bytes a character), references, CDATA, comments and processing
 * instructions, prefixed names, and an attribute value and a comment each longer than the text held ahead.
 */
function awkwardPart(): Uint8Array {
  const body: string[] = [];
  for (let i = 0; i < 2_000; i++) {
    body.push(`<x:row r="${i}" note='连云港&amp;${i}'><x:c><x:v>知识产权 &#x4E2D;&lt;${i}&gt;</x:v></x:c><?pi ${i}?>` +
      `<x:c t="s"/><![CDATA[甲<乙>&${i}]]><!-- 注 ${i} --></x:row>\n`);
    if (i === 700) body.push(`<x:long value="${"长".repeat(40_000)}"/>`);
    if (i === 1_400) body.push(`<!-- ${"注释".repeat(30_000)} -->`);
  }
  return new Uint8Array(Buffer.from(`\ufeff<?xml version="1.0"?>\n<x:sheet xmlns:x="urn:x">${body.join("")}</x:sheet>`, "utf8"));
}

describe("a part scanned as it comes", () => {
  const part = awkwardPart();
  const whole = events(XmlScanner.fromBytes(part, "p.xml"));

  it.each([1, 7, 4_093, 65_536, 1_000_000])("gives the same events as the part read whole, in pieces of %d bytes", (size) => {
    expect(events(XmlScanner.fromSource(pieces(part, size), "p.xml"))).toEqual(whole);
  });

  it("refuses a malformed part naming the same offset as when read whole", () => {
    const text = Buffer.from(part).toString("utf8").replace("</x:c><?pi 1500?>", "</x:C><?pi 1500?>");
    const bytes = new Uint8Array(Buffer.from(text, "utf8"));
    const wholeError = thrown(() => events(XmlScanner.fromBytes(bytes, "p.xml")));
    expect(wholeError?.reason).toBe("bad-xml");
    expect(detailOf(thrown(() => events(XmlScanner.fromSource(pieces(bytes, 4_093), "p.xml"))))).toBe(detailOf(wholeError));
  });

  it("refuses a part cut short as the whole part does", () => {
    const cut = part.subarray(0, part.length - 20);
    const wholeError = thrown(() => events(XmlScanner.fromBytes(cut, "p.xml")));
    expect(wholeError?.reason).toBe("bad-xml");
    expect(detailOf(thrown(() => events(XmlScanner.fromSource(pieces(cut, 4_093), "p.xml"))))).toBe(detailOf(wholeError));
  });

  it("asks for no more than the text held ahead when the reader stops after the first element", () => {
    const source = pieces(part, 1_000);
    const s = XmlScanner.fromSource(source, "p.xml");
    expect(s.next()).toBe(OPEN);
    expect(source.given).toBeLessThan(70_000);
  });
});

let deflated: { readonly bytes: Uint8Array; readonly raw: Buffer } | undefined;

/** A deflated zip entry of these bytes, as readZip gives it. */
function deflatedEntry(bytes: Uint8Array, overrides: Partial<ZipEntry> = {}): ZipEntry {
  // The same bytes are deflated once per file, not once per test.
  if (deflated?.bytes !== bytes) deflated = { bytes, raw: deflateRawSync(bytes) };
  const { raw } = deflated;
  return { name: "xl/worksheets/sheet1.xml", method: 8, crc32: crc32(bytes), compressedSize: raw.length, uncompressedSize: bytes.length, raw, ...overrides };
}

function drain(source: ByteSource): Uint8Array {
  const all: Uint8Array[] = [];
  for (let piece = source(); piece !== undefined; piece = source()) all.push(piece);
  return Buffer.concat(all);
}

describe("an entry inflated in pieces", () => {
  // Varied enough that its compressed size spans several rounds.
  let x = 3;
  // Math.imul taken once: a test file's globals are looked up through its environment's global object, which
  // is slow enough to cost a CPU-second over three million bytes.
  const { imul } = Math;
  const bytes = new Uint8Array(3_000_000).map(() => 0x41 + ((x = (imul(x, 1103515245) + 12345) >>> 0) >>> 28));

  it("gives exactly the entry's bytes, a stored entry too", () => {
    expect(Buffer.compare(drain(inflateChunks(deflatedEntry(bytes))), Buffer.from(bytes))).toBe(0);
    const stored: ZipEntry = { ...deflatedEntry(bytes), method: 0, raw: bytes, compressedSize: bytes.length };
    expect(Buffer.compare(drain(inflateChunks(stored)), Buffer.from(bytes))).toBe(0);
  });

  it("finds a wrong checksum once the last piece is given", () => {
    const source = inflateChunks(deflatedEntry(bytes, { crc32: 1 }));
    expect(source()).toBeDefined();
    expect(detailOf(thrown(() => drain(source)))).toContain("校验失败");
  });

  it("stops at the bound an entry lying about its size gives, as a whole read does", () => {
    expect(thrown(() => drain(inflateChunks(deflatedEntry(bytes, { uncompressedSize: 1_000 }))))?.reason).toBe("zip-bomb");
  });
});
