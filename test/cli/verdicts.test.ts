/**
 * Rev. 3 through the command line (REPORT.md, MEASURES.md decision 23): the exit status follows the
 * verdicts, and every row and file of the JSON carries its verdict, pending amount and totals.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { lygip } from "../support/cli";
import { HEADERS, row, tempDir, writeWorkbook, type RowSpec } from "../support/workbooks";

const HZ = "91320706MA1XKQ8L3T";
const base: RowSpec = { 单位名称: "连云港甲科技有限公司", 统一社会信用代码: HZ, 所属县区: "海州区", 申报年度: 2026, 事项日期: "2026-03-01" };
// （二）「每项…给予 10 万元奖励」; （二十二）「对参加市级组织的课题研究项目，并通过结题验收的，给予最高 10 万元资金支持」.
const APPROVED: RowSpec = { ...base, 支持事项: "GI", "证书/合同/案件编号": "GI-1", "申请金额（元）": 100000 };
const UNSTATED: RowSpec = { ...base, 支持事项: "IP_RESEARCH", "申请金额（元）": 50000 };

interface Totals { rows: number; pending: string; approvable: string; requested: string; excess: string; approved: number; review: number }
let dir: string;
beforeAll(async () => {
  dir = tempDir();
  await writeWorkbook(join(dir, "approved.xlsx"), [{ headers: HEADERS, rows: [row(APPROVED, HEADERS)] }]);
  await writeWorkbook(join(dir, "review.xlsx"), [{ headers: HEADERS, rows: [row({ ...APPROVED, "证书/合同/案件编号": "GI-2" }, HEADERS), row(UNSTATED, HEADERS)] }]);
});

describe("the exit status follows the verdicts (rev. 3)", () => {
  it("every row 通过: exit 0", async () => {
    const r = await lygip("check", join(dir, "approved.xlsx"), "--json", "--no-write");
    expect(r.code).toBe(0);
  });
  it("a row 待核实 with warnings only, no error: exit 1", async () => {
    const r = await lygip("check", join(dir, "review.xlsx"), "--json", "--no-write");
    const report = JSON.parse(r.stdout);
    expect(report.files[0].rows.map((x: { status: string }) => x.status)).not.toContain("error");
    expect(r.code).toBe(1);
  });
});

describe("rows and files carry verdict, pending and totals", () => {
  it("a 待核实 row: verdict review, its 50,000 pending, after the fields of the earlier contract", async () => {
    const report = JSON.parse((await lygip("check", join(dir, "review.xlsx"), "--json", "--no-write")).stdout);
    const pending = report.files[0].rows[1];
    expect(pending).toMatchObject({ verdict: "review", pending: "50000.00", approvable: "0.00", excess: "0.00", requested: "50000.00" });
    const keys = Object.keys(pending);
    expect(keys.slice(-4)).toEqual(["requested", "explain_en", "verdict", "pending"]);
  });
  it("each file has its own totals, and the batch's add up: requested = approvable + pending + excess", async () => {
    const report = JSON.parse((await lygip("check", join(dir, "approved.xlsx"), join(dir, "review.xlsx"), "--json", "--no-write")).stdout);
    const [a, b] = report.files.map((f: { totals: Totals }) => f.totals);
    expect(a).toMatchObject({ files: 1, rows: 1, approved: 1, review: 0, pending: "0.00", approvable: "100000.00" });
    expect(b).toMatchObject({ files: 1, rows: 2, approved: 1, review: 1, pending: "50000.00", approvable: "100000.00", requested: "150000.00" });
    expect(report.totals).toMatchObject({ files: 2, rows: 3, approved: 2, reduced: 0, rejected: 0, review: 1, pending: "50000.00", requested: "250000.00", approvable: "200000.00", excess: "0.00" });
  });
});

describe("the history entries left out are counted (decision 27)", () => {
  // 「连政发〔2021〕79 号同时废止」: an approval of 2024 counts toward no rule of this policy.
  it("a 2024 entry is left out and counted in settings.history.leftOut; the 2025 entry is used", async () => {
    const history = join(dir, "history.csv");
    writeFileSync(history, "单位名称,申报年度,支持事项,核定金额\n甲公司,2024,TRAINING_BASE,400000\n甲公司,2025,GI,100000\n");
    const r = await lygip("check", join(dir, "approved.xlsx"), "--json", "--no-write", "--history", history);
    expect(JSON.parse(r.stdout).settings.history).toEqual({ file: history, entries: 1, leftOut: 1 });
  });
});
