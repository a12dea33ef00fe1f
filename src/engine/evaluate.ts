/**
 * One row on its own: the item and level resolved, the amount computed, the row's own rules applied.
 * Cross-row rules (duplicates, one-time, two-year, caps) come after, in ./check.
 */
import { resolveItem, resolveLevel, type Item, type Level } from "../policy";
import { computeAmountShared } from "./amount";
import { templateHeader, type FieldKey } from "./columns";
import type { Issue } from "./issues";
import type { Money } from "./money";
import { conditionIssues, periodIssues, registrationIssues } from "./rowRules";
import type { CheckSettings, ClaimRow } from "./types";
import { unitKeyOf } from "./unit";

export interface RowDraft {
  readonly row: ClaimRow;
  readonly item: Item | null;
  readonly level: Level | null;
  readonly unitKey: string;
  /** The amount under the clause, before the claim and the caps; null where it could not be computed. */
  readonly computed: Money | null;
  /** For 给予 X items, the standard amount (decision 1). */
  readonly standard: Money | null;
  readonly explain: string;
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
  let explain = "";

  if (row.item !== null && !row.unreadable.has("item")) {
    const resolved = resolveItem(row.item);
    if (resolved.ok) item = resolved.value;
    else issues.push({ code: "UNKNOWN_ITEM", field: "item", found: row.item, closest: resolved.closest });
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
      } else {
        for (const i of outcome.issues) if (!(i.code === "MISSING_VALUE" && row.unreadable.has(i.field))) issues.push(i);
      }
    }
    for (const i of periodIssues(row, item)) issues.push(i);
    for (const i of conditionIssues(row, item)) issues.push(i);
  }
  for (const i of registrationIssues(row)) issues.push(i);
  if (row.fromFormula && row.fromFormula.size > 0) explain = withFormulaNote(explain, row.fromFormula);
  return { row, item, level, unitKey, computed, standard, explain, issues };
}

/**
 * A value read from a formula's cached result is what Excel last calculated, not what was typed: the row
 * says which cells it came from, so a reviewer knows to look at the formula.
 */
function withFormulaNote(explain: string, fields: ReadonlySet<FieldKey>): string {
  const names = [...fields].map(templateHeader).join("、");
  const note = `（${names}取自公式的计算结果）`;
  return explain ? `${explain}${note}` : note;
}
