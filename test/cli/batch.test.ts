/** `lygip check` across several files, with history and rates, and the rules for what it writes. */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { lygip } from "../support/cli";
import { HEADERS, row, sha256, tempDir, writeWorkbook } from "../support/workbooks";

const HZ = "91320706MA1XKQ8L3T";
const insurance = (claimed: number) =>
  row({ 单位名称: "甲公司", 统一社会信用代码: HZ, 所属县区: "海州区", 申报年度: 2026, 支持事项: "IP_INSURANCE", "计算基数（元）": 80000, 事项日期: "2026-04-01", "申请金额（元）": claimed });

let dir: string;
let a: string;
let b: string;

beforeAll(async () => {
  dir = tempDir();
  a = await writeWorkbook(join(dir, "a.xlsx"), [{ headers: HEADERS, rows: [insurance(40000)] }]);
  b = await writeWorkbook(join(dir, "b.xlsx"), [{ headers: HEADERS, rows: [insurance(30000)] }]);
});

const rowsOf = (stdout: string) => JSON.parse(stdout).files.map((f: { rows: { approvable: string; messages: { code: string }[] }[] }) => f.rows[0]);

describe("files given together are one batch", () => {
  it("the second file's row meets the cap the first one used (50,000 per unit per year, （七）)", async () => {
    const r = await lygip("check", a, b, "--json", "--no-write");
    const [first, second] = rowsOf(r.stdout);
    expect(first.approvable).toBe("40000.00");
    expect(second.approvable).toBe("10000.00");
    expect(second.messages.map((m: { code: string }) => m.code)).toContain("CAP_EXCEEDED");
    expect(r.code).toBe(1);
  });

  it("--separate checks each file alone", async () => {
    const r = await lygip("check", a, b, "--json", "--no-write", "--separate");
    expect(rowsOf(r.stdout).map((x: { approvable: string }) => x.approvable)).toEqual(["40000.00", "30000.00"]);
    expect(r.code).toBe(0);
  });

  it("--history counts earlier approvals toward the cap", async () => {
    const history = join(dir, "history.csv");
    writeFileSync(history, "\ufeff单位名称,统一社会信用代码,申报年度,支持事项,核定金额\r\n甲公司,91320706MA1XKQ8L3T,2026,知识产权保险,\"45,000.00\"\r\n");
    const r = await lygip("check", a, "--json", "--no-write", "--history", history);
    expect(rowsOf(r.stdout)[0].approvable).toBe("5000.00");
  });

  it("--rate sets a lower rate for the year: 25% of 80,000 is 20,000", async () => {
    const r = await lygip("check", a, "--json", "--no-write", "--rate", "IP_INSURANCE=25%");
    const [first] = rowsOf(r.stdout);
    expect(first.approvable).toBe("20000.00");
    expect(first.messages.map((m: { code: string }) => m.code)).toContain("OVER_ELIGIBLE");
  });

  it("--rate on a clause whose rate is fixed is a usage error", async () => {
    const r = await lygip("check", a, "--no-write", "--rate", "ENFORCEMENT_OVERSEAS=0.4");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("（十一）");
  });
});

describe("what is written", () => {
  it("--no-write writes nothing", async () => {
    const out = join(dir, "nothing");
    await lygip("check", a, "--no-write", "--out", out);
    expect(existsSync(out)).toBe(false);
  });

  it("an existing file lygip did not write is not overwritten: exit 2, file untouched", async () => {
    const out = tempDir();
    const target = join(out, "a.checked.xlsx");
    writeFileSync(target, "the user's own file");
    const r = await lygip("check", a, "--out", out);
    expect(r.code).toBe(2);
    expect(readFileSync(target, "utf8")).toBe("the user's own file");
    expect(r.stderr).toContain("未覆盖");
  });

  it("an earlier lygip output is replaced, and the input is never modified", async () => {
    const out = tempDir();
    const before = sha256(a);
    expect((await lygip("check", a, "--out", out)).code).toBe(0);
    expect((await lygip("check", a, "--out", out)).code).toBe(0);
    expect(sha256(a)).toBe(before);
  });
});

describe("items, explain, template", () => {
  it("items --json lists the 32 items with clause and rule", async () => {
    const r = await lygip("items", "--json");
    const items = JSON.parse(r.stdout).items;
    expect(items).toHaveLength(32);
    expect(items.find((i: { code: string }) => i.code === "PLEDGE_LOAN")).toMatchObject({ clause: "（七）", cap: "200000" });
  });

  it("explain shows the worked example of （七） step by step", async () => {
    const r = await lygip("explain", "质押融资", "base=180000", "months=18", "fees=20000");
    expect(r.stdout).toContain("利息最多计 12 个月：贷款利息 180,000.00 元 × 12/18 = 120,000.00 元；(120,000.00 元 + 评估等服务费 20,000.00 元) × 30% = 42,000.00 元（第（七）条）");
    expect(r.stdout).toContain("对贷款利息及评估等服务费用给予最高30％的补助");
  });

  it("explain of an unknown item is a usage error naming the closest", async () => {
    const r = await lygip("explain", "质押融资贴息补助");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("知识产权质押融资贷款利息及评估等服务费用补助");
  });

  it("template never overwrites an existing file", async () => {
    const out = join(tempDir(), "已有.xlsx");
    writeFileSync(out, "mine");
    const r = await lygip("template", "--out", out);
    expect(r.code).toBe(2);
    expect(readFileSync(out, "utf8")).toBe("mine");
  });

  it("template writes a workbook that checks clean with no rows", async () => {
    const out = join(tempDir(), "模板.xlsx");
    expect((await lygip("template", "--out", out)).code).toBe(0);
    const r = await lygip("check", out, "--json", "--no-write");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).totals.rows).toBe(0);
  });
});
