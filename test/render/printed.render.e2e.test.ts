/**
 * REPORT.md rev. 3, "what a reviewer prints and signs", on paper: the sample's annotated copy and the batch
 * workbook (--summary) rendered by LibreOffice to PDF, every page read back. No text prints below 8 pt, no
 * figure shows as ###, the table prints across pages with 单位名称 on each, and 审核意见表 carries its
 * signature block and totals equal to the JSON report's.
 */
import { copyFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { groupThousands } from "../../src/engine/money";
import { lygip } from "../support/cli";
import { renderPdf, smallestTextPerPage, type Rendering } from "../support/render";
import { tempDir } from "../support/workbooks";

const SAMPLE = resolve(__dirname, "../../samples/申报表示例.xlsx");

interface Printed {
  readonly rendering: Rendering;
  readonly smallest: readonly number[];
}
let copy: Printed;
let summary: Printed;
let totals: { requested: string; approvable: string; pending?: string; excess: string };

beforeAll(async () => {
  const dir = tempDir();
  const input = join(dir, "申报表.xlsx");
  copyFileSync(SAMPLE, input);
  const run = await lygip("check", input, "--out", dir, "--summary", join(dir, "汇总.xlsx"), "--json");
  expect(run.code).toBe(1);
  totals = JSON.parse(run.stdout).totals;
  const print = (file: string): Printed => {
    const rendering = renderPdf(join(dir, file), dir);
    return { rendering, smallest: smallestTextPerPage(rendering.pdf) };
  };
  copy = print("申报表.checked.xlsx");
  summary = print("汇总.xlsx");
}, 300_000);

const formPages = (p: Printed) => p.rendering.pages.filter((text) => text.includes("连云港市知识产权资助申请审核意见表"));

describe.each([
  ["the annotated copy", () => copy],
  ["the --summary workbook", () => summary],
])("%s printed", (_name, printed) => {
  test("no text on any page is below 8 pt", () => {
    const small = printed().smallest.flatMap((pt, i) => (pt < 7.95 ? [`page ${i + 1}: ${pt.toFixed(2)} pt`] : []));
    expect(small).toEqual([]);
  });

  test("no cell shows ###", () => {
    expect(printed().rendering.pages.flatMap((text, i) => (text.includes("###") ? [i + 1] : []))).toEqual([]);
  });

  test("审核意见表 prints with its header on every page and the signature block at the end", () => {
    const pages = formPages(printed());
    expect(pages.length).toBeGreaterThan(0);
    for (const text of pages) expect(text).toMatch(/序号\s+单位名称\s+支持事项\s+条款/);
    const last = pages[pages.length - 1];
    expect(last).toMatch(/审核人：_+/);
    expect(last).toMatch(/复核人：_+/);
    expect(last).toMatch(/日期：_+年_+月_+日/);
    expect(pages[0]).toMatch(/审核时间：\d{4}-\d\d-\d\d \d\d:\d\d:\d\d（北京时间 UTC\+8）/);
    expect(pages[0]).toContain("连政规发〔2025〕3号");
  });

  test("审核意见表's pages are numbered from 1, though the workbook's other sheets print before it", () => {
    const pages = formPages(printed());
    expect(pages.map((text) => /审核意见表\s+第\s*(\d+)\s*页/.exec(text)?.[1])).toEqual(pages.map((_, i) => String(i + 1)));
  });

  test("审核意见表's totals are the JSON report's, and 申请 = 可核定 + 待核实 + 核减", () => {
    const last = formPages(printed()).at(-1)!;
    const money = [totals.requested, totals.approvable, totals.pending ?? "0.00", totals.excess].map((t) => groupThousands(t).replace(/\./g, "\\."));
    expect(last).toMatch(new RegExp(`合计（\\d+ 项）\\s+${money.join("\\s+")}`));
    expect(last).toMatch(new RegExp(`核对：申请金额 ${money[0]} 元 = 可核定金额 ${money[1]} 元 \\+ 待核实金额 ${money[2]} 元 \\+ 核减金额 ${money[3]} 元`));
  });
});

describe("the applicant's table in the copy", () => {
  test("prints across several pages, never shrunk to one page width, 单位名称 and the header on each", () => {
    const table = copy.rendering.pages.filter((text) => /^\s*序号\s+单位名称/.test(text));
    // The sample's table with its result columns is far wider than a page at a readable size.
    expect(table.length).toBeGreaterThan(2);
    expect(table.some((text) => text.includes("审核说明"))).toBe(true);
    expect(table.some((text) => text.includes("统一社会信用代码"))).toBe(true);
  });
});
