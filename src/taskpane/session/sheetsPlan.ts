/**
 * Where a check's and 生成汇总's sheets go, decided without Office (session/records.ts's rules): each in
 * the place of the earlier check's sheet of its kind where the record vouches for it, else under a free
 * name; and the record's line for each sheet written from a plan, its digest taken from the values written
 * (output/rowsDigest.ts), which is the digest the command line takes of the same cells.
 */
import { rowsDigest, type OwnedSheet } from "../../check";
import type { AnnotationPlan } from "../../output";
import type { WorkbookData } from "./ports";
import { placeSheet, sheetClaims, type PlacedSheet, type SheetClaims } from "./records";
import type { SummaryPlan } from "./summaryPlan";

/** 生成汇总's two sheets: 审核明细 written from its plan, 汇总 digested as Excel lays its PivotTables out. */
export interface SummarySheets {
  readonly detail: PlacedSheet;
  readonly summary: PlacedSheet;
  /** The name of 审核明细's Excel table: the plan's, unless a table that stays has it. */
  readonly table: string;
  /** The names of 汇总's PivotTables by the plan's: the plan's, unless one on a sheet that stays has it. */
  readonly pivots: ReadonlyMap<string, string>;
  /** 审核明细's line of the record. */
  readonly written: OwnedSheet;
}

export interface CheckSheets {
  readonly claims: SheetClaims;
  readonly issues: PlacedSheet;
  /** The plain 汇总; absent when 生成汇总's sheets follow the check. */
  readonly summary?: PlacedSheet;
  /** 生成汇总's sheets, when the record vouches for an earlier 审核明细: they follow the check. */
  readonly managers?: SummarySheets;
  /** The record's lines for the sheets written from the plan. */
  readonly written: readonly OwnedSheet[];
}

/**
 * A check's sheets. `summaryOf` gives 生成汇总's plan, asked for only when its sheets follow the check (the
 * record vouches for a 审核明细 of an earlier 生成汇总 or command-line check).
 */
export function checkSheets(data: WorkbookData, plan: AnnotationPlan, summaryOf: () => SummaryPlan): CheckSheets {
  const claims = sheetClaims(data, plan.sheet);
  const issues = placeSheet(data, claims, "issues", plan.issueSheet.name);
  const written: OwnedSheet[] = [{ role: "issues", name: issues.name, sha256: rowsDigest(plan.issueSheet.rows.map((r) => r.values)) }];
  if (claims.owned.has("detail")) {
    const managers = summarySheets(data, claims, summaryOf(), [issues]);
    return { claims, issues, managers, written: [...written, managers.written] };
  }
  const summary = placeSheet(data, claims, "summary", plan.summarySheet.name, [issues]);
  written.push({ role: "summary", name: summary.name, sha256: rowsDigest(plan.summarySheet.rows.map((r) => r.values)) });
  return { claims, issues, summary, written };
}

/** 生成汇总's sheets: 汇总 placed first, as it is deleted first (its PivotTables read 审核明细). */
export function summarySheets(data: WorkbookData, claims: SheetClaims, plan: SummaryPlan, placed: readonly PlacedSheet[] = []): SummarySheets {
  const summary = placeSheet(data, claims, "summary", plan.sheet, placed);
  const detail = placeSheet(data, claims, "detail", plan.detail.sheet, [...placed, summary]);
  const sha256 = rowsDigest([plan.detail.headers, ...plan.detail.rows]);
  // A table's name is the workbook's: one on a sheet that stays (an earlier 审核明细 not ours) keeps it.
  const going = new Set([summary.replaces, detail.replaces, ...placed.map((p) => p.replaces)]);
  const table = freeName(plan.detail.table, data.tables.filter((t) => !going.has(t.sheet)).map((t) => t.name));
  // So is a PivotTable's, to Excel's API (a slicer names its PivotTable): one on a 汇总 that stays keeps it.
  const staying = (data.pivots ?? []).filter((p) => !going.has(p.sheet)).map((p) => p.name);
  const pivots = new Map(plan.pivots.map((p) => [p.name, freeName(p.name, staying)]));
  return { detail, summary, table, pivots, written: { role: "detail", name: detail.name, sha256 } };
}

/** `wanted`, or `wanted2`, `wanted3` … where a name that stays has it (compared without case). */
function freeName(wanted: string, taken: readonly string[]): string {
  const names = new Set(taken.map((n) => n.toLowerCase()));
  let name = wanted;
  for (let n = 2; names.has(name.toLowerCase()); n++) name = `${wanted}${n}`;
  return name;
}
