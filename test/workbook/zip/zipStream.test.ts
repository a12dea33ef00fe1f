/**
 * The streamed zip writer (issue 13): a large part goes out a piece at a time and still reads back exactly,
 * small parts are the bytes they always were, and the stream and the in-memory zip are one layout.
 */
import { inflateRawSync } from "node:zlib";
import { deflatePieceNow } from "../../../src/workbook/bytes";
import { DeflatedPart, MemorySink, ZipStreamWriter, deflatePart, readZip, writeZip, writeZipTo, type ByteSink } from "../../../src/workbook/zip";
import { PIECE_BYTES } from "../../../src/workbook/zip/deflatePieces";

/**
 * Several pieces of varied text: Chinese, XML, and a character outside the BMP on a piece boundary. 35,000
 * rows are some 3.6 MB, four pieces: more rows only deflate more of the same, the slow part of this file.
 */
function largeText(): string {
  const row = (i: number) => `<row r="${i}"><c r="A${i}" t="inlineStr"><is><t>连云港市知识产权第${i}号 ✓</t></is></c></row>`;
  const parts: string[] = [];
  for (let i = 1; i < 35_000; i++) parts.push(row(i));
  // PIECE_BYTES / 2 characters are encoded at a time: put a surrogate pair across that boundary.
  const text = parts.join("");
  const cut = PIECE_BYTES / 2 - 1;
  return `${text.slice(0, cut)}𠀀${text.slice(cut)}`;
}

/** Built once: a string is never changed by the writers that take it. */
const LARGE_TEXT = largeText();

describe("a part larger than one piece", () => {
  const text = LARGE_TEXT;
  const zip = readZip(writeZip([{ name: "xl/worksheets/sheet1.xml", data: text }, { name: "small.xml", data: "<a/>" }]));

  test("spans several pieces and reads back as the same text, its CRC and size checked by the reader", () => {
    expect(Buffer.byteLength(text)).toBeGreaterThan(3 * PIECE_BYTES);
    expect(zip.readText("xl/worksheets/sheet1.xml")).toBe(text);
    expect(zip.readText("small.xml")).toBe("<a/>");
  });

  test("is one deflate stream that a plain inflate reads whole", () => {
    const entry = zip.entry("xl/worksheets/sheet1.xml")!;
    expect(entry.method).toBe(8);
    expect(inflateRawSync(entry.raw).toString("utf8")).toBe(text);
    expect(entry.uncompressedSize).toBe(Buffer.byteLength(text));
  });

  test("given as bytes written in uneven slices, gives the same zip as given whole", () => {
    const bytes = Buffer.from(text, "utf8");
    const sink = new MemorySink();
    const zip2 = new ZipStreamWriter(sink);
    const entry = zip2.begin("xl/worksheets/sheet1.xml", 1);
    for (let i = 0; i < bytes.length; i += 777_777) entry.write(bytes.subarray(i, Math.min(bytes.length, i + 777_777)));
    entry.end();
    zip2.finish();
    expect(readZip(sink.bytes()).readText("xl/worksheets/sheet1.xml")).toBe(text);
  });
});

test("a part smaller than one piece is exactly one final piece of fflate's deflate at the default level", () => {
  const xml = `<worksheet>${"<row/>".repeat(5000)}</worksheet>`;
  const entry = readZip(writeZip([{ name: "s.xml", data: xml }])).entry("s.xml")!;
  expect(Buffer.from(entry.raw).equals(deflatePieceNow(Buffer.from(xml), 6, true))).toBe(true);
  expect(inflateRawSync(entry.raw).toString("utf8")).toBe(xml);
});

test("written to a sink piece by piece, the zip is the same bytes as the one made in memory", () => {
  const copy = readZip(writeZip([{ name: "old.xml", data: "<o>旧</o>" }])).entry("old.xml")!;
  const entries = [{ copy }, { name: "new.xml", data: "<n>新</n>" }, { name: "stored.bin", data: new Uint8Array([1, 2, 3]), store: true }];
  const pieces: Uint8Array[] = [];
  const patches: [Uint8Array, number][] = [];
  const sink: ByteSink = { write: (b) => void pieces.push(Buffer.from(b)), writeAt: (b, at) => void patches.push([Buffer.from(b), at]) };
  const length = writeZipTo(sink, entries);
  const out = Buffer.concat(pieces);
  for (const [b, at] of patches) out.set(b, at);
  expect(length).toBe(out.length);
  expect(out.equals(Buffer.from(writeZip(entries)))).toBe(true);
});

test("an entry still open refuses the next one and the directory", () => {
  const zip = new ZipStreamWriter(new MemorySink());
  zip.begin("a.xml", 6).write("<a/>");
  expect(() => zip.add("b.xml", "<b/>")).toThrow(/still being written/);
  expect(() => zip.finish()).toThrow(/still being written/);
});

test("the memory sink fills in bytes across the pieces it was given, and never past its end", () => {
  const sink = new MemorySink();
  sink.write(new Uint8Array([1, 2, 3]));
  sink.write(new Uint8Array([4, 5]));
  sink.writeAt(new Uint8Array([9, 8]), 2);
  expect([...sink.bytes()]).toEqual([1, 2, 9, 8, 5]);
  expect(() => sink.writeAt(new Uint8Array([7, 7]), 4)).toThrow(RangeError);
});

describe("a part deflated as it is made", () => {
  test("under one piece, is exactly one final piece at the default level, as writeZip makes it", () => {
    const xml = `<worksheet>${"<row/>".repeat(5000)}</worksheet>`;
    const made = new DeflatedPart();
    for (let i = 0; i < xml.length; i += 333) made.write(xml.slice(i, i + 333));
    const data = made.end();
    expect(Buffer.concat(data.chunks).equals(deflatePieceNow(Buffer.from(xml), 6, true))).toBe(true);
    const zip = readZip(writeZip([{ name: "s.xml", deflated: data }]));
    expect(Buffer.from(zip.entry("s.xml")!.raw).equals(Buffer.from(readZip(writeZip([{ name: "s.xml", data: xml }])).entry("s.xml")!.raw))).toBe(true);
  });

  test("over several pieces, reads back as the same text with its CRC and size checked, whatever the pieces", () => {
    const text = LARGE_TEXT;
    const made = new DeflatedPart();
    // Uneven pieces, one of them cutting nothing but whole characters: a piece ends where the caller says.
    for (let i = 0; i < text.length;) {
      let end = Math.min(text.length, i + 12_345);
      if ((text.charCodeAt(end - 1) & 0xfc00) === 0xd800) end++;
      made.write(text.slice(i, end));
      i = end;
    }
    const data = made.end();
    expect(data.uncompressedSize).toBe(Buffer.byteLength(text));
    expect(data.chunks.length).toBeGreaterThan(1);
    const zip = readZip(writeZip([{ name: "xl/worksheets/sheet1.xml", deflated: data }, { name: "small.xml", data: "<a/>" }]));
    expect(zip.readText("xl/worksheets/sheet1.xml")).toBe(text);
    expect(inflateRawSync(zip.entry("xl/worksheets/sheet1.xml")!.raw).toString("utf8")).toBe(text);
    expect(zip.readText("small.xml")).toBe("<a/>");
  });

  test("given whole, a text of several pieces is cut between characters, never inside a surrogate pair", () => {
    const text = LARGE_TEXT;
    const data = deflatePart((out) => {
      out.write("<x>");
      out.write(text);
      out.write("</x>");
    });
    expect(inflateRawSync(Buffer.concat(data.chunks)).toString("utf8")).toBe(`<x>${text}</x>`);
  });

  test("the same pieces give the same bytes, and an ended part takes no more", () => {
    const make = () => deflatePart((out) => {
      for (let i = 0; i < 20_000; i++) out.write(`<row r="${i}"><c><v>${i}</v></c></row>`);
    });
    const a = make();
    expect(Buffer.concat(a.chunks).equals(Buffer.concat(make().chunks))).toBe(true);
    const made = new DeflatedPart();
    made.end();
    expect(() => made.write("<a/>")).toThrow(/ended/);
  });
});
