/**
 * The figures of 汇总's PivotTables over 审核明细 (REPORT.md "For managers"): 可核定金额 by 事项 × 年度 and by
 * 县区 × 年度, and the count of rows by 审核结果. Summed in decimal, so every figure equals the sum of its rows
 * to the 分. Both hosts write these same figures; the command line also writes them into the cells under its
 * pivot parts, so a viewer that does not refresh PivotTables still shows them.
 */
import { ZERO, type Money } from "../engine/money";
import type { Status } from "../engine/types";
import { ITEMS } from "../policy";
import { UNRECOGNISED_ITEM_LABEL, districtOrder, type DetailKey, type DetailRow } from "./detail";
import { STATUS_WORDS } from "./labels";

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

/** The count of rows by 审核结果, in the order 通过, 有警告, 有错误; results no row has are left out. */
export interface CountTab {
  readonly rowKey: "status";
  readonly labels: readonly string[];
  readonly counts: readonly number[];
  readonly total: number;
}

export interface DetailPivots {
  readonly byItem: CrossTab;
  readonly byDistrict: CrossTab;
  readonly byStatus: CountTab;
}

/** The 审核明细 column the cross tables sum. */
export const PIVOT_VALUE_KEY: DetailKey = "approvable";

export function detailPivots(rows: readonly DetailRow[]): DetailPivots {
  return {
    byItem: crossTab(rows, "itemName", itemOrder(rows)),
    byDistrict: crossTab(rows, "district", districtOrder(rows.map((r) => r.district))),
    byStatus: statusCounts(rows),
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

function crossTab(rows: readonly DetailRow[], rowKey: CrossTab["rowKey"], rowLabels: readonly string[]): CrossTab {
  const years = yearOrder(rows);
  const rowAt = new Map(rowLabels.map((l, i) => [l, i]));
  const yearAt = new Map(years.map((y, i) => [y, i]));
  const cells: (Money | null)[][] = rowLabels.map(() => years.map(() => null));
  for (const r of rows) {
    const i = rowAt.get(r[rowKey])!;
    const j = yearAt.get(r.year)!;
    cells[i][j] = (cells[i][j] ?? ZERO).plus(r.approvable);
  }
  const sum = (values: readonly (Money | null)[]) => values.reduce<Money>((t, v) => (v ? t.plus(v) : t), ZERO);
  return {
    rowKey,
    rowLabels,
    years,
    cells,
    rowTotals: cells.map(sum),
    yearTotals: years.map((_, j) => sum(cells.map((c) => c[j]))),
    total: rows.reduce<Money>((t, r) => t.plus(r.approvable), ZERO),
  };
}

function statusCounts(rows: readonly DetailRow[]): CountTab {
  const labels: string[] = [];
  const counts: number[] = [];
  for (const status of ["ok", "warning", "error"] as const satisfies readonly Status[]) {
    const n = rows.filter((r) => r.status === STATUS_WORDS[status]).length;
    if (n > 0) {
      labels.push(STATUS_WORDS[status]);
      counts.push(n);
    }
  }
  return { rowKey: "status", labels, counts, total: rows.length };
}
