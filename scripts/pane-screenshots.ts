/**
 * The README's pictures of the task pane: 320 px wide (Excel's narrowest pane), 640 px tall, before and
 * after a check, in Chinese and English, over the browser test's fake Excel and its sample workbook.
 *
 *   npm run screenshots              writes assets/taskpane-{zh,en}-{before,after}.png
 *   npm run screenshots -- --dark    also writes the dark-theme pictures, to look at (not committed)
 *
 * A script, not a test: pictures change when the pane's look changes, and a person looks at them before
 * they are committed.
 */
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { repoRoot, startSite } from "../test/browser/harness";

const WIDTH = 320;
const HEIGHT = 640;

async function shoot(page: Page, file: string): Promise<void> {
  // Fonts and Fluent's styles settle before the picture; the caret and animations would make it differ run to run.
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: file, animations: "disabled", caret: "hide" });
  console.log(`${path.relative(process.cwd(), file)}  ${fs.statSync(file).size} bytes`);
}

async function main(): Promise<void> {
  const dark = process.argv.includes("--dark");
  const out = path.join(repoRoot(__dirname), "assets");
  const site = await startSite();
  try {
    for (const theme of dark ? ["light", "dark"] : ["light"]) {
      for (const lang of ["zh", "en"] as const) {
        const { page, pageErrors } = await site.open({ width: WIDTH, height: HEIGHT, query: { theme } });
        await page.getByTestId("table").waitFor();
        if (lang === "en") await page.getByTestId("lang").click();
        const suffix = theme === "dark" ? "-dark" : "";
        await shoot(page, path.join(out, `taskpane-${lang}-before${suffix}.png`));
        await page.getByTestId("check").click();
        await page.getByTestId("results").waitFor();
        await shoot(page, path.join(out, `taskpane-${lang}-after${suffix}.png`));
        if (pageErrors.length > 0) throw new Error(`the pane failed: ${pageErrors.join("; ")}`);
        await page.close();
      }
    }
  } finally {
    await site.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
