/**
 * Text that Excel would run as a formula (= + - @ tab CR, and the full-width forms), typed by an applicant,
 * is echoed into the annotated copy (审核说明, 问题清单, 汇总) only as text: no cell the product writes is a
 * formula.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { openWorkbook } from "../../src/workbook/xlsx";
import { lygip } from "../support/cli";
import { HEADERS, row, tempDir, writeWorkbook } from "../support/workbooks";

const HOSTILE_TEXTS = ["=HYPERLINK(\"http://evil\",\"x\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "＝1+1", "＋1", "－1", "＠A1"];

it("formula-like applicant text is written back as text only", async () => {
  const dir = tempDir();
  const input = await writeWorkbook(join(dir, "in.xlsx"), [{
    headers: HEADERS,
    rows: HOSTILE_TEXTS.map((t, i) => row({ 单位名称: t, 申报年度: 2026, 支持事项: i % 2 ? t : "GI", 所属县区: t, 事项日期: "2026-03-01", "证书/合同/案件编号": t })),
  }]);
  const r = await lygip("check", input, "--json", "--out", dir);
  expect(r.code).toBe(1);
  const wb = openWorkbook(new Uint8Array(readFileSync(join(dir, "in.checked.xlsx"))));
  let texts = 0;
  for (const sheet of wb.sheets) {
    const grid = wb.readSheet(sheet.name);
    for (const [rowNumber, cells] of grid.rows) {
      cells.forEach((cell, col) => {
        if (!cell || cell.t === "bad") return;
        expect({ sheet: sheet.name, rowNumber, col, formula: Boolean(cell.formula) }).toMatchObject({ formula: false });
        if (cell.t === "s" && HOSTILE_TEXTS.some((t) => cell.v.includes(t.trim()))) texts++;
      });
    }
  }
  // The texts are there (in the user's cells and echoed in ours), as plain strings.
  expect(texts).toBeGreaterThan(HOSTILE_TEXTS.length);
});
