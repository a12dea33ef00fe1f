/**
 * The figures of 汇总's PivotTables over 审核明细 (REPORT.md "For managers"): 可核定金额 by 事项 × 年度 and by
 * 县区 × 年度, 可核定金额 by 事项 × 县区 with 申报年度 as a page field, and the count and sums of rows by
 * 审核结论. Summed in decimal, so every figure equals the sum of its rows to the 分. Both hosts write these same figures; the command line also writes them into the cells under its
 * pivot parts, so a viewer that does not refresh PivotTables still shows them.
 */
import { ZERO, type Money } from "../engine/money";
import { VERDICTS } from "../engine/types";
import { ITEMS } from "../policy";
import { UNRECOGNISED_ITEM_LABEL, districtOrder, type DetailKey, type DetailRow } from "./detail";
import { MoneySum } from "./moneySum";
import { VERDICT_WORDS } from "./labels";

/** A sum of 可核定金额 with one field on the rows and 申报年度 across. */
export interface CrossTab {
  /** The 审核明细 column on the rows. */
  readonly rowKey: Extract<DetailKey, "itemName" | "district">;
  readonly rowLabels: readonly string[];
  /** The years present, ascending; null (an empty 申报年度) last. */
  readonly years: readonly (number | null)[];
  /** [row][year]: the sum of the crossing's rows; null where no row falls there (the pivot leaves it empty). */
  readonly cells: readonly (readonly (Money | null)[])[];
  readonly rowTotals: readonly Money[];
  readonly yearTotals: readonly Money[];
  readonly total: Money;
}

/** The money columns of 审核明细 a verdict's row adds up: 申请 = 可核定 + 待核实 + 核减 (decision 23). */
export const VERDICT_SUM_KEYS = ["requested", "approvable", "pending", "excess"] as const satisfies readonly DetailKey[];
export type VerdictSumKey = (typeof VERDICT_SUM_KEYS)[number];

/** Rows by 审核结论, in the order 通过, 核减, 不予支持, 待核实 (verdicts no row has are left out): their count and sums. */
export interface VerdictTab {
  readonly rowKey: "verdict";
  readonly labels: readonly string[];
  readonly counts: readonly number[];
  /** [label][VERDICT_SUM_KEYS index]. */
  readonly sums: readonly (readonly Money[])[];
  readonly total: number;
  readonly totalSums: readonly Money[];
}

/** 可核定金额 by 事项 (rows) × 县区 (columns), with 申报年度 as the page field: the figures are every year's. */
export interface ItemDistrictTab {
  readonly rowLabels: readonly string[];
  readonly colLabels: readonly string[];
  /** The years the figures add, ascending, an empty year last: what the page field offers. */
  readonly years: readonly (number | null)[];
  readonly cells: readonly (readonly (Money | null)[])[];
  readonly rowTotals: readonly Money[];
  readonly colTotals: readonly Money[];
  readonly total: Money;
}

export interface DetailPivots {
  readonly byItem: CrossTab;
  readonly byDistrict: CrossTab;
  readonly byVerdict: VerdictTab;
  readonly byItemDistrict: ItemDistrictTab;
}

/** The 审核明细 column the cross tables sum. */
export const PIVOT_VALUE_KEY: DetailKey = "approvable";

export function detailPivots(rows: readonly DetailRow[]): DetailPivots {
  const items = itemOrder(rows);
  const districts = districtOrder(rows.map((r) => r.district));
  return {
    byItem: crossTab(rows, "itemName", items),
    byDistrict: crossTab(rows, "district", districts),
    byVerdict: verdictTab(rows),
    byItemDistrict: itemDistrictTab(rows, items, districts),
  };
}

/** Items in the policy's order (clause order), an unrecognised item last. */
function itemOrder(rows: readonly DetailRow[]): string[] {
  const present = new Set(rows.map((r) => r.itemName));
  const order = ITEMS.map((i) => i.name).filter((n) => present.has(n));
  return present.has(UNRECOGNISED_ITEM_LABEL) ? [...order, UNRECOGNISED_ITEM_LABEL] : order;
}

/** Years ascending, an empty year last. */
export function yearOrder(rows: readonly DetailRow[]): (number | null)[] {
  const present = new Set(rows.map((r) => r.year));
  const years: (number | null)[] = [...present].filter((y): y is number => y !== null).sort((a, b) => a - b);
  return present.has(null) ? [...years, null] : years;
}

const sum = (values: readonly (Money | null)[]) => values.reduce<Money>((t, v) => (v ? t.plus(v) : t), ZERO);

function crossTab(rows: readonly DetailRow[], rowKey: CrossTab["rowKey"], rowLabels: readonly string[]): CrossTab {
  const years = yearOrder(rows);
  const rowAt = new Map(rowLabels.map((l, i) => [l, i]));
  const yearAt = new Map(years.map((y, i) => [y, i]));
  const sums: (MoneySum | null)[][] = rowLabels.map(() => years.map(() => null));
  const all = new MoneySum();
  for (const r of rows) {
    const i = rowAt.get(r[rowKey])!;
    const j = yearAt.get(r.year)!;
    (sums[i][j] ??= new MoneySum()).add(r, "approvable");
    all.add(r, "approvable");
  }
  const cells = valuesOf(sums);
  return {
    rowKey,
    rowLabels,
    years,
    cells,
    rowTotals: cells.map(sum),
    yearTotals: years.map((_, j) => sum(cells.map((c) => c[j]))),
    total: all.value,
  };
}

function itemDistrictTab(rows: readonly DetailRow[], rowLabels: readonly string[], colLabels: readonly string[]): ItemDistrictTab {
  const rowAt = new Map(rowLabels.map((l, i) => [l, i]));
  const colAt = new Map(colLabels.map((l, i) => [l, i]));
  const sums: (MoneySum | null)[][] = rowLabels.map(() => colLabels.map(() => null));
  const all = new MoneySum();
  for (const r of rows) {
    const i = rowAt.get(r.itemName)!;
    const j = colAt.get(r.district)!;
    (sums[i][j] ??= new MoneySum()).add(r, "approvable");
    all.add(r, "approvable");
  }
  const cells = valuesOf(sums);
  return {
    rowLabels,
    colLabels,
    years: yearOrder(rows),
    cells,
    rowTotals: cells.map(sum),
    colTotals: colLabels.map((_, j) => sum(cells.map((c) => c[j]))),
    total: all.value,
  };
}

/** The sums of a table's cells, an empty cell (no row) left null. */
function valuesOf(sums: readonly (readonly (MoneySum | null)[])[]): (Money | null)[][] {
  return sums.map((row) => row.map((s) => (s ? s.value : null)));
}

/** The sum of one amount over rows. */
function sumOf(rows: readonly DetailRow[], key: (typeof VERDICT_SUM_KEYS)[number]): Money {
  const total = new MoneySum();
  for (const r of rows) total.add(r, key);
  return total.value;
}

function verdictTab(rows: readonly DetailRow[]): VerdictTab {
  const labels: string[] = [];
  const counts: number[] = [];
  const sums: Money[][] = [];
  for (const verdict of VERDICTS) {
    const mine = rows.filter((r) => r.verdict === VERDICT_WORDS[verdict]);
    if (mine.length === 0) continue;
    labels.push(VERDICT_WORDS[verdict]);
    counts.push(mine.length);
    sums.push(VERDICT_SUM_KEYS.map((k) => sumOf(mine, k)));
  }
  return {
    rowKey: "verdict", labels, counts, sums, total: rows.length,
    totalSums: VERDICT_SUM_KEYS.map((_, k) => sum(sums.map((s) => s[k]))),
  };
}
