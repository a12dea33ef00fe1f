/**
 * Issue 10's resource cases for a valid file: 130,000 application rows (more than a city's year) are checked
 * completely, every row reported and the checked copy written, by the command line as a user runs it, within
 * 1 GB; and that copy is itself a file lygip checks again. The hostile files' own time and memory are pinned
 * in reader.test.ts. How fast this goes is the benchmark's business (npm run bench), not this test's.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { columnLetters } from "../../src/workbook/xlsx";
import { writeZip } from "../../src/workbook/zip";
import { LIMITS } from "../../src/workbook/limits";
import { generateRows } from "../../bench/generate";
import { runMeasured } from "../../bench/measure";
import { ensureLib, repoRoot } from "../support/built";
import { lygip } from "../support/cli";
import { tempDir } from "../support/workbooks";
import { generatedApplication } from "./generatedTable";
import { minimalEntries } from "./minimalXlsx";

const ROWS = 130_000;
const MB = 1024;


let dir: string;
let input: string;

beforeAll(() => {
  ensureLib();
  dir = tempDir();
  input = join(dir, "全市申报.xlsx");
  writeFileSync(input, generatedApplication(generateRows({ rows: ROWS, seed: 3 })));
}, 180_000);

describe("a valid 130,000-row file", () => {
  it("is checked completely, its copy written, within 1 GB; the copy checks again with the same rows", async () => {
    const report = join(dir, "report.json");
    const m = await runMeasured(process.execPath, [join(repoRoot, "bin", "lygip.js"), "check", input, "--json", "--out", join(dir, "out")], {
      stdoutFile: report, cwd: repoRoot,
    });
    // 1: rows with errors (the generated batch has a few by design); anything else is a failure.
    expect({ code: m.code, stderr: m.code === 1 ? "" : m.stderr.slice(-2000) }).toEqual({ code: 1, stderr: "" });
    const first = JSON.parse(readFileSync(report, "utf8")) as { files: { output: string | null; rows: unknown[] }[]; summary: unknown };
    expect(first.files[0].rows).toHaveLength(ROWS);
    expect(first.files[0].output).not.toBeNull();
    expect(m.peakKb).not.toBeNull();
    expect(m.peakKb!).toBeLessThan(1024 * MB);

    const again = join(dir, "again.json");
    const m2 = await runMeasured(process.execPath, [join(repoRoot, "bin", "lygip.js"), "check", first.files[0].output!, "--json", "--no-write"], {
      stdoutFile: again, cwd: repoRoot,
    });
    expect(m2.code).toBe(1);
    const second = JSON.parse(readFileSync(again, "utf8")) as { files: { rows: unknown[] }[]; summary: unknown };
    expect(second.files[0].rows).toHaveLength(ROWS);
    expect(second.summary).toEqual(first.summary);
  }, 600_000);
});

describe("a table past the row limit", () => {
  it(`${(LIMITS.maxTableRows + 1).toLocaleString("en")} data rows: refused with the limit and what to do, the rest of the batch checked, exit 2`, async () => {
    const head = `<row r="1">${["单位名称", "统一社会信用代码", "申报年度", "支持事项", "申请金额（元）"].map((h, i) => `<c r="${columnLetters(i)}1" t="inlineStr"><is><t>${h}</t></is></c>`).join("")}</row>`;
    const rows: string[] = [head];
    for (let r = 2; r <= LIMITS.maxTableRows + 2; r++) rows.push(`<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>甲</t></is></c><c r="E${r}"><v>1</v></c></row>`);
    const big = join(tempDir(), "超限.xlsx");
    writeFileSync(big, writeZip(minimalEntries({ sheets: [{ name: "申报表", rows: rows.join("") }] })));
    const sample = join(repoRoot, "samples", "申报表示例.xlsx");
    const r = await lygip("check", big, sample, "--json", "--no-write");
    const [refused, checked] = JSON.parse(r.stdout).files;
    expect(refused.error.code).toBe("UNREADABLE_FILE");
    expect(refused.error.message).toContain(`${(LIMITS.maxTableRows + 1).toLocaleString("en")} 行数据，超过上限 ${LIMITS.maxTableRows.toLocaleString("en")} 行；请分成几个文件一起审核`);
    expect(checked.error).toBeNull();
    expect(checked.rows.length).toBeGreaterThan(0);
    expect(r.code).toBe(2);
  }, 120_000);
});
