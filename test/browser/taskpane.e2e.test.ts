/**
 * The built task pane in a real browser at Excel's narrowest pane width (320 px), over the fake Excel of
 * test/browser/fake-office.ts: what the pane shows, what it writes, and that it never leaves localhost nor
 * breaks its Content-Security-Policy.
 */
import fs from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { addinBuild } from "../support/built";
import { startSite, type OpenedPane, type PaneSite } from "./harness";

interface FakeState {
  cells: Record<string, unknown>;
  formats: { formula?: string; areas: unknown[] }[];
  notes: { row: number; col: number; content: string }[];
  sheets: string[];
  links: string[];
  selection: unknown;
  syncs: number[];
}

async function fakeState(page: Page): Promise<FakeState> {
  return page.evaluate(() => {
    const w = window as unknown as Record<string, any>;
    const wb = w.__lygipWorkbook;
    const table = wb.sheets.find((s: any) => s.name === "申报表");
    const issues = wb.sheets.find((s: any) => s.name === "问题清单");
    return {
      cells: Object.fromEntries([...table.cells.entries()].map(([k, c]: [string, any]) => [k, c.value])),
      formats: table.formats,
      notes: wb.notes,
      sheets: wb.sheets.map((s: any) => s.name),
      links: issues ? [...issues.hyperlinks.values()].map((l: any) => l.documentReference) : [],
      selection: wb.selection,
      syncs: w.__lygipSyncs,
    };
  });
}

/** Where an element is in the viewport, and whether the page can scroll sideways at all. */
async function placement(page: Page, testId: string) {
  const box = await page.getByTestId(testId).boundingBox();
  const layout = await page.evaluate(() => ({
    scrollY: window.scrollY,
    innerHeight: window.innerHeight,
    innerWidth: window.innerWidth,
    scrollWidth: document.documentElement.scrollWidth,
  }));
  return { box, ...layout };
}

/** Every visible text's contrast against the background it is drawn on (WCAG 2), lowest first. */
async function lowestContrasts(page: Page): Promise<{ text: string; ratio: number }[]> {
  return page.evaluate(() => {
    const parse = (c: string) => {
      const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(c);
      return m ? { r: +m[1], g: +m[2], b: +m[3], a: m[4] === undefined ? 1 : +m[4] } : null;
    };
    const lum = (c: { r: number; g: number; b: number }) => {
      const ch = (v: number) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * ch(c.r) + 0.7152 * ch(c.g) + 0.0722 * ch(c.b);
    };
    const background = (el: Element | null): { r: number; g: number; b: number } => {
      for (let e = el; e; e = e.parentElement) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c && c.a > 0.5) return c;
      }
      return { r: 255, g: 255, b: 255 };
    };
    const out: { text: string; ratio: number }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = (n.textContent ?? "").trim();
      if (!el || text === "" || el.closest("[aria-hidden=true]") || el.getClientRects().length === 0) continue;
      const fg = parse(getComputedStyle(el).color);
      if (!fg) continue;
      const a = lum(fg);
      const b = lum(background(el));
      out.push({ text: text.slice(0, 30), ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) });
    }
    return out.sort((x, y) => x.ratio - y.ratio).slice(0, 5);
  });
}

function clean(p: OpenedPane) {
  return { outside: p.outside, violations: p.violations, pageErrors: p.pageErrors };
}

describe("the task pane in a browser, 320 px wide", () => {
  let site: PaneSite;

  beforeAll(async () => {
    // The production build the bundle and manifest tests share, made once per run.
    site = await startSite(addinBuild());
  }, 300_000);

  afterAll(async () => {
    await site?.close();
  });

  it("builds with a Content-Security-Policy that forbids eval", () => {
    const html = fs.readFileSync(path.join(site.site, "taskpane.html"), "utf8");
    const csp = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1] ?? "";
    expect(csp).toContain("script-src");
    expect(csp).not.toContain("unsafe-eval");
  });

  it("检查: the summary shows without scrolling, amounts grouped with 元, problems listed; a click selects the cell", async () => {
    const pane = await site.open();
    const { page } = pane;
    await page.getByTestId("table").waitFor();
    await expect(page.getByTestId("table").textContent()).resolves.toContain("工作表「申报表」第 1 行为表头，共 3 行数据");
    for (const n of [1, 2, 3]) {
      const heading = page.getByTestId(`step-${n}`).locator("h2");
      await expect(heading.isVisible()).resolves.toBe(true);
      await expect(heading.textContent()).resolves.toMatch(new RegExp(`^${n}`));
    }

    await page.getByTestId("check").click();
    await page.getByTestId("results").waitFor();
    await expect(page.getByTestId("results").locator("h2").textContent()).resolves.toBe("4结果");
    await expect(page.getByTestId("sum-error").textContent()).resolves.toBe("错误2");
    // Rows by 审核结论: DATA_IP within its clause, GI cut to its 100,000, an item the policy lacks.
    await expect(page.getByTestId("sum-approved").textContent()).resolves.toBe("通过1");
    await expect(page.getByTestId("sum-reduced").textContent()).resolves.toBe("核减1");
    await expect(page.getByTestId("sum-rejected").textContent()).resolves.toBe("不予支持1");
    await expect(page.getByTestId("sum-review").textContent()).resolves.toBe("待核实0");
    // 申请 161,000.00 = 可核定 110,000.00 + 待核实 0.00 + 核减 51,000.00.
    await expect(page.getByTestId("sum-claimed").textContent()).resolves.toContain("161,000.00 元");
    await expect(page.getByTestId("sum-approvable").textContent()).resolves.toContain("110,000.00 元");
    await expect(page.getByTestId("sum-approvable").textContent()).resolves.toContain("壹拾壹万元整");
    await expect(page.getByTestId("sum-pending").textContent()).resolves.toContain("0.00 元");
    await expect(page.getByTestId("sum-excess").textContent()).resolves.toContain("核减金额");
    await expect(page.getByTestId("sum-excess").textContent()).resolves.toContain("51,000.00 元");
    await expect(page.getByTestId("sum-identity").textContent()).resolves.toBe("申请金额 = 可核定金额 + 待核实金额 + 核减金额");
    // Summary first, visible in a 640 px tall pane without scrolling, and nothing wider than the pane.
    const where = await placement(page, "sum-excess");
    expect(where.scrollY).toBe(0);
    expect(where.box!.y + where.box!.height).toBeLessThanOrEqual(where.innerHeight);
    expect(where.scrollWidth).toBeLessThanOrEqual(where.innerWidth);
    const listed = await page.getByTestId("problems").textContent();
    expect(listed).toMatch(/申请金额 150,?000\.00 元超过可申请金额 100,?000\.00 元/);
    expect(listed).toContain("第（二）条");

    const state = await fakeState(page);
    expect(state.cells["1:6"]).toBe("审核结论");
    expect(state.cells["3:6"]).toBe("核减");
    expect(state.cells["3:7"]).toBe(100000);
    expect(state.cells["3:9"]).toBe(50000);
    expect(state.cells["3:4"]).toBe(150000);
    expect(state.formats.map((f) => f.formula)).toEqual(['="lygip:error"="lygip:error"']);
    expect(state.notes.map((n) => [n.row, n.col])).toEqual([[3, 4], [4, 2]]);
    expect(state.sheets).toEqual(["申报表", "问题清单", "汇总"]);
    expect(state.links).toContain("'申报表'!E3");
    expect(Math.max(...state.syncs)).toBeLessThanOrEqual(6);

    await page.locator('[data-cell="E3"]').click();
    await page.waitForFunction(() => (window as unknown as Record<string, any>).__lygipWorkbook.selection !== null);
    expect((await fakeState(page)).selection).toEqual({ sheet: "申报表", address: "E3" });

    await page.getByTestId("lang").click();
    await expect(page.getByTestId("problems").textContent()).resolves.toMatch(/Claim 150,?000\.00 yuan is above the eligible amount 100,?000\.00 yuan/);
    await expect(page.getByTestId("sum-approvable").textContent()).resolves.toContain("110,000.00 yuan");
    const english = await placement(page, "sum-excess");
    expect(english.scrollWidth).toBeLessThanOrEqual(english.innerWidth);

    const csp = await page.evaluate(() => (window as unknown as Record<string, string[]>).__csp ?? []);
    expect(csp).toEqual([]);
    expect(clean(pane)).toEqual({ outside: [], violations: [], pageErrors: [] });
    await page.close();
  });

  it("works from the keyboard: Tab reaches every control in reading order, 检查 keeps the focus while it runs, a problem opens its cell with Enter", async () => {
    const pane = await site.open();
    const { page } = pane;
    await page.getByTestId("table").waitFor();
    const focused = () => page.evaluate(() => {
      const e = document.activeElement as HTMLElement;
      return e.getAttribute("data-testid") ?? e.getAttribute("data-cell") ?? e.tagName;
    });
    const order: string[] = [];
    for (let i = 0; i < 7; i++) {
      await page.keyboard.press("Tab");
      order.push(await focused());
    }
    expect(order).toEqual(["lang", "SUMMARY", "template", "SUMMARY", "check", "summarise", "clear"]);

    // Back to 检查 and press Enter: the button is busy while the check runs, and the focus must not fall to
    // the page (a screen reader would be left nowhere, and the next Tab would start again from the top).
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Shift+Tab");
    expect(await focused()).toBe("check");
    await page.keyboard.press("Enter");
    await page.getByTestId("results").waitFor();
    expect(await focused()).toBe("check");

    // The problems follow the buttons; Enter on one selects its cell.
    for (let i = 0; i < 5; i++) await page.keyboard.press("Tab");
    expect(await focused()).toBe("E3");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => (window as unknown as Record<string, any>).__lygipWorkbook.selection !== null);
    expect((await fakeState(page)).selection).toEqual({ sheet: "申报表", address: "E3" });
    expect(clean(pane)).toEqual({ outside: [], violations: [], pageErrors: [] });
    await page.close();
  });

  it("lists the first 200 of 800 problems and points to 问题清单 for the rest", async () => {
    const pane = await site.open({ query: { workbook: "many" } });
    const { page } = pane;
    await page.getByTestId("table").waitFor();
    await page.getByTestId("check").click();
    await page.getByTestId("results").waitFor();
    await expect(page.getByTestId("problems").locator("li").count()).resolves.toBe(200);
    await expect(page.getByTestId("more").textContent()).resolves.toBe("还有 600 条，见问题清单");
    const where = await placement(page, "sum-excess");
    expect(where.box!.y + where.box!.height).toBeLessThanOrEqual(where.innerHeight);
    await page.getByTestId("more").click();
    await page.waitForFunction(() => (window as unknown as Record<string, any>).__lygipWorkbook.selection !== null);
    expect((await fakeState(page)).selection).toEqual({ sheet: "问题清单", address: "A1" });
    expect(clean(pane)).toEqual({ outside: [], violations: [], pageErrors: [] });
    await page.close();
  });

  it("an applicant's own 备注 column leaves the column mapping closed; a missing 单位名称 opens it", async () => {
    const remark = await site.open({ query: { workbook: "remark" } });
    await remark.page.getByTestId("table").waitFor();
    await expect(remark.page.getByTestId("mapping").evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
    await expect(remark.page.getByTestId("problem").count()).resolves.toBe(0);
    await remark.page.close();

    const missing = await site.open({ query: { workbook: "missing" } });
    await missing.page.getByTestId("problem").waitFor();
    await expect(missing.page.getByTestId("problem").textContent()).resolves.toContain("缺少必填列：单位名称");
    await expect(missing.page.getByTestId("mapping").evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true);
    await expect(missing.page.getByTestId("map-0").isVisible()).resolves.toBe(true);
    expect(clean(missing)).toEqual({ outside: [], violations: [], pageErrors: [] });
    await missing.page.close();
  });

  it("a bad rate is shown on its own field, and 检查 writes nothing", async () => {
    const pane = await site.open();
    const { page } = pane;
    await page.getByTestId("table").waitFor();
    await page.getByTestId("settings").locator("summary").click();
    await page.getByTestId("rate-PLEDGE_LOAN").fill("35%");
    const field = page.getByTestId("rate-field-PLEDGE_LOAN");
    await expect(field.textContent()).resolves.toContain("比例「35%」无效");
    // The clause keeps its own brackets: 第（七）条, never 「（（七））」.
    await expect(field.textContent()).resolves.toContain("第（七）条");
    await expect(field.textContent()).resolves.not.toMatch(/（（|））/);
    // A rate typed wrong is not in force: the summary does not count it as set, and says it is not valid.
    const summary = page.getByTestId("settings").locator("summary");
    await expect(summary.textContent()).resolves.not.toContain("已设 1 项比例");
    await expect(summary.textContent()).resolves.toContain("1 项比例无效");
    await page.getByTestId("check").click();
    await page.waitForFunction(() => ((window as unknown as Record<string, any>).__lygipSyncs as number[]).length >= 3);
    await expect(field.textContent()).resolves.toContain("不超过 30%");
    await expect(page.getByTestId("problem").count()).resolves.toBe(0);
    await expect(page.getByTestId("results").count()).resolves.toBe(0);
    expect((await fakeState(page)).sheets).toEqual(["申报表"]);
    expect(clean(pane)).toEqual({ outside: [], violations: [], pageErrors: [] });
    await page.close();
  });

  /** The pane opened on the fake workbook, its table found and 检查 done. */
  async function checkedPane() {
    const pane = await site.open();
    await pane.page.getByTestId("table").waitFor();
    await pane.page.getByTestId("check").click();
    await pane.page.getByTestId("results").waitFor();
    return pane;
  }

  it("清除审核结果 removes what 检查 wrote", async () => {
    const { page } = await checkedPane();
    await page.getByTestId("clear").click();
    await page.getByTestId("notice").waitFor();
    await expect(page.getByTestId("notice").textContent()).resolves.toContain("已清除：审核结果列、单元格标记、2 条批注、工作表「汇总」「问题清单」");
    await expect(page.getByTestId("results").count()).resolves.toBe(0);
    const state = await fakeState(page);
    expect(state.sheets).toEqual(["申报表"]);
    expect(state.formats).toEqual([]);
    expect(state.notes).toEqual([]);
    expect(state.cells["1:6"]).toBeUndefined();
    expect(state.cells["3:4"]).toBe(150000);
    await page.close();
  });

  it("清除审核结果 leaves a 问题清单 a reviewer wrote in, and says so beside what it removed", async () => {
    const { page } = await checkedPane();
    await page.evaluate(() => {
      const wb = (window as unknown as Record<string, any>).__lygipWorkbook;
      wb.sheets.find((s: any) => s.name === "问题清单").cells.set("30:0", { value: "复核：已逐条核对" });
    });
    await page.getByTestId("clear").click();
    await page.getByTestId("warning").waitFor();
    await expect(page.getByTestId("notice").textContent()).resolves.toContain("工作表「汇总」");
    await expect(page.getByTestId("warning").textContent()).resolves.toContain("工作表「问题清单」在本工具写入后被改动过，已保留");
    expect((await fakeState(page)).sheets).toEqual(["申报表", "问题清单"]);
    await page.close();
  });

  it("生成汇总 adds 审核明细 and 汇总's PivotTables, charts and slicers; before ExcelApi 1.8, 审核明细 alone with a message", async () => {
    const pane = await site.open();
    const { page } = pane;
    await page.getByTestId("table").waitFor();
    await page.getByTestId("summarise").click();
    await page.getByTestId("notice").waitFor();
    await expect(page.getByTestId("notice").textContent()).resolves.toBe(
      "已生成「审核明细」（3 行，Excel 表格 lygip明细）和「汇总」：4 个数据透视表、2 个图表、2 个切片器。",
    );
    const made = await page.evaluate(() => {
      const wb = (window as unknown as Record<string, any>).__lygipWorkbook;
      return { sheets: wb.sheets.map((s: any) => s.name), pivots: wb.pivots.length, charts: wb.charts.length, slicers: wb.slicers.length };
    });
    expect(made).toEqual({ sheets: ["申报表", "审核明细", "汇总"], pivots: 4, charts: 2, slicers: 2 });
    expect(clean(pane)).toEqual({ outside: [], violations: [], pageErrors: [] });
    await page.close();

    const old = await site.open({ query: { excelApi: "1.7" } });
    await old.page.getByTestId("table").waitFor();
    await old.page.getByTestId("summarise").click();
    await old.page.getByTestId("warning").waitFor();
    await expect(old.page.getByTestId("warning").textContent()).resolves.toContain("不支持 ExcelApi 1.8");
    await expect(old.page.getByTestId("notice").textContent()).resolves.toBe("已生成「审核明细」（3 行，Excel 表格 lygip明细）。");
    expect(clean(old)).toEqual({ outside: [], violations: [], pageErrors: [] });
    await old.page.close();
  });

  it("under ExcelApi 1.8, 检查 and 清除审核结果 are disabled with the set they need; 生成汇总 stays and works", async () => {
    const pane = await site.open({ query: { excelApi: "1.8" } });
    const { page } = pane;
    await page.getByTestId("table").waitFor();
    await expect(page.getByTestId("check").isDisabled()).resolves.toBe(true);
    await expect(page.getByTestId("clear").isDisabled()).resolves.toBe(true);
    await expect(page.getByTestId("summarise").isDisabled()).resolves.toBe(false);
    await expect(page.getByTestId("unavailable-check").textContent()).resolves.toBe(
      "「检查」需要 ExcelApi 1.9，此版本的 Excel 不支持，按钮已停用。请使用 Microsoft 365 或更新的 Excel。",
    );
    await expect(page.getByTestId("unavailable-summarise").count()).resolves.toBe(0);
    await page.getByTestId("summarise").click();
    await page.getByTestId("notice").waitFor();
    await expect(page.getByTestId("notice").textContent()).resolves.toContain("4 个数据透视表");
    expect(clean(pane)).toEqual({ outside: [], violations: [], pageErrors: [] });
    await page.close();
  });

  it("follows Office's dark theme with readable text, before and after a check", async () => {
    const pane = await site.open({ query: { theme: "dark" } });
    const { page } = pane;
    await page.getByTestId("table").waitFor();
    await expect(page.evaluate(() => getComputedStyle(document.body).backgroundColor)).resolves.toBe("rgb(41, 41, 41)");
    await page.getByTestId("check").click();
    await page.getByTestId("results").waitFor();
    const worst = await lowestContrasts(page);
    expect(worst[0].ratio).toBeGreaterThanOrEqual(4.5);
    expect(clean(pane)).toEqual({ outside: [], violations: [], pageErrors: [] });
    await page.close();
  });

  it("keeps readable text in Office's light theme too", async () => {
    const pane = await site.open({ query: { theme: "light" } });
    await pane.page.getByTestId("check").click();
    await pane.page.getByTestId("results").waitFor();
    expect((await lowestContrasts(pane.page))[0].ratio).toBeGreaterThanOrEqual(4.5);
    await pane.page.close();
  });

  it("says so, in Chinese and English, when Office.js cannot load, instead of a blank page", async () => {
    const pane = await site.open({ officeJs: "fail" });
    const { page } = pane;
    await page.getByTestId("office-missing").waitFor();
    const text = await page.getByTestId("office-missing").textContent();
    expect(text).toContain("无法加载 Office.js");
    expect(text).toContain("Office.js could not be loaded");
    expect(pane.pageErrors).toEqual([]);
    expect(pane.outside).toEqual([]);
    await page.close();
  });

  it("says it must be opened in Excel when Office.js loads outside Office", async () => {
    const pane = await site.open({ query: { host: "none" } });
    await pane.page.getByTestId("office-missing").waitFor();
    await expect(pane.page.getByTestId("office-missing").textContent()).resolves.toContain("请在 Excel 中打开");
    expect(clean(pane)).toEqual({ outside: [], violations: [], pageErrors: [] });
    await pane.page.close();
  });
});
