import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { hasGnuTime, parseGnuTimePeak, parseVmHwm, runMeasured } from "../../bench/measure";
import {
  SPREADSHEET_ANCHOR, cliMissing, displayWidth, formatReport, parseArgs, runBenchmark, type BenchReport,
} from "../../bench/run";
import { fitGrowth, largeOutcome } from "../../bench/scale";
import { median } from "../../bench/startup";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "lygip-run-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("peak memory", () => {
  test("read from GNU time's verbose report", () => {
    expect(parseGnuTimePeak("\tMaximum resident set size (kbytes): 123456\n\tAverage resident set size (kbytes): 0")).toBe(123456);
    expect(parseGnuTimePeak("no report")).toBeNull();
  });

  test("read from /proc/<pid>/status", () => {
    expect(parseVmHwm("VmPeak:\t  300000 kB\nVmHWM:\t   51200 kB\nVmRSS:\t 40000 kB")).toBe(51200);
    expect(parseVmHwm("Name: node")).toBeNull();
  });

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

test("the command line counts as missing until bin/lygip.js and lib/cli/main.js are both there", () => {
  const root = fs.mkdtempSync(path.join(dir, "root-"));
  expect(cliMissing(root)).toMatch(/bin\/lygip\.js/);
  fs.mkdirSync(path.join(root, "bin"));
  fs.writeFileSync(path.join(root, "bin", "lygip.js"), "");
  expect(cliMissing(root)).toMatch(/lib\/cli\/main\.js/);
  fs.mkdirSync(path.join(root, "lib", "cli"), { recursive: true });
  fs.writeFileSync(path.join(root, "lib", "cli", "main.js"), "");
  expect(cliMissing(root)).toBeNull();
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
    expect(table).toContain("引擎 2,000 行 / engine rows per second");
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
  fs.writeFileSync(path.join(root, "lib", "cli", "main.js"), "");
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
  fs.writeFileSync(path.join(root, "lib", "cli", "main.js"), "");
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

test("arguments: defaults are the benchmark's sizes; a bad size is refused", () => {
  expect(parseArgs([])).toEqual({
    engineRows: 1_000_000, endToEndRows: 100_000, anchorRows: 10_000, midRows: 50_000, largeRows: 1_000_000, keep: false,
  });
  expect(parseArgs(["--large-rows=0", "--mid-rows=20000"])).toMatchObject({ largeRows: 0, midRows: 20_000 });
  expect(parseArgs(["--engine-rows=2_000", "--e2e-rows=500", "--keep"])).toMatchObject({ engineRows: 2000, endToEndRows: 500, keep: true });
  expect(() => parseArgs(["--e2e-rows=lots"])).toThrow(/--e2e-rows/);
});

test("table columns line up under Chinese text: a CJK character takes two columns", () => {
  expect(displayWidth("引擎 rows")).toBe(9);
  expect(displayWidth("（）")).toBe(4);
});

describe("memory against rows", () => {
  test("three runs on a line grow linearly, and the line projects the large file", () => {
    const g = fitGrowth([{ rows: 10_000, peakMb: 100 }, { rows: 100_000, peakMb: 460 }, { rows: 50_000, peakMb: 262 }]);
    expect(g.mbPer10k).toBeCloseTo(40, 6);
    expect(g.projectedMb(1_000_000)).toBeCloseTo(4060, 6);
    expect(g.worstOffLine).toBeLessThan(0.02);
  });

  test("a middle run far above the line is seen as off it", () => {
    const g = fitGrowth([{ rows: 10_000, peakMb: 100 }, { rows: 50_000, peakMb: 600 }, { rows: 100_000, peakMb: 460 }]);
    expect(g.worstOffLine).toBeGreaterThan(0.5);
  });

  test("one size alone is no line", () => {
    expect(() => fitGrowth([{ rows: 10, peakMb: 1 }, { rows: 10, peakMb: 2 }])).toThrow(/two sizes/);
  });
});

describe("the 1,000,000-row file", () => {
  const refusedReport = JSON.stringify({ files: [{ rows: [], error: { code: "UNREADABLE_FILE", message: "文件过大：112.3 MB，上限 50 MB" } }] });

  test("refused by a limit: a refusal carrying the message the user reads", () => {
    expect(largeOutcome(2, refusedReport, 0.4, 60, 1_000_000, "")).toEqual({
      kind: "refused", seconds: 0.4, peakMb: 60, message: "文件过大：112.3 MB，上限 50 MB",
    });
  });

  test("every row reported: checked, with its time and peak", () => {
    const report = JSON.stringify({ files: [{ rows: [{}, {}, {}], error: null }] });
    expect(largeOutcome(1, report, 9, 3000, 3, "")).toEqual({ kind: "checked", seconds: 9, peakMb: 3000, rows: 3 });
  });

  test("killed for memory or crashed: a failure, never counted as a refusal", () => {
    const o = largeOutcome(null, "", 30, 5200, 1_000_000, "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n");
    expect(o).toEqual({ kind: "failed", reason: expect.stringContaining("heap out of memory") });
    expect(largeOutcome(1, JSON.stringify({ files: [{ rows: [{}], error: null }] }), 1, 10, 5, "").kind).toBe("failed");
  });
});

test("start-up is the median of its runs", () => {
  expect(median([0.3, 0.1, 0.2])).toBe(0.2);
  expect(median([0.4, 0.1, 0.2, 0.3])).toBeCloseTo(0.25, 9);
});

test("a run with every line: start-up, growth over three sizes and the large file side by side in one table", async () => {
  const root = fs.mkdtempSync(path.join(dir, "all-"));
  fs.mkdirSync(path.join(root, "bin"));
  fs.mkdirSync(path.join(root, "lib", "cli"), { recursive: true });
  fs.writeFileSync(path.join(root, "lib", "cli", "main.js"), "");
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
