/**
 * The portable codec (every host's default, the browser's only one): its deflate pieces join into one
 * stream that zlib and fflate both inflate, its inflate stops near its bound, and its text codings,
 * checksum and digest give what the standards and Node's own functions give.
 */
import { isUtf8 as nodeIsUtf8 } from "node:buffer";
import { createHash } from "node:crypto";
import * as zlib from "node:zlib";
import fc from "fast-check";
import { binaryUnit } from "../../support/binaryUnit";
import {
  InflateLimitError, crc32Table, deflatePieceNow, inflateInRounds, inflateRawChunksPortable, roundEnds, inflateRawPortable, isUtf8, latin1Decode,
  latin1Encode, portableCodec, syncTrailer, utf16leEncode, utf8EncodeInto, utf8Length, utf8OfLatin1, indexOfBytes,
} from "../../../src/workbook/bytes";
import { sampled } from "../../support/sampled";

const text = (s: string) => new TextEncoder().encode(s);

function joined(pieces: readonly Uint8Array[], level: number): Buffer {
  return Buffer.concat(pieces.map((p, i) => deflatePieceNow(p, level, i === pieces.length - 1)));
}

function drain(next: () => Uint8Array | undefined): Buffer {
  const out: Uint8Array[] = [];
  for (let piece = next(); piece !== undefined; piece = next()) out.push(piece);
  return Buffer.concat(out);
}

describe("deflate in independent pieces", () => {
  test("pieces of any length and content join into one raw-deflate stream that zlib and fflate inflate to the input", () => {
    fc.assert(fc.property(
      fc.array(fc.oneof(fc.uint8Array({ maxLength: 3000 }), fc.string({ maxLength: 2000 }).map(text)), { minLength: 1, maxLength: 6 }),
      fc.constantFrom(1, 6),
      (pieces, level) => {
        const stream = joined(pieces, level);
        const whole = Buffer.concat(pieces);
        expect(zlib.inflateRawSync(stream).equals(whole)).toBe(true);
        expect(Buffer.from(inflateRawPortable(stream, whole.length)).equals(whole)).toBe(true);
      },
    ), { numRuns: 50 });
  });

  test("a piece is the same bytes every time: they depend only on the piece, its level and whether it is last", () => {
    const rows: string[] = [];
    for (let i = 0; i < 5000; i++) rows.push(`<row r="${i}"><c><v>${(i * 7919) % 10007}</v><v>连云港${(i * 104729) % 1009}</v></c></row>`);
    const piece = text(rows.join(""));
    expect(Buffer.from(deflatePieceNow(piece, 1, false)).equals(deflatePieceNow(piece.slice(), 1, false))).toBe(true);
    expect(Buffer.from(deflatePieceNow(piece, 1, false)).equals(deflatePieceNow(piece, 6, false))).toBe(false);
  });

  test("a non-final piece ends byte-aligned in an empty stored block (00 00 FF FF), and only the last is final", () => {
    const piece = deflatePieceNow(text("abc".repeat(1000)), 6, false);
    expect([...piece.subarray(-4)]).toEqual([0x00, 0x00, 0xff, 0xff]);
    // Alone, a non-final piece is a stream that never ends.
    expect(() => zlib.inflateRawSync(piece)).toThrow();
    expect(zlib.inflateRawSync(piece, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString()).toBe("abc".repeat(1000));
  });

  test("the sync trailer puts the three header bits after the held bits, a byte further once they do not fit", () => {
    expect([...syncTrailer(0)]).toEqual([0x00, 0x00, 0x00, 0xff, 0xff]);
    // Five bits held (value 0b10101): the header fits in the same byte.
    expect([...syncTrailer(5 | (0b10101 << 3))]).toEqual([0b10101, 0x00, 0x00, 0xff, 0xff]);
    // Six bits held: the header's third bit spills into one more byte.
    expect([...syncTrailer(6 | (0b110011 << 3))]).toEqual([0b110011, 0x00, 0x00, 0x00, 0xff, 0xff]);
    expect([...syncTrailer(7 | (0x7f << 3))]).toEqual([0x7f, 0x00, 0x00, 0x00, 0xff, 0xff]);
  });
});

describe("bounded inflate", () => {
  const zeros = zlib.deflateRawSync(Buffer.alloc(64 * 1024 * 1024));

  test("output past the bound is refused near the bound, not after inflating everything", () => {
    const before = process.memoryUsage().arrayBuffers;
    expect(() => inflateRawPortable(zeros, 1000)).toThrow(InflateLimitError);
    expect(() => drain(inflateRawChunksPortable(zeros, 1000))).toThrow(InflateLimitError);
    // Inflating it all would take 64 MB at once; what is left over (uncollected garbage included) is far less.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(32 * 1024 * 1024);
  });

  test("exactly the bound inflates; one byte less is refused", () => {
    const data = zlib.deflateRawSync(Buffer.from("0123456789"));
    expect(Buffer.from(inflateRawPortable(data, 10)).toString()).toBe("0123456789");
    expect(() => inflateRawPortable(data, 9)).toThrow(InflateLimitError);
  });

  test("a stream cut short is damaged, unless read as a prefix: then it gives a prefix of the whole", () => {
    const whole = Buffer.from("连云港知识产权".repeat(30_000));
    const data = zlib.deflateRawSync(whole);
    const cut = data.subarray(0, data.length >> 1);
    expect(() => inflateRawPortable(cut, whole.length)).toThrow();
    expect(() => inflateRawPortable(cut, whole.length)).not.toThrow(InflateLimitError);
    const part = inflateRawPortable(cut, whole.length, { partial: true });
    expect(part.length).toBeGreaterThan(whole.length / 4);
    expect(whole.subarray(0, part.length).equals(part)).toBe(true);
    expect(() => inflateRawPortable(new Uint8Array(0), 10)).toThrow();
  });

  test("the streamed inflate gives the same bytes as the one-shot one, in pieces", () => {
    const whole = Buffer.from(`<sheetData>${"<row><c><v>123</v></c></row>".repeat(100_000)}</sheetData>`);
    const data = zlib.deflateRawSync(whole, { level: 1 });
    const next = inflateRawChunksPortable(data, whole.length);
    const first = next()!;
    expect(first.length).toBeLessThan(whole.length);
    expect(Buffer.concat([first, drain(next)]).equals(whole)).toBe(true);
  });

  test("rounds of a one-shot inflate are counted back from the whole, each a quarter of the next", () => {
    expect(roundEnds(0)).toEqual([0]);
    expect(roundEnds(1_018_947)).toEqual([1_018_947]); // a quarter is below the first round's 256 KiB
    expect(roundEnds(1_048_576)).toEqual([262_144, 1_048_576]);
    expect(roundEnds(10_524_164)).toEqual([657_760, 2_631_041, 10_524_164]);
  });

  test("rounds of a one-shot inflate give the same bytes, and inflate at most 4/3 of the whole", () => {
    // Bytes that hardly compress, so the stream is long enough for several rounds.
    let seed = 7;
    const whole = Buffer.alloc(1_200_000, 0);
    for (let i = 0; i < whole.length; i++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      whole[i] = seed >>> 24;
    }
    const data = zlib.deflateRawSync(whole, { level: 1 });
    let inflated = 0;
    let rounds = 0;
    const oneShot = (bytes: Uint8Array, maxOutput: number, options: { partial?: boolean } = {}) => {
      const out = zlib.inflateRawSync(bytes, { maxOutputLength: maxOutput, ...(options.partial ? { finishFlush: zlib.constants.Z_SYNC_FLUSH } : {}) });
      inflated += out.length;
      rounds++;
      return out;
    };
    expect(drain(inflateInRounds(oneShot, data, whole.length)).equals(whole)).toBe(true);
    expect(rounds).toBe(roundEnds(data.length).length);
    expect(rounds).toBeGreaterThan(1);
    expect(inflated).toBeLessThanOrEqual((whole.length * 4) / 3 + 1024);
  });
});

describe("text codings", () => {
  test("latin1 is a byte per code unit for all 256 bytes: 0x80–0x9F stay U+0080–U+009F (not windows-1252)", () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const s = latin1Decode(all);
    expect(s.length).toBe(256);
    for (let i = 0; i < 256; i++) expect(s.charCodeAt(i)).toBe(i);
    expect(s).toBe(Buffer.from(all).toString("latin1"));
    expect([...latin1Encode(s)]).toEqual([...all]);
  });

  test("latin1 of a long part is the part's bytes one a character, across the decoder's chunks", () => {
    fc.assert(fc.property(fc.uint8Array({ minLength: 4000, maxLength: 20_000 }), (bytes) => {
      expect(latin1Decode(bytes)).toBe(Buffer.from(bytes).toString("latin1"));
    }), { numRuns: 30 });
  });

  test("a latin1 slice of UTF-8 decodes as Buffer decodes it, bad bytes as U+FFFD", () => {
    fc.assert(fc.property(fc.oneof(fc.string().map(text), fc.uint8Array()), (bytes) => {
      const slice = Buffer.from(bytes).toString("latin1");
      expect(utf8OfLatin1(slice)).toBe(Buffer.from(bytes).toString("utf8"));
    }), sampled(300));
  });

  test("UTF-8 length counts as Buffer.byteLength does, lone surrogates as three bytes", () => {
    for (const s of ["", "abc", "连云港", "𠀀x", "\ud800", "a\udc00b", "\ud800\ud800\udc00"]) expect(utf8Length(s)).toBe(Buffer.byteLength(s, "utf8"));
    fc.assert(fc.property(fc.string({ unit: binaryUnit, maxLength: 40 }), (s) => expect(utf8Length(s)).toBe(Buffer.byteLength(s, "utf8"))), { numRuns: 100 });
  });

  test("well-formed UTF-8 is told as Node tells it: overlong, surrogate, past U+10FFFF and cut-short forms refused", () => {
    const cases = [[0x41], [0xc0, 0x80], [0xc2, 0x80], [0xe0, 0x80, 0x80], [0xe0, 0xa0, 0x80], [0xed, 0xa0, 0x80], [0xed, 0x9f, 0xbf],
      [0xf0, 0x8f, 0xbf, 0xbf], [0xf0, 0x90, 0x80, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf4, 0x8f, 0xbf, 0xbf], [0xe8, 0xbf], [0xff], [0x80]];
    for (const c of cases) expect(isUtf8(Uint8Array.from(c))).toBe(nodeIsUtf8(Uint8Array.from(c)));
    fc.assert(fc.property(fc.uint8Array({ maxLength: 12 }), (bytes) => expect(isUtf8(bytes)).toBe(nodeIsUtf8(bytes))), sampled(2000));
  });

  test("UTF-16LE encodes as Buffer does, and a byte search finds what Buffer.indexOf finds", () => {
    expect(Buffer.from(utf16leEncode("EncryptedPackage")).equals(Buffer.from("EncryptedPackage", "utf16le"))).toBe(true);
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), fc.uint8Array({ maxLength: 3 }), (hay, needle) => {
      expect(indexOfBytes(hay, needle)).toBe(Buffer.from(hay).indexOf(Buffer.from(needle)));
    }), sampled(500));
  });
});

describe("checksum and digest", () => {
  test("CRC-32 gives the standard check value and continues across pieces", () => {
    expect(crc32Table(text("123456789"))).toBe(0xcbf43926);
    expect(crc32Table(new Uint8Array(0))).toBe(0);
    const a = text("连云港"), b = text("知识产权");
    expect(crc32Table(b, crc32Table(a))).toBe(crc32Table(Buffer.concat([a, b])));
  });

  test("SHA-256 gives the FIPS 180-2 vectors, fed whole or in pieces", () => {
    const hex = (...pieces: string[]) => {
      const h = portableCodec.sha256();
      for (const p of pieces) h.update(text(p));
      return h.hex();
    };
    expect(hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(hex("连云", "港")).toBe(createHash("sha256").update("连云港").digest("hex"));
  });
});

test("UTF-8 written into a buffer is TextEncoder's bytes, short strings and long, lone surrogates as U+FFFD", () => {
  const into = new Uint8Array(4000);
  fc.assert(fc.property(fc.oneof(fc.string({ unit: binaryUnit, maxLength: 40 }), fc.string({ minLength: 300, maxLength: 600 })), fc.nat(100), (s, at) => {
    const n = utf8EncodeInto(s, into, at);
    expect(Buffer.from(into.subarray(at, at + n)).equals(Buffer.from(new TextEncoder().encode(s)))).toBe(true);
  }), { numRuns: 200 });
  for (const s of ["\ud800", "a\udc00", "\ud83d\ude00", "\udbff\udfff", "连"]) expect([...into.subarray(0, utf8EncodeInto(s, into, 0))]).toEqual([...new TextEncoder().encode(s)]);
});
