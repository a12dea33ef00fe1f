/**
 * The benchmark as it runs: child processes measured for their peak memory, and whole runs against stand-in
 * command lines (none, one that crashes, one that reports every row). The figures' parsing and formatting
 * are in run.test.ts.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { hasGnuTime, runMeasured } from "../../bench/measure";
import { SPREADSHEET_ANCHOR, formatReport, runBenchmark, type BenchReport } from "../../bench/run";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "lygip-run-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("peak memory", () => {
  const ways = [false, ...(hasGnuTime() ? [true] : [])];
  test.each(ways)("a child that touches 80 MB is seen to peak above it (GNU time: %s)", async (useGnuTime) => {
    const m = await runMeasured(process.execPath, ["-e", "const b = Buffer.alloc(80 * 1024 * 1024, 1); setTimeout(() => console.log(b.length), 300)"], {
      stdoutFile: path.join(dir, `peak-${useGnuTime}.out`), useGnuTime,
    });
    expect(m.code).toBe(0);
    expect(m.peakKb).toBeGreaterThan(80 * 1024);
    expect(fs.readFileSync(path.join(dir, `peak-${useGnuTime}.out`), "utf8").trim()).toBe(String(80 * 1024 * 1024));
  });

  test("a command that does not exist gives no exit code and no peak, not a crash", async () => {
    const m = await runMeasured(path.join(dir, "no-such-program"), [], { stdoutFile: path.join(dir, "none.out"), useGnuTime: false });
    expect(m.code).toBeNull();
    expect(m.peakKb).toBeNull();
  });
});

describe("a run without the command line", () => {
  let report: BenchReport;
  beforeAll(async () => {
    const root = fs.mkdtempSync(path.join(dir, "empty-"));
    report = await runBenchmark({ engineRows: 2_000, endToEndRows: 300, anchorRows: 200, root, soffice: null });
  });

  test("measures the engine and the floor", () => {
    expect(report.engine.rowsPerSecond.ok).toBe(true);
    expect(report.endToEnd.floorSeconds.ok).toBe(true);
  });

  test("prints n/a with the reason for every end-to-end figure", () => {
    for (const f of [report.endToEnd.seconds, report.endToEnd.peakMb, report.endToEnd.overFloor, report.anchor.ours, report.anchor.speedUp]) {
      expect(f).toEqual({ ok: false, reason: expect.stringMatching(/bin\/lygip\.js missing/) });
    }
    const table = formatReport(report);
    expect(table).toContain("n/a（bin/lygip.js missing）");
    expect(table).toContain("引擎 2,000 行 / engine rows");
    expect(table).toMatch(/网页 0 行，显示结果（chromium）\/ the browser page, results shown +n\/a（skipped）/);
    expect(table).toMatch(/网页 0 行，副本与汇总工作簿生成 \/ the page, copy and batch workbook made +n\/a（skipped）/);
  });

  test("without soffice, an anchor only for the row count it was measured at", () => {
    expect(report.anchor.spreadsheet).toEqual({ ok: false, reason: expect.stringContaining(String(SPREADSHEET_ANCHOR.rows)) });
    expect(report.anchor.spreadsheetMeasured).toBe(false);
  });

  test("cleans up its working files", () => {
    expect(fs.existsSync(report.workDir)).toBe(false);
  });
});

test("with a command line that crashes, the reason is the error it printed", async () => {
  const root = fs.mkdtempSync(path.join(dir, "crash-"));
  fs.mkdirSync(path.join(root, "bin"));
  fs.mkdirSync(path.join(root, "lib", "cli"), { recursive: true });
  fs.writeFileSync(path.join(root, "lib", "cli", "bundle.js"), "");
  fs.writeFileSync(path.join(root, "bin", "lygip.js"), "throw new TypeError('reader not written yet')");
  const report = await runBenchmark({ engineRows: 0, endToEndRows: 50, anchorRows: SPREADSHEET_ANCHOR.rows, root, soffice: null });
  expect(report.endToEnd.seconds).toEqual({ ok: false, reason: expect.stringContaining("TypeError: reader not written yet") });
  expect(report.anchor.spreadsheet).toEqual({ ok: true, value: SPREADSHEET_ANCHOR.seconds, note: "anchor" });
  expect(formatReport(report)).toContain("参照值，非本机实测");
}, 120_000);

test("with a command line that reports every row, the figures are measured", async () => {
  const root = fs.mkdtempSync(path.join(dir, "fake-"));
  fs.mkdirSync(path.join(root, "bin"));
  fs.mkdirSync(path.join(root, "lib", "cli"), { recursive: true });
  fs.writeFileSync(path.join(root, "lib", "cli", "bundle.js"), "");
  // A stand-in that answers with one report row per data row of the workbook it is given.
  fs.writeFileSync(path.join(root, "bin", "lygip.js"), `
    const n = Number(/-(\\d+)\\.xlsx$/.exec(process.argv[3])[1]);
    process.stdout.write(JSON.stringify({ schema: 1, files: [{ rows: Array.from({ length: n }, (_, i) => ({ row: i + 2 })) }] }));
    process.exitCode = 1;`);
  const report = await runBenchmark({ engineRows: 0, endToEndRows: 120, anchorRows: 80, root, soffice: null });
  expect(report.endToEnd.seconds.ok).toBe(true);
  expect(report.endToEnd.peakMb.ok).toBe(true);
  expect(report.endToEnd.overFloor.ok).toBe(true);
  expect(report.anchor.ours.ok).toBe(true);
}, 120_000);

test("a run with every line: start-up, growth over three sizes and the large file side by side in one table", async () => {
  const root = fs.mkdtempSync(path.join(dir, "all-"));
  fs.mkdirSync(path.join(root, "bin"));
  fs.mkdirSync(path.join(root, "lib", "cli"), { recursive: true });
  fs.writeFileSync(path.join(root, "lib", "cli", "bundle.js"), "");
  // A stand-in: answers --version, refuses the largest file as too large, and reports every row of the others.
  fs.writeFileSync(path.join(root, "bin", "lygip.js"), `
    if (process.argv[2] === "--version") { process.stdout.write("9.9.9\\n"); return; }
    const n = Number(/-(\\d+)\\.xlsx$/.exec(process.argv[3])[1]);
    const big = n >= 400;
    process.stdout.write(JSON.stringify({ schema: 1, files: [big
      ? { rows: [], error: { code: "UNREADABLE_FILE", message: "文件过大，上限 50 MB" } }
      : { rows: Array.from({ length: n }, (_, i) => ({ row: i + 2 })), error: null }] }));
    process.exitCode = big ? 2 : 1;`);
  const report = await runBenchmark({
    engineRows: 0, endToEndRows: 120, anchorRows: 40, midRows: 80, largeRows: 400, startup: true, root, soffice: null,
  });
  expect(report.startup.seconds.ok).toBe(true);
  expect(report.growth.points.map((p) => p.rows).sort((a, b) => a - b)).toEqual([40, 80, 120]);
  expect(report.growth.mbPer10k.ok).toBe(true);
  expect(report.large.outcome).toMatchObject({ kind: "refused", message: "文件过大，上限 50 MB" });
  const table = formatReport(report);
  expect(table).toMatch(/启动 lygip --version \/ start-up +[\d.]+ (s|ms)/);
  expect(table).toContain("≤ 0.15 s");
  expect(table).toMatch(/400 行 \/ rows +已拒绝 \/ refused.*文件过大，上限 50 MB/);
  expect(table).toContain("内存随行数 / memory per 10,000 rows");
}, 120_000);
