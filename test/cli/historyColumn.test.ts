/**
 * A history file's unreadable 核定金额 is named as the file names it. The history has no 申请金额 column
 * (REPORT.md: 单位名称/统一社会信用代码, 申报年度, 支持事项, 核定金额), so a message naming 申请金额（元）
 * would send the reviewer looking for a column that is not there.
 */
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { historyIssueText } from "../../src/engine";
import { lygip } from "../support/cli";
import { tempDir } from "../support/workbooks";

const SAMPLE = resolve(__dirname, "../../samples/申报表示例.xlsx");
const HEAD = "单位名称,统一社会信用代码,申报年度,支持事项,核定金额\n";

function history(body: string): string {
  const path = join(tempDir(), "历史.csv");
  writeFileSync(path, HEAD + body);
  return path;
}

test("an approved amount that is no number: 「核定金额」 in Chinese, never 申请金额 (exit 2)", async () => {
  const r = await lygip("check", SAMPLE, "--no-write", "--history", history("甲公司,,2025,DATA_IP,abc\n"));
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("第 2 行：「核定金额」填写为「abc」：无法识别为数字");
  expect(r.stderr).not.toContain("申请金额");
});

test("a blank approved amount, in English too", async () => {
  const file = history("甲公司,,2025,DATA_IP,\n");
  const zh = await lygip("check", SAMPLE, "--no-write", "--history", file);
  expect(zh.stderr).toContain("第 2 行：「核定金额」为必填项");
  const en = await lygip("check", SAMPLE, "--no-write", "--history", file, "--lang", "en");
  expect(en.stderr).toContain(`row 2: "核定金额" (approved amount) is required`);
  expect(en.stderr).not.toContain("Claimed");
});

test("the other columns' messages are the catalog's own", () => {
  const issue = { code: "MISSING_VALUE", field: "item" } as const;
  expect(historyIssueText(issue, "zh")).toBe("「支持事项」为必填项，但单元格为空");
});

test("a 待核实 row of last year's outputs stops the check naming the file, its row and the pending amount (exit 2)", async () => {
  const path = join(tempDir(), "审核明细.csv");
  writeFileSync(path, "单位名称,申报年度,事项代码,审核结论,可核定金额,待核实金额\n甲公司,2025,DATA_IP,通过,5000,0\n丙公司,2025,IP_RESEARCH,待核实,0,50000\n");
  const r = await lygip("check", SAMPLE, "--no-write", "--history", path);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain(`--history ${path} 有 1 处无法读取`);
  expect(r.stderr).toContain("第 3 行：待核实金额 50,000.00 元");
});

test("a history file with no header the reader knows says so for the history, naming the columns, with no 第 0 行", async () => {
  const path = join(tempDir(), "台账.csv");
  writeFileSync(path, "序号,名称,金额\n1,甲公司,5000\n");
  const zh = await lygip("check", SAMPLE, "--no-write", "--history", path);
  expect(zh.code).toBe(2);
  expect(zh.stderr).not.toContain("第 0 行");
  expect(zh.stderr).not.toContain("申报表");
  expect(zh.stderr).toContain("单位名称或统一社会信用代码、申报年度、支持事项、核定金额");
  const en = await lygip("check", SAMPLE, "--no-write", "--history", path, "--lang", "en");
  expect(en.stderr).not.toContain("row 0");
  expect(en.stderr).not.toContain("application table");
});

test("the history's own message for a table not found", () => {
  const issue = { code: "UNREADABLE_FILE", reason: "no-table" } as const;
  expect(historyIssueText(issue, "zh")).toBe(
    "未找到以往核定记录的表头：前 20 行中没有一行含有至少三个可识别的列名（单位名称或统一社会信用代码、申报年度、支持事项、核定金额）",
  );
});
