/**
 * The JSON report, schema 1 (docs/spec/REPORT.md): one contract for every host. Field names and
 * formats here are read by other programs: add, never rename.
 */
import { EDITION } from "../policy";
import { render } from "./catalog";
import { templateHeader, type FieldKey } from "./columns";
import { severityOf, type Issue } from "./issues";
import { formatMoney, ZERO, type Money } from "./money";
import type { RowResult } from "./types";

export const REPORT_SCHEMA = 1;
export const TOOL_VERSION = "0.1.0";

export interface MessageJson {
  severity: "error" | "warning";
  code: string;
  column: string | null;
  clause: string | null;
  message: string;
  message_en: string;
}

export interface RowJson {
  row: number;
  unit: string | null;
  unitKey: string;
  creditCode: string | null;
  district: string | null;
  year: number | null;
  item: string | null;
  clause: string | null;
  status: "ok" | "warning" | "error";
  claimed: string | null;
  eligible: string;
  approvable: string;
  excess: string;
  explain: string;
  messages: MessageJson[];
}

export interface FileJson {
  path: string;
  sheet: string | null;
  headerRow: number | null;
  output: string | null;
  error: { code: string; message: string } | null;
  rows: RowJson[];
}

export interface Totals {
  files: number;
  rows: number;
  ok: number;
  warning: number;
  error: number;
  claimed: string;
  approvable: string;
  excess: string;
}

export interface ReportJson {
  schema: number;
  tool: "lygip";
  version: string;
  policy: string;
  files: FileJson[];
  totals: Totals;
}

/** The header a message names: the file's own where the column exists, else the template's. */
export type HeaderOf = (field: FieldKey) => string | undefined;

export function messageJson(issue: Issue, headerOf: HeaderOf): MessageJson {
  return {
    severity: severityOf(issue),
    code: issue.code,
    column: issue.field ? headerOf(issue.field) ?? templateHeader(issue.field) : null,
    clause: issue.clause ?? null,
    message: render(issue, "zh"),
    message_en: render(issue, "en"),
  };
}

export function rowJson(r: RowResult, headerOf: HeaderOf): RowJson {
  return {
    row: r.ref.row,
    unit: r.input.unit,
    unitKey: r.unitKey,
    creditCode: r.input.creditCode,
    district: r.input.district,
    year: r.input.year,
    item: r.item?.code ?? null,
    clause: r.item?.clause ?? null,
    status: r.status,
    claimed: r.claimed === null ? null : formatMoney(r.claimed),
    eligible: formatMoney(r.eligible),
    approvable: formatMoney(r.approvable),
    excess: formatMoney(r.excess),
    explain: r.explain,
    messages: r.issues.map((i) => messageJson(i, headerOf)),
  };
}

/** Counts and sums over results (the report's totals; the pane and 汇总 show the same). */
export interface Summary {
  rows: number;
  ok: number;
  warning: number;
  error: number;
  claimed: Money;
  approvable: Money;
  excess: Money;
}

export function summarise(results: readonly RowResult[]): Summary {
  const s: Summary = { rows: 0, ok: 0, warning: 0, error: 0, claimed: ZERO, approvable: ZERO, excess: ZERO };
  for (const r of results) {
    s.rows++;
    s[r.status]++;
    if (r.claimed) s.claimed = s.claimed.plus(r.claimed);
    s.approvable = s.approvable.plus(r.approvable);
    s.excess = s.excess.plus(r.excess);
  }
  return s;
}

export function totalsJson(files: number, s: Summary): Totals {
  return {
    files, rows: s.rows, ok: s.ok, warning: s.warning, error: s.error,
    claimed: formatMoney(s.claimed), approvable: formatMoney(s.approvable), excess: formatMoney(s.excess),
  };
}

export function reportJson(files: FileJson[], summary: Summary): ReportJson {
  return {
    schema: REPORT_SCHEMA, tool: "lygip", version: TOOL_VERSION, policy: EDITION.title,
    files, totals: totalsJson(files.length, summary),
  };
}
