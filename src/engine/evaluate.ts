/**
 * One row on its own: the item and level resolved, the amount computed, the row's own rules applied.
 * Cross-row rules (duplicates, one-time, two-year, caps) come after, in ./check.
 */
import { resolveItem, resolveLevel, type Item, type Level } from "../policy";
import { computeAmountShared } from "./amount";
import type { FieldKey } from "./columns";
import { NO_STEPS, type Explain } from "./explain";
import type { Issue } from "./issues";
import type { Money } from "./money";
import { conditionIssues, periodIssues, registrationIssues } from "./rowRules";
import type { CheckSettings, ClaimRow } from "./types";
import { unitKeyOf } from "./unit";

export interface RowDraft {
  readonly row: ClaimRow;
  readonly item: Item | null;
  readonly level: Level | null;
  /** The unit as the cross-row rules count it; set again once the whole batch is seen (decision 11). */
  unitKey: string;
  /** The amount under the clause, before the claim and the caps; null where it could not be computed. */
  computed: Money | null;
  /** For 给予 X items, the standard amount (decision 1). */
  standard: Money | null;
  explain: Explain;
  readonly issues: Issue[];
}

const AMOUNT_INPUTS = ["quantity", "base", "months", "fees", "rate"] as const;

export function evaluateRow(row: ClaimRow, settings?: CheckSettings): RowDraft {
  const issues: Issue[] = [...row.cellIssues];
  const unitKey = unitKeyOf(row.unit, row.creditCode);
  let item: Item | null = null;
  let level: Level | null = null;
  let computed: Money | null = null;
  let standard: Money | null = null;
  let explain: Explain = NO_STEPS;

  if (row.item !== null && !row.unreadable.has("item")) {
    const resolved = resolveItem(row.item);
    if (resolved.ok) item = resolved.value;
    else if (resolved.candidates) {
      issues.push({ code: "AMBIGUOUS_ITEM", field: "item", found: row.item, candidates: resolved.candidates.map((c) => c.name) });
    } else issues.push({ code: "UNKNOWN_ITEM", field: "item", found: row.item, closest: resolved.closest });
  }

  if (item) {
    if (row.level !== null && row.level.trim() !== "") {
      const resolved = resolveLevel(item, row.level);
      if (resolved.ok) level = resolved.value;
      else issues.push({ code: "UNKNOWN_LEVEL", field: "level", clause: item.clause, found: row.level, accepted: resolved.closest });
    }
    const levelBad = issues.some((i) => i.code === "UNKNOWN_LEVEL");
    const inputsBad = row.unreadable.size > 0 && AMOUNT_INPUTS.some((f) => row.unreadable.has(f));
    if (!levelBad && !inputsBad) {
      const outcome = computeAmountShared(
        { item, level, quantity: row.quantity, base: row.base, months: row.months, fees: row.fees, rate: row.rate },
        settings,
      );
      if (outcome.ok) {
        computed = outcome.eligible;
        standard = outcome.standard;
        explain = outcome.explain;
        for (const i of outcome.notes) issues.push(i);
      } else {
        for (const i of outcome.issues) if (!(i.code === "MISSING_VALUE" && row.unreadable.has(i.field))) issues.push(i);
      }
    }
    for (const i of periodIssues(row, item)) issues.push(i);
    for (const i of conditionIssues(row, item)) issues.push(i);
  }
  for (const i of registrationIssues(row)) issues.push(i);
  return { row, item, level, unitKey, computed, standard, explain: withFormulaNote(explain, row.fromFormula), issues };
}

/**
 * A value read from a formula's cached result is what Excel last calculated, not what was typed: the row
 * says which cells it came from, so a reviewer knows to look at the formula.
 */
export function withFormulaNote(explain: Explain, fields: ReadonlySet<FieldKey> | undefined): Explain {
  if (!fields || fields.size === 0) return explain;
  return [...explain, { kind: "formula", fields: [...fields] }];
}
