/**
 * Per full ten (MEASURES.md decision 4): OPEN_LICENSE_DECLARE and MEDIATION count their tens per unit (the
 * patentee, the mediation organisation) per application year, over all its rows of the item in batch order;
 * each row is eligible for what its count adds to the unit's full tens.
 */
import { recompute, stillEligible, type BatchContext } from "./batchRules";
import type { RowDraft } from "./evaluate";

export function countFullTens(drafts: readonly RowDraft[], ctx: BatchContext): void {
  const counted = new Map<string, number>();
  for (const d of drafts) {
    if (d.item?.rule.kind !== "perFullTen" || !stillEligible(d) || d.input.quantity === null || d.input.year === null) continue;
    const key = `${d.unitKey}\u0000${d.item.code}\u0000${d.input.year}`;
    const before = counted.get(key) ?? 0;
    if (before > 0) recompute(d, { countBefore: before }, ctx.settings);
    counted.set(key, before + d.input.quantity);
  }
}
