/**
 * APPROVE: each row's approvable amount after the running annual caps, rows taken in sheet order
 * (MEASURES.md decisions 7–8), by the engine's approveInOrder.
 *
 * A row that cannot be read gets its own #VALUE! cell and, being ineligible, uses none of the cap
 * (decision 8); an entirely empty row (the tail of a range longer than the data) gets an empty cell.
 */
import { approveInOrder } from "../engine/caps";
import type { Issue } from "../engine/issues";
import { ZERO, type Money } from "../engine/money";
import { unitKeyOf } from "../engine/unit";
import { EDITION, type ItemCode } from "../policy";
import { isBlank, readMoney, readText, type CellArg } from "./args";
import { readItem } from "./award";
import { APPROVE_ARGS } from "./argWords";
import { invalid, success, type FnFailure, type FnResult } from "./result";

export type ApproveCell = number | string | FnFailure;

type Row = { readonly unitKey: string; readonly year: number; readonly item: ItemCode; readonly requested: Money };

/** A range as a list of cells, row by row: a column, a row or a block all read in sheet order. */
function cellsOf(range: CellArg[][] | CellArg | null | undefined): CellArg[] {
  if (!Array.isArray(range)) return [range as CellArg];
  return range.flatMap((r) => (Array.isArray(r) ? r : [r]));
}

/** 2026, 2026.0, "2026", "2026年", "2026年度" within the policy's application years. */
function readYear(value: CellArg): { ok: true; value: number } | { ok: false; issue: Issue } {
  const text = readText(value);
  if (text === null) return { ok: false, issue: { code: "MISSING_VALUE", field: "year" } };
  const m = /^(\d{4})(?:\.0+)?(?:年度?)?$/.exec(text);
  if (!m) return { ok: false, issue: { code: "BAD_YEAR", field: "year", found: text, problem: "unreadable" } };
  const year = Number(m[1]);
  if (year < EDITION.firstYear || year > EDITION.lastYear) {
    return { ok: false, issue: { code: "BAD_YEAR", field: "year", found: text, problem: "out-of-range" } };
  }
  return { ok: true, value: year };
}

function readRow(unit: CellArg, year: CellArg, item: CellArg, requested: CellArg): Row | Issue[] {
  const issues: Issue[] = [];
  const unitText = readText(unit);
  if (unitText === null) issues.push({ code: "MISSING_VALUE", field: "unit" });
  const y = readYear(year);
  if (!y.ok) issues.push(y.issue);
  const it = readItem(item);
  if (!it.ok) issues.push(it.issue);
  const clause = it.ok ? it.value.clause : undefined;
  // A blank request asks for nothing; a desktop blank arrives as 0 and means the same.
  const req = readMoney(requested, "claimed", clause);
  if (!req.ok) issues.push(req.issue);
  if (issues.length || !y.ok || !it.ok || !req.ok) return issues;
  // The unit column may hold names or credit codes: a valid code keys by the code, anything else by the name.
  return { unitKey: unitKeyOf(unitText, unitText), year: y.value, item: it.value.code, requested: req.value ?? ZERO };
}

export function approve(
  units: CellArg[][] | CellArg,
  years: CellArg[][] | CellArg,
  items: CellArg[][] | CellArg,
  requested: CellArg[][] | CellArg,
): FnResult<ApproveCell[][]> {
  const columns = [cellsOf(units), cellsOf(years), cellsOf(items), cellsOf(requested)];
  const lengths = columns.map((c) => c.length);
  if (new Set(lengths).size > 1) {
    return invalid(`四个区域的单元格数不一致（单位 ${lengths[0]}、年度 ${lengths[1]}、事项 ${lengths[2]}、申请金额 ${lengths[3]}）；请选择行数相同的区域`);
  }
  const [u, y, it, req] = columns;
  const out: ApproveCell[] = [];
  const rows: Row[] = [];
  const rowAt: number[] = [];
  for (let i = 0; i < u.length; i++) {
    if ([u[i], y[i], it[i], req[i]].every((v) => isBlank(v) || v === 0)) {
      out.push("");
      continue;
    }
    const row = readRow(u[i], y[i], it[i], req[i]);
    if (Array.isArray(row)) {
      out.push(invalid(`区域第 ${i + 1} 行：${invalid(row, APPROVE_ARGS).message}`));
      continue;
    }
    out.push(0);
    rows.push(row);
    rowAt.push(i);
  }
  const approved = approveInOrder(rows);
  approved.forEach((amount, k) => (out[rowAt[k]] = amount.toNumber()));
  return success(out.map((cell) => [cell]));
}
