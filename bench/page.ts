/**
 * The benchmark's browser line: a generated 10,000-row application dropped on the built page (opened from
 * disk in Debian's chromium) and checked in its worker; the seconds from the click on 检查 to the results
 * shown, and to the copy and the batch workbook made, which the page writes after showing the results (the
 * JSON report follows them: when it came is said apart). Measured, not a timed test. The log also gives where the seconds
 * went, from the workers' progress messages as the page received them: reading (the files into the worker,
 * unzipped and parsed), checking, writing the copies, the batch workbook and the JSON report, and showing
 * the results. The batch workbook is made by a second worker beside the copies' (it reads and checks too):
 * its steps are given apart, from the click. Then the CPU seconds the browser's threads spent meanwhile
 * (bench/threadCpu.ts): the worker's, V8's compiler and collector threads', the page's and the rest.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { buildPage, dropFiles, launch, openPage, runCheck } from "../test/page/pageDriver";
import { generateRows } from "./generate";
import { sampleThreadCpu } from "./threadCpu";
import type { PageBenchOptions, PageTimes } from "./pageHook";
import { writeApplicationWorkbook } from "./workbooks";

export const PAGE_BENCH_ROWS = 10_000;

/** Seconds for the page to check `rows` generated rows; builds the page unless given its index.html. */
export async function pageSeconds(rows = PAGE_BENCH_ROWS, indexHtml?: string, log: (s: string) => void = () => {}): Promise<PageTimes> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "lygip-bench-page-"));
  try {
    log("构建网页 / building the page …");
    const index = indexHtml ?? buildPage(path.join(work, "site"));
    const file = path.join(work, `bench-${rows}.xlsx`);
    await writeApplicationWorkbook(file, generateRows({ rows }));
    const browser = await launch();
    try {
      const { page } = await openPage(browser, index);
      await dropFiles(page, [{ name: path.basename(file), bytes: new Uint8Array(fs.readFileSync(file)) }]);
      await watchSteps(page);
      log(`网页审核 ${rows} 行 / the page checking ${rows} rows …`);
      const cpu = sampleThreadCpu();
      const t0 = process.hrtime.bigint();
      await runCheck(page, 600_000);
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      await page.evaluate(() => void ((window as unknown as { lygipSteps: StepTimes }).lygipSteps.shown = performance.now()));
      // The copy and the batch workbook are written after the results are shown: their seconds apart.
      await page.getByTestId("download-copy").waitFor({ timeout: 600_000 });
      await page.getByTestId("download-summary").waitFor({ timeout: 600_000 });
      const outputs = Number(process.hrtime.bigint() - t0) / 1e9;
      const threads = cpu.stop();
      // The JSON report is written after them: not in the seconds, but said after the steps.
      await page.getByTestId("download-json").waitFor({ timeout: 600_000 });
      log(await stepsLine(page));
      if (threads) {
        const spent = Object.entries(threads).map(([kind, s]) => `${kind} ${s.toFixed(2)}`).join(", ");
        log(`浏览器各线程 CPU（秒，约）/ the browser's CPU by thread (s, about): ${spent}`);
      }
      if ((await page.getByTestId("download-copy").count()) !== 1) throw new Error("the page made no annotated copy");
      log(`网页：结果显示 ${seconds.toFixed(2)} s，副本与汇总工作簿生成 ${outputs.toFixed(2)} s / the page: results shown, copy and batch workbook made`);
      return { seconds, outputs };
    } finally {
      await browser.close();
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

type StepTimes = Record<string, number>;

/** Records when the page hears of each step of the check (page clock, ms), from the click on. */
async function watchSteps(page: Page): Promise<void> {
  await page.evaluate(() => {
    const times: StepTimes = {};
    (window as unknown as { lygipSteps: StepTimes }).lygipSteps = times;
    document.querySelector('[data-testid="check"]')?.addEventListener("click", () => void (times.click = performance.now()), { capture: true });
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, message: unknown, transfer?: unknown) {
      // A batch, not the page's answers to the worker's questions afterwards (its compressed parts).
      if ((message as { files?: unknown }).files) {
        times.posted ??= performance.now();
        // The batch workbook may be made by a worker of its own, beside the copies' worker: its steps apart.
        const own = (message as { share?: string }).share === "summary" ? "workbook " : "";
        this.addEventListener("message", (e: MessageEvent<{ type: string; progress?: { step: string } }>) => {
          // The pieces sent to be compressed ahead, and the worker's questions, are no steps.
          if (e.data.type === "piece" || e.data.type === "take") return;
          const key = own + (e.data.type === "progress" ? e.data.progress!.step : e.data.type);
          times[key] ??= performance.now();
        });
      }
      return (post as (this: Worker, m: unknown, t?: unknown) => void).call(this, message, transfer);
    };
  });
}

/** The seconds between the steps, from the results' arrival to their being shown, and when the report came. */
async function stepsLine(page: Page): Promise<string> {
  const t: StepTimes = await page.evaluate(() => ({ ...(window as unknown as { lygipSteps: StepTimes }).lygipSteps }));
  // In the order they came: the results are shown while the copy is written.
  const order = ["click", "posted", "reading", "checking", "checked", "shown", "writing", "summary", "done"]
    .filter((k) => t[k] !== undefined).sort((a, b) => t[a]! - t[b]!);
  const spans = order.slice(1).map((k, i) => `${order[i]}→${k} ${((t[k]! - t[order[i]!]!) / 1000).toFixed(2)}`);
  const report = t.json !== undefined && t.done !== undefined ? `; JSON 报告在结果之后 / the JSON report after the results ${((t.json - t.done) / 1000).toFixed(2)}` : "";
  const workbook = ["workbook reading", "workbook checking", "workbook summary", "workbook done"].filter((k) => t[k] !== undefined)
    .map((k) => `${k.slice("workbook ".length)} ${((t[k]! - t.click!) / 1000).toFixed(2)}`);
  return `网页各步（秒）/ the page's steps (s): ${spans.join(", ")}${report}${workbook.length ? `; 汇总工作簿 / the batch workbook's worker, from the click: ${workbook.join(", ")}` : ""}`;
}

/** The benchmark table's hook (bench/pageHook.ts). */
export function measurePage(options: PageBenchOptions): Promise<PageTimes> {
  return pageSeconds(options.rows, undefined, options.log);
}

if (require.main === module) {
  pageSeconds(Number(process.argv[2]) || PAGE_BENCH_ROWS, undefined, console.log).then(
    (t) => console.log(`browser page, ${(Number(process.argv[2]) || PAGE_BENCH_ROWS).toLocaleString("en-US")} rows: results shown ${t.seconds.toFixed(2)} s, copy and batch workbook made ${t.outputs!.toFixed(2)} s`),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
