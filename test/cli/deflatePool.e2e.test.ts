/**
 * The command line's deflate worker threads give exactly the bytes of the synchronous path (the browser's):
 * piece by piece, several in flight, and a whole zip written through each.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { inflateRawSync } from "node:zlib";
import { DeflatePool } from "../../src/cli/deflatePool";
import { deflatePieceNow, useCodec } from "../../src/workbook/bytes";
import { DeflatedPart, readZip, writeZip } from "../../src/workbook/zip";
import { ensureLib, repoRoot } from "../support/built";

/** Text that deflates unevenly: numbers, Chinese, markup, so piece boundaries fall at every bit offset. */
function sheetText(rows: number, seed: number): string {
  const out: string[] = [];
  let x = seed;
  for (let i = 0; i < rows; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out.push(`<row r="${i + 1}"><c r="A${i + 1}"><v>${x % 100000}</v></c><c t="inlineStr"><is><t>连云港${x % 977}号</t></is></c></row>`);
  }
  return out.join("");
}

let pool: DeflatePool;

beforeAll(() => {
  ensureLib();
  pool = new DeflatePool(path.join(repoRoot, "lib", "cli", "deflateWorker.js"), 2);
});

afterAll(() => pool.close());

test("pieces deflated on worker threads, several in flight, are the synchronous path's bytes, taken in order", () => {
  const pieces = [1, 2, 3, 4, 5, 6, 7].map((seed) => new TextEncoder().encode(sheetText(4000 + seed * 500, seed)));
  const pending = pieces.map((p, i) => pool.deflatePiece(p.slice(), i % 2 ? 1 : 6, i === pieces.length - 1));
  const out = pending.map((take) => take());
  pieces.forEach((p, i) => expect(Buffer.from(out[i]!).equals(deflatePieceNow(p, i % 2 ? 1 : 6, i === pieces.length - 1))).toBe(true));
  expect(inflateRawSync(Buffer.concat(out)).equals(Buffer.concat(pieces))).toBe(true);
});

test("a piece that is a view into a larger buffer is deflated as the view, and the buffer stays usable", () => {
  const big = new TextEncoder().encode(sheetText(20_000, 9));
  const view = big.subarray(1000, 1000 + 600_000);
  const out = pool.deflatePiece(view, 1, true)();
  expect(Buffer.from(out).equals(deflatePieceNow(view, 1, true))).toBe(true);
  expect(big.byteLength).toBeGreaterThan(600_000);
});

test("a large part written with the worker threads is the same zip, byte for byte, as with the synchronous path", () => {
  const text = sheetText(120_000, 3);
  const write = () => {
    const part = new DeflatedPart();
    for (let i = 0; i < text.length; i += 70_001) part.write(text.slice(i, i + 70_001));
    return writeZip([{ name: "xl/worksheets/sheet1.xml", deflated: part.end() }, { name: "xl/big.xml", data: text }]);
  };
  const sync = write();
  const before = useCodec({ deflatePiece: pool.deflatePiece });
  let pooled: Uint8Array;
  try {
    pooled = write();
  } finally {
    useCodec(before);
  }
  expect(Buffer.from(pooled).equals(sync)).toBe(true);
  expect(readZip(pooled).readText("xl/big.xml")).toBe(text);
});

test("a worker that never answers is given up on: its pieces are deflated on the main thread, the same bytes", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "lygip-silent-worker-"));
  const script = path.join(dir, "silent.js");
  writeFileSync(script, "require('node:worker_threads').parentPort.on('message', () => {});\n");
  const silent = new DeflatePool(script, 1, 300);
  try {
    const piece = new TextEncoder().encode(sheetText(8000, 5));
    const first = silent.deflatePiece(piece, 1, false);
    const second = silent.deflatePiece(piece, 6, true);
    expect(Buffer.from(first()).equals(deflatePieceNow(piece, 1, false))).toBe(true);
    expect(Buffer.from(second()).equals(deflatePieceNow(piece, 6, true))).toBe(true);
  } finally {
    silent.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
