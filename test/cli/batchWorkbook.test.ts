/**
 * `lygip check FILE... --summary 汇总.xlsx`: one workbook for the batch with 审核明细, 汇总 and 审核信息 across
 * every file, every amount in it equal to the sum of its rows to the 分.
 */
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { Decimal, type Money } from "../../src/engine/money";
import { itemByCode } from "../../src/policy";
import { openWorkbook } from "../../src/workbook/xlsx";
import type { RawCell, SheetGrid } from "../../src/workbook/types";
import { lygip } from "../support/cli";
import { tempDir } from "../support/workbooks";

const SAMPLE = resolve(__dirname, "../../samples/申报表示例.xlsx");

let dir: string;
let report: { files: { path: string; rows: { row: number; approvable: string; excess: string; requested?: string; item: string | null }[] }[]; totals: { approvable: string; rows: number } };
let detail: SheetGrid;
let summary: SheetGrid;
let info: SheetGrid;
let sheetNames: string[];

const text = (c: RawCell | undefined) => (c === undefined || c.t === "bad" ? "" : String(c.v));
const money = (c: RawCell | undefined): Money => new Decimal(c && c.t === "n" ? c.v : 0).toDecimalPlaces(2);
const rowsOf = (grid: SheetGrid) => [...grid.rows.keys()].sort((a, b) => a - b).map((r) => grid.rows.get(r)!);

beforeAll(async () => {
  dir = tempDir();
  copyFileSync(SAMPLE, join(dir, "甲.xlsx"));
  copyFileSync(SAMPLE, join(dir, "乙.xlsx"));
  const run = await lygip("check", join(dir, "甲.xlsx"), join(dir, "乙.xlsx"), "--json", "--out", join(dir, "out"), "--summary", join(dir, "汇总.xlsx"));
  expect(run.code).toBe(1);
  report = JSON.parse(run.stdout);
  const wb = openWorkbook(new Uint8Array(readFileSync(join(dir, "汇总.xlsx"))));
  sheetNames = wb.sheets.map((s) => s.name);
  detail = wb.readSheet("审核明细");
  summary = wb.readSheet("汇总");
  info = wb.readSheet("审核信息");
});

describe("the batch workbook", () => {
  test("holds 汇总, 审核明细, 审核信息 and 审核意见表, in that order", () => {
    expect(sheetNames).toEqual(["汇总", "审核明细", "审核信息", "审核意见表"]);
  });

  test("审核明细 has one row per application row of every file, leading back to its file and row", () => {
    const rows = rowsOf(detail);
    expect(rows[0].map(text)).toEqual([
      "文件", "行号", "单位名称", "统一社会信用代码", "所属县区", "申报年度", "事项代码", "事项名称", "条款", "审核结论",
      "申请金额", "可核定金额", "待核实金额", "核减金额", "问题代码", "级别",
    ]);
    const body = rows.slice(1);
    expect(body).toHaveLength(report.totals.rows);
    const json = report.files.flatMap((f) => f.rows.map((r) => ({ path: f.path, ...r })));
    body.forEach((cells, i) => {
      expect(text(cells[0])).toBe(json[i].path);
      expect(Number(text(cells[1]))).toBe(json[i].row);
      expect(money(cells[11]).toFixed(2)).toBe(json[i].approvable);
      // 申请金额 = 可核定金额 + 待核实金额 + 核减金额 (columns K..N).
      expect(money(cells[13]).toFixed(2)).toBe(json[i].excess);
      expect(money(cells[10]).eq(money(cells[11]).plus(money(cells[12])).plus(money(cells[13])))).toBe(true);
    });
  });

  test("every figure of 汇总 equals the sum of its rows in 审核明细, to the 分", () => {
    const body = rowsOf(detail).slice(1);
    const sumWhere = (col: number, value: string) =>
      body.filter((c) => text(c[col]) === value).reduce((t, c) => t.plus(money(c[11])), new Decimal(0));
    const grand = body.reduce((t, c) => t.plus(money(c[11])), new Decimal(0));
    expect(grand.toFixed(2)).toBe(report.totals.approvable);

    const lines = rowsOf(summary);
    const blockAfter = (caption: string) => {
      const start = lines.findIndex((c) => text(c[0]) === caption);
      expect(start).toBeGreaterThan(0);
      const out: (RawCell | undefined)[][] = [];
      for (const l of lines.slice(start + 3)) {
        out.push([...l]);
        if (text(l[0]) === "合计") break;
      }
      return out;
    };
    for (const [caption, col] of [["按支持事项、申报年度：可核定金额（元）", 7], ["按所属县区、申报年度：可核定金额（元）", 4]] as const) {
      const block = blockAfter(caption);
      const total = block[block.length - 1];
      expect(money(total[total.length - 1]).toFixed(2)).toBe(report.totals.approvable);
      for (const line of block.slice(0, -1)) {
        expect(money(line[line.length - 1]).toFixed(2)).toBe(sumWhere(col, text(line[0])).toFixed(2));
      }
      expect(block.length - 1).toBe(new Set(body.map((c) => text(c[col]))).size);
    }
  });

  test("审核信息 says when, which version and policy, the rates in force, no history, and both files", () => {
    const all = rowsOf(info).flatMap((c) => c.map(text)).join("\n");
    expect(all).toMatch(/审核时间\n\d{4}-\d\d-\d\d \d\d:\d\d:\d\d（北京时间 UTC\+8）/);
    expect(all).toContain("lygip 0.1.0");
    expect(all).toContain("连政规发〔2025〕3号");
    expect(all).toContain(`${itemByCode("PLEDGE_LOAN").name}（第（七）条）：30%（条款最高比例）`);
    expect(all).toContain("历史核定记录\n未使用");
    expect(all).toContain(`${join(dir, "甲.xlsx")}：工作表「申报表」，53 行`);
    expect(all).toContain(`${join(dir, "乙.xlsx")}：工作表「申报表」，53 行`);
  });

  test("is written again over its own earlier copy, but never over a file the user made", async () => {
    const again = await lygip("check", join(dir, "甲.xlsx"), "--no-write", "--summary", join(dir, "汇总.xlsx"), "-q");
    expect(again.code).toBe(1);
    const wb = openWorkbook(new Uint8Array(readFileSync(join(dir, "汇总.xlsx"))));
    expect(rowsOf(wb.readSheet("审核明细"))).toHaveLength(54);

    writeFileSync(join(dir, "mine.xlsx"), readFileSync(SAMPLE));
    const refused = await lygip("check", join(dir, "甲.xlsx"), "--no-write", "--summary", join(dir, "mine.xlsx"), "-q");
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("不是 lygip 写出的");
    expect(Buffer.compare(readFileSync(join(dir, "mine.xlsx")), readFileSync(SAMPLE))).toBe(0);
  });
});
