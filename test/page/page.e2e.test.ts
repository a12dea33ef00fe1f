/**
 * The browser page as a reviewer uses it: opened from disk (file://) in Debian's chromium, workbooks dropped
 * or picked, the check run in the page's worker, the downloads compared with what
 * `node bin/lygip.js check … --out . --summary 汇总.xlsx --json --checked-at T` writes for the same files
 * (the workbooks part for part, as each host deflates with its own deflate; the JSON byte for byte);
 * each hostile file named with the command line's message; and not one request after the page has loaded.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { HOSTILE_CASES } from "../hostile/generate";
import { ensureLib, repoRoot } from "../support/built";
import { oncePerRun } from "../support/oncePerRun";
import { expectSameWorkbook, firstDifference } from "../support/sameWorkbook";
import { HEADERS, row, writeWorkbook } from "../support/workbooks";
import { buildPage, download, dropFiles, launch, openPage, pickFiles, runCheck, type OpenedPage } from "./pageDriver";

const AT = "2026-03-01T09:30:00+08:00";
const SAMPLE = path.join(repoRoot, "samples", "申报表示例.xlsx");
const HZ = "91320706MA1XKQ8L3T";
const insurance = (claimed: number) =>
  row({ 单位名称: "甲公司", 统一社会信用代码: HZ, 所属县区: "海州区", 申报年度: 2026, 支持事项: "IP_INSURANCE", "计算基数（元）": 80000, 事项日期: "2026-04-01", "申请金额（元）": claimed });

let indexHtml: string;
let browser: Browser;
let dir: string;

/** `lygip check NAMES… --out . --summary 汇总.xlsx --json --checked-at AT` in `dir`: its stdout and exit code. */
function cli(names: readonly string[], extra: readonly string[] = []): { stdout: string; code: number | null } {
  const r = spawnSync(process.execPath, [path.join(repoRoot, "bin", "lygip.js"), "check", ...names, "--out", ".", "--summary", "汇总.xlsx", "--json", "--checked-at", AT, ...extra], {
    cwd: dir, encoding: "utf8", maxBuffer: 256 * 1024 * 1024,
  });
  return { stdout: r.stdout, code: r.status };
}

const filesIn = (names: readonly string[]) => names.map((name) => ({ name, bytes: new Uint8Array(fs.readFileSync(path.join(dir, name))) }));

async function open(query: Record<string, string> = {}, cores?: number): Promise<OpenedPage> {
  return openPage(browser, indexHtml, { query: { checkedAt: AT, folder: dir, ...query }, ...(cores ? { cores } : {}) });
}

beforeAll(async () => {
  ensureLib();
  indexHtml = path.join(oncePerRun("page", (d) => void buildPage(path.join(d, "site"))), "site", "index.html");
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "lygip-page-e2e-")));
  fs.copyFileSync(SAMPLE, path.join(dir, "申报表示例.xlsx"));
  await writeWorkbook(path.join(dir, "甲.xlsx"), [{ headers: HEADERS, rows: [insurance(40000)] }]);
  await writeWorkbook(path.join(dir, "乙.xlsx"), [{ headers: HEADERS, rows: [insurance(30000)] }]);
  browser = await launch();
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

describe("the page opened from disk", () => {
  test("the sample dropped on the page: the counts, the copy and the batch workbook are the command line's part for part, the JSON byte for byte", async () => {
    // Two cores: the batch in one worker.
    const opened = await open({}, 2);
    const { page } = opened;
    await dropFiles(page, filesIn(["申报表示例.xlsx"]));
    await runCheck(page);
    const expected = cli(["申报表示例.xlsx"]);
    const report = JSON.parse(expected.stdout);
    // Counts by verdict as the report gives them; 申请 = 可核定 + 待核实 + 核减 in words.
    for (const v of ["approved", "reduced", "rejected", "review"]) {
      await expect(page.getByTestId(`sum-${v}`).innerText()).resolves.toContain(String(report.totals[v]));
    }
    await expect(page.getByTestId("sum-identity").innerText()).resolves.toBe("申请金额 = 可核定金额 + 待核实金额 + 核减金额");
    await expect(page.getByTestId("sum-approvable").innerText()).resolves.toMatch(/元整|角|分/);

    const copy = await download(page, "download-copy");
    expect(copy.name).toBe("申报表示例.checked.xlsx");
    expectSameWorkbook(copy.bytes, fs.readFileSync(path.join(dir, "申报表示例.checked.xlsx")));
    const summary = await download(page, "download-summary");
    expectSameWorkbook(summary.bytes, fs.readFileSync(path.join(dir, "汇总.xlsx")));
    const json = await download(page, "download-json");
    expect(json.bytes.toString("utf8")).toBe(expected.stdout);

    // Each problem names its cell, grouped by file and row, and the filters narrow the list.
    const first = report.files[0].rows.find((r: { messages: unknown[] }) => r.messages.length > 0);
    await expect(page.getByTestId("problem-row").first().innerText()).resolves.toContain(`第 ${first.row} 行`);
    await expect(page.getByTestId("problem").first().innerText()).resolves.toMatch(/^.+![A-Z]+\d+ · (错误|警告)/);
    const rejected = report.files[0].rows.filter((r: { verdict: string; messages: unknown[] }) => r.verdict === "rejected" && r.messages.length > 0).length;
    await page.getByTestId("filter-verdict").selectOption("rejected");
    await expect(page.getByTestId("problem-row").count()).resolves.toBe(rejected);
    expect(opened.refused).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
    expect(opened.violations).toEqual([]);
    await page.context().close();
  }, 180_000);

  test("a three-file batch picked at once is one batch, shared between two workers: every copy, the batch workbook and the JSON match the command line's", async () => {
    const names = ["申报表示例.xlsx", "甲.xlsx", "乙.xlsx"];
    // Eight cores: the batch in two workers, the batch workbook made beside the copies.
    const opened = await open({}, 8);
    const { page } = opened;
    await pickFiles(page, filesIn(names));
    await runCheck(page);
    const expected = cli(names);
    for (let i = 0; i < names.length; i++) {
      const copy = await download(page, "download-copy", i);
      expect(copy.name).toBe(names[i]!.replace(/\.xlsx$/, ".checked.xlsx"));
      expect({ copy: copy.name, difference: firstDifference(copy.bytes, fs.readFileSync(path.join(dir, copy.name))) }).toEqual({ copy: copy.name, difference: null });
    }
    expectSameWorkbook((await download(page, "download-summary")).bytes, fs.readFileSync(path.join(dir, "汇总.xlsx")));
    expect((await download(page, "download-json")).bytes.toString("utf8")).toBe(expected.stdout);
    // 乙's row meets the 50,000 cap 甲 used (（七）): the files were checked together.
    await page.getByTestId("filter-file").selectOption({ label: "乙.xlsx" });
    await expect(page.getByTestId("problems").innerText()).resolves.toContain("乙.xlsx");
    await expect(page.getByTestId("problem-file").count()).resolves.toBe(1);
    expect(opened.refused).toEqual([]);
    await page.context().close();
  }, 180_000);

  test("the page asks for nothing after it has loaded: the only request is its own file, and its CSP says connect-src 'none'", async () => {
    const opened = await open();
    const { page } = opened;
    await dropFiles(page, filesIn(["甲.xlsx"]));
    await runCheck(page);
    await download(page, "download-json");
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(csp).toContain("connect-src 'none'");
    expect(csp).not.toMatch(/https?:/);
    expect(opened.requests.filter((u) => u.startsWith("file:")).map((u) => u.split("?")[0])).toEqual([`file://${indexHtml}`]);
    expect(opened.refused).toEqual([]);
    // And it cannot: a request the page's script tries is refused by the CSP, not answered.
    const tried = await page.evaluate(() => fetch("https://example.com/").then(() => "answered", () => "refused"));
    expect(tried).toBe("refused");
    await page.context().close();
  }, 120_000);

  test("cancel stops the check at once and the page is usable again", async () => {
    const { page } = await open();
    // Thirty copies of the sample: a batch long enough to be cancelled while it runs.
    const sample = new Uint8Array(fs.readFileSync(SAMPLE));
    await pickFiles(page, Array.from({ length: 30 }, (_, i) => ({ name: `申报表${i + 1}.xlsx`, bytes: sample })));
    await page.getByTestId("check").click();
    await page.getByTestId("cancel").click();
    await page.getByTestId("cancelled").waitFor();
    await expect(page.getByTestId("check").isEnabled()).resolves.toBe(true);
    await runCheck(page);
    await page.getByTestId("results").waitFor();
    await expect(page.getByTestId("file-result").count()).resolves.toBe(30);
    await page.context().close();
  }, 180_000);

  test("a long problem list is paged: every row with problems is reached, in order, page by page; a filter starts again at page 1", async () => {
    // 120 claims of one company: each past the first meets the 50,000 cap (（七）), so nearly every row has a problem.
    await writeWorkbook(path.join(dir, "长.xlsx"), [{ headers: HEADERS, rows: Array.from({ length: 120 }, () => insurance(40000)) }]);
    const report = JSON.parse(cli(["长.xlsx"]).stdout);
    const expected: number[] = report.files[0].rows.filter((r: { messages: unknown[] }) => r.messages.length > 0).map((r: { row: number }) => r.row);
    expect(expected.length).toBeGreaterThan(100);
    const { page } = await open();
    await dropFiles(page, filesIn(["长.xlsx"]));
    await runCheck(page);
    const pages = Math.ceil(expected.length / 50);
    const rowsShown = () => page.getByTestId("problem-row").evaluateAll((rows) => rows.map((r) => Number(r.getAttribute("data-row"))));
    const seen: number[] = [];
    for (let i = 0; i < pages; i++) {
      if (i > 0) await page.getByTestId("page-next").click();
      await expect(page.getByTestId("page-select").inputValue()).resolves.toBe(String(i));
      seen.push(...(await rowsShown()));
    }
    expect(seen).toEqual(expected);
    await expect(page.getByTestId("page-next").isDisabled()).resolves.toBe(true);
    await expect(page.getByTestId("shown").innerText()).resolves.toBe(`显示第 ${50 * (pages - 1) + 1}–${expected.length} 行，共 ${expected.length} 行有问题（${report.files[0].rows.reduce((n: number, r: { messages: unknown[] }) => n + r.messages.length, 0)} 条）`);
    // Any page by its number, and back.
    await page.getByTestId("page-select").selectOption("0");
    await expect(rowsShown()).resolves.toEqual(expected.slice(0, 50));
    await page.getByTestId("page-select").selectOption(String(pages - 1));
    await page.getByTestId("page-previous").click();
    await expect(rowsShown()).resolves.toEqual(expected.slice(50 * (pages - 2), 50 * (pages - 1)));
    // The pager is a labelled navigation landmark.
    await expect(page.getByRole("navigation", { name: "问题清单分页" }).count()).resolves.toBe(1);
    const rejected = report.files[0].rows.filter((r: { verdict: string; messages: unknown[] }) => r.verdict === "rejected" && r.messages.length > 0).length;
    expect(rejected).toBeGreaterThan(50);
    await page.getByTestId("filter-verdict").selectOption("rejected");
    await expect(page.getByTestId("page-select").inputValue()).resolves.toBe("0");
    await expect(page.getByTestId("problem-row").count()).resolves.toBe(50);
    await page.context().close();
  }, 180_000);

  test("English: the switch turns the page's words and the problems to English", async () => {
    const { page } = await open();
    await page.getByTestId("language").click();
    await expect(page.getByTestId("check").innerText()).resolves.toBe("Check");
    await dropFiles(page, filesIn(["申报表示例.xlsx"]));
    await runCheck(page);
    await expect(page.getByTestId("sum-identity").innerText()).resolves.toBe("Requested = approvable + pending + reduced");
    await page.context().close();
  }, 120_000);
});

describe("hostile files dropped on the page", () => {
  test.each(HOSTILE_CASES.map((c, i) => [c.name, i] as const))("%s: named with the command line's message, the page still working", async (_name, i) => {
    const c = HOSTILE_CASES[i]!;
    const name = `恶意文件-${i}.xlsx`;
    fs.writeFileSync(path.join(dir, name), c.make());
    const expected = JSON.parse(cli([name]).stdout);
    const { page, pageErrors } = await open();
    await dropFiles(page, filesIn([name]));
    await runCheck(page);
    const error = expected.files[0].error as { message: string } | null;
    if (error) {
      const shown = await page.getByTestId("file-problem").first().innerText();
      expect(shown).toContain(name);
      expect(shown).toContain(error.message);
    } else {
      await page.getByTestId("results").waitFor();
    }
    expect(pageErrors).toEqual([]);
    await page.context().close();
  }, 120_000);
});
