/**
 * An item as typed, read for a host that reports issues (the check, --history, the custom functions):
 * the one resolver of src/policy (decision 28), its failure made the issue every host shows alike.
 */
import { resolveItem, type Item } from "../policy";
import type { Issue } from "./issues";

export type ItemRead = { readonly ok: true; readonly item: Item } | { readonly ok: false; readonly issue: Issue };

export function readItemWord(text: string): ItemRead {
  const found = resolveItem(text);
  if (found.ok) return { ok: true, item: found.value };
  // Words that name several items equally well (decision 20) are AMBIGUOUS_ITEM; the product never picks one.
  if (found.candidates) {
    return { ok: false, issue: { code: "AMBIGUOUS_ITEM", field: "item", found: text, candidates: found.candidates.map((c) => c.name) } };
  }
  return { ok: false, issue: { code: "UNKNOWN_ITEM", field: "item", found: text, closest: found.closest } };
}
