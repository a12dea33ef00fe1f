/**
 * One table a file (MEASURES.md decision 22): a workbook whose second visible sheet holds an application table
 * too has its first table checked, and the other named wherever the file's results are given — the JSON's
 * `otherTables`, the readable summary, 审核信息 in the copy, the page's file line — rather than left to look
 * checked. Here 商标's second claim would take the unit past （七）'s 50,000 a year: a reviewer who is not
 * told of the sheet approves 专利's claim and never sees it.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runBatch } from "../../src/page/worker/runBatch";
import { lygip } from "../support/cli";
import { HEADERS, row, tempDir, writeWorkbook, type RowSpec } from "../support/workbooks";

const insurance = (claimed: number): RowSpec => ({
  单位名称: "连云港甲科技有限公司", 统一社会信用代码: "91320706MA1XKQ8L3T", 所属县区: "海州区", 申报年度: 2026, 支持事项: "IP_INSURANCE",
  "计算基数（元）": 80000, 事项日期: "2026-04-01", "申请金额（元）": claimed,
});

let dir: string;
beforeAll(async () => {
  dir = tempDir();
  await writeWorkbook(join(dir, "two.xlsx"), [
    { name: "专利", headers: HEADERS, rows: [row(insurance(40000))] },
    { name: "填表说明", headers: ["说明"], rows: [["每行一项"]] },
    { name: "商标", headers: HEADERS, rows: [row(insurance(30000))] },
  ]);
  await writeWorkbook(join(dir, "one.xlsx"), [{ name: "申报表", headers: HEADERS, rows: [row(insurance(40000))] }]);
});

test("the JSON names the other sheet with a table as otherTables; a workbook with one table has no such field", async () => {
  const two = JSON.parse((await lygip("check", join(dir, "two.xlsx"), "--json", "--no-write")).stdout);
  expect(two.files[0].sheet).toBe("专利");
  expect(two.files[0].rows).toHaveLength(1);
  expect(two.files[0].otherTables).toEqual(["商标"]);
  const one = JSON.parse((await lygip("check", join(dir, "one.xlsx"), "--json", "--no-write")).stdout);
  expect("otherTables" in one.files[0]).toBe(false);
});

test("the readable summary says, under the file, that the sheet was not checked and what to do, in either language", async () => {
  const zh = await lygip("check", join(dir, "two.xlsx"), "--no-write", "--lang", "zh");
  expect(zh.stdout).toContain("另有工作表「商标」也是申报表，本次未审核（每个文件只审核一张表）：请另存为单独的文件再审核。");
  const en = await lygip("check", join(dir, "two.xlsx"), "--no-write", "--lang", "en");
  expect(en.stdout).toContain('Sheet "商标" also holds an application table and was not checked (one table a file): save it as a file of its own and check that.');
});

test("the copy's 审核信息 says it beside the file's line, and a check of the copy names the user's sheet, not the product's own", async () => {
  const out = join(dir, "out");
  await lygip("check", join(dir, "two.xlsx"), "--out", out);
  const { Workbook } = await import("exceljs");
  const copy = new Workbook();
  await copy.xlsx.readFile(join(out, "two.checked.xlsx"));
  const info = copy.getWorksheet("审核信息")!;
  const lines: string[] = [];
  info.eachRow((r) => lines.push(String(r.getCell(2).value ?? "")));
  expect(lines[lines.length - 1]).toBe(`${join(dir, "two.xlsx")}：工作表「专利」，1 行；另有工作表「商标」也是申报表，本次未审核（每个文件只审核一张表）：请另存为单独的文件再审核`);
  const again = JSON.parse((await lygip("check", join(out, "two.checked.xlsx"), "--json", "--no-write")).stdout);
  expect(again.files[0].otherTables).toEqual(["商标"]);
});

test("the signed 审核意见表 says what it covers: the copy's the sheet checked and the one not; the batch's every file, the unreadable too", async () => {
  const { Workbook } = await import("exceljs");
  const scopeOf = async (file: string) => {
    const book = new Workbook();
    await book.xlsx.readFile(file);
    return String(book.getWorksheet("审核意见表")!.getCell("A2").value);
  };
  const out = join(dir, "paper");
  writeFileSync(join(dir, "坏.xlsx"), "not a workbook");
  await lygip("check", join(dir, "two.xlsx"), join(dir, "one.xlsx"), join(dir, "坏.xlsx"), "--out", out, "--summary", join(out, "汇总.xlsx"));
  expect(await scopeOf(join(out, "two.checked.xlsx"))).toBe("审核范围：two.xlsx（工作表「专利」；另有工作表「商标」未审核）");
  expect(await scopeOf(join(out, "汇总.xlsx"))).toBe(
    `审核范围：${join(dir, "two.xlsx")}（另有工作表「商标」未审核）、${join(dir, "one.xlsx")}、${join(dir, "坏.xlsx")}（未能读取，未审核）`,
  );
});

test("the page's file line carries the same words in both languages", () => {
  const outcome = runBatch({ files: [{ name: "two.xlsx", bytes: new Uint8Array(readFileSync(join(dir, "two.xlsx"))) }], rates: [], lang: "zh" });
  if (!outcome.ok) throw new Error(outcome.problem.en);
  expect(outcome.result.files[0]!.otherTables).toEqual({
    zh: "另有工作表「商标」也是申报表，本次未审核（每个文件只审核一张表）：请另存为单独的文件再审核",
    en: 'Sheet "商标" also holds an application table and was not checked (one table a file): save it as a file of its own and check that',
  });
});
