/**
 * The command line's native codec answers as the portable one (the browser's) does: the same inflated bytes
 * and refusals, checksums, digests, latin1 strings and UTF-8 verdicts. Its deflate is zlib's, whose
 * compressed bytes differ from fflate's: its pieces must still join into one stream that inflates (with
 * either inflater) to exactly the bytes given, so a copy's parts never depend on which codec ran.
 */
import * as zlib from "node:zlib";
import fc from "fast-check";
import { deflatePieceNode, nodeCodec } from "../../src/cli/nodeCodec";
import { InflateLimitError, deflatePieceNow, inflateRawChunksPortable, inflateRawPortable, portableCodec, type Codec } from "../../src/workbook/bytes";

const native = nodeCodec as Codec;

function drain(next: () => Uint8Array | undefined): Buffer {
  const out: Uint8Array[] = [];
  for (let piece = next(); piece !== undefined; piece = next()) out.push(piece);
  return Buffer.concat(out);
}

const xml = Buffer.from(`<sheetData>${Array.from({ length: 40_000 }, (_, i) => `<row r="${i}"><c><v>${i * 37}</v><t>连云港${i % 97}</t></c></row>`).join("")}</sheetData>`);
const deflated = zlib.deflateRawSync(xml, { level: 1 });

test("whole and streamed inflates give the same bytes as the portable ones", () => {
  expect(Buffer.from(native.inflateRaw(deflated, xml.length)).equals(portableCodec.inflateRaw(deflated, xml.length))).toBe(true);
  expect(drain(native.inflateRawChunks(deflated, xml.length)).equals(drain(inflateRawChunksPortable(deflated, xml.length)))).toBe(true);
  expect(drain(native.inflateRawChunks(deflated, xml.length)).equals(xml)).toBe(true);
});

test("output past the bound is InflateLimitError in both, damage is another error in both", () => {
  for (const codec of [native, portableCodec]) {
    expect(() => codec.inflateRaw(deflated, xml.length - 1)).toThrow(InflateLimitError);
    expect(() => drain(codec.inflateRawChunks(deflated, 1000))).toThrow(InflateLimitError);
    const cut = deflated.subarray(0, deflated.length - 50);
    expect(() => codec.inflateRaw(cut, xml.length)).toThrow();
    expect(() => codec.inflateRaw(cut, xml.length)).not.toThrow(InflateLimitError);
    const part = codec.inflateRaw(cut, xml.length, { partial: true });
    expect(xml.subarray(0, part.length).equals(part)).toBe(true);
    expect(() => codec.inflateRaw(Uint8Array.from([0xff, 0xff, 0xff]), 100)).toThrow();
  }
});

test("CRC-32, SHA-256, latin1 and UTF-8 checks agree with the portable ones", () => {
  fc.assert(fc.property(fc.uint8Array({ maxLength: 5000 }), fc.nat(), (bytes, previous) => {
    expect(native.crc32(bytes, previous >>> 0)).toBe(portableCodec.crc32(bytes, previous >>> 0));
    expect(native.latin1Decode(bytes)).toBe(portableCodec.latin1Decode(bytes));
    // And back, into a buffer at an offset, short and long, and where it runs past the buffer's end.
    const text = portableCodec.latin1Decode(bytes);
    for (const at of [0, previous % 97]) {
      for (const size of [at + bytes.length, at + Math.floor(bytes.length / 2)]) {
        const a = new Uint8Array(size).fill(7), b = new Uint8Array(size).fill(7);
        native.latin1EncodeInto(text, a, at);
        portableCodec.latin1EncodeInto(text, b, at);
        expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
      }
    }
    expect(native.isUtf8(bytes)).toBe(portableCodec.isUtf8(bytes));
    const a = native.sha256(), b = portableCodec.sha256();
    a.update(bytes);
    b.update(bytes);
    expect(a.hex()).toBe(b.hex());
  }), { numRuns: 200 });
});

/** The pieces deflated on their own by the native codec, in order, the last one final, joined. */
function joinedNative(pieces: readonly Uint8Array[], level: number): Buffer {
  return Buffer.concat(pieces.map((p, i) => native.deflatePiece(p, level, i === pieces.length - 1)()));
}

describe("native deflate in independent pieces", () => {
  test("pieces joined inflate to the input with zlib and with fflate: empty pieces, and a cut inside a character", () => {
    const whole = Buffer.from("<c><t>连云港市知识产权资助</t></c>".repeat(3000));
    // "连" is three bytes from offset 6: cuts after its first and second byte.
    const cuts = [6 + 1, 6 + 2, 20_000, 45_001];
    const pieces = [new Uint8Array(0), ...cuts.map((at, i) => whole.subarray(i === 0 ? 0 : cuts[i - 1], at)), new Uint8Array(0), whole.subarray(45_001), new Uint8Array(0)];
    expect(Buffer.concat(pieces).equals(whole)).toBe(true);
    // The first two non-empty pieces end inside 连: neither is UTF-8 on its own.
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(pieces[1])).toThrow();
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(pieces[2])).toThrow();
    for (const level of [1, 3, 6]) {
      const stream = joinedNative(pieces, level);
      expect(zlib.inflateRawSync(stream).equals(whole)).toBe(true);
      expect(Buffer.from(inflateRawPortable(stream, whole.length)).equals(whole)).toBe(true);
      expect(Buffer.from(native.inflateRaw(stream, whole.length)).equals(whole)).toBe(true);
    }
  });

  test("a stream of nothing but empty pieces is a valid stream of no bytes", () => {
    const stream = joinedNative([new Uint8Array(0), new Uint8Array(0), new Uint8Array(0)], 6);
    expect(zlib.inflateRawSync(stream).length).toBe(0);
    expect(inflateRawPortable(stream, 0).length).toBe(0);
  });

  test("pieces of any length and content join into one stream, at the fast and the default level", () => {
    fc.assert(fc.property(
      fc.array(fc.oneof(fc.uint8Array({ maxLength: 3000 }), fc.string({ maxLength: 2000 }).map((s) => Buffer.from(s))), { minLength: 1, maxLength: 6 }),
      fc.constantFrom(3, 6),
      (pieces, level) => {
        const whole = Buffer.concat(pieces);
        const stream = joinedNative(pieces, level);
        expect(zlib.inflateRawSync(stream).equals(whole)).toBe(true);
        expect(Buffer.from(inflateRawPortable(stream, whole.length)).equals(whole)).toBe(true);
      },
    ), { numRuns: 50 });
  });

  test("native and portable pieces mixed in one stream still join: each piece stands alone", () => {
    const a = Buffer.from("甲".repeat(5000)), b = Buffer.from("<row/>".repeat(5000)), c = Buffer.from("乙丙".repeat(3000));
    const stream = Buffer.concat([deflatePieceNode(a, 3, false), deflatePieceNow(b, 3, false), deflatePieceNode(c, 3, true)]);
    expect(zlib.inflateRawSync(stream).equals(Buffer.concat([a, b, c]))).toBe(true);
  });

  test("a non-last piece ends byte-aligned in an empty stored block and is not final; the last is", () => {
    const piece = deflatePieceNode(Buffer.from("abc".repeat(1000)), 3, false);
    expect([...piece.subarray(-4)]).toEqual([0x00, 0x00, 0xff, 0xff]);
    expect(() => zlib.inflateRawSync(piece)).toThrow();
    expect(zlib.inflateRawSync(deflatePieceNode(Buffer.from("abc"), 3, true)).toString()).toBe("abc");
  });

  test("the same piece at the same level gives the same bytes every time (one host's copies are byte for byte)", () => {
    const piece = Buffer.from(xml.subarray(0, 300_000));
    expect(Buffer.from(deflatePieceNode(piece, 3, false)).equals(deflatePieceNode(Buffer.from(piece), 3, false))).toBe(true);
    expect(Buffer.from(deflatePieceNode(piece, 3, true)).equals(deflatePieceNode(piece, 3, false))).toBe(false);
  });
});
