/**
 * The command line as a user runs it: `node bin/lygip.js` as a process on the bundled sample, its JSON
 * read back, its annotated copy opened again, the input's bytes unchanged.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { openWorkbook } from "../../src/workbook/xlsx";
import { ensureLib } from "../support/built";
import { sha256, tempDir } from "../support/workbooks";

const ROOT = resolve(__dirname, "../..");
const SAMPLE = join(ROOT, "samples", "申报表示例.xlsx");

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, "bin", "lygip.js"), ...args], { encoding: "utf8", cwd: ROOT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  // bin/lygip.js runs the compiled core, as after `npm ci`; compiled fresh once per test run.
  ensureLib();
}, 180_000);

describe("lygip check as a process", () => {
  let dir: string;
  let input: string;
  let first: ReturnType<typeof run>;

  beforeAll(() => {
    dir = tempDir();
    input = join(dir, "申报表.xlsx");
    copyFileSync(SAMPLE, input);
    first = run("check", input, "--json", "--out", join(dir, "out"));
  });

  it("exits 1 on the sample (it holds rows with errors) and prints only JSON on stdout", () => {
    expect(first.code).toBe(1);
    expect(() => JSON.parse(first.stdout)).not.toThrow();
  });

  it("writes the JSON contract of REPORT.md, field for field", () => {
    const report = JSON.parse(first.stdout);
    expect(Object.keys(report)).toEqual(["schema", "tool", "version", "policy", "files", "totals", "checkedAt", "settings"]);
    expect(report).toMatchObject({ schema: 1, tool: "lygip", policy: "连政规发〔2025〕3号" });
    const file = report.files[0];
    // Rev. 3: each file its own totals; each row its verdict and pending amount, after the earlier fields.
    expect(Object.keys(file)).toEqual(["path", "sheet", "headerRow", "output", "error", "rows", "totals"]);
    expect(Object.keys(file.rows[0])).toEqual([
      "row", "unit", "unitKey", "creditCode", "district", "year", "item", "clause", "status", "claimed", "eligible",
      "approvable", "excess", "explain", "messages", "requested", "explain_en", "verdict", "pending",
    ]);
    const message = file.rows.flatMap((r: { messages: unknown[] }) => r.messages)[0];
    expect(Object.keys(message)).toEqual(["severity", "code", "column", "clause", "message", "message_en"]);
    const totalsKeys = [
      "files", "rows", "ok", "warning", "error", "claimed", "approvable", "excess", "requested", "pending", "approved", "reduced", "rejected", "review",
    ];
    expect(Object.keys(report.totals)).toEqual(totalsKeys);
    expect(Object.keys(file.totals)).toEqual(totalsKeys);
    for (const r of file.rows) {
      for (const k of ["eligible", "approvable", "excess", "pending"]) expect(r[k]).toMatch(/^\d+\.\d{2}$/);
      expect(["approved", "reduced", "rejected", "review"]).toContain(r.verdict);
      expect(r.claimed === null || /^\d+\.\d{2}$/.test(r.claimed)).toBe(true);
    }
  });

  it("leaves the input's bytes unchanged and writes the annotated copy", () => {
    expect(sha256(input)).toBe(sha256(SAMPLE));
    expect(existsSync(join(dir, "out", "申报表.checked.xlsx"))).toBe(true);
  });

  it("checking the annotated copy again gives the same results and one set of result columns", () => {
    const again = run("check", join(dir, "out", "申报表.checked.xlsx"), "--json", "--out", join(dir, "again"));
    const a = JSON.parse(first.stdout).files[0].rows;
    const b = JSON.parse(again.stdout).files[0].rows;
    const strip = (rows: { unitKey: string; status: string; approvable: string; excess: string; messages: { code: string }[] }[]) =>
      rows.map((r) => [r.unitKey, r.status, r.approvable, r.excess, r.messages.map((m) => m.code)]);
    expect(strip(b)).toEqual(strip(a));
    const wb = openWorkbook(new Uint8Array(readFileSync(join(dir, "again", "申报表.checked.checked.xlsx"))));
    const sheet = JSON.parse(again.stdout).files[0].sheet;
    const grid = wb.readSheet(sheet);
    const header = grid.rows.get(JSON.parse(again.stdout).files[0].headerRow)!;
    expect(header.filter((c) => c && c.t === "s" && c.v === "审核结论")).toHaveLength(1);
  });

  it("prints a readable Chinese summary without --json", () => {
    const r = run("check", input, "--no-write");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("连政规发〔2025〕3号");
    expect(r.stdout).toMatch(/通过 \d+，核减 \d+，不予支持 \d+，待核实 \d+/);
    expect(r.stdout).toMatch(/第 \d+ 行 .+：\[错误\].* \[[A-Z_]+\]$/m);
  });

  it("a rate above the clause's maximum is a usage error, exit 2, before anything is read", () => {
    const r = run("check", input, "--rate", "PLEDGE_LOAN=0.35", "--no-write");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("30%");
  });
});

describe("cli-progress is loaded only to draw a bar", () => {
  /** Runs the command line with a preload that reports, at exit, whether cli-progress was ever loaded. */
  function loadsProgress(...args: string[]): boolean {
    const hook = join(tempDir(), "report-progress.js");
    writeFileSync(hook, `process.on("exit", () => process.stderr.write(Object.keys(require.cache).some((k) => k.includes("cli-progress")) ? "LOADED" : "NOT-LOADED"));`);
    const r = spawnSync(process.execPath, ["--require", hook, join(ROOT, "bin", "lygip.js"), ...args], { encoding: "utf8", cwd: ROOT });
    return r.stderr.endsWith("LOADED") && !r.stderr.endsWith("NOT-LOADED");
  }

  test("not for --version, nor for a check whose stderr is not a terminal", () => {
    expect(loadsProgress("--version")).toBe(false);
    expect(loadsProgress("check", SAMPLE, "--no-write")).toBe(false);
  });
});
