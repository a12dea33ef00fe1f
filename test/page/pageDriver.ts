/**
 * The built browser page in Debian's chromium (playwright-core, no browser download), opened from disk
 * (file://) as a reviewer opens it: for the page's tests, its screenshots and the benchmark's 10,000-row
 * line. Every request the page makes is routed here; only the page's own file is let through, the rest
 * are refused and recorded.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";

import { launchChromium } from "../support/chromium";
import { repoRoot } from "../../scripts/repoRoot";

export { repoRoot };


/** The page's production build (`webpack -c webpack.page.config.js`, the page alone) into `outDir`; returns its index.html. */
export function buildPage(outDir: string): string {
  const root = repoRoot();
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [root] });
  const r = spawnSync(process.execPath, [cli, "--mode", "production", "-c", "webpack.page.config.js", "--env", `outDir=${outDir}`], {
    cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`page build failed (${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}`);
  return path.join(outDir, "index.html");
}

export const launch = launchChromium;

export interface OpenedPage {
  readonly page: Page;
  /** Requests other than the page's own file (refused). */
  readonly refused: string[];
  /** Every request the page made, as routed. */
  readonly requests: string[];
  readonly violations: string[];
  readonly pageErrors: string[];
}

export interface OpenOptions {
  readonly width?: number;
  readonly height?: number;
  /** The page's address settings: lang, checkedAt, folder. */
  readonly query?: Record<string, string>;
  /** The cores the page is told it has (navigator.hardwareConcurrency): the machine's own by default. */
  readonly cores?: number;
}

export async function openPage(browser: Browser, indexHtml: string, options: OpenOptions = {}): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 }, locale: "zh-CN", acceptDownloads: true,
  });
  if (options.cores !== undefined) {
    await context.addInitScript((cores) => Object.defineProperty(navigator, "hardwareConcurrency", { get: () => cores }), options.cores);
  }
  const page = await context.newPage();
  const own = pathToFileURL(indexHtml).href;
  const refused: string[] = [];
  const requests: string[] = [];
  const violations: string[] = [];
  const pageErrors: string[] = [];
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    // Blob and data URLs are the page's own bytes (its worker, its downloads), not requests that leave it.
    if (url.startsWith("blob:") || url.startsWith("data:")) return route.continue();
    if (!requests.includes(url)) requests.push(url);
    if (url.split("?")[0] === own) await route.continue();
    else {
      refused.push(url);
      await route.abort("blockedbyclient");
    }
  });
  page.on("request", (r) => {
    const url = r.url();
    if (!url.startsWith("blob:") && !url.startsWith("data:") && !requests.includes(url)) requests.push(url);
  });
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  page.on("pageerror", (e) => pageErrors.push(e.message));
  const query = new URLSearchParams(options.query ?? {}).toString();
  await page.goto(`${own}${query ? `?${query}` : ""}`);
  await page.getByTestId("check").waitFor();
  return { page, refused, requests, violations, pageErrors };
}

export interface FileToDrop {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/**
 * Drops files on the page's drop zone, as a person dragging them from a folder does. The files go in
 * through a file input (from disk: a large file need not pass through the browser's pipe), then into a
 * DataTransfer dropped on the zone.
 */
export async function dropFiles(page: Page, files: readonly FileToDrop[]): Promise<void> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "lygip-drop-"));
  const paths = files.map((f, i) => {
    const file = path.join(folder, String(i), f.name);
    fs.mkdirSync(path.dirname(file));
    fs.writeFileSync(file, f.bytes);
    return file;
  });
  await page.evaluate(() => {
    const input = document.createElement("input");
    input.type = "file";
    input.multiple = true;
    input.id = "test-drop-source";
    input.hidden = true;
    document.body.append(input);
  });
  await page.locator("#test-drop-source").setInputFiles(paths);
  const transfer = await page.evaluateHandle(() => {
    const input = document.getElementById("test-drop-source") as HTMLInputElement;
    const dt = new DataTransfer();
    for (const f of Array.from(input.files ?? [])) dt.items.add(f);
    input.remove();
    return dt;
  });
  // The folder stays: the browser reads a dropped file from disk when the check asks for its bytes.
  await page.getByTestId("drop").dispatchEvent("drop", { dataTransfer: transfer });
}

/** Picks files with the page's file chooser. */
export async function pickFiles(page: Page, files: readonly FileToDrop[]): Promise<void> {
  await page.getByTestId("file-input").setInputFiles(files.map((f) => ({ name: f.name, mimeType: "application/octet-stream", buffer: Buffer.from(f.bytes) })));
}

/** Clicks 检查 and waits for the results (or a message that stops the batch). */
export async function runCheck(page: Page, timeout = 120_000): Promise<void> {
  await page.getByTestId("check").click();
  await page.locator('[data-testid="results"], [data-testid="refused"], [data-testid="failed"]').first().waitFor({ timeout });
}

/** Downloads a link's file through the browser and returns its bytes and name. */
export async function download(page: Page, testId: string, nth = 0): Promise<{ name: string; bytes: Buffer }> {
  const link = page.getByTestId(testId).nth(nth);
  const [file] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const to = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "lygip-dl-")), file.suggestedFilename());
  await file.saveAs(to);
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(to) };
}
