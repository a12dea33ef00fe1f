/**
 * The sheet 汇总 for managers (REPORT.md "For managers", rev. 3): four PivotTables over 审核明细 — 可核定金额
 * by 事项 × 年度 and by 县区 × 年度, rows counted and summed by 审核结论, and 可核定金额 by 事项 × 县区 with
 * 申报年度 as a page field — each laid out in the cells exactly as a spreadsheet shows it after refreshing
 * (tabular form, a 合计 row and column), so a viewer that does not refresh shows the same figures; and two
 * charts of 可核定金额 over the pivots' totals: by 事项 as horizontal bars (the labels are long item names),
 * by 县区 as columns, each titled with the years it adds.
 * Pure data: the xlsx writer turns it into pivot, drawing and chart parts.
 */
import { EDITION } from "../policy";
import type { Money } from "../engine/money";
import { DETAIL_COLUMNS, ITEM_NAME_WIDTH, type DetailKey, type DetailRow } from "./detail";
import { SUMMARY_SHEET_NAME } from "./labels";
import { moneyNumber } from "./moneyNumber";
import { MoneySum } from "./moneySum";
import { neutralise } from "./neutralise";
import { detailPivots, VERDICT_SUM_KEYS, type CrossTab, type ItemDistrictTab, type VerdictTab } from "./pivots";
import { toChineseMoney } from "./rmb";
import type { PlanRow, PlanSheet, PlanValue } from "./types";
import { displayWidth, fittedWidth, lineRow } from "./widths";

/** What a spreadsheet calls an empty 申报年度 on a pivot axis. */
export const BLANK_YEAR_LABEL = "（空白）";
export const GRAND_TOTAL_LABEL = "合计";
export const APPROVABLE_CAPTION = "可核定金额（元）";
export const COUNT_CAPTION = "行数";
/** What a spreadsheet shows in a page field that lets every item through, and above several data fields. */
export const ALL_ITEMS_LABEL = "(全部)";
export const VALUES_CAPTION = "值";

/** One data field of a pivot: the 审核明细 column, summed or counted, and the caption it shows. */
export interface PivotValue {
  readonly key: DetailKey;
  readonly summary: "sum" | "count";
  readonly caption: string;
}

export interface PivotBlock {
  /** The PivotTable's name, unique in the workbook. */
  readonly name: string;
  /** 1-based row of the pivot's top-left cell; it starts in column A. */
  readonly top: number;
  readonly rowKey: DetailKey;
  readonly colKey?: DetailKey;
  /** A page field (filter) shown two rows above `top`, set to every item. */
  readonly pageKey?: DetailKey;
  /** Sums of money or counts of rows; several are laid side by side (the data fields on the columns). */
  readonly values: readonly PivotValue[];
  /** The row field's values in their order, as the cache's shared items hold them. */
  readonly rowValues: readonly (string | number | null)[];
  readonly colValues: readonly (string | number | null)[];
  readonly pageValues?: readonly (string | number | null)[];
  /** Rows the pivot fills, counting its header rows and the 合计 row. */
  readonly height: number;
  readonly width: number;
}

export interface ChartSpec {
  readonly title: string;
  /** 1-based rows of the categories and values in column A and column `valueCol` (0-based). */
  readonly firstRow: number;
  readonly lastRow: number;
  readonly valueCol: number;
  readonly categories: readonly string[];
  readonly values: readonly number[];
  /** Bars across (labels down the side, for long labels) rather than columns. */
  readonly horizontal: boolean;
  /** 1-based row where the chart's top-left corner sits, in column `anchorCol` (0-based). */
  readonly anchorRow: number;
  readonly anchorCol: number;
  /** Size in centimetres. */
  readonly width: number;
  readonly height: number;
}

export interface SummaryLayout {
  readonly sheet: PlanSheet;
  readonly pivots: readonly PivotBlock[];
  readonly charts: readonly ChartSpec[];
  /** The values every axis field takes, in order, for the pivot cache's shared items. */
  readonly sharedItems: ReadonlyMap<DetailKey, readonly (string | number | null)[]>;
}

/** What the rows approve, in all. */
function approvableOf(rows: readonly DetailRow[]): Money {
  const total = new MoneySum();
  for (const r of rows) total.add(r, "approvable");
  return total.value;
}

/**
 * The line naming the batch's files: a batch's list is often wider than the whole sheet, and text spilling
 * past the sheet's columns prints on pages of its own. Such a line wraps within the first column, as wide
 * as the line makes it (planSheetWidths), and is as tall as its lines.
 */
function filesLine(text: string): PlanRow {
  return lineRow(text, fittedWidth(ITEM_NAME_WIDTH, displayWidth(text), false));
}

/** Rows of the default height (15 points, 0.53 cm) a chart `height` cm tall covers, with room below. */
const rowsFor = (height: number) => Math.ceil(height / 0.53) + 3;

export function summaryLayout(rows: readonly DetailRow[], fileLabels: readonly string[]): SummaryLayout {
  const figures = detailPivots(rows);
  const total = rows.length === 0 ? null : approvableOf(rows);
  const cells: PlanRow[] = [
    { values: ["知识产权资助申报审核汇总"], bold: true },
    { values: [`政策依据：${EDITION.title}《${EDITION.name}》`] },
    filesLine(`申报文件：${fileLabels.map(neutralise).join("、")}`),
    { values: ["可核定金额合计（元）", total ? moneyNumber(total) : 0], moneyColumns: [1] },
    { values: ["可核定金额合计（大写）", total ? toChineseMoney(total) : "零元整"] },
  ];
  const pivots: PivotBlock[] = [];
  const charts: ChartSpec[] = [];
  if (rows.length === 0) {
    cells.push({ values: [] }, { values: ["本次审核没有数据行，未生成数据透视表。"] });
    return { sheet: sheetOf(cells), pivots, charts, sharedItems: new Map() };
  }

  const place = (caption: string, block: (top: number) => { pivot: PivotBlock; rows: PlanRow[] }) => {
    cells.push({ values: [] }, { values: [caption], bold: true });
    const { pivot, rows: pivotRows } = block(cells.length + 1);
    pivots.push(pivot);
    for (const r of pivotRows) cells.push(r);
    return pivot;
  };

  const byItem = place(PIVOT_TITLES.byItem, (top) => crossBlock(PIVOT_NAMES.byItem, top, figures.byItem));
  const byDistrict = place(PIVOT_TITLES.byDistrict, (top) => crossBlock(PIVOT_NAMES.byDistrict, top, figures.byDistrict));
  place(PIVOT_TITLES.byVerdict, (top) => verdictBlock(PIVOT_NAMES.byVerdict, top, figures.byVerdict));
  place(PIVOT_TITLES.byItemDistrict(figures.byItemDistrict.years),
    (top) => itemDistrictBlock(PIVOT_NAMES.byItemDistrict, top, figures.byItemDistrict));

  // The charts below the pivots, each starting a printed page, over each cross table's 合计 column. The
  // chart by item is horizontal and tall: its labels are the items' names, one bar each.
  let anchor = cells.length + 2;
  const pageBreaks: number[] = [];
  const years = yearsCaption(figures.byItem.years);
  // Within an A4 landscape page's printable height (about 18 cm), so the chart prints on one page.
  const itemHeight = Math.min(17, Math.max(11, 2 + figures.byItem.rowLabels.length * 0.6));
  for (const [pivot, tab, title, width, height, horizontal] of [
    [byItem, figures.byItem, CHART_TITLES.byItem(years), 26, itemHeight, true],
    [byDistrict, figures.byDistrict, CHART_TITLES.byDistrict(years), 20, 11, false],
  ] as const) {
    pageBreaks.push(anchor);
    charts.push({
      title,
      firstRow: pivot.top + 2,
      lastRow: pivot.top + 1 + tab.rowLabels.length,
      valueCol: pivot.width - 1,
      categories: tab.rowLabels,
      values: tab.rowTotals.map(moneyNumber),
      horizontal,
      anchorRow: anchor,
      anchorCol: 0,
      width,
      height,
    });
    anchor += rowsFor(height);
  }

  const sharedItems = new Map<DetailKey, readonly (string | number | null)[]>([
    ["itemName", figures.byItem.rowLabels],
    ["district", figures.byDistrict.rowLabels],
    ["year", figures.byItem.years],
    ["verdict", figures.byVerdict.labels],
  ]);
  return { sheet: { ...sheetOf(cells), pageBreaks }, pivots, charts, sharedItems };
}

/** The PivotTables' names, unique in the workbook; both hosts use them. */
export const PIVOT_NAMES = {
  byItem: "lygip事项年度", byDistrict: "lygip县区年度", byVerdict: "lygip审核结论", byItemDistrict: "lygip事项县区",
} as const;

/** What each PivotTable is titled on 汇总, in every host. */
export const PIVOT_TITLES = {
  byItem: "按支持事项、申报年度：可核定金额（元）",
  byDistrict: "按所属县区、申报年度：可核定金额（元）",
  byVerdict: "按审核结论：行数与金额（元）",
  byItemDistrict: (years: readonly (number | null)[]) => `按支持事项、所属县区：可核定金额（元），${yearsCaption(years)}（可按申报年度筛选）`,
} as const;

/** The charts' titles, naming the years they add (see yearsCaption), in every host. */
export const CHART_TITLES = {
  byItem: (years: string) => `可核定金额（元）：按支持事项，${years}`,
  byDistrict: (years: string) => `可核定金额（元）：按所属县区，${years}`,
} as const;

/**
 * Which years a figure adds, for titles: "申报年度 2026", "申报年度 2025、2026 合计"; an empty 申报年度 is
 * named too, so no reader takes a total for one year's.
 */
export function yearsCaption(years: readonly (number | null)[]): string {
  const named = years.map((y) => (y === null ? "未填写年度" : String(y)));
  if (named.length === 0) return "申报年度：无";
  return named.length === 1 ? `申报年度 ${named[0]}` : `申报年度 ${named.join("、")} 合计`;
}

/** The data fields of the pivot by 审核结论: the count of rows, then 申请 = 可核定 + 待核实 + 核减. */
export const VERDICT_VALUES: readonly PivotValue[] = [
  { key: "row", summary: "count", caption: COUNT_CAPTION },
  ...VERDICT_SUM_KEYS.map((key): PivotValue => ({ key, summary: "sum", caption: `${header(key)}（元）` })),
];

function header(key: DetailKey): string {
  return DETAIL_COLUMNS.find((c) => c.key === key)!.header;
}

/** A cross table as the pivot shows it: caption and column field, then the years, the rows, 合计. */
function crossBlock(name: string, top: number, tab: CrossTab): { pivot: PivotBlock; rows: PlanRow[] } {
  const width = tab.years.length + 2;
  const money = Array.from({ length: width - 1 }, (_, i) => i + 1);
  const yearLabel = (y: number | null): PlanValue => (y === null ? BLANK_YEAR_LABEL : y);
  const amount = (m: Money | null): PlanValue => (m === null ? null : moneyNumber(m));
  const rows: PlanRow[] = [
    { values: [APPROVABLE_CAPTION, header("year")], bold: true },
    { values: [header(tab.rowKey), ...tab.years.map(yearLabel), GRAND_TOTAL_LABEL], bold: true },
    ...tab.rowLabels.map((label, i) => ({ values: [label, ...tab.cells[i].map(amount), amount(tab.rowTotals[i])], moneyColumns: money })),
    { values: [GRAND_TOTAL_LABEL, ...tab.yearTotals.map(amount), amount(tab.total)], moneyColumns: money, bold: true },
  ];
  return {
    pivot: {
      name, top, rowKey: tab.rowKey, colKey: "year", values: [{ key: "approvable", summary: "sum", caption: APPROVABLE_CAPTION }],
      rowValues: tab.rowLabels, colValues: tab.years, height: rows.length, width,
    },
    rows,
  };
}

/**
 * Rows by 审核结论: several data fields side by side, as a spreadsheet lays them out (the 值 field on the
 * columns): 行数, 申请金额, 可核定金额, 待核实金额, 核减金额, one row per verdict, 合计.
 */
function verdictBlock(name: string, top: number, tab: VerdictTab): { pivot: PivotBlock; rows: PlanRow[] } {
  const money = VERDICT_SUM_KEYS.map((_, i) => i + 2);
  const rows: PlanRow[] = [
    { values: ["", VALUES_CAPTION], bold: true },
    { values: [header("verdict"), ...VERDICT_VALUES.map((v) => v.caption)], bold: true },
    ...tab.labels.map((label, i) => ({ values: [label, tab.counts[i], ...tab.sums[i].map(moneyNumber)], moneyColumns: money })),
    { values: [GRAND_TOTAL_LABEL, tab.total, ...tab.totalSums.map(moneyNumber)], moneyColumns: money, bold: true },
  ];
  return {
    pivot: {
      name, top, rowKey: "verdict", values: VERDICT_VALUES, rowValues: tab.labels, colValues: [],
      height: rows.length, width: VERDICT_VALUES.length + 1,
    },
    rows,
  };
}

/**
 * 可核定金额 by 事项 × 县区 for the years chosen in the page field 申报年度 (every year as written: the page
 * row says (全部)). The page row stands two rows above the table, as a spreadsheet puts it.
 */
function itemDistrictBlock(name: string, top: number, tab: ItemDistrictTab): { pivot: PivotBlock; rows: PlanRow[] } {
  const width = tab.colLabels.length + 2;
  const money = Array.from({ length: width - 1 }, (_, i) => i + 1);
  const amount = (m: Money | null): PlanValue => (m === null ? null : moneyNumber(m));
  const rows: PlanRow[] = [
    { values: [header("year"), ALL_ITEMS_LABEL], bold: true },
    { values: [] },
    { values: [APPROVABLE_CAPTION, header("district")], bold: true },
    { values: [header("itemName"), ...tab.colLabels, GRAND_TOTAL_LABEL], bold: true },
    ...tab.rowLabels.map((label, i) => ({ values: [label, ...tab.cells[i].map(amount), amount(tab.rowTotals[i])], moneyColumns: money })),
    { values: [GRAND_TOTAL_LABEL, ...tab.colTotals.map(amount), amount(tab.total)], moneyColumns: money, bold: true },
  ];
  return {
    pivot: {
      name, top: top + 2, rowKey: "itemName", colKey: "district", pageKey: "year",
      values: [{ key: "approvable", summary: "sum", caption: APPROVABLE_CAPTION }],
      rowValues: tab.rowLabels, colValues: tab.colLabels, pageValues: tab.years, height: rows.length - 2, width,
    },
    rows,
  };
}

/** Column A holds the pivots' row labels, item names among them: as wide as the longest item name. */
function sheetOf(rows: PlanRow[]): PlanSheet {
  return { name: SUMMARY_SHEET_NAME, rows, columnWidths: [ITEM_NAME_WIDTH, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16] };
}
