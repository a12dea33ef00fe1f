/**
 * The README's pictures of the browser page, opened from disk after checking the sample: 1280 px wide (a
 * desktop) and 360 px (a phone), in Chinese; the results step at the top.
 *
 *   npm run screenshots:page         writes assets/page-1280.png and assets/page-360.png
 *
 * A script, not a test: a person looks at the pictures before they are committed.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { buildPage, dropFiles, launch, openPage, repoRoot, runCheck } from "../test/page/pageDriver";

const SHOTS = [
  { file: "page-1280.png", width: 1280, height: 900, lang: "zh" },
  { file: "page-360.png", width: 360, height: 780, lang: "zh" },
] as const;

async function shoot(page: Page, file: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: file, animations: "disabled", caret: "hide" });
  console.log(`${path.relative(process.cwd(), file)}  ${fs.statSync(file).size} bytes`);
}

async function main(): Promise<void> {
  const root = repoRoot(__dirname);
  const out = path.join(root, "assets");
  const index = buildPage(fs.mkdtempSync(path.join(os.tmpdir(), "lygip-page-shots-")));
  const sample = { name: "申报表示例.xlsx", bytes: new Uint8Array(fs.readFileSync(path.join(root, "samples", "申报表示例.xlsx"))) };
  const browser = await launch();
  try {
    for (const shot of SHOTS) {
      const { page } = await openPage(browser, index, { width: shot.width, height: shot.height, query: { lang: shot.lang, checkedAt: "2026-03-01T09:30:00+08:00" } });
      await dropFiles(page, [sample]);
      await runCheck(page);
      // The JSON report's link, once the report has followed the results.
      await page.getByTestId("download-json").waitFor();
      // The results step at the top: the counts, amounts and downloads are what the picture is for.
      await page.getByTestId("results").evaluate((e) => e.scrollIntoView({ block: "start" }));
      await shoot(page, path.join(out, shot.file));
      await page.context().close();
    }
  } finally {
    await browser.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
