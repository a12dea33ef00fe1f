/**
 * Debian's chromium as every browser test, benchmark and screenshot script starts it: headless, with none of
 * the background connections this closed network refuses, and under a UTF-8 locale whatever the test run's.
 * The tests' globalSetup clears LANG (the command line must speak its default language), and under the C
 * locale chromium cannot turn a file name such as 申报表示例.xlsx into a path: a dropped file arrives as no
 * file at all, and a download is named "download".
 */
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    env: { ...process.env, LANG: "C.UTF-8", LC_ALL: "C.UTF-8" },
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--font-render-hinting=none"],
  });
}
