/**
 * The report fields added by the second reading (REPORT.md): requested, first {file, row}, checkedAt,
 * settings, explain_en — produced by real workbooks through the command line.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { lygip } from "../support/cli";
import { HEADERS, row, tempDir, writeWorkbook, type RowSpec } from "../support/workbooks";

const HZ = "91320706MA1XKQ8L3T";
const base: RowSpec = { 单位名称: "连云港甲科技有限公司", 统一社会信用代码: HZ, 所属县区: "海州区", 申报年度: 2026, 事项日期: "2026-03-01" };

interface Message { code: string; message: string; message_en: string; first?: { file: string; row: number } }
interface Row { row: number; claimed: string | null; requested: string; approvable: string; excess: string; explain: string; explain_en: string; messages: Message[] }
interface Report {
  checkedAt: string;
  settings: { rates: Record<string, string>; history: { file: string; entries: number } | null };
  files: { path: string; rows: Row[] }[];
  totals: { claimed: string; requested: string; approvable: string; excess: string };
}

let dir: string;
let a: string;
let b: string;
let history: string;
let report: Report;
let started: number;

beforeAll(async () => {
  dir = tempDir();
  a = join(dir, "甲.xlsx");
  b = join(dir, "乙.xlsx");
  await writeWorkbook(a, [{ headers: HEADERS, rows: [
    row({ ...base, 支持事项: "GI", "证书/合同/案件编号": "G-1", "申请金额（元）": 100000 }),
    row({ ...base, 支持事项: "DATA_IP", 数量: 10 }),
    row({ ...base, 支持事项: "PLEDGE_LOAN", "计算基数（元）": 100000, "贷款期限（月）": 12, "申请金额（元）": 30000 }),
  ] }]);
  await writeWorkbook(b, [{ headers: HEADERS, rows: [
    row({ ...base, 支持事项: "GI", "证书/合同/案件编号": "G-1", "申请金额（元）": 100000 }),
    row({ ...base, 支持事项: "DATA_IP", 数量: 10, "申请金额（元）": 10000 }),
    row({ ...base, 支持事项: "GI", "证书/合同/案件编号": "G-2" }),
    row({ ...base, 支持事项: "GI", "证书/合同/案件编号": "G-2" }),
  ] }]);
  history = join(dir, "历史.csv");
  writeFileSync(history, "\ufeff单位名称,统一社会信用代码,申报年度,支持事项,核定金额\r\n连云港甲科技有限公司,,2026,数据知识产权登记,\"5,000.00\"\r\n");
  started = Date.now();
  const run = await lygip("check", a, b, "--json", "--no-write", "--rate", "PLEDGE_LOAN=0.25", "--history", history);
  report = JSON.parse(run.stdout);
});

describe("report fields of the second reading, through the command line", () => {
  it("a duplicate in another file points to that file as given on the command line (first.file)", () => {
    const dup = report.files[1].rows[0].messages.find((m) => m.code === "DUPLICATE")!;
    expect(dup.first).toEqual({ file: a, row: 2 });
    expect(dup.message).toContain(`与「${a}」第 2 行重复`);
  });

  it("a duplicate in the same file points to its own file, and its message names no file", () => {
    const dup = report.files[1].rows[3].messages.find((m) => m.code === "DUPLICATE")!;
    expect(dup.first).toEqual({ file: b, row: 4 });
    expect(dup.message).toMatch(/^与第 4 行重复/);
  });

  it("CAP_EXCEEDED says where the earlier approvals came from: history (by name only) and a row of the other file", () => {
    const cap = report.files[1].rows[1].messages.find((m) => m.code === "CAP_EXCEEDED")!;
    // Decision 21: the history's approval is named by the history file and its row.
    expect(cap.message).toContain(`历史核定 5,000.00 元，「${history}」第 2 行；本批「${a}」第 3 行`);
    expect(cap.first).toEqual({ file: a, row: 3 });
  });

  it("every row has requested = approvable + excess; a blank claim requests its eligible amount", () => {
    const blank = report.files[0].rows[1];
    expect(blank.claimed).toBeNull();
    expect(blank.requested).toBe("10000.00");
    const cents = (s: string) => Math.round(Number(s) * 100);
    for (const f of report.files) for (const r of f.rows) expect(cents(r.requested)).toBe(cents(r.approvable) + cents(r.excess));
    expect(cents(report.totals.requested)).toBe(cents(report.totals.approvable) + cents(report.totals.excess));
  });

  it("checkedAt is the time of the check; settings list the rates in force and the history file with its entry count", () => {
    expect(Date.parse(report.checkedAt)).toBeGreaterThanOrEqual(started - 1000);
    expect(Date.parse(report.checkedAt)).toBeLessThanOrEqual(Date.now());
    expect(report.settings.rates).toMatchObject({ PLEDGE_LOAN: "0.25", IP_INSURANCE: "0.5", ENFORCEMENT_DOMESTIC: "0.3", ENFORCEMENT_OVERSEAS: "0.5", PATENT_PRIZE: "0.5" });
    expect(report.settings.history).toEqual({ file: history, entries: 1, leftOut: 0 });
  });

  it("the row's explanation is given in both languages, the English one without Chinese", () => {
    const loan = report.files[0].rows[2];
    expect(loan.explain).toBe("(贷款利息 100,000.00 元) × 25% = 25,000.00 元");
    expect(loan.explain_en).toBe("(interest 100,000.00 yuan) × 25% = 25,000.00 yuan");
    // File names are the user's own (here Chinese); everything else is English.
    for (const f of report.files) for (const r of f.rows) expect(r.explain_en.replace(/"[^"]*"/g, "")).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it("the printed totals reconcile: 申请 = 可核定 + 待核实 + 核减", async () => {
    const run = await lygip("check", a, b, "--no-write");
    const line = run.stdout.split("\n").find((l) => l.startsWith("申请 ") && !l.startsWith("  "))!;
    const [requested, approvable, pending, excess] = [...line.matchAll(/([\d,]+\.\d{2}) 元/g)].map((m) => Number(m[1].replace(/,/g, "")));
    expect(Math.round(requested * 100)).toBe(Math.round((approvable + pending + excess) * 100));
  });

  it("without --history the settings say so", async () => {
    const run = await lygip("check", a, "--json", "--no-write");
    expect(JSON.parse(run.stdout).settings).toMatchObject({ history: null, rates: { PLEDGE_LOAN: "0.3" } });
  });
});
