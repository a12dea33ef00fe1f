/**
 * The sample's annotated copy as a reviewer sees it: rendered by LibreOffice to PDF once, then read back.
 * Figures never show as `###`, the sheets the product writes print on A4 landscape one table wide.
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
