/**
 * What the reader sees of a sheet's bytes as they go by (partEnd.ts): whether they are UTF-8 and the bytes
 * after its rows, wherever the pieces are cut; and, with them, the copy of a large sheet read forward
 * inflates the part once more only as far as its header before its rows are written, the same bytes out.
 */
import { isUtf8 } from "node:buffer";
import { PART_END_BYTES, PartWitness } from "../../../src/workbook/xlsx/partEnd";
import { openWorkbook } from "../../../src/workbook/xlsx";
import type { RowSpans } from "../../../src/workbook/xlsx/rowSpans";
import { MemorySink, readZip, writeZip } from "../../../src/workbook/zip";
import { annotateXlsxTo } from "../../../src/writer/writeXlsx";
import { minimalEntries } from "../../hostile/minimalXlsx";
import { twoRowPlan } from "../../writer/workbookFixture";
import { randomOf } from "../../support/randomOf";

/** Inflated bytes the copy's writer asks of its forward reads (Package.forwardBytes), counted. */
const mockInflated = { bytes: 0 };
jest.mock("../../../src/workbook/bytes/codec", () => {
  const actual = jest.requireActual("../../../src/workbook/bytes/codec");
  return {
    ...actual,
    inflateRawChunksPortable: (data: Uint8Array, max: number) => {
      const next = actual.inflateRawChunksPortable(data, max);
      return () => {
        const piece = next();
        if (piece) mockInflated.bytes += piece.length;
        return piece;
      };
    },
  };
});

/** The bytes given to a witness in pieces of random sizes up to `most`, read to their end. */
function witnessed(bytes: Uint8Array, random: (n: number) => number, most: number): PartWitness {
  const w = new PartWitness();
  let at = 0;
  const next = w.tap(() => {
    if (at >= bytes.length) return undefined;
    const piece = bytes.subarray(at, Math.min(bytes.length, at + 1 + random(most)));
    at += piece.length;
    return piece;
  });
  while (next() !== undefined);
  return w;
}

const text = (s: string) => new Uint8Array(Buffer.from(s, "utf8"));

describe("what the reader sees of a part go by", () => {
  it("gives the bytes from an offset to the end and whether all are UTF-8, wherever the pieces are cut", () => {
    const random = randomOf(22);
    const good = text(`<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>连云港市知识产权</t></is></c></row></sheetData><pageMargins/></worksheet>`);
    const bad = Uint8Array.from([...good.subarray(0, 40), 0xe8, 0x80, ...good.subarray(40)]);
    for (let round = 0; round < 200; round++) {
      for (const bytes of [good, bad]) {
        const from = random(bytes.length + 1);
        const end = witnessed(bytes, random, 12).end(from)!;
        expect(end.length).toBe(bytes.length);
        expect(end.utf8).toBe(isUtf8(bytes));
        expect(Buffer.from(end.tail).equals(Buffer.from(bytes.subarray(from)))).toBe(true);
      }
    }
  });

  it("gives nothing for a part not read to its end, one led by a byte-order mark, or a tail longer than it keeps", () => {
    const bytes = text("<worksheet><sheetData/></worksheet>");
    const w = new PartWitness();
    const next = w.tap(((given) => () => (given++ === 0 ? bytes : undefined))(0));
    next();
    expect(w.end(10)).toBeUndefined();
    next();
    expect(w.end(10)).toBeDefined();
    expect(witnessed(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]), randomOf(1), 8).end(13)).toBeUndefined();
    // Pieces of 64 KB: the oldest go once the rest hold PART_END_BYTES.
    const large = new Uint8Array(PART_END_BYTES * 3).fill(0x20);
    const seen = witnessed(large, () => 65_535, 0);
    expect(seen.end(large.length - PART_END_BYTES)?.tail.length).toBe(PART_END_BYTES);
    expect(seen.end(PART_END_BYTES)).toBeUndefined();
    // Nor more than that from a piece still kept: one piece of the whole part.
    const whole = new PartWitness();
    const once = whole.tap(((given) => () => (given++ === 0 ? large : undefined))(0));
    while (once() !== undefined);
    expect(whole.end(large.length - PART_END_BYTES)?.tail.length).toBe(PART_END_BYTES);
    expect(whole.end(large.length - PART_END_BYTES - 1)).toBeUndefined();
  });
});

/** A sheet of `rows` data rows of text that does not compress much, so that it inflates in many pieces. */
function largeWorkbook(rows: number): Uint8Array {
  const random = randomOf(7);
  const word = () => Array.from({ length: 12 }, () => String.fromCharCode(0x4e00 + random(20_000))).join("");
  const xml = [`<row r="1"><c r="A1" t="inlineStr"><is><t>单位名称</t></is></c><c r="B1" t="inlineStr"><is><t>申请金额</t></is></c></row>`];
  for (let r = 2; r <= rows + 1; r++) xml.push(`<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${word()}</t></is></c><c r="B${r}"><v>${r}</v></c></row>`);
  return writeZip(minimalEntries({ sheets: [{ name: "表", rows: xml.join(""), after: "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>" }] }));
}

/** The copy read forward, and how many inflated bytes of the sheet it asked for. */
function copyCounting(input: Uint8Array, spans: RowSpans): { bytes: Buffer; inflated: number } {
  mockInflated.bytes = 0;
  const sink = new MemorySink();
  annotateXlsxTo(input, twoRowPlan(), sink, undefined, undefined, { sheet: "表", spans, forwardFrom: 0 });
  return { bytes: Buffer.from(sink.bytes()), inflated: mockInflated.bytes };
}

describe("the reader's spans carry the part's end", () => {
  const input = largeWorkbook(6_000);
  const sheetBytes = readZip(input).entries.find((e) => e.name === "xl/worksheets/sheet1.xml")!.uncompressedSize;
  const wb = openWorkbook(input);
  wb.readSheet("表");
  const spans = wb.rowSpans("表")!;

  it("as the bytes after <sheetData>'s rows, the part UTF-8", () => {
    expect(spans.end).toBeDefined();
    expect(spans.end!.length).toBe(sheetBytes);
    expect(spans.end!.utf8).toBe(true);
    expect(Buffer.from(spans.end!.tail).toString("utf8")).toMatch(/^<\/sheetData><pageMargins [^>]*\/><\/worksheet>$/);
  });

  it("so a copy read forward inflates the sheet about once, not twice, and is the same bytes", () => {
    const { end: _, ...bare } = spans;
    const withEnd = copyCounting(input, spans);
    const without = copyCounting(input, bare);
    expect(withEnd.bytes.equals(without.bytes)).toBe(true);
    expect(without.inflated).toBeGreaterThanOrEqual(2 * sheetBytes);
    expect(withEnd.inflated).toBeGreaterThanOrEqual(sheetBytes);
    expect(withEnd.inflated).toBeLessThan(1.5 * sheetBytes);
  });
});
