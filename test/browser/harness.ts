/**
 * The built task pane in a real browser (Debian's chromium through playwright-core), for the browser test
 * and for the script that makes the README's pictures: the production build served on localhost, the
 * Office.js URL answered with a fake Excel (test/browser/fake-office.ts) or made to fail, and every request
 * that leaves localhost refused and recorded.
 */
import fs from "fs";
import http from "http";
import os from "os";
import path from "path";
import type { Browser, Page } from "playwright-core";
import webpack from "webpack";

export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
import { launchChromium } from "../support/chromium";
import { repoRoot } from "../../scripts/repoRoot";

export { repoRoot };


function compile(config: webpack.Configuration): Promise<void> {
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
}

/** `npm run build` into outDir. */
export async function buildPane(outDir: string): Promise<void> {
  const root = repoRoot();
  const configOf = require(path.join(root, "webpack.config.js"));
  const config = await configOf({ outDir }, { mode: "production" });
  await compile({ ...config, context: root });
}

/** The fake Office.js, one file. */
export async function buildFakeOffice(outDir: string): Promise<void> {
  const root = repoRoot();
  await compile({
    mode: "production",
    devtool: false,
    context: root,
    entry: path.join(root, "test/browser/fake-office.ts"),
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

export interface PaneOptions {
  readonly width?: number;
  readonly height?: number;
  /** The fake's settings, as the page's query: workbook=many|remark|missing, theme=dark|light, excelApi=1.8 … */
  readonly query?: Record<string, string>;
  /** "fail": the Office.js request is refused, as behind a proxy that blocks Microsoft's CDN. */
  readonly officeJs?: "fake" | "fail";
}

export interface OpenedPane {
  readonly page: Page;
  /** Requests that tried to leave localhost (refused). */
  readonly outside: string[];
  /** Content-Security-Policy reports, from the console and from securitypolicyviolation events. */
  readonly violations: string[];
  readonly pageErrors: string[];
}

export interface PaneSite {
  readonly browser: Browser;
  readonly site: string;
  open(options?: PaneOptions): Promise<OpenedPane>;
  close(): Promise<void>;
}

/**
 * Builds the pane (unless given a production build already made, as the test suite shares one) and the
 * fake, serves them and starts chromium.
 */
export async function startSite(built?: string): Promise<PaneSite> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "lygip-pane-"));
  const site = built ?? path.join(tmp, "site");
  const fake = path.join(tmp, "fake");
  await Promise.all([built ? Promise.resolve() : buildPane(site), buildFakeOffice(fake)]);
  const fakeOfficeJs = fs.readFileSync(path.join(fake, "office.js"), "utf8");
  const server = await serve(site);
  const port = (server.address() as { port: number }).port;
  const browser = await launchChromium();

  async function open(options: PaneOptions = {}): Promise<OpenedPane> {
    const page = await browser.newPage({ viewport: { width: options.width ?? 320, height: options.height ?? 640 }, locale: "zh-CN" });
    const outside: string[] = [];
    const violations: string[] = [];
    const pageErrors: string[] = [];
    await page.route("**/*", async (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS) {
        if (options.officeJs === "fail") await route.abort("connectionrefused");
        else await route.fulfill({ status: 200, contentType: "text/javascript", body: fakeOfficeJs });
      } else if (["127.0.0.1", "localhost"].includes(new URL(url).hostname)) {
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
    const query = new URLSearchParams(options.query ?? {}).toString();
    await page.goto(`http://127.0.0.1:${port}/taskpane.html${query ? `?${query}` : ""}`);
    return { page, outside, violations, pageErrors };
  }

  return {
    browser,
    site,
    open,
    async close() {
      await browser.close();
      await new Promise((r) => server.close(r));
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}
