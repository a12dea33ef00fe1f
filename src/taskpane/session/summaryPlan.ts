/**
 * 生成汇总, decided without Office: the 审核明细 sheet (the same rows and columns the command line writes,
 * from src/output/detail.ts), and on 汇总 the one layout every host writes (src/output/summaryLayout.ts):
 * its four PivotTables over 审核明细 — their names, titles, fields and data fields — and its two charts of
 * 可核定金额 with their titles and figures, plus slicers. The adapter (src/taskpane/excel/summary.ts) only
 * renders this.
 *
 * Placement is the pane's own: a live PivotTable grows on refresh (more items), so in Excel they stand side
 * by side from row 3, each with its title on row 1, and grow downward into empty cells, never into a
 * neighbour (the file's copy stacks them, its cells filled as a viewer shows them); the chart figures and
 * the charts start below the tallest of them.
 */
import {
  DETAIL_COLUMNS, DETAIL_SHEET_NAME, DETAIL_TABLE_NAME, detailValues, type DetailKey, type DetailRow,
  SUMMARY_SHEET_NAME, detailPivots, type CrossTab, type PlanValue, PIVOT_NAMES, PIVOT_TITLES, VERDICT_VALUES, summaryLayout,
  type PivotBlock, cellAddress as cell,
} from "../../output";

export const MONEY_FORMAT = "#,##0.00";
const COUNT_FORMAT = "0";

export interface DetailSheetPlan {
  readonly sheet: string;
  readonly table: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly PlanValue[])[];
  /** One number format per column: money `#,##0.00`, whole numbers `0`, text General. */
  readonly formats: readonly string[];
  /** Column widths in characters. */
  readonly widths: readonly number[];
}

export interface PivotPlan {
  readonly name: string;
  readonly title: string;
  /** Where the title goes and where the PivotTable's top-left cell is ("A1", "A3"). */
  readonly titleCell: string;
  readonly anchor: string;
  /** Headers of 审核明细 on the row and column axes. */
  readonly rows: string;
  readonly columns?: string;
  /** A header of 审核明细 on the filter axis (the page field): 申报年度. */
  readonly filters?: string;
  /** Each field summed or counted, how, the data hierarchy's name (never a field's own name) and its format. */
  readonly data: readonly PivotData[];
}

export interface PivotData {
  readonly field: string;
  readonly summarizeBy: "Sum" | "Count";
  readonly name: string;
  readonly numberFormat: string;
}

/** A block of figures a chart is drawn from, and the chart's place. */
export interface ChartPlan {
  readonly title: string;
  /** Top-left cell of the figures: a header row, then one row per label. */
  readonly at: string;
  readonly header: readonly [string, string];
  readonly figures: readonly (readonly [string, number])[];
  /** Bars across, for long labels (the items' names), rather than columns. */
  readonly horizontal: boolean;
  /** Cells the chart covers, top-left and bottom-right. */
  readonly from: string;
  readonly to: string;
}

export interface SlicerPlan {
  /** The PivotTable it filters and the 审核明细 header it filters by. */
  readonly pivot: string;
  readonly field: string;
  readonly caption: string;
}

export interface SummaryPlan {
  readonly detail: DetailSheetPlan;
  readonly sheet: string;
  readonly pivots: readonly PivotPlan[];
  readonly charts: readonly ChartPlan[];
  readonly slicers: readonly SlicerPlan[];
  /** A cell right of the PivotTables, on their first row: where the slicers are put. */
  readonly slicerAnchor: string;
}

const header = (key: DetailKey) => DETAIL_COLUMNS.find((c) => c.key === key)!.header;

/** Rows of a chart: 15 rows of the default height are about 300 points, tall enough to read its labels. */
const CHART_ROWS = 16;
const CHART_COLUMNS = 7;

export function planSummary(rows: readonly DetailRow[]): SummaryPlan {
  const figures = detailPivots(rows);
  const years = figures.byItem.years.length;
  // Compact layout: a caption row and a header row above the labels, a grand-total row below; a row-label
  // column, one column per year and a total column.
  const crossWidth = years + 2;
  const crossHeight = (t: Pick<CrossTab, "rowLabels">) => t.rowLabels.length + 3;
  // The 值 caption row, the header row, one row per verdict, 合计.
  const verdictHeight = figures.byVerdict.labels.length + 3;
  // 事项 × 县区 under its page field (two rows above the table): a column per district and a total column.
  const itemDistrictWidth = figures.byItemDistrict.colLabels.length + 2;

  const itemCol = 0;
  const districtCol = itemCol + crossWidth + 1;
  const verdictCol = districtCol + crossWidth + 1;
  const itemDistrictCol = verdictCol + VERDICT_VALUES.length + 2;
  // Names, fields, data fields and chart figures from the one layout; only where they stand is decided here.
  const layout = summaryLayout(rows, []);
  const place: Record<string, { title: string; col: number; anchorRow: number }> = {
    [PIVOT_NAMES.byItem]: { title: PIVOT_TITLES.byItem, col: itemCol, anchorRow: 3 },
    [PIVOT_NAMES.byDistrict]: { title: PIVOT_TITLES.byDistrict, col: districtCol, anchorRow: 3 },
    [PIVOT_NAMES.byVerdict]: { title: PIVOT_TITLES.byVerdict, col: verdictCol, anchorRow: 3 },
    // The page field takes the two rows above the anchor (the filter and a blank row), under the title.
    [PIVOT_NAMES.byItemDistrict]: { title: PIVOT_TITLES.byItemDistrict(figures.byItemDistrict.years), col: itemDistrictCol, anchorRow: 5 },
  };
  const pivots = layout.pivots.map((p) => pivotPlan(p, place[p.name]!));

  const below = 3 + Math.max(crossHeight(figures.byItem), crossHeight(figures.byDistrict), verdictHeight, 2 + crossHeight(figures.byItemDistrict)) + 2;
  const amount = header("approvable") + "（元）";
  const [itemChart, districtChart] = layout.charts;
  const figuresOf = (c: (typeof layout.charts)[number] | undefined) => (c ? c.categories.map((l, i) => [l, c.values[i]!] as const) : []);
  const itemFigures = figuresOf(itemChart);
  const districtFigures = figuresOf(districtChart);
  // Horizontal bars need a row of height per item to keep each long name on its line.
  const itemChartRows = Math.max(CHART_ROWS, itemFigures.length * 2 + 4);
  const districtAt = Math.max(below + itemFigures.length + 3, below + itemChartRows + 2);
  const charts: ChartPlan[] = [];
  if (itemChart) {
    charts.push({
      title: itemChart.title, at: cell(below, 0), header: [header("itemName"), amount], figures: itemFigures,
      horizontal: itemChart.horizontal, from: cell(below, 3), to: cell(below + itemChartRows - 1, 3 + CHART_COLUMNS),
    });
  }
  if (districtChart) {
    charts.push({
      title: districtChart.title, at: cell(districtAt, 0), header: [header("district"), amount], figures: districtFigures,
      horizontal: districtChart.horizontal, from: cell(districtAt, 3), to: cell(districtAt + CHART_ROWS - 1, 3 + CHART_COLUMNS),
    });
  }

  return {
    detail: {
      sheet: DETAIL_SHEET_NAME,
      table: DETAIL_TABLE_NAME,
      headers: DETAIL_COLUMNS.map((c) => c.header),
      rows: rows.map(detailValues),
      formats: DETAIL_COLUMNS.map((c) => (c.kind === "money" ? MONEY_FORMAT : c.kind === "integer" ? COUNT_FORMAT : "General")),
      widths: DETAIL_COLUMNS.map((c) => c.width),
    },
    sheet: SUMMARY_SHEET_NAME,
    pivots,
    charts,
    slicers: [
      { pivot: PIVOT_NAMES.byItem, field: header("district"), caption: header("district") },
      { pivot: PIVOT_NAMES.byItem, field: header("verdict"), caption: header("verdict") },
    ],
    slicerAnchor: cell(3, itemDistrictCol + itemDistrictWidth + 1),
  };
}

/** A PivotTable of the layout, where the pane puts it: its fields by 审核明细's headers. */
function pivotPlan(p: PivotBlock, at: { title: string; col: number; anchorRow: number }): PivotPlan {
  return {
    name: p.name, title: at.title, titleCell: cell(1, at.col), anchor: cell(at.anchorRow, at.col),
    rows: header(p.rowKey),
    ...(p.colKey ? { columns: header(p.colKey) } : {}),
    ...(p.pageKey ? { filters: header(p.pageKey) } : {}),
    data: p.values.map((v) => v.summary === "count"
      ? { field: header(v.key), summarizeBy: "Count", name: v.caption, numberFormat: COUNT_FORMAT }
      : { field: header(v.key), summarizeBy: "Sum", name: v.caption, numberFormat: MONEY_FORMAT }),
  };
}
