/** The fake as a pane host sees it: `Excel.run` over a fake workbook and a requirements object. */
import { FakeContext } from "./api";
import type { FakeWorkbook } from "./model";

export interface FakeExcel {
  run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  requirements: { isSetSupported(name: string, minVersion?: string): boolean };
  /** Every context made, in order: their sync counts are what the tests count. */
  contexts: FakeContext[];
}

/** `excelApi`: the highest ExcelApi version this fake Excel supports ("1.18", "1.8" …). */
export function fakeExcel(model: FakeWorkbook, excelApi = "1.18"): FakeExcel {
  const contexts: FakeContext[] = [];
  const supports = (version = "1.1") => compare(version, excelApi) <= 0;
  return {
    contexts,
    run: async (batch) => {
      const ctx = new FakeContext(model, supports("1.18"), excelApi);
      contexts.push(ctx);
      return batch(ctx as unknown as Excel.RequestContext);
    },
    requirements: { isSetSupported: (name, version) => name === "ExcelApi" && supports(version) },
  };
}

function compare(a: string, b: string): number {
  const [a1, a2 = 0] = a.split(".").map(Number);
  const [b1, b2 = 0] = b.split(".").map(Number);
  return a1 - b1 || a2 - b2;
}
