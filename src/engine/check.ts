/**
 * The batch check: every row on its own, then the cross-row rules in order (MEASURES.md decisions 6–10):
 * duplicates, one-time awards, the two-year pledge-loan limit, then the annual caps with running totals.
 * Files are taken in the order given, rows top to bottom.
 */
import { CAP_GROUPS, ITEMS_BY_CODE, normalise, type CapGroupId, type ItemCode } from "../policy";
import { CapLedger } from "./caps";
import { evaluateRow, type RowDraft } from "./evaluate";
import { INELIGIBLE, severityOf, type Issue } from "./issues";
import { formatMoney, ZERO, type Money } from "./money";
import type { CheckSettings, ClaimRow, HistoryEntry, RowRef, RowResult, Status } from "./types";
import { unitKeyOf } from "./unit";

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

const isIneligible = (issues: readonly Issue[]) => issues.some((i) => INELIGIBLE.has(i.code));

export function checkBatch(files: readonly (readonly ClaimRow[])[], options: CheckOptions = {}): RowResult[][] {
  const drafts = files.map((rows) => rows.map((row) => evaluateRow(row, options.settings)));
  const ordered = drafts.flat();
  const history = (options.history ?? []).map((h) => ({ ...h, unitKey: unitKeyOf(h.unit, h.creditCode) }));

  markDuplicates(ordered);
  markOneTime(ordered, history);
  markTwoYear(ordered, history);

  const ledger = new CapLedger();
  for (const h of history) ledger.record(h.item, h.unitKey, h.year, h.approved);
  return drafts.map((fileDrafts) => fileDrafts.map((d) => settle(d, ledger)));
}

/** Decision 10 (and 13 for persons): same unit, item and reference as an earlier row. */
function markDuplicates(drafts: readonly RowDraft[]): void {
  // unit → item → reference (or person) → the first row that named it. Nested maps, so no key string is
  // built per row: a large batch spends its time here otherwise.
  const seen = new Map<string, Map<string, Map<string, RowRef>>>();
  const firstOf = (d: RowDraft, by: "ref" | "person", value: string): RowRef | undefined => {
    let byItem = seen.get(d.unitKey);
    if (!byItem) seen.set(d.unitKey, (byItem = new Map()));
    const itemKey = by === "ref" ? d.item!.code : `${d.item!.code}:person`;
    let refs = byItem.get(itemKey);
    if (!refs) byItem.set(itemKey, (refs = new Map()));
    const key = normalise(value);
    const first = refs.get(key);
    if (!first) refs.set(key, d.row.ref);
    return first;
  };
  for (const d of drafts) {
    if (!d.item || d.unitKey === "") continue;
    const ref = d.row.refNo?.trim();
    const person = d.item.perPerson ? d.row.personId?.trim() : undefined;
    for (const [by, value] of [["ref", ref], ["person", person]] as const) {
      if (!value) continue;
      const first = firstOf(d, by, value);
      if (first) {
        d.issues.push({ code: "DUPLICATE", field: by === "ref" ? "ref" : "personId", clause: d.item.clause, first, by, value });
        break;
      }
    }
  }
}

/** Decision 9: TRAINING_BASE and IP_COURSE once per unit, ever. Only an otherwise eligible row takes the award. */
function markOneTime(drafts: readonly RowDraft[], history: readonly (HistoryEntry & { unitKey: string })[]): void {
  const taken = new Map<string, { first: RowRef | "history"; year: number }>();
  for (const h of history) {
    const key = `${h.unitKey}\u0000${h.item}`;
    if (!taken.has(key)) taken.set(key, { first: "history", year: h.year });
  }
  for (const d of drafts) {
    if (!d.item?.oneTime || d.unitKey === "" || isIneligible(d.issues)) continue;
    const key = `${d.unitKey}\u0000${d.item.code}`;
    const first = taken.get(key);
    if (first) d.issues.push({ code: "ONE_TIME_ONLY", field: "item", clause: d.item.clause, first: first.first, firstYear: first.year });
    else taken.set(key, { first: d.row.ref, year: d.row.year ?? 0 });
  }
}

/**
 * Decision 6: pledge-loan subsidy in at most two distinct application years per unit, history included.
 * The earliest years are the ones allowed, so a row's verdict does not depend on the order rows are typed in.
 */
function markTwoYear(drafts: readonly RowDraft[], history: readonly (HistoryEntry & { unitKey: string })[]): void {
  const years = new Map<string, Set<number>>();
  const add = (unitKey: string, item: string, year: number) => {
    const key = `${unitKey}\u0000${item}`;
    let set = years.get(key);
    if (!set) years.set(key, (set = new Set()));
    set.add(year);
  };
  const candidates = drafts.filter((d) => d.item?.maxYears && d.unitKey !== "" && d.row.year !== null && !isIneligible(d.issues));
  for (const h of history) if (ITEMS_BY_CODE.get(h.item)?.maxYears) add(h.unitKey, h.item, h.year);
  for (const d of candidates) add(d.unitKey, d.item!.code, d.row.year!);
  for (const d of candidates) {
    const all = [...years.get(`${d.unitKey}\u0000${d.item!.code}`)!].sort((a, b) => a - b);
    const allowed = all.slice(0, d.item!.maxYears);
    if (!allowed.includes(d.row.year!)) {
      d.issues.push({ code: "TWO_YEAR_LIMIT", field: "year", clause: d.item!.clause, years: allowed, max: d.item!.maxYears! });
    }
  }
}

/** Decisions 8 and 15: requested, approvable and excess, with the cap used up in order. */
function settle(d: RowDraft, ledger: CapLedger): RowResult {
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
    const taken = ledger.take(d.item.code as ItemCode, d.unitKey, year, wanted);
    approvable = taken.approved;
    if (taken.cut) {
      const group = d.item.capGroup!;
      const { holder, holderEn } = capHolder(group);
      issues.push({
        code: "CAP_EXCEEDED", field: "claimed", clause, cap: formatMoney(taken.cut.cap), used: formatMoney(taken.cut.used),
        left: formatMoney(taken.cut.left), holder, holderEn, year,
      });
      explain = [...explain, {
        kind: "capRunning", cap: formatMoney(taken.cut.cap), used: formatMoney(taken.cut.used), approvable: formatMoney(approvable),
        year, holder: { zh: holder, en: holderEn }, fromHistory: null, fromRows: [],
      }];
    }
  }
  // Most rows approve what they request: share ZERO rather than allocate one per row.
  const excess = requested.eq(approvable) ? ZERO : requested.minus(approvable);
  return {
    ref: d.row.ref, input: d.row, item: d.item, level: d.level, unitKey: d.unitKey, claimed, requested,
    eligible, approvable, excess: excess.isNegative() ? ZERO : excess, explain,
    issues: issues.length ? issues : NO_ISSUES, status: statusOf(issues),
  };
}

function capHolder(group: CapGroupId) {
  return { holder: CAP_GROUPS[group].holder, holderEn: CAP_GROUPS[group].holderEn };
}

export function statusOf(issues: readonly Issue[]): Status {
  let status: Status = "ok";
  for (const i of issues) {
    if (severityOf(i) === "error") return "error";
    status = "warning";
  }
  return status;
}
