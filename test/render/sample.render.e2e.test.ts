/**
 * The sample's annotated copy as a reviewer and a manager see it: rendered by LibreOffice to PDF once, then
 * read back. Figures never show as `###`, the sheets the product writes print on A4 landscape, and LibreOffice opens 汇总's PivotTables (it rebuilds them from 审核明细 and labels their grand total
 * in its own words) and draws the charts.
 */
import { copyFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { lygip } from "../support/cli";
import { isA4Landscape, renderPdf, type Rendering } from "../support/render";
import { tempDir } from "../support/workbooks";

const SAMPLE = resolve(__dirname, "../../samples/申报表示例.xlsx");

let rendering: Rendering;

beforeAll(async () => {
  const dir = tempDir();
  const input = join(dir, "申报表.xlsx");
  copyFileSync(SAMPLE, input);
  const run = await lygip("check", input, "--out", dir);
  expect(run.code).toBe(1);
  rendering = renderPdf(join(dir, "申报表.checked.xlsx"), dir);
}, 180_000);

const pagesWith = (word: string) => rendering.pages.map((text, i) => ({ text, i })).filter((p) => p.text.includes(word));

describe("the sample's annotated copy rendered by LibreOffice", () => {
  test("no cell shows ### anywhere: every figure fits its column", () => {
    const hashes = rendering.pages.flatMap((text, i) => (text.includes("###") ? [`page ${i + 1}`] : []));
    expect(hashes).toEqual([]);
  });

  test("the table prints on A4 landscape, 单位名称 repeated beside the result columns (rev. 3: never shrunk to one page width)", () => {
    const table = pagesWith("审核说明");
    expect(table.length).toBeGreaterThan(0);
    for (const p of table) {
      expect(p.text).toContain("单位名称");
      expect(isA4Landscape(rendering.sizes[p.i])).toBe(true);
    }
  });

  test("six-digit amounts show whole with thousands separators", () => {
    const text = pagesWith("审核说明").map((p) => p.text).join("\n");
    expect(text).toMatch(/\b[1-9]\d{2},\d{3}\.\d\d\b/);
  });

  test("问题清单 prints on A4 landscape, its 说明 in the report's language only", () => {
    const issues = pagesWith("严重程度");
    expect(issues.length).toBeGreaterThan(0);
    for (const p of issues) {
      expect(isA4Landscape(rendering.sizes[p.i])).toBe(true);
      expect(p.text).toContain("说明");
      expect(p.text).not.toContain("Message");
    }
  });
});

describe("汇总 re-opened by LibreOffice", () => {
  test("shows the PivotTables rebuilt from 审核明细: LibreOffice's own grand-total label, and the batch's total ending each table", () => {
    const pivots = pagesWith("按支持事项、申报年度：可核定金额（元）").concat(pagesWith("按所属县区、申报年度"));
    expect(pivots.length).toBeGreaterThan(0);
    const text = rendering.pages.join("\n");
    // The sample approves 4,947,700.00 元 in all (its JSON total); each cross table ends with it. 汇总 is wider
    // than a page at 8 pt (rev. 3), so a table's last columns print on the page beside its first: the grand
    // total ends a line of its own there, and 海州区's figures are split the same way.
    const totals = text.split("\n").filter((l) => /^[\s\d,.]*4,947,700\.00\s*$/.test(l));
    expect(totals.length).toBeGreaterThanOrEqual(2);
    expect(text).toMatch(/Total Result/);
    expect(text).toMatch(/^海州区\s+1,196,500\.00\s*$/m);
    expect(text).toMatch(/^\s*630,000\.00\s+1,826,500\.00\s*$/m);
  });

  test("shows the pivot by 审核结论 rebuilt: its 合计 line is the batch's 53 rows, 申请 = 可核定 + 待核实 + 核减", () => {
    // 汇总 is wider than a page at 8 pt (rev. 3): the pivot's first columns print on the page of its title and
    // its amounts on a page beside it, so the header and the 合计 line are read across the rendering.
    const text = pagesWith("按审核结论：行数与金额（元）").map((p) => p.text).join("\n");
    expect(text).toMatch(/审核结论\s+行数/);
    const all = rendering.pages.join("\n");
    expect(all).toMatch(/^(Total Result|合计)\s+53\s*$/m);
    expect(all).toMatch(/申请金额（元）\s+可核定金额（元）\s+待核实金额（元）\s+核减金额（元）/);
    // The sample requests 5,899,700.00, approves 4,947,700.00 and cuts 952,000.00 (its JSON totals).
    expect(all).toMatch(/^\s*5,899,700\.00\s+4,947,700\.00\s+0\.00\s+952,000\.00\s*$/m);
  });

  test("shows 事项 × 县区 rebuilt under its page field 申报年度, every year let through, the batch's total", () => {
    const text = pagesWith("按支持事项、所属县区").map((p) => p.text).join("\n");
    expect(text).toMatch(/申报年度\s+(- all -|\(全部\)|- 全部 -)/);
    // Its 合计 line may fall on the next page: 海州区's 1,826,500.00 first, the batch's total last.
    // and, the table being wider than a page, the rest of that line on the page beside it.
    const all = rendering.pages.join("\n");
    expect(all).toMatch(/^(Total Result|合计)\s+1,826,500\.00\b/m);
    expect(all).toMatch(/\s4,947,700\.00\s*$/m);
  });

  test("draws both charts, their titles and value axes in thousands", () => {
    for (const title of ["可核定金额（元）：按支持事项", "可核定金额（元）：按所属县区"]) {
      // Axis ticks are whole thousands (#,##0), never the pivots' two-decimal figures.
      const page = pagesWith(title).find((p) => /(?<![\d.,])(1,[02468]00,000|[1-6]00,000)(?![.\d,])/.test(p.text));
      expect(page).toBeDefined();
      expect(isA4Landscape(rendering.sizes[page!.i])).toBe(true);
    }
  });
});
