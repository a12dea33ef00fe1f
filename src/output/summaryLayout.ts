/**
 * The sheet 汇总 for managers (REPORT.md "For managers"): three PivotTables over 审核明细 — 可核定金额 by
 * 事项 × 年度 and by 县区 × 年度, and rows by 审核结果 — each laid out in the cells exactly as a spreadsheet
 * shows it after refreshing (tabular form, a 合计 row and column), so a viewer that does not refresh shows
 * the same figures; and two column charts of 可核定金额, by 事项 and by 县区, over the pivots' totals.
 * Pure data: the xlsx writer turns it into pivot, drawing and chart parts.
 */
import { EDITION } from "../policy";
import type { Money } from "../engine/money";
import { DETAIL_COLUMNS, ITEM_NAME_WIDTH, type DetailKey, type DetailRow } from "./detail";
import { SUMMARY_SHEET_NAME } from "./labels";
import { moneyNumber } from "./moneyNumber";
import { neutralise } from "./neutralise";
import { detailPivots, type CountTab, type CrossTab } from "./pivots";
import { toChineseMoney } from "./rmb";
import type { PlanRow, PlanSheet, PlanValue } from "./types";

/** What a spreadsheet calls an empty 申报年度 on a pivot axis. */
export const BLANK_YEAR_LABEL = "（空白）";
export const GRAND_TOTAL_LABEL = "合计";
export const APPROVABLE_CAPTION = "可核定金额（元）";
export const COUNT_CAPTION = "行数";

export interface PivotBlock {
  /** The PivotTable's name, unique in the workbook. */
  readonly name: string;
  /** 1-based row of the pivot's top-left cell; it starts in column A. */
  readonly top: number;
  readonly rowKey: DetailKey;
  readonly colKey?: DetailKey;
  readonly valueKey: DetailKey;
  /** Sum of money, or count of rows. */
  readonly summary: "sum" | "count";
  readonly valueCaption: string;
  /** The row field's values in their order, as the cache's shared items hold them. */
  readonly rowValues: readonly (string | number | null)[];
  readonly colValues: readonly (string | number | null)[];
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

/** Rows of the default height (15 points, 0.53 cm) a chart `height` cm tall covers, with room below. */
const rowsFor = (height: number) => Math.ceil(height / 0.53) + 3;

export function summaryLayout(rows: readonly DetailRow[], fileLabels: readonly string[]): SummaryLayout {
  const figures = detailPivots(rows);
  const total = rows.reduce<Money | null>((t, r) => (t ? t.plus(r.approvable) : r.approvable), null);
  const cells: PlanRow[] = [
    { values: ["知识产权资助申报审核汇总"], bold: true },
    { values: [`政策依据：${EDITION.title}《${EDITION.name}》`] },
    { values: [`申报文件：${fileLabels.map(neutralise).join("、")}`] },
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

  const byItem = place("按支持事项、申报年度：可核定金额（元）", (top) => crossBlock("lygip事项年度", top, figures.byItem));
  const byDistrict = place("按所属县区、申报年度：可核定金额（元）", (top) => crossBlock("lygip县区年度", top, figures.byDistrict));
  place("按审核结果：行数", (top) => countBlock("lygip审核结果", top, figures.byStatus));

  // The charts below the pivots, each starting a printed page, over each cross table's 合计 column. The
  // chart by item is the wider: its labels are the items' names.
  let anchor = cells.length + 2;
  const pageBreaks: number[] = [];
  for (const [pivot, tab, title, width, height] of [
    [byItem, figures.byItem, "可核定金额（元）：按支持事项", 26, 14],
    [byDistrict, figures.byDistrict, "可核定金额（元）：按所属县区", 20, 11],
  ] as const) {
    pageBreaks.push(anchor);
    charts.push({
      title,
      firstRow: pivot.top + 2,
      lastRow: pivot.top + 1 + tab.rowLabels.length,
      valueCol: pivot.width - 1,
      categories: tab.rowLabels,
      values: tab.rowTotals.map(moneyNumber),
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
    ["status", figures.byStatus.labels],
  ]);
  return { sheet: { ...sheetOf(cells), pageBreaks }, pivots, charts, sharedItems };
}

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
      name, top, rowKey: tab.rowKey, colKey: "year", valueKey: "approvable", summary: "sum", valueCaption: APPROVABLE_CAPTION,
      rowValues: tab.rowLabels, colValues: tab.years, height: rows.length, width,
    },
    rows,
  };
}

/** Rows by 审核结果: the field and 行数, one row per result, 合计. */
function countBlock(name: string, top: number, tab: CountTab): { pivot: PivotBlock; rows: PlanRow[] } {
  const rows: PlanRow[] = [
    { values: [header("status"), COUNT_CAPTION], bold: true },
    ...tab.labels.map((label, i) => ({ values: [label, tab.counts[i]] })),
    { values: [GRAND_TOTAL_LABEL, tab.total], bold: true },
  ];
  return {
    pivot: {
      name, top, rowKey: "status", valueKey: "row", summary: "count", valueCaption: COUNT_CAPTION,
      rowValues: tab.labels, colValues: [], height: rows.length, width: 2,
    },
    rows,
  };
}

/** Column A holds the pivots' row labels, item names among them: as wide as the longest item name. */
function sheetOf(rows: PlanRow[]): PlanSheet {
  return { name: SUMMARY_SHEET_NAME, rows, columnWidths: [ITEM_NAME_WIDTH, 16, 16, 16, 16, 16, 16, 16] };
}
