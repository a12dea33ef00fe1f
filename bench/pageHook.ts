/**
 * The browser page's line of the benchmark: the page's own benchmark (bench/page.ts, which comes with the
 * page) exports `measurePage`, the seconds chromium takes to check `rows` rows in the page and show the
 * results, and those until the downloads are made. Until that file exists the line says the page is not
 * built; nothing else of the benchmark depends on it.
 */
import path from "node:path";

export interface PageBenchOptions {
  readonly root: string;
  readonly rows: number;
  readonly workDir: string;
  readonly log: (line: string) => void;
}

/**
 * The page's seconds from the click on 检查: to the results shown, and (where measured) to the copies and the
 * batch workbook made, which the page writes after showing the results.
 */
export interface PageTimes {
  readonly seconds: number;
  readonly outputs?: number;
}

/** What bench/page.ts exports: seconds for the rows (or PageTimes), or a throw whose message says why not. */
export interface PageBench {
  measurePage(options: PageBenchOptions): Promise<number | PageTimes>;
}

export type PageFigure = PageTimes | { readonly reason: string };

export const PAGE_NOT_BUILT = "page not built";

export async function benchPage(options: PageBenchOptions, modulePath = path.join(__dirname, "page")): Promise<PageFigure> {
  let page: Partial<PageBench>;
  try {
    page = require(modulePath) as Partial<PageBench>;
  } catch (err) {
    // Only the page's benchmark itself missing (the first line names it; a missing dependency of it is an error).
    const notFound = String((err as Error).message).startsWith(`Cannot find module '${modulePath}'`);
    if ((err as NodeJS.ErrnoException).code === "MODULE_NOT_FOUND" && notFound) return { reason: PAGE_NOT_BUILT };
    throw err;
  }
  if (typeof page.measurePage !== "function") return { reason: PAGE_NOT_BUILT };
  try {
    const measured = await page.measurePage(options);
    return typeof measured === "number" ? { seconds: measured } : measured;
  } catch (err) {
    return { reason: (err as Error).message };
  }
}
