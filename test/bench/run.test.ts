import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseGnuTimePeak, parseVmHwm } from "../../bench/measure";
import { TARGETS, cliMissing, displayWidth, formatReport, parseArgs, type BenchReport, type Figure } from "../../bench/run";
import { PAGE_NOT_BUILT, benchPage } from "../../bench/pageHook";
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

});

test("the command line counts as missing until bin/lygip.js and the bundle it runs, lib/cli/bundle.js, are both there", () => {
  const root = fs.mkdtempSync(path.join(dir, "root-"));
  expect(cliMissing(root)).toMatch(/bin\/lygip\.js/);
  fs.mkdirSync(path.join(root, "bin"));
  fs.writeFileSync(path.join(root, "bin", "lygip.js"), "");
  expect(cliMissing(root)).toMatch(/lib\/cli\/bundle\.js/);
  fs.mkdirSync(path.join(root, "lib", "cli"), { recursive: true });
  fs.writeFileSync(path.join(root, "lib", "cli", "main.js"), "");
  expect(cliMissing(root)).toMatch(/lib\/cli\/bundle\.js/);
  fs.writeFileSync(path.join(root, "lib", "cli", "bundle.js"), "");
  expect(cliMissing(root)).toBeNull();
});

test("arguments: defaults are the benchmark's sizes; a bad size is refused", () => {
  expect(parseArgs([])).toEqual({
    engineRows: 1_000_000, endToEndRows: 100_000, anchorRows: 10_000, midRows: 50_000, largeRows: 1_000_000, pageRows: 10_000, keep: false,
  });
  expect(parseArgs(["--page-rows=0"]).pageRows).toBe(0);
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


const fig = (value: number): Figure => ({ ok: true, value });
const na = (reason: string): Figure => ({ ok: false, reason });

/** A report as a run on this kind of machine gives it, each figure chosen against issue 22's table. */
function sampleReport(page: Figure, hostile: BenchReport["hostile"] = { files: 0, seconds: na("skipped"), peakMb: na("skipped") }): BenchReport {
  return {
    engine: { rows: 1_000_000, seconds: fig(2.5), rowsPerSecond: fig(400_000) },
    endToEnd: { rows: 100_000, seconds: fig(5), peakMb: fig(380), floorSeconds: fig(0.6), overFloor: fig(5 / 0.6) },
    anchor: { rows: 10_000, ours: fig(0.5), spreadsheet: fig(7.5), spreadsheetMeasured: true, speedUp: fig(15) },
    startup: { seconds: fig(0.12), nodeSeconds: fig(0.1) },
    growth: { points: [], mbPer10k: na("fewer than two runs measured"), worstOffLine: na("not fitted"), projectedLargeMb: na("not fitted") },
    large: { rows: 0, outcome: null },
    page: { rows: 10_000, seconds: page }, hostile,
    workDir: "/tmp/x",
  };
}

/** The table's line whose label starts with `label`, split into its columns (two spaces or more apart). */
function lineOf(table: string, label: string): string[] {
  const line = table.split("\n").find((l) => l.startsWith(label));
  if (!line) throw new Error(`no line "${label}" in\n${table}`);
  return line.split(/ {2,}/);
}

describe("issue 22's table, every line with its target and moonshot", () => {
  test("the targets are the issue's: ≤ 6× (≤ 3×) the floor, < 400 MB (< 250 MB), ≥ 10× (≥ 20×), ≥ 300,000 (≥ 1,000,000) rows/s, < 3 s (< 1 s)", () => {
    expect(TARGETS.endToEndOverFloor).toEqual({ target: 6, moonshot: 3 });
    expect(TARGETS.peakMb).toEqual({ target: 400, moonshot: 250 });
    expect(TARGETS.speedUp).toEqual({ target: 10, moonshot: 20 });
    expect(TARGETS.engineRowsPerSecond).toEqual({ target: 300_000, moonshot: 1_000_000 });
    expect(TARGETS.pageSeconds).toEqual({ target: 3, moonshot: 1 });
    expect(TARGETS.startupSeconds).toBe(0.15);
  });

  test("copy ÷ floor over its target and its moonshot, with the floor of the same run beside it", () => {
    const table = formatReport(sampleReport(na(PAGE_NOT_BUILT)));
    expect(lineOf(table, "100,000 行，写出副本 ÷ 读取下限")).toEqual([
      "100,000 行，写出副本 ÷ 读取下限 / rows, copy written ÷ read floor", "8.3×（下限 / floor 0.60 s）", "≤ 6×", "≤ 3×", "否 / no｜否 / no",
    ]);
  });

  test("peak memory, the spreadsheet speed-up and the engine, each judged against target and moonshot", () => {
    const table = formatReport(sampleReport(na(PAGE_NOT_BUILT)));
    expect(lineOf(table, "100,000 行，峰值内存").slice(1)).toEqual(["380 MB", "< 400 MB", "< 250 MB", "是 / yes｜否 / no"]);
    expect(lineOf(table, "10,000 行对 LibreOffice 公式表").slice(1)).toEqual(["15.0×", "≥ 10×", "≥ 20×", "是 / yes｜否 / no"]);
    expect(lineOf(table, "引擎 1,000,000 行").slice(1)).toEqual(["400,000 行/秒 rows/s", "≥ 300,000 行/秒", "≥ 1,000,000 行/秒", "是 / yes｜否 / no"]);
    expect(lineOf(table, "启动 lygip --version").join("  ")).toMatch(/0\.12 s（node -e 0：0\.10 s） +≤ 0\.15 s +是 \/ yes$/);
  });

  test("the browser page's line says the page is not built until its benchmark exists, and is judged once it does", () => {
    expect(lineOf(formatReport(sampleReport(na(PAGE_NOT_BUILT))), "网页 10,000 行").slice(1)).toEqual([
      "n/a（page not built）", "< 3 s", "< 1 s", "—｜—",
    ]);
    expect(lineOf(formatReport(sampleReport(fig(0.8))), "网页 10,000 行，显示结果").slice(1)).toEqual(["0.80 s", "< 3 s", "< 1 s", "是 / yes｜是 / yes"]);
  });

  test("the page's copy and batch workbook, made after the results are shown, have their seconds on a line of their own, with no target", () => {
    const report = sampleReport(fig(0.8));
    const table = formatReport({ ...report, page: { ...report.page, outputs: fig(2.6) } });
    expect(lineOf(table, "网页 10,000 行，副本与汇总工作簿生成").slice(1)).toEqual(["2.60 s"]);
    expect(lineOf(formatReport(report), "网页 10,000 行，副本与汇总工作簿生成").slice(1)).toEqual(["n/a（not measured）"]);
  });
});

test("issue 19's hostile files: the slowest refusal under a second and the largest peak under 300 MB, naming the file", () => {
  const hostile = { files: 31, seconds: { ok: true, value: 1.3, note: "999,000 rows" } as Figure, peakMb: fig(120) };
  const table = formatReport(sampleReport(na(PAGE_NOT_BUILT), hostile));
  expect(lineOf(table, "恶意文件 31 个，最慢的拒绝").slice(1)).toEqual(["1.30 s（999,000 rows）", "< 1 s", "否 / no"]);
  expect(lineOf(table, "恶意文件，最大峰值内存").slice(1)).toEqual(["120 MB", "< 300 MB", "是 / yes"]);
});

describe("the browser page's hook", () => {
  const opts = { root: "/nowhere", rows: 10, workDir: "/tmp", log: () => undefined };

  test("without bench/page.ts: not built", async () => {
    expect(await benchPage(opts, path.join(dir, "no-page"))).toEqual({ reason: PAGE_NOT_BUILT });
  });

  test("with it: its seconds, or the reason it throws", async () => {
    const good = path.join(dir, "page-good.js");
    fs.writeFileSync(good, "exports.measurePage = async (o) => o.rows / 10;");
    expect(await benchPage(opts, good)).toEqual({ seconds: 1 });
    const both = path.join(dir, "page-both.js");
    fs.writeFileSync(both, "exports.measurePage = async (o) => ({ seconds: o.rows / 10, outputs: o.rows / 5 });");
    expect(await benchPage(opts, both)).toEqual({ seconds: 1, outputs: 2 });
    const bad = path.join(dir, "page-bad.js");
    fs.writeFileSync(bad, "exports.measurePage = async () => { throw new Error('chromium missing'); };");
    expect(await benchPage(opts, bad)).toEqual({ reason: "chromium missing" });
  });

  test("a page benchmark that fails to load is an error, not a page not built", async () => {
    const broken = path.join(dir, "page-broken.js");
    fs.writeFileSync(broken, "require('./no-such-dependency');");
    await expect(benchPage(opts, broken)).rejects.toThrow(/no-such-dependency/);
  });
});
