/**
 * The opened package (src/workbook/zip/openedPackage.ts): a part's inflated bytes kept for the next reader,
 * only a part read to its end kept from its pieces, the bytes let go on release, and a file refused once.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { codec, useCodec, type Codec } from "../../../src/workbook/bytes";
import { ReadError } from "../../../src/workbook";
import { openOnce, openPackage } from "../../../src/workbook/zip";
import * as readZipModule from "../../../src/workbook/zip/readZip";

// readZip as a mock that calls the real one, so a test can count its calls: a module's exports cannot be
// spied on in place (they are read-only bindings).
jest.mock("../../../src/workbook/zip/readZip", () => {
  const actual = jest.requireActual<typeof import("../../../src/workbook/zip/readZip")>("../../../src/workbook/zip/readZip");
  return { ...actual, readZip: jest.fn(actual.readZip) };
});
const realReadZip = jest.requireActual<typeof import("../../../src/workbook/zip/readZip")>("../../../src/workbook/zip/readZip").readZip;

const SAMPLE = readFileSync(resolve(__dirname, "../../../samples/申报表示例.xlsx"));
const SHEET = "xl/worksheets/sheet1.xml";

let before: Codec;
let inflates = 0;

beforeEach(() => {
  inflates = 0;
  const plain = codec();
  before = useCodec({
    inflateRaw: (data, max, options) => (inflates++, plain.inflateRaw(data, max, options)),
    inflateRawChunks: (data, max) => (inflates++, plain.inflateRawChunks(data, max)),
  });
});

afterEach(() => {
  useCodec(before);
  jest.restoreAllMocks();
  jest.mocked(readZipModule.readZip).mockImplementation(realReadZip);
});

function drain(next: () => Uint8Array | undefined): number {
  let n = 0;
  for (let piece = next(); piece !== undefined; piece = next()) n += piece.length;
  return n;
}

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
}

test("a part read whole is inflated once and kept: the next reader takes the same bytes", () => {
  const pkg = openPackage(SAMPLE);
  const first = pkg.archive.read(SHEET);
  expect(pkg.archive.read(SHEET)).toBe(first);
  expect(drain(pkg.pieces(SHEET))).toBe(first.length);
  expect(pkg.transient(SHEET)).toBe(first);
  expect(inflates).toBe(1);
});

test("a released part is inflated again when asked for again, to the same bytes", () => {
  const pkg = openPackage(SAMPLE);
  const first = pkg.archive.read(SHEET);
  pkg.release(SHEET);
  const again = pkg.archive.read(SHEET);
  expect(again).not.toBe(first);
  expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
  expect(inflates).toBe(2);
  pkg.release();
  pkg.archive.read(SHEET);
  expect(inflates).toBe(3);
});

test("pieces are kept only when asked and read to the end; a part left part-way is not held", () => {
  const pkg = openPackage(SAMPLE);
  const size = pkg.archive.entry(SHEET)!.uncompressedSize;
  expect(drain(pkg.pieces(SHEET, false))).toBe(size);
  pkg.pieces(SHEET, true)();
  expect(inflates).toBe(2);
  expect(drain(pkg.pieces(SHEET, true))).toBe(size);
  expect(inflates).toBe(3);
  // Now kept: read whole, or in pieces, without another inflate.
  expect(pkg.archive.read(SHEET).length).toBe(size);
  expect(drain(pkg.pieces(SHEET))).toBe(size);
  expect(inflates).toBe(3);
});

test("a transient read is not kept", () => {
  const pkg = openPackage(SAMPLE);
  pkg.transient(SHEET);
  pkg.transient(SHEET);
  expect(inflates).toBe(2);
});

test("openOnce reads the zip's directory once, and a refused file gives the same error to every asker", () => {
  let opens = 0;
  jest.mocked(readZipModule.readZip).mockImplementation((bytes, limits) => (opens++, realReadZip(bytes, limits)));
  const open = openOnce(SAMPLE);
  expect(open()).toBe(open());
  expect(opens).toBe(1);

  const refused = openOnce(new TextEncoder().encode("单位名称,申报年度\n甲,2025\n"));
  const first = thrown(refused);
  expect(first).toBeInstanceOf(ReadError);
  expect(thrown(refused)).toBe(first);
  expect(opens).toBe(2);
});
