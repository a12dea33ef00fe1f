/**
 * A copy written before the verdict columns (test/fixtures/legacy-results, made by the version at 525e5fc):
 * its five result columns 审核结果, 可核定金额（元）, 超出金额（元）, 审核说明, 条款 are recognised by header and by
 * its ownership record, and a re-run rewrites them into the six of REPORT.md rev. 3 in the same place.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadFile } from "../../src/cli/loadFile";
import { LEGACY_RESULT_HEADERS, RESULT_HEADERS } from "../../src/engine/columns";
import { checkBatch } from "../../src/engine";
import { planAnnotation } from "../../src/output/plan";
import { annotateXlsx } from "../../src/writer/writeXlsx";

const FIXTURE = join(__dirname, "../fixtures/legacy-results/before-verdicts.checked.xlsx");

let dir: string;
beforeAll(() => void (dir = mkdtempSync(join(tmpdir(), "lygip-legacy-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Checks the file at `path` as the command line does and returns the copy's bytes. */
function checkCopy(path: string): Uint8Array {
  const loaded = loadFile(path, 0);
  if (!loaded.ok) throw new Error(`not loaded: ${JSON.stringify(loaded.issue)}`);
  const results = checkBatch([loaded.rows])[0]!;
  return annotateXlsx(loaded.opened.bytes, planAnnotation(loaded.layout, results));
}

async function headerRow(bytes: Uint8Array): Promise<unknown[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet("申报表")!;
  return (ws.getRow(1).values as unknown[]).slice(1);
}

describe("a copy written before the verdict columns", () => {
  it("holds the five old result columns (the fixture is what the earlier version wrote)", async () => {
    expect((await headerRow(readFileSync(FIXTURE))).slice(8)).toEqual([...LEGACY_RESULT_HEADERS]);
  });

  it("is found with its result columns where the old ones start, not as the applicant's columns", () => {
    const loaded = loadFile(FIXTURE, 0);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    // I is the ninth column (0-based 8): right of 申请金额（元）.
    expect(loaded.layout.resultCol).toBe(8);
    expect(loaded.layout.resultFound).toBe(true);
    expect(loaded.layout.lastCol).toBe(7);
    expect(loaded.rows).toHaveLength(3);
  });

  it("is rewritten into six columns, not beside them", async () => {
    const copy = checkCopy(FIXTURE);
    const header = await headerRow(copy);
    expect(header.slice(0, 8)).toEqual(["序号", "单位名称", "统一社会信用代码", "所属县区", "申报年度", "支持事项", "级别", "申请金额（元）"]);
    expect(header.slice(8)).toEqual([...RESULT_HEADERS]);
    expect(header.join("|")).not.toContain("审核结果");
    expect(header.join("|")).not.toContain("超出");
  });

  it("gives each row its verdict and the amounts that add up to the request in the rewritten columns", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(checkCopy(FIXTURE)) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet("申报表")!;
    const row = (r: number) => (ws.getRow(r).values as unknown[]).slice(9, 15);
    // Row 2 claims 50000 for 知识产权贯标 (（十九）, at most 20000): 核减 to 20000, 30000 cut.
    expect(row(2).slice(0, 4)).toEqual(["核减", 20000, 0, 30000]);
    expect(row(2)[5]).toBe("（十九）");
    // Row 3 claims 10000 within the clause: 通过.
    expect(row(3).slice(0, 4)).toEqual(["通过", 10000, 0, 0]);
    // Row 4's item names no clause: 不予支持, its whole claim cut.
    expect(row(4).slice(0, 4)).toEqual(["不予支持", 0, 0, 8000]);
  });

  it("is found again by its new headers on the run after, still six columns", async () => {
    const once = join(dir, "once.xlsx");
    writeFileSync(once, checkCopy(FIXTURE));
    const loaded = loadFile(once, 0);
    expect(loaded.ok && loaded.layout.resultCol).toBe(8);
    const twice = checkCopy(once);
    const header = await headerRow(twice);
    expect(header.slice(8)).toEqual([...RESULT_HEADERS]);
    expect(header).toHaveLength(14);
  });
});
