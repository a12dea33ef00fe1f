/**
 * The command line's deflate thread (src/cli/deflateThread.ts) gives the bytes the main thread's zlib gives
 * (deflatePieceNode), piece for piece, in the order they were handed out however they are taken; it starts
 * only for a large piece; an error in the thread is the error of the piece taken; a thread that ends or
 * stops answering fails the piece waited for, after a bounded wait, instead of hanging the check.
 *
 * The thread runs compiled JavaScript: its three modules (they import only Node's) are transpiled here into
 * a scratch folder, as tsc puts them into lib/cli.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { inflateRawSync } from "node:zlib";
import { MessageChannel, Worker, receiveMessageOnPort } from "node:worker_threads";
import { transformSync } from "@swc/core";
import { DeflateThread, THREAD_PIECE_BYTES, type DeflateThreadOptions } from "../../src/cli/deflateThread";
import { deflatePieceNode, nodeCodec } from "../../src/cli/nodeCodec";
import { ANSWERS, BY_MAIN, BY_THREAD, SIGNAL_WORDS, claimSlot, type PieceAnswer, type ThreadData } from "../../src/cli/deflateProtocol";
import { useCodec, type Codec } from "../../src/workbook/bytes";
import { deflatePart } from "../../src/workbook/zip/deflatedPart";

const CLI = resolve(__dirname, "../../src/cli");
let dir: string;
let workerFile: string;
const threads: DeflateThread[] = [];

/** A thread on the compiled worker (or on `file`), stopped after each test. */
function thread(options: DeflateThreadOptions = {}): DeflateThread {
  const t = new DeflateThread({ workerFile, ...options });
  threads.push(t);
  return t;
}

/** The modules named, from src/cli, transpiled into `into`. */
function transpile(into: string, names: readonly string[]): void {
  mkdirSync(into, { recursive: true });
  for (const name of names) {
    const { code } = transformSync(readFileSync(join(CLI, `${name}.ts`), "utf8"), {
      jsc: { parser: { syntax: "typescript" }, target: "es2022" }, module: { type: "commonjs" },
    });
    writeFileSync(join(into, `${name}.js`), code);
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "lygip-deflate-thread-"));
  transpile(dir, ["deflateWorker", "deflateProtocol", "deflatePieceNode", "heapGrowth"]);
  workerFile = join(dir, "deflateWorker.js");
});

afterEach(() => {
  for (const t of threads.splice(0)) t.stop();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Blocks until a test's thread has made `file` (a thread's way of saying it has claimed its piece). */
function untilFile(file: string): void {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  while (!existsSync(file)) Atomics.wait(pause, 0, 0, 5);
}

/** Sheet-like XML, `size` bytes, different for each seed. */
function xmlBytes(size: number, seed: number): Uint8Array {
  let text = "";
  for (let i = 0; text.length < size; i++) text += `<row r="${i + seed}"><c t="s"><v>${(i * 7919 + seed) % 100003}</v></c><c><is><t>连云港${i % 13}</t></is></c></row>`;
  return Buffer.from(text).subarray(0, size);
}

/** Bytes that do not compress (deflate stores them). */
function noiseBytes(size: number, seed: number): Uint8Array {
  const out = new Uint8Array(size);
  let x = seed * 2654435761 + 1;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

test("every piece gives deflatePieceNode's bytes: sizes from empty to past a megabyte, levels 1 to 9, last or not", () => {
  const t = thread({ threadPieceBytes: 0 });
  const cases: { piece: Uint8Array; level: number; last: boolean }[] = [];
  const sizes = [0, 1, 100, 4095, 70_000, THREAD_PIECE_BYTES, 1 << 20, (1 << 20) + 12_345];
  sizes.forEach((size, i) => {
    for (const level of [1, 3, 6, 9]) {
      for (const last of [false, true]) cases.push({ piece: (i % 2 ? noiseBytes : xmlBytes)(size, i + level), level, last });
    }
  });
  const taken = cases.map((c) => t.deflatePiece(c.piece, c.level, c.last));
  cases.forEach((c, i) => {
    const got = taken[i]!();
    expect(Buffer.from(got).equals(deflatePieceNode(c.piece, c.level, c.last))).toBe(true);
  });
  expect(t.starts).toBe(1);
});

test("a piece that is a view into a caller's larger buffer is deflated as the view, and the caller's bytes stay as they were", () => {
  const t = thread({ threadPieceBytes: 0 });
  const whole = xmlBytes(3 << 20, 5);
  const before = Buffer.from(whole);
  const views = [whole.subarray(0, 1 << 20), whole.subarray(1 << 20, (2 << 20) + 1), whole.subarray((2 << 20) + 1)];
  const taken = views.map((v, i) => t.deflatePiece(v, 3, i === views.length - 1));
  const stream = Buffer.concat(taken.map((take) => take()));
  expect(inflateRawSync(stream).equals(before)).toBe(true);
  expect(whole.byteLength).toBe(3 << 20);
  expect(Buffer.from(whole).equals(before)).toBe(true);
});

test.each([
  ["the default ring", undefined],
  // 48 pieces of 20 to 160 kB through 300 kB: the ring wraps, waits for room, and its larger pieces cross as copies.
  ["a ring of 300 kB", 300_000],
])("many pieces in flight come back as their own, taken in order, in reverse or shuffled, through %s", (_, ringBytes) => {
  const t = thread({ threadPieceBytes: 0, ringBytes });
  const pieces = Array.from({ length: 48 }, (_, i) => xmlBytes(20_000 + i * 3_001, i));
  const expected = pieces.map((p, i) => deflatePieceNode(p, 3, i === pieces.length - 1));
  const inOrder = pieces.map((p, i) => t.deflatePiece(p, 3, i === pieces.length - 1));
  inOrder.forEach((take, i) => expect(Buffer.from(take()).equals(expected[i]!)).toBe(true));
  const reversed = pieces.map((p, i) => t.deflatePiece(p, 3, i === pieces.length - 1));
  for (let i = pieces.length - 1; i >= 0; i--) expect(Buffer.from(reversed[i]!()).equals(expected[i]!)).toBe(true);
  const shuffled = pieces.map((p, i) => ({ i, take: t.deflatePiece(p, 3, i === pieces.length - 1) }));
  shuffled.sort((a, b) => ((a.i * 17) % 48) - ((b.i * 17) % 48));
  for (const { i, take } of shuffled) expect(Buffer.from(take()).equals(expected[i]!)).toBe(true);
  // And the joined stream is the input.
  const stream = Buffer.concat(pieces.map((p, i) => t.deflatePiece(p, 3, i === pieces.length - 1)).map((take) => take()));
  expect(inflateRawSync(stream).equals(Buffer.concat(pieces))).toBe(true);
  expect(t.starts).toBe(1);
});

describe("the thread starts only for a large part", () => {
  let before: Codec;
  afterEach(() => void useCodec(before));

  test("small parts are deflated on the main thread and never start it; the first large part does, with the same bytes", () => {
    const t = thread();
    before = useCodec({ ...nodeCodec, deflatePiece: t.deflatePiece });
    const small = Array.from({ length: 20 }, (_, i) => deflatePart((out) => out.write(`<sst count="${i}">${"<si><t>连云港</t></si>".repeat(200 * i)}</sst>`)));
    expect(small.every((part) => part.uncompressedSize < THREAD_PIECE_BYTES)).toBe(true);
    expect(t.starts).toBe(0);

    const text = Buffer.from(xmlBytes(5 << 20, 9)).toString("latin1");
    const large = deflatePart((out) => {
      for (let i = 0; i < text.length; i += 50_000) out.write(text.slice(i, i + 50_000));
    });
    expect(t.starts).toBe(1);
    // The same compressed bytes as the main thread's deflate of the same pieces.
    useCodec({ ...nodeCodec, deflatePiece: (piece, level, last) => {
      const out = deflatePieceNode(piece, level, last);
      return () => out;
    } });
    const here = deflatePart((out) => {
      for (let i = 0; i < text.length; i += 50_000) out.write(text.slice(i, i + 50_000));
    });
    expect(Buffer.concat(large.chunks).equals(Buffer.concat(here.chunks))).toBe(true);
    expect(large.crc32).toBe(here.crc32);
    expect(inflateRawSync(Buffer.concat(large.chunks)).equals(Buffer.from(text))).toBe(true);
  });
});

test("an error in the thread is the error of the piece taken, and the thread goes on with the next", () => {
  // A ring too small for the pieces: they cross as copies, which only the thread deflates.
  const t = thread({ threadPieceBytes: 0, ringBytes: 1000 });
  const bad = t.deflatePiece(xmlBytes(1000, 1), 42, true);
  const good = t.deflatePiece(xmlBytes(1000, 2), 6, true);
  expect(() => bad()).toThrow(/deflate thread: .*level/);
  expect(Buffer.from(good()).equals(deflatePieceNode(xmlBytes(1000, 2), 6, true))).toBe(true);
  expect(t.starts).toBe(1);
});

test("a thread that ends fails the piece waited for, and later pieces are deflated on the main thread", () => {
  // A thread that claims the two pieces it is handed, says so, and ends.
  const quitter = join(dir, "quitter.js");
  const claimed = join(dir, "quitter-claimed");
  writeFileSync(quitter, `const { workerData } = require("node:worker_threads");
workerData.port.on("message", (job) => {
  Atomics.compareExchange(workerData.signal, ${claimSlot(0)} + job.id, job.id, ${BY_THREAD});
  if (job.id === 0) return;
  require("node:fs").writeFileSync(${JSON.stringify(claimed)}, "");
  process.exit(3);
});
process.on("exit", () => { Atomics.store(workerData.signal, 1, 1); Atomics.notify(workerData.signal, 0); });`);
  // A ring with room for two pieces: the third waits for the first's answer (there is no piece the thread
  // has not started to deflate meanwhile), and meets the thread's end.
  const t = thread({ workerFile: quitter, threadPieceBytes: 0, ringBytes: 2000 });
  const lost = [t.deflatePiece(xmlBytes(1000, 1), 6, false), t.deflatePiece(xmlBytes(1000, 2), 6, false)];
  untilFile(claimed);
  const third = xmlBytes(1000, 3);
  const madeHere = t.deflatePiece(third, 6, true);
  for (const take of lost) expect(() => take()).toThrow(/deflate thread: lost .*ended/);
  expect(Buffer.from(madeHere()).equals(deflatePieceNode(third, 6, true))).toBe(true);
  expect(t.madeWhileWaiting).toBe(0);
  const piece = xmlBytes(1000, 3);
  expect(Buffer.from(t.deflatePiece(piece, 6, true)()).equals(deflatePieceNode(piece, 6, true))).toBe(true);
  expect(t.starts).toBe(1);
});

test("a thread that cannot load what it runs fails the piece at once, not at the bound", () => {
  // An install missing a module beside the thread's script.
  const broken = join(dir, "broken");
  transpile(broken, ["deflateWorker", "deflateProtocol"]);
  // (The piece crosses as a copy, past the ring: the main thread cannot deflate it instead.)
  const t = thread({ workerFile: join(broken, "deflateWorker.js"), threadPieceBytes: 0, noAnswerMs: 600_000, ringBytes: 1000 });
  const lost = t.deflatePiece(xmlBytes(1000, 1), 6, true);
  expect(() => lost()).toThrow(/deflate thread: lost .*the thread ended/);
});

test("a thread that never answers fails the piece after the bounded wait", () => {
  const silent = join(dir, "silent.js");
  writeFileSync(silent, `require("node:worker_threads").workerData.port.on("message", () => {});`);
  const t = thread({ workerFile: silent, noAnswerMs: 300, threadPieceBytes: 0, ringBytes: 1000 });
  const waited = t.deflatePiece(xmlBytes(1000, 1), 6, true);
  expect(() => waited()).toThrow(/deflate thread: lost .*no answer in 300 ms/);
});

test("a piece handed to a thread since stopped fails when taken, without waiting on the thread started after it", () => {
  const t = thread({ threadPieceBytes: 0 });
  const before = t.deflatePiece(xmlBytes(200_000, 1), 3, true);
  t.stop();
  const piece = xmlBytes(200_000, 2);
  const after = t.deflatePiece(piece, 3, true);
  expect(t.starts).toBe(2);
  expect(() => before()).toThrow(/deflate thread: lost before piece 0/);
  expect(Buffer.from(after()).equals(deflatePieceNode(piece, 3, true))).toBe(true);
});

test("a thread started ahead of the pieces is the one they go to", () => {
  const t = thread({ threadPieceBytes: 0 });
  t.startNow();
  expect(t.starts).toBe(1);
  const pieces = [xmlBytes(300_000, 1), xmlBytes(300_000, 2)];
  const taken = pieces.map((p, i) => t.deflatePiece(p, 3, i === 1));
  taken.forEach((take, i) => expect(Buffer.from(take()).equals(deflatePieceNode(pieces[i]!, 3, i === 1))).toBe(true));
  t.startNow();
  expect(t.starts).toBe(1);
});

test("with no thread to start (no compiled worker), every piece is deflated on the main thread", () => {
  const t = thread({ workerFile: join(dir, "missing.js"), threadPieceBytes: 0 });
  const piece = xmlBytes(300_000, 4);
  expect(Buffer.from(t.deflatePiece(piece, 3, false)()).equals(deflatePieceNode(piece, 3, false))).toBe(true);
  expect(t.starts).toBe(0);
});

describe("a piece the thread has not started is deflated by the main thread that would wait for it", () => {
  test("a thread that starts nothing: every piece taken, in any order, is made here with deflatePieceNode's bytes, an error as zlib's", () => {
    const idle = join(dir, "idle.js");
    writeFileSync(idle, `require("node:worker_threads").workerData.port.on("message", () => {});`);
    const t = thread({ workerFile: idle, threadPieceBytes: 0, noAnswerMs: 600_000 });
    const pieces = Array.from({ length: 6 }, (_, i) => xmlBytes(60_000 + i * 1_000, i));
    const taken = pieces.map((p, i) => t.deflatePiece(p, 3, i === pieces.length - 1));
    const bad = t.deflatePiece(xmlBytes(1000, 9), 42, true);
    for (const i of [3, 0, 5, 1, 4, 2]) expect(Buffer.from(taken[i]!()).equals(deflatePieceNode(pieces[i]!, 3, i === 5))).toBe(true);
    expect(() => bad()).toThrow(/level/);
    expect(t.madeWhileWaiting).toBe(7);
    expect(t.starts).toBe(1);
  });

  test("waiting for room in the ring, the newest piece is made here and its bytes in the ring are free at once", () => {
    const idle = join(dir, "idle.js");
    writeFileSync(idle, `require("node:worker_threads").workerData.port.on("message", () => {});`);
    // Room for two pieces: each later one finds the ring full and makes room by deflating the newest here.
    const t = thread({ workerFile: idle, threadPieceBytes: 0, ringBytes: 2000, noAnswerMs: 2000 });
    const pieces = Array.from({ length: 5 }, (_, i) => xmlBytes(1000, i));
    const taken = pieces.map((p, i) => t.deflatePiece(p, 6, i === 4));
    expect(t.madeWhileWaiting).toBe(3);
    taken.forEach((take, i) => expect(Buffer.from(take()).equals(deflatePieceNode(pieces[i]!, 6, i === 4))).toBe(true));
    expect(t.madeWhileWaiting).toBe(5);
  });

  test("while the thread is busy with the piece waited for, the others are made here; the one it holds fails at the bound", () => {
    // A thread that claims the first piece it is handed, says so in a file, and then never answers.
    const busy = join(dir, "busy.js");
    const started = join(dir, "busy-started");
    writeFileSync(busy, `const { workerData } = require("node:worker_threads");
workerData.port.once("message", (job) => {
  Atomics.compareExchange(workerData.signal, ${claimSlot(0)}, job.id, ${BY_THREAD});
  require("node:fs").writeFileSync(${JSON.stringify(started)}, "");
});`);
    const t = thread({ workerFile: busy, threadPieceBytes: 0, noAnswerMs: 300 });
    const pieces = Array.from({ length: 6 }, (_, i) => xmlBytes(60_000 + i * 1_000, i));
    const first = t.deflatePiece(pieces[0]!, 3, false);
    untilFile(started);
    const rest = pieces.slice(1).map((p, i) => t.deflatePiece(p, 3, i === 4));
    expect(() => first()).toThrow(/deflate thread: lost .*no answer in 300 ms/);
    expect(t.madeWhileWaiting).toBe(5);
    rest.forEach((take, i) => expect(Buffer.from(take()).equals(deflatePieceNode(pieces[i + 1]!, 3, i === 4))).toBe(true));
  });

  test("the thread passes over a piece the main thread claimed: counted as done, never answered", async () => {
    const channel = new MessageChannel();
    const signal = new Int32Array(new SharedArrayBuffer(SIGNAL_WORDS * 4));
    const ring = new SharedArrayBuffer(1 << 20);
    const data: ThreadData = { port: channel.port2, signal, ring };
    const worker = new Worker(workerFile, { workerData: data, transferList: [channel.port2] });
    try {
      const pieces = [xmlBytes(50_000, 1), xmlBytes(50_000, 2), xmlBytes(50_000, 3)];
      pieces.forEach((p, id) => {
        new Uint8Array(ring).set(p, id * 100_000);
        Atomics.store(signal, claimSlot(id), id === 1 ? BY_MAIN : id);
        channel.port1.postMessage({ id, level: 3, last: id === 2, at: id * 100_000, length: p.length });
      });
      while (Atomics.load(signal, ANSWERS) < 3) Atomics.wait(signal, ANSWERS, Atomics.load(signal, ANSWERS), 50);
      const answers: PieceAnswer[] = [];
      for (let m = receiveMessageOnPort(channel.port1); m; m = receiveMessageOnPort(channel.port1)) answers.push(m.message as PieceAnswer);
      expect(answers.map((a) => a.id)).toEqual([0, 2]);
      answers.forEach((a) => expect("bytes" in a && Buffer.from(a.bytes).equals(deflatePieceNode(pieces[a.id]!, 3, a.id === 2))).toBe(true));
      expect(Atomics.load(signal, claimSlot(1))).toBe(BY_MAIN);
    } finally {
      channel.port1.close();
      await worker.terminate();
    }
  });
});
