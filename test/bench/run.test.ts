import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseGnuTimePeak, parseVmHwm } from "../../bench/measure";
import { cliMissing, displayWidth, parseArgs } from "../../bench/run";
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

