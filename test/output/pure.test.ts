/**
 * src/output is what both hosts write, decided as data: the command line's xlsx editor and the task pane's
 * Office adapter import it. It must load in either, so it imports neither Node nor Office nor the editor.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const DIR = join(__dirname, "../../src/output");

function importsOf(source: string): string[] {
  return [...source.matchAll(/(?:from|import|require\()\s*["']([^"']+)["']/g)].map((m) => m[1]);
}

describe("src/output is pure data → data", () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith(".ts"));

  test("the folder holds the plan, the messages and the sheets' contents", () => {
    for (const f of ["plan.ts", "messages.ts", "labels.ts", "issueSheet.ts", "summaryLayout.ts", "detail.ts", "infoSheet.ts", "types.ts"]) expect(files).toContain(f);
  });

  test.each(readdirSync(DIR).filter((f) => f.endsWith(".ts")))("%s imports no Node module, no Office and not the xlsx editor", (f) => {
    const source = readFileSync(join(DIR, f), "utf8");
    for (const spec of importsOf(source)) {
      expect(spec).not.toMatch(/^node:|^(fs|path|os|zlib|crypto|stream|child_process)$/);
      expect(spec).not.toMatch(/workbook\/annotate|taskpane|cli\/|office/i);
    }
    expect(source).not.toMatch(/\bExcel\.run\b|\bOffice\.(context|onReady)\b/);
  });
});
