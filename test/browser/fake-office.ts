/**
 * Served in place of Office.js in the browser test: `Office` and `Excel` over the strict fake. The page's
 * query chooses what the fake holds and how Office looks:
 *   workbook=application (default) | many (400 rows, each with problems) | remark (an applicant's 备注 column)
 *            | missing (no 单位名称 column)
 *   theme=light | dark        Office.context.officeTheme (absent when not given)
 *   excelApi=1.18 (default)   the highest ExcelApi version the fake supports
 *   host=none                 Office.js outside Office (a browser tab): onReady reports no host
 * The test reads `window.__lygipWorkbook` afterwards.
 */
import { FakeContext } from "../taskpane/fake-excel/api";
import { workbookOf, type FakeWorkbook } from "../taskpane/fake-excel/model";
import { application, HEADERS } from "../taskpane/session/workbooks";

const query = new URLSearchParams(window.location.search);

function workbook(): FakeWorkbook {
  switch (query.get("workbook")) {
    case "many":
      return workbookOf({
        申报表: [HEADERS, ...Array.from({ length: 400 }, (_, i) => [`连云港单位${i + 1}`, 2026, "不存在的事项", 1, 1000, "2026-03-01"])],
      });
    case "remark":
      return workbookOf({
        申报表: [
          [...HEADERS, "备注"],
          ["连云港甲科技有限公司", 2026, "DATA_IP", 10, 10000, "2026-03-01", "材料齐全"],
        ],
      });
    case "missing":
      return workbookOf({
        申报表: [
          ["申报主体", ...HEADERS.slice(1)],
          ["连云港甲科技有限公司", 2026, "DATA_IP", 10, 10000, "2026-03-01"],
        ],
      });
    default:
      return application();
  }
}

/** Office's own colours for its light (Colorful) and dark (Black) themes. */
const THEMES = {
  light: { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#262626", controlBackgroundColor: "#FFFFFF", controlForegroundColor: "#262626", isDarkTheme: false },
  dark: { bodyBackgroundColor: "#292929", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#1F1F1F", controlForegroundColor: "#FFFFFF", isDarkTheme: true },
} as const;

const model = workbook();
const theme = query.get("theme");
const excelApi = query.get("excelApi") ?? "1.18";
const w = window as unknown as Record<string, unknown>;
w.__lygipWorkbook = model;
w.__lygipSyncs = [] as number[];

function atMost(version = "1.1"): boolean {
  const [a, b = 0] = version.split(".").map(Number);
  const [c, d = 0] = excelApi.split(".").map(Number);
  return a < c || (a === c && b <= d);
}

const info = query.get("host") === "none" ? { host: null, platform: null } : { host: "Excel", platform: "OfficeOnline" };
w.Office = {
  HostType: { Excel: "Excel" },
  context: {
    displayLanguage: "zh-CN",
    requirements: { isSetSupported: (name: string, version?: string) => name === "ExcelApi" && atMost(version) },
    ...(theme === "light" || theme === "dark" ? { officeTheme: THEMES[theme] } : {}),
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
    const ctx = new FakeContext(model, atMost("1.18"), excelApi);
    try {
      return await batch(ctx);
    } finally {
      (w.__lygipSyncs as number[]).push(ctx.syncs);
    }
  },
};
