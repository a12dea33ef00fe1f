/**
 * 生成汇总, decided without Office: the 审核明细 sheet (the same rows and columns the command line writes,
 * from src/output/detail.ts), and on 汇总 four PivotTables over its table (事项 × 年度, 县区 × 年度, rows and
 * amounts by 审核结论, 事项 × 县区 filtered by 申报年度), two charts of 可核定金额 (by 事项 as horizontal bars,
 * by 县区 as columns, each titled with its years) over the figures of src/output/pivots.ts, and slicers.
 * The adapter (src/taskpane/excel/summary.ts) only renders this.
 *
 * Placement: the PivotTables stand side by side from row 3, each with its title on row 1, so a PivotTable
 * that grows on refresh (more items) grows downward into empty cells, never into its neighbour; the chart
 * figures and the charts start below the tallest of them.
 */
import {
  DETAIL_COLUMNS, DETAIL_SHEET_NAME, DETAIL_TABLE_NAME, detailValues, type DetailKey, type DetailRow,
  SUMMARY_SHEET_NAME, moneyNumber, detailPivots, type CrossTab, type PlanValue, PIVOT_NAMES, VERDICT_VALUES, yearsCaption,
  cellAddress as cell,
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

export { PIVOT_NAMES };
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
  const approvable: PivotData = { field: header("approvable"), summarizeBy: "Sum", name: "可核定金额（元）", numberFormat: MONEY_FORMAT };
  const pivots: PivotPlan[] = [
    {
      name: PIVOT_NAMES.byItem, title: "可核定金额（元）：事项 × 年度", titleCell: cell(1, itemCol), anchor: cell(3, itemCol),
      rows: header("itemName"), columns: header("year"), data: [approvable],
    },
    {
      name: PIVOT_NAMES.byDistrict, title: "可核定金额（元）：县区 × 年度", titleCell: cell(1, districtCol), anchor: cell(3, districtCol),
      rows: header("district"), columns: header("year"), data: [approvable],
    },
    {
      name: PIVOT_NAMES.byVerdict, title: "行数与金额（元）：审核结论", titleCell: cell(1, verdictCol), anchor: cell(3, verdictCol),
      rows: header("verdict"),
      data: VERDICT_VALUES.map((v) => v.summary === "count"
        ? { field: header(v.key), summarizeBy: "Count", name: v.caption, numberFormat: COUNT_FORMAT }
        : { field: header(v.key), summarizeBy: "Sum", name: v.caption, numberFormat: MONEY_FORMAT }),
    },
    {
      // The page field takes the two rows above the anchor (the filter and a blank row), under the title.
      name: PIVOT_NAMES.byItemDistrict, title: `可核定金额（元）：事项 × 县区，${yearsCaption(figures.byItemDistrict.years)}（可按申报年度筛选）`,
      titleCell: cell(1, itemDistrictCol), anchor: cell(5, itemDistrictCol),
      rows: header("itemName"), columns: header("district"), filters: header("year"), data: [approvable],
    },
  ];

  const below = 3 + Math.max(crossHeight(figures.byItem), crossHeight(figures.byDistrict), verdictHeight, 2 + crossHeight(figures.byItemDistrict)) + 2;
  const amount = header("approvable") + "（元）";
  const itemFigures = figures.byItem.rowLabels.map((l, i) => [l, moneyNumber(figures.byItem.rowTotals[i])] as const);
  const districtFigures = figures.byDistrict.rowLabels.map((l, i) => [l, moneyNumber(figures.byDistrict.rowTotals[i])] as const);
  // Horizontal bars need a row of height per item to keep each long name on its line.
  const itemChartRows = Math.max(CHART_ROWS, itemFigures.length * 2 + 4);
  const districtAt = Math.max(below + itemFigures.length + 3, below + itemChartRows + 2);
  const yearsText = yearsCaption(figures.byItem.years);
  const charts: ChartPlan[] = [
    {
      title: `可核定金额（元）按事项，${yearsText}`, at: cell(below, 0), header: [header("itemName"), amount], figures: itemFigures,
      horizontal: true, from: cell(below, 3), to: cell(below + itemChartRows - 1, 3 + CHART_COLUMNS),
    },
    {
      title: `可核定金额（元）按县区，${yearsText}`, at: cell(districtAt, 0), header: [header("district"), amount], figures: districtFigures,
      horizontal: false, from: cell(districtAt, 3), to: cell(districtAt + CHART_ROWS - 1, 3 + CHART_COLUMNS),
    },
  ];

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
