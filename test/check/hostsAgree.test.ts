/**
 * The same workbooks through every host — the command line (in-process), the task pane (on the strict fake
 * workbook) and APPROVE (over the table's range) — give the same table, the same verdicts and amounts, the
 * same messages and the same plan: they all run one check (src/check).
 */
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkTables, planTable } from "../../src/check";
import { loadFile, type LoadedFile } from "../../src/cli/loadFile";
import { approveTable } from "../../src/functions/approve";
import { DETAIL_COLUMNS, detailRows, VERDICT_WORDS } from "../../src/output";
import { planSummary } from "../../src/taskpane/session/summaryPlan";
import { readWorkbook } from "../../src/taskpane/excel/read";
import { planCheck, type CheckRequest } from "../../src/taskpane/session/pipeline";
import { problemText } from "../../src/taskpane/session/problems";
import { openWorkbook } from "../../src/workbook/node";
import type { RawCell, SheetGrid } from "../../src/workbook";
import { lygip } from "../support/cli";
import { tempDir } from "../support/workbooks";
import { FakeContext } from "../taskpane/fake-excel/api";
import { key, workbookOf, type FakeWorkbook } from "../taskpane/fake-excel/model";

type Value = string | number | null;

interface SheetSpec {
  readonly name: string;
  readonly rows: readonly (readonly Value[])[];
  readonly hidden?: boolean;
  /** An Excel table (ListObject) over every row given, its first row the header. */
  readonly table?: string;
}

interface WorkbookSpec {
  readonly sheets: readonly SheetSpec[];
  /** The sheet the workbook opens on; default the first. */
  readonly active?: string;
}

const HEADERS = ["单位名称", "统一社会信用代码", "申报年度", "支持事项", "数量", "申请金额（元）", "事项日期"];
const CODE = "91320706MA1XKQ8L3T";
/** 10 data-IP certificates at up to 1,000 each: 通过; GI over its 100,000: 核减; an item the policy lacks: 不予支持. */
const ROWS: Value[][] = [
  ["连云港甲科技有限公司", CODE, 2026, "DATA_IP", 10, 10000, "2026-03-01"],
  ["连云港乙食品有限公司", "91320700MA1Y2K3L4X", 2026, "GI", 1, 150000, "2026-03-01"],
  ["连云港丙公司", null, 2026, "不存在的事项", 1, 1000, "2026-03-01"],
];

async function xlsxOf(spec: WorkbookSpec, path: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const s of spec.sheets) {
    const ws = wb.addWorksheet(s.name, s.hidden ? { state: "hidden" } : {});
    if (s.table) {
      const [header, ...rows] = s.rows;
      ws.addTable({ name: s.table, ref: "A1", headerRow: true, columns: header!.map((h) => ({ name: String(h) })), rows: rows.map((r) => [...r]) });
    } else {
      for (const r of s.rows) ws.addRow([...r]);
    }
  }
  const active = spec.sheets.findIndex((s) => s.name === (spec.active ?? spec.sheets[0]!.name));
  wb.views = [{ activeTab: active, x: 0, y: 0, width: 10000, height: 10000, firstSheet: 0, visibility: "visible" }];
  await wb.xlsx.writeFile(path);
  return path;
}

function fakeOf(spec: WorkbookSpec): FakeWorkbook {
  const wb = workbookOf(Object.fromEntries(spec.sheets.map((s) => [s.name, s.rows.map((r) => [...r])])));
  wb.active = spec.active ?? spec.sheets[0]!.name;
  for (const s of spec.sheets) {
    if (s.hidden) wb.sheets.find((x) => x.name === s.name)!.visibility = "Hidden";
    if (s.table) {
      const width = Math.max(...s.rows.map((r) => r.length));
      wb.tables.push({ name: s.table, sheet: s.name, rect: { top: 1, left: 0, bottom: s.rows.length, right: width - 1 } });
    }
  }
  return wb;
}

/** A sheet of a real file as a fake sheet and as the range Excel passes a function (dates as serial numbers). */
function valueOf(cell: RawCell | undefined): Value | boolean {
  if (cell === undefined || cell.t === "bad" || cell.t === "e") return null;
  if (cell.t === "n") return Number(cell.v);
  return cell.v;
}

function fakeFromFile(path: string): FakeWorkbook {
  const file = openWorkbook(readFileSync(path));
  const grids = file.sheets.map((s) => file.readSheet(s.name));
  const wb = workbookOf(Object.fromEntries(grids.map((g) => [g.name, []])));
  wb.active = file.sheets[file.activeSheet]!.name;
  file.sheets.forEach((s, i) => {
    const sheet = wb.sheets[i]!;
    if (s.hidden) sheet.visibility = "Hidden";
    for (const [row, cells] of grids[i]!.rows) {
      cells.forEach((cell, col) => {
        if (cell === undefined || cell.t === "bad") return;
        // What Excel shows the pane: the value, an error as such, a formula's result beside its formula.
        const value = cell.t === "n" ? Number(cell.v) : cell.v;
        sheet.cells.set(key(row, col), {
          value,
          ...(cell.t === "e" ? { error: true } : {}),
          ...(cell.formula ? { formula: "=0+0" } : {}),
          ...(cell.t === "n" && cell.date ? { numberFormat: "yyyy-mm-dd" } : {}),
        });
      });
    }
    for (const t of file.tables(s.name)) {
      const [from, to] = t.ref.split(":");
      const at = (a: string) => ({ row: Number(/\d+/.exec(a)![0]), col: /^[A-Z]+/.exec(a)![0].split("").reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1 });
      const a = at(from!);
      const b = at(to ?? from!);
      wb.tables.push({ name: t.name, sheet: s.name, rect: { top: a.row, left: a.col, bottom: b.row, right: b.col } });
    }
  });
  return wb;
}

function rangeOf(grid: SheetGrid): (Value | boolean)[][] {
  const out: (Value | boolean)[][] = [];
  for (let r = 1; r <= grid.maxRow; r++) {
    const cells = grid.rows.get(r) ?? [];
    out.push(Array.from({ length: grid.maxCol + 1 }, (_, c) => valueOf(cells[c])));
  }
  return out;
}

const REQUEST: CheckRequest = { mapping: new Map(), rates: {}, lang: "zh" };

async function paneOn(wb: FakeWorkbook) {
  const ctx = new FakeContext(wb);
  const read = await readWorkbook(ctx as unknown as Excel.RequestContext, { required: true, notes: true, merges: true });
  return planCheck(read.data, REQUEST);
}

/** What the command line decides for the files, as one batch: through its own loader, then the JSON it prints. */
async function cliOn(paths: readonly string[]) {
  const loaded = paths.map((p, i) => loadFile(p, i));
  const readable = loaded.filter((f): f is Extract<LoadedFile, { ok: true }> => f.ok);
  const results = checkTables(readable.map((f) => f.table));
  const plans = readable.map((f, i) => planTable(f.table, results[i]!, { lang: "zh" }));
  const run = await lygip("check", ...paths, "--json", "--no-write");
  return { loaded, plans, json: JSON.parse(run.stdout) as { files: { error: { code: string; message: string } | null; sheet: string | null; rows: { row: number; verdict: string; approvable: string; messages: { code: string; message: string }[] }[] }[] } };
}

function approveOn(path: string, sheet: string, column: string) {
  const file = openWorkbook(readFileSync(path));
  return approveTable(rangeOf(file.readSheet(sheet)) as never, column);
}

const VERDICT_WORD = VERDICT_WORDS as Record<string, string>;

/** Every host on one workbook: the same table, verdicts, amounts, messages and plan. */
async function expectAgreement(spec: WorkbookSpec | string, tableSheet: string) {
  const path = typeof spec === "string" ? spec : await xlsxOf(spec, join(tempDir(), "申报表.xlsx"));
  const fake = typeof spec === "string" ? fakeFromFile(spec) : fakeOf(spec);
  const cli = await cliOn([path]);
  const pane = await paneOn(fake);
  if (!pane.ok) throw new Error(JSON.stringify(pane.problem));
  const file = cli.json.files[0]!;
  expect(file.error).toBeNull();
  expect(file.sheet).toBe(tableSheet);
  expect(pane.plan.sheet).toBe(tableSheet);

  // The plan: result columns, marks and notes, 问题清单 — the same cells with the same words.
  const plan = cli.plans[0]!.plan;
  expect(pane.plan.headerRow).toBe(plan.headerRow);
  expect(pane.plan.resultCol).toBe(plan.resultCol);
  expect(pane.plan.resultRows).toEqual(plan.resultRows);
  expect(pane.plan.marks).toEqual(plan.marks);
  expect(pane.plan.issueSheet).toEqual(plan.issueSheet);
  expect(pane.plan.managers?.detail.map((d) => ({ ...d, file: "" }))).toEqual(plan.managers?.detail.map((d) => ({ ...d, file: "" })));
  expect(pane.problems).toEqual(cli.plans[0]!.problems);

  // Verdicts, amounts and messages as the command line prints them.
  expect(pane.plan.resultRows.map((r) => [r.row, r.values[0]])).toEqual(file.rows.map((r) => [r.row, VERDICT_WORD[r.verdict]]));
  expect(pane.results.map((r) => r.approvable.toFixed(2))).toEqual(file.rows.map((r) => r.approvable));
  expect(pane.problems.map((p) => [p.row, p.code, p.zh])).toEqual(file.rows.flatMap((r) => r.messages.map((m) => [r.row, m.code, m.message])));

  // APPROVE over the table's sheet: the same verdicts and approvable amounts in the same rows. A row with an
  // error value (#N/A) is left out: Excel never passes a range holding one to a custom function.
  const verdicts = approveOn(path, tableSheet, "审核结论");
  const amounts = approveOn(path, tableSheet, "可核定金额");
  if (!verdicts.ok || !amounts.ok) throw new Error("APPROVE refused the table");
  const grid = openWorkbook(readFileSync(path)).readSheet(tableSheet);
  const withError = (row: number) => (grid.rows.get(row) ?? []).some((c) => c?.t === "e");
  for (const r of file.rows.filter((x) => !withError(x.row))) {
    expect(verdicts.value[r.row - 1]).toEqual([VERDICT_WORD[r.verdict]]);
    expect(amounts.value[r.row - 1]).toEqual([Number(r.approvable)]);
  }
  return { cli, pane };
}

describe("every host checks a workbook the same way", () => {
  test("the sample 申报表示例.xlsx: same table, verdicts, amounts, messages and plan", async () => {
    const sample = join(__dirname, "../../samples/申报表示例.xlsx");
    const sheet = openWorkbook(readFileSync(sample)).sheets[0]!.name;
    const { pane } = await expectAgreement(sample, sheet);
    if (!pane.ok) throw new Error("unreachable");
    expect(pane.results.length).toBeGreaterThan(0);
  });

  test("an instructions sheet first: every host passes it over and checks the table on the second sheet", async () => {
    await expectAgreement({
      sheets: [
        { name: "填表说明", rows: [["填表说明"], ["单位名称、申报年度、支持事项 为必填列"], ["单位名称", "申报年度", "备注"]] },
        { name: "申报表", rows: [HEADERS, ...ROWS] },
      ],
    }, "申报表");
  });

  test("a hidden sheet with a full table before the visible one: every host checks the visible table (decision 22)", async () => {
    const { pane } = await expectAgreement({
      sheets: [
        { name: "旧表", hidden: true, rows: [HEADERS, ["旧公司", CODE, 2025, "GI", 1, 100000, "2025-03-01"]] },
        { name: "申报表", rows: [HEADERS, ...ROWS] },
      ],
    }, "申报表");
    if (!pane.ok) throw new Error("unreachable");
    expect(pane.results.map((r) => r.input.unit)).toEqual(ROWS.map((r) => r[0]));
  });

  test("an Excel table on the active sheet: its rows, by every host", async () => {
    await expectAgreement({ sheets: [{ name: "申报表", rows: [HEADERS, ...ROWS], table: "申报" }] }, "申报表");
  });
});

describe("every host refuses a table without 支持事项 with the same message", () => {
  const without = (headers: readonly string[]) => {
    const keep = headers.map((h, i) => (h === "支持事项" ? -1 : i)).filter((i) => i >= 0);
    return [keep.map((i) => headers[i]!), ...ROWS.map((r) => keep.map((i) => r[i]!))];
  };

  test.each([
    ["the template's other columns", HEADERS, true],
    // Two recognised headers only: before, the command line found no header row and said 工作簿中没有可读的工作表.
    // A range passed to APPROVE is no Excel table: its header row is searched for, and names too few columns.
    ["only 单位名称 and 申请金额（元）", ["单位名称", "支持事项", "申请金额（元）", "备注"], false],
  ])("an Excel table with %s: MISSING_COLUMN 支持事项 from the command line and the pane", async (_, headers, approveToo) => {
    const spec: WorkbookSpec = { sheets: [{ name: "申报表", rows: without(headers), table: "申报" }] };
    const path = await xlsxOf(spec, join(tempDir(), "申报表.xlsx"));
    const cli = await cliOn([path]);
    const error = cli.json.files[0]!.error!;
    expect(error.code).toBe("MISSING_COLUMN");
    expect(error.message).toContain("支持事项");
    expect(error.message).not.toContain("工作簿中没有可读的工作表");

    const pane = await paneOn(fakeOf(spec));
    expect(pane.ok).toBe(false);
    if (pane.ok) return;
    expect(pane.problem).toMatchObject({ code: "MISSING_COLUMN", sheet: "申报表", headerRow: 1 });
    expect(pane.problem.code === "MISSING_COLUMN" && pane.problem.columns).toEqual(
      cli.loaded[0]!.ok ? [] : cli.loaded[0]!.issue.code === "MISSING_COLUMN" ? cli.loaded[0]!.issue.columns : [],
    );

    const approve = approveOn(path, "申报表", "审核结论");
    expect(approve.ok).toBe(false);
    if (!approve.ok && approveToo) expect(approve.message).toContain(`：${error.message}；`);
    if (!approve.ok && !approveToo) expect(approve.message).toMatch(/^参数「申报表」：未找到申报表/);
  });
});

describe("a three-file batch", () => {
  test("the command line's batch and the pane on each file agree where a file stands alone; across files the batch is one check", async () => {
    const dir = tempDir();
    const specs: WorkbookSpec[] = [
      { sheets: [{ name: "申报表", rows: [HEADERS, ROWS[0]!] }] },
      { sheets: [{ name: "填表说明", rows: [["说明"]] }, { name: "申报表", rows: [HEADERS, ROWS[1]!] }] },
      { sheets: [{ name: "申报表", rows: [HEADERS, ROWS[2]!] }] },
    ];
    const paths = await Promise.all(specs.map((s, i) => xlsxOf(s, join(dir, `申报${i + 1}.xlsx`))));
    const cli = await cliOn(paths);
    expect(cli.json.files.map((f) => [f.error, f.sheet])).toEqual([[null, "申报表"], [null, "申报表"], [null, "申报表"]]);
    for (const [i, spec] of specs.entries()) {
      const pane = await paneOn(fakeOf(spec));
      if (!pane.ok) throw new Error(JSON.stringify(pane.problem));
      // No row of these files names another file's row: each file's verdicts are the same alone or in the batch.
      expect(pane.plan.resultRows).toEqual(cli.plans[i]!.plan.resultRows);
      expect(pane.plan.marks).toEqual(cli.plans[i]!.plan.marks);
      expect(pane.results.map((r) => r.verdict)).toEqual(cli.json.files[i]!.rows.map((r) => r.verdict));
      const approve = approveTable(specs[i]!.sheets.at(-1)!.rows.map((r) => [...r]) as never, "审核结论");
      if (!approve.ok) throw new Error(approve.message);
      expect(approve.value.slice(1)).toEqual(cli.json.files[i]!.rows.map((r) => [VERDICT_WORD[r.verdict]]));
    }
  });
});

describe("汇总 is laid out once", () => {
  test("the pane's PivotTables and charts are the file's: names, titles, fields, data fields, chart titles and figures", async () => {
    const sample = join(__dirname, "../../samples/申报表示例.xlsx");
    const cli = await cliOn([sample]);
    const layout = cli.plans[0]!.plan.managers!.summary;
    const pane = await paneOn(fakeFromFile(sample));
    if (!pane.ok) throw new Error(JSON.stringify(pane.problem));
    const plan = planSummary(detailRows(pane.results, () => "申报表示例.xlsx"));

    expect(plan.pivots.map((p) => p.name)).toEqual(layout.pivots.map((p) => p.name));
    // The file's copy writes each title in the row above its pivot's header (two above, under a page field).
    const titles = layout.pivots.map((p) => layout.sheet.rows[p.top - (p.pageKey ? 4 : 2)]!.values[0]);
    expect(plan.pivots.map((p) => p.title)).toEqual(titles);
    const header = (key: string) => DETAIL_COLUMNS.find((c) => c.key === key)!.header;
    expect(plan.pivots.map((p) => [p.rows, p.columns, p.filters, p.data.map((d) => [d.field, d.summarizeBy.toLowerCase(), d.name])])).toEqual(
      layout.pivots.map((p) => [header(p.rowKey), p.colKey && header(p.colKey), p.pageKey && header(p.pageKey), p.values.map((v) => [header(v.key), v.summary, v.caption])]),
    );
    expect(plan.charts.map((c) => [c.title, c.horizontal, c.figures.map(([l, v]) => [l, v])])).toEqual(
      layout.charts.map((c) => [c.title, c.horizontal, c.categories.map((l, i) => [l, c.values[i]])]),
    );
  });
});

describe("occupied result cells", () => {
  test("the applicant's text where a result goes: the command line and the pane both refuse, naming the same cell", async () => {
    const rows: Value[][] = [HEADERS, [...ROWS[0]!, "申报人自填"], ROWS[1]!];
    const spec: WorkbookSpec = { sheets: [{ name: "申报表", rows }] };
    const dir = tempDir();
    const path = await xlsxOf(spec, join(dir, "申报表.xlsx"));
    const run = await lygip("check", path, "--json", "--out", join(dir, "out"));
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain("H2");
    const pane = await paneOn(fakeOf(spec));
    expect(pane).toEqual({ ok: false, problem: { code: "RESULT_AREA_TAKEN", sheet: "申报表", cell: "H2", found: "申报人自填" } });
  });
});

describe("two columns for one field", () => {
  test("two 支持事项 columns: DUPLICATE_COLUMN with the same message from the command line, the pane and APPROVE (the pane said 未找到申报表 before)", async () => {
    const rows: Value[][] = [[...HEADERS, "支持事项"], ...ROWS.map((r) => [...r, r[3]!])];
    const spec: WorkbookSpec = { sheets: [{ name: "申报表", rows }] };
    const path = await xlsxOf(spec, join(tempDir(), "申报表.xlsx"));
    const cli = await cliOn([path]);
    const error = cli.json.files[0]!.error!;
    expect(error.code).toBe("DUPLICATE_COLUMN");

    const pane = await paneOn(fakeOf(spec));
    if (pane.ok || pane.problem.code !== "TABLE") throw new Error(JSON.stringify(pane));
    expect(pane.problem.issue).toEqual(cli.loaded[0]!.ok ? null : cli.loaded[0]!.issue);
    expect(problemText(pane.problem, "zh")).toContain(error.message);

    const approve = approveOn(path, "申报表", "审核结论");
    expect(!approve.ok && approve.message).toContain(`：${error.message}；`);
  });
});
