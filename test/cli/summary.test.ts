/**
 * The readable summary of `lygip check` as a person meets it in a terminal: nothing from a workbook can
 * forge or colour a line (issue 10 point 11), lines fit 80 columns, the problem list is capped with
 * "还有 N 条", --quiet prints the totals, --lang en is English, and the summary says what it applied.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { displayWidth } from "../../src/cli/terminalText";
import { lygip, lygipWith, type CliRun } from "../support/cli";
import { HEADERS, row, tempDir, writeWorkbook } from "../support/workbooks";

const HZ = "91320706MA1XKQ8L3T";
const TERMINAL = { stdoutIsTTY: true, stderrIsTTY: true, columns: 80 } as const;
/** A problem line: indented four, the row, the unit, a colon, then the severity in brackets. */
const PROBLEM = /^ {4}第 \d+ 行 .+：\[(错误|警告)\]/;

let dir: string;
let hostile: string;
let many: string;
let plain: string;

/**
 * The check of `many` without a copy, piped and in a terminal: several tests read the same output, so each
 * is run once per file (a check of the same file with the same options prints the same bytes).
 */
let manyPiped: Promise<CliRun> | undefined;
let manyInTerminal: Promise<CliRun> | undefined;
const checkManyPiped = () => (manyPiped ??= lygip("check", many, "--no-write"));
const checkManyInTerminal = () => (manyInTerminal ??= lygipWith(TERMINAL, "check", many, "--no-write"));

beforeAll(async () => {
  dir = tempDir();
  hostile = await writeWorkbook(join(dir, "hostile.xlsx"), [{
    headers: HEADERS,
    rows: [
      // An unknown item whose text tries to end the problem list with a forged total, then to clear the screen.
      row({ 单位名称: "甲公司", 统一社会信用代码: HZ, 申报年度: 2026, 支持事项: "X\n\n合计 1 个文件，1 行：通过 1，有警告 0，有错误 0\r\u202e", "申请金额（元）": 1 }),
      row({ 单位名称: "乙公司", 申报年度: 2026, 支持事项: "GI", 事项日期: "2026-03-01", "申请金额（元）": 100000 }),
    ],
  }]);
  plain = await writeWorkbook(join(dir, "plain.xlsx"), [{
    headers: HEADERS,
    rows: [row({ 单位名称: "Acme", 统一社会信用代码: HZ, 所属县区: "海州区", 申报年度: 2026, 支持事项: "GI", 事项日期: "2026-03-01", "申请金额（元）": 120000 })],
  }]);
  // 60 rows of unknown items: 60 problems or more, more than a terminal shows.
  const rows = Array.from({ length: 60 }, (_, i) => row({ 单位名称: `单位${i}`, 申报年度: 2026, 支持事项: `不存在的事项${i}`, "申请金额（元）": 1000 }));
  many = await writeWorkbook(join(dir, "many.xlsx"), [{ headers: HEADERS, rows }]);
});

describe("nothing from a workbook reaches the terminal raw", () => {
  // XML cannot carry ESC or BEL in a cell, but newlines, carriage returns and bidi controls it can.
  test("a newline in a cell cannot forge a summary line; a carriage return and a bidi override are shown, not obeyed", async () => {
    const r = await lygipWith(TERMINAL, "check", hostile, "--no-write");
    const totals = r.stdout.split("\n").filter((l) => l.startsWith("合计"));
    expect(totals).toHaveLength(1);
    expect(totals[0]).toMatch(/^合计 1 个文件，2 行/);
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(r.stdout).toContain("X\\n\\n合计 1 个文件");
    expect(r.stdout).toMatch(/有错误 0\\[rn]\\u202E/);
  });
  test("the same holds without a terminal (a log file): the escapes are in the file, not the controls", async () => {
    const r = await lygip("check", hostile, "--no-write");
    expect(r.stdout.split("\n").filter((l) => l.startsWith("合计"))).toHaveLength(1);
    expect(r.stdout).not.toMatch(/[\r\u202e]/);
  });
  test("a file name with a newline and an escape is shown escaped, on stdout and stderr", async () => {
    const odd = join(dir, "a\n合计 9 个文件\u001b[31m.xlsx");
    writeFileSync(odd, "not a workbook");
    const r = await lygipWith(TERMINAL, "check", odd, "--no-write");
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("a\\n合计 9 个文件\\u001B[31m.xlsx");
    expect(r.stdout.split("\n").filter((l) => l.startsWith("合计"))).toHaveLength(1);
    expect(r.stdout + r.stderr).not.toMatch(/\u001b\[31m/);
  });
});

describe("in a terminal", () => {
  test("every line fits 80 columns, counting a Han character as two", async () => {
    const r = await checkManyInTerminal();
    for (const l of r.stdout.split("\n")) expect({ l, w: displayWidth(l) <= 80 }).toEqual({ l, w: true });
  });
  test("the problem list stops at 40 lines and says how many more there are and where: no 问题清单 under --no-write", async () => {
    const full = await lygip("check", many, "--no-write", "--json");
    const total = JSON.parse(full.stdout).files[0].rows.reduce((n: number, r: { messages: unknown[] }) => n + r.messages.length, 0);
    expect(total).toBeGreaterThan(40);
    const r = await checkManyInTerminal();
    expect(r.stdout.split("\n").filter((l) => PROBLEM.test(l))).toHaveLength(40);
    expect(r.stdout).toContain(`还有 ${total - 40} 条，见 --json 的输出`);
    expect(r.stdout).not.toContain("问题清单");
    const written = await lygipWith(TERMINAL, "check", many, "--out", join(dir, "written"));
    expect(written.stdout).toContain(`还有 ${total - 40} 条，见问题清单/JSON`);
  });
  test("piped to a file, every problem is listed", async () => {
    const r = await checkManyPiped();
    expect(r.stdout).not.toContain("还有");
    expect(r.stdout.split("\n").filter((l) => PROBLEM.test(l)).length).toBeGreaterThan(40);
  });
  test("a problem line names the row and the unit first, the code after the sentence", async () => {
    const r = await lygip("check", plain, "--no-write");
    const line = r.stdout.split("\n").find((l) => l.includes("[OVER_ELIGIBLE]"))!;
    expect(line).toMatch(/^ {4}第 2 行 \S+：\[错误\].*（第（二）条） \[OVER_ELIGIBLE\]$/);
    // The code stands outside the Chinese sentence, never inside it.
    expect(line.replace(/ \[OVER_ELIGIBLE\]$/, "")).not.toMatch(/[A-Z]{3,}_[A-Z]/);
  });
  test("progress goes to stderr, phase by phase, and is cleared before the report", async () => {
    const r = await lygipWith(TERMINAL, "check", many, "--out", join(dir, "out"));
    // One bar per phase: files read, rows checked, copies written, each with what it is working on.
    expect(r.stderr).toMatch(/\[-+\] 0\/1 {2}读取：many\.xlsx/);
    expect(r.stderr).toMatch(/\[=+\] 60\/60 行 {2}审核/);
    expect(r.stderr).toMatch(/\] 0\/1 {2}写出批注副本：many\.checked\.xlsx/);
    // The line is cleared (cursor to column 1, erase the line) and wrapping turned back on before the report.
    expect(r.stderr).toContain("\u001b[?7h");
    expect(r.stderr.endsWith("\u001b[1G\u001b[2K")).toBe(true);
    expect(r.stdout).not.toContain("读取");
  });
  test("a progress line never reaches the terminal's last column, Chinese file names counted two columns a character", async () => {
    const long = join(dir, `${"很长的申报表文件名".repeat(8)}.xlsx`);
    writeFileSync(long, readFileSync(many));
    const r = await lygipWith({ ...TERMINAL, columns: 60 }, "check", long, "--no-write");
    // Each drawing starts at column 1 and ends by erasing the rest of the line.
    const drawn = r.stderr.split("\u001b[1G").slice(1).map((d) => d.replace(/\u001b\[0K.*$/s, "")).filter((d) => d.startsWith("lygip"));
    expect(drawn.length).toBeGreaterThan(0);
    for (const line of drawn) expect({ line, fits: displayWidth(line) <= 59 }).toEqual({ line, fits: true });
    expect(drawn.some((l) => l.endsWith("…"))).toBe(true);
  });
  test("no progress when stderr is not a terminal, nor with --quiet", async () => {
    expect((await checkManyPiped()).stderr).toBe("");
    expect((await lygipWith(TERMINAL, "check", many, "--no-write", "--quiet")).stderr).toBe("");
  });
});

describe("--quiet", () => {
  test("prints the totals and what was applied, no file sections and no problems", async () => {
    const r = await lygip("check", many, "--no-write", "--quiet");
    const lines = r.stdout.trimEnd().split("\n");
    // 60 unknown items: every row 不予支持, its whole request 核减 (decision 23).
    expect(lines[0]).toMatch(/^合计 1 个文件，60 行：通过 0，核减 0，不予支持 60，待核实 0$/);
    expect(lines[1]).toMatch(/^申请 60,000\.00 元 = 可核定 0\.00 元（零元整） \+ 待核实 0\.00 元 \+ 核减 60,000\.00 元$/);
    expect(r.stdout).not.toContain("第 ");
    expect(r.code).toBe(1);
  });
});

describe("what the check applied", () => {
  test("rates set with --rate and the history file with its entry count are echoed", async () => {
    const history = join(dir, "history.csv");
    writeFileSync(history, "单位名称,统一社会信用代码,申报年度,支持事项,核定金额\n甲公司,91320706MA1XKQ8L3T,2026,IP_INSURANCE,20000\n乙公司,,2025,GI,100000\n");
    const r = await lygip("check", hostile, "--no-write", "--rate", "PLEDGE_LOAN=0.25", "--history", history);
    // People read the items' names; codes are for the JSON.
    expect(r.stdout).toMatch(/^适用比例：.*知识产权质押融资贷款利息及评估等服务费用补助 25%（--rate）/m);
    expect(r.stdout).toMatch(/^适用比例：.*中国专利奖、江苏专利奖配套奖励 50%，/m);
    expect(r.stdout).not.toMatch(/^适用比例：.*[A-Z]{2,}_[A-Z]/m);
    expect(r.stdout).toContain(`以往核定记录：${history}（2 条）`);
  });
  test("without them, the summary says the clauses' rates and no history were used", async () => {
    const r = await lygip("check", hostile, "--no-write");
    expect(r.stdout).toMatch(/^适用比例：.*知识产权质押融资贷款利息及评估等服务费用补助 30%.*（均为条款规定，未设 --rate）$/m);
    expect(r.stdout).toContain("以往核定记录：未提供（--history）");
  });
});

describe("the totals", () => {
  test("the 大写 spells the approvable total and stands beside 可核定, not after 核减", async () => {
    // GI pays 100,000 元; the claim of 120,000 元 is cut: 可核定 100,000.00 (壹拾万元整), 核减 20,000.00.
    const r = await lygip("check", plain, "--no-write");
    const totals = r.stdout.split("\n").filter((l) => l.startsWith("申请 "));
    expect(totals.at(-1)).toBe("申请 120,000.00 元 = 可核定 100,000.00 元（壹拾万元整） + 待核实 0.00 元 + 核减 20,000.00 元");
  });
  test("rows are counted by verdict (decision 23): one 核减 row, and the file's own lines say the same", async () => {
    const r = await lygip("check", plain, "--no-write");
    expect(r.stdout).toMatch(/^合计 1 个文件，1 行：通过 0，核减 1，不予支持 0，待核实 0$/m);
    expect(r.stdout).toMatch(/^ {2}1 行：通过 0，核减 1，不予支持 0，待核实 0$/m);
    expect(r.stdout).toMatch(/^ {2}申请 120,000\.00 元 = 可核定 100,000\.00 元 \+ 待核实 0\.00 元 \+ 核减 20,000\.00 元$/m);
    expect(r.stdout).not.toContain("超出");
  });
  test("the summary line adds up: 申请 = 可核定 + 待核实 + 核减, and the counts add up to the rows", async () => {
    const r = await lygip("check", hostile, "--no-write");
    const counts = /^合计 1 个文件，(\d+) 行：通过 (\d+)，核减 (\d+)，不予支持 (\d+)，待核实 (\d+)$/m.exec(r.stdout)!.slice(1).map(Number);
    expect(counts[0]).toBe(counts[1] + counts[2] + counts[3] + counts[4]);
    const line = r.stdout.split("\n").find((l) => l.startsWith("申请 "))!;
    const [requested, ...parts] = [...line.matchAll(/([\d,]+\.\d{2}) 元/g)].map((m) => BigInt(m[1].replace(/[,.]/g, "")));
    expect(parts).toHaveLength(3);
    expect(requested).toBe(parts[0] + parts[1] + parts[2]);
  });
});

describe("--lang en", () => {
  test("the summary's own words, units and quotes are English; the 大写 total is left out", async () => {
    const r = await lygip("check", plain, "--no-write", "--lang", "en", "--rate", "PLEDGE_LOAN=0.25");
    expect(r.stdout).toContain("application check");
    expect(r.stdout).toMatch(/row 2 .+: \[error\] .* \(clause \(2\)\) \[OVER_ELIGIBLE\]/);
    expect(r.stdout).toMatch(/sheet "申报表", header row 1/);
    expect(r.stdout).toMatch(/requested [\d,]+\.\d\d yuan = approvable [\d,]+\.\d\d yuan \+ pending [\d,]+\.\d\d yuan \+ reduced [\d,]+\.\d\d yuan/);
    expect(r.stdout).toMatch(/^Total of 1 file, 1 row: 0 approved, 1 reduced, 0 rejected, 0 needs review$/m);
    expect(r.stdout).toMatch(/^Rates in force: .*IP pledge loan subsidy \(interest and service fees\) 25% \(--rate\)/m);
    expect(r.stdout).not.toMatch(/^Rates in force: .*PLEDGE_LOAN/m);
    // Chinese only where it is data: the policy's title, the sheet's and the column's names.
    const own = r.stdout.replace("连政规发〔2025〕3号", "").replace(/"[^"]*"/g, "");
    expect(own).not.toMatch(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/);
  });
});

describe("usage errors in English with --lang en", () => {
  test("a rate above the clause's maximum", async () => {
    const r = await lygip("check", plain, "--no-write", "--lang", "en", "--rate", "PLEDGE_LOAN=0.35");
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("lygip: --rate: 35% for PLEDGE_LOAN is above the maximum 30% of clause (7)\n");
  });
  test("a history file that cannot be read", async () => {
    const r = await lygip("check", plain, "--no-write", "--lang", "en", "--history", join(dir, "missing.csv"));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^lygip: --history .*missing\.csv: the file cannot be read \(no such file\)$/m);
  });
});

describe("a table with its header and no rows under it", () => {
  it("says there is nothing to check, in Chinese and in English, never 没有发现问题", async () => {
    const empty = await writeWorkbook(join(dir, "empty.xlsx"), [{ headers: HEADERS, rows: [] }]);
    const zh = await lygip("check", empty, "--no-write");
    expect(zh.stdout).toContain("表头（第 1 行）下没有申报行，没有可审核的内容。");
    expect(zh.stdout).not.toContain("没有发现问题");
    const en = await lygip("check", empty, "--no-write", "--lang", "en");
    expect(en.stdout).toContain("No application rows under the header (row 1): nothing to check.");
  });
});

describe("a table whose rows have nothing to say", () => {
  it("says 没有发现问题 beside the row count, never that there are no rows; a row with messages is still listed", async () => {
    const tidy = await writeWorkbook(join(dir, "tidy.xlsx"), [{
      headers: HEADERS,
      rows: [row({ 单位名称: "Acme", 统一社会信用代码: HZ, 所属县区: "海州区", 申报年度: 2026, 支持事项: "GI", 事项日期: "2026-03-01", "申请金额（元）": 100000 })],
    }]);
    const clean = await lygip("check", tidy, "--no-write");
    expect(clean.stdout).toContain("1 行：通过 1");
    expect(clean.stdout).toContain("没有发现问题。");
    expect(clean.stdout).not.toContain("没有申报行");
    const mixed = await lygip("check", hostile, "--no-write");
    expect(mixed.stdout).toMatch(/^ {4}第 3 行 乙公司：/m);
    expect(mixed.stdout).not.toContain("没有发现问题");
    expect(mixed.stdout).not.toContain("没有申报行");
  });
});
