/**
 * The batch check: every row on its own, then the cross-row rules in order (MEASURES.md decisions 4–13):
 * who each unit is, duplicates and awards paid once, the parts of a loan and its two years, the full tens
 * of a unit, then the annual caps with running totals. Files are taken in the order given, rows top to
 * bottom.
 */
import { CAP_GROUPS, type ItemCode } from "../policy";
import { markDuplicateReferences, markOnceAwards, type KeyedHistory } from "./awards";
import { isIneligible, originMaker, type BatchContext } from "./batchRules";
import { CapLedger } from "./caps";
import { evaluateRow, type RowDraft } from "./evaluate";
import { countFullTens } from "./fullTens";
import { severityOf, type Issue } from "./issues";
import { countLoanParts, markTwoYear } from "./loans";
import { formatMoney, ZERO, type Money } from "./money";
import type { CheckSettings, ClaimRow, HistoryEntry, RowResult, Status } from "./types";
import { UnitDirectory } from "./unit";

export interface CheckOptions {
  readonly settings?: CheckSettings;
  readonly history?: readonly HistoryEntry[];
  /**
   * The name of a file of the batch by its RowRef.file, as the user gave it: messages pointing to a row of
   * another file name that file (decision 21).
   */
  readonly fileName?: (file: number) => string | undefined;
}

/** The issues of a clean row: one shared empty list rather than one per row. */
const NO_ISSUES: readonly Issue[] = Object.freeze([]);

export function checkBatch(files: readonly (readonly ClaimRow[])[], options: CheckOptions = {}): RowResult[][] {
  const drafts = files.map((rows) => rows.map((row) => evaluateRow(row, options.settings)));
  const ordered = drafts.flat();
  const ctx: BatchContext = { settings: options.settings, origin: originMaker(options.fileName) };

  // Decision 11: one unit however its rows and history entries name it.
  const directory = new UnitDirectory([...ordered.map((d) => d.row), ...(options.history ?? [])]);
  for (const d of ordered) {
    const { key, issue } = directory.keyOf(d.row);
    d.unitKey = key;
    if (issue) d.issues.push(issue);
  }
  const history: KeyedHistory[] = (options.history ?? []).map((h) => ({ ...h, unitKey: directory.keyOf(h).key }));

  markDuplicateReferences(ordered, ctx);
  markOnceAwards(ordered, history, ctx);
  countLoanParts(ordered, ctx);
  markTwoYear(ordered, history);
  countFullTens(ordered, ctx);

  const ledger = new CapLedger();
  for (const h of history) ledger.record(h.item, h.unitKey, h.year, h.approved);
  return drafts.map((fileDrafts) => fileDrafts.map((d) => settle(d, ledger, ctx)));
}

/** Decisions 1, 8 and 15: requested, approvable and excess, with the cap used up in order. */
function settle(d: RowDraft, ledger: CapLedger, ctx: BatchContext): RowResult {
  const issues = d.issues;
  const claimed = d.row.claimed;
  const ineligible = isIneligible(issues) || d.item === null || d.computed === null;
  const computed = d.computed ?? ZERO;
  // Decision 8: a blank claim requests the eligible amount, and an ineligible row is eligible for nothing.
  const requested: Money = claimed ?? (ineligible ? ZERO : computed);
  let eligible = ZERO;
  let approvable = ZERO;
  let explain = d.explain;

  if (!ineligible && d.item) {
    eligible = computed;
    const clause = d.item.clause;
    if (claimed === null) issues.push({ code: "NO_CLAIM", field: "claimed", clause, eligible: formatMoney(eligible) });
    else if (claimed.gt(eligible)) {
      issues.push({ code: "OVER_ELIGIBLE", field: "claimed", clause, claimed: formatMoney(claimed), eligible: formatMoney(eligible) });
    } else if (d.standard && claimed.lt(d.standard)) {
      issues.push({ code: "BELOW_STANDARD", field: "claimed", clause, claimed: formatMoney(claimed), standard: formatMoney(d.standard) });
    }
    const wanted = requested.lt(eligible) ? requested : eligible;
    const year = d.row.year!;
    const taken = ledger.take(d.item.code as ItemCode, d.unitKey, year, wanted, d.row.ref);
    approvable = taken.approved;
    if (taken.cut) {
      const group = CAP_GROUPS[d.item.capGroup!];
      const fromHistory = taken.cut.fromHistory.gt(0) ? formatMoney(taken.cut.fromHistory) : undefined;
      const fromRows = taken.cut.fromRows.map((ref) => ctx.origin(ref, d.row.ref));
      issues.push({
        code: "CAP_EXCEEDED", field: "claimed", clause, cap: formatMoney(taken.cut.cap), used: formatMoney(taken.cut.used),
        left: formatMoney(taken.cut.left), holder: group.holder, holderEn: group.holderEn, year, fromHistory, fromRows,
      });
      explain = [...explain, {
        kind: "capRunning", cap: formatMoney(taken.cut.cap), used: formatMoney(taken.cut.used), approvable: formatMoney(approvable),
        year, holder: { zh: group.holder, en: group.holderEn }, fromHistory: fromHistory ?? null, fromRows,
      }];
    }
  }
  // Most rows approve what they request: share ZERO rather than allocate one per row.
  const excess = requested.eq(approvable) ? ZERO : requested.minus(approvable);
  return {
    ref: d.row.ref, input: d.row, item: d.item, level: d.level, unitKey: d.unitKey, claimed, requested,
    eligible, approvable, excess, explain, issues: issues.length ? issues : NO_ISSUES, status: statusOf(issues),
  };
}

export function statusOf(issues: readonly Issue[]): Status {
  let status: Status = "ok";
  for (const i of issues) {
    if (severityOf(i) === "error") return "error";
    status = "warning";
  }
  return status;
}
