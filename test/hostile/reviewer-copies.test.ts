/**
 * A reviewer's work is never overwritten: checking an original again replaces its copy only while that copy
 * is exactly as lygip wrote it and was made from the same input file. A copy someone has since edited (a
 * 复核意见 typed beside the results), or the copy of another input of the same name in the same --out, is
 * kept as it is, and the new copy goes beside it under the next free name, with a line saying so.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readZip, writeZip } from "../../src/workbook/zip";
import { lygip } from "../support/cli";
import { HEADERS, row, tempDir, writeWorkbook } from "../support/workbooks";

const HZ = "91320706MA1XKQ8L3T";
const claim = (unit: string, amount: number) =>
  row({ 单位名称: unit, 统一社会信用代码: HZ, 所属县区: "海州区", 申报年度: 2026, 支持事项: "IP_INSURANCE", "计算基数（元）": 80000, 事项日期: "2026-04-01", "申请金额（元）": amount });

async function check(input: string, out: string, ...more: string[]) {
  const r = await lygip("check", input, "--json", "--out", out, ...more);
  return { ...r, output: JSON.parse(r.stdout).files[0].output as string | null };
}

/** The copy as a reviewer leaves it: a 复核意见 typed into the table's sheet far right of the results. */
function typeReview(copy: string): Buffer {
  const zip = readZip(readFileSync(copy));
  const edited = writeZip(
    zip.entries.map((e) =>
      e.name === "xl/worksheets/sheet1.xml"
        ? { name: e.name, data: Buffer.from(zip.read(e.name)).toString("utf8").replace(/(<row [^>]*r="2"[^>]*>.*?)(<\/row>)/s, '$1<c r="Z2" t="inlineStr"><is><t>复核意见：同意</t></is></c>$2') }
        : { copy: e },
    ),
  );
  expect(Buffer.from(readZip(edited).read("xl/worksheets/sheet1.xml")).toString("utf8")).toContain("复核意见：同意");
  writeFileSync(copy, edited);
  return Buffer.from(edited);
}

describe("a copy is replaced only when it is unchanged since lygip wrote it, for the same input", () => {
  it("a copy the reviewer has edited is kept byte for byte; the new copy goes beside it, and stderr says why", async () => {
    const input = await writeWorkbook(join(tempDir(), "申报表.xlsx"), [{ headers: HEADERS, rows: [claim("甲公司", 40000)] }]);
    const out = tempDir();
    const first = await check(input, out);
    expect(first.output).toBe(join(out, "申报表.checked.xlsx"));
    const reviewed = typeReview(first.output!);

    const second = await check(input, out);
    expect(second.code).toBe(0);
    expect(second.output).toBe(join(out, "申报表（2）.checked.xlsx"));
    expect(readFileSync(first.output!).equals(reviewed)).toBe(true);
    expect(second.stderr).toContain("申报表.checked.xlsx");
    expect(second.stderr).toMatch(/改动/);
    expect(second.stderr).toContain("申报表（2）.checked.xlsx");

    // The copy beside it is lygip's and unchanged: the next check replaces it, and makes no third copy.
    const third = await check(input, out);
    expect(third.output).toBe(join(out, "申报表（2）.checked.xlsx"));
    expect(readdirSync(out).sort()).toEqual(["申报表.checked.xlsx", "申报表（2）.checked.xlsx"].sort());
    expect(readFileSync(first.output!).equals(reviewed)).toBe(true);
  });

  it("--lang en says it in English", async () => {
    const input = await writeWorkbook(join(tempDir(), "申报表.xlsx"), [{ headers: HEADERS, rows: [claim("甲公司", 40000)] }]);
    const out = tempDir();
    typeReview((await check(input, out)).output!);
    const again = await check(input, out, "--lang", "en");
    expect(again.stderr).toMatch(/changed since lygip wrote it/);
    expect(again.stderr).not.toMatch(/[\u4e00-\u9fff]{2,}(?![^\s]*\.xlsx)/u);
  });

  it("the copy of another input of the same name in the same --out is kept; this input's copy goes beside it", async () => {
    const one = await writeWorkbook(join(tempDir(), "申报表.xlsx"), [{ headers: HEADERS, rows: [claim("甲公司", 40000)] }]);
    const two = await writeWorkbook(join(tempDir(), "申报表.xlsx"), [{ headers: HEADERS, rows: [claim("乙公司", 30000)] }]);
    const out = tempDir();
    const first = await check(one, out);
    const kept = readFileSync(first.output!);
    const second = await check(two, out);
    expect(second.code).toBe(0);
    expect(second.output).toBe(join(out, "申报表（2）.checked.xlsx"));
    expect(readFileSync(first.output!).equals(kept)).toBe(true);
    expect(second.stderr).toMatch(/另一个/);
    // Each checked again finds its own copy and replaces it.
    expect((await check(one, out)).output).toBe(first.output);
    expect((await check(two, out)).output).toBe(second.output);
    expect(readdirSync(out)).toHaveLength(2);
  });

  it("the original corrected in place and checked again: its unchanged copy is replaced (same file, new content)", async () => {
    const input = await writeWorkbook(join(tempDir(), "申报表.xlsx"), [{ headers: HEADERS, rows: [claim("甲公司", 40000)] }]);
    const out = tempDir();
    const first = await check(input, out);
    await writeWorkbook(input, [{ headers: HEADERS, rows: [claim("甲公司", 20000)] }]);
    const second = await check(input, out);
    expect(second.output).toBe(first.output);
    expect(second.stderr).toBe("");
    expect(readdirSync(out)).toEqual(["申报表.checked.xlsx"]);
  });
});
