import { deflateRawSync } from "node:zlib";
import { render } from "../../../src/engine";
import { formatMegabytes, LIMITS, type Limits } from "../../../src/workbook/limits";
import { ReadError } from "../../../src/workbook/readError";
import { assembleZip, crc32, readZip, writeZip, type ZipRecord } from "../../../src/workbook/zip";
import { detailOf } from "../../support/readErrorOf";

const text = (s: string) => new Uint8Array(Buffer.from(s, "utf8"));
const reasonOf = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    if (e instanceof ReadError) return e.reason;
    throw e;
  }
  return undefined;
};

function record(name: string, content: Uint8Array, overrides: Partial<ZipRecord> = {}): ZipRecord {
  const data = deflateRawSync(content);
  return {
    name, method: 8, crc32: crc32(content), compressedSize: data.length, uncompressedSize: content.length, data, ...overrides,
  };
}

describe("crc32", () => {
  it("gives the standard check value for '123456789'", () => {
    expect(crc32(text("123456789"))).toBe(0xcbf43926);
  });
  it("continues across pieces", () => {
    expect(crc32(text("56789"), crc32(text("1234")))).toBe(0xcbf43926);
  });
});

describe("writeZip and readZip", () => {
  it("round-trips deflated and stored entries, Chinese names included", () => {
    const zip = writeZip([
      { name: "xl/工作表.xml", data: "<a>连云港</a>" },
      { name: "raw.bin", data: new Uint8Array([0, 1, 2, 255]), store: true },
    ]);
    const archive = readZip(zip);
    expect(archive.entries.map((e) => [e.name, e.method])).toEqual([["xl/工作表.xml", 8], ["raw.bin", 0]]);
    expect(archive.readText("xl/工作表.xml")).toBe("<a>连云港</a>");
    expect([...archive.read("raw.bin")]).toEqual([0, 1, 2, 255]);
  });

  it("writes the same bytes every time for the same entries", () => {
    const entries = [{ name: "a.xml", data: "<x/>".repeat(1000) }, { name: "b.xml", data: "内容" }];
    expect(Buffer.from(writeZip(entries)).equals(Buffer.from(writeZip(entries)))).toBe(true);
  });

  it("copies an entry's compressed bytes untouched, even when they were compressed differently", () => {
    const content = text("<sheet>".repeat(500));
    const original = assembleZip([record("xl/a.xml", content, { data: deflateRawSync(content, { level: 1 }) })].map((r) => ({
      ...r, compressedSize: r.data.length,
    })));
    const entry = readZip(original).entry("xl/a.xml")!;
    const copied = readZip(writeZip([{ copy: entry }, { name: "new.xml", data: "<n/>" }]));
    const again = copied.entry("xl/a.xml")!;
    expect(Buffer.from(again.raw).equals(Buffer.from(entry.raw))).toBe(true);
    expect(again.crc32).toBe(entry.crc32);
    expect(Buffer.from(copied.read("xl/a.xml")).equals(Buffer.from(content))).toBe(true);
  });

  it("can copy an entry under a new name", () => {
    const entry = readZip(writeZip([{ name: "old.xml", data: "<o/>" }])).entry("old.xml")!;
    expect(readZip(writeZip([{ name: "new.xml", copy: entry }])).readText("new.xml")).toBe("<o/>");
  });

  it("refuses to write two entries of the same name", () => {
    expect(() => writeZip([{ name: "a", data: "1" }, { name: "a", data: "2" }])).toThrow(/duplicate/);
  });

  it("finds a part whose case was changed by another tool", () => {
    const archive = readZip(writeZip([{ name: "XL/Workbook.xml", data: "<w/>" }]));
    expect(archive.has("xl/workbook.xml")).toBe(true);
    expect(archive.readText("xl/workbook.xml")).toBe("<w/>");
  });

  it("decodes UTF-16 parts marked by a byte-order mark and drops a UTF-8 one", () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from("<a>表</a>", "utf16le")]);
    const bom8 = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from("<b/>")]);
    const archive = readZip(writeZip([{ name: "u16.xml", data: utf16 }, { name: "u8.xml", data: bom8 }]));
    expect(archive.readText("u16.xml")).toBe("<a>表</a>");
    expect(archive.readText("u8.xml")).toBe("<b/>");
  });

  it("reading a part that is not there is a ReadError, not a crash", () => {
    expect(reasonOf(() => readZip(writeZip([{ name: "a", data: "1" }])).read("b"))).toBe("bad-xml");
  });
});

describe("readZip refuses what a workbook never is", () => {
  const valid = () => writeZip([{ name: "a.xml", data: "<a/>".repeat(100) }, { name: "b.xml", data: "<b/>" }]);

  it("too large an input: too-large, before looking inside", () => {
    const limits: Limits = { ...LIMITS, maxInputBytes: 100 };
    expect(reasonOf(() => readZip(valid(), limits))).toBe("too-large");
  });

  it("more entries than the limit: too-many-entries", () => {
    const entries = Array.from({ length: 11 }, (_, i) => ({ name: `e${i}`, data: "x" }));
    expect(reasonOf(() => readZip(writeZip(entries), { ...LIMITS, maxEntries: 10 }))).toBe("too-many-entries");
    expect(reasonOf(() => readZip(writeZip(entries.slice(0, 10)), { ...LIMITS, maxEntries: 10 }))).toBeUndefined();
  });

  it("two entries with one name: duplicate-entry", () => {
    const zip = assembleZip([record("xl/workbook.xml", text("<a/>")), record("xl/workbook.xml", text("<b/>"))]);
    expect(reasonOf(() => readZip(zip))).toBe("duplicate-entry");
  });

  it("the end cut off: truncated", () => {
    const zip = valid();
    expect(reasonOf(() => readZip(zip.subarray(0, zip.length - 10)))).toBe("truncated");
    expect(reasonOf(() => readZip(zip.subarray(0, zip.length >> 1)))).toBe("truncated");
  });

  it("a directory pointing outside the file: truncated", () => {
    const zip = valid();
    const view = new DataView(zip.buffer, zip.byteOffset);
    view.setUint32(zip.length - 22 + 16, zip.length + 1000, true);
    expect(reasonOf(() => readZip(zip))).toBe("truncated");
  });

  it("an entry with the encryption flag: encrypted", () => {
    const zip = valid();
    const view = new DataView(zip.buffer, zip.byteOffset);
    const cd = view.getUint32(zip.length - 22 + 16, true);
    view.setUint16(cd + 8, view.getUint16(cd + 8, true) | 1, true);
    expect(reasonOf(() => readZip(zip))).toBe("encrypted");
  });

  it("a compression method other than stored or deflate: unsupported (not 格式损坏), naming it", () => {
    const zip = assembleZip([{ ...record("a.xml", text("<a/>")), method: 12 as never }]);
    let error: unknown;
    try {
      readZip(zip);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ reason: "unsupported", found: { d: "compression-method", method: 12 } });
  });

  it("zip64 markers: refused as an unsupported format that names ZIP64 (not as 格式损坏), never misread", () => {
    const zip = assembleZip([record("a.xml", text("<a/>"), { uncompressedSize: 0xffffffff })]);
    let error: unknown;
    try {
      readZip(zip);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ reason: "unsupported", found: { d: "zip64" } });
    expect(render({ code: "UNREADABLE_FILE", reason: "unsupported", found: (error as ReadError).found! }, "zh")).toMatch(/^不支持的压缩包格式.*ZIP64/);
  });

  it("a file just over 50 MB says so: 50.01 MB against 上限 50 MB, never a rounded 50.0 MB", () => {
    const limits: Limits = { ...LIMITS, maxInputBytes: 50 * 1024 * 1024 };
    let error: unknown;
    try {
      readZip(new Uint8Array(50 * 1024 * 1024 + 105), limits);
    } catch (e) {
      error = e;
    }
    expect(detailOf(error as ReadError)).toBe("50.01 MB，上限 50 MB");
    expect(formatMegabytes(50 * 1024 * 1024)).toBe("50 MB");
    expect(formatMegabytes(1.5 * 1024 * 1024)).toBe("1.5 MB");
  });

  it("entries that together declare more than the whole-file budget are refused before any is inflated (limits)", () => {
    // Each entry keeps to 100:1 and to 500 MB; together they declare 490 MB from a few MB of deflate.
    const data = new Uint8Array(1024 * 1024).map((_, i) => (i * 2654435761) >>> 24);
    const entry = (i: number) => record(`xl/media/part${i}.xml`, text("<a/>"), { data, compressedSize: data.length, uncompressedSize: 98 * 1024 * 1024 });
    const records = [0, 1, 2, 3, 4].map(entry);
    const zip = assembleZip(records);
    // The entries' data is not even deflate: refused at open from the declared sizes alone.
    expect(reasonOf(() => readZip(zip))).toBe("limits");
  });

  it("an entry declaring more than 500 MB inflated: zip-bomb at open, nothing inflated", () => {
    const zip = assembleZip([record("a.xml", text("<a/>"), { uncompressedSize: LIMITS.maxEntryBytes + 1 })]);
    expect(reasonOf(() => readZip(zip))).toBe("zip-bomb");
  });

  it("an entry declaring a ratio above 100:1 past 100 KiB: zip-bomb at open", () => {
    const zero = new Uint8Array(200 * 1024);
    const zip = assembleZip([record("a.xml", zero)]);
    expect(reasonOf(() => readZip(zip))).toBe("zip-bomb");
  });

  it("up to 100 KiB, any ratio is fine (small XML compresses well)", () => {
    const zero = new Uint8Array(100 * 1024);
    expect(readZip(assembleZip([record("a.xml", zero)])).read("a.xml").length).toBe(zero.length);
  });

  it("an entry lying about its size stops inflating at the bound: zip-bomb", () => {
    const zero = new Uint8Array(300 * 1024);
    const zip = assembleZip([record("a.xml", zero, { uncompressedSize: 10 })]);
    const archive = readZip(zip);
    expect(reasonOf(() => archive.read("a.xml"))).toBe("zip-bomb");
  });

  it("the absolute cap holds even where the ratio would allow more", () => {
    const limits: Limits = { ...LIMITS, maxEntryBytes: 1000, ratioFloorBytes: 10 };
    const content = new Uint8Array(2000).map((_, i) => (i * 7919) % 251);
    const zip = assembleZip([record("a.bin", content, { uncompressedSize: 10 })]);
    expect(reasonOf(() => readZip(zip, limits).read("a.bin"))).toBe("zip-bomb");
  });

  it("entries sharing one compressed stream (overlapping entries): zip-bomb", () => {
    const zip = writeZip([{ name: "a.xml", data: "<a/>".repeat(100) }]);
    const entry = readZip(zip).entry("a.xml")!;
    // A second central-directory record pointing at the first entry's local header.
    const records = [0, 1].map((i) => ({ ...entry, name: i ? "b.xml" : "a.xml", data: entry.raw }));
    const two = assembleZip(records);
    const view = new DataView(two.buffer, two.byteOffset);
    const cd = view.getUint32(two.length - 22 + 16, true);
    const second = cd + 46 + "a.xml".length;
    view.setUint32(second + 42, 0, true);
    expect(reasonOf(() => readZip(two))).toBe("zip-bomb");
  });

  it("content that does not match its checksum: bad-xml", () => {
    const zip = assembleZip([record("a.xml", text("<a/>"), { crc32: 1234 })]);
    expect(reasonOf(() => readZip(zip).read("a.xml"))).toBe("bad-xml");
  });

  it("deflate data that is garbage: bad-xml", () => {
    const data = new Uint8Array([0xff, 0xff, 0xff, 0xff]);
    const zip = assembleZip([{ name: "a.xml", method: 8, crc32: 0, compressedSize: 4, uncompressedSize: 4, data }]);
    expect(reasonOf(() => readZip(zip).read("a.xml"))).toBe("bad-xml");
  });
});

describe("what a file that is not a zip is", () => {
  it("empty bytes: empty, so the message can say the file is empty", () => {
    expect(reasonOf(() => readZip(new Uint8Array(0)))).toBe("empty");
  });
  it("a PDF: not-zip", () => {
    expect(reasonOf(() => readZip(text("%PDF-1.7\n%âãÏÓ\n1 0 obj\n")))).toBe("not-zip");
  });
  it("comma-separated text, Chinese headers: csv", () => {
    expect(reasonOf(() => readZip(text("单位名称,申报年度,支持事项\n甲公司,2025,专利\n")))).toBe("csv");
  });
  it("tab-separated text: csv", () => {
    expect(reasonOf(() => readZip(text("单位名称\t申报年度\n")))).toBe("csv");
  });
  it("Excel's UTF-16 'Unicode text' export: csv", () => {
    expect(reasonOf(() => readZip(new Uint8Array([0xff, 0xfe, ...Buffer.from("单位名称\t年度\r\n甲\t2025\r\n", "utf16le")])))).toBe("csv");
  });
  it("plain text without a delimiter: not-zip", () => {
    expect(reasonOf(() => readZip(text("hello world\n")))).toBe("not-zip");
  });
});
