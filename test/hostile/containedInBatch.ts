/**
 * Hostile files through the command line, each in a batch beside a good workbook: the hostile one gets a
 * clear file-level message (or is read safely), nothing is written for it, its bytes are unchanged, and the
 * good workbook of the same batch is still checked and annotated. Run on the quick cases by cli.test.ts, on
 * the cases at scale by cli.e2e.test.ts.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { render } from "../../src/engine";
import { lygip } from "../support/cli";
import { HEADERS, row, tempDir, writeWorkbook } from "../support/workbooks";
import type { HostileCase } from "./generate";

const hash = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

export function eachContainedInBatch(cases: readonly HostileCase[]): void {
  let good: string;
  beforeAll(async () => {
    good = await writeWorkbook(join(tempDir(), "good.xlsx"), [{
      headers: HEADERS,
      rows: [row({ 单位名称: "连云港甲公司", 统一社会信用代码: "91320706MA1XKQ8L3T", 所属县区: "海州区", 申报年度: 2026, 支持事项: "GI", 事项日期: "2026-03-01", "申请金额（元）": 100000 })],
    }]);
  });

  describe.each(cases.map((c) => [c.name, c] as const))("%s", (_name, hostile) => {
    it("is contained: a clear result for it, the good file checked, nothing written for it", async () => {
      const dir = tempDir();
      const bad = join(dir, "hostile.xlsx");
      writeFileSync(bad, hostile.make());
      const before = hash(bad);
      const out = join(dir, "out");
      const r = await lygip("check", bad, good, "--json", "--out", out);
      const report = JSON.parse(r.stdout);
      const [badFile, goodFile] = report.files;

      if (hostile.expect !== "ok" && hostile.expect !== "bad-cell") {
        expect(badFile.error.code).toBe("UNREADABLE_FILE");
        expect(badFile.error.message.startsWith(render({ code: "UNREADABLE_FILE", reason: hostile.expect }, "zh"))).toBe(true);
        expect(badFile.rows).toEqual([]);
        expect(r.code).toBe(2);
      } else if (badFile.error) {
        // Read safely but holding no application table: a file-level message, never a crash.
        expect(["UNREADABLE_FILE", "MISSING_COLUMN"]).toContain(badFile.error.code);
      }
      expect(existsSync(join(out, "hostile.checked.xlsx"))).toBe(badFile.error === null);
      expect(goodFile.error).toBeNull();
      expect(goodFile.rows[0].approvable).toBe("100000.00");
      expect(existsSync(join(out, "good.checked.xlsx"))).toBe(true);
      expect(hash(bad)).toBe(before);
      expect(r.stdout).not.toMatch(/root:.*:0:0:/);
    });
  });
}
