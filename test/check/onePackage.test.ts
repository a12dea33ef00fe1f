/**
 * One opened package per file: checking a file reads its zip's directory once and inflates each of its
 * parts at most once, shared by the reader of the table, the macro check and the writer of the copy — on
 * the command line (which also asks, before reading, whether lygip wrote the file) and in process
 * (checkFiles, the browser page's pipeline). Counted where the work is done: readZip's calls on the input's
 * bytes, and the codec's inflates of the input's entries, told apart by where their data lies in the file.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { checkFiles } from "../../src/check";
import { nodeCodec } from "../../src/cli/nodeCodec";
import { codec, useCodec, type Codec } from "../../src/workbook/bytes";
import * as readZipModule from "../../src/workbook/zip/readZip";
import { lygip } from "../support/cli";

// readZip as a mock that calls the real one, so a test can count its calls: a module's exports cannot be
// spied on in place (they are read-only bindings).
jest.mock("../../src/workbook/zip/readZip", () => {
  const actual = jest.requireActual<typeof import("../../src/workbook/zip/readZip")>("../../src/workbook/zip/readZip");
  return { ...actual, readZip: jest.fn(actual.readZip) };
});
const realReadZip = jest.requireActual<typeof import("../../src/workbook/zip/readZip")>("../../src/workbook/zip/readZip").readZip;

const SAMPLE = resolve(__dirname, "../../samples/申报表示例.xlsx");
const AT = "2026-03-01T09:30:00+08:00";

let dir: string;
let codecBefore: Codec;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "lygip-one-package-"));
  copyFileSync(SAMPLE, join(dir, "a.xlsx"));
  codecBefore = codec();
});

afterAll(() => {
  useCodec(codecBefore);
  rmSync(dir, { recursive: true, force: true });
});

afterEach(() => {
  jest.restoreAllMocks();
  jest.mocked(readZipModule.readZip).mockImplementation(realReadZip);
});

/** Where each deflated entry's data lies in the file, by name. */
function deflatedEntries(bytes: Uint8Array): Map<string, string> {
  const at = new Map<string, string>();
  for (const e of readZipModule.readZip(bytes).entries) if (e.method === 8) at.set(`${e.raw.byteOffset}:${e.raw.length}`, e.name);
  return at;
}

/** Counts the calls readZip gets with the file's bytes, and the inflates of each of its entries. */
function counter(file: Uint8Array) {
  const entries = deflatedEntries(file);
  const inflates = new Map<string, number>();
  let opens = 0;
  const count = (data: Uint8Array) => {
    if (data.buffer.byteLength !== file.length) return;
    const name = entries.get(`${data.byteOffset}:${data.length}`);
    if (name !== undefined) inflates.set(name, (inflates.get(name) ?? 0) + 1);
  };
  jest.mocked(readZipModule.readZip).mockImplementation((bytes, limits) => {
    if (bytes.length === file.length && Buffer.from(bytes).equals(Buffer.from(file))) opens++;
    return realReadZip(bytes, limits);
  });
  return { entries, inflates, count, opens: () => opens };
}

test("the command line checking one file opens its zip once and inflates each of its parts at most once", async () => {
  const file = readFileSync(join(dir, "a.xlsx"));
  const c = counter(file);
  // The command line installs Node's codec as it starts: its inflates are counted where they are made.
  const raw = nodeCodec.inflateRaw!;
  const chunks = nodeCodec.inflateRawChunks!;
  jest.spyOn(nodeCodec, "inflateRaw").mockImplementation((data, max, options) => (c.count(data), raw(data, max, options)));
  jest.spyOn(nodeCodec, "inflateRawChunks").mockImplementation((data, max) => (c.count(data), chunks(data, max)));

  const run = await lygip("check", join(dir, "a.xlsx"), "--out", join(dir, "cli"), "--checked-at", AT, "--quiet");
  expect(run.stderr).toBe("");
  expect(readFileSync(join(dir, "cli", "a.checked.xlsx")).length).toBeGreaterThan(0);

  expect(c.opens()).toBe(1);
  // Every part the check needs is inflated, the table's sheet among them; none twice.
  expect(c.inflates.get("xl/worksheets/sheet1.xml")).toBe(1);
  expect([...c.inflates].filter(([, n]) => n > 1)).toEqual([]);
  expect(c.inflates.size).toBeGreaterThan(5);
});

test("checkFiles (the page's pipeline) checking one file opens its zip once and inflates each of its parts at most once", () => {
  const file = readFileSync(join(dir, "a.xlsx"));
  const c = counter(file);
  // The portable codec, as in the page's worker, with each inflate counted.
  const portable = useCodec({});
  const raw = portable.inflateRaw;
  const chunks = portable.inflateRawChunks;
  useCodec({
    inflateRaw: (data, max, options) => (c.count(data), raw(data, max, options)),
    inflateRawChunks: (data, max) => (c.count(data), chunks(data, max)),
  });
  try {
    const checked = checkFiles([{ name: "a.xlsx", bytes: file }], { checkedAt: new Date(AT) });
    expect(checked.copies.map((copy) => copy.name)).toEqual(["a.checked.xlsx"]);
  } finally {
    useCodec(portable);
  }

  expect(c.opens()).toBe(1);
  expect(c.inflates.get("xl/worksheets/sheet1.xml")).toBe(1);
  expect([...c.inflates].filter(([, n]) => n > 1)).toEqual([]);
  expect(c.inflates.size).toBeGreaterThan(5);
});
