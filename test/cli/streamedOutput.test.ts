/**
 * The annotated copy is streamed into the output file (issue 13): the temporary file grows while the copy
 * is made, and every guarantee of the atomic writer holds for a stream as for whole bytes.
 */
import * as fs from "node:fs";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { OutputFailed, writeAtomicallyFrom, type WriteOps } from "../../src/cli/atomicWrite";
import { annotateXlsx } from "../../src/writer/writeXlsx";
import { planAnnotation } from "../../src/output/plan";
import { checkBatch } from "../../src/engine";
import { loadFile } from "../../src/cli/loadFile";
import { sourceOf } from "../../src/cli/batchFiles";
import { checkInfoOf } from "../../src/cli/batchSummary";
import { parseRates } from "../../src/cli/rates";
import { nodeCodec } from "../../src/cli/nodeCodec";
import { codec } from "../../src/workbook/bytes";
import { lygip } from "../support/cli";
import { tempDir } from "../support/workbooks";

const SAMPLE = resolve(__dirname, "../../samples/申报表示例.xlsx");

const realOps: WriteOps = {
  openSync: fs.openSync,
  writeSync: (fd, b, o, l, p) => fs.writeSync(fd, b, o, l, p ?? null),
  fsyncSync: fs.fsyncSync,
  closeSync: fs.closeSync,
  renameSync: fs.renameSync,
};

const tempFiles = (dir: string) => readdirSync(dir).filter((n) => n.endsWith(".tmp"));

test("the output is on disk while it is being made, and under its name only once complete", () => {
  const dir = tempDir();
  const target = join(dir, "out.xlsx");
  let seenMidway = -1;
  writeAtomicallyFrom(target, (sink) => {
    sink.write(new Uint8Array(1 << 20).fill(1));
    seenMidway = fs.statSync(join(dir, tempFiles(dir)[0]!)).size;
    expect(existsSync(target)).toBe(false);
    sink.write(new Uint8Array(10).fill(2));
  }, () => true);
  expect(seenMidway).toBe(1 << 20);
  expect(readFileSync(target).length).toBe((1 << 20) + 10);
  expect(tempFiles(dir)).toEqual([]);
});

test("bytes filled in afterwards land where they were written first", () => {
  const dir = tempDir();
  const target = join(dir, "out.bin");
  writeAtomicallyFrom(target, (sink) => {
    sink.write(new Uint8Array([0, 0, 0, 0]));
    sink.write(new Uint8Array([5, 6]));
    sink.writeAt(new Uint8Array([1, 2]), 1);
    expect(() => sink.writeAt(new Uint8Array([9, 9]), 5)).toThrow();
  }, () => true);
  expect([...readFileSync(target)]).toEqual([0, 1, 2, 0, 5, 6]);
});

test("a copy that cannot be made leaves the old output and no temporary file, and says why itself", () => {
  const dir = tempDir();
  const target = join(dir, "a.checked.xlsx");
  writeFileSync(target, "old output");
  const why = new Error("这个工作表无法安全修改");
  expect(() => writeAtomicallyFrom(target, (sink) => {
    sink.write(new Uint8Array(100));
    throw why;
  }, () => true)).toThrow(why);
  expect(readFileSync(target, "utf8")).toBe("old output");
  expect(tempFiles(dir)).toEqual([]);
});

test("a short write midway through the stream is OutputFailed: the old output stays, nothing partial remains", () => {
  const dir = tempDir();
  const target = join(dir, "a.checked.xlsx");
  writeFileSync(target, "old output");
  let calls = 0;
  const ops: WriteOps = { ...realOps, writeSync: (fd, b, o, l, p) => (calls++ < 3 ? fs.writeSync(fd, b, o, l, p ?? null) : 0) };
  expect(() => writeAtomicallyFrom(target, (sink) => {
    for (let i = 0; i < 10; i++) sink.write(new Uint8Array(1000).fill(i));
  }, () => true, ops)).toThrow(OutputFailed);
  expect(readFileSync(target, "utf8")).toBe("old output");
  expect(tempFiles(dir)).toEqual([]);
});

test("a filled-in write that fails (disk full) is OutputFailed in Chinese", () => {
  const dir = tempDir();
  const ops: WriteOps = {
    ...realOps,
    writeSync: (fd, b, o, l, p) => {
      if (p !== undefined) throw Object.assign(new Error("ENOSPC"), { code: "ENOSPC" });
      return fs.writeSync(fd, b, o, l);
    },
  };
  expect(() => writeAtomicallyFrom(join(dir, "x.xlsx"), (sink) => {
    sink.write(new Uint8Array(8));
    sink.writeAt(new Uint8Array(2), 0);
  }, () => true, ops)).toThrow(/磁盘空间不足/);
  expect(tempFiles(dir)).toEqual([]);
});

test("the copy the command line streams to disk is byte for byte the copy made in memory", async () => {
  const dir = tempDir();
  const run = await lygip("check", SAMPLE, "--out", dir, "--json");
  expect([0, 1]).toContain(run.code);
  const loaded = loadFile(SAMPLE, 0);
  if (!loaded.ok) throw new Error("the sample does not load");
  const results = checkBatch([loaded.rows], { fileName: () => SAMPLE })[0]!;
  // The copy's 审核信息 says when the check ran: the same time as the report's.
  const info = checkInfoOf([loaded], new Date(JSON.parse(run.stdout).checkedAt), parseRates([]));
  const plan = planAnnotation(loaded.layout, results, { lang: "zh", fileLabel: "申报表示例.xlsx", info });
  const written = readdirSync(dir).filter((n) => n.endsWith(".xlsx"));
  expect(written).toHaveLength(1);
  // The command line records which input the copy was made from (its path's digest). Both copies are made
  // with the command line's codec (the run installed it in this process): one host, the same bytes.
  expect(codec().deflatePiece).toBe(nodeCodec.deflatePiece);
  expect(readFileSync(join(dir, written[0]!)).equals(Buffer.from(annotateXlsx(loaded.opened.bytes, plan, sourceOf(SAMPLE))))).toBe(true);
});
