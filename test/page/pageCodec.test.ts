/**
 * The page's codec answers exactly as the portable one does: the same inflated bytes, whole or in pieces,
 * the same refusals past the bound and for damage, and the same CRC-32. A copy made in the page is the
 * command line's file whichever inflate read its input.
 */
import * as zlib from "node:zlib";
import fc from "fast-check";
import { binaryUnit } from "../support/binaryUnit";
import { sampled } from "../support/sampled";
import { inflateRawChunksPage, inflateRawPage, latin1DecodeAscii, utf8EncodeIntoPage } from "../../src/page/worker/pageCodec";
import { InflateLimitError, crc32Sliced, crc32Table, inflateRawChunksPortable, inflateRawPortable, latin1Decode } from "../../src/workbook/bytes";

function drain(next: () => Uint8Array | undefined): Buffer {
  const out: Uint8Array[] = [];
  for (let piece = next(); piece !== undefined; piece = next()) out.push(piece);
  return Buffer.concat(out);
}

const xml = Buffer.from(`<sheetData>${Array.from({ length: 60_000 }, (_, i) => `<row r="${i}"><c><v>${i * 37}</v><t>连云港${i % 97}</t></c></row>`).join("")}</sheetData>`);
const deflated = zlib.deflateRawSync(xml, { level: 6 });
/** A run of one byte: the most output a compressed byte can give (fflate reallocates on such slices). */
const zeros = Buffer.alloc(3_000_000);
const deflatedZeros = zlib.deflateRawSync(zeros, { level: 9 });

describe("the page's inflate", () => {
  test("whole and in pieces it gives the deflated bytes, with the size expected, guessed short or not given", () => {
    for (const [plain, packed] of [[xml, deflated], [zeros, deflatedZeros]] as const) {
      expect(Buffer.from(inflateRawPage(packed, plain.length, { sizeHint: plain.length })).equals(plain)).toBe(true);
      expect(Buffer.from(inflateRawPage(packed, plain.length, { sizeHint: 1000 })).equals(plain)).toBe(true);
      expect(Buffer.from(inflateRawPage(packed, plain.length)).equals(plain)).toBe(true);
      expect(Buffer.from(inflateRawPage(packed, plain.length * 4)).equals(plain)).toBe(true);
      expect(drain(inflateRawChunksPage(packed, plain.length)).equals(plain)).toBe(true);
      expect(drain(inflateRawChunksPage(packed, plain.length * 1000)).equals(plain)).toBe(true);
    }
  });

  test("pieces are views that later pieces never overwrite", () => {
    const next = inflateRawChunksPage(deflated, xml.length);
    const pieces: Uint8Array[] = [];
    const copies: Buffer[] = [];
    for (let piece = next(); piece !== undefined; piece = next()) {
      pieces.push(piece);
      copies.push(Buffer.from(piece));
    }
    expect(pieces.length).toBeGreaterThan(1);
    pieces.forEach((p, i) => expect(Buffer.from(p).equals(copies[i]!)).toBe(true));
  });

  test("any data deflated at any level inflates as the portable inflate gives it", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200_000 }), fc.integer({ min: 0, max: 9 }), fc.boolean(), (plain, level, repeat) => {
      const bytes = repeat ? Buffer.concat([plain, plain, plain, Buffer.from(plain).reverse()]) : Buffer.from(plain);
      const packed = zlib.deflateRawSync(bytes, { level });
      expect(Buffer.from(inflateRawPage(packed, bytes.length, { sizeHint: bytes.length })).equals(bytes)).toBe(true);
      expect(drain(inflateRawChunksPage(packed, bytes.length)).equals(drain(inflateRawChunksPortable(packed, bytes.length)))).toBe(true);
    }), { numRuns: 60 });
  });

  test("output past the bound is InflateLimitError, near the bound; damage is another error; a prefix gives a prefix", () => {
    expect(() => inflateRawPage(deflated, xml.length - 1, { sizeHint: xml.length - 1 })).toThrow(InflateLimitError);
    expect(() => drain(inflateRawChunksPage(deflated, 1000))).toThrow(InflateLimitError);
    expect(() => inflateRawPage(deflatedZeros, 100_000)).toThrow(InflateLimitError);
    expect(() => drain(inflateRawChunksPage(deflatedZeros, 100_000))).toThrow(InflateLimitError);
    const cut = deflated.subarray(0, deflated.length - 50);
    expect(() => inflateRawPage(cut, xml.length)).toThrow();
    expect(() => inflateRawPage(cut, xml.length)).not.toThrow(InflateLimitError);
    expect(() => drain(inflateRawChunksPage(cut, xml.length))).toThrow();
    const part = inflateRawPage(cut, xml.length, { partial: true });
    expect(Buffer.from(part).equals(inflateRawPortable(cut, xml.length, { partial: true }))).toBe(true);
    expect(xml.subarray(0, part.length).equals(part)).toBe(true);
    expect(() => inflateRawPage(Uint8Array.from([0xff, 0xff, 0xff]), 100)).toThrow();
    expect(() => inflateRawPage(new Uint8Array(0), 100)).toThrow();
    expect(drain(inflateRawChunksPage(new Uint8Array(0), 100)).length).toBe(0);
  });
});

test("CRC-32 sixteen bytes a step is the byte-at-a-time CRC, continued from any value", () => {
  expect(crc32Sliced(Buffer.from("123456789"))).toBe(0xcbf43926);
  fc.assert(fc.property(fc.uint8Array({ maxLength: 5000 }), fc.nat(), (bytes, previous) => {
    expect(crc32Sliced(bytes, previous >>> 0)).toBe(crc32Table(bytes, previous >>> 0));
  }), { numRuns: 300 });
  expect(crc32Sliced(xml.subarray(1001), crc32Sliced(xml.subarray(0, 1001)))).toBe(zlib.crc32(xml));
});

test("latin1 is a byte per code unit, in runs of ASCII and in runs with bytes 0x80–0xFF alike", () => {
  const every = Uint8Array.from({ length: 256 * 1024 }, (_, i) => i & 0xff);
  const mixed = Buffer.concat([xml, Buffer.from(every), Buffer.alloc(70_000, 0x41), Buffer.from([0x80, 0x9f, 0xff])]);
  expect(latin1DecodeAscii(mixed)).toBe(mixed.toString("latin1"));
  expect(latin1DecodeAscii(every)).toBe(Buffer.from(every).toString("latin1"));
  expect(latin1DecodeAscii(every.subarray(0, 300))).toBe(latin1Decode(every.subarray(0, 300)));
  expect(latin1DecodeAscii(new Uint8Array(0))).toBe("");
});

test("UTF-8 is encoded as TextEncoder encodes it, by the loop and by the browser's encoder alike, a lone surrogate as U+FFFD", () => {
  const encodeAt = (text: string, at: number) => {
    const into = new Uint8Array(at + text.length * 3 + 4).fill(0xaa);
    const written = utf8EncodeIntoPage(text, into, at);
    // Nothing before `at` is touched.
    expect(into.subarray(0, at).every((b) => b === 0xaa)).toBe(true);
    return Buffer.from(into.subarray(at, at + written));
  };
  const texts = ["", "A", "维权费用 37,183.50 元", "𝌆", "\ud800", "a\udc00b", "\ud800\ud800\udc00", "连".repeat(511), "连".repeat(512), `${"x".repeat(510)}𝌆`, "é".repeat(5000)];
  // Compared as bytes (Buffer.equals): jest's deep equality walks a buffer element by element.
  const same = (text: string, at: number) => expect(encodeAt(text, at).equals(Buffer.from(new TextEncoder().encode(text)))).toBe(true);
  for (const text of texts) same(text, 7);
  fc.assert(fc.property(fc.string({ unit: binaryUnit, maxLength: 700 }), fc.nat({ max: 16 }), same), sampled(1000));
});
