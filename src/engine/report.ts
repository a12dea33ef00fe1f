/**
 * The JSON report, schema 1 (docs/spec/REPORT.md): one contract for every host. Field names and
 * formats here are read by other programs: add, never rename.
 */
import { EDITION, ITEMS, type ItemCode } from "../policy";
import { rateInForce } from "./amount";
import { refusedExplain, render, renderExplain, type Lang } from "./catalog";
import { templateHeader, type FieldKey } from "./columns";
import { severityOf, type Issue, type Origin } from "./issues";
import { centsOfResult, RowDraft } from "./evaluate";
import { centsOf, formatCents, formatMoney, moneyOfCents, ZERO, type Money } from "./money";
import type { CheckSettings, RowResult, Status, Verdict } from "./types";

export const REPORT_SCHEMA = 1;
export const TOOL_VERSION = "0.1.0";

export interface MessageJson {
  severity: "error" | "warning";
  code: string;
  column: string | null;
  clause: string | null;
  message: string;
  message_en: string;
  /** The earlier row the message points to (decision 21), its file as given on the command line. */
  first?: { file: string; row: number };
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
  // Added fields come after the first contract's, so its field order stays as it was.
  /** The claim, or the eligible amount where the claim is blank: requested = approvable + excess. */
  requested: string;
  explain_en: string;
  /** Decision 23 (rev. 3): 通过 approved, 核减 reduced, 不予支持 rejected, 待核实 review. */
  verdict: Verdict;
  /** What the row would approve once a fact is confirmed: requested = approvable + pending + excess. */
  pending: string;
}

export interface FileJson {
  path: string;
  sheet: string | null;
  headerRow: number | null;
  output: string | null;
  error: { code: string; message: string } | null;
  rows: RowJson[];
  /** Rev. 3: the file's own totals, the same shape as the batch's (`files` is 1). */
  totals: Totals;
  /**
   * Added: the other visible sheets of a checked file that hold an application table too, not checked (one
   * table a file, decision 22). Present only where there are some.
   */
  otherTables?: string[];
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
  requested: string;
  // Rev. 3 (decision 23): the pending amount and the counts by verdict.
  pending: string;
  approved: number;
  reduced: number;
  rejected: number;
  review: number;
}

/** How the report was made: the rates in force (a decimal fraction per rate item) and the history used. */
export interface SettingsJson {
  rates: Record<string, string>;
  /** `leftOut` (rev. 3, decision 27): entries of a year before the policy's, which count toward nothing. */
  history: { file: string; entries: number; leftOut?: number } | null;
}

export interface ReportJson {
  schema: number;
  tool: "lygip";
  version: string;
  policy: string;
  files: FileJson[];
  totals: Totals;
  checkedAt: string;
  settings: SettingsJson;
}

/** The names of the batch's files, by their place in it, as given on the command line. */
export type FileNameOf = (file: number) => string | undefined;

/** The header a message names: the file's own where the column exists, else the template's. */
export type HeaderOf = (field: FieldKey) => string | undefined;

/** The earlier row an issue points to, where it points to one. */
export function firstOf(issue: Issue): Origin | null {
  switch (issue.code) {
    case "DUPLICATE":
    case "ONE_TIME_ONLY":
      return issue.first === "history" ? null : issue.first;
    case "LOAN_MONTHS_USED":
    case "HELD_BY_ROW":
      return issue.first;
    case "CAP_EXCEEDED":
      // Decision 28: the first earlier row that used the cap.
      return issue.fromRows && issue.fromRows.length ? issue.fromRows[0] : null;
    default:
      return null;
  }
}

export function messageJson(issue: Issue, headerOf: HeaderOf, fileNameOf?: FileNameOf): MessageJson {
  const json: MessageJson = {
    severity: severityOf(issue),
    code: issue.code,
    column: issue.field ? headerOf(issue.field) ?? templateHeader(issue.field) : null,
    clause: issue.clause ?? null,
    message: render(issue, "zh"),
    message_en: render(issue, "en"),
  };
  const first = firstOf(issue);
  if (first) json.first = { file: fileNameOf?.(first.file) ?? first.fileName ?? "", row: first.row };
  return json;
}

export function rowJson(r: RowResult, headerOf: HeaderOf, fileNameOf?: FileNameOf): RowJson {
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
    eligible: formatCents(centsOfResult(r, "eligible")),
    approvable: formatCents(centsOfResult(r, "approvable")),
    excess: formatCents(centsOfResult(r, "excess")),
    explain: explainOf(r, "zh"),
    messages: r.issues.map((i) => messageJson(i, headerOf, fileNameOf)),
    requested: formatCents(centsOfResult(r, "requested")),
    explain_en: explainOf(r, "en"),
    verdict: r.verdict,
    pending: formatCents(centsOfResult(r, "pending")),
  };
}

/** The calculation; a refused row's says 核定 0 元 and why first, as its review note does (REPORT.md). */
function explainOf(r: RowResult, lang: Lang): string {
  return r.verdict === "rejected" ? refusedExplain(r, lang) : renderExplain(r.explain, lang);
}

/** Counts and sums over results (the report's totals; the pane and 汇总 show the same). */
export interface Summary extends Record<Verdict, number> {
  rows: number;
  ok: number;
  warning: number;
  error: number;
  /** Claims as typed; a blank claim adds nothing. */
  claimed: Money;
  /** requested = approvable + pending + excess, in every total as on every row. */
  requested: Money;
  approvable: Money;
  pending: Money;
  excess: Money;
}

/**
 * A Summary as a host's results show it (the task pane, the browser page): money formatted ("110000.00")
 * and 大写 for three amounts. Made by src/output's shownTotals; drawn by src/ui's Totals.
 */
export interface ShownTotals {
  readonly rows: number;
  readonly counts: Readonly<Record<Status, number>>;
  /** Rows by 审核结论 (decision 23). */
  readonly verdicts: Readonly<Record<Verdict, number>>;
  /** 申请金额 = 可核定 + 待核实 + 核减, as formatted money ("110000.00"); a blank claim requests its eligible amount. */
  readonly claimed: string;
  readonly approvable: string;
  readonly pending: string;
  /** 核减金额: what the review cuts (the engine's excess). */
  readonly excess: string;
  readonly approvableWords: string;
  readonly pendingWords: string;
  readonly excessWords: string;
}

export function summarise(results: readonly RowResult[]): Summary {
  const rows = results.length;
  const counts = { ok: 0, warning: 0, error: 0, approved: 0, reduced: 0, rejected: 0, review: 0 };
  let claimed = 0;
  let requested = 0;
  let approvable = 0;
  let pending = 0;
  let excess = 0;
  for (const r of results) {
    counts[r.status]++;
    counts[r.verdict]++;
    // A settled row holds its claim in 分 already (./rowCents); another host's result only its Money.
    if (r.claimed) claimed += r instanceof RowDraft ? r.claimedCents! : centsOf(r.claimed);
    requested += centsOfResult(r, "requested");
    approvable += centsOfResult(r, "approvable");
    pending += centsOfResult(r, "pending");
    excess += centsOfResult(r, "excess");
  }
  // In whole 分 while every sum stays below 2^53 (some 90 trillion 元); in decimal beyond.
  if ([claimed, requested, approvable, pending, excess].every(Number.isSafeInteger)) {
    return {
      rows, ...counts, claimed: moneyOfCents(claimed), requested: moneyOfCents(requested), approvable: moneyOfCents(approvable),
      pending: moneyOfCents(pending), excess: moneyOfCents(excess),
    };
  }
  return summariseInDecimal(results);
}

function summariseInDecimal(results: readonly RowResult[]): Summary {
  const s: Summary = {
    rows: 0, ok: 0, warning: 0, error: 0, approved: 0, reduced: 0, rejected: 0, review: 0,
    claimed: ZERO, requested: ZERO, approvable: ZERO, pending: ZERO, excess: ZERO,
  };
  for (const r of results) {
    s.rows++;
    s[r.status]++;
    s[r.verdict]++;
    if (r.claimed) s.claimed = s.claimed.plus(r.claimed);
    s.requested = s.requested.plus(r.requested);
    s.approvable = s.approvable.plus(r.approvable);
    if (!r.pending.isZero()) s.pending = s.pending.plus(r.pending);
    s.excess = s.excess.plus(r.excess);
  }
  return s;
}

export function totalsJson(files: number, s: Summary): Totals {
  return {
    files, rows: s.rows, ok: s.ok, warning: s.warning, error: s.error,
    claimed: formatMoney(s.claimed), approvable: formatMoney(s.approvable), excess: formatMoney(s.excess),
    requested: formatMoney(s.requested), pending: formatMoney(s.pending),
    approved: s.approved, reduced: s.reduced, rejected: s.rejected, review: s.review,
  };
}

/** The rate in force for every rate item (decision 2): the year's setting, else the clause's figure. */
export function ratesInForce(settings?: CheckSettings): Record<ItemCode, string> {
  const rates: Partial<Record<ItemCode, string>> = {};
  for (const item of ITEMS) if (item.rule.kind === "rate") rates[item.code] = rateInForce(item, settings).rate.toString();
  return rates as Record<ItemCode, string>;
}

export interface ReportMeta {
  /** When the check ran; default now. */
  readonly checkedAt?: Date;
  readonly settings?: CheckSettings;
  /** The history file as given, and how many entries it held. */
  readonly history?: { readonly file: string; readonly entries: number; readonly leftOut?: number } | null;
}

export function reportJson(files: FileJson[], summary: Summary, meta: ReportMeta = {}): ReportJson {
  return {
    schema: REPORT_SCHEMA, tool: "lygip", version: TOOL_VERSION, policy: EDITION.title,
    files, totals: totalsJson(files.length, summary),
    checkedAt: (meta.checkedAt ?? new Date()).toISOString(),
    settings: { rates: ratesInForce(meta.settings), history: meta.history ?? null },
  };
}
