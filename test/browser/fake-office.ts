/**
 * Served in place of Office.js in the browser test: `Office` and `Excel` over the strict fake, holding the
 * small application workbook of the pane's tests. The test reads `window.__lygipWorkbook` afterwards.
 */
import { FakeContext } from "../taskpane/fake-excel/api";
import { application } from "../taskpane/session/workbooks";

const workbook = application();
const w = window as unknown as Record<string, unknown>;
w.__lygipWorkbook = workbook;
w.__lygipSyncs = [] as number[];

const info = { host: "Excel", platform: "OfficeOnline" };
w.Office = {
  HostType: { Excel: "Excel" },
  context: {
    displayLanguage: "zh-CN",
    requirements: { isSetSupported: (name: string) => name === "ExcelApi" },
  },
  onReady(callback?: (i: typeof info) => void) {
    return Promise.resolve().then(() => {
      callback?.(info);
      return info;
    });
  },
};
w.Excel = {
  async run<T>(batch: (context: unknown) => Promise<T>): Promise<T> {
    const ctx = new FakeContext(workbook, true);
    try {
      return await batch(ctx);
    } finally {
      (w.__lygipSyncs as number[]).push(ctx.syncs);
    }
  },
};
