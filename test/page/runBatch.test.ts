/**
 * The page's batch (run in its worker) against the command line: the same files, history, rates and time
 * stamp give the same JSON report byte for byte, and the same copies and batch workbook part for part (each
 * host deflates with its own deflater: the command line with zlib, the page with the browser's) — in Node here,
 * the page's batch on the portable codec, whose CompressionStream and DecompressionStream stand in for the
 * browser's; the browser test does the same through the built page.
 */
import { copyFileSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runBatchNative } from "../../src/page/worker/nativeBatch";
import { runBatch, JSON_NAME, SUMMARY_NAME } from "../../src/page/worker/runBatch";
import type { CheckedResult } from "../../src/page/worker/protocol";
import { portableCodec, useCodec } from "../../src/workbook/bytes";
import { lygip } from "../support/cli";
import { expectSameWorkbook } from "../support/sameWorkbook";
import { HEADERS, row, writeWorkbook } from "../support/workbooks";

const SAMPLE = join(__dirname, "../../samples/申报表示例.xlsx");
const AT = "2026-03-01T09:30:00+08:00";
const HZ = "91320706MA1XKQ8L3T";
const insurance = (claimed: number) =>
  row({ 单位名称: "甲公司", 统一社会信用代码: HZ, 所属县区: "海州区", 申报年度: 2026, 支持事项: "IP_INSURANCE", "计算基数（元）": 80000, 事项日期: "2026-04-01", "申请金额（元）": claimed });

let dir: string;
const names = ["申报表示例.xlsx", "甲.xlsx", "乙.xlsx"];

beforeAll(async () => {
  dir = realpathSync(mkdtempSync(join(tmpdir(), "lygip-page-")));
  copyFileSync(SAMPLE, join(dir, names[0]!));
  await writeWorkbook(join(dir, names[1]!), [{ headers: HEADERS, rows: [insurance(40000)] }]);
  await writeWorkbook(join(dir, names[2]!), [{ headers: HEADERS, rows: [insurance(30000)] }]);
  writeFileSync(join(dir, "历史.csv"), "单位名称,统一社会信用代码,申报年度,支持事项,核定金额\n甲公司,91320706MA1XKQ8L3T,2026,IP_INSURANCE,5000\n");
});

describe("the page's batch writes what the command line writes", () => {
  it("a three-file batch with history and a rate: copies and batch workbook part for part, JSON byte for byte, at the same time stamp", async () => {
    const cwd = process.cwd();
    process.chdir(dir);
    let cli;
    try {
      cli = await lygip("check", ...names, "--out", ".", "--summary", SUMMARY_NAME, "--json", "--checked-at", AT, "--history", "历史.csv", "--rate", "PLEDGE_LOAN=25%");
    } finally {
      process.chdir(cwd);
    }
    expect(cli.code).toBe(1);
    // The command line installed its native codec in this process; the page's batch runs on the portable one.
    const cliCodec = useCodec(portableCodec);
    let outcome;
    try {
      outcome = await runBatchNative({
        files: names.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) })),
        history: { name: "历史.csv", bytes: new Uint8Array(readFileSync(join(dir, "历史.csv"))) },
        rates: ["PLEDGE_LOAN=25%"], lang: "zh", checkedAt: AT, folder: dir,
      });
    } finally {
      useCodec(cliCodec);
    }
    if (!outcome.ok) throw new Error(outcome.problem.en);
    const { result } = outcome;
    expect(result.files.map((f) => f.copy?.name)).toEqual(["申报表示例.checked.xlsx", "甲.checked.xlsx", "乙.checked.xlsx"]);
    for (const f of result.files) expectSameWorkbook(f.copy!.bytes, readFileSync(join(dir, f.copy!.name)));
    expectSameWorkbook(result.summary!.bytes, readFileSync(join(dir, SUMMARY_NAME)));
    const json = outcome.json();
    expect(new TextDecoder().decode(json.bytes)).toBe(cli.stdout);
    expect(json.name).toBe(JSON_NAME);
    // The second file meets the 50,000 cap the first used: the batch is one batch, as on the command line.
    expect(result.problems.some((p) => p.file === 2 && p.code === "CAP_EXCEEDED")).toBe(true);
  });

  it("a batch shared between two workers is the whole batch: the copies and the report from one, the batch workbook from the other", async () => {
    const request = (share?: "copies" | "summary") => ({
      files: names.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) })),
      rates: [], lang: "zh" as const, checkedAt: AT, ...(share ? { share } : {}),
    });
    const [whole, copies, summary] = await Promise.all([runBatchNative(request()), runBatchNative(request("copies")), runBatchNative(request("summary"))]);
    if (!whole.ok || !copies.ok || !summary.ok) throw new Error("refused");
    expect(copies.result.summary).toBeUndefined();
    expect(summary.result.files.map((f) => f.copy)).toEqual([undefined, undefined, undefined]);
    expectSameWorkbook(summary.result.summary!.bytes, whole.result.summary!.bytes);
    whole.result.files.forEach((f, i) => expectSameWorkbook(copies.result.files[i]!.copy!.bytes, f.copy!.bytes));
    expect(Buffer.from(copies.json().bytes).equals(Buffer.from(whole.json().bytes))).toBe(true);
    expect(copies.result.problems).toEqual(whole.result.problems);
  });

  it("the results are told once checked, before anything is written: the same results the batch ends with, without the copies", async () => {
    const steps: string[] = [];
    let told: CheckedResult | undefined;
    const outcome = await runBatchNative(
      {
        files: [{ name: "坏.xlsx", bytes: new TextEncoder().encode("not a workbook") }, ...names.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }))],
        rates: [], lang: "zh", checkedAt: AT,
      },
      (p) => steps.push(p.step),
      undefined,
      (result) => {
        told = result;
        steps.push("told");
      },
    );
    if (!outcome.ok || !told) throw new Error("not told");
    // Told after the check and before the first copy is written.
    expect(steps.indexOf("told")).toBe(steps.lastIndexOf("checking") + 1);
    expect(steps.indexOf("writing")).toBeGreaterThan(steps.indexOf("told"));
    expect(told.files.map((f) => f.copy)).toEqual([undefined, undefined, undefined, undefined]);
    const { summary: _summary, ...rest } = outcome.result;
    expect(told).toEqual({ ...rest, files: outcome.result.files.map(({ copy: _copy, ...f }) => f) });
    expect(told.problems.length).toBeGreaterThan(0);
  });

  it("a bad rate line stops the batch with the rate's problem in both languages", () => {
    const outcome = runBatch({ files: [], rates: ["PLEDGE_LOAN=0.5"], lang: "zh" });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problem.zh).toContain("超过第（七）条规定的最高比例 30%");
    expect(outcome.problem.en).toContain("above the maximum 30%");
  });

  it("an unreadable file is named with the reader's reason; the other files are still checked", async () => {
    const outcome = await runBatchNative({
      files: [{ name: "坏.xlsx", bytes: new TextEncoder().encode("not a workbook") }, { name: "好.xlsx", bytes: new Uint8Array(readFileSync(SAMPLE)) }],
      rates: [], lang: "zh", checkedAt: AT,
    });
    if (!outcome.ok) throw new Error(outcome.problem.en);
    expect(outcome.result.files[0]!.problem!.zh).toMatch(/^坏\.xlsx：/);
    expect(outcome.result.files[0]!.copy).toBeUndefined();
    expect(outcome.result.files[1]!.copy?.name).toBe("好.checked.xlsx");
  });
});
