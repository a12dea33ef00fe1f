/**
 * The command line's native codec answers exactly as the portable one (the browser's) does: the same
 * inflated bytes and refusals, checksums, digests, latin1 strings and UTF-8 verdicts. A copy's bytes never
 * depend on which one ran.
 */
import * as zlib from "node:zlib";
import fc from "fast-check";
import { nodeCodec } from "../../src/cli/nodeCodec";
import { InflateLimitError, inflateRawChunksPortable, portableCodec, type Codec } from "../../src/workbook/bytes";

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
    expect(native.isUtf8(bytes)).toBe(portableCodec.isUtf8(bytes));
    const a = native.sha256(), b = portableCodec.sha256();
    a.update(bytes);
    b.update(bytes);
    expect(a.hex()).toBe(b.hex());
  }), { numRuns: 200 });
});
