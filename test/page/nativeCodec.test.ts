/**
 * The page's native inflate and deferred deflate (Node's CompressionStream and DecompressionStream stand in
 * for the browser's). A part inflated ahead of the check is kept only when the reader would take it: within
 * its bound, the size and CRC-32 it declares; anything else is left to the reader, which refuses it in its
 * own words. Parts written while deflate is put off come out as the same parts, compressed.
 */
import { createHash } from "node:crypto";
import * as zlib from "node:zlib";
import { DeferredDeflate } from "../../src/page/worker/deferredDeflate";
import { batchCodec, finishCopy } from "../../src/page/worker/nativeBatch";
import { deflateRawNative, finishZip } from "../../src/page/worker/nativeZip";
import { inflateEntryNative, inflateRawNative, preInflate } from "../../src/page/worker/preInflate";
import { codec, portableCodec, useCodec } from "../../src/workbook/bytes";
import { assembleZip, crc32, readZip, writeZip, type ZipEntry, type ZipRecord } from "../../src/workbook/zip";
import { ReadError } from "../../src/workbook/readError";
import { expectSameWorkbook, workbookParts } from "../support/sameWorkbook";
import { MANY_ROWS, STORED_IMAGE, writeZipDeferred } from "./deferredZip";

const xml = Buffer.from(`<sheetData>${Array.from({ length: 40_000 }, (_, i) => `<row r="${i}"><c><v>${i * 37}</v><t>连云港${i % 97}</t></c></row>`).join("")}</sheetData>`);
const deflated = zlib.deflateRawSync(xml);
/** Three megabytes of one byte: a few kilobytes deflated. */
const zeros = Buffer.alloc(3_000_000);
const deflatedZeros = zlib.deflateRawSync(zeros, { level: 9 });

function entry(name: string, data: Uint8Array, fields: Partial<Omit<ZipRecord, "name" | "data">> = {}): ZipRecord {
  return { name, method: 8, crc32: 0, compressedSize: data.length, uncompressedSize: 0, data, ...fields };
}

function entryOf(record: ZipRecord): ZipEntry {
  return readZip(assembleZip([record])).entries[0]!;
}

/** What the reader says of a part, under the codec in use: its bytes (by length and digest), or its refusal's reason and detail. */
function readOutcome(zip: Uint8Array, name: string): unknown {
  try {
    const bytes = readZip(zip).read(name);
    return { length: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") };
  } catch (e) {
    if (!(e instanceof ReadError)) throw e;
    return { reason: e.reason, found: e.found };
  }
}

describe("the browser's inflate, ahead of the check", () => {
  test("gives the deflated bytes within a bound of their size; a byte past the bound is refused", async () => {
    expect(Buffer.from((await inflateRawNative(deflated, xml.length))!).equals(xml)).toBe(true);
    expect(Buffer.from((await inflateRawNative(deflated, xml.length * 3))!).equals(xml)).toBe(true);
    expect(await inflateRawNative(deflated, xml.length - 1)).toBeNull();
  });

  test("a bomb is stopped at its bound, damage is refused, nothing is no output", async () => {
    expect(await inflateRawNative(deflatedZeros, 100_000)).toBeNull();
    expect(await inflateRawNative(deflated.subarray(0, deflated.length - 50), xml.length)).toBeNull();
    expect(await inflateRawNative(Uint8Array.from([0xff, 0xff, 0xff]), 100)).toBeNull();
  });

  test("an entry is kept only with the size and CRC-32 it declares", async () => {
    const crc = crc32(xml);
    expect(Buffer.from((await inflateEntryNative(entryOf(entry("a.xml", deflated, { crc32: crc, uncompressedSize: xml.length }))))!).equals(xml)).toBe(true);
    // A size declared short: the output passes it (the reader's bound), and the stream stops there.
    expect(await inflateEntryNative(entryOf(entry("a.xml", deflated, { crc32: crc, uncompressedSize: xml.length - 1 })))).toBeNull();
    // A size declared long: the stream ends short of it.
    expect(await inflateEntryNative(entryOf(entry("a.xml", deflated, { crc32: crc, uncompressedSize: xml.length + 1 })))).toBeNull();
    expect(await inflateEntryNative(entryOf(entry("a.xml", deflated, { crc32: crc ^ 1, uncompressedSize: xml.length })))).toBeNull();
  });

  test("a bomb, a lying size and a lying checksum are left to the reader, which refuses them in its own words; a sound part is handed over", async () => {
    const zip = assembleZip([
      entry("xl/sound.xml", deflated, { crc32: crc32(xml), uncompressedSize: xml.length }),
      // Within the ratio the reader allows for its compressed size, declared; inflating far past it.
      entry("xl/bomb.xml", deflatedZeros, { crc32: crc32(zeros), uncompressedSize: 100_000 }),
      entry("xl/short.xml", deflated, { crc32: crc32(xml), uncompressedSize: xml.length + 10 }),
      entry("xl/crc.xml", deflated, { crc32: crc32(xml) ^ 0x10, uncompressedSize: xml.length }),
    ]);
    const names = ["xl/sound.xml", "xl/bomb.xml", "xl/short.xml", "xl/crc.xml"];
    const before = useCodec(portableCodec);
    try {
      const expected = names.map((n) => readOutcome(zip, n));
      expect(expected.slice(1).map((o) => (o as ReadError).reason)).toEqual(["zip-bomb", "bad-xml", "bad-xml"]);
      const inflated = await preInflate([zip]);
      const entries = readZip(zip).entries;
      expect(entries.map((e) => inflated.find(e.raw) !== undefined)).toEqual([true, false, false, false]);
      useCodec(batchCodec(codec(), inflated, new DeferredDeflate()));
      expect(names.map((n) => readOutcome(zip, n))).toEqual(expected);
      // The sound part is the one inflated ahead: the reader asks no inflate of its own for it.
      expect(readZip(zip).read("xl/sound.xml")).toBe(inflated.find(entries[0]!.raw));
    } finally {
      useCodec(before);
    }
  });

  test("parts past what may be held are left to the reader", async () => {
    const zip = assembleZip([
      entry("xl/a.xml", deflated, { crc32: crc32(xml), uncompressedSize: xml.length }),
      entry("xl/b.xml", deflated.slice(), { crc32: crc32(xml), uncompressedSize: xml.length }),
    ]);
    const inflated = await preInflate([zip], undefined, xml.length * 1.5);
    expect(readZip(zip).entries.map((e) => inflated.find(e.raw) !== undefined)).toEqual([true, false]);
  });

  test("a file that is no zip is left to the reader", async () => {
    const inflated = await preInflate([new TextEncoder().encode("not a workbook")]);
    expect(inflated.find(new Uint8Array(4))).toBeUndefined();
  });
});

describe("deflate put off, then done by the browser", () => {
  const parts = [
    { name: "[Content_Types].xml", data: "<Types/>" },
    { name: "xl/worksheets/sheet1.xml", data: MANY_ROWS },
    { name: "xl/empty.xml", data: "" },
    STORED_IMAGE,
  ];

  test("the parts come out the same (names, order, methods, bytes), compressed", async () => {
    const expected = writeZip(parts);
    const deferred = new DeferredDeflate();
    const tokens = writeZipDeferred(parts, deferred);
    expect(tokens.length).toBeLessThan(20_000);
    const finished = await finishZip(tokens, deferred);
    expectSameWorkbook(finished, expected);
    expect(finished.length).toBeLessThan(MANY_ROWS.length / 5);
    expect(workbookParts(finished).map((p) => p.method)).toEqual([8, 8, 8, 0]);
  });

  test("another batch's tokens are not this batch's: a zip without this batch's tokens is left as it is", async () => {
    const mine = new DeferredDeflate();
    const theirs = new DeferredDeflate();
    const token = theirs.deflatePiece(new Uint8Array(10))();
    expect(mine.piecesOf(token)).toBeNull();
    expect(theirs.piecesOf(token)).not.toBeNull();
    const zip = writeZip(parts);
    expect(await finishZip(zip, mine)).toBe(zip);
  });

  test("a part the check wrote and reads back inflates to its pieces, within the bound", () => {
    const deferred = new DeferredDeflate();
    const piece = new TextEncoder().encode("abc");
    const raw = deferred.deflatePiece(piece)();
    expect(deferred.inflated(raw, 3)).toEqual(piece);
    expect(() => deferred.inflated(raw, 2)).toThrow("inflated output past its bound");
    expect(deferred.inflated(deflated, xml.length)).toBeNull();
  });

  test("the browser's raw deflate inflates to the pieces joined", async () => {
    const out = await deflateRawNative([xml.subarray(0, 1000), xml.subarray(1000)]);
    expect(zlib.inflateRawSync(out).equals(xml)).toBe(true);
  });
});

describe("a finished copy past the reader's limit", () => {
  // The writer bounds the copy on what it writes, which in the page is tokens: the bound is applied again to
  // the compressed copy. A limit of a few kilobytes stands for the reader's 80 MB.
  const part = Array.from({ length: 5_000 }, (_, i) => `<row r="${i}"><c><v>${(i * 7919) % 100_003}</v></c></row>`).join("");

  async function finished(maxBytes: number) {
    const deferred = new DeferredDeflate();
    const tokens = writeZipDeferred([{ name: "xl/worksheets/sheet1.xml", data: part }], deferred);
    const file = { name: "申报表.xlsx", sheet: "申报表", rows: 3, copy: { name: "申报表.checked.xlsx", bytes: tokens } };
    return { file: await finishCopy(file, deferred, maxBytes), tokens: tokens.length };
  }

  test("is refused in both languages, naming the file and the limit, and no copy is offered", async () => {
    const { file, tokens } = await finished(4 * 1024);
    expect(tokens).toBeLessThan(4 * 1024);
    expect(file.copy).toBeUndefined();
    expect(file.rows).toBe(3);
    expect(file.problem?.zh).toContain("申报表.xlsx");
    expect(file.problem?.zh).toMatch(/超过 [\d.]+ MB/);
    expect(file.problem?.en).toContain("申报表.xlsx");
    expect(file.problem?.en).toMatch(/exceed [\d.]+ MB/);
  });

  test("within the limit, the copy is the compressed zip", async () => {
    const { file } = await finished(10 * 1024 * 1024);
    expect(file.problem).toBeUndefined();
    expect(file.copy!.bytes.length).toBeLessThan(part.length / 3);
    expect(Buffer.from(readZip(file.copy!.bytes).read("xl/worksheets/sheet1.xml")).toString("utf8") === part).toBe(true);
  });
});
