/**
 * The built task pane in a real browser (Debian chromium through playwright-core). The production build is
 * served on localhost; the Office.js URL is answered with a fake Excel holding a small workbook. The test
 * clicks 检查 and checks what the pane shows and what was written, and fails on any request that leaves
 * localhost and on any Content-Security-Policy violation.
 */
import fs from "fs";
import http from "http";
import os from "os";
import path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import webpack from "webpack";

const ROOT = path.resolve(__dirname, "../..");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const CHROMIUM = "/usr/bin/chromium";
/** The README's picture of the pane; rewritten only when asked, so a test run leaves the tree clean. */
const SCREENSHOT = path.join(ROOT, "assets/taskpane-screenshot.png");
const UPDATE_SCREENSHOT = process.env.LYGIP_UPDATE_SCREENSHOT === "1";

function compile(config: webpack.Configuration): Promise<void> {
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
}

async function buildPane(outDir: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const configOf = require(path.join(ROOT, "webpack.config.js"));
  const config = await configOf({ outDir }, { mode: "production" });
  await compile({ ...config, context: ROOT });
}

async function buildFakeOffice(outDir: string): Promise<void> {
  await compile({
    mode: "production",
    devtool: false,
    context: ROOT,
    entry: path.join(__dirname, "fake-office.ts"),
    output: { path: outDir, filename: "office.js" },
    target: ["web", "es2017"],
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } }],
    },
  });
}

function serve(dir: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    const type = file.endsWith(".html") ? "text/html; charset=utf-8" : file.endsWith(".js") ? "text/javascript" : "application/octet-stream";
    res.writeHead(200, { "Content-Type": type }).end(fs.readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

interface FakeState {
  cells: Record<string, unknown>;
  formats: { formula?: string; areas: unknown[] }[];
  notes: { row: number; col: number; content: string }[];
  sheets: string[];
  links: string[];
  selection: unknown;
  syncs: number[];
}

async function fakeState(page: Page): Promise<FakeState> {
  return page.evaluate(() => {
    const w = window as unknown as Record<string, any>;
    const wb = w.__lygipWorkbook;
    const table = wb.sheets.find((s: any) => s.name === "申报表");
    const issues = wb.sheets.find((s: any) => s.name === "问题清单");
    return {
      cells: Object.fromEntries([...table.cells.entries()].map(([k, c]: [string, any]) => [k, c.value])),
      formats: table.formats,
      notes: wb.notes,
      sheets: wb.sheets.map((s: any) => s.name),
      links: issues ? [...issues.hyperlinks.values()].map((l: any) => l.documentReference) : [],
      selection: wb.selection,
      syncs: w.__lygipSyncs,
    };
  });
}

describe("the task pane in a browser", () => {
  let tmp: string;
  let server: http.Server;
  let browser: Browser;
  const outside: string[] = [];
  const violations: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "lygip-pane-"));
    const site = path.join(tmp, "site");
    const fake = path.join(tmp, "fake");
    await Promise.all([buildPane(site), buildFakeOffice(fake)]);
    server = await serve(site);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"],
    });
    (globalThis as Record<string, unknown>).__fakeOfficeJs = fs.readFileSync(path.join(fake, "office.js"), "utf8");
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it("builds with a Content-Security-Policy that forbids eval", () => {
    const html = fs.readFileSync(path.join(tmp, "site", "taskpane.html"), "utf8");
    const csp = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1] ?? "";
    expect(csp).toContain("script-src");
    expect(csp).not.toContain("unsafe-eval");
  });

  it("检查 writes the results and the pane lists the problems; a click selects the cell", async () => {
    const page = await browser.newPage({ viewport: { width: 380, height: 900 }, locale: "zh-CN" });
    const port = (server.address() as { port: number }).port;
    await page.route("**/*", async (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS) {
        await route.fulfill({ status: 200, contentType: "text/javascript", body: (globalThis as unknown as Record<string, string>).__fakeOfficeJs });
      } else if (new URL(url).hostname === "127.0.0.1" || new URL(url).hostname === "localhost") {
        await route.continue();
      } else {
        outside.push(url);
        await route.abort();
      }
    });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => {
        ((window as unknown as Record<string, string[]>).__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    page.on("pageerror", (e) => pageErrors.push(e.message));

    await page.goto(`http://127.0.0.1:${port}/taskpane.html`);
    await page.getByTestId("table").waitFor();
    await expect(page.getByTestId("table").textContent()).resolves.toContain("工作表「申报表」第 1 行为表头，共 3 行数据");

    await page.getByTestId("check").click();
    await page.getByTestId("results").waitFor();
    await expect(page.getByTestId("sum-error").textContent()).resolves.toContain("2");
    await expect(page.getByTestId("sum-approvable").textContent()).resolves.toContain("110000.00");
    await expect(page.getByTestId("sum-approvable").textContent()).resolves.toContain("壹拾壹万元整");
    const listed = await page.getByTestId("problems").textContent();
    expect(listed).toContain("申请金额 150000.00 超过可申请金额 100000.00");
    expect(listed).toContain("第（二）条");

    const state = await fakeState(page);
    expect(state.cells["1:6"]).toBe("审核结果");
    expect(state.cells["3:7"]).toBe(100000);
    expect(state.cells["3:4"]).toBe(150000);
    expect(state.formats.map((f) => f.formula)).toEqual(['="lygip:error"="lygip:error"']);
    expect(state.notes.map((n) => [n.row, n.col])).toEqual([[3, 4], [4, 2]]);
    expect(state.sheets).toEqual(["申报表", "问题清单", "汇总"]);
    expect(state.links).toContain("'申报表'!E3");
    expect(Math.max(...state.syncs)).toBeLessThanOrEqual(6);

    await page.locator('[data-cell="E3"]').click();
    await page.waitForFunction(() => (window as unknown as Record<string, any>).__lygipWorkbook.selection !== null);
    expect((await fakeState(page)).selection).toEqual({ sheet: "申报表", address: "E3" });

    const shot = await page.screenshot({ fullPage: true });
    expect(shot.length).toBeGreaterThan(1000);
    if (UPDATE_SCREENSHOT) fs.writeFileSync(SCREENSHOT, shot);

    await page.getByTestId("lang").click();
    await expect(page.getByTestId("problems").textContent()).resolves.toContain("Claim 150000.00 is above the eligible amount 100000.00");

    const csp = await page.evaluate(() => (window as unknown as Record<string, string[]>).__csp ?? []);
    expect(csp).toEqual([]);
    expect(violations).toEqual([]);
    expect(outside).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
