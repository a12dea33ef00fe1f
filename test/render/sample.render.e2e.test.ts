/**
 * The sample's annotated copy as a reviewer and a manager see it: rendered by LibreOffice to PDF once, then
 * read back. Figures never show as `###`, the sheets the product writes print on A4 landscape one table
 * wide, and LibreOffice opens 汇总's PivotTables (it rebuilds them from 审核明细 and labels their grand total
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

  test("the table prints one page wide: its first column and the last result column on the same page, A4 landscape", () => {
    const table = pagesWith("审核说明");
    expect(table.length).toBeGreaterThan(0);
    for (const p of table) {
      expect(p.text).toContain("单位名称");
      expect(p.text).toContain("条款");
      expect(isA4Landscape(rendering.sizes[p.i])).toBe(true);
    }
  });

  test("six-digit amounts show whole with thousands separators", () => {
    const text = pagesWith("审核说明").map((p) => p.text).join("\n");
    expect(text).toMatch(/\b[1-9]\d{2},\d{3}\.\d\d\b/);
  });

  test("问题清单 prints on A4 landscape with its message columns whole", () => {
    const issues = pagesWith("严重程度");
    expect(issues.length).toBeGreaterThan(0);
    for (const p of issues) {
      expect(isA4Landscape(rendering.sizes[p.i])).toBe(true);
      expect(p.text).toContain("Message");
    }
  });
});

describe("汇总 re-opened by LibreOffice", () => {
  test("shows the PivotTables rebuilt from 审核明细: LibreOffice's own grand-total label beside the batch's total", () => {
    const pivots = pagesWith("按支持事项、申报年度：可核定金额（元）").concat(pagesWith("按所属县区、申报年度"));
    expect(pivots.length).toBeGreaterThan(0);
    const text = rendering.pages.join("\n");
    // The sample approves 4,947,700.00 元 in all (its JSON total); each cross table ends with it.
    const totals = text.split("\n").filter((l) => /^\s*(Total Result|合计)\b.*4,947,700\.00\s*$/.test(l));
    expect(totals.length).toBeGreaterThanOrEqual(2);
    expect(text).toMatch(/Total Result/);
    expect(text).toMatch(/海州区\s+1,196,500\.00\s+630,000\.00\s+1,826,500\.00/);
  });

  test("draws both column charts, their titles and value axes in thousands", () => {
    for (const title of ["可核定金额（元）：按支持事项", "可核定金额（元）：按所属县区"]) {
      // Axis ticks are whole thousands (#,##0), never the pivots' two-decimal figures.
      const page = pagesWith(title).find((p) => /(?<![\d.,])(1,[02468]00,000|[1-6]00,000)(?![.\d,])/.test(p.text));
      expect(page).toBeDefined();
      expect(isA4Landscape(rendering.sizes[page!.i])).toBe(true);
    }
  });
});
