/**
 * Where `--summary` writes, and what it never reads or overwrites: the last run's batch workbook given again
 * among the inputs (as `lygip check *.xlsx --summary 汇总.xlsx` finds it) is skipped, not checked as an
 * application; a summary path that is an input or a copy of the same run is refused; a name without an
 * extension gets `.xlsx`; the command says where the workbook went.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { lygip } from "../support/cli";
import { HEADERS, row, sha256, tempDir, writeWorkbook } from "../support/workbooks";

const HZ = "91320706MA1XKQ8L3T";
const claim = row({ 单位名称: "甲公司", 统一社会信用代码: HZ, 所属县区: "海州区", 申报年度: 2026, 支持事项: "IP_INSURANCE", "计算基数（元）": 80000, 事项日期: "2026-04-01", "申请金额（元）": 40000 });

async function folder(): Promise<{ dir: string; input: string }> {
  const dir = tempDir();
  return { dir, input: await writeWorkbook(join(dir, "a.xlsx"), [{ headers: HEADERS, rows: [claim] }]) };
}

describe("--summary", () => {
  it("the last run's batch workbook among the inputs is skipped with a line, not checked: exit 0, and it is replaced", async () => {
    const { dir, input } = await folder();
    const summary = join(dir, "汇总.xlsx");
    expect((await lygip("check", input, "--summary", summary)).code).toBe(0);
    const again = await lygip("check", input, join(dir, "a.checked.xlsx"), summary, "--json", "--summary", summary);
    expect(JSON.parse(again.stdout).files.map((f: { path: string }) => f.path)).toEqual([input]);
    expect(again.stderr).toContain(summary);
    expect(again.stderr).toMatch(/汇总工作簿/);
    expect(again.code).toBe(0);
  });

  it("a summary path that is an input of the run is refused: the input is unchanged, exit 2", async () => {
    const { input } = await folder();
    const before = sha256(input);
    const r = await lygip("check", input, "--json", "--no-write", "--summary", input);
    expect(sha256(input)).toBe(before);
    expect(r.stderr).toContain("本次审核的输入文件或批注副本");
    expect(r.code).toBe(2);
  });

  it("a summary path that is a copy the same run writes is refused: the copy stays the check's", async () => {
    const { dir, input } = await folder();
    const copy = join(dir, "a.checked.xlsx");
    const r = await lygip("check", input, "--json", "--summary", copy);
    expect(JSON.parse(r.stdout).files[0].output).toBe(copy);
    expect(readFileSync(copy).length).toBeGreaterThan(0);
    expect(r.stderr).toContain("本次审核的输入文件或批注副本");
    expect(r.code).toBe(2);
  });

  it("--summary 汇总 without an extension writes 汇总.xlsx, and says where", async () => {
    const { dir, input } = await folder();
    const r = await lygip("check", input, "--json", "--no-write", "--summary", join(dir, "汇总"));
    expect(existsSync(join(dir, "汇总.xlsx"))).toBe(true);
    expect(existsSync(join(dir, "汇总"))).toBe(false);
    expect(r.stderr).toContain(join(dir, "汇总.xlsx"));
    expect(readdirSync(dir).sort()).toEqual(["a.xlsx", "汇总.xlsx"]);
    expect(r.code).toBe(0);
  });

  it("--lang en says where in English", async () => {
    const { dir, input } = await folder();
    const r = await lygip("check", input, "--json", "--no-write", "--summary", join(dir, "s.xlsx"), "--lang", "en");
    expect(r.stderr).toContain(`batch workbook written: ${join(dir, "s.xlsx")}`);
  });
});
