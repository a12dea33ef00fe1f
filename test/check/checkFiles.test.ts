/**
 * checkFiles, the check from bytes in memory (a browser page's entry): for the same file, name, time and
 * source it gives the command line's JSON report, and its annotated copy and batch workbook part for part
 * (the command line deflates with zlib, a page with fflate: the parts' bytes are the same, the zips' are
 * not); an unreadable file is reported as the command line reports it, and the others still checked.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { checkFiles } from "../../src/check";
import { sourceOf } from "../../src/cli/batchFiles";
import { useCodec, type Codec } from "../../src/workbook/bytes";
import { lygip } from "../support/cli";
import { expectSameWorkbook } from "../support/sameWorkbook";

const SAMPLE = resolve(__dirname, "../../samples/申报表示例.xlsx");
const AT = new Date("2026-03-04T05:06:07.000Z");

let dir: string;
let cwd: string;
let codecBefore: Codec;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "lygip-checkfiles-"));
  copyFileSync(SAMPLE, join(dir, "a.xlsx"));
  cwd = process.cwd();
  process.chdir(dir);
  // The command line installs its native codec; checkFiles then runs on the portable one, as a page does.
  codecBefore = useCodec({});
  jest.useFakeTimers({ now: AT, doNotFake: ["setTimeout", "setInterval", "setImmediate", "clearTimeout", "clearInterval", "clearImmediate", "nextTick", "queueMicrotask"] });
});

afterAll(() => {
  jest.useRealTimers();
  process.chdir(cwd);
  rmSync(dir, { recursive: true, force: true });
});

test("for the same inputs, the copy and the batch workbook are the command line's part for part, the report the same", async () => {
  const run = await lygip("check", "a.xlsx", "--json", "--out", "out", "--summary", "batch.xlsx");
  useCodec(codecBefore);
  const cliReport = JSON.parse(run.stdout);
  const bytes = readFileSync("a.xlsx");
  const checked = checkFiles([{ name: "a.xlsx", bytes }], { checkedAt: AT, summary: true, sourceOf: (f) => sourceOf(f.name) });

  expect(checked.copies.map((c) => c.name)).toEqual(["a.checked.xlsx"]);
  expectSameWorkbook(checked.copies[0]!.bytes, readFileSync(join("out", "a.checked.xlsx")));
  expectSameWorkbook(checked.summary!, readFileSync("batch.xlsx"));
  expect(checked.copyFailures).toEqual([]);
  // The command line's report names the copy where it wrote it; otherwise the same report.
  expect(cliReport.files[0].output).toBe(join("out", "a.checked.xlsx"));
  expect({ ...checked.report, files: checked.report.files.map((f) => ({ ...f, output: null })) })
    .toEqual({ ...cliReport, files: cliReport.files.map((f: { output: unknown }) => ({ ...f, output: null })) });
});

test("a file that is no workbook is reported unreadable, the other files of the batch are checked and copied", () => {
  const bytes = readFileSync("a.xlsx");
  const checked = checkFiles([{ name: "notes.xlsx", bytes: new TextEncoder().encode("not a workbook") }, { name: "a.xlsx", bytes }, { name: "a.xlsx", bytes }], { checkedAt: AT });
  expect(checked.report.files[0]!.error?.code).toBe("UNREADABLE_FILE");
  expect(checked.report.files[0]!.output).toBeNull();
  // Two inputs of one name get two copies, the second numbered as the command line numbers it.
  expect(checked.copies.map((c) => [c.file, c.name])).toEqual([[1, "a.checked.xlsx"], [2, "a（2）.checked.xlsx"]]);
  expect(checked.report.files[1]!.rows.length).toBeGreaterThan(0);
  expect(checked.summary).toBeUndefined();
});

test("each file's outcome is the report's entry for it without its rows; the report, made when first read, is made once", () => {
  const bytes = readFileSync("a.xlsx");
  const checked = checkFiles([{ name: "notes.xlsx", bytes: new TextEncoder().encode("not a workbook") }, { name: "a.xlsx", bytes }], { checkedAt: AT });
  expect(checked.files.map((f) => "rows" in f)).toEqual([false, false]);
  const report = checked.report;
  expect(checked.report).toBe(report);
  expect(report.files.map(({ rows: _rows, ...f }) => f)).toEqual(checked.files);
  // The rows a host counts before the report is made (the page's file list) are the report's rows.
  expect(checked.files.map((f) => f.totals.rows)).toEqual(report.files.map((f) => f.rows.length));
  expect(report.files[1]!.rows.length).toBeGreaterThan(0);
});
